//! Every message a person reads, from the Fluent files in `locales/` (one per language; `locales/README.md`),
//! read with `fluent-bundle`: plural forms by CLDR's rules for the language, whole numbers written as the
//! language writes them ([`num`]), no bidi isolation marks (the texts are plain). Messages without variables are
//! formatted once per language, on first use. The files are compiled in: no file is read at run time.

use super::lang::{num, Lang};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The Fluent file of each language, by code; English first (the reference).
pub const SOURCES: [(&str, &str); 4] = [
    ("en", include_str!("../../locales/en.ftl")),
    ("nb", include_str!("../../locales/nb.ftl")),
    ("nn", include_str!("../../locales/nn.ftl")),
    ("uk", include_str!("../../locales/uk.ftl")),
];

/// A message of the Fluent files (`locales/`) in `lang`, with its variables:
/// `say!(lang, "matching-pair-both-locked-vetoed", o = o, n = n)`. Used by the messages and by the CLI's own
/// messages; the translators' check (`app::locales`) makes sure every language has every message and variable.
#[macro_export]
macro_rules! say {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::engine::fluent::say($lang, $id, &[$((stringify!($name), $crate::engine::fluent::Arg::arg(&$value))),*])
    };
}

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
    // The files are checked by the test command (`app::locales::check`): a resource that does not parse whole is
    // still used for what does.
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
    BUNDLES[slot(lang)].get_or_init(|| make(lang))
}

/// The message `id` formatted with `args` (none: `None`); empty when there is no such message.
fn formatted(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    let b = bundle(lang);
    let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else { return String::new() };
    let mut errors = Vec::new();
    b.format_pattern(pattern, args, &mut errors).into_owned()
}

/// A value given to a message: counts are numbers (said with the language's plural form and digit grouping),
/// everything else text, as it is (an id or a code is never a number).
pub trait Arg {
    /// The value as Fluent takes it.
    fn arg(&self) -> FluentValue<'static>;
}

macro_rules! count_args {
    ($($t:ty),*) => {
        $(impl Arg for $t {
            fn arg(&self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        })*
    };
}
count_args!(usize, u8, u16, u32, u64, i32, i64);

impl Arg for str {
    fn arg(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}
impl Arg for String {
    fn arg(&self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}
impl Arg for char {
    fn arg(&self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}
impl<T: Arg + ?Sized> Arg for &T {
    fn arg(&self) -> FluentValue<'static> {
        (**self).arg()
    }
}

/// The message `id` in `lang` with its variables, each given as it is ([`Arg`]): the `say!` macro's work.
pub fn say(lang: Lang, id: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    formatted(lang, id, Some(&fluent))
}

/// Whether an argument is a count: digits only, no leading zero (an id such as `0301` stays text).
fn is_count(a: &str) -> bool {
    !a.is_empty() && a.len() <= 15 && a.bytes().all(|b| b.is_ascii_digit()) && (a == "0" || !a.starts_with('0'))
}

/// The message `id` in `lang` with its variables (name, value); a whole number (`"75"`) is a number, so that the
/// message says it with the language's plural form and digit grouping.
pub fn format(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, a) in args {
        let value = match a.parse::<i64>() {
            Ok(n) if is_count(a) => FluentValue::from(n),
            _ => FluentValue::from(a.as_str()),
        };
        fluent.set(*name, value);
    }
    formatted(lang, id, Some(&fluent))
}

/// A message without variables, formatted once per language.
pub fn plain(lang: Lang, id: &str) -> &'static str {
    static PLAIN: [OnceLock<BTreeMap<String, String>>; 4] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let all = PLAIN[slot(lang)].get_or_init(|| {
        let ids = FluentResource::try_new(source(lang).to_string()).unwrap_or_else(|(r, _)| r);
        ids.entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .map(|id| {
                let text = formatted(lang, &id, None);
                (id, text)
            })
            .collect()
    });
    all.get(id).map_or("", String::as_str)
}
