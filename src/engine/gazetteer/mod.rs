//! The gazetteer: every Norwegian municipality (357) and every Ukrainian territorial community (1,469),
//! compiled in from `src/engine/gazetteer/*.csv` by `build.rs` (sources and licences in `SOURCES.md`), and the
//! resolution of what respondents write to an official entity: by its code, else by its name in any form
//! people use (any case and apostrophe; with or without "міська/селищна/сільська (територіальна) громада",
//! "ТГ", "МТГ", "рада", "kommune", "hromada", "territorial community", "council"; in Latin transliteration, old
//! Russian-style spellings included; by the centre's name; by Sami and Kven parallel names), narrowed by the
//! oblast, raion or county when given. A name several entities share without anything to tell them apart is
//! ambiguous, with every candidate: never a guess.
// Names are whatever people typed: no indexing that could panic on them.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::text::{fold, latinize};
use std::collections::HashMap;
use std::sync::OnceLock;

/// A Norwegian municipality. Equal when the kommunenummer is.
#[derive(Debug)]
pub struct Kommune {
    /// Kommunenummer, four digits.
    pub number: &'static str,
    /// Official name (the first of its official names).
    pub name: &'static str,
    /// County (fylke).
    pub county: &'static str,
    /// Administrative centre.
    pub centre: &'static str,
    /// Population, 1 January 2024.
    pub population: u32,
    /// Centroid, latitude (WGS 84).
    pub lat: f32,
    /// Centroid, longitude (WGS 84).
    pub lon: f32,
    /// Official parallel names (Sami, Kven) and the Norwegian name when the first official one is Sami.
    pub other_names: &'static [&'static str],
}

/// The type of a hromada.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Міська: around a city.
    Urban,
    /// Селищна: around a settlement.
    Settlement,
    /// Сільська: villages.
    Rural,
}

/// A community's status in September 2022: a snapshot, only ever a hint for the war-zone category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WarStatus2022 {
    /// Not occupied, not in the war zone.
    NotOccupied,
    /// Not occupied, in the war zone.
    WarZone,
    /// Occupied in 2022, deoccupied since.
    Deoccupied,
    /// Occupied.
    Occupied,
}

/// A Ukrainian territorial community (hromada). Equal when the KATOTTG code is.
#[derive(Debug)]
pub struct Hromada {
    /// KATOTTG code: `UA` and 17 digits.
    pub code: &'static str,
    /// Official name (the adjective: "Бучанська").
    pub name: &'static str,
    /// Urban, settlement or rural.
    pub kind: Kind,
    /// Raion.
    pub raion: &'static str,
    /// Oblast.
    pub oblast: &'static str,
    /// Its centre.
    pub centre: &'static str,
    /// The centre's latitude (WGS 84).
    pub lat: f32,
    /// The centre's longitude (WGS 84).
    pub lon: f32,
    /// Population, 2022.
    pub population: u32,
    /// Status, September 2022.
    pub war_status: WarStatus2022,
}

include!(concat!(env!("OUT_DIR"), "/gazetteer.rs"));

impl PartialEq for Kommune {
    fn eq(&self, other: &Self) -> bool {
        self.number == other.number
    }
}
impl Eq for Kommune {}

impl PartialEq for Hromada {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}
impl Eq for Hromada {}

impl Hromada {
    /// The official name with its type: "Бучанська міська територіальна громада".
    pub fn full_name(&self) -> String {
        let kind = match self.kind {
            Kind::Urban => "міська",
            Kind::Settlement => "селищна",
            Kind::Rural => "сільська",
        };
        format!("{} {kind} територіальна громада", self.name)
    }

    /// The name in Latin letters (national system of 2010): "Buchanska".
    pub fn latin_name(&self) -> String {
        capitalise(&latinize(self.name))
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// What the readers need of any entity of the lists: its official id, its name, and where it is.
pub trait Entity: 'static {
    /// Kommunenummer or KATOTTG code.
    fn id(&self) -> &'static str;
    /// Official name.
    fn name(&self) -> &'static str;
    /// Where it is: the county, or the raion and oblast.
    fn place(&self) -> String;
}

impl Entity for Kommune {
    fn id(&self) -> &'static str {
        self.number
    }
    fn name(&self) -> &'static str {
        self.name
    }
    fn place(&self) -> String {
        self.county.to_string()
    }
}

impl Entity for Hromada {
    fn id(&self) -> &'static str {
        self.code
    }
    fn name(&self) -> &'static str {
        self.name
    }
    fn place(&self) -> String {
        format!("{}, {}", self.raion, self.oblast)
    }
}

/// How an entity was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum How {
    /// By its official code (kommunenummer, KATOTTG).
    Code,
    /// By its name (official or parallel, in any form).
    Name,
    /// By its name in Latin letters.
    Latin,
    /// By its centre's name.
    Centre,
    /// Chosen by the coordinator (a correction, kept in the preset).
    Chosen,
}

/// Look-ups by name already made, by their words: a name search is a pure function of them, so a file
/// interpreted again after a correction (or the same name in many rows) costs one hash look-up, not a
/// search. Bounded: emptied when it holds more names than any pair of surveys has.
struct Memo<E: 'static> {
    found: std::cell::RefCell<HashMap<[String; 3], Resolved<E>>>,
}

// By hand: the entities are `'static` references, so a copy needs no `E: Clone`.
impl<E> Clone for Resolved<E> {
    fn clone(&self) -> Self {
        Resolved {
            entity: self.entity,
            how: self.how,
            candidates: self.candidates.clone(),
            unknown_code: self.unknown_code,
            name_says: self.name_says,
        }
    }
}

impl<E> Default for Memo<E> {
    fn default() -> Self {
        // Room for a national file's rows at once: grown step by step, the table was made again each time.
        Memo { found: std::cell::RefCell::new(HashMap::with_capacity(1024)) }
    }
}

impl<E> Memo<E> {
    const MAX: usize = 100_000;

    fn get(&self, key: [&str; 3], find: impl FnOnce() -> Resolved<E>) -> Resolved<E> {
        let key = key.map(str::to_string);
        if let Some(r) = self.found.borrow().get(&key) {
            return r.clone();
        }
        let r = find();
        let mut found = self.found.borrow_mut();
        if found.len() >= Self::MAX {
            found.clear();
        }
        found.insert(key, r.clone());
        r
    }
}

/// What resolving a row gave.
#[derive(Debug, PartialEq)]
pub struct Resolved<E: 'static> {
    /// The entity, when one was found.
    pub entity: Option<&'static E>,
    /// How it was found.
    pub how: Option<How>,
    /// When the name fits several entities and nothing tells them apart: all of them (and no entity).
    pub candidates: Vec<&'static E>,
    /// A code was given that is not in the list.
    pub unknown_code: bool,
    /// The code found one entity and the name another: the name's.
    pub name_says: Option<&'static E>,
}

impl<E> Default for Resolved<E> {
    fn default() -> Self {
        Resolved { entity: None, how: None, candidates: Vec::new(), unknown_code: false, name_says: None }
    }
}

/// Words that say what kind of entity a name is, in Ukrainian (any case), Latin transliteration and English,
/// folded: left out before a name is looked up.
const UA_KIND_WORDS: &[&str] = &[
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
const UA_OBLAST_WORDS: &[&str] = &["область", "області", "обл", "oblast", "oblasti", "region", "province"];
const UA_RAION_WORDS: &[&str] = &["район", "району", "р н", "рн", "raion", "rayon", "district"];

/// Norwegian words around a municipality's name.
const NO_KIND_WORDS: &[&str] = &[
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
const LATIN_ALIASES: &[(&str, &str)] = &[
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

/// Names to the positions of the entities that have them: made at build time (`build.rs`, with the same
/// folding and transliteration) as sorted pairs, or made at run time (the loose keys, seldom needed).
enum Names {
    #[cfg(not(target_arch = "wasm32"))]
    Built(&'static [(&'static str, u16)]),
    Made(HashMap<String, Vec<usize>>),
}

impl Default for Names {
    fn default() -> Self {
        Names::Made(HashMap::new())
    }
}

impl Names {
    /// The positions named `key`, in increasing order (borrowed: a look-up allocates nothing).
    fn get<'a>(&'a self, key: &str) -> impl Iterator<Item = usize> + use<'a> {
        #[cfg(not(target_arch = "wasm32"))]
        let built: &[(&str, u16)] = match self {
            Names::Built(pairs) => {
                let from = pairs.partition_point(|&(k, _)| k < key);
                let pairs = pairs.get(from..).unwrap_or_default();
                pairs.get(..pairs.partition_point(|&(k, _)| k == key)).unwrap_or_default()
            }
            Names::Made(_) => &[],
        };
        #[cfg(target_arch = "wasm32")]
        let built: &[(&str, u16)] = &[];
        let made = match self {
            Names::Made(map) => map.get(key).map_or(&[][..], Vec::as_slice),
            #[cfg(not(target_arch = "wasm32"))]
            Names::Built(_) => &[],
        };
        built.iter().map(|&(_, i)| usize::from(i)).chain(made.iter().copied())
    }

    fn contains_key(&self, key: &str) -> bool {
        self.get(key).next().is_some()
    }
}

/// A tier of the look-up: where to look, the keys to look for, and how a hit was found.
type Tier<'a> = (&'a Names, Vec<String>, How);

/// Index of names to entity positions: the exact folded name, its Latin form, the centre.
#[derive(Default)]
struct Index {
    name: Names,
    latin: Names,
    centre: Names,
}

/// The loose keys of names and centres ([`loose`]): the last tiers of a look-up, made on the first look-up
/// that gets that far (most names are found before, and these keys are the dearest to make).
#[derive(Default)]
struct LooseIndex {
    loose: Names,
    centre_loose: Names,
}

#[cfg_attr(target_arch = "wasm32", allow(clippy::infallible_destructuring_match, reason = "one variant there"))]
fn push(map: &mut Names, key: String, i: usize) {
    let map = match map {
        Names::Made(map) => map,
        #[cfg(not(target_arch = "wasm32"))]
        Names::Built(_) => return,
    };
    if key.is_empty() {
        return;
    }
    let v = map.entry(key).or_default();
    if !v.contains(&i) {
        v.push(i);
    }
}

/// The exact tiers' keys: natively made at build time (no work on the first look-up of a run); in the browser
/// made on the worker's first look-up instead, once per worker (the built keys would add 160 KB to the
/// download). [`made_hromada_index`] makes them as the build script does (a test holds the two equal).
fn hromada_index() -> &'static Index {
    #[cfg(not(target_arch = "wasm32"))]
    {
        static I: Index = Index {
            name: Names::Built(HROMADA_NAMES),
            latin: Names::Built(HROMADA_LATIN),
            centre: Names::Built(HROMADA_CENTRES),
        };
        &I
    }
    #[cfg(target_arch = "wasm32")]
    {
        static I: OnceLock<Index> = OnceLock::new();
        I.get_or_init(made_hromada_index)
    }
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code, reason = "natively the built keys; tests compare"))]
fn made_hromada_index() -> Index {
    let mut ix = Index::default();
    for (i, h) in HROMADY.iter().enumerate() {
        let name = fold(h.name);
        push(&mut ix.latin, latinize(&name), i);
        push(&mut ix.name, name, i);
        let centre = fold(h.centre);
        push(&mut ix.centre, latinize(&centre), i);
        push(&mut ix.centre, centre, i);
    }
    ix
}

/// Each community's loose keys ([`loose`]): of its name and of its centre. Made once, for the look-up's last
/// tiers and for the nearest names.
fn hromada_loose_keys() -> &'static [[String; 2]] {
    static K: OnceLock<Vec<[String; 2]>> = OnceLock::new();
    K.get_or_init(|| {
        HROMADY.iter().map(|h| [loose(&latinize(&fold(h.name))), loose(&latinize(&fold(h.centre)))]).collect()
    })
}

fn hromada_loose_index() -> &'static LooseIndex {
    static I: OnceLock<LooseIndex> = OnceLock::new();
    I.get_or_init(|| {
        let mut ix = LooseIndex::default();
        for (i, [name, centre]) in hromada_loose_keys().iter().enumerate() {
            push(&mut ix.loose, name.clone(), i);
            push(&mut ix.centre_loose, centre.clone(), i);
        }
        ix
    })
}

/// Like [`hromada_index`], for the municipalities.
fn kommune_index() -> &'static Index {
    #[cfg(not(target_arch = "wasm32"))]
    {
        static I: Index = Index {
            name: Names::Built(KOMMUNE_NAMES),
            latin: Names::Built(&[]),
            centre: Names::Built(KOMMUNE_CENTRES),
        };
        &I
    }
    #[cfg(target_arch = "wasm32")]
    {
        static I: OnceLock<Index> = OnceLock::new();
        I.get_or_init(made_kommune_index)
    }
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code, reason = "natively the built keys; tests compare"))]
fn made_kommune_index() -> Index {
    let mut ix = Index::default();
    for (i, k) in KOMMUNER.iter().enumerate() {
        for n in std::iter::once(&k.name).chain(k.other_names) {
            push(&mut ix.name, fold(n), i);
        }
        push(&mut ix.centre, fold(k.centre), i);
    }
    ix
}

/// Each municipality's loose keys ([`loose`]) of its names (official, Sami, Kven). Made once, for the look-up's
/// last tiers and for the nearest names.
fn kommune_loose_names() -> &'static [Vec<String>] {
    static K: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    K.get_or_init(|| {
        KOMMUNER
            .iter()
            .map(|k| std::iter::once(&k.name).chain(k.other_names).map(|x| loose(&fold(x))).collect())
            .collect()
    })
}

fn kommune_loose_index() -> &'static LooseIndex {
    static I: OnceLock<LooseIndex> = OnceLock::new();
    I.get_or_init(|| {
        let mut ix = LooseIndex::default();
        for (i, (k, names)) in KOMMUNER.iter().zip(kommune_loose_names()).enumerate() {
            for n in names {
                push(&mut ix.loose, n.clone(), i);
            }
            push(&mut ix.centre_loose, loose(&fold(k.centre)), i);
        }
        ix
    })
}

/// A name's words without the words that say what kind of entity it is, and the words that name its oblast
/// (or county) and raion when the name carries them ("Бучанська громада Київської області").
struct Parsed {
    core: String,
    region: Option<String>,
    raion: Option<String>,
    /// The kind the words say ("міська", "village", "СТГ": not urban), when they say one.
    kind: Option<KindHint>,
}

/// What the words of a name say about its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KindHint {
    Is(Kind),
    /// "СТГ", "СГ": a settlement or a village.
    NotUrban,
}

impl KindHint {
    fn allows(self, k: Kind) -> bool {
        match self {
            KindHint::Is(own) => own == k,
            KindHint::NotUrban => k != Kind::Urban,
        }
    }
}

/// The kind of community a word names, if any.
fn kind_of(word: &str) -> Option<KindHint> {
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

fn parse(name: &str, kind_words: &[&str], region_words: &[&str], raion_words: &[&str]) -> Parsed {
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
fn ua_forms(core: &str) -> Vec<String> {
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
struct WrittenOblast {
    /// Its forms in the list's script ([`ua_forms`]).
    forms: Vec<String>,
    /// The folded words it was made from.
    words: String,
    /// Its loose Latin key, made when a form does not settle it.
    loose: std::cell::OnceCell<String>,
}

impl WrittenOblast {
    /// `None` when the text names no oblast (only words like "область").
    fn new(written: &str) -> Option<WrittenOblast> {
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
    fn is(&self, oblast: &str) -> bool {
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
fn alias(latin: &str) -> String {
    LATIN_ALIASES.iter().find(|(old, _)| *old == latin).map_or_else(|| latin.to_string(), |(_, new)| new.to_string())
}

/// Looks `keys` up in `maps` tier by tier; the first tier that finds any entity `keep` accepts wins. The tiers
/// come lazily: one is made only when those before found none.
fn look_up<'a>(tiers: impl Iterator<Item = Tier<'a>>, keep: &dyn Fn(usize) -> bool) -> Option<(Vec<usize>, How)> {
    for (map, keys, how) in tiers {
        let mut found: Vec<usize> = Vec::new();
        for k in keys {
            for i in map.get(&k) {
                if !found.contains(&i) {
                    found.push(i);
                }
            }
        }
        let kept: Vec<usize> = found.into_iter().filter(|&i| keep(i)).collect();
        if !kept.is_empty() {
            return Some((kept, how));
        }
    }
    None
}

fn finish<E>(list: &'static [E], found: Option<(Vec<usize>, How)>) -> Resolved<E> {
    match found {
        Some((ids, how)) if ids.len() == 1 => {
            Resolved { entity: ids.first().and_then(|&i| list.get(i)), how: Some(how), ..Resolved::default() }
        }
        Some((ids, _)) => {
            Resolved { candidates: ids.iter().filter_map(|&i| list.get(i)).collect(), ..Resolved::default() }
        }
        None => Resolved::default(),
    }
}

/// The community of a KATOTTG code (normalised: `UA` and 17 digits).
pub fn hromada_by_code(code: &str) -> Option<&'static Hromada> {
    HROMADY.binary_search_by(|h| h.code.cmp(code)).ok().and_then(|i| HROMADY.get(i))
}

/// The municipality of a kommunenummer (four digits).
pub fn kommune_by_number(number: &str) -> Option<&'static Kommune> {
    KOMMUNER.iter().find(|k| k.number == number)
}

/// Finds a community by its name in any form, narrowed by `oblast` and `raion` when given (in any form; empty
/// when not).
pub fn find_hromada(name: &str, oblast: &str, raion: &str) -> Resolved<Hromada> {
    thread_local! {
        static MEMO: Memo<Hromada> = Memo::default();
    }
    MEMO.with(|m| m.get([name, oblast, raion], || find_hromada_now(name, oblast, raion)))
}

fn find_hromada_now(name: &str, oblast: &str, raion: &str) -> Resolved<Hromada> {
    let p = parse(name, UA_KIND_WORDS, UA_OBLAST_WORDS, UA_RAION_WORDS);
    if p.core.is_empty() {
        return Resolved::default();
    }
    let oblast = if oblast.trim().is_empty() { p.region.clone().unwrap_or_default() } else { oblast.to_string() };
    let raion_written = if raion.trim().is_empty() { p.raion.clone().unwrap_or_default() } else { raion.to_string() };
    let raion_core = fold(&super::survey::values::strip_raion_suffix(&raion_written));
    // The written oblast and raion in the forms they are compared by, made once, not per candidate.
    let oblast = (!oblast.trim().is_empty()).then(|| WrittenOblast::new(&oblast));
    // The loose key only when a candidate's raion is not one of the written forms (rarely: made then, once).
    let raion = (!raion_core.is_empty()).then(|| (ua_forms(&raion_core), std::cell::OnceCell::new()));
    let keep = |i: usize| {
        HROMADY.get(i).is_some_and(|h| {
            p.kind.is_none_or(|k| k.allows(h.kind))
                && oblast.as_ref().is_none_or(|w| w.as_ref().is_some_and(|w| w.is(h.oblast)))
                && raion.as_ref().is_none_or(|(forms, loose_raion)| {
                    let own = fold(h.raion);
                    forms.contains(&own)
                        || *loose_raion.get_or_init(|| loose(&latinize(&raion_core))) == loose(&latinize(&own))
                })
        })
    };
    let forms = ua_forms(&p.core);
    // Each tier's keys (and the loose tiers' index) are made only when the tiers before found none.
    let latin = std::cell::OnceCell::new();
    let latin = || latin.get_or_init(|| forms.iter().map(|f| alias(&latinize(f))).collect::<Vec<String>>());
    let loose_keys = std::cell::OnceCell::new();
    let loose_keys = || loose_keys.get_or_init(|| latin().iter().map(|l| loose(l)).collect::<Vec<String>>()).clone();
    let ix = hromada_index();
    let tiers = (0..5).map(|tier| -> Tier {
        match tier {
            0 => (&ix.name, forms.clone(), How::Name),
            1 => (&ix.latin, latin().clone(), How::Latin),
            2 => (&ix.centre, forms.iter().chain(latin()).cloned().collect(), How::Centre),
            3 => (&hromada_loose_index().loose, loose_keys(), How::Latin),
            _ => (&hromada_loose_index().centre_loose, loose_keys(), How::Centre),
        }
    });
    finish(HROMADY, look_up(tiers, &keep))
}

/// Finds a municipality by its name in any form (official, parallel Sami or Kven names, any case, with or
/// without "kommune", Norwegian letters written as `ae`, `o`, `aa`), narrowed by `county` when given.
pub fn find_kommune(name: &str, county: &str) -> Resolved<Kommune> {
    thread_local! {
        static MEMO: Memo<Kommune> = Memo::default();
    }
    MEMO.with(|m| m.get([name, county, ""], || find_kommune_now(name, county)))
}

fn find_kommune_now(name: &str, county: &str) -> Resolved<Kommune> {
    static COUNTIES: OnceLock<Vec<String>> = OnceLock::new();
    let counties = COUNTIES.get_or_init(|| {
        let mut c: Vec<String> = KOMMUNER.iter().map(|k| fold(k.county)).collect();
        c.sort_unstable();
        c.dedup();
        c
    });
    // A county written inside the name: "Herøy (Nordland)", "Våler i Innlandet".
    let folded = fold(name);
    let mut words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let mut county_written = fold(county);
    for n in 1..=3 {
        if words.len() > n {
            let tail = words.get(words.len() - n..).map(|t| t.join(" ")).unwrap_or_default();
            if counties.contains(&tail) {
                county_written = tail;
                words.truncate(words.len() - n);
                break;
            }
        }
    }
    let whole = parse(&folded, NO_KIND_WORDS, &[], &[]).core;
    let p = parse(&words.join(" "), NO_KIND_WORDS, &[], &[]);
    if p.core.is_empty() {
        return Resolved::default();
    }
    // A name that ends in a county's name ("Indre Østfold", "Midt-Telemark") is the whole name when the
    // list has it.
    let ix = kommune_index();
    let (p, county_written) = if whole != p.core && ix.name.contains_key(&whole) {
        (Parsed { core: whole, region: None, raion: None, kind: None }, fold(county))
    } else {
        (p, county_written)
    };
    let county_core = parse(&county_written, NO_KIND_WORDS, &[], &[]).core;
    let keep = |i: usize| {
        county_core.is_empty()
            || KOMMUNER.get(i).is_some_and(|k| {
                let own = fold(k.county);
                own == county_core || loose(&own) == loose(&county_core)
            })
    };
    // Each tier's keys (and the loose tiers' index) are made only when the tiers before found none.
    let loose_core = std::cell::OnceCell::new();
    let loose_core = || vec![loose_core.get_or_init(|| loose(&p.core)).clone()];
    let tiers = (0..4).map(|tier| -> Tier {
        match tier {
            0 => (&ix.name, vec![p.core.clone()], How::Name),
            1 => (&kommune_loose_index().loose, loose_core(), How::Name),
            2 => (&ix.centre, vec![p.core.clone()], How::Centre),
            _ => (&kommune_loose_index().centre_loose, loose_core(), How::Centre),
        }
    });
    finish(KOMMUNER, look_up(tiers, &keep))
}

/// Edit distance between two strings, by characters (Levenshtein), stopping early above `limit`.
fn distance(a: &str, b: &str, limit: usize) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev.get(j).copied().unwrap_or(usize::MAX) + usize::from(ca != cb);
            let del = prev.get(j + 1).copied().unwrap_or(usize::MAX) + 1;
            let ins = cur.get(j).copied().unwrap_or(usize::MAX) + 1;
            if let Some(c) = cur.get_mut(j + 1) {
                *c = sub.min(del).min(ins);
            }
        }
        if cur.iter().min().is_some_and(|&m| m > limit) {
            return limit + 1;
        }
        prev = cur;
    }
    prev.last().copied().unwrap_or(limit + 1)
}

/// The entities whose names are nearest a name no list has (a misspelling): at most `n`, closest first, within
/// a third of the name's length.
fn nearest<E, K: AsRef<[String]>>(list: &'static [E], keys: &[K], written: &str, n: usize) -> Vec<&'static E> {
    let w = loose(&alias(&latinize(written)));
    let limit = (w.chars().count() / 3).max(1);
    let mut scored: Vec<(usize, usize)> = keys
        .iter()
        .enumerate()
        .filter_map(|(i, ks)| {
            ks.as_ref().iter().map(|k| distance(&w, k, limit)).min().filter(|&d| d <= limit).map(|d| (d, i))
        })
        .collect();
    scored.sort_unstable();
    scored.into_iter().take(n).filter_map(|(_, i)| list.get(i)).collect()
}

/// Communities whose names are nearest a name that resolves to none (suggestions for the coordinator).
pub fn nearest_hromady(name: &str, n: usize) -> Vec<&'static Hromada> {
    let core = parse(name, UA_KIND_WORDS, UA_OBLAST_WORDS, UA_RAION_WORDS).core;
    nearest(HROMADY, hromada_loose_keys(), &core, n)
}

/// Municipalities whose names are nearest a name that resolves to none.
pub fn nearest_kommuner(name: &str, n: usize) -> Vec<&'static Kommune> {
    let core = parse(name, NO_KIND_WORDS, &[], &[]).core;
    nearest(KOMMUNER, kommune_loose_names(), &core, n)
}

/// The parts of a free-text answer that may each name a place: split at commas, semicolons, slashes, line
/// ends and "og"/"and"/"та"/"і".
fn parts(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in text.split([',', ';', '/', '\n', '(', ')']) {
        let folded = fold(part);
        let mut words: Vec<&str> = Vec::new();
        for w in folded.split(' ') {
            if matches!(w, "og" | "and" | "та" | "і" | "й" | "ja" | "yes" | "так" | "") {
                if !words.is_empty() {
                    out.push(words.join(" "));
                    words.clear();
                }
            } else {
                words.push(w);
            }
        }
        if !words.is_empty() {
            out.push(words.join(" "));
        }
    }
    out.retain(|p| p.chars().count() >= 3);
    out
}

/// The communities a free-text answer names unambiguously ("Ja, Bucha (Kyivska oblast) og Irpin").
pub fn hromady_named_in(text: &str) -> Vec<&'static Hromada> {
    let mut found: Vec<&'static Hromada> = parts(text).iter().filter_map(|p| find_hromada(p, "", "").entity).collect();
    found.dedup();
    found
}

/// The municipalities a free-text answer names unambiguously ("Bergen and Voss").
pub fn kommuner_named_in(text: &str) -> Vec<&'static Kommune> {
    let mut found: Vec<&'static Kommune> = parts(text).iter().filter_map(|p| find_kommune(p, "").entity).collect();
    found.dedup();
    found
}

/// Resolves a municipality's row: by its number (normalised, four digits) when given and known, else by its
/// name; says when the number is unknown and when the name points to another municipality.
pub fn resolve_kommune(number: Option<&str>, name: &str, county: &str) -> Resolved<Kommune> {
    let by_name = || find_kommune(name, county);
    match number {
        Some(n) => match kommune_by_number(n) {
            Some(k) => {
                let named = by_name();
                let name_says = named.entity.filter(|other| other.number != k.number);
                Resolved { entity: Some(k), how: Some(How::Code), name_says, ..Resolved::default() }
            }
            None => Resolved { unknown_code: true, ..by_name() },
        },
        None => by_name(),
    }
}

/// Resolves a community's row: by its KATOTTG code when given and known, else by its name (with oblast and
/// raion); says when the code is unknown and when the name points to another community.
pub fn resolve_hromada(code: Option<&str>, name: &str, oblast: &str, raion: &str) -> Resolved<Hromada> {
    let by_name = || find_hromada(name, oblast, raion);
    match code {
        Some(c) => match hromada_by_code(c) {
            Some(h) => {
                let named = by_name();
                let name_says = named.entity.filter(|other| other.code != h.code);
                Resolved { entity: Some(h), how: Some(How::Code), name_says, ..Resolved::default() }
            }
            None => Resolved { unknown_code: true, ..by_name() },
        },
        None => by_name(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The build script's keys against the index made at run time (the browser's, and the oracle): every
    /// entity's folded name, Latin name and centre, each (key, position) once, in the same order of positions.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_built_name_keys_are_those_made_at_run_time() {
        let pairs = |names: &Names| -> Vec<(String, usize)> {
            let Names::Made(map) = names else { panic!("made at run time") };
            let mut all: Vec<(String, usize)> =
                map.iter().flat_map(|(k, v)| v.iter().map(move |&i| (k.clone(), i))).collect();
            all.sort();
            all
        };
        let built = |pairs: &[(&str, u16)]| -> Vec<(String, usize)> {
            pairs.iter().map(|&(k, i)| (k.to_string(), usize::from(i))).collect()
        };
        let (h, k) = (made_hromada_index(), made_kommune_index());
        assert_eq!(built(HROMADA_NAMES), pairs(&h.name));
        assert_eq!(built(HROMADA_LATIN), pairs(&h.latin));
        assert_eq!(built(HROMADA_CENTRES), pairs(&h.centre));
        assert_eq!(built(KOMMUNE_NAMES), pairs(&k.name));
        assert_eq!(built(KOMMUNE_CENTRES), pairs(&k.centre));
        assert!(pairs(&k.latin).is_empty());
        for (made, built) in [(&h.name, &hromada_index().name), (&k.centre, &kommune_index().centre)] {
            let Names::Made(map) = made else { panic!("made at run time") };
            for (key, positions) in map {
                assert_eq!(&built.get(key).collect::<Vec<_>>(), positions, "{key}");
            }
        }
        let names = |h: &Hromada| fold(h.name);
        // Looked up by halves, a key gives its positions in increasing order, a missing one none.
        let ix = hromada_index();
        for (i, h) in HROMADY.iter().enumerate() {
            let found: Vec<usize> = ix.name.get(&names(h)).collect();
            assert!(found.contains(&i) && found.windows(2).all(|w| w[0] < w[1]), "{}", h.name);
        }
        assert!(ix.name.get("").next().is_none() && ix.name.get("no such name").next().is_none());
    }

    #[test]
    fn reference_lists_are_complete() {
        assert_eq!(KOMMUNER.len(), 357);
        assert_eq!(HROMADY.len(), 1469);
        assert_eq!(OBLASTS.len(), 24);
        assert!(HROMADY.windows(2).all(|w| w[0].code < w[1].code), "sorted by code (binary search)");
        assert_eq!(kommune_by_number("0301").map(|k| k.name), Some("Oslo"));
        assert_eq!(hromada_by_code("UA32080070000050759").map(|h| h.name), Some("Бучанська"));
        assert_eq!(kommune_by_number("0000"), None);
    }

    #[test]
    fn names_as_people_write_them() {
        let h = |n: &str, o: &str| find_hromada(n, o, "").entity.map(|h| h.name);
        assert_eq!(h("БІЛИЦЬКА СЕЛИЩНА ГРОМАДА", ""), Some("Білицька"));
        assert_eq!(h("Кременчуцька МТГ", ""), Some("Кременчуцька"));
        assert_eq!(h("Bucha", ""), Some("Бучанська"));
        assert_eq!(h("Boratynska hromada", ""), Some("Боратинська"));
        assert_eq!(h("Stryzhavka settlement territorial community", ""), Some("Стрижавська"));
        assert_eq!(h("Бучанської міської територіальної громади", ""), Some("Бучанська"));
        assert_eq!(h("Бучанська громада Київської області", ""), Some("Бучанська"));
        assert_eq!(h("м. Буча", ""), Some("Бучанська"));
        assert_eq!(h("Бучанская городская территориальная община", ""), Some("Бучанська"));
        assert_eq!(h("Buchanska MTH", ""), Some("Бучанська"));
        let k = |n: &str, c: &str| find_kommune(n, c).entity.map(|k| k.number);
        assert_eq!(k("TINGVOLL", ""), Some("1560"));
        assert_eq!(k("Vefsn kommune", ""), Some("1824"));
        assert_eq!(k("Karasjok", ""), Some("5610"));
        assert_eq!(k("Baerum", ""), Some("3201"));
        assert_eq!(k("Herøy (Nordland)", ""), Some("1818"));
        assert_eq!(k("Herøy", "Møre og Romsdal"), Some("1515"));
        assert_eq!(find_kommune("Herøy", "").candidates.len(), 2, "two Herøy: ambiguous");
        assert_eq!(find_hromada("Миколаївська", "", "").candidates.len(), 8);
        // A misspelling finds no entity, but the nearest names are suggested.
        assert!(find_kommune("Tingvoll", "").entity.is_some() && find_kommune("Tingvold", "").entity.is_none());
        assert_eq!(nearest_kommuner("Tingvold", 3).first().map(|k| k.number), Some("1560"));
        assert_eq!(nearest_hromady("Бучанскька громада", 3).first().map(|h| h.name), Some("Бучанська"));
        assert!(nearest_kommuner("Zzzzzzzz", 3).is_empty());
    }
}
