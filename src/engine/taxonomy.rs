//! The areas of competence and need, compiled in from `taxonomy.csv` (see `build.rs`).
//!
//! Each area has a stable code (`INF-WAT`), a group, labels in English, Norwegian bokmål and Ukrainian,
//! the zone where the need is typical and the horizon (short-term acute help, long-term cooperation, or both).

use super::text::fold;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Where a need is typical.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Zone {
    /// Typical in the war zone.
    War,
    /// Typical outside the war zone.
    Outside,
    /// Found in both.
    Both,
}

/// One area of competence and need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Area {
    /// Position in the taxonomy; also the stable order used everywhere.
    pub index: usize,
    /// Stable code, `INF-WAT`.
    pub code: &'static str,
    /// Group: infrastructure, services, governance, social, economy.
    pub group: &'static str,
    /// English label.
    pub en: &'static str,
    /// Norwegian bokmål label.
    pub nb: &'static str,
    /// Ukrainian label.
    pub uk: &'static str,
    /// Norwegian nynorsk label.
    pub nn: &'static str,
    /// Where the need is typical.
    pub zone: Zone,
    /// Whether acute, short-term help fits this area.
    pub short_term: bool,
    /// Whether long-term cooperation fits this area.
    pub long_term: bool,
}

impl Area {
    /// The label in a UI language (`"nb"`, `"uk"`, anything else gives English).
    pub fn label(&self, lang: &str) -> &'static str {
        match lang {
            "nb" | "no" => self.nb,
            "nn" => self.nn,
            "uk" => self.uk,
            _ => self.en,
        }
    }
}

include!(concat!(env!("OUT_DIR"), "/taxonomy.rs"));

/// Other spellings seen in surveys, mapped to codes. Labels are folded before lookup.
const SYNONYMS: &[(&str, &str)] = &[
    ("Vann- og avløp", "INF-WAT"),
    ("VA", "INF-WAT"),
    ("Water and sanitation", "INF-WAT"),
    ("Brannvesen", "SRV-FIR"),
    ("Beredskap", "SRV-EMR"),
    ("Samfunnssikkerhet og beredskap", "SRV-EMR"),
    ("Civil protection", "SRV-EMR"),
    ("Emergency preparedness", "SRV-EMR"),
    ("Crisis management", "SRV-EMR"),
    ("Psykisk helse", "SRV-MHP"),
    ("Mental health", "SRV-MHP"),
    ("Integrering av flyktninger", "SOC-IDP"),
    ("Mottak og integrering av flyktninger", "SOC-IDP"),
    ("Refugee integration", "SOC-IDP"),
    ("Lokaldemokrati", "GOV-DEM"),
    ("Local democracy", "GOV-DEM"),
    ("Skole", "SRV-SCH"),
    ("Oppvekst", "SRV-SCH"),
    ("Digitalisering", "GOV-DGS"),
    ("Energi", "INF-ENE"),
    // Paraphrases people write in Ukrainian and English for areas whose labels say it otherwise.
    ("Школи", "SRV-SCH"),
    ("Школа", "SRV-SCH"),
    ("Шкільна освіта", "SRV-SCH"),
    ("Середня освіта", "SRV-SCH"),
    ("Дитячий захист", "SRV-CHW"),
    ("Захист дітей", "SRV-CHW"),
    ("Служба у справах дітей", "SRV-CHW"),
    ("Дитячі садки", "SRV-ECE"),
    ("Садочки", "SRV-ECE"),
    ("Kindergartens", "SRV-ECE"),
    ("Child protection", "SRV-CHW"),
    ("Психологічна підтримка", "SRV-MHP"),
    ("Psychosocial support", "SRV-MHP"),
    ("Укриття", "SRV-EMR"),
    ("Shelters", "SRV-EMR"),
    ("Генератори", "INF-SUP"),
    ("Generators", "INF-SUP"),
    ("Житло", "INF-HOU"),
    ("Housing", "INF-HOU"),
    ("Медицина", "SRV-PHC"),
    ("Health care", "SRV-PHC"),
    ("Helse", "SRV-PHC"),
    ("ВПО", "SOC-IDP"),
    ("IDPs", "SOC-IDP"),
    ("Ветерани", "SOC-VET"),
    ("Veterans", "SOC-VET"),
    ("Бюджет", "GOV-FIN"),
    ("Закупівлі", "GOV-FIN"),
    ("ЦНАП", "GOV-DGS"),
];

/// Words that say nothing about an area.
const STOP_WORDS: &[&str] =
    &["and", "og", "i", "і", "й", "та", "the", "of", "for", "in", "з", "із", "в", "у", "til", "for", "med", "av", "на"];

/// An answer written shorter or otherwise than any label ("Water", "IDP integration", "Vann"), when every word of
/// it starts a word of exactly one area's labels or synonyms (in any language; the last two letters of a word
/// may differ, for its inflection). Never a guess between areas: `None` when none or several fit.
pub fn guess(label: &str) -> Option<&'static Area> {
    static VOCAB: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    let vocab = VOCAB.get_or_init(|| {
        AREAS
            .iter()
            .map(|a| {
                let syn = SYNONYMS.iter().filter(|(_, c)| *c == a.code).map(|(l, _)| *l);
                [a.en, a.nb, a.nn, a.uk]
                    .into_iter()
                    .chain(syn)
                    .flat_map(|l| fold(l).split(' ').map(str::to_string).collect::<Vec<_>>())
                    .filter(|w| !w.is_empty())
                    .collect()
            })
            .collect()
    });
    let folded = fold(label);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty() && !STOP_WORDS.contains(w)).collect();
    if words.is_empty() || words.iter().all(|w| w.chars().count() < 4) {
        return None;
    }
    let fits = |w: &str, v: &str| {
        let n = w.chars().count();
        let keep = if n <= 4 { n } else { n.saturating_sub(2).max(4) };
        let stem: String = w.chars().take(keep).collect();
        v.starts_with(&stem)
    };
    let mut found = vocab.iter().enumerate().filter(|(_, vs)| words.iter().all(|w| vs.iter().any(|v| fits(w, v))));
    match (found.next(), found.next()) {
        (Some((i, _)), None) => AREAS.get(i),
        _ => None,
    }
}

/// All areas in taxonomy order.
pub fn areas() -> &'static [Area] {
    AREAS
}

/// The area with this code.
pub fn by_code(code: &str) -> Option<&'static Area> {
    AREAS.iter().find(|a| a.code == code)
}

/// A hasher for the label index: its keys are the taxonomy's own labels (no one chooses them to collide), and
/// every piece of every multi-select answer is looked up in it, up to three times (SipHash was 5 % of a
/// reading's time in a profile). The multiply-rotate mix of rustc's FxHash, eight bytes at a time.
#[derive(Default, Clone, Copy)]
struct LabelHasher(u64);

impl LabelHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for LabelHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(c);
            self.add(u64::from_le_bytes(word));
        }
        let mut last = [0u8; 8];
        let rest = chunks.remainder();
        if let Some(to) = last.get_mut(..rest.len()) {
            to.copy_from_slice(rest);
        }
        self.add(u64::from_le_bytes(last) ^ ((rest.len() as u64) << 56));
    }
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

struct LabelIndex {
    by_label: HashMap<String, usize, std::hash::BuildHasherDefault<LabelHasher>>,
    max_commas: usize,
}

fn index() -> &'static LabelIndex {
    static INDEX: OnceLock<LabelIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut by_label = HashMap::default();
        for a in AREAS {
            for l in [a.code, a.en, a.nb, a.nn, a.uk] {
                by_label.insert(fold(l), a.index);
            }
        }
        for (label, code) in SYNONYMS {
            if let Some(a) = by_code(code) {
                by_label.entry(fold(label)).or_insert(a.index);
            }
        }
        let max_commas = AREAS
            .iter()
            .flat_map(|a| [a.en, a.nb, a.nn, a.uk])
            .chain(SYNONYMS.iter().map(|s| s.0))
            .map(|l| l.matches(',').count())
            .max()
            .unwrap_or(0);
        LabelIndex { by_label, max_commas }
    })
}

/// The most commas any label (in any language, or a synonym) has.
pub fn max_label_commas() -> usize {
    index().max_commas
}

/// The area whose label (in any language, or a synonym, or the code) is `label`.
pub fn lookup(label: &str) -> Option<&'static Area> {
    lookup_folded(&fold(label))
}

/// [`lookup`] for a label already folded by [`fold`].
pub fn lookup_folded(folded: &str) -> Option<&'static Area> {
    index().by_label.get(folded).map(|&i| &AREAS[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taxonomy_has_41_areas_with_unique_codes_in_order() {
        assert_eq!(AREAS.len(), 41);
        for (i, a) in AREAS.iter().enumerate() {
            assert_eq!(a.index, i);
            assert!(a.short_term || a.long_term);
        }
        let mut codes: Vec<_> = AREAS.iter().map(|a| a.code).collect();
        codes.dedup();
        assert_eq!(codes.len(), 41);
    }

    #[test]
    fn every_label_in_every_language_finds_its_area() {
        for a in AREAS {
            for l in [a.code, a.en, a.nb, a.nn, a.uk] {
                assert_eq!(lookup(l).map(|x| x.code), Some(a.code), "{l}");
            }
        }
        assert_eq!(lookup("vann og avløp").map(|a| a.code), Some("INF-WAT"));
        assert_eq!(lookup("Psykічне").map(|a| a.code), None);
        let g = |l: &str| guess(l).map(|a| a.code);
        assert_eq!(g("Water"), Some("INF-WAT"));
        assert_eq!(g("IDP integration"), Some("SOC-IDP"));
        assert_eq!(g("Реабілітації"), Some("SRV-REH"));
        assert_eq!(g("Romfart"), None);
        assert_eq!(g("Energy"), None, "two areas have energy: never a guess");
    }
}
