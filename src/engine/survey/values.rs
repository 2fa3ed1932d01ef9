//! Reading answers: multi-select lists, numbers, yes/no, categories, names, codes and times.
// Answers are whatever people typed: no indexing that could panic on them.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use crate::engine::model::*;
use crate::engine::taxonomy;
use crate::engine::text::{fold, fold_into};
use std::collections::{BTreeMap, BTreeSet};

/// Splits a multi-select answer into taxonomy areas and the parts not recognised.
///
/// Handles `;`-joined answers with a trailing `;` (Microsoft Forms) and `, `-joined answers (Google Forms)
/// whose labels may themselves contain commas: at each point the longest run of comma-separated pieces
/// that is a known label wins.
pub fn split_areas(s: &str) -> (BTreeSet<usize>, Vec<String>) {
    split_areas_with(s, &BTreeMap::new())
}

/// Like [`split_areas`], with labels mapped by hand first (label folded by [`fold`] → area code, or `None`
/// to ignore the label). Ignored labels are neither found nor unknown.
pub fn split_areas_with(s: &str, answers: &BTreeMap<String, Option<String>>) -> (BTreeSet<usize>, Vec<String>) {
    split_areas_within(s, answers, None)
}

/// [`split_areas_with`], writing to `within` (when given) every text it may look up in `answers`, as
/// [`split_multi_within`] does: an answer whose text is not in it does not change how `s` splits.
pub fn split_areas_within(
    s: &str,
    answers: &BTreeMap<String, Option<String>>,
    within: Option<&mut String>,
) -> (BTreeSet<usize>, Vec<String>) {
    // The most comma-separated pieces a label spans: one more than its commas for the taxonomy's; for a label
    // the coordinator mapped (kept folded, its commas gone), at most one per word.
    let mapped = answers.keys().map(|k| k.split(' ').count()).max().unwrap_or(0);
    let max_pieces = (1 + taxonomy::max_label_commas()).max(mapped);
    let lookup = |folded: &str| match answers.get(folded) {
        Some(Some(code)) => taxonomy::by_code(code).map(|a| Some(a.index)),
        Some(None) => Some(None),
        None => taxonomy::lookup_folded(folded).map(|a| Some(a.index)),
    };
    let (found, unknown) = split_multi_within(s, max_pieces, lookup, within);
    let mut found: BTreeSet<usize> = found.into_iter().flatten().collect();
    // An answer written shorter or otherwise than any label, when it fits exactly one area.
    let mut left = Vec::new();
    for u in unknown {
        match taxonomy::guess(&u) {
            Some(a) => {
                found.insert(a.index);
            }
            None => left.push(u),
        }
    }
    (found, left)
}

/// Splits a multi-select answer with `lookup`, which knows whole labels in folded form (see
/// [`fold`]): each piece is folded once, and joins of neighbouring pieces are looked up as their folded
/// forms joined with a space (which is what folding the joined text gives).
///
/// `max_pieces` is the most comma-separated pieces one label has (one more than its commas), so each
/// position tries only that many joins: linear in the length of the answer. The pieces of a part are folded
/// into one text, those not empty joined by a space, so that every join is a slice of it: no text is made
/// per look-up.
pub fn split_multi<T: Ord>(
    s: &str,
    max_pieces: usize,
    lookup: impl Fn(&str) -> Option<T>,
) -> (BTreeSet<T>, Vec<String>) {
    split_multi_within(s, max_pieces, lookup, None)
}

/// [`split_multi`], adding to `within` (when given) each part's folded pieces as joined for the look-ups, a
/// line each: every text looked up is within one of its lines.
pub fn split_multi_within<T: Ord>(
    s: &str,
    max_pieces: usize,
    lookup: impl Fn(&str) -> Option<T>,
    mut within: Option<&mut String>,
) -> (BTreeSet<T>, Vec<String>) {
    let mut found = BTreeSet::new();
    let mut unknown = Vec::new();
    // A part's pieces folded, joined by a space; where each piece's folded form is in it (`None`: empty).
    let mut text = String::new();
    let mut spans: Vec<Option<(usize, usize)>> = Vec::new();
    let mut pieces: Vec<&str> = Vec::new();
    for part in parts(s) {
        text.clear();
        spans.clear();
        pieces.clear();
        pieces.extend(part.split(','));
        fold_pieces(&pieces, &mut text, &mut spans);
        if let Some(w) = within.as_deref_mut() {
            w.push_str(&text);
            w.push('\n');
        }
        // The folded join of pieces `from..to`: from its first piece not empty to its last.
        let join = |from: usize, to: usize| -> &str {
            let within = spans.get(from..to).unwrap_or_default();
            match (within.iter().flatten().next(), within.iter().flatten().next_back()) {
                (Some(&(a, _)), Some(&(_, b))) => text.get(a..b).unwrap_or_default(),
                _ => "",
            }
        };
        // The whole part first: its folded form is its pieces' joined (`fold_is_its_pieces_joined`).
        if let Some(t) = lookup(join(0, spans.len())) {
            found.insert(t);
            continue;
        }
        let mut at = 0;
        while at < spans.len() {
            // The longest join of the next pieces that is a known label, at most `max_pieces` of them.
            let most = (spans.len() - at).min(max_pieces.max(1));
            let hit = (1..=most).rev().find_map(|n| lookup(join(at, at + n)).map(|t| (n, t)));
            let used = match hit {
                Some((n, t)) => {
                    found.insert(t);
                    n
                }
                None => {
                    let p = pieces.get(at).copied().unwrap_or_default().trim();
                    if !p.is_empty() {
                        unknown.push(p.to_string());
                    }
                    1
                }
            };
            at += used;
        }
    }
    (found, unknown)
}

/// The parts of a multi-select answer: split at `;` and line ends, trimmed, the empty ones left out.
fn parts(s: &str) -> impl Iterator<Item = &str> {
    s.split([';', '\n']).map(str::trim).filter(|p| !p.is_empty())
}

/// Folds a part's pieces into `text`, those not empty joined by a space, and says in `spans` where each
/// piece is in it (`None`: it folds to nothing).
fn fold_pieces(pieces: &[&str], text: &mut String, spans: &mut Vec<Option<(usize, usize)>>) {
    for piece in pieces {
        let before = text.len();
        if before > 0 {
            text.push(' ');
        }
        let start = text.len();
        fold_into(text, piece);
        if text.len() == start {
            text.truncate(before);
            spans.push(None);
        } else {
            spans.push(Some((start, text.len())));
        }
    }
}

const LANGUAGES: &[(&str, &[&str])] = &[
    ("en", &["engelsk", "english", "англійська", "англ"]),
    ("uk", &["ukrainsk", "ukrainian", "українська"]),
    ("ru", &["russisk", "russian", "російська"]),
    ("pl", &["polsk", "polish", "польська"]),
    ("de", &["tysk", "german", "німецька"]),
    ("no", &["norsk", "norwegian", "норвезька"]),
    ("fr", &["fransk", "french", "французька"]),
    ("es", &["spansk", "spanish", "іспанська"]),
];

/// The message naming a working language (by its ISO 639-1 code; Norwegian by `no`, `nb` or `nn`).
fn language_message(code: &str) -> Option<&'static str> {
    Some(match code {
        "en" => "letters-english",
        "uk" => "letters-ukrainian",
        "no" | "nb" | "nn" => "letters-norwegian",
        "ru" => "letters-russian",
        "pl" => "letters-polish",
        "de" => "letters-german",
        "fr" => "letters-french",
        "es" => "letters-spanish",
        _ => return None,
    })
}

/// A working language's name in `lang` (its code when the language has no name here); read back by
/// [`language_code`].
pub fn language_label(lang: crate::engine::lang::Lang, code: &str) -> String {
    language_message(code).map_or_else(|| code.to_string(), |m| crate::engine::fluent::plain(lang, m).to_string())
}

/// Languages in a multi-select answer, as ISO 639-1 codes. Unknown languages are ignored (they do not
/// affect matching beyond the shared-language component).
pub fn split_languages(s: &str) -> BTreeSet<String> {
    split_multi(s, 1, |folded| language_code_folded(folded).map(str::to_string)).0
}

/// The ISO 639-1 code of a language named in nb, nn, uk or en.
pub fn language_code(name: &str) -> Option<&'static str> {
    language_code_folded(&fold(name))
}

fn language_code_folded(folded: &str) -> Option<&'static str> {
    LANGUAGES.iter().find(|(_, names)| names.contains(&folded)).map(|(c, _)| *c)
}

/// A date and time in a sortable form, `YYYY-MM-DDTHH:MM:SS`, from the shapes survey tools write:
/// `02.03.2026 09:44:00`, `2026/03/02 9:44:00 AM EET`, `2026-03-02 09:44`, `3/2/2026 9:44:00` (month first,
/// as English Microsoft Forms), or a spreadsheet date already turned into ISO text.
pub fn parse_timestamp(s: &str) -> Option<String> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    let upper = t.to_uppercase();
    let pm = upper.contains(" PM");
    let am = upper.contains(" AM");
    let nums: Vec<u32> =
        t.split(|c: char| !c.is_ascii_digit()).filter(|p| !p.is_empty()).filter_map(|p| p.parse().ok()).collect();
    let &[a, b, c, ..] = nums.as_slice() else {
        return None;
    };
    let (y, mo, d) = if a > 31 {
        (a, b, c)
    } else if t.contains('.') {
        (c, b, a)
    } else {
        (c, a, b)
    };
    let mut h = nums.get(3).copied().unwrap_or(0);
    let mi = nums.get(4).copied().unwrap_or(0);
    let sec = nums.get(5).copied().unwrap_or(0);
    if pm && h < 12 {
        h += 12;
    }
    if am && h == 12 {
        h = 0;
    }
    let valid =
        (1900..=2200).contains(&y) && (1..=12).contains(&mo) && (1..=31).contains(&d) && h < 24 && mi < 60 && sec < 61;
    valid.then(|| format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{sec:02}"))
}

/// Numbers as words, one to ten, in nb, nn, uk and en (folded, apostrophes dropped).
const NUMBER_WORDS: &[(u32, &[&str])] = &[
    (1, &["en", "ein", "ett", "eitt", "one", "один", "одна", "одного", "одну"]),
    (2, &["to", "two", "два", "дві", "двох"]),
    (3, &["tre", "three", "три", "трьох"]),
    (4, &["fire", "four", "чотири", "чотирьох"]),
    (5, &["fem", "five", "пять", "пяти"]),
    (6, &["seks", "six", "шість", "шести"]),
    (7, &["sju", "syv", "seven", "сім", "семи"]),
    (8, &["åtte", "eight", "вісім", "восьми"]),
    (9, &["ni", "nine", "девять", "девяти"]),
    (10, &["ti", "ten", "десять", "десяти"]),
];

/// A count written in words ("to", "два", "two partners", "1 or two"): the largest number word, when the answer
/// has one and no digits.
fn count_in_words(s: &str) -> Option<u32> {
    fold(s).split(' ').filter_map(|w| NUMBER_WORDS.iter().find(|(_, words)| words.contains(&w)).map(|(n, _)| *n)).max()
}

/// Parses a count of partners: `2`, ` 2 `, `1-2` (the upper bound), `2 partnere`, and numbers written as words
/// (`to`, `два`, `two`).
pub fn parse_count(s: &str) -> Option<u32> {
    let s = s.trim();
    if !s.chars().any(|c| c.is_ascii_digit()) {
        return count_in_words(s);
    }
    if s.starts_with('-') {
        return None;
    }
    let digits: Vec<u32> =
        s.split(|c: char| !c.is_ascii_digit()).filter(|p| !p.is_empty()).filter_map(|p| p.parse().ok()).collect();
    let rest_ok = s.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '-' | '–'))
        || fold(s).split(' ').skip(1).all(|w| w.chars().all(char::is_alphabetic));
    match digits.as_slice() {
        [n] if rest_ok => Some(*n),
        [a, b] if rest_ok && a <= b => Some(*b),
        _ => None,
    }
}

/// Parses a whole number written with spaces, no-break spaces or thin spaces as thousands separators.
pub fn parse_number(s: &str) -> Option<u64> {
    let t: String = s.chars().filter(|c| !c.is_whitespace() && *c != '\u{202F}' && *c != '\u{A0}').collect();
    if t.is_empty() {
        return None;
    }
    t.parse().ok().or_else(|| t.parse::<f64>().ok().filter(|f| *f >= 0.0 && f.fract() == 0.0).map(|f| f as u64))
}

/// Yes or no in nb, nn, uk or en (`Ja`, `Так`, `Yes`, `1`, `x` / `Nei`, `Ні`, `No`, `0`); `None` otherwise.
pub fn parse_yes_no(s: &str) -> Option<bool> {
    let f = fold(s);
    let first = f.split(' ').next().unwrap_or("");
    match first {
        "ja" | "yes" | "так" | "true" | "1" | "x" => Some(true),
        "nei" | "no" | "ні" | "false" | "0" => Some(false),
        _ => None,
    }
}

/// Text that says something: empty, "nei", "no", "ні" and the like give an empty string.
pub fn meaningful_text(s: &str) -> String {
    match fold(s).as_str() {
        "" | "nei" | "no" | "ні" | "немає" | "none" | "ingen" | "nei ingen" | "ні немає" => String::new(),
        _ => s.trim().to_string(),
    }
}

/// War zone or outside, from a category answer in nb, nn, uk or en.
pub fn parse_category(s: &str) -> Category {
    let f = fold(s);
    let outside = ["поза зоною", "поза зоною бойових", "outside", "utenfor", "utanfor", "не в зоні"];
    let war = [
        "зоні бойових",
        "в зоні",
        "бойових дій",
        "hostilities",
        "war zone",
        "krigssonen",
        "krigssone",
        "krigssona",
        "деокупован",
        "прифронтов",
        "frontline",
    ];
    if outside.iter().any(|p| f.contains(p)) {
        Category::Outside
    } else if war.iter().any(|p| f.contains(p)) {
        Category::WarZone
    } else {
        Category::Unknown
    }
}

/// The preferred partner category; anything that is neither is no preference.
pub fn parse_preference(s: &str) -> Preference {
    match parse_category(s) {
        Category::WarZone => Preference::WarZone,
        Category::Outside => Preference::Outside,
        Category::Unknown => Preference::NoPreference,
    }
}

/// Acute, long-term or both, from a form-of-cooperation answer in nb, uk or en.
pub fn parse_form(s: &str) -> Form {
    let f = fold(s);
    let acute =
        ["akutt", "acute", "short", "kortsiktig", "korttid", "нагальн", "короткостроков"].iter().any(|p| f.contains(p));
    let long = ["langsiktig", "long term", "langvarig", "довгостроков"].iter().any(|p| f.contains(p));
    match (acute, long) {
        (true, false) => Form::Acute,
        (false, true) => Form::LongTerm,
        _ => Form::Both,
    }
}

/// The damage level, from an answer in uk, nb or en.
pub fn parse_damage(s: &str) -> Damage {
    match fold(s).as_str() {
        "немає" | "none" | "ingen" | "no" => Damage::None,
        "низький" | "low" | "lav" | "низька" => Damage::Low,
        "середній" | "medium" | "middels" | "середня" => Damage::Medium,
        "високий" | "high" | "høy" | "висока" | "критичний" | "critical" => Damage::High,
        _ => Damage::Unknown,
    }
}

/// A municipality's or community's code given in its name's answer, as a questionnaire's list gives it
/// (`Bergen — 4601`, `Ahronomichna, Vinnytska — UA05020010000053508`) and people write it (`4601 Bergen`,
/// `Bergen (4601)`): the code (a run of exactly four digits that is a kommunenummer of the list, so that a year
/// is never one; `UA` and 17 digits for a community, any case) and the name before it, without the separators and brackets around the code and
/// without what follows a comma (the region the list names). `None` when there is not exactly one such code.
pub fn code_in_name(s: &str, side: crate::engine::model::Side) -> Option<(String, String)> {
    use crate::engine::model::Side;
    // Codes are ASCII: byte positions around them are character boundaries.
    let b = s.as_bytes();
    let alnum = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
    let digits = |from: usize| b.get(from..).unwrap_or_default().iter().take_while(|c| c.is_ascii_digit()).count();
    let mut found = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let starts = i == 0 || !alnum(i - 1);
        let step = match side {
            Side::Offers if starts && b.get(i).is_some_and(u8::is_ascii_digit) => {
                let n = digits(i);
                let known = s.get(i..i + 4).and_then(crate::engine::gazetteer::kommune_by_number).is_some();
                if n == 4 && known {
                    found.push((i, i + 4));
                }
                n
            }
            Side::Needs if starts && b.get(i..i + 2).is_some_and(|p| p.eq_ignore_ascii_case(b"UA")) => {
                let n = digits(i + 2);
                if n == 17 && !alnum(i + 19) {
                    found.push((i, i + 19));
                }
                2 + n
            }
            _ => 1,
        };
        i += step.max(1);
    }
    let [(start, end)] = <[_; 1]>::try_from(found).ok()?;
    let code = s.get(start..end)?.to_uppercase();
    let trim: &[char] = &[' ', '\u{a0}', '—', '–', '-', '(', ')', '[', ']', ',', ':', '/'];
    let before = s.get(..start).unwrap_or_default().trim_matches(trim);
    let after = s.get(end..).unwrap_or_default().trim_matches(trim);
    let name = if before.is_empty() { after } else { before };
    let name = name.split(',').next().unwrap_or_default().trim_matches(trim);
    Some((code, name.to_string()))
}

/// A four-digit kommunenummer: `301` (Excel dropped the zero) → `0301`.
pub fn normalize_kommunenummer(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty() && t.len() <= 4 && t.chars().all(|c| c.is_ascii_digit())).then(|| format!("{t:0>4}"))
}

/// A KATOTTG code: `UA` and 17 digits, upper case.
pub fn normalize_katottg(s: &str) -> Option<String> {
    let t = s.trim().to_uppercase();
    let digits = t.strip_prefix("UA")?;
    (digits.len() == 17 && digits.chars().all(|c| c.is_ascii_digit())).then_some(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn google_forms_answers_with_commas_inside_labels_split_right() {
        let (found, unknown) = split_areas("Vei, bru og samferdsel, Barnevern, Romfart");
        let codes: Vec<_> = found.iter().map(|&i| taxonomy::areas()[i].code).collect();
        assert_eq!(codes, ["INF-TRN", "SRV-CHW"]);
        assert_eq!(unknown, ["Romfart"]);
    }

    /// The label with the most commas is found between two others, however many commas it has: the splitting
    /// tries joins of as many pieces as that label has.
    #[test]
    fn the_label_with_the_most_commas_is_found_among_others() {
        let most = taxonomy::max_label_commas();
        let label = taxonomy::areas()
            .iter()
            .flat_map(|a| [a.en, a.nb, a.nn, a.uk].map(|l| (a.index, l)))
            .find(|(_, l)| l.matches(',').count() == most)
            .expect("a label with the most commas");
        assert!(most >= 1);
        let answer = format!("Barnevern, {}, Vann og avløp", label.1);
        let (found, unknown) = split_areas(&answer);
        assert!(
            found.contains(&label.0) && found.len() == 3 && unknown.is_empty(),
            "{answer:?}: {found:?} {unknown:?}"
        );
        // A label the coordinator mapped, with more commas than any of the taxonomy's.
        let mapped = (0..=most + 1).map(|k| format!("del {k}")).collect::<Vec<_>>().join(", ");
        let answers = BTreeMap::from([(fold(&mapped), Some("INF-WAT".to_string()))]);
        let (found, unknown) = split_areas_with(&format!("Barnevern, {mapped}, Energi"), &answers);
        let water = taxonomy::by_code("INF-WAT").expect("water").index;
        assert!(found.contains(&water) && found.len() == 3 && unknown.is_empty(), "{found:?} {unknown:?}");
    }

    /// The texts a splitting may look up are written for the memo as the folded pieces joined, a line per part,
    /// nothing before or after them.
    #[test]
    fn the_texts_looked_up_are_written_exactly() {
        let mut within = String::new();
        let lookup = |t: &str| (t == "vann og avlop").then_some(1);
        let _ = split_multi_within(" Vann og avløp ;Energi, Skole", 3, lookup, Some(&mut within));
        assert_eq!(within, format!("{}\n{} {}\n", fold("Vann og avløp"), fold("Energi"), fold("Skole")));
    }

    /// Working languages in any of the three languages' words, as ISO 639-1 codes; unknown ones left out.
    #[test]
    fn languages_by_their_names_in_three_languages() {
        let codes = |s: &str| split_languages(s).into_iter().collect::<Vec<_>>();
        assert_eq!(codes("Engelsk, Ukrainsk; Tysk"), ["de", "en", "uk"]);
        assert_eq!(codes("англійська, польська"), ["en", "pl"]);
        assert_eq!(codes("English, Klingon"), ["en"]);
        assert_eq!(codes(""), Vec::<String>::new());
        assert_eq!(language_code("Norwegian"), Some("no"));
        assert_eq!(language_code(" НІМЕЦЬКА "), Some("de"));
        assert_eq!(language_code("Klingon"), None);
    }

    /// Times in the shapes the form tools write, made sortable; the afternoon and midnight of a 12-hour clock
    /// read right; what is no time (out of range, too few numbers, blank) is none.
    #[test]
    fn timestamps_in_the_tools_shapes() {
        for (written, sortable) in [
            ("02.03.2026 09:44:00", "2026-03-02T09:44:00"),
            ("31.03.2026 10:00", "2026-03-31T10:00:00"),
            ("2026/03/02 9:44:00 PM EET", "2026-03-02T21:44:00"),
            ("2026-03-02 09:44", "2026-03-02T09:44:00"),
            ("3/2/2026 12:05:09 AM", "2026-03-02T00:05:09"),
            ("3/2/2026 12:05:09 PM", "2026-03-02T12:05:09"),
            (" 2026-03-02T09:44:07 ", "2026-03-02T09:44:07"),
        ] {
            assert_eq!(parse_timestamp(written).as_deref(), Some(sortable), "{written:?}");
        }
        for no in [
            "",
            "  ",
            "i går",
            "2026-13-02",
            "32.03.2026",
            "2026-03-02 24:00",
            "2026-03-02 09:60",
            "2026-03-02 09:44:61",
            "1899-01-01",
            "2026-03",
            "2026-00-02",
            "2026-03-00",
        ] {
            assert_eq!(parse_timestamp(no), None, "{no:?}");
        }
    }

    /// Yes or no, the cooperation's form, the damage and "nothing" answers in nb, uk and en; numbers with
    /// spaces or a whole decimal; a range given backwards is no count.
    #[test]
    fn short_answers_in_three_languages() {
        for (s, v) in [
            ("Ja", Some(true)),
            ("Yes, since 2019", Some(true)),
            ("Так", Some(true)),
            ("x", Some(true)),
            ("Nei", Some(false)),
            ("ні", Some(false)),
            ("0", Some(false)),
            ("Vet ikke", None),
            ("", None),
        ] {
            assert_eq!(parse_yes_no(s), v, "{s:?}");
        }
        assert_eq!((meaningful_text(" Nei "), meaningful_text("Ні, немає")), (String::new(), String::new()));
        assert_eq!(meaningful_text(" Vennskapskommune: Bucha "), "Vennskapskommune: Bucha");
        for (s, f) in [
            ("Akutt hjelp", Form::Acute),
            ("Langsiktig samarbeid", Form::LongTerm),
            ("Både akutt og langsiktig", Form::Both),
            ("", Form::Both),
        ] {
            assert_eq!(parse_form(s), f, "{s:?}");
        }
        for (s, d) in [
            ("Немає", Damage::None),
            ("Low", Damage::Low),
            ("Середня", Damage::Medium),
            ("Критичний", Damage::High),
            ("?", Damage::Unknown),
        ] {
            assert_eq!(parse_damage(s), d, "{s:?}");
        }
        for (s, n) in
            [("12 345", Some(12_345)), ("2.0", Some(2)), ("2.5", None), ("-3.0", None), ("-3", None), (" ", None)]
        {
            assert_eq!(parse_number(s), n, "{s:?}");
        }
        assert_eq!((parse_count("2–3"), parse_count("3-2")), (Some(3), None));
    }

    #[test]
    fn ms_forms_answers_with_trailing_semicolon_split_right() {
        let (found, unknown) = split_areas("Samfunnssikkerhet, beredskap og tilfluktsrom;Vann og avløp;");
        assert_eq!(found.len(), 2);
        assert!(unknown.is_empty());
    }

    #[test]
    fn counts_and_numbers() {
        assert_eq!(parse_count("2"), Some(2));
        assert_eq!(parse_count("1-2"), Some(2));
        assert_eq!(parse_count("-2"), None);
        assert_eq!(parse_count("mange"), None);
        assert_eq!(parse_count("3 partnere"), Some(3));
        assert_eq!(parse_count("to"), Some(2));
        assert_eq!(parse_count("Два партнери"), Some(2));
        assert_eq!(parse_count("one or two"), Some(2));
        assert_eq!(parse_count("п'ять"), Some(5));
        assert_eq!(parse_count("nei"), None);
        assert_eq!(parse_number("1 122"), Some(1122));
        assert_eq!(parse_number("36\u{A0}436"), Some(36436));
        assert_eq!(parse_number("abc"), None);
    }

    #[test]
    fn codes_given_in_a_name_are_found() {
        use crate::engine::model::Side::{Needs, Offers};
        let got = |s: &str, side| code_in_name(s, side);
        let pair = |c: &str, n: &str| Some((c.to_string(), n.to_string()));
        assert_eq!(got("Bergen — 4601", Offers), pair("4601", "Bergen"));
        assert_eq!(got("4601 Bergen", Offers), pair("4601", "Bergen"));
        assert_eq!(got("Bergen (4601)", Offers), pair("4601", "Bergen"));
        assert_eq!(got("Bergen", Offers), None);
        assert_eq!(got("Bergen 46011", Offers), None, "five digits are no kommunenummer");
        assert_eq!(got("4601 og 0301", Offers), None, "two codes: neither");
        assert_eq!(got("Kinn (fra 2020)", Offers), None, "a year is no kommunenummer");
        assert_eq!(
            got("Ahronomichna, Vinnytska — UA05020010000053508", Needs),
            pair("UA05020010000053508", "Ahronomichna")
        );
        assert_eq!(got("ua05020010000053508 Агрономічна", Needs), pair("UA05020010000053508", "Агрономічна"));
        assert_eq!(got("Агрономічна UA0502001000005350", Needs), None, "16 digits");
        assert_eq!(got("Ямпільська — UA05020010000053508", Offers), None);
    }

    #[test]
    fn codes_normalise() {
        assert_eq!(normalize_kommunenummer("301").as_deref(), Some("0301"));
        assert_eq!(normalize_kommunenummer("03011"), None);
        assert_eq!(normalize_katottg("ua05040190000039450").as_deref(), Some("UA05040190000039450"));
        assert_eq!(normalize_katottg("UA123"), None);
    }

    #[test]
    fn categories_in_every_language() {
        assert_eq!(parse_category("Громада в зоні бойових дій"), Category::WarZone);
        assert_eq!(parse_category("Громада поза зоною бойових дій"), Category::Outside);
        assert_eq!(parse_category("Hromada in the area of hostilities"), Category::WarZone);
        assert_eq!(parse_category("Hromada outside the area of hostilities"), Category::Outside);
        assert_eq!(parse_preference("Kommune i krigssonen"), Preference::WarZone);
        assert_eq!(parse_preference("Kommune utenfor krigssonen"), Preference::Outside);
        assert_eq!(parse_preference("Ingen preferanse"), Preference::NoPreference);
        assert_eq!(parse_category("Hromada utanfor krigssona"), Category::Outside);
        assert_eq!(parse_category("Hromada i krigssona"), Category::WarZone);
        // The program's own words for each category, in every language, read back as that category.
        for lang in crate::engine::lang::Lang::ALL {
            let words = |id| crate::engine::fluent::plain(lang, id);
            assert_eq!(parse_category(words("category-words-war_zone")), Category::WarZone, "{lang:?}");
            assert_eq!(parse_category(words("category-words-outside")), Category::Outside, "{lang:?}");
            assert_eq!(parse_category(words("category-war_zone")), Category::WarZone, "{lang:?}");
            assert_eq!(parse_category(words("category-outside")), Category::Outside, "{lang:?}");
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use crate::engine::gazetteer::{HROMADY, KOMMUNER};
    use crate::engine::model::Side;
    use proptest::prelude::*;

    /// A name as people write it: letters of the three alphabets, spaces, apostrophes and hyphens inside.
    fn name() -> impl Strategy<Value = String> {
        proptest::string::string_regex(
            "[A-Za-zÆØÅæøåА-Яа-яІЇЄҐіїєґ][A-Za-zÆØÅæøåА-Яа-яіїєґ' -]{0,20}[A-Za-zæøåа-яіїєґ]",
        )
        .expect("a regex")
    }

    proptest! {
        /// A code written with a name in any of the ways the lists and people write it is found, with the name
        /// as written; text with no code finds none; nothing panics on any text.
        #[test]
        fn a_code_written_with_a_name_is_found(
            name in name(),
            k in 0..KOMMUNER.len(),
            h in 0..HROMADY.len(),
            how in 0usize..5,
            region in name(),
            any in ".{0,40}",
        ) {
            let (kommune, hromada) = (KOMMUNER[k].number, HROMADY[h].code);
            for (side, code) in [(Side::Offers, kommune), (Side::Needs, hromada)] {
                let written = match how {
                    0 => format!("{name} — {code}"),
                    1 => format!("{code} {name}"),
                    2 => format!("{name} ({code})"),
                    3 => format!("{name}, {region} — {code}"),
                    _ => format!("{name} [{}]", code.to_lowercase()),
                };
                let want = name.trim_matches(|c| c == ' ' || c == '-').to_string();
                prop_assert_eq!(code_in_name(&written, side), Some((code.to_string(), want)), "{}", written);
                prop_assert_eq!(code_in_name(&name, side), None);
            }
            let _ = (code_in_name(&any, Side::Offers), code_in_name(&any, Side::Needs));
        }
    }

    /// The oracle: the splitting as first written, each join made as a text of its own from the folded pieces.
    fn split_multi_joining<T: Ord>(
        s: &str,
        max_pieces: usize,
        lookup: impl Fn(&str) -> Option<T>,
    ) -> (BTreeSet<T>, Vec<String>) {
        let mut found = BTreeSet::new();
        let mut unknown = Vec::new();
        let join = |folded: &[String]| folded.iter().filter(|f| !f.is_empty()).cloned().collect::<Vec<_>>().join(" ");
        for part in s.split([';', '\n']).map(str::trim).filter(|p| !p.is_empty()) {
            let pieces: Vec<&str> = part.split(',').collect();
            let folded: Vec<String> = pieces.iter().map(|p| fold(p)).collect();
            if let Some(t) = lookup(&join(&folded)) {
                found.insert(t);
                continue;
            }
            let mut at = 0;
            while at < pieces.len() {
                let most = (pieces.len() - at).min(max_pieces.max(1));
                match (1..=most).rev().find_map(|n| lookup(&join(&folded[at..at + n])).map(|t| (n, t))) {
                    Some((n, t)) => {
                        found.insert(t);
                        at += n;
                    }
                    None => {
                        if !pieces[at].trim().is_empty() {
                            unknown.push(pieces[at].trim().to_string());
                        }
                        at += 1;
                    }
                }
            }
        }
        (found, unknown)
    }

    /// A piece of an answer: a whole label in some language, a comma-separated piece of one, or anything.
    fn piece() -> impl Strategy<Value = String> {
        let labels: Vec<String> =
            taxonomy::areas().iter().flat_map(|a| [a.en, a.nb, a.nn, a.uk, a.code]).map(str::to_string).collect();
        let fragments: Vec<String> = labels.iter().flat_map(|l| l.split(',').map(str::to_string)).collect();
        prop_oneof![
            proptest::sample::select(labels).prop_map(|l| l.to_uppercase()),
            proptest::sample::select(fragments),
            "[a-zA-Zæøå0-9АБВабвЇїІіЄєҐґ'’ .()\\-–\\u{301}\\u{130}\\u{200b}]{0,12}",
        ]
    }

    fn answer() -> impl Strategy<Value = String> {
        let sep = proptest::sample::select(vec![",", ", ", " ,", ",,", ";", "; ", "\n", "", " "]);
        proptest::collection::vec((piece(), sep), 0..8)
            .prop_map(|v| v.into_iter().map(|(p, s)| format!("{p}{s}")).collect())
    }

    proptest! {
        /// Splitting on slices of one folded text finds what the join of each run of pieces made as a text of
        /// its own finds: the same areas, the same unknown pieces in the same order; with the taxonomy's labels,
        /// with any other look-up, and with any number of pieces per label.
        #[test]
        fn splitting_on_one_folded_text_is_splitting_on_joins_made_each(s in answer(), max_pieces in 0usize..5) {
            let areas = |folded: &str| taxonomy::lookup_folded(folded).map(|a| a.index);
            prop_assert_eq!(split_multi(&s, max_pieces, areas), split_multi_joining(&s, max_pieces, areas));
            // Any lookup: a folded text of an even number of bytes is "known" as its length.
            let even = |folded: &str| folded.len().is_multiple_of(2).then_some(folded.len());
            prop_assert_eq!(split_multi(&s, max_pieces, even), split_multi_joining(&s, max_pieces, even));
        }

        /// Every text the splitting looks up is within one line of what it says it may look up (what the
        /// file's memo relies on to keep an answer's areas when the coordinator's answers change elsewhere),
        /// and saying it changes nothing else.
        #[test]
        fn every_text_looked_up_is_within_a_line_of_what_the_splitting_says(s in answer(), max_pieces in 0usize..5) {
            let mut within = String::new();
            let looked = std::cell::RefCell::new(Vec::new());
            let split = split_multi_within(&s, max_pieces, |folded| {
                looked.borrow_mut().push(folded.to_string());
                (folded.len() % 3 == 0).then_some(folded.len())
            }, Some(&mut within));
            prop_assert_eq!(split, split_multi(&s, max_pieces, |folded| (folded.len() % 3 == 0).then_some(folded.len())));
            for text in looked.into_inner() {
                prop_assert!(within.split('\n').any(|line| line.contains(&text)), "{text:?} not in {within:?}");
            }
        }
    }
}
