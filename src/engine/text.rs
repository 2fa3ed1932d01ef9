//! Text normalisation shared by header matching, answer matching and identity.
// Text is whatever people typed: no indexing that could panic on it.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

/// Lower-cases, folds typographic apostrophes and dashes, turns every run of characters that are not
/// letters or digits into one space, and trims. `"E-post til kontaktperson?"` → `"e post til kontaktperson"`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(&mut out, s);
    out
}

/// [`fold`] appended to `out` (which it leaves as it was when `s` folds to nothing): a caller folding many
/// pieces reuses one buffer.
pub fn fold_into(out: &mut String, s: &str) {
    let start = out.len();
    let mut space = true;
    for ch in s.chars() {
        let ch = match ch {
            '’' | 'ʼ' | '`' | '´' | '\'' => continue, // apostrophes inside words (здоров'я) are dropped
            c => c,
        };
        if is_word_char(ch) {
            push_lower(out, ch);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.len() > start && out.ends_with(' ') {
        out.pop();
    }
}

/// Pushes the lower case of `ch`, with fast paths for ASCII and the Cyrillic capitals.
#[inline]
fn push_lower(out: &mut String, ch: char) {
    let lower = match ch {
        'A'..='Z' => ch.to_ascii_lowercase(),
        '\0'..='\x7f' => ch,
        // А–Я → а–я, Ѐ–Џ → ѐ–џ; already lower case: а–я, ѐ–џ
        '\u{0410}'..='\u{042F}' => char::from_u32(ch as u32 + 0x20).unwrap_or(ch),
        '\u{0400}'..='\u{040F}' => char::from_u32(ch as u32 + 0x50).unwrap_or(ch),
        '\u{0430}'..='\u{045F}' => ch,
        _ => {
            out.extend(ch.to_lowercase());
            return;
        }
    };
    out.push(lower);
}

/// Letters and digits, with fast paths for ASCII and Cyrillic (the Unicode tables are slow for Cyrillic
/// and this runs for every answer).
#[inline]
fn is_word_char(ch: char) -> bool {
    match ch {
        'a'..='z' | '0'..='9' => true,
        '\0'..='\x7f' => ch.is_ascii_alphanumeric(),
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}' => true,
        '\u{0482}'..='\u{0489}' => false,
        _ => ch.is_alphanumeric(),
    }
}

/// Whether `c` is an invisible control that has no place in a name: zero-width characters, bidirectional
/// controls (which can make a name display as another, as in "Trojan source" attacks) and the byte-order mark.
pub fn is_invisible_control(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}' | '\u{00AD}')
        || (c.is_control() && c != '\t' && c != '\n')
}

/// `s` without invisible controls (see [`is_invisible_control`]), borrowed when it has none.
pub fn without_invisible(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().any(is_invisible_control) {
        std::borrow::Cow::Owned(s.chars().filter(|&c| !is_invisible_control(c)).collect())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Whether `c` lower-cases to exactly the one character `lower`. A character whose lower case is longer
/// (U+0130 `İ` → `i̇`) is never equal to one character; one whose lower case is a different length in bytes
/// (U+212A, the Kelvin sign, → `k`) compares as its lower case, so text is never cut by a measure taken on
/// another string.
#[inline]
fn lowers_to(c: char, lower: char) -> bool {
    let mut l = c.to_lowercase();
    l.next() == Some(lower) && l.next().is_none()
}

/// `s` without `suffix`, compared without regard to case, character by character; `suffix` is given in lower
/// case. The result is always a prefix of `s` (cut at one of its own character boundaries), or `None` when `s`
/// does not end with `suffix`. `strip_suffix_ci("Bergen \u{212A}ommune", " kommune") == Some("Bergen")`.
pub fn strip_suffix_ci<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let mut own = s.char_indices().rev();
    let mut cut = s.len();
    for want in suffix.chars().rev() {
        let (i, c) = own.next()?;
        if !lowers_to(c, want) {
            return None;
        }
        cut = i;
    }
    s.get(..cut)
}

/// `s` without `prefix`, compared without regard to case, character by character; `prefix` is given in lower
/// case. The result is always a suffix of `s`, or `None` when `s` does not start with `prefix`.
pub fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let mut own = s.char_indices();
    let mut cut = 0;
    for want in prefix.chars() {
        let (i, c) = own.next()?;
        if !lowers_to(c, want) {
            return None;
        }
        cut = i + c.len_utf8();
    }
    s.get(cut..)
}

/// The text with its first letter in upper case (a transliterated name written as a name).
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// Transliterates Ukrainian Cyrillic to Latin letters (national system of 2010, simplified, lower case),
/// leaving other characters as they are. Used to compare names across scripts: "Буча" → "bucha".
pub fn latinize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars().flat_map(char::to_lowercase) {
        let t = match ch {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "h",
            'ґ' => "g",
            'д' => "d",
            'е' => "e",
            'є' => "ie",
            'ж' => "zh",
            'з' => "z",
            'и' => "y",
            'і' => "i",
            'ї' => "i",
            'й' => "i",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ь' | '\'' | '’' => "",
            'ю' => "iu",
            'я' => "ia",
            'ы' => "y",
            'э' => "e",
            'ё' => "io",
            'ъ' => "",
            'æ' => "ae",
            'ø' => "o",
            'å' => "a",
            _ => {
                out.push(ch);
                continue;
            }
        };
        out.push_str(t);
    }
    out
}

/// Spreadsheet column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA.
pub fn column_letter(mut i: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    s.reverse();
    String::from_utf8_lossy(&s).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_collapses_punctuation_and_case() {
        assert_eq!(fold("  E-post til KONTAKTPERSON? "), "e post til kontaktperson");
        assert_eq!(fold("Психічне здоров’я"), "психічне здоровя");
        assert_eq!(fold("Першочергові потреби (до 5)"), "першочергові потреби до 5");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn fast_lower_case_agrees_with_unicode() {
        for ch in '\0'..='\u{0600}' {
            let mut fast = String::new();
            push_lower(&mut fast, ch);
            assert_eq!(fast, ch.to_lowercase().collect::<String>(), "U+{:04X}", ch as u32);
        }
    }

    #[test]
    fn fast_paths_agree_with_unicode() {
        for ch in ('\0'..='\u{0600}').chain(['æ', 'ø', 'å', 'ß', '€', '№', '’']) {
            assert_eq!(is_word_char(ch), ch.is_alphanumeric(), "{ch:?} U+{:04X}", ch as u32);
        }
    }

    #[test]
    fn case_insensitive_affixes_cut_on_the_strings_own_boundaries() {
        assert_eq!(strip_suffix_ci("Bergen \u{212A}ommune", " kommune"), Some("Bergen"));
        assert_eq!(strip_suffix_ci("Bergen KOMMUNE", " kommune"), Some("Bergen"));
        assert_eq!(strip_suffix_ci("Буча ГРОМАДА", " громада"), Some("Буча"));
        assert_eq!(strip_suffix_ci("kommune", " kommune"), None);
        assert_eq!(strip_suffix_ci("İ kommune", " kommune"), Some("İ"));
        assert_eq!(strip_suffix_ci("x\u{0130}", "i"), None);
        assert_eq!(strip_prefix_ci("\u{212A}OMMUNE Bergen", "kommune "), Some("Bergen"));
        assert_eq!(strip_prefix_ci("ß", "ss"), None);
    }

    #[test]
    fn latinize_matches_how_norwegians_spell_places() {
        assert_eq!(latinize("Буча"), "bucha");
        assert_eq!(latinize("Житомир"), "zhytomyr");
        assert_eq!(latinize("Харків"), "kharkiv");
        assert_eq!(latinize("Bergen"), "bergen");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// What `split_multi` relies on to fold a multi-select answer once: folding a text is folding its
        /// comma-separated pieces and joining those that are not empty with a space.
        #[test]
        fn fold_is_its_pieces_joined(s in "[a-zA-Zæøå0-9АБВабвЇїІіЄєҐґ'’ ,.;()\\-–\\u{301}\\u{130}\\u{200b}]{0,40}") {
            let pieces: Vec<String> = s.split(',').map(fold).filter(|f| !f.is_empty()).collect();
            prop_assert_eq!(fold(&s), pieces.join(" "));
        }
    }
}
