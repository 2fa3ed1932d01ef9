//! What reading rows worked out from a file's texts, kept between interpretations of the same file: when the
//! coordinator corrects a column or an answer, the worker reads the file's rows again, and most of their texts
//! (the areas answered, the names and places) mean what they meant before.
//!
//! Every entry is what a pure function gave for its texts: the areas of a multi-select answer (which also
//! depend on the coordinator's answers: when one changes, the answers it may concern are forgotten), the
//! official municipality or community of a name, code and place (the gazetteer is compiled in), names and
//! places without their suffixes, and the languages of an answer. So a survey read with a memo is the
//! survey read without one; `interpreting_with_a_memo_is_interpreting_without` checks it.

use super::values::{split_areas_within, split_languages};
use crate::engine::gazetteer::{
    self, strip_community_suffix, strip_municipality_suffix, strip_oblast_suffix, strip_raion_suffix, Hromada, Kommune,
    Resolved,
};
use hashbrown::HashMap;
use std::collections::{BTreeMap, BTreeSet};

/// The areas found in an answer, and its pieces that name none.
pub(super) type Areas = (BTreeSet<usize>, Vec<String>);

/// An answer's areas, and the texts its split may look up in the coordinator's answers (a line each).
#[derive(Debug)]
struct Split {
    areas: Areas,
    within: String,
}

/// See the module's documentation. Empty by default; [`ParsedFile::survey_with`](super::ParsedFile::survey_with)
/// fills it.
#[derive(Debug, Default)]
pub struct Memo {
    /// The coordinator's answers (folded) the areas were found with.
    answers: BTreeMap<String, Option<String>>,
    areas: HashMap<String, Split>,
    kommuner: HashMap<String, Resolved<Kommune>>,
    hromady: HashMap<String, Resolved<Hromada>>,
    nearest_kommuner: HashMap<String, Vec<&'static Kommune>>,
    nearest_hromady: HashMap<String, Vec<&'static Hromada>>,
    /// Names and places without their suffixes, by the suffixes' kind and the text.
    stripped: HashMap<String, String>,
    languages: HashMap<String, BTreeSet<String>>,
}

/// The kinds of suffixes a name or place is written with ("kommune", "міська громада", "район", "область").
#[derive(Debug, Clone, Copy)]
pub(super) enum Suffix {
    Municipality,
    Community,
    Raion,
    Oblast,
}

impl Suffix {
    fn strip(self, s: &str) -> String {
        match self {
            Suffix::Municipality => strip_municipality_suffix(s),
            Suffix::Community => strip_community_suffix(s),
            Suffix::Raion => strip_raion_suffix(s),
            Suffix::Oblast => strip_oblast_suffix(s),
        }
    }

    fn tag(self) -> &'static str {
        match self {
            Suffix::Municipality => "m",
            Suffix::Community => "c",
            Suffix::Raion => "r",
            Suffix::Oblast => "o",
        }
    }
}

impl Memo {
    /// Readies the memo for reading with the coordinator's answers (folded): the areas of every answer a
    /// changed answer may be looked up in are forgotten (an answer's split looks up only texts within the
    /// lines it gave with them, [`split_areas_within`]).
    pub(super) fn answers(&mut self, answers: &BTreeMap<String, Option<String>>) {
        if self.answers == *answers {
            return;
        }
        let changed: BTreeSet<&str> = (self.answers.iter().filter(|&(k, v)| answers.get(k) != Some(v)))
            .chain(answers.iter().filter(|&(k, v)| self.answers.get(k) != Some(v)))
            .map(|(k, _)| k.as_str())
            .collect();
        // A label with commas changes how many pieces a look-up joins (never so far: folding takes commas away).
        if changed.iter().any(|k| k.contains(',')) {
            self.areas.clear();
        } else {
            self.areas.retain(|_, split| !changed.iter().any(|k| split.within.contains(k)));
        }
        self.answers.clone_from(answers);
    }

    /// Adds what a reading learned (with the answers of [`Memo::answers`]).
    pub(super) fn absorb(&mut self, learned: Memo) {
        self.areas.extend(learned.areas);
        self.kommuner.extend(learned.kommuner);
        self.hromady.extend(learned.hromady);
        self.nearest_kommuner.extend(learned.nearest_kommuner);
        self.nearest_hromady.extend(learned.nearest_hromady);
        self.stripped.extend(learned.stripped);
        self.languages.extend(learned.languages);
    }
}

/// A reading's memo: what earlier readings found (shared by the readers of a file's parts, so read only) and
/// what this reader has found since; or, for a file read once (the command line), nothing kept at all.
#[derive(Debug)]
pub(super) struct Recall<'m> {
    /// What earlier readings found; `None`: nothing is kept.
    known: Option<&'m Memo>,
    /// What this reader found since, and the reading's answers.
    learned: Memo,
    /// A key made of several texts, reused.
    key: String,
}

impl<'m> Recall<'m> {
    /// Recalls what `known` holds (readied with [`Memo::answers`] for this reading's answers), and keeps
    /// what it finds.
    pub(super) fn new(known: &'m Memo) -> Self {
        Recall { known: Some(known), ..Recall::once(known.answers.clone()) }
    }

    /// A recall that keeps nothing: every text is worked out, for a reading with these answers.
    pub(super) fn once(answers: BTreeMap<String, Option<String>>) -> Self {
        Recall { known: None, learned: Memo { answers, ..Memo::default() }, key: String::new() }
    }

    /// A recall of the same memo for another reader (of other rows), having learned nothing yet.
    pub(super) fn beside(&self) -> Self {
        match self.known {
            Some(known) => Recall::new(known),
            None => Recall::once(self.learned.answers.clone()),
        }
    }

    /// What was learned, for [`Memo::absorb`].
    pub(super) fn learned(self) -> Memo {
        self.learned
    }

    /// [`split_areas_with`](super::values::split_areas_with) of `raw` and the reading's answers.
    pub(super) fn areas(&mut self, raw: &str) -> Areas {
        let (known, learned) = (self.known, &mut self.learned);
        let Some(known) = known else { return split_areas_within(raw, &learned.answers, None) };
        let split = known.areas.get(raw).unwrap_or_else(|| {
            learned.areas.entry_ref(raw).or_insert_with(|| {
                let mut within = String::new();
                let areas = split_areas_within(raw, &known.answers, Some(&mut within));
                Split { areas, within }
            })
        });
        split.areas.clone()
    }

    /// [`gazetteer::resolve_kommune`].
    pub(super) fn kommune(&mut self, number: Option<&str>, name: &str, county: &str) -> Resolved<Kommune> {
        let resolve = || gazetteer::resolve_kommune(number, name, county);
        let Some(known) = self.known else { return resolve() };
        let key = key(&mut self.key, [given(number), number.unwrap_or_default(), name, county]);
        recalled(&known.kommuner, &mut self.learned.kommuner, key, resolve)
    }

    /// [`gazetteer::resolve_hromada`].
    pub(super) fn hromada(&mut self, code: Option<&str>, name: &str, oblast: &str, raion: &str) -> Resolved<Hromada> {
        let resolve = || gazetteer::resolve_hromada(code, name, oblast, raion);
        let Some(known) = self.known else { return resolve() };
        let key = key(&mut self.key, [given(code), code.unwrap_or_default(), name, oblast, raion]);
        recalled(&known.hromady, &mut self.learned.hromady, key, resolve)
    }

    /// `s` without the suffix of its kind ([`strip_community_suffix`] and the others).
    pub(super) fn stripped(&mut self, suffix: Suffix, s: &str) -> String {
        let Some(known) = self.known else { return suffix.strip(s) };
        let key = key(&mut self.key, [suffix.tag(), s]);
        recalled(&known.stripped, &mut self.learned.stripped, key, || suffix.strip(s))
    }

    /// [`split_languages`] of `s`.
    pub(super) fn languages(&mut self, s: &str) -> BTreeSet<String> {
        let Some(known) = self.known else { return split_languages(s) };
        recalled(&known.languages, &mut self.learned.languages, s, || split_languages(s))
    }

    /// [`gazetteer::nearest_kommuner`] of `name`, the 5 nearest.
    pub(super) fn nearest_kommuner(&mut self, name: &str) -> Vec<&'static Kommune> {
        let nearest = || gazetteer::nearest_kommuner(name, NEAREST);
        let Some(known) = self.known else { return nearest() };
        recalled(&known.nearest_kommuner, &mut self.learned.nearest_kommuner, name, nearest)
    }

    /// [`gazetteer::nearest_hromady`] of `name`, the 5 nearest.
    pub(super) fn nearest_hromady(&mut self, name: &str) -> Vec<&'static Hromada> {
        let nearest = || gazetteer::nearest_hromady(name, NEAREST);
        let Some(known) = self.known else { return nearest() };
        recalled(&known.nearest_hromady, &mut self.learned.nearest_hromady, name, nearest)
    }
}

/// A copy of `key`'s value in `known`, else in `learned` (made by `make` the first time).
fn recalled<V: Clone>(
    known: &HashMap<String, V>,
    learned: &mut HashMap<String, V>,
    key: &str,
    make: impl FnOnce() -> V,
) -> V {
    match known.get(key) {
        Some(v) => v.clone(),
        None => learned.entry_ref(key).or_insert_with(make).clone(),
    }
}

/// Tells a code given from none in a key (an empty code is not no code).
fn given(code: Option<&str>) -> &'static str {
    if code.is_some() {
        "+"
    } else {
        "-"
    }
}

/// How many nearest names a name that resolves to none is given as suggestions.
const NEAREST: usize = 5;

/// One key for several texts, in `buf`: each text after its length, so no two lists of texts share a key.
fn key<'b, const N: usize>(buf: &'b mut String, texts: [&str; N]) -> &'b str {
    use std::fmt::Write;
    buf.clear();
    for t in texts {
        let _ = write!(buf, "{}:", t.len());
        buf.push_str(t);
    }
    buf
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_of_different_texts_differ() {
        let mut a = String::new();
        let mut b = String::new();
        assert_ne!(key(&mut a, ["ab", "c"]), key(&mut b, ["a", "bc"]));
        assert_ne!(key(&mut a, ["1:a", ""]), key(&mut b, ["", "1:a"]));
        assert_eq!(key(&mut a, ["x", "y"]), "1:x1:y");
    }

    #[test]
    fn other_answers_forget_the_areas() {
        let mut memo = Memo::default();
        let mut recall = Recall::new(&memo);
        assert_eq!(recall.areas("Kultur, frisbee").1, ["frisbee"]);
        assert_eq!(recall.areas("Kultur, frisbee"), Recall::once(BTreeMap::new()).areas("Kultur, frisbee"));
        let learned = recall.learned();
        memo.absorb(learned);
        assert_eq!(Recall::new(&memo).areas("Kultur, frisbee").1, ["frisbee"]);
        memo.answers(&BTreeMap::from([("frisbee".to_string(), None)]));
        assert!(memo.areas.is_empty(), "an answer the split looked up changed");
        assert!(Recall::new(&memo).areas("Kultur, frisbee").1.is_empty());
    }

    #[test]
    fn answers_changed_elsewhere_keep_the_areas() {
        let mut memo = Memo::default();
        let mut recall = Recall::new(&memo);
        recall.areas("Kultur, frisbee");
        recall.areas("Vann og avløp; curling");
        let learned = recall.learned();
        memo.absorb(learned);
        memo.answers(&BTreeMap::from([("curling".to_string(), None)]));
        assert_eq!(memo.areas.len(), 1, "only the answer with curling is read again");
        assert!(memo.areas.contains_key("Kultur, frisbee"));
    }
}
