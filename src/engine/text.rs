//! Text normalisation shared by header matching, answer matching and identity.

/// Lower-cases, folds typographic apostrophes and dashes, turns every run of characters that are not
/// letters or digits into one space, and trims. `"E-post til kontaktperson?"` → `"e post til kontaktperson"`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for ch in s.chars().flat_map(char::to_lowercase) {
        let ch = match ch {
            '’' | 'ʼ' | '`' | '´' => '\'',
            c => c,
        };
        if ch.is_alphanumeric() || ch == '\'' {
            if ch == '\'' {
                // Apostrophes inside Ukrainian words (здоров'я) are dropped, never turned into a word break.
                continue;
            }
            out.push(ch);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Whether the folded `haystack` contains the folded `needle` starting at a word boundary.
/// `starts_word("kontakt med en ukrainsk kommune", "ukrain")` is true; `"skommune"` does not contain
/// the word start `"kommune"`.
pub fn starts_word(haystack: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    haystack.match_indices(needle).any(|(i, _)| i == 0 || haystack[..i].ends_with(' '))
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
    fn starts_word_needs_a_boundary() {
        assert!(starts_word("har kommunen allerede kontakt", "kontakt"));
        assert!(!starts_word("kontaktperson", "person"));
        assert!(starts_word("kontaktperson", "kontakt"));
        assert!(!starts_word("abc", ""));
    }

    #[test]
    fn latinize_matches_how_norwegians_spell_places() {
        assert_eq!(latinize("Буча"), "bucha");
        assert_eq!(latinize("Житомир"), "zhytomyr");
        assert_eq!(latinize("Харків"), "kharkiv");
        assert_eq!(latinize("Bergen"), "bergen");
    }
}
