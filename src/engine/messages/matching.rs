//! The words of matching: what long work is doing, why matching cannot run, why a results file cannot be
//! opened, why a pair was not made and why an entity has no partner.

use super::reading::category_words;
use crate::engine::lang::{num, Lang};
use crate::engine::model::{Category, Side};
use crate::engine::progress::{Progress, Stage};
use crate::engine::results::{ResultsError, Unplaced, WhyNot};
use crate::engine::settings::MatchError;
use crate::say;

/// What long work is doing, in `lang`: the label of a progress bar.
pub fn progress(lang: Lang, p: &Progress) -> String {
    let (done, of) = (num(lang, i64::from(p.done)), num(lang, i64::from(p.of)));
    match p.stage {
        Stage::Parsing => say!(lang, "matching-reading-file-s-table"),
        Stage::Interpreting => say!(lang, "matching-reading-answers-row", done = done, of = of),
        Stage::Scoring => say!(lang, "matching-scoring-pair"),
        Stage::Solving => say!(lang, "matching-finding-best-pairs"),
        Stage::Explaining => say!(lang, "matching-explaining-choices-municipalities", done = done, of = of),
        Stage::Comparing => say!(lang, "matching-comparing-other-objective"),
    }
}

/// Why matching cannot run with these files and settings, and what to do, in `lang`.
pub fn match_error(lang: Lang, e: &MatchError) -> String {
    use MatchError::*;
    match e {
        UnknownId { lock: true, id } => say!(lang, "matching-lock-names-which-loaded", id = id),
        UnknownId { lock: false, id } => say!(lang, "matching-veto-names-which-loaded", id = id),
        LockedAndVetoed(p) => {
            let (o, n) = (&p.offer_id, &p.need_id);
            say!(lang, "matching-pair-both-locked-vetoed", o = o, n = n)
        }
        OverCapacity { id, name, locked, limit } => {
            let over = locked.saturating_sub(*limit as usize);
            say!(
                lang,
                "matching-has-locked-pairs-but",
                name = name,
                id = id,
                locked = locked,
                limit = limit,
                over = over
            )
        }
        OverShare { category, locked, limit, percent, total } => {
            let (over, which) = (locked.saturating_sub(*limit as usize), category_words(lang, *category));
            say!(
                lang,
                "matching-locked-pairs-communities-but",
                locked = locked,
                which = which,
                percent = percent,
                total = total,
                limit = limit,
                over = over
            )
        }
        WeightOutOfRange { weight, value, limit } => {
            say!(lang, "matching-weight-out-range-weights", weight = weight, value = value, limit = limit)
        }
        ShareOutOfRange { category: Category::WarZone, .. } => say!(lang, "matching-war-zone-share-percentage"),
        ShareOutOfRange { .. } => say!(lang, "matching-outside-share-percentage-0"),
        TooLarge { offers, needs, limit } => {
            let pairs = offers.saturating_mul(*needs);
            say!(
                lang,
                "matching-municipalities-communities-pairs-weigh",
                offers = offers,
                needs = needs,
                pairs = pairs,
                limit = limit
            )
        }
    }
}

/// Why a results JSON cannot be opened, in `lang` (without the file name).
pub fn results_error(lang: Lang, e: &ResultsError) -> String {
    use ResultsError::*;
    match e {
        NotResults { detail } => say!(lang, "matching-kommunematch-results-file", detail = detail),
        Version { found, made_by } => {
            let reads = crate::engine::results::SCHEMA_VERSION;
            say!(lang, "matching-results-schema-version-version", found = found, reads = reads, made_by = made_by)
        }
        DuplicateId => say!(lang, "matching-id-appears-twice-among"),
        PairUnknown { pair } => say!(lang, "matching-pair-names-municipality-community", pair = pair),
        PairTwice { pair } => {
            say!(lang, "matching-pair-appears-twice", pair = pair)
        }
        ScoreNotSum { pair } => say!(lang, "matching-score-sum-components", pair = pair),
        TotalNotSum => say!(lang, "matching-total-score-sum-pairs"),
        Miscounted { name, id, pairs, says, of } => {
            say!(lang, "matching-has-pairs-but-file", name = name, id = id, pairs = pairs, says = says, of = of)
        }
        NotUnmatched { id, side: Side::Offers } => say!(lang, "matching-listed-unmatched-but-unmatched", id = id),
        NotUnmatched { id, side: Side::Needs } => say!(lang, "matching-listed-unmatched-but-unmatched-2", id = id),
    }
}

/// Why an alternative pair was not made, in `lang`, in general terms (the page); the results JSON keeps the
/// English sentence with names from [`why_not_en`].
pub fn why_not(lang: Lang, why: WhyNot) -> String {
    use WhyNot::*;
    match why {
        Vetoed => say!(lang, "matching-coordinator-forbade-pair"),
        OfferLocked => say!(lang, "matching-all-places-municipality-locked"),
        NeedLocked => say!(lang, "matching-all-partners-community-wants"),
        BothFull => say!(lang, "matching-both-have-all-their"),
        OfferFull => say!(lang, "matching-municipality-has-used-all"),
        NeedFull => say!(lang, "matching-community-already-has-partners"),
        ShareFull => say!(lang, "matching-share-places-community-s"),
        NotChosen => say!(lang, "matching-another-assignment-gives-higher"),
    }
}

/// Why an alternative pair was not made, with the names and numbers, in `lang` (the results JSON keeps it in
/// English).
pub fn why_not_named(lang: Lang, why: WhyNot, offer: &str, capacity: u32, need: &str, wanted: u32) -> String {
    match why {
        WhyNot::OfferLocked => say!(lang, "why-offer-locked", offer = offer, capacity = capacity),
        WhyNot::NeedLocked => say!(lang, "why-need-locked", need = need, wanted = wanted),
        WhyNot::BothFull => say!(lang, "why-both-full", offer = offer, need = need),
        WhyNot::OfferFull => say!(lang, "why-offer-full", offer = offer, capacity = capacity),
        WhyNot::NeedFull => say!(lang, "why-need-full", need = need, wanted = wanted),
        other => why_not(lang, other),
    }
}

/// [`why_not_named`] in English: the sentence the results JSON keeps.
pub fn why_not_en(why: WhyNot, offer: &str, capacity: u32, need: &str, wanted: u32) -> String {
    why_not_named(Lang::En, why, offer, capacity, need, wanted)
}

/// Why a municipality (`Side::Offers`) or community was left without a partner, in `lang`.
pub fn unplaced(lang: Lang, side: Side, why: Unplaced) -> String {
    use Unplaced::*;
    match (side, why) {
        (_, NoAreas) => say!(lang, "matching-area-competence-was-recognised"),
        (_, NoNeeds) => say!(lang, "matching-need-was-recognised-answer"),
        (Side::Offers, NoCandidate) => say!(lang, "matching-none-areas-competence-matches"),
        (Side::Needs, NoCandidate) => say!(lang, "matching-loaded-municipality-offers-needs"),
        (_, Vetoed) => say!(lang, "matching-pair-could-make-was"),
        (Side::Offers, Outscored) => say!(lang, "matching-community-could-help-got"),
        (Side::Needs, Outscored) => say!(lang, "matching-municipality-could-help-used"),
    }
}
