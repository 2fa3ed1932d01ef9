#![no_main]
//! Random instances built from bytes, run in every mode with a lock and a veto: never a panic, and the
//! invariants hold — capacities, locks, vetoes, the optimal mode reaches the optimum and no mode beats it,
//! no blocking pair in stable mode. The same bytes also make a raw b-matching problem (with capacity groups)
//! for the solver, whose answer must be feasible and carry a dual certificate of optimality.
use kommunematch::engine::model::{Category, Need, Offer, Preference};
use kommunematch::engine::solve::{certificate, solve, Edge, Problem};
use kommunematch::engine::{run, Dataset, MatchError, Mode, PairId, Settings, Side};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    solver(data);
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
        // The only way these settings fail: the lock asks for a place its municipality or community does not
        // have. Then exactly that error, and otherwise none.
        let o = data.offers.iter().find(|o| o.id == lock.offer_id).map_or(0, |o| o.capacity);
        let n = data.needs.iter().find(|n| n.id == lock.need_id).map_or(0, |n| n.partners_wanted);
        let r = match run(&data, &settings) {
            Ok(r) => {
                assert!(o > 0 && n > 0, "a lock beyond a capacity was accepted");
                r
            }
            Err(MatchError::OverCapacity { .. }) => {
                assert!(o == 0 || n == 0, "refused a lock that fits");
                continue;
            }
            Err(e) => panic!("unexpected error {e:?}"),
        };
        assert!(r.check().is_ok());
        assert!(r.pairs.iter().any(|p| p.offer_id == lock.offer_id && p.need_id == lock.need_id));
        assert!(!settings.vetoes.iter().any(|v| r.pairs.iter().any(|p| p.offer_id == v.offer_id && p.need_id == v.need_id)));
        assert!(r.objective <= r.comparison.optimal_objective);
        if mode == Mode::Optimal {
            assert_eq!(r.objective, r.comparison.optimal_objective);
        }
        if mode == Mode::Stable {
            assert_eq!(r.comparison.blocking_pairs, 0);
        }
    }
});

/// Up to 10 × 24 nodes, an edge wherever the bytes say (weights from −3 to 60, so ties and useless edges
/// occur), capacities 0–3, and up to three capacity groups on the right.
fn solver(data: &[u8]) {
    let mut it = data.iter().rev().cycle();
    let mut next = || *it.next().unwrap_or(&0);
    let (nl, nr, ng) = (1 + next() as usize % 10, 1 + next() as usize % 24, next() as usize % 4);
    let left_caps = (0..nl).map(|_| u32::from(next() % 4)).collect();
    let right_caps = (0..nr).map(|_| u32::from(next() % 4)).collect();
    let right_group = if ng == 0 { Vec::new() } else { (0..nr).map(|_| Some(next() as usize % (ng + 1)).filter(|&g| g < ng)).collect() };
    let group_caps = (0..ng).map(|_| u32::from(next() % 5)).collect();
    let mut edges = Vec::new();
    for left in 0..nl {
        for right in 0..nr {
            let b = next();
            if b % 3 != 0 {
                edges.push(Edge { left, right, weight: i64::from(b % 64) - 3 });
            }
        }
    }
    // A quarter of the problems cover first (some communities counting, some not).
    let cover = if next() % 4 == 0 { (0..nr).map(|_| next() % 3 != 0).collect() } else { Vec::new() };
    let p = Problem { left_caps, right_caps, edges, right_group, group_caps, cover };
    let (s, net) = solve(&p);
    assert_eq!(s.objective, s.chosen.iter().map(|&k| p.edges[k].weight).sum::<i64>());
    assert!(s.chosen.iter().all(|&k| p.edges[k].weight > 0), "only positive edges are worth taking");
    // Within every capacity, covering or not.
    let (mut l, mut r, mut g) = (vec![0u32; p.left_caps.len()], vec![0u32; p.right_caps.len()], vec![0u32; p.group_caps.len()]);
    for &k in &s.chosen {
        let e = p.edges[k];
        l[e.left] += 1;
        r[e.right] += 1;
        if let Some(x) = p.right_group.get(e.right).copied().flatten().filter(|&x| x < g.len()) {
            g[x] += 1;
        }
    }
    assert!(l.iter().zip(&p.left_caps).chain(r.iter().zip(&p.right_caps)).chain(g.iter().zip(&p.group_caps)).all(|(a, b)| a <= b));
    // Small enough: the best (covered, total) of every feasible set of edges, by brute force, is the solver's.
    let useful: Vec<usize> = (0..p.edges.len()).filter(|&k| p.edges[k].weight > 0).collect();
    if useful.len() <= 14 {
        let value = |set: &[usize]| {
            let covered: std::collections::BTreeSet<usize> =
                set.iter().map(|&k| p.edges[k].right).filter(|&j| p.cover.get(j) == Some(&true)).collect();
            (covered.len(), set.iter().map(|&k| p.edges[k].weight).sum::<i64>())
        };
        let mut best = (0, 0);
        for mask in 0u32..(1 << useful.len()) {
            let set: Vec<usize> = useful.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, &k)| k).collect();
            let (mut l, mut r, mut g) = (vec![0u32; p.left_caps.len()], vec![0u32; p.right_caps.len()], vec![0u32; p.group_caps.len()]);
            for &k in &set {
                let e = p.edges[k];
                l[e.left] += 1;
                r[e.right] += 1;
                if let Some(x) = p.right_group.get(e.right).copied().flatten().filter(|&x| x < g.len()) {
                    g[x] += 1;
                }
            }
            if l.iter().zip(&p.left_caps).chain(r.iter().zip(&p.right_caps)).chain(g.iter().zip(&p.group_caps)).all(|(a, b)| a <= b) {
                best = best.max(value(&set));
            }
        }
        assert_eq!(value(&s.chosen), best, "the optimum, by brute force");
    }
    // The dual certificate describes the total objective (covering adds arcs it does not model).
    if p.cover.is_empty() {
        if let Err(e) = certificate(&p, &net).check(&p, &s) {
            panic!("certificate: {e}");
        }
    }
}
