//! The interface's messages from the Fluent files in `locales/` (one per language, `locales/README.md`), read
//! with `fluent-bundle`: plural forms by CLDR's rules for the language, whole numbers written as the language
//! writes them ([`num`]), no bidi isolation marks (the page's text is plain). Each language's messages without
//! variables are formatted once, on first use; the rest at each call. And the translators' check ([`check`]):
//! every message in every language, no message in one only, every variable used, selectors on plural
//! categories the language has.

use super::ftl;
use crate::engine::lang::{num, Lang};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/message_keys.rs"));

/// The Fluent file of each language the page speaks, by code; English first (the reference).
pub const SOURCES: [(&str, &str); 4] = [
    ("en", include_str!("../../locales/en.ftl")),
    ("nb", include_str!("../../locales/nb.ftl")),
    ("nn", include_str!("../../locales/nn.ftl")),
    ("uk", include_str!("../../locales/uk.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

fn source(lang: Lang) -> &'static str {
    SOURCES.iter().find(|(code, _)| *code == lang.code()).map_or("", |(_, text)| text)
}

fn whole(lang: Lang, v: &FluentValue) -> Option<String> {
    match v {
        // Counts only: a whole number within i64 is exact in an f64 up to 2^53.
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 9e15 => Some(num(lang, n.value as i64)),
        _ => None,
    }
}

fn whole_en<M>(v: &FluentValue, _: &M) -> Option<String> {
    whole(Lang::En, v)
}
fn whole_nb<M>(v: &FluentValue, _: &M) -> Option<String> {
    whole(Lang::Nb, v)
}
fn whole_nn<M>(v: &FluentValue, _: &M) -> Option<String> {
    whole(Lang::Nn, v)
}
fn whole_uk<M>(v: &FluentValue, _: &M) -> Option<String> {
    whole(Lang::Uk, v)
}

fn make(lang: Lang) -> Bundle {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => whole_en,
        Lang::Nb => whole_nb,
        Lang::Nn => whole_nn,
        Lang::Uk => whole_uk,
    }));
    // The files are checked by the test command (`check`): a resource that does not parse whole is still
    // used for what does.
    let resource = FluentResource::try_new(source(lang).to_string()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

/// A language's place in the per-language caches.
fn slot(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Nb => 1,
        Lang::Nn => 2,
        Lang::Uk => 3,
    }
}

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 4] = [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = slot(lang);
    BUNDLES[i].get_or_init(|| make(lang))
}

/// The message at `index` of [`KEYS`], formatted with `args` bound to `names`.
fn formatted(lang: Lang, index: usize, args: Option<&FluentArgs>) -> String {
    let Some((key, _)) = KEYS.get(index) else { return String::new() };
    let b = bundle(lang);
    let Some(pattern) = b.get_message(&key.replace('.', "-")).and_then(|m| m.value()) else { return String::new() };
    let mut errors = Vec::new();
    b.format_pattern(pattern, args, &mut errors).into_owned()
}

/// A message without variables, formatted once per language.
pub fn plain(lang: Lang, index: usize) -> &'static str {
    static PLAIN: [OnceLock<Vec<String>>; 4] = [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = slot(lang);
    let all = PLAIN[i].get_or_init(|| (0..KEYS.len()).map(|k| formatted(lang, k, None)).collect());
    all.get(index).map_or("", String::as_str)
}

/// Whether an argument is a count: digits only, no leading zero (an id such as `0301` stays text).
fn is_count(a: &str) -> bool {
    !a.is_empty() && a.len() <= 15 && a.bytes().all(|b| b.is_ascii_digit()) && (a == "0" || !a.starts_with('0'))
}

/// The message at `index` with `args` bound to its variables `names`, in order.
pub fn format(lang: Lang, index: usize, names: &[&str], args: &[&str]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, a) in names.iter().zip(args) {
        let value = match a.parse::<i64>() {
            Ok(n) if is_count(a) => FluentValue::from(n),
            _ => FluentValue::from(*a),
        };
        fluent.set(*name, value);
    }
    formatted(lang, index, Some(&fluent))
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
