#![no_main]
//! Random instances built from bytes, run in every mode with a lock and a veto: never a panic, and the
//! invariants hold — capacities, locks, vetoes, the optimum's certificate (the optimal total is never beaten),
//! no blocking pair in stable mode.
use kommunematch::engine::model::{Category, Need, Offer, Preference};
use kommunematch::engine::{run, Dataset, Mode, PairId, Settings, Side};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let (no, nn) = (1 + data[0] as usize % 6, 1 + data[1] as usize % 8);
    let mut it = data[2..].iter().cycle();
    let mut next = || *it.next().unwrap_or(&0);
    let areas = |b: u8, c: u8| (0..8usize).filter(|i| (u16::from(b) | u16::from(c) << 8) & (1 << i) != 0).collect();
    let offers: Vec<Offer> = (0..no)
        .map(|i| Offer {
            id: format!("{:04}", 100 + i),
            name: format!("K{i}"),
            areas: areas(next(), next()),
            capacity: u32::from(next() % 4),
            preference: [Preference::WarZone, Preference::Outside, Preference::NoPreference][next() as usize % 3],
            ..Offer::default()
        })
        .collect();
    let needs: Vec<Need> = (0..nn)
        .map(|i| Need {
            id: format!("UA{i:017}"),
            name: format!("H{i}"),
            urgent: areas(next(), 0),
            long_term: areas(next(), 0),
            partners_wanted: u32::from(next() % 3),
            category: if next() % 2 == 0 { Category::WarZone } else { Category::Outside },
            ..Need::default()
        })
        .collect();
    let pair = |a: u8, b: u8| PairId { offer_id: offers[a as usize % no].id.clone(), need_id: needs[b as usize % nn].id.clone() };
    let (lock, veto) = (pair(next(), next()), pair(next(), next()));
    let data = Dataset { offers, needs, ..Dataset::default() };
    for mode in [Mode::Optimal, Mode::Stable, Mode::Greedy] {
        let settings = Settings {
            mode,
            proposing: if next() % 2 == 0 { Side::Offers } else { Side::Needs },
            locks: vec![lock.clone()],
            vetoes: if veto == lock { vec![] } else { vec![veto.clone()] },
            ..Settings::default()
        };
        let Ok(r) = run(&data, &settings) else { continue };
        assert!(r.check().is_ok());
        assert!(r.pairs.iter().any(|p| p.offer_id == lock.offer_id && p.need_id == lock.need_id));
        assert!(!settings.vetoes.iter().any(|v| r.pairs.iter().any(|p| p.offer_id == v.offer_id && p.need_id == v.need_id)));
        assert!(r.objective <= r.comparison.optimal_objective);
        if mode == Mode::Stable {
            assert_eq!(r.comparison.blocking_pairs, 0);
        }
    }
});
