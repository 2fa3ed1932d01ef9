//! The page's messages by key (`i18n::key!`), formatted from the Fluent files by `engine::fluent`; and the
//! translators' check ([`check`]): every message in every language, no message in one only, every variable
//! used, selectors on plural categories the language has.

use super::ftl;
use crate::engine::lang::Lang;

include!(concat!(env!("OUT_DIR"), "/message_keys.rs"));

pub use crate::engine::fluent::SOURCES;

/// The Fluent id of the message at `index` of [`KEYS`]: `step.load` is `step-load`.
fn id(index: usize) -> Option<String> {
    KEYS.get(index).map(|(key, _)| key.replace('.', "-"))
}

/// The message at `index` of [`KEYS`] without variables, formatted once per language.
pub fn plain(lang: Lang, index: usize) -> &'static str {
    id(index).map_or("", |id| crate::engine::fluent::plain(lang, &id))
}

/// The message at `index` of [`KEYS`] with `args` bound to its variables `names`, in order.
pub fn format(lang: Lang, index: usize, names: &[&str], args: &[&str]) -> String {
    let Some(id) = id(index) else { return String::new() };
    let bound: Vec<(&str, String)> = names.iter().zip(args).map(|(n, a)| (*n, a.to_string())).collect();
    crate::engine::fluent::format(lang, &id, &bound)
}

/// What is wrong in a Fluent file, for a translator: the file's language, the message (empty for the file as a
/// whole) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleProblem {
    /// The file's language code.
    pub lang: String,
    /// The message's id.
    pub id: String,
    /// What is wrong.
    pub kind: Problem,
}

/// What is wrong with a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file does not parse (the parser's words, with the line).
    Syntax(String),
    /// A message of the reference (English) missing in this language.
    Missing,
    /// A message in this language only.
    OnlyHere,
    /// A variable of the reference message this language's message does not use.
    MissingVariable(String),
    /// A variable the reference message does not have (it would never be given).
    UnknownVariable(String),
    /// A variant key that is neither a plural category of the language (CLDR) nor a number.
    NotACategory(String),
}

/// The plural categories CLDR gives a language's cardinal numbers: those its rules give the whole numbers to
/// 1,000 and a few fractions.
pub fn categories(lang: &str) -> Vec<&'static str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let Ok(id) = lang.parse::<unic_langid::LanguageIdentifier>() else { return vec!["other"] };
    let Ok(rules) = PluralRules::create(id, PluralRuleType::CARDINAL) else { return vec!["other"] };
    let fractions = ["0.5", "1.5", "2.5", "5.5"].map(|f| rules.select(f));
    let mut found: Vec<&'static str> = (0..=1000u32)
        .map(|n| rules.select(n))
        .chain(fractions)
        .filter_map(Result::ok)
        .map(|c| match c {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        })
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// Every problem of `files` (language code, text), the first being the reference.
pub fn check(files: &[(&str, &str)]) -> Vec<LocaleProblem> {
    let mut problems = Vec::new();
    let problem = |lang: &str, id: &str, kind| LocaleProblem { lang: lang.into(), id: id.into(), kind };
    let mut read = Vec::new();
    for (lang, text) in files {
        match ftl::messages(text) {
            Ok(m) => read.push((*lang, m)),
            Err(e) => problems.push(problem(lang, "", Problem::Syntax(e.join("; ")))),
        }
    }
    let Some((_, reference)) = read.first() else { return problems };
    let reference = reference.clone();
    for (lang, messages) in &read {
        let allowed = categories(lang);
        for r in &reference {
            let Some(m) = messages.iter().find(|m| m.id == r.id) else {
                problems.push(problem(lang, &r.id, Problem::Missing));
                continue;
            };
            for v in r.variables.iter().filter(|v| !m.variables.contains(v)) {
                problems.push(problem(lang, &m.id, Problem::MissingVariable(v.clone())));
            }
            for v in m.variables.iter().filter(|v| !r.variables.contains(v)) {
                problems.push(problem(lang, &m.id, Problem::UnknownVariable(v.clone())));
            }
        }
        for m in messages {
            if !reference.iter().any(|r| r.id == m.id) {
                problems.push(problem(lang, &m.id, Problem::OnlyHere));
            }
            for (_, keys) in &m.selectors {
                for k in keys.iter().filter(|k| !allowed.contains(&k.as_str()) && k.parse::<f64>().is_err()) {
                    problems.push(problem(lang, &m.id, Problem::NotACategory(k.clone())));
                }
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The files as committed have no problem.
    #[test]
    fn every_language_has_every_message_and_variable() {
        assert_eq!(check(&SOURCES), Vec::new());
        assert_eq!(KEYS.len(), ftl::messages(SOURCES[0].1).map(|m| m.len()).unwrap_or(0));
    }

    /// A deliberately broken copy fails the check, saying what and where: a message missing in one language,
    /// one in one language only, a forgotten variable, a category the language does not have, a syntax error.
    #[test]
    fn a_broken_copy_fails_the_check() {
        let nb = SOURCES[1].1.replace("step-run = 3. Koble\n", "");
        let uk = format!("{}only-here = Лише тут\n", SOURCES[3].1);
        let nn = SOURCES[2].1.replace("remove-file = Fjern { $name }", "remove-file = Fjern");
        let nn = nn.replace("[one] { $count } fil", "[few] { $count } fil");
        let problems = check(&[SOURCES[0], ("nb", &nb), ("nn", &nn), ("uk", &uk)]);
        let p = |lang: &str, id: &str, kind| LocaleProblem { lang: lang.into(), id: id.into(), kind };
        let want = [
            p("nb", "step-run", Problem::Missing),
            p("nn", "remove-file", Problem::MissingVariable("name".into())),
            p("nn", "run-files", Problem::NotACategory("few".into())),
            p("uk", "only-here", Problem::OnlyHere),
        ];
        assert_eq!(problems, want);
        let broken = format!("{}bad = {{ $x ->\n", SOURCES[0].1);
        assert!(matches!(check(&[("en", &broken)]).first(), Some(LocaleProblem { kind: Problem::Syntax(_), .. })));
    }

    /// CLDR's plural categories for 0, 1, 2, 5, 11, 21, 22, 25, 101, 111 (from CLDR's plural rules chart): as the
    /// rules give them, and as the messages say them.
    #[test]
    fn plural_forms_follow_cldr() {
        use intl_pluralrules::{PluralCategory as C, PluralRuleType, PluralRules};
        let numbers = [0, 1, 2, 5, 11, 21, 22, 25, 101, 111];
        let norwegian =
            [C::OTHER, C::ONE, C::OTHER, C::OTHER, C::OTHER, C::OTHER, C::OTHER, C::OTHER, C::OTHER, C::OTHER];
        let ukrainian = [C::MANY, C::ONE, C::FEW, C::MANY, C::MANY, C::ONE, C::FEW, C::MANY, C::ONE, C::MANY];
        for (lang, want) in [("en", &norwegian), ("nb", &norwegian), ("nn", &norwegian), ("uk", &ukrainian)] {
            let rules = PluralRules::create(
                lang.parse::<unic_langid::LanguageIdentifier>().expect("a language id"),
                PluralRuleType::CARDINAL,
            )
            .expect("rules");
            let got: Vec<C> = numbers.iter().map(|n| rules.select(*n).expect("a category")).collect();
            assert_eq!(&got, want, "{lang}");
        }
        let done = |lang, n: &str| super::super::i18n::tf(lang, crate::key!("run.done"), &[n, "9636"]);
        let said: Vec<String> =
            ["1", "2", "5", "21", "22", "25", "75", "111"].iter().map(|n| done(Lang::Uk, n)).collect();
        let pairs: Vec<&str> = said.iter().filter_map(|s| s.split(": ").nth(1)?.split(',').next()).collect();
        assert_eq!(pairs, ["1 пара", "2 пари", "5 пар", "21 пара", "22 пари", "25 пар", "75 пар", "111 пар"]);
        assert_eq!(done(Lang::En, "1"), "Matching done: 1 pair, total score 9,636.");
        assert_eq!(done(Lang::En, "2"), "Matching done: 2 pairs, total score 9,636.");
        assert_eq!(done(Lang::Nb, "1302"), "Koblingen er ferdig: 1\u{a0}302 par, samlet poengsum 9\u{a0}636.");
        let files = |lang, n: &str| super::super::i18n::tf(lang, crate::key!("run.files"), &[n]);
        assert_eq!(
            (files(Lang::Nb, "1"), files(Lang::Nb, "2")),
            ("1 fil lastet inn.".into(), "2 filer lastet inn.".into())
        );
        assert_eq!(files(Lang::Uk, "3"), "Завантажено 3 файли.");
        // An id is text, not a count.
        assert_eq!(super::super::i18n::tf(Lang::En, crate::key!("explain.open"), &["0301"]), "Explain 0301");
    }
}

#[cfg(test)]
mod used {
    use super::*;

    /// Every message id the engine and the command line use (the `say!` and `plain` ids in their source, a
    /// field's) is a message of the reference file, so every language has it (the check above): a message used
    /// but missing fails here.
    #[test]
    fn every_message_used_exists() {
        let ids: std::collections::BTreeSet<String> =
            ftl::messages(SOURCES[0].1).unwrap_or_default().into_iter().map(|m| m.id).collect();
        let prefixes = [
            "reading-",
            "matching-",
            "letters-",
            "compare-",
            "cli-",
            "compose-",
            "export-",
            "status-words-",
            "category-words-",
            "field-missing-",
            "location-",
            "quote-",
            "sheet-",
            "usage-",
        ];
        let mut missing = Vec::new();
        let mut seen = 0;
        // The engine's and the command line's messages (the page's keys are checked by the compiler).
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let mut stack = vec![root.join("src/engine"), root.join("src/cli")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("src").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).expect("a source file");
                    for literal in text.split('"').skip(1).step_by(2) {
                        let shaped = literal
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
                        if shaped && prefixes.iter().any(|p| literal.starts_with(p)) {
                            seen += 1;
                            if !ids.contains(literal) {
                                missing.push(format!("{}: {literal}", path.display()));
                            }
                        }
                    }
                }
            }
        }
        assert!(seen > 200, "the ids are found ({seen})");
        assert_eq!(missing, Vec::<String>::new());
        for f in crate::engine::survey::Field::ALL {
            assert!(ids.contains(&format!("field-{}", f.name())), "field-{}", f.name());
        }
    }
}
