//! Header understanding by meaning, not by phrase: a header the dictionary (`fields::field_for_header`) does
//! not know is folded (case, punctuation, apostrophes), split into words, and scored against every field from
//! weighted key terms and synonyms in nb/nn, uk and en. A term is a stem that a word of the header starts
//! with ("партнер" matches "партнерів", "samarbeid" matches "samarbeidskommune"); terms of several words must
//! appear in order. The columns are then given fields globally (in `super::map_columns`): the best scores first,
//! each single-valued field at most one column, and nothing under a threshold. Every decision keeps the words
//! that made it, to be shown.
// Headers are whatever survey authors wrote: no indexing that could panic on them.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::fields::Field;
use crate::engine::text::fold;

/// The least score that maps a column; below it the column stays unmapped.
pub const THRESHOLD: i32 = 4;

/// The score a dictionary match counts as (always above any sum of terms).
pub const DICTIONARY: i32 = 100;

/// Key terms per field, with their weights. A negative weight is evidence against the field.
const TERMS: &[(Field, &[(&str, i32)])] = &[
    (
        Field::ResponseId,
        &[("response id", 6), ("respondent id", 6), ("svar id", 6), ("id відповіді", 6), ("submission id", 6)],
    ),
    (
        Field::Timestamp,
        &[
            ("timestamp", 6),
            ("tidsstempel", 6),
            ("позначка часу", 6),
            ("innsendt", 5),
            ("submitted at", 6),
            ("submission time", 6),
        ],
    ),
    (Field::StartTime, &[("start time", 6), ("starttid", 6), ("час початку", 6), ("started", 5), ("start", 3)]),
    (
        Field::CompletionTime,
        &[
            ("completion time", 6),
            ("fullføring", 6),
            ("fullført", 6),
            ("час завершення", 6),
            ("completed", 5),
            ("finish", 4),
            ("end time", 6),
        ],
    ),
    (
        Field::RespondentEmail,
        &[
            ("respondent", 3),
            ("респондент", 3),
            ("e post", 3),
            ("email", 3),
            ("e mail", 3),
            ("пошта", 3),
            ("електронн", 2),
        ],
    ),
    (Field::RespondentName, &[("respondent", 3), ("респондент", 3), ("navn", 2), ("name", 2), ("імя", 2)]),
    (
        Field::MunicipalityName,
        &[
            ("kommune", 4),
            ("municipality", 4),
            ("kommunens navn", 2),
            ("navn", 1),
            ("name", 1),
            ("namn", 1),
            ("partner", -3),
            ("ukrain", -3),
            ("nummer", -4),
            ("number", -4),
            ("fylke", -4),
            ("county", -4),
        ],
    ),
    (
        Field::MunicipalityNumber,
        &[
            ("kommunenummer", 6),
            ("kommunenr", 6),
            ("knr", 5),
            ("municipality number", 6),
            ("municipality code", 8),
            ("kommune", 1),
            ("nummer", 3),
            ("number", 2),
            ("nr", 2),
        ],
    ),
    (Field::County, &[("fylke", 6), ("county", 6), ("region", 1)]),
    (
        Field::Areas,
        &[
            ("kompetanse", 5),
            ("competence", 5),
            ("expertise", 5),
            ("fagområde", 5),
            ("fagfelt", 5),
            ("fagomr", 5),
            ("områd", 2),
            ("area", 2),
            ("tilby", 3),
            ("offer", 3),
            ("bidra", 3),
            ("contribute", 3),
            ("fields", 2),
            ("sector", 2),
            ("sektor", 2),
        ],
    ),
    (
        Field::Capacity,
        &[
            ("hvor mange", 4),
            ("kor mange", 4),
            ("how many", 4),
            ("antall", 3),
            ("number of", 2),
            ("kapasitet", 6),
            ("capacity", 6),
            ("partner", 2),
            ("samarbeidskommune", 3),
            ("vennskapskommune", 1),
            ("kan dere", 1),
            ("can you", 1),
            ("take on", 2),
            ("ta imot", 2),
            ("ukrain", 2),
            ("påta", 2),
        ],
    ),
    (
        Field::Form,
        &[
            ("samarbeidsform", 6),
            ("form", 3),
            ("type samarbeid", 6),
            ("type of cooperation", 6),
            ("kind of cooperation", 6),
            ("cooperation type", 6),
            ("akutt", 3),
            ("langsiktig", 3),
            ("kortsiktig", 3),
            ("long term", 2),
            ("short term", 3),
            ("acute", 3),
            ("lang og kortsiktig", 4),
            ("форма", 4),
            ("співпрац", 2),
            ("samarbeid", 1),
            ("cooperation", 1),
        ],
    ),
    (
        Field::Preference,
        &[
            ("foretrukket", 4),
            ("føretrekt", 4),
            ("ønsker dere", 2),
            ("i eller utenfor", 6),
            ("krigssone", 4),
            ("war zone", 4),
            ("front line", 4),
            ("frontline", 4),
            ("prefer", 4),
            ("type partner", 3),
            ("type of partner", 4),
            ("kind of partner", 4),
            ("partnerkommune", 1),
            ("hostilities", 3),
        ],
    ),
    (
        Field::InternationalExperience,
        &[
            ("erfaring", 5),
            ("røynsle", 5),
            ("experience", 5),
            ("internasjonal", 3),
            ("international", 3),
            ("samarbeid", 1),
            ("cooperation", 1),
        ],
    ),
    (
        Field::Ties,
        &[
            ("allerede", 3),
            ("alt", 1),
            ("already", 3),
            ("existing", 3),
            ("eksisterende", 3),
            ("kontakt med", 4),
            ("contact with", 4),
            ("vennskapskommune", 5),
            ("twin", 4),
            ("sister", 4),
            ("relations", 3),
            ("relasjon", 3),
            ("ukrain", 2),
            ("which", 1),
            ("hvilken", 1),
            ("kven", 1),
        ],
    ),
    (
        Field::Learn,
        &[
            ("lære", 6),
            ("læring", 6),
            ("læra", 6),
            ("learn", 6),
            ("lesson", 4),
            ("gain", 2),
            ("return", 2),
            ("igjen", 2),
            ("tilbake", 2),
            ("утрим", 1),
        ],
    ),
    (
        Field::Refugees,
        &[("flyktning", 6), ("refugee", 6), ("bosatt", 3), ("settled", 3), ("busett", 3), ("resettled", 3)],
    ),
    (
        Field::PoliticalAnchoring,
        &[
            ("politisk", 6),
            ("political", 6),
            ("politic", 5),
            ("forankr", 5),
            ("anchor", 5),
            ("vedtak", 3),
            ("council decision", 4),
            ("kommunestyre", 4),
            ("mandate", 3),
        ],
    ),
    (
        Field::CommunityName,
        &[
            ("назва", 4),
            ("громад", 3),
            ("тг", 3),
            ("hromad", 5),
            ("community", 3),
            ("territorial community", 5),
            ("municipality", 1),
            ("name", 2),
            ("найменування", 4),
            ("код", -4),
            ("code", -4),
            ("област", -4),
            ("район", -4),
            ("партнер", -4),
            ("partner", -4),
            ("кількість", -4),
            ("number", -3),
            ("population", -4),
            ("category", -3),
            ("потреб", -3),
            ("need", -3),
            ("location", -3),
            ("розташуван", -3),
            ("зона", -3),
            ("zone", -3),
        ],
    ),
    (
        Field::Katottg,
        &[("катоттг", 8), ("katottg", 8), ("кодифікатор", 6), ("koatuu", 6), ("коатуу", 6), ("код", 4), ("code", 4)],
    ),
    (Field::Oblast, &[("област", 6), ("oblast", 6), ("region", 4), ("регіон", 4), ("province", 4)]),
    (Field::Raion, &[("район", 6), ("raion", 6), ("rayon", 6), ("district", 5)]),
    (
        Field::Category,
        &[
            ("категор", 5),
            ("category", 5),
            ("бойових дій", 4),
            ("зон", 2),
            ("zone", 4),
            ("front line", 4),
            ("frontline", 4),
            ("прифронтов", 6),
            ("розташуван", 3),
            ("location", 2),
            ("relative", 2),
            ("відносно", 2),
            ("hostilities", 6),
            ("war", 2),
            ("статус", 3),
            ("status", 3),
            ("деокупован", 3),
            ("окупац", 3),
        ],
    ),
    (
        Field::Idps,
        &[
            ("впо", 6),
            ("внутрішньо переміщ", 6),
            ("переселен", 5),
            ("idp", 6),
            ("internally displaced", 6),
            ("displaced", 5),
        ],
    ),
    (
        Field::Damage,
        &[("руйнуван", 6), ("пошкоджен", 6), ("зруйнован", 6), ("damage", 6), ("destruction", 6), ("destroyed", 5)],
    ),
    (
        Field::UrgentNeeds,
        &[
            ("першочергов", 6),
            ("нагальн", 6),
            ("термінов", 6),
            ("невідкладн", 6),
            ("пріоритетн", 5),
            ("urgent", 6),
            ("pressing", 6),
            ("immediate", 5),
            ("priority", 5),
            ("most needed", 5),
            ("потреб", 2),
            ("need", 2),
            ("короткостроков", 4),
            ("acute", 4),
        ],
    ),
    (
        Field::LongTermNeeds,
        &[
            ("довгостроков", 7),
            ("довготривал", 7),
            ("long term", 7),
            ("long run", 6),
            ("відновлен", 2),
            ("recovery", 2),
            ("rebuild", 2),
            ("потреб", 2),
            ("need", 2),
        ],
    ),
    (
        Field::PartnersWanted,
        &[
            ("скільки", 4),
            ("кількість", 2),
            ("how many", 4),
            ("number of", 3),
            ("партнер", 4),
            ("partner", 3),
            ("побратим", 4),
            ("муніципалітет", 1),
            ("бажан", 2),
            ("хотіла б", 2),
            ("would like", 2),
            ("norweg", 3),
            ("норвез", 3),
            ("ukrain", -3),
            ("wanted", 2),
            ("desired", 2),
        ],
    ),
    (
        Field::InternationalPartners,
        &[
            ("міжнародн", 6),
            ("international", 4),
            ("іноземн", 5),
            ("foreign", 4),
            ("партнер", 1),
            ("partner", 1),
            ("вже", 2),
            ("already", 2),
            ("existing", 2),
            ("наявн", 2),
        ],
    ),
    (
        Field::Population,
        &[
            ("населення", 6),
            ("жител", 6),
            ("мешканц", 5),
            ("population", 6),
            ("inhabitants", 6),
            ("residents", 5),
            ("innbygg", 6),
            ("folketal", 6),
            ("folketall", 6),
        ],
    ),
    (
        Field::Languages,
        &[("språk", 6), ("мов", 5), ("language", 6), ("speak", 3), ("snakk", 3), ("говор", 3), ("спілкува", 3)],
    ),
    (
        Field::ContactName,
        &[
            ("kontaktperson", 6),
            ("ansvarlig", 6),
            ("ansvarleg", 6),
            ("responsible", 6),
            ("відповідальн", 6),
            ("kontakte", 4),
            ("respondent", -4),
            ("респондент", -4),
            ("contact person", 6),
            ("контактна особа", 6),
            ("контактн", 3),
            ("contact", 3),
            ("піб", 6),
            ("імя", 4),
            ("прізвище", 5),
            ("full name", 4),
            ("navn", 2),
            ("name", 2),
            ("namn", 2),
            ("особа", 2),
            ("e post", -6),
            ("email", -6),
            ("e mail", -6),
            ("telefon", -6),
            ("телефон", -6),
            ("phone", -6),
            ("посада", -6),
            ("position", -6),
            ("title", -6),
            ("stilling", -6),
        ],
    ),
    (
        Field::ContactRole,
        &[
            ("stilling", 6),
            ("rolle", 5),
            ("posisjon", 5),
            ("position", 6),
            ("role", 5),
            ("job title", 6),
            ("title", 4),
            ("посада", 6),
            ("функці", 3),
        ],
    ),
    (
        Field::ContactEmail,
        &[
            ("e post", 6),
            ("epost", 6),
            ("e mail", 6),
            ("email", 6),
            ("mail", 4),
            ("пошта", 6),
            ("електронн", 4),
            ("respondent", -6),
            ("респондент", -6),
        ],
    ),
    (
        Field::ContactPhone,
        &[
            ("telefon", 6),
            ("mobil", 5),
            ("tlf", 5),
            ("phone", 6),
            ("mobile", 5),
            ("телефон", 6),
            ("тел", 4),
            ("мобільн", 5),
        ],
    ),
    (
        Field::Comment,
        &[
            ("kommentar", 6),
            ("merknad", 6),
            ("anna", 3),
            ("annet", 3),
            ("noe mer", 4),
            ("comment", 6),
            ("anything else", 6),
            ("remarks", 5),
            ("notes", 4),
            ("коментар", 6),
            ("примітк", 6),
            ("додатков", 4),
            ("інше", 3),
        ],
    ),
];

/// The points a positive term earns more when it is the header's first word: a question's first word is usually
/// its subject ("Район області": the raion, of the oblast).
const FIRST_WORD: i32 = 2;

/// By how many points the header's words must outscore the dictionary's phrase to overrule it.
const OVERRULE_BY: i32 = 1;

/// The scoring: key terms per field and the two rules. One value in use (`SCORING`); the tests build others to
/// prove that every term and rule decides some wording of the corpus.
struct Scoring<'t, T> {
    terms: &'t [(Field, T)],
    first_word: i32,
    overrule_by: i32,
}

const SCORING: Scoring<'static, &'static [(&'static str, i32)]> =
    Scoring { terms: TERMS, first_word: FIRST_WORD, overrule_by: OVERRULE_BY };

/// The words of a header that a term of several words or a stem matches, in order.
fn matches(words: &[&str], term: &str) -> bool {
    !matched(words, term).is_empty()
}

/// The positions of the header words a term matches (its first match), or none.
fn matched(words: &[&str], term: &str) -> Vec<usize> {
    let parts: Vec<&str> = term.split(' ').collect();
    // `split` gives at least one part, so the windows are never empty.
    words
        .windows(parts.len())
        .position(|w| w.iter().zip(&parts).all(|(w, p)| w.starts_with(p)))
        .map(|i| (i..i + parts.len()).collect())
        .unwrap_or_default()
}

/// Every field a header may mean, with its score and the header's words that made it (in their order), best
/// first; only positive scores.
pub fn score(header: &str) -> Vec<(Field, i32, Vec<String>)> {
    SCORING.score(header)
}

/// What a header means: the dictionary's field, unless the header's words point clearly (by more than one point)
/// to another field; else the best field by meaning, at or above the threshold. `None`: no field. The `bool`
/// says whether the dictionary decided; the words and score are the meaning's.
pub fn understood(header: &str) -> Option<(Field, bool, Vec<String>, i32)> {
    SCORING.understood(header)
}

impl<T: AsRef<[(&'static str, i32)]>> Scoring<'_, T> {
    fn score(&self, header: &str) -> Vec<(Field, i32, Vec<String>)> {
        let h = fold(header);
        let words: Vec<&str> = h.split(' ').filter(|w| !w.is_empty()).collect();
        let first_word = words.get(..1).unwrap_or_default();
        let mut out: Vec<(Field, i32, Vec<String>)> = self
            .terms
            .iter()
            .filter_map(|(field, terms)| {
                let hit: Vec<(&'static str, i32)> =
                    terms.as_ref().iter().filter(|(t, _)| matches(&words, t)).copied().collect();
                let first = hit.iter().any(|(t, w)| *w > 0 && matches(first_word, t));
                let total: i32 = hit.iter().map(|(_, w)| w).sum::<i32>() + if first { self.first_word } else { 0 };
                let mut at: Vec<usize> =
                    hit.iter().filter(|(_, w)| *w > 0).flat_map(|(t, _)| matched(&words, t)).collect();
                at.sort_unstable();
                at.dedup();
                let shown = at.iter().filter_map(|&i| words.get(i)).map(|w| w.to_string()).collect();
                (total > 0).then_some((*field, total, shown))
            })
            .collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }

    fn understood(&self, header: &str) -> Option<(Field, bool, Vec<String>, i32)> {
        let scores = self.score(header);
        let best = scores.first().filter(|(_, s, _)| *s >= THRESHOLD);
        match super::fields::dictionary(header) {
            Some((f, true)) => Some((f, true, Vec::new(), DICTIONARY)),
            Some((f, false)) => {
                let own = scores.iter().find(|(g, _, _)| *g == f).map_or(0, |(_, s, _)| *s);
                match best {
                    Some((g, s, words)) if *g != f && *s > own + self.overrule_by => {
                        Some((*g, false, words.clone(), *s))
                    }
                    _ => Some((f, true, Vec::new(), DICTIONARY)),
                }
            }
            None => best.map(|(f, s, words)| (*f, false, words.clone(), *s)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn best(h: &str) -> Option<Field> {
        score(h).first().filter(|(_, s, _)| *s >= THRESHOLD).map(|(f, _, _)| *f)
    }

    /// The corpus of question wordings (`tests/fixtures/wordings/questions.csv`), each with its field.
    fn corpus() -> Vec<(Option<Field>, String)> {
        let text = include_str!("../../../tests/fixtures/wordings/questions.csv");
        csv::Reader::from_reader(text.as_bytes())
            .records()
            .map(|r| {
                let r = r.expect("a corpus row");
                let field = r.get(0).and_then(Field::from_name);
                (field, r.get(2).expect("a wording").to_string())
            })
            .collect()
    }

    /// The wordings of the corpus a scoring reads otherwise than the one in use.
    fn decided<T: AsRef<[(&'static str, i32)]>>(other: &Scoring<'_, T>, corpus: &[(Option<Field>, String)]) -> usize {
        corpus.iter().filter(|(_, w)| other.understood(w).map(|u| u.0) != understood(w).map(|u| u.0)).count()
    }

    fn owned() -> Vec<(Field, Vec<(&'static str, i32)>)> {
        TERMS.iter().map(|(f, t)| (*f, t.to_vec())).collect()
    }

    /// Every term that counts against a field is there for a wording: with its sign turned, some wording of the
    /// corpus is read as another field (or none). A new negative term comes with the wording it decides.
    #[test]
    fn every_term_against_a_field_decides_a_wording() {
        let corpus = corpus();
        let mut idle = Vec::new();
        for (i, (field, terms)) in TERMS.iter().enumerate() {
            for (k, (term, weight)) in terms.iter().enumerate().filter(|(_, (_, w))| *w < 0) {
                let mut turned = owned();
                if let Some(t) = turned.get_mut(i).and_then(|(_, t)| t.get_mut(k)) {
                    t.1 = -weight;
                }
                let other = Scoring { terms: &turned, first_word: FIRST_WORD, overrule_by: OVERRULE_BY };
                if decided(&other, &corpus) == 0 {
                    idle.push(format!("{field:?}: {term:?} {weight}"));
                }
            }
        }
        assert!(idle.is_empty(), "terms no wording needs: {idle:#?}");
    }

    /// The two rules each decide wordings of the corpus: without the first word's bonus (or with it doubled), and
    /// with the dictionary overruled by any margin (or only by more than two points), some wordings read
    /// otherwise.
    #[test]
    fn the_rules_each_decide_a_wording() {
        let corpus = corpus();
        for (first_word, overrule_by) in
            [(0, OVERRULE_BY), (2 * FIRST_WORD, OVERRULE_BY), (FIRST_WORD, 0), (FIRST_WORD, OVERRULE_BY + 1)]
        {
            let other = Scoring { first_word, overrule_by, ..SCORING };
            assert!(
                decided(&other, &corpus) > 0,
                "first word {first_word}, overrule by {overrule_by}: no wording changes"
            );
        }
    }

    /// A header that means nothing to any field scores for none (not every field at nothing), and the words
    /// shown for a field are those that count for it, never those that count against it.
    #[test]
    fn scores_list_only_fields_with_evidence_and_show_the_words_for_them() {
        assert_eq!(score("How did you hear about the programme?"), Vec::new());
        let scores = score("Contact person phone");
        let words = |f: Field| scores.iter().find(|(g, ..)| *g == f).map(|(_, _, w)| w.clone());
        assert_eq!(words(Field::ContactPhone), Some(vec!["phone".to_string()]));
        assert_eq!(words(Field::ContactName), Some(vec!["contact".to_string(), "person".to_string()]));
    }

    /// Every term counts for or against its field: none weighs nothing (so "a positive term" and "a term that
    /// is not negative" are the same, which makes the `> 0` of `score` and a `>= 0` equivalent).
    #[test]
    fn every_term_weighs_something() {
        assert!(TERMS.iter().all(|(_, terms)| terms.iter().all(|(_, w)| *w != 0)));
    }

    #[test]
    fn wordings_no_sample_uses() {
        assert_eq!(best("Fagområder dere kan tilby ukrainske kommuner"), Some(Field::Areas));
        assert_eq!(best("Type samarbeid dere ønsker"), Some(Field::Form));
        assert_eq!(best("Ønsker dere en partner i eller utenfor krigssonen?"), Some(Field::Preference));
        assert_eq!(best("Назва територіальної громади"), Some(Field::CommunityName));
        assert_eq!(best("Розташування громади відносно зони бойових дій"), Some(Field::Category));
        assert_eq!(best("Скільки партнерів-муніципалітетів хотіла б мати громада?"), Some(Field::PartnersWanted));
        assert_eq!(best("Name of hromada"), Some(Field::CommunityName));
        assert_eq!(best("Most pressing needs"), Some(Field::UrgentNeeds));
        assert_eq!(best("Location relative to the front line"), Some(Field::Category));
        assert_eq!(best("How did you hear about the programme?"), None);
    }
}
