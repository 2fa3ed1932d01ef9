//! A "write e-mail" link per pair (`mailto:`, RFC 6068): both contacts, the coordinator in copy, the subject
//! and a short text, the whole link within the 2,000 characters mail programs and browsers accept.

use super::address::Address;
use super::compose::{Block, Letter};

/// The longest link made; a longer text is cut (between characters) to fit.
pub const MOST: usize = 2000;

/// Text percent-encoded as RFC 6068 asks: every byte but the unreserved ones.
fn encode(s: &str, out: &mut String) {
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
}

/// The short text: each part's first paragraph and its first step, blank lines between.
fn short_text(letter: &Letter) -> String {
    let mut out = Vec::new();
    for part in &letter.parts {
        let paras: Vec<&str> =
            part.blocks.iter().filter_map(|b| if let Block::Para(p) = b { Some(p.as_str()) } else { None }).collect();
        out.extend(paras.first().copied());
    }
    out.join("\n\n")
}

/// The letter's `mailto:` link.
pub fn mailto(letter: &Letter, cc: Option<&Address>) -> String {
    let mut link = String::from("mailto:");
    let to: Vec<&str> = letter.to.iter().map(|r| r.address.as_str()).collect();
    for (i, a) in to.iter().enumerate() {
        if i > 0 {
            link.push(',');
        }
        encode(a, &mut link);
    }
    let mut sep = '?';
    if let Some(cc) = cc {
        link.push_str("?cc=");
        encode(cc.as_str(), &mut link);
        sep = '&';
    }
    link.push(sep);
    link.push_str("subject=");
    encode(&letter.subject, &mut link);
    link.push_str("&body=");
    let text = short_text(letter).replace('\n', "\r\n");
    for c in text.chars() {
        let mut one = String::new();
        encode(c.encode_utf8(&mut [0; 4]), &mut one);
        if link.len() + one.len() > MOST {
            break;
        }
        link.push_str(&one);
    }
    link
}
