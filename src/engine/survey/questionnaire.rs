//! kommunematch's own questionnaires, for next round's surveys: per side, the questions the matching uses (and
//! no other), each with how it is answered and its options in each language, all of them read back word for
//! word by the reading (`fields::questionnaire_question`, the option columns, the answers' readers); and the
//! mark a file made from one carries in a column of its own (`kommunematch:questionnaire:1:offers:nb`), which
//! says its side, version and language, and whose cell on the example row says the row is the example.
// Text is whatever people typed: no indexing that could panic on it.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::fields::{questionnaire_question, Field, QUESTIONNAIRE_VERSION};
use super::values;
use crate::engine::fluent::plain;
use crate::engine::gazetteer::{HROMADY, KOMMUNER};
use crate::engine::lang::Lang;
use crate::engine::model::{Category, Form, Preference, Side};
use crate::engine::taxonomy;
use crate::engine::text::latinize;
use serde::{Deserialize, Serialize};

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// One municipality or community from the official list, named with its code (`Bergen — 4601`).
    Entity,
    /// Short free text.
    Text,
    /// A whole number from 1 to [`COUNT_MAX`].
    Count,
    /// One of the options.
    One(Choice),
    /// Any of the options: one column per option in a spreadsheet, joined by the form tools in their exports.
    Many(Choice),
}

/// A list of options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Acute, long-term or both.
    Form,
    /// War zone, outside, no preference.
    Preference,
    /// War zone or outside.
    Category,
    /// The 41 areas.
    Areas,
    /// The working languages the reading knows.
    Languages,
}

/// One question of a questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// The field its answers fill.
    pub field: Field,
    /// How it is answered.
    pub answer: Answer,
}

/// The most a count question offers (partners a municipality can take, partners a community wants).
pub const COUNT_MAX: u32 = 5;

const fn q(field: Field, answer: Answer) -> Question {
    Question { field, answer }
}

const OFFERS: &[Question] = &[
    q(Field::MunicipalityName, Answer::Entity),
    q(Field::ContactName, Answer::Text),
    q(Field::ContactRole, Answer::Text),
    q(Field::ContactEmail, Answer::Text),
    q(Field::ContactPhone, Answer::Text),
    q(Field::Areas, Answer::Many(Choice::Areas)),
    q(Field::Capacity, Answer::Count),
    q(Field::Form, Answer::One(Choice::Form)),
    q(Field::Preference, Answer::One(Choice::Preference)),
    q(Field::Languages, Answer::Many(Choice::Languages)),
    q(Field::Ties, Answer::Text),
    q(Field::Learn, Answer::Many(Choice::Areas)),
];

const NEEDS: &[Question] = &[
    q(Field::CommunityName, Answer::Entity),
    q(Field::ContactName, Answer::Text),
    q(Field::ContactRole, Answer::Text),
    q(Field::ContactEmail, Answer::Text),
    q(Field::ContactPhone, Answer::Text),
    q(Field::Category, Answer::One(Choice::Category)),
    q(Field::UrgentNeeds, Answer::Many(Choice::Areas)),
    q(Field::LongTermNeeds, Answer::Many(Choice::Areas)),
    q(Field::PartnersWanted, Answer::Count),
    q(Field::Languages, Answer::Many(Choice::Languages)),
    q(Field::InternationalPartners, Answer::Text),
];

/// The questions of a side's questionnaire, in order.
pub fn questions(side: Side) -> &'static [Question] {
    match side {
        Side::Offers => OFFERS,
        Side::Needs => NEEDS,
    }
}

impl Question {
    /// The question, in `lang`: the header of its column, word for word.
    pub fn text(&self, lang: Lang) -> &'static str {
        plain(lang, &format!("question-{}", self.field.name()))
    }

    /// What the answer is used for, in `lang`.
    pub fn help(&self, lang: Lang) -> &'static str {
        plain(lang, &format!("help-{}", self.field.name()))
    }

    /// Whether the answer is personal data (asked only to introduce the partners).
    pub fn personal(&self) -> bool {
        self.field.is_personal()
    }
}

/// The working languages a questionnaire offers, as ISO 639-1 codes (names from `values::language_message`).
pub const LANGUAGE_OPTIONS: &[&str] = &["no", "uk", "en", "de", "fr", "pl", "es", "ru"];

/// An option of a list: its text in one language, and what the reading makes of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opt {
    /// The text, word for word.
    pub text: String,
    /// What it means.
    pub value: OptValue,
}

/// What an option means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptValue {
    /// A form of cooperation.
    Form(Form),
    /// A preferred category.
    Preference(Preference),
    /// A category.
    Category(Category),
    /// An area, by its index.
    Area(usize),
    /// A working language, by its code.
    Language(&'static str),
}

/// The options of a list in `lang`, in order.
pub fn options(choice: Choice, lang: Lang) -> Vec<Opt> {
    let opt = |id: &str, value| Opt { text: plain(lang, id).to_string(), value };
    match choice {
        Choice::Form => vec![
            opt("option-form-acute", OptValue::Form(Form::Acute)),
            opt("option-form-long_term", OptValue::Form(Form::LongTerm)),
            opt("option-form-both", OptValue::Form(Form::Both)),
        ],
        Choice::Preference => vec![
            opt("category-war_zone", OptValue::Preference(Preference::WarZone)),
            opt("category-outside", OptValue::Preference(Preference::Outside)),
            opt("option-preference-none", OptValue::Preference(Preference::NoPreference)),
        ],
        Choice::Category => vec![
            opt("category-war_zone", OptValue::Category(Category::WarZone)),
            opt("category-outside", OptValue::Category(Category::Outside)),
        ],
        Choice::Areas => taxonomy::areas()
            .iter()
            .map(|a| Opt { text: a.label(lang.code()).to_string(), value: OptValue::Area(a.index) })
            .collect(),
        Choice::Languages => LANGUAGE_OPTIONS
            .iter()
            .map(|&code| Opt { text: values::language_label(lang, code), value: OptValue::Language(code) })
            .collect(),
    }
}

/// One municipality or community to choose from: the answer as chosen (`Bergen — 4601`), and its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    /// The answer, name and code: what the reading resolves by the code.
    pub choice: String,
    /// The name, in the language's script (Latin beside Cyrillic for Norwegian and English readers).
    pub name: String,
    /// The kommunenummer or KATOTTG code.
    pub code: &'static str,
    /// County, or oblast.
    pub region: String,
    /// Raion (communities only).
    pub raion: String,
}

/// The municipalities (357) or communities (1,469) to choose from, sorted by name as the language reads them.
pub fn picks(side: Side, lang: Lang) -> Vec<Pick> {
    let mut all: Vec<Pick> = match side {
        Side::Offers => KOMMUNER
            .iter()
            .map(|k| Pick {
                choice: format!("{} — {}", k.name, k.number),
                name: k.name.to_string(),
                code: k.number,
                region: k.county.to_string(),
                raion: String::new(),
            })
            .collect(),
        Side::Needs => HROMADY
            .iter()
            .map(|h| {
                let cyrillic = lang == Lang::Uk;
                let latin =
                    |s: &str| if cyrillic { s.to_string() } else { crate::engine::text::capitalise(&latinize(s)) };
                let name = if cyrillic { h.name.to_string() } else { h.latin_name() };
                let region = latin(h.oblast);
                Pick {
                    choice: format!("{name}, {region} — {}", h.code),
                    name,
                    code: h.code,
                    region,
                    raion: latin(h.raion),
                }
            })
            .collect(),
    };
    all.sort_by_cached_key(|p| (p.name.to_lowercase(), p.code));
    all
}

/// The header of the column that marks a file as made from a questionnaire: `kommunematch:questionnaire:1:offers:nb`.
pub fn mark(side: Side, lang: Lang) -> String {
    format!("kommunematch:questionnaire:{QUESTIONNAIRE_VERSION}:{}:{}", side_code(side), lang.code())
}

fn side_code(side: Side) -> &'static str {
    match side {
        Side::Offers => "offers",
        Side::Needs => "needs",
    }
}

/// Where a file came from: a kommunematch questionnaire, of this side, version and language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// The questionnaire's side.
    pub side: Side,
    /// Its version.
    pub version: u32,
    /// Its language, when the file says it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// Whether the file carries the questionnaire's mark (a spreadsheet or CSV made from it); else its headers
    /// are the questionnaire's questions word for word (a form built from the printed questions).
    pub marked: bool,
}

/// The mark a header is: side, version, language. Any version is read; the language may be one this program
/// does not know.
pub fn parse_mark(header: &str) -> Option<Origin> {
    let rest = header.trim().strip_prefix("kommunematch:questionnaire:")?;
    let mut parts = rest.split(':');
    let version = parts.next()?.parse().ok()?;
    let side = match parts.next()? {
        "offers" => Side::Offers,
        "needs" => Side::Needs,
        _ => return None,
    };
    let lang = parts.next().and_then(|c| Lang::ALL.into_iter().find(|l| l.code() == c));
    Some(Origin { side, version, lang, marked: true })
}

/// Where a table with these headers came from: its mark, else a side whose every question is among the headers
/// word for word (a question of several options counted by any of its option columns), the version the oldest of
/// them; `None` for any other file.
pub fn origin(headers: &[String]) -> Option<Origin> {
    if let Some(o) = headers.iter().find_map(|h| parse_mark(h)) {
        return Some(o);
    }
    let found: Vec<super::fields::QuestionnaireQuestion> = headers
        .iter()
        .filter_map(|h| {
            let question = h.trim().strip_suffix(']').and_then(|q| q.rsplit_once('[')).map_or(h.as_str(), |(q, _)| q);
            questionnaire_question(question)
        })
        .collect();
    [Side::Offers, Side::Needs].into_iter().find_map(|side| {
        let asked = questions(side);
        let of_side: Vec<_> = found.iter().filter(|q| asked.iter().any(|a| a.field == q.field)).collect();
        let all = asked.iter().all(|a| of_side.iter().any(|q| q.field == a.field));
        let version = of_side.iter().map(|q| q.version).min()?;
        // The language, when every question found is in the same one.
        let lang = of_side.first().map(|q| q.lang).filter(|l| of_side.iter().all(|q| q.lang == *l));
        all.then_some(Origin { side, version, lang, marked: false })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::survey::values::{language_code, parse_category, parse_form, parse_preference};

    /// Every option of every list, in every language, is read back as what it means.
    #[test]
    fn every_option_reads_back_as_itself() {
        for lang in Lang::ALL {
            for choice in [Choice::Form, Choice::Preference, Choice::Category, Choice::Areas, Choice::Languages] {
                let opts = options(choice, lang);
                assert!(!opts.is_empty());
                for o in opts {
                    let read = match o.value {
                        OptValue::Form(_) => OptValue::Form(parse_form(&o.text)),
                        OptValue::Preference(_) => OptValue::Preference(parse_preference(&o.text)),
                        OptValue::Category(_) => OptValue::Category(parse_category(&o.text)),
                        OptValue::Area(_) => OptValue::Area(taxonomy::lookup(&o.text).map_or(usize::MAX, |a| a.index)),
                        OptValue::Language(_) => OptValue::Language(language_code(&o.text).unwrap_or("?")),
                    };
                    assert_eq!(read, o.value, "{lang:?}: {:?}", o.text);
                    assert!(!o.text.is_empty() && !o.text.contains(['\n', ';']), "{lang:?}: {:?}", o.text);
                }
            }
        }
    }

    /// Every question is known to the dictionary word for word, as its own field, in every language; the
    /// questions of a side are all told apart.
    #[test]
    fn every_question_is_known_word_for_word() {
        for lang in Lang::ALL {
            for side in [Side::Offers, Side::Needs] {
                for q in questions(side) {
                    let text = q.text(lang);
                    assert!(!text.is_empty() && !q.help(lang).is_empty(), "{lang:?} {:?}", q.field);
                    assert_eq!(super::super::fields::dictionary(text), Some((q.field, true)), "{lang:?}: {text}");
                    assert_eq!(questionnaire_question(text).map(|k| (k.field, k.version)), Some((q.field, 1)));
                }
            }
        }
    }

    #[test]
    fn marks_say_side_version_and_language() {
        for lang in Lang::ALL {
            for side in [Side::Offers, Side::Needs] {
                let o = parse_mark(&mark(side, lang)).expect("a mark");
                assert_eq!(o, Origin { side, version: QUESTIONNAIRE_VERSION, lang: Some(lang), marked: true });
            }
        }
        assert_eq!(parse_mark("kommunematch:questionnaire:7:needs:xx").map(|o| (o.version, o.lang)), Some((7, None)));
        assert_eq!(parse_mark("kommunematch:questionnaire:x:needs"), None);
        assert_eq!(parse_mark("Kommune"), None);
    }

    #[test]
    fn picks_name_every_entity_once_with_its_code() {
        for lang in Lang::ALL {
            let k = picks(Side::Offers, lang);
            let h = picks(Side::Needs, lang);
            assert_eq!((k.len(), h.len()), (357, 1469));
            assert!(k.iter().chain(&h).all(|p| p.choice.ends_with(p.code)));
            let mut choices: Vec<&str> = h.iter().map(|p| p.choice.as_str()).collect();
            choices.sort_unstable();
            choices.dedup();
            assert_eq!(choices.len(), 1469, "every choice differs");
        }
    }
}
