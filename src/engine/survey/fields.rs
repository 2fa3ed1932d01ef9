//! Column meanings and the header dictionary.
// Text is whatever people typed: no indexing that could panic on it.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use crate::engine::fluent;
use crate::engine::lang::Lang;
use crate::engine::model::Side;
use crate::engine::taxonomy;
use crate::engine::text::fold;
use serde::{Deserialize, Serialize};

macro_rules! fields {
    ($($(#[$m:meta])* $v:ident = $name:literal, $en:literal;)*) => {
        /// A column's meaning.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Field {
            $($(#[$m])* #[doc = $en] $v,)*
        }

        impl Field {
            /// Every field, in a fixed order.
            pub const ALL: &'static [Field] = &[$(Field::$v,)*];

            /// The stable name used in presets, the JSON input format and reports: `municipality_name`.
            pub fn name(self) -> &'static str {
                match self { $(Field::$v => $name,)* }
            }

            /// An English description for reports.
            pub fn describe(self) -> &'static str {
                match self { $(Field::$v => $en,)* }
            }
        }
    };
}

fields! {
    ContactName = "contact_name", "Contact person's name";
    ContactRole = "contact_role", "Contact person's position";
    ContactEmail = "contact_email", "Contact person's e-mail";
    ContactPhone = "contact_phone", "Contact person's phone";
    Languages = "languages", "Working languages";
    Comment = "comment", "Comments";
    ResponseId = "response_id", "Response id (survey tool)";
    Timestamp = "timestamp", "Time of answer";
    StartTime = "start_time", "Start time (survey tool)";
    CompletionTime = "completion_time", "Completion time (survey tool)";
    LastModified = "last_modified", "Last modified (survey tool)";
    AnswerTime = "answer_time", "Time taken to answer (survey tool)";
    RespondentEmail = "respondent_email", "Respondent's e-mail (survey tool)";
    RespondentName = "respondent_name", "Respondent's name (survey tool)";
    Population = "population", "Population";
    MunicipalityName = "municipality_name", "Municipality (kommune)";
    MunicipalityNumber = "municipality_number", "Kommunenummer";
    County = "county", "County (fylke)";
    Areas = "areas", "Areas of competence offered";
    Capacity = "capacity", "Number of partners it can take";
    Form = "form", "Form of cooperation (acute / long-term)";
    Preference = "preference", "Preferred partner category";
    InternationalExperience = "international_experience", "Experience with international cooperation";
    Ties = "ties", "Existing contact with a Ukrainian community";
    Learn = "learn", "What the municipality wants to learn";
    Refugees = "refugees", "Ukrainian refugees settled";
    PoliticalAnchoring = "political_anchoring", "Political anchoring";
    CommunityName = "community_name", "Community (hromada)";
    Katottg = "katottg", "KATOTTG code";
    Oblast = "oblast", "Oblast";
    Raion = "raion", "Raion";
    Category = "category", "Category (war zone / outside)";
    Idps = "idps", "Registered IDPs";
    Damage = "damage", "Level of damage";
    UrgentNeeds = "urgent_needs", "Urgent needs";
    LongTermNeeds = "long_term_needs", "Long-term needs";
    PartnersWanted = "partners_wanted", "Number of partners wanted";
    InternationalPartners = "international_partners", "Existing international partners";
}

impl Field {
    /// The side a field belongs to, or `None` for fields both surveys have.
    pub fn side(self) -> Option<Side> {
        use Field::*;
        match self {
            MunicipalityName
            | MunicipalityNumber
            | County
            | Areas
            | Capacity
            | Form
            | Preference
            | InternationalExperience
            | Ties
            | Learn
            | Refugees
            | PoliticalAnchoring => Some(Side::Offers),
            CommunityName
            | Katottg
            | Oblast
            | Raion
            | Category
            | Idps
            | Damage
            | UrgentNeeds
            | LongTermNeeds
            | PartnersWanted
            | InternationalPartners => Some(Side::Needs),
            _ => None,
        }
    }

    /// Whether the column holds personal data (names, e-mails, phones).
    pub fn is_personal(self) -> bool {
        use Field::*;
        matches!(self, ContactName | ContactEmail | ContactPhone | RespondentEmail | RespondentName)
    }

    /// Whether answers are multi-select lists of areas or languages.
    pub fn is_multi(self) -> bool {
        use Field::*;
        matches!(self, Areas | Learn | UrgentNeeds | LongTermNeeds | Languages)
    }

    /// The field with this stable name.
    pub fn from_name(name: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.name() == name)
    }

    /// The fields that make sense in a file of `side`, for choosing a mapping by hand.
    pub fn for_side(side: Side) -> impl Iterator<Item = Field> {
        Field::ALL.iter().copied().filter(move |f| f.side().is_none_or(|s| s == side))
    }
}

/// How a header is matched: the whole folded header, or a word-start inside it.
enum Pat {
    Exact(&'static str),
    Word(&'static str),
}
use Pat::{Exact, Word};

/// The header dictionary, in priority order: the first rule that matches a header wins. Patterns are folded
/// (lower case, punctuation as spaces). Norwegian bokmål and nynorsk, Ukrainian and English.
const RULES: &[(Field, &[Pat])] = &[
    // Exact headers first: short, ambiguous words.
    (Field::ResponseId, &[Exact("id"), Exact("respondent id"), Exact("response id"), Exact("svar id")]),
    // A lone e-mail column after the form tool's own columns is the survey's question: the contact's.
    (Field::ContactEmail, &[Exact("e post"), Exact("email"), Exact("epost"), Exact("e mail")]),
    (Field::RespondentName, &[Exact("navn"), Exact("name")]),
    (
        Field::MunicipalityName,
        &[
            Exact("kommune"),
            Exact("kommunenavn"),
            Exact("municipality"),
            Exact("navn på kommunen"),
            Exact("kommunens navn"),
            Exact("municipality name"),
        ],
    ),
    (Field::Oblast, &[Exact("область"), Exact("oblast"), Exact("oblast region"), Exact("region")]),
    (Field::Raion, &[Exact("район"), Exact("raion"), Exact("district")]),
    (Field::County, &[Exact("fylke"), Exact("county")]),
    (Field::Population, &[Exact("innbyggertall"), Exact("folketall"), Exact("innbyggjartal")]),
    // Then word starts, most specific first.
    (Field::StartTime, &[Word("starttidspunkt"), Word("start time"), Word("час початку")]),
    (Field::CompletionTime, &[Word("fullføringstidspunkt"), Word("completion time"), Word("час завершення")]),
    (Field::Timestamp, &[Word("tidsstempel"), Word("timestamp"), Word("позначка часу"), Word("innsendt")]),
    (
        Field::MunicipalityNumber,
        &[Word("kommunenummer"), Word("kommunenr"), Word("municipality number"), Word("municipality no")],
    ),
    (Field::Katottg, &[Word("катоттг"), Word("katottg"), Word("кодифікатор"), Word("код громади")]),
    (
        Field::CommunityName,
        &[
            Word("назва громади"),
            Word("назва тг"),
            Word("hromada name"),
            Word("name of the hromada"),
            Word("community name"),
            Exact("громада"),
            Exact("назва"),
            Exact("hromada"),
            Exact("community"),
        ],
    ),
    (
        Field::PartnersWanted,
        &[
            Word("бажана кількість партнер"),
            Word("кількість партнер"),
            Word("number of partners"),
            Word("partners wanted"),
            Word("desired number"),
        ],
    ),
    (Field::Capacity, &[Word("hvor mange"), Word("kor mange"), Word("kapasitet"), Word("how many"), Word("capacity")]),
    (Field::Languages, &[Word("språk"), Word("мов"), Word("language")]),
    (Field::Learn, &[Word("lære"), Word("læra"), Word("learn")]),
    (
        Field::Ties,
        &[
            Word("allerede kontakt"),
            Word("alt kontakt"),
            Word("already have contact"),
            Word("existing contact"),
            Word("existing partner"),
            Word("vennskapskommune"),
        ],
    ),
    (Field::InternationalPartners, &[Word("міжнародн"), Word("international partner")]),
    (Field::InternationalExperience, &[Word("erfaring"), Word("røynsle"), Word("experience")]),
    (Field::Areas, &[Word("kompetanseområde"), Word("kompetanse"), Word("areas of competence"), Word("competence")]),
    (
        Field::UrgentNeeds,
        &[Word("першочергов"), Word("нагальн"), Word("термінов"), Word("urgent"), Word("priority need")],
    ),
    (Field::LongTermNeeds, &[Word("довгостроков"), Word("long term need"), Word("long term")]),
    (
        Field::Form,
        &[Word("samarbeidsform"), Word("form of cooperation"), Word("type of cooperation"), Word("форма співпраці")],
    ),
    (
        Field::Preference,
        &[
            Word("foretrukket type"),
            Word("føretrekt"),
            Word("type partnerkommune"),
            Word("type of partner"),
            Word("preferred type"),
            Word("preferred partner"),
        ],
    ),
    (Field::Category, &[Word("категорі"), Word("category")]),
    (Field::Idps, &[Word("впо"), Word("внутрішньо переміщ"), Word("idp"), Word("internally displaced")]),
    (Field::Damage, &[Word("руйнуван"), Word("пошкоджен"), Word("damage")]),
    (Field::Refugees, &[Word("flyktning"), Word("refugee")]),
    (Field::PoliticalAnchoring, &[Word("politisk"), Word("politic")]),
    (Field::Population, &[Word("населення"), Word("population"), Word("innbyggjar"), Word("innbygger")]),
    (Field::County, &[Word("fylke"), Word("county")]),
    (
        Field::ContactEmail,
        &[Word("e post"), Word("epost"), Word("e mail"), Word("email"), Word("електронна пошта"), Word("пошта")],
    ),
    (Field::ContactPhone, &[Word("telefon"), Word("mobil"), Word("phone"), Word("телефон")]),
    (
        Field::ContactRole,
        &[
            Word("stilling"),
            Word("rolle"),
            Word("position"),
            Word("role"),
            Word("job title"),
            Word("title"),
            Word("посада"),
        ],
    ),
    (
        Field::ContactName,
        &[
            Word("kontaktperson"),
            Word("contact person"),
            Word("контактна особа"),
            Word("контактна"),
            Word("contact name"),
        ],
    ),
    (Field::Comment, &[Word("kommentar"), Word("merknad"), Word("comment"), Word("коментар"), Word("примітк")]),
    (Field::Oblast, &[Word("област"), Word("oblast")]),
    (Field::Raion, &[Word("район"), Word("raion")]),
    (Field::MunicipalityName, &[Word("kommune"), Word("municipality")]),
];

/// The field a header means, if the dictionary knows it.
pub fn field_for_header(header: &str) -> Option<Field> {
    dictionary(header).map(|(f, _)| f)
}

/// The dictionary's field for a header, and whether it knows the whole header (a field's own name or an exact
/// question; else a phrase inside it, which meaning may overrule).
pub fn dictionary(header: &str) -> Option<(Field, bool)> {
    let h = fold(header);
    if h.is_empty() {
        return None;
    }
    // The stable names themselves (`municipality_name`), as in the JSON input format and presets.
    static NAMES: std::sync::OnceLock<Vec<(String, Field)>> = std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| Field::ALL.iter().map(|f| (fold(f.name()), *f)).collect());
    if let Some((_, f)) = names.iter().find(|(name, _)| *name == h) {
        return Some((*f, true));
    }
    if let Some(q) = questionnaire_question_folded(&h) {
        return Some((q.field, true));
    }
    // The header from each word start on, found once: every rule's word is checked against them.
    let from_words: Vec<&str> =
        std::iter::once(0).chain(h.match_indices(' ').map(|(i, _)| i + 1)).filter_map(|i| h.get(i..)).collect();
    RULES.iter().find_map(|(field, pats)| {
        pats.iter().find_map(|p| match p {
            Exact(e) => (h == *e).then_some((*field, true)),
            Word(w) => (!w.is_empty() && from_words.iter().any(|rest| rest.starts_with(w))).then_some((*field, false)),
        })
    })
}

/// The version of kommunematch's questionnaires (`engine::survey::questionnaire`): raised whenever a question's
/// wording changes, the former wording then kept in [`FORMER_QUESTIONS`], so that files made from every
/// version are read word for word (`tests/template.rs` reads the frozen copies in `tests/fixtures/templates/`).
pub const QUESTIONNAIRE_VERSION: u32 = 1;

/// The wordings of former questionnaire versions: version, language, field, question. Empty while version 1 is
/// the only one.
const FORMER_QUESTIONS: &[(u32, Lang, Field, &str)] = &[];

/// A question of a kommunematch questionnaire, known word for word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuestionnaireQuestion {
    /// The field it asks for.
    pub field: Field,
    /// The questionnaire version whose wording it is.
    pub version: u32,
    /// The language it is written in (the first of languages that word it alike).
    pub lang: Lang,
}

/// The question of a questionnaire (of any version, in any language) a header is, word for word.
pub fn questionnaire_question(header: &str) -> Option<QuestionnaireQuestion> {
    questionnaire_question_folded(&fold(header))
}

fn questionnaire_question_folded(folded: &str) -> Option<QuestionnaireQuestion> {
    static KNOWN: std::sync::OnceLock<std::collections::HashMap<String, QuestionnaireQuestion>> =
        std::sync::OnceLock::new();
    let known = KNOWN.get_or_init(|| {
        let mut known = std::collections::HashMap::new();
        for lang in Lang::ALL {
            for &field in Field::ALL {
                let text = fluent::plain(lang, &format!("question-{}", field.name()));
                if !text.is_empty() {
                    let q = QuestionnaireQuestion { field, version: QUESTIONNAIRE_VERSION, lang };
                    known.entry(fold(text)).or_insert(q);
                }
            }
        }
        for &(version, lang, field, text) in FORMER_QUESTIONS {
            known.entry(fold(text)).or_insert(QuestionnaireQuestion { field, version, lang });
        }
        known
    });
    known.get(folded).copied()
}

/// A column with one option of a multi-select question ("one column per option", as Nettskjema and SPSS
/// exports have): `Question [Option]`, `Question: Option` or `Question - Option`, where the question maps
/// to a multi-select field and the option is an area or a language. Returns the field and the option text.
pub fn option_column(header: &str) -> Option<(Field, String)> {
    let h = header.trim();
    let split = if let Some((question, option)) = h.strip_suffix(']').and_then(|q| q.rsplit_once('[')) {
        Some((question, option))
    } else {
        h.rsplit_once(": ").or_else(|| h.rsplit_once(" - ")).or_else(|| h.rsplit_once(" – "))
    };
    let (question, option) = split?;
    let field = field_for_header(question).filter(|f| f.is_multi())?;
    let known = if field == Field::Languages {
        crate::engine::survey::values::language_code(option).is_some()
    } else {
        taxonomy::lookup(option).is_some()
    };
    known.then(|| (field, option.trim().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_of_each_language_map_to_fields() {
        for (h, f) in [
            ("Kommune", Field::MunicipalityName),
            ("Kommunenummer", Field::MunicipalityNumber),
            ("Hvilke kompetanseområder kan kommunen bidra med?", Field::Areas),
            ("Språkkompetanse i kommunen", Field::Languages),
            ("Hvor mange ukrainske partnerkommuner kan dere samarbeide med?", Field::Capacity),
            // A lone e-mail question is the contact's (the form tool's own is known by its place: `layout`).
            ("E-post", Field::ContactEmail),
            ("E-post til kontaktperson", Field::ContactEmail),
            ("Назва громади", Field::CommunityName),
            ("Код громади за КАТОТТГ", Field::Katottg),
            ("Першочергові потреби (до 5)", Field::UrgentNeeds),
            ("Мови, якими може спілкуватися команда громади", Field::Languages),
            ("Бажана кількість партнерів", Field::PartnersWanted),
            ("Does the hromada have international partners? If so, which?", Field::InternationalPartners),
            ("Does the municipality already have contact with a Ukrainian municipality? If so, which?", Field::Ties),
            ("Urgent needs (up to 5)", Field::UrgentNeeds),
            ("Long-term needs", Field::LongTermNeeds),
            ("E-mail", Field::ContactEmail),
            ("Email", Field::ContactEmail),
        ] {
            assert_eq!(field_for_header(h), Some(f), "{h}");
        }
        assert_eq!(field_for_header("Favorittfarge"), None);
    }

    #[test]
    fn rule_words_match_only_where_a_word_starts() {
        assert_eq!(field_for_header("Kommune"), Some(Field::MunicipalityName));
        assert_eq!(field_for_header("Hvilken kommune?"), Some(Field::MunicipalityName));
        assert_eq!(field_for_header("Skommune"), None, "“kommune” inside a word is not the word");
    }

    #[test]
    fn option_columns_are_recognised() {
        assert_eq!(
            option_column("Hvilke kompetanseområder kan kommunen bidra med? [Vann og avløp]"),
            Some((Field::Areas, "Vann og avløp".into()))
        );
        assert_eq!(option_column("Languages spoken: English"), Some((Field::Languages, "English".into())));
        assert_eq!(option_column("Kommune [Bergen]"), None);
        assert_eq!(option_column("Hvilke kompetanseområder kan kommunen bidra med? [Romfart]"), None);
    }

    /// Each field's side, whether it is personal data and whether it is a list: the choices a coordinator is
    /// offered for a column of each side follow from them.
    #[test]
    fn sides_personal_data_and_lists() {
        assert_eq!(Field::MunicipalityName.side(), Some(Side::Offers));
        assert_eq!(Field::PoliticalAnchoring.side(), Some(Side::Offers));
        assert_eq!(Field::CommunityName.side(), Some(Side::Needs));
        assert_eq!(Field::InternationalPartners.side(), Some(Side::Needs));
        assert_eq!(Field::ContactEmail.side(), None);
        let offers: Vec<Field> = Field::for_side(Side::Offers).collect();
        let needs: Vec<Field> = Field::for_side(Side::Needs).collect();
        assert!(offers.contains(&Field::Capacity) && !offers.contains(&Field::Katottg));
        assert!(needs.contains(&Field::Katottg) && !needs.contains(&Field::Capacity));
        assert!(offers.contains(&Field::ContactEmail) && needs.contains(&Field::ContactEmail));
        assert_eq!(
            offers.len() + needs.len(),
            Field::ALL.len() + Field::ALL.iter().filter(|f| f.side().is_none()).count()
        );
        let personal: std::collections::BTreeSet<Field> =
            Field::ALL.iter().copied().filter(|f| f.is_personal()).collect();
        let people = [
            Field::RespondentEmail,
            Field::RespondentName,
            Field::ContactName,
            Field::ContactEmail,
            Field::ContactPhone,
        ];
        assert_eq!(personal, people.into_iter().collect());
        assert!(!Field::ContactRole.is_personal() && !Field::Comment.is_personal());
        let lists: Vec<Field> = Field::ALL.iter().copied().filter(|f| f.is_multi()).collect();
        assert_eq!(lists.len(), 5);
        assert!(
            lists.contains(&Field::Areas) && lists.contains(&Field::Languages) && !lists.contains(&Field::Capacity)
        );
    }

    #[test]
    fn stable_names_map_to_their_fields() {
        for f in Field::ALL {
            assert_eq!(field_for_header(f.name()), Some(*f), "{}", f.name());
            assert_eq!(Field::from_name(f.name()), Some(*f));
        }
    }
}
