//! The interface in Norwegian bokmål, Ukrainian and English: every string of the page by its key (the messages
//! are Fluent files in `locales/`, formatted by `locales`), the messages of the validation report, the
//! reasons of the explanations, and numbers formatted per language.

pub use crate::engine::messages::{field, location, match_error, read_error, Lang};
use crate::engine::survey::{Issue, Severity};

pub use super::locales::KEYS;

/// A key of the interface strings, found when the program is compiled: `key!("run.done")` is a compile
/// error when no string has that key, so a missing translation cannot reach the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(usize);

impl Key {
    /// The key called `name`; a compile error in a `const` context (as [`key!`](crate::key) uses it) when
    /// there is none.
    pub const fn named(name: &str) -> Key {
        match Key::find(name) {
            Some(k) => k,
            // Only ever evaluated by the compiler (`key!` is a const block): a missing key fails the build.
            #[allow(clippy::panic)]
            None => panic!("no interface message has this key: add it to locales/*.ftl (`step.load` is `step-load`)"),
        }
    }

    /// The key called `name`, for names made at run time (a weight, a component); `None` when there is none.
    pub const fn find(name: &str) -> Option<Key> {
        let mut i = 0;
        while i < KEYS.len() {
            if same(KEYS[i].0.as_bytes(), name.as_bytes()) {
                return Some(Key(i));
            }
            i += 1;
        }
        None
    }
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// An interface string's key, checked when the program is compiled: `t(lang, key!("run.done"))`.
///
/// ```
/// use kommunematch::app::i18n::{t, Lang};
/// assert_eq!(t(Lang::Nb, kommunematch::key!("step.run")), "3. Koble");
/// ```
///
/// A key without a string does not compile:
///
/// ```compile_fail
/// let _ = kommunematch::key!("no.such.key");
/// ```
#[macro_export]
macro_rules! key {
    ($name:literal) => {
        const { $crate::app::i18n::Key::named($name) }
    };
}

/// The string for `key` in `lang` (a message without variables).
pub fn t(lang: Lang, key: Key) -> &'static str {
    super::locales::plain(lang, key.0)
}

/// The string of a key made at run time (`weight.urgent_need`); the name itself when there is none (a test
/// checks every such name the page makes).
pub fn t_named(lang: Lang, name: &str) -> String {
    Key::find(name).map_or_else(|| name.to_string(), |k| t(lang, k).to_string())
}

/// The message of `key` in `lang` with its variables given `args`, in the order of their first use in the
/// English message; a whole number (`"75"`) is a number, so that the message says it with the language's
/// plural form and digit grouping.
pub fn tf(lang: Lang, key: Key, args: &[&str]) -> String {
    let names = KEYS.get(key.0).map_or(&[][..], |k| k.1);
    super::locales::format(lang, key.0, names, args)
}

pub use crate::engine::messages::num;

/// An issue as one line of text in `lang`: severity, where, what.
pub fn issue_line(lang: Lang, i: &Issue) -> String {
    let severity = match i.severity() {
        Severity::Error => t(lang, key!("severity.error")),
        Severity::Note => t(lang, key!("severity.note")),
        Severity::Warning => t(lang, key!("severity.warning")),
    };
    format!("{}: {}: {}", severity.to_lowercase(), location(lang, &i.location), i.message(lang))
}

/// The message of a validation issue in `lang`.
pub fn issue(lang: Lang, i: &Issue) -> String {
    i.message(lang)
}

/// Why a run failed, in `lang`.
pub fn run_error(lang: Lang, e: &crate::engine::RunError) -> String {
    match e {
        crate::engine::RunError::Read(r) => read_error(lang, r),
        crate::engine::RunError::Match(m) => match_error(lang, m),
    }
}

/// The name of a community's category in `lang`.
pub fn category(lang: Lang, c: crate::engine::model::Category) -> &'static str {
    use crate::engine::model::Category;
    t(
        lang,
        match c {
            Category::WarZone => key!("category.war_zone"),
            Category::Outside => key!("category.outside"),
            Category::Unknown => key!("category.unknown"),
        },
    )
}

/// How a municipality or community stands towards the earlier rounds, in `lang`.
pub fn standing(lang: Lang, s: crate::engine::results::Standing) -> &'static str {
    use crate::engine::results::Standing;
    t(
        lang,
        match s {
            Standing::Joined => key!("standing.joined"),
            Standing::Returning => key!("standing.returning"),
            Standing::NotAnswering => key!("standing.not_answering"),
        },
    )
}

/// The label of a taxonomy area in `lang`.
pub fn area(lang: Lang, code: &str) -> String {
    crate::engine::taxonomy::by_code(code).map_or(code.to_string(), |a| a.label(lang.code()).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key made at run time (weights, score components, weight presets) is in the table; literal keys
    /// are checked by the compiler (`key!`).
    #[test]
    fn every_key_made_at_run_time_exists() {
        use crate::engine::score::Weights;
        use crate::engine::WeightPreset;
        for name in Weights::NAMES {
            assert!(Key::find(&format!("weight.{name}")).is_some(), "weight.{name}");
        }
        for c in crate::engine::score::COMPONENTS {
            assert!(Key::find(&format!("component.{c}")).is_some(), "component.{c}");
        }
        for p in WeightPreset::ALL {
            assert!(Key::find(&format!("preset.{}", p.name())).is_some(), "preset.{}", p.name());
        }
    }

    #[test]
    fn languages_from_the_browser_and_numbers() {
        assert_eq!(Lang::from_browser(&["nn-NO".into(), "en".into()]), Lang::Nn);
        assert_eq!(Lang::from_browser(&["nn".into()]), Lang::Nn);
        assert_eq!(Lang::from_browser(&["no-NN".into()]), Lang::Nn);
        assert_eq!(Lang::from_browser(&["no-NO".into(), "nn".into()]), Lang::Nb);
        assert_eq!(Lang::from_browser(&["no".into()]), Lang::Nb);
        assert_eq!(num(Lang::Nn, 1302), "1\u{a0}302");
        assert_eq!(Lang::from_browser(&["de".into(), "uk-UA".into()]), Lang::Uk);
        assert_eq!(Lang::from_browser(&["fr".into()]), Lang::En);
        assert_eq!(num(Lang::En, 54740), "54,740");
        assert_eq!(num(Lang::Nb, 54740), "54\u{a0}740");
        assert_eq!(num(Lang::Uk, -1234567), "−1\u{a0}234\u{a0}567");
        assert_eq!(num(Lang::En, 999), "999");
    }
}
