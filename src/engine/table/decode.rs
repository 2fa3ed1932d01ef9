//! Bytes → text: BOM-marked UTF-8 or UTF-16, plain UTF-8, else Windows-1252.
// Bytes are whatever a file holds: no indexing that could panic on them.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use std::borrow::Cow;

/// Decodes text: BOM-marked UTF-8 or UTF-16 (LE/BE), else UTF-8, else Windows-1252. Returns `None` for
/// bytes that are not text (NUL bytes or many control characters).
pub fn decode(bytes: &[u8]) -> Option<(Cow<'_, str>, &'static str)> {
    // UTF-8 (most exports) is borrowed as it is: a national file is 900 KB that need not be copied.
    let (text, enc) = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        (String::from_utf8_lossy(rest), "utf-8")
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        (Cow::Owned(utf16(rest, u16::from_le_bytes)), "utf-16le")
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (Cow::Owned(utf16(rest, u16::from_be_bytes)), "utf-16be")
    } else if let Ok(s) = simdutf8::basic::from_utf8(bytes) {
        (Cow::Borrowed(s), "utf-8")
    } else {
        (Cow::Owned(bytes.iter().map(|&b| cp1252(b)).collect()), "windows-1252")
    };
    let (chars, control, nul) = char_counts(&text);
    if nul || control * 100 > chars.max(1) {
        return None;
    }
    Some((text, enc))
}

/// Over the bytes of `text`: its characters, its control characters other than line breaks and tabs
/// (Unicode's Cc: U+0000–U+001F, U+007F–U+009F), and whether it holds a NUL. In UTF-8 a character is a byte
/// that does not continue another (`10xxxxxx`); C0 controls and DEL are single bytes, and U+0080–U+009F are
/// `C2 80`–`C2 9F`. Counted 128 bytes at a time into a byte, which the compiler does 16 or 32 at once: one
/// pass over the bytes instead of three over the characters.
fn char_counts(text: &str) -> (usize, usize, bool) {
    let bytes = text.as_bytes();
    // Each byte's next, in chunks that line up with the bytes' (the last byte has none).
    let next = bytes.get(1..).unwrap_or_default().chunks(CHUNK).chain(std::iter::once(&[][..]));
    fn count(flags: impl Iterator<Item = bool>) -> usize {
        usize::from(flags.fold(0u8, |n, f| n + u8::from(f)))
    }
    let (mut chars, mut control) = (0, 0);
    for (chunk, next) in bytes.chunks(CHUNK).zip(next) {
        chars += count(chunk.iter().map(|&b| b & 0xC0 != 0x80));
        control += count(chunk.iter().map(|&b| matches!(b, 0x00..=0x08 | 0x0B | 0x0C | 0x0E..=0x1F | 0x7F)));
        control += count(chunk.iter().zip(next).map(|(&a, &b)| a == 0xC2 && (0x80..=0x9F).contains(&b)));
    }
    (chars, control, bytes.contains(&0))
}

/// Bytes counted at a time: fewer than 256, so that a byte holds the count.
const CHUNK: usize = 128;

pub(super) fn utf16(bytes: &[u8], f: fn([u8; 2]) -> u16) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).filter_map(|c| c.try_into().ok()).map(f).collect();
    String::from_utf16_lossy(&units)
}

/// Windows-1252: Latin-1 with printable characters in 0x80–0x9F.
pub(super) fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH.get(usize::from(b - 0x80)).copied().unwrap_or(char::REPLACEMENT_CHARACTER),
        _ => b as char,
    }
}

// Property tests: native only (proptest is a native dev-dependency).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod char_count_tests {
    use super::char_counts;
    use proptest::prelude::*;

    /// The counts as the characters give them.
    fn by_chars(text: &str) -> (usize, usize, bool) {
        let control = text.chars().filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')).count();
        (text.chars().count(), control, text.contains('\0'))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]
        #[test]
        fn one_pass_over_the_bytes_counts_as_the_characters_do(
            text in prop::collection::vec(prop_oneof![
                any::<char>(),
                (0u32..0x100).prop_map(|c| char::from_u32(c).unwrap_or('?')),
                prop::sample::select(vec!['\0', '\n', '\r', '\t', '\u{7f}', '\u{80}', '\u{9f}', '\u{a0}', '\u{c2}', 'і', '€']),
            ], 0..400).prop_map(|v| v.into_iter().collect::<String>())
        ) {
            prop_assert_eq!(char_counts(&text), by_chars(&text));
        }
    }

    #[test]
    fn named_cases() {
        assert_eq!(char_counts(""), (0, 0, false));
        assert_eq!(char_counts("a\u{85}b\u{1}\n"), (5, 2, false));
        assert_eq!(char_counts("Â\u{80}\0"), (3, 2, true));
    }
}
