//! Bytes → text: BOM-marked UTF-8 or UTF-16, plain UTF-8, else Windows-1252.
// Bytes are whatever a file holds: no indexing that could panic on them.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

/// Decodes text: BOM-marked UTF-8 or UTF-16 (LE/BE), else UTF-8, else Windows-1252. Returns `None` for
/// bytes that are not text (NUL bytes or many control characters).
pub fn decode(bytes: &[u8]) -> Option<(String, &'static str)> {
    let (text, enc) = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        (String::from_utf8_lossy(rest).into_owned(), "utf-8")
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        (utf16(rest, u16::from_le_bytes), "utf-16le")
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (utf16(rest, u16::from_be_bytes), "utf-16be")
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        (s.to_string(), "utf-8")
    } else {
        (bytes.iter().map(|&b| cp1252(b)).collect(), "windows-1252")
    };
    let control = text.chars().filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')).count();
    if text.contains('\0') || control * 100 > text.chars().count().max(1) {
        return None;
    }
    Some((text, enc))
}

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
