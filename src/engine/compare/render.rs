//! A comparison written for people: Markdown (the headline figures with the difference and the best marked,
//! the pairs only in one result, who gains, loses or changes partner and why) and CSV (every pair of either
//! result, where it is made and its scores). Every text from the results is escaped.

use crate::engine::comparison::{Compared, NotMade, PairKey};
use crate::engine::export::{neutralize, write_csv};
use crate::engine::lang::{num, Lang};
use crate::engine::messages::compare::{change_kind, compare_word, headline, not_in, CompareWord};
use crate::engine::messages::why_not;
use crate::engine::results::Results;
use crate::engine::scenario::{Headline, Value};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Text from a file made safe inside a Markdown table or list: no line breaks, no markup, no HTML.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || crate::engine::text::is_invisible_control(c) => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Names by id, of both sides of a result.
fn names(r: &Results) -> BTreeMap<&str, &str> {
    r.offers
        .iter()
        .map(|o| (o.id.as_str(), o.name.as_str()))
        .chain(r.needs.iter().map(|n| (n.id.as_str(), n.name.as_str())))
        .collect()
}

/// Scores of a result's pairs.
fn scores(r: &Results) -> BTreeMap<PairKey, i64> {
    r.pairs.iter().map(|p| (PairKey { offer: p.offer_id.clone(), need: p.need_id.clone() }, p.score)).collect()
}

/// A figure as written: `12 345` or `80 / 120`.
pub fn value_text(lang: Lang, v: Option<Value>) -> String {
    match v {
        None => "–".into(),
        Some(Value { n, of: None }) => num(lang, n),
        Some(Value { n, of: Some(of) }) => format!("{} / {}", num(lang, n), num(lang, of)),
    }
}

/// A difference as written, with its sign: `+12`, `−3`, `0`.
pub fn difference_text(lang: Lang, d: i64) -> String {
    if d > 0 {
        format!("+{}", num(lang, d))
    } else {
        num(lang, d)
    }
}

/// Why a pair is made in one result only, in words.
pub fn not_made_text(lang: Lang, n: &NotMade) -> String {
    let reason = n.reason.map_or_else(|| compare_word(lang, CompareWord::NotListed).to_string(), |w| why_not(lang, w));
    not_in(lang, n.missing_in, reason.trim_end_matches('.'))
}

/// The comparison of `a` and `b` as Markdown in `lang`.
pub fn markdown(lang: Lang, c: &Compared, a: &Results, b: &Results) -> String {
    let word = |w| compare_word(lang, w);
    let (na, nb) = (names(a), names(b));
    let name = |id: &str| md_escape(na.get(id).or(nb.get(id)).copied().unwrap_or(id));
    let mut out = format!(
        "# {}\n\n## {}\n\n| | A | B | {} |\n|---|---:|---:|---:|\n",
        word(CompareWord::Title),
        word(CompareWord::Figures),
        word(CompareWord::Difference)
    );
    for h in Headline::ALL {
        let (va, vb) = (h.value(&c.a), h.value(&c.b));
        let best = h.best(&[&c.a, &c.b]);
        let cell = |i: usize, v| {
            let t = value_text(lang, v);
            if best.contains(&i) {
                format!("**{t}** ({})", word(CompareWord::Best))
            } else {
                t
            }
        };
        let diff = match (va, vb) {
            (Some(x), Some(y)) => difference_text(lang, y.n - x.n),
            _ => "–".into(),
        };
        let _ = writeln!(out, "| {} | {} | {} | {diff} |", md_escape(headline(lang, h)), cell(0, va), cell(1, vb));
    }
    for (w, list) in [(CompareWord::OnlyA, &c.only_a), (CompareWord::OnlyB, &c.only_b), (CompareWord::Both, &c.both)] {
        let _ = write!(out, "\n## {} ({})\n\n", word(w), num(lang, i64::try_from(list.len()).unwrap_or(i64::MAX)));
        for p in list {
            let _ = writeln!(
                out,
                "- {} ({}) – {} ({})",
                name(&p.offer),
                md_escape(&p.offer),
                name(&p.need),
                md_escape(&p.need)
            );
        }
    }
    let _ = write!(out, "\n## {}\n\n", word(CompareWord::Changes));
    let partners = |v: &[String]| {
        if v.is_empty() {
            word(CompareWord::NoPartner).to_string()
        } else {
            v.iter().map(|id| name(id)).collect::<Vec<_>>().join(", ")
        }
    };
    for ch in &c.changes {
        let _ = writeln!(
            out,
            "- **{}** ({}) {}: A: {}; B: {}",
            name(&ch.id),
            md_escape(&ch.id),
            change_kind(lang, ch.kind),
            partners(&ch.partners_a),
            partners(&ch.partners_b)
        );
        for n in &ch.not_made {
            let _ = writeln!(
                out,
                "  - {} – {}: {}",
                name(&n.pair.offer),
                name(&n.pair.need),
                md_escape(&not_made_text(lang, n))
            );
        }
    }
    out
}

/// Every pair of `a` or `b` as CSV in `lang`: ids, names, where it is made (A, B or both) and its score in
/// each (UTF-8 with a byte-order mark, CRLF, every text cell neutralised as in the other exports).
pub fn csv(lang: Lang, c: &Compared, a: &Results, b: &Results) -> String {
    let word = |w| compare_word(lang, w).to_string();
    let (na, nb) = (names(a), names(b));
    let name = |id: &str| neutralize(na.get(id).or(nb.get(id)).copied().unwrap_or(id));
    let (sa, sb) = (scores(a), scores(b));
    let header = vec![
        format!("{} (id)", word(CompareWord::Municipality)),
        word(CompareWord::Municipality),
        format!("{} (id)", word(CompareWord::Community)),
        word(CompareWord::Community),
        word(CompareWord::In),
        format!("{} A", headline(lang, Headline::TotalScore)),
        format!("{} B", headline(lang, Headline::TotalScore)),
    ];
    let mut all: Vec<(&PairKey, &'static str)> = Vec::new();
    all.extend(c.only_a.iter().map(|p| (p, "A")));
    all.extend(c.only_b.iter().map(|p| (p, "B")));
    all.extend(c.both.iter().map(|p| (p, "A+B")));
    all.sort();
    let score = |m: &BTreeMap<PairKey, i64>, p: &PairKey| m.get(p).map(i64::to_string).unwrap_or_default();
    let rows = all.into_iter().map(|(p, which)| {
        vec![
            neutralize(&p.offer),
            name(&p.offer),
            neutralize(&p.need),
            name(&p.need),
            which.into(),
            score(&sa, p),
            score(&sb, p),
        ]
    });
    format!("\u{feff}{}", write_csv(std::iter::once(header).chain(rows), csv::Terminator::CRLF))
}
