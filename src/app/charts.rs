//! The figures of the summary charts, prepared from the results (and, when the surveys are loaded, the needs
//! they state), so that the view only draws them.

use super::i18n::{self, t, Lang};
use crate::engine::{Dataset, Results};
use crate::key;
use std::collections::{BTreeMap, BTreeSet};

/// One bar: a label, a value, and the total the value is out of (none when it is not known).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    /// What the bar stands for.
    pub label: String,
    /// Its value.
    pub value: u32,
    /// What the value is out of.
    pub total: Option<u32>,
}

/// The charts of a result.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Charts {
    /// Places used of places offered.
    pub capacity: Vec<Bar>,
    /// Communities paired of communities, per category.
    pub categories: Vec<Bar>,
    /// Per area (the twelve met most): communities whose need in it a pair meets, of the communities that
    /// state it (known when the surveys are loaded, not for results opened from a file).
    pub areas: Vec<Bar>,
    /// Communities paired of communities, per oblast.
    pub oblasts: Vec<Bar>,
    /// Places used of places offered, per county.
    pub counties: Vec<Bar>,
}

fn sorted(mut bars: Vec<Bar>) -> Vec<Bar> {
    bars.sort_by(|a, b| b.total.unwrap_or(b.value).cmp(&a.total.unwrap_or(a.value)).then(a.label.cmp(&b.label)));
    bars
}

impl Charts {
    /// The figures of `r` in `lang`; `data` (the surveys the results came from) gives each area's total.
    pub fn new(r: &Results, data: Option<&Dataset>, lang: Lang) -> Charts {
        let places = r.offers.iter().fold(0u32, |all, o| all.saturating_add(o.capacity));
        let used = r.offers.iter().fold(0u32, |all, o| all.saturating_add(o.used));
        let capacity =
            vec![Bar { label: t(lang, key!("charts.capacity")).to_string(), value: used, total: Some(places) }];

        let by = |key: &dyn Fn(&crate::engine::results::NeedOut) -> String| {
            let mut m: BTreeMap<String, (u32, u32)> = BTreeMap::new();
            for n in &r.needs {
                let e = m.entry(key(n)).or_default();
                e.1 += 1;
                if n.got > 0 {
                    e.0 += 1;
                }
            }
            m.into_iter().map(|(label, (value, total))| Bar { label, value, total: Some(total) }).collect::<Vec<_>>()
        };
        let categories = by(&|n| i18n::category(lang, n.category).to_string());
        let oblasts =
            sorted(by(&|n| if n.oblast.is_empty() { "—".to_string() } else { super::map::ua_name(lang, &n.oblast) }));

        // Each community counts once per area: met when at least one of its pairs meets that need.
        let mut met: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for p in &r.pairs {
            for c in p.urgent_needs_met.iter().chain(&p.long_term_needs_met) {
                met.entry(c.as_str()).or_default().insert(p.need_id.as_str());
            }
        }
        let mut stated: BTreeMap<String, u32> = BTreeMap::new();
        for n in data.map(|d| d.needs.as_slice()).unwrap_or_default() {
            for &a in n.urgent.iter().chain(&n.long_term) {
                if let Some(area) = crate::engine::taxonomy::areas().get(a) {
                    *stated.entry(area.code.to_string()).or_default() += 1;
                }
            }
        }
        let mut areas: Vec<Bar> = met
            .iter()
            .map(|(code, needs)| Bar {
                label: i18n::area(lang, code),
                value: needs.len() as u32,
                total: data.map(|_| stated.get(*code).copied().unwrap_or(0).max(needs.len() as u32)),
            })
            .collect();
        areas.sort_by(|a, b| b.value.cmp(&a.value).then(a.label.cmp(&b.label)));
        areas.truncate(12);

        let mut counties: BTreeMap<String, (u32, u32)> = BTreeMap::new();
        for o in &r.offers {
            let label =
                if o.county.is_empty() { t(lang, key!("charts.no_county")).to_string() } else { o.county.clone() };
            let e = counties.entry(label).or_default();
            e.0 = e.0.saturating_add(o.used);
            e.1 = e.1.saturating_add(o.capacity);
        }
        let counties = sorted(
            counties.into_iter().map(|(label, (value, total))| Bar { label, value, total: Some(total) }).collect(),
        );
        Charts { capacity, categories, areas, oblasts, counties }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{example_inputs, match_inputs, read_dataset, Preset, Settings};

    /// The figures agree with the results counted another way, and no bar is its own total.
    #[test]
    fn chart_figures_agree_with_the_results() {
        let r = match_inputs(&example_inputs(), &Preset::default(), &Settings::default(), &[]).expect("example");
        let (_, data) = read_dataset(&example_inputs(), &Preset::default()).expect("read");
        let c = Charts::new(&r, Some(&data), Lang::En);
        let paired = r.needs.iter().filter(|n| n.got > 0).count() as u32;
        assert_eq!(c.categories.iter().map(|b| b.value).sum::<u32>(), paired);
        assert_eq!(c.categories.iter().filter_map(|b| b.total).sum::<u32>(), r.needs.len() as u32);
        assert_eq!(c.oblasts.iter().map(|b| b.value).sum::<u32>(), paired);
        assert_eq!(c.capacity[0].value, r.pairs.len() as u32);
        assert!(!c.areas.is_empty() && c.areas.len() <= 12);
        for b in &c.areas {
            let total = b.total.expect("known with the surveys");
            assert!(b.value <= total, "{b:?}");
        }
        assert!(c.areas.iter().any(|b| b.total > Some(b.value)), "a total is not just the value again");
        let from_file = Charts::new(&r, None, Lang::Nb);
        assert!(from_file.areas.iter().all(|b| b.total.is_none()), "unknown without the surveys");
    }
}
