//! The words of a comparison of scenarios: the headline figures' names, who gains, loses or changes partner,
//! why two results cannot be compared, and the headings of its Markdown and CSV.

use crate::engine::comparison::{ChangeKind, CompareError, Which};
use crate::engine::lang::Lang;
use crate::engine::scenario::Headline;
use crate::say;

/// A headline figure's name.
pub fn headline(lang: Lang, h: Headline) -> &'static str {
    use Headline::*;
    let words = match h {
        TotalScore => "compare-total-score",
        Pairs => "compare-pairs",
        Communities => "compare-communities-partner",
        WarZone => "compare-war-zone",
        Outside => "compare-outside-war-zone",
        Municipalities => "compare-municipalities-partner",
        Places => "compare-places-used",
        BlockingPairs => "compare-blocking-pairs",
        ScoreGivenUp => "compare-points-below-largest-total",
        CommunitiesGivenUp => "compare-communities-below-most-reachable",
    };
    crate::engine::fluent::plain(lang, words)
}

/// What a change is, as a short label.
pub fn change_kind(lang: Lang, k: ChangeKind) -> &'static str {
    let words = match k {
        ChangeKind::Gains => "compare-gains-partner",
        ChangeKind::Loses => "compare-loses-partner",
        ChangeKind::Changes => "compare-changes-partner",
    };
    crate::engine::fluent::plain(lang, words)
}

/// The words of the comparison's headings and labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareWord {
    /// The document's title.
    Title,
    /// Heading: the headline figures.
    Figures,
    /// Column: the difference B − A.
    Difference,
    /// Heading and CSV value: pairs only in A.
    OnlyA,
    /// Heading and CSV value: pairs only in B.
    OnlyB,
    /// Heading and CSV value: pairs in both.
    Both,
    /// Heading: who gains, loses or changes partner.
    Changes,
    /// Label: the best of a row.
    Best,
    /// Column: municipality.
    Municipality,
    /// Column: community.
    Community,
    /// Column: in which result.
    In,
    /// Label: no partner.
    NoPartner,
    /// Sentence start: the reason is not listed by that result.
    NotListed,
}

/// A heading or label of the comparison.
pub fn compare_word(lang: Lang, w: CompareWord) -> &'static str {
    use CompareWord::*;
    let words = match w {
        Title => "compare-scenarios-compared",
        Figures => "compare-headline-figures",
        Difference => "compare-b",
        OnlyA => "compare-pairs-only",
        OnlyB => "compare-pairs-only-b",
        Both => "compare-pairs-both",
        Changes => "compare-who-gains-loses-changes",
        Best => "compare-best",
        Municipality => "compare-municipality",
        Community => "compare-community",
        In => "compare-2",
        NoPartner => "compare-partner",
        NotListed => "compare-among-best-alternatives-result",
    };
    crate::engine::fluent::plain(lang, words)
}

/// Why a pair made in one result is not made in the other: "not in B: …".
pub fn not_in(lang: Lang, which: Which, reason: &str) -> String {
    let w = which_name(which);
    say!(lang, "compare", w = w, reason = reason)
}

/// A result's letter.
pub fn which_name(w: Which) -> &'static str {
    match w {
        Which::A => "A",
        Which::B => "B",
    }
}

/// Why two results cannot be compared, and what to do.
pub fn compare_error(lang: Lang, e: &CompareError) -> String {
    let list = |v: &[String]| if v.is_empty() { "–".to_string() } else { v.join(", ") };
    match e {
        CompareError::DifferentInputs { only_a, only_b } => {
            let (a, b) = (list(only_a), list(only_b));
            say!(lang, "compare-two-results-were-made", a = a, b = b)
        }
        CompareError::DifferentEntities { only_a, only_b } => {
            let (a, b) = (list(only_a), list(only_b));
            say!(lang, "compare-two-results-read-same", a = a, b = b)
        }
    }
}
