//! Names as people write them: the words that say what kind of entity or region a name is, a name taken
//! apart into its core, kind and region, the loose Latin key that transliterations agree on, and the
//! suffixes (`kommune`, `міська громада`, `район`, `область`) a written name may carry.
// Names are whatever people typed: no indexing that could panic on them.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::entities::{Kind, OBLASTS};
use crate::engine::text::{fold, latinize, strip_suffix_ci, without_invisible};

/// Words that say what kind of entity a name is, in Ukrainian (any case), Latin transliteration and English,
/// folded: left out before a name is looked up.
pub(super) const UA_KIND_WORDS: &[&str] = &[
    "міська",
    "міської",
    "міській",
    "селищна",
    "селищної",
    "селищній",
    "сільська",
    "сільської",
    "сільській",
    "територіальна",
    "територіальної",
    "територіальній",
    "громада",
    "громади",
    "громаді",
    "громаду",
    "тг",
    "мтг",
    "стг",
    "сг",
    "отг",
    "обєднана",
    "обєднаної",
    "рада",
    "ради",
    "раді",
    "міськрада",
    "селищрада",
    "сільрада",
    "city",
    "town",
    "urban",
    "settlement",
    "village",
    "rural",
    "territorial",
    "community",
    "communities",
    "hromada",
    "hromady",
    "hromadа",
    "council",
    "amalgamated",
    "united",
    "tg",
    "otg",
    "mtg",
    "stg",
    "miska",
    "selyshchna",
    "silska",
    "terytorialna",
    "terytorialnoi",
    "obiednana",
    "municipality",
    "municipal",
    "the",
    "of",
    // Place prefixes (м. Буча, смт, с.) and the abbreviations as transliterated (MTH, OTH) or spelt the old way.
    "м",
    "місто",
    "смт",
    "селище",
    "с",
    "село",
    "m",
    "smt",
    "s",
    "th",
    "mth",
    "sth",
    "oth",
    "gromada",
    "gromady",
    // Russian forms people still write.
    "городская",
    "поселковая",
    "сельская",
    "территориальная",
    "община",
    "совет",
    "объединенная",
];

/// Words that say a neighbouring word is an oblast or a raion.
pub(super) const UA_OBLAST_WORDS: &[&str] = &["область", "області", "обл", "oblast", "oblasti", "region", "province"];

pub(super) const UA_RAION_WORDS: &[&str] = &["район", "району", "р н", "рн", "raion", "rayon", "district"];

/// Norwegian words around a municipality's name.
pub(super) const NO_KIND_WORDS: &[&str] = &[
    "kommune",
    "kommunen",
    "herad",
    "heradet",
    "municipality",
    "kommunestyre",
    "fylke",
    "fylkeskommune",
    "i",
    "county",
];

/// Russian-style and English spellings of places, as people still write them, to the national system.
pub(super) const LATIN_ALIASES: &[(&str, &str)] = &[
    ("kiev", "kyiv"),
    ("kharkov", "kharkiv"),
    ("odessa", "odesa"),
    ("nikolaev", "mykolaiv"),
    ("nikolayev", "mykolaiv"),
    ("lvov", "lviv"),
    ("dnepr", "dnipro"),
    ("dnepropetrovsk", "dnipro"),
    ("zaporozhye", "zaporizhzhia"),
    ("zaporozhe", "zaporizhzhia"),
    ("chernigov", "chernihiv"),
    ("zhitomir", "zhytomyr"),
    ("rovno", "rivne"),
    ("lugansk", "luhansk"),
    ("kirovograd", "kropyvnytskyi"),
    ("kirovohrad", "kropyvnytskyi"),
    ("khmelnitsky", "khmelnytskyi"),
    ("khmelnitskiy", "khmelnytskyi"),
    ("vinnitsa", "vinnytsia"),
    ("krivoy rog", "kryvyi rih"),
    ("kremenchug", "kremenchuk"),
    ("chernovtsy", "chernivtsi"),
    ("ivano frankovsk", "ivano frankivsk"),
    ("ternopol", "ternopil"),
    ("uzhgorod", "uzhhorod"),
    ("cherkassy", "cherkasy"),
    ("belaya tserkov", "bila tserkva"),
];

/// A loose Latin key: spellings that transliterations disagree on made one (`y`/`i`/`j`, `kh`/`h`, `g`/`h`,
/// `ts`/`c`, `ye`/`ie`/`e`, doubled letters, `-ska`/`-skyi`/`-skaya`), and Norwegian and Sami letters as their
/// Latin bases (`æ` → `ae`, `ø` → `o`, `å` → `a`, `á` → `a`, `š` → `s`).
pub fn loose(s: &str) -> String {
    let mut t = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'æ' => t.push_str("ae"),
            'ø' | 'ö' | 'ó' => t.push('o'),
            'å' | 'á' | 'ä' | 'à' => t.push('a'),
            'š' => t.push('s'),
            'ŋ' => t.push('n'),
            'č' => t.push('c'),
            'đ' => t.push('d'),
            'ŧ' => t.push('t'),
            'ž' => t.push('z'),
            'é' | 'è' => t.push('e'),
            c => t.push(c),
        }
    }
    let mut t = t
        .replace("shch", "sc")
        .replace("kh", "h")
        .replace("zh", "z")
        .replace("ts", "c")
        .replace("ch", "c")
        .replace("sh", "s")
        .replace("aa", "a")
        .replace("oe", "o")
        .replace('g', "h")
        .replace('w', "v")
        .replace(['j', 'y'], "i")
        .replace("ie", "e");
    // Adjective endings of the names, as written in several systems.
    for (end, to) in [("skaia", "sk"), ("skaya", "sk"), ("skii", "sk"), ("skoi", "sk"), ("ska", "sk"), ("ki", "k")] {
        if let Some(stem) = t.strip_suffix(end) {
            t = format!("{stem}{to}");
            break;
        }
    }
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        if out.ends_with(c) && c != ' ' {
            continue;
        }
        out.push(c);
    }
    out
}

/// A name's words without the words that say what kind of entity it is, and the words that name its oblast
/// (or county) and raion when the name carries them ("Бучанська громада Київської області").
pub(super) struct Parsed {
    pub(super) core: String,
    pub(super) region: Option<String>,
    pub(super) raion: Option<String>,
    /// The kind the words say ("міська", "village", "СТГ": not urban), when they say one.
    pub(super) kind: Option<KindHint>,
}

/// What the words of a name say about its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum KindHint {
    Is(Kind),
    /// "СТГ", "СГ": a settlement or a village.
    NotUrban,
}

impl KindHint {
    pub(super) fn allows(self, k: Kind) -> bool {
        match self {
            KindHint::Is(own) => own == k,
            KindHint::NotUrban => k != Kind::Urban,
        }
    }
}

/// The kind of community a word names, if any.
pub(super) fn kind_of(word: &str) -> Option<KindHint> {
    match word {
        "міська" | "міської" | "міській" | "city" | "town" | "urban" | "miska" | "мтг" | "mtg" | "міськрада" => {
            Some(KindHint::Is(Kind::Urban))
        }
        "селищна" | "селищної" | "селищній" | "settlement" | "selyshchna" | "селищрада" => {
            Some(KindHint::Is(Kind::Settlement))
        }
        "сільська" | "сільської" | "сільській" | "village" | "rural" | "silska" | "сільрада" => {
            Some(KindHint::Is(Kind::Rural))
        }
        "стг" | "сг" | "stg" => Some(KindHint::NotUrban),
        _ => None,
    }
}

pub(super) fn parse(name: &str, kind_words: &[&str], region_words: &[&str], raion_words: &[&str]) -> Parsed {
    let folded = fold(name);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let (mut core, mut region, mut raion, mut kind) = (Vec::new(), None, None, None);
    // The word before "області"/"району", and the one before that when the two are one hyphenated name
    // ("Івано-Франківської області").
    let take = |core: &mut Vec<&str>| {
        let last = core.pop()?;
        match core.last() {
            Some(&first) if matches!(first, "івано" | "ivano") => {
                core.pop();
                Some(format!("{first} {last}"))
            }
            _ => Some(last.to_string()),
        }
    };
    for w in &words {
        if region_words.contains(w) {
            region = take(&mut core).or(region);
        } else if raion_words.contains(w) {
            raion = take(&mut core).or(raion);
        } else if kind_words.contains(w) {
            kind = kind.or(kind_of(w));
        } else {
            core.push(*w);
        }
    }
    Parsed { core: core.join(" "), region, raion, kind }
}

/// The forms to look a Ukrainian name up by: as written, and with a genitive or masculine adjective ending
/// made the feminine one of the list ("бучанської" → "бучанська").
pub(super) fn ua_forms(core: &str) -> Vec<String> {
    let mut forms = vec![core.to_string()];
    for (end, to) in [
        ("ської", "ська"),
        ("цької", "цька"),
        ("зької", "зька"),
        ("ої", "а"),
        ("ський", "ська"),
        ("цький", "цька"),
        ("ий", "а"),
        ("ій", "я"),
    ] {
        if let Some(stem) = core.strip_suffix(end) {
            forms.push(format!("{stem}{to}"));
            break;
        }
    }
    forms
}

/// An oblast name as written (any script, any form), in the forms it is compared by: made once per look-up,
/// compared with each candidate's oblast.
pub(super) struct WrittenOblast {
    /// Its forms in the list's script ([`ua_forms`]).
    pub(super) forms: Vec<String>,
    /// The folded words it was made from.
    pub(super) words: String,
    /// Its loose Latin key, made when a form does not settle it.
    pub(super) loose: std::cell::OnceCell<String>,
}

impl WrittenOblast {
    /// `None` when the text names no oblast (only words like "область").
    pub(super) fn new(written: &str) -> Option<WrittenOblast> {
        let folded = fold(written);
        let w = folded
            .split(' ')
            .filter(|t| !t.is_empty() && !UA_OBLAST_WORDS.contains(t) && !UA_KIND_WORDS.contains(t))
            .collect::<Vec<_>>()
            .join(" ");
        if w.is_empty() {
            return None;
        }
        Some(WrittenOblast { forms: ua_forms(&w), words: w, loose: std::cell::OnceCell::new() })
    }

    /// Whether it is `oblast` (the list's form).
    pub(super) fn is(&self, oblast: &str) -> bool {
        let own = fold(oblast);
        if self.forms.contains(&own) {
            return true;
        }
        let written = self.loose.get_or_init(|| loose(&alias(&latinize(&self.words))));
        let others = OBLASTS.iter().find(|(o, _)| *o == oblast).map_or(&[][..], |(_, names)| *names);
        *written == loose(&latinize(&own)) || others.iter().any(|n| loose(&alias(&fold(n))) == *written)
    }
}

/// A Latin spelling of the old style as the national system writes it.
pub(super) fn alias(latin: &str) -> String {
    LATIN_ALIASES.iter().find(|(old, _)| *old == latin).map_or_else(|| latin.to_string(), |(_, new)| new.to_string())
}

/// The name without invisible controls and without the first of `suffixes` it ends with (in any case), when
/// something is left.
fn strip_any_suffix(s: &str, suffixes: &[&str]) -> String {
    let visible = without_invisible(s);
    let t = visible.trim();
    suffixes
        .iter()
        .filter_map(|suffix| strip_suffix_ci(t, suffix))
        .map(str::trim)
        .find(|rest| !rest.is_empty())
        .unwrap_or(t)
        .to_string()
}

/// "Bergen kommune" → "Bergen".
pub fn strip_municipality_suffix(s: &str) -> String {
    strip_any_suffix(s, &[" kommune (no)", " kommune", " herad", " municipality"])
}

/// "Бучанська міська громада" → "Бучанська".
pub fn strip_community_suffix(s: &str) -> String {
    strip_any_suffix(
        s,
        &[
            " міська територіальна громада",
            " селищна територіальна громада",
            " сільська територіальна громада",
            " територіальна громада",
            " міська громада",
            " селищна громада",
            " сільська громада",
            " громада",
            " hromada",
            " community",
        ],
    )
}

/// "Бучанський район" → "Бучанський".
pub fn strip_raion_suffix(s: &str) -> String {
    strip_any_suffix(s, &[" район", " raion", " district"])
}

/// "Київська область" → "Київська".
pub fn strip_oblast_suffix(s: &str) -> String {
    strip_any_suffix(s, &[" область", " oblast"])
}
