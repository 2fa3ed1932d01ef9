//! A letter as an e-mail draft (RFC 5322 and MIME): `To` both contacts, `Cc` the coordinator, the subject
//! and names as UTF-8 encoded words, a plain-text and an HTML part in base64, and `X-Unsent: 1` so that Outlook
//! opens it as a draft to send. No date and no message id: the mail program adds them when it sends, so the
//! same letters give the same bytes. Every text of the surveys goes into encoded words or base64, never into a
//! header as written: a line break in a name cannot add a header.

use super::address::Address;
use super::compose::Letter;
use super::render;
use std::fmt::Write;

/// The boundary between the parts: `=_` cannot occur in base64 or in an encoded word.
const BOUNDARY: &str = "=_kommunematch_alternative";

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Bytes in base64 (RFC 4648, with padding).
pub fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(B64[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Base64 in lines of 76 characters, each ending in CRLF.
fn base64_lines(bytes: &[u8]) -> String {
    let text = base64(bytes);
    let mut out = String::with_capacity(text.len() + text.len() / 38);
    for line in text.as_bytes().chunks(76) {
        out.push_str(std::str::from_utf8(line).unwrap_or_default());
        out.push_str("\r\n");
    }
    out
}

/// A text as RFC 2047 encoded words (`=?UTF-8?B?…?=`), each at most 75 characters and cut between
/// characters, joined by folding white space.
pub fn encoded_words(text: &str) -> String {
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in text.chars() {
        // 45 bytes give 60 characters of base64, 72 with the markers.
        if chunk.len() + c.len_utf8() > 45 {
            words.push(format!("=?UTF-8?B?{}?=", base64(chunk.as_bytes())));
            chunk.clear();
        }
        chunk.push(c);
    }
    if !chunk.is_empty() || words.is_empty() {
        words.push(format!("=?UTF-8?B?{}?=", base64(chunk.as_bytes())));
    }
    words.join("\r\n ")
}

/// The longest name (in UTF-8 bytes) shown beside an address: one encoded word. A name in several encoded
/// words is joined differently by different parsers (Python's `email` puts a space between them), so a longer
/// name is left to the letter's text, where it is in full.
pub const NAME_BYTES: usize = 45;

/// The name a mail program shows beside a recipient's address, if there is one that fits.
pub fn display_name(name: &str) -> Option<&str> {
    (!name.is_empty() && name.len() <= NAME_BYTES).then_some(name)
}

/// A mailbox: the name as one encoded word (when there is one that fits) and the checked address.
fn mailbox(name: &str, address: &Address) -> String {
    match display_name(name) {
        Some(n) => format!("{} <{}>", encoded_words(n), address.as_str()),
        None => address.as_str().to_string(),
    }
}

/// The letter as an e-mail draft, lines ending in CRLF. `cc`: the coordinator's address, checked.
pub fn draft(letter: &Letter, cc: Option<&Address>) -> String {
    let mut out = String::new();
    if !letter.to.is_empty() {
        let to: Vec<String> = letter.to.iter().map(|r| mailbox(&r.name, &r.address)).collect();
        let _ = write!(out, "To: {}\r\n", to.join(",\r\n "));
    }
    if let Some(cc) = cc {
        let _ = write!(out, "Cc: {}\r\n", cc.as_str());
    }
    let _ = write!(out, "Subject: {}\r\n", encoded_words(&letter.subject));
    out.push_str("X-Unsent: 1\r\nMIME-Version: 1.0\r\n");
    let _ = write!(out, "Content-Type: multipart/alternative; boundary=\"{BOUNDARY}\"\r\n\r\n");
    for (kind, body) in [("plain", render::plain(letter)), ("html", render::email_html(letter))] {
        let _ = write!(
            out,
            "--{BOUNDARY}\r\nContent-Type: text/{kind}; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{}",
            base64_lines(body.replace('\n', "\r\n").as_bytes())
        );
    }
    let _ = write!(out, "--{BOUNDARY}--\r\n");
    out
}

/// A file name for a letter's draft: its number and the two ids, in letters, digits and hyphens only.
pub fn file_name(i: usize, letter: &Letter) -> String {
    let safe = |id: &str| -> String {
        let s: String =
            id.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).take(40).collect();
        s
    };
    format!("{:03}-{}-{}.eml", i + 1, safe(&letter.offer_id), safe(&letter.need_id))
}

/// The drafts as a ZIP, one `.eml` per letter, in the letters' order. The same letters give the same bytes
/// (fixed file times).
pub fn drafts_zip(letters: &[Letter], cc: Option<&Address>) -> Result<Vec<u8>, String> {
    use std::io::Write as _;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        // The fastest deflate: the national round's drafts in half the time of the default level, for an
        // archive a little larger (docs/benchmarks.md).
        .compression_level(Some(1))
        .last_modified_time(zip::DateTime::default());
    for (i, letter) in letters.iter().enumerate() {
        zip.start_file(file_name(i, letter), options).map_err(|e| e.to_string())?;
        zip.write_all(draft(letter, cc).as_bytes()).map_err(|e| e.to_string())?;
    }
    Ok(zip.finish().map_err(|e| e.to_string())?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_as_rfc_4648_gives_it() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), coded);
        }
    }

    #[test]
    fn encoded_words_stay_short_and_whole() {
        let long = "Бучанська міська територіальна громада – Sola kommune ".repeat(4);
        let words = encoded_words(&long);
        assert!(words.split("\r\n ").all(|w| w.len() <= 75 && w.starts_with("=?UTF-8?B?") && w.ends_with("?=")));
        assert_eq!(encoded_words(""), "=?UTF-8?B??=");
    }
}
