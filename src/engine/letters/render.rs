//! A letter as plain text, as the HTML of an e-mail and as printed pages. Every text of the surveys and of the
//! coordinator is escaped: it is shown, never read as markup.

use super::address::LeftOut;
use super::compose::{Block, Letter, Part};
use crate::engine::lang::Lang;
use crate::engine::messages::letters::{letter_word, print_note, LetterWord as W};
use crate::engine::model::Side;
use std::fmt::Write;

/// Text escaped for HTML, in element content and in quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // A carriage return as itself: the HTML parser would read it as a line feed.
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

/// The letter as plain text, lines ending in `\n`.
pub fn plain(letter: &Letter) -> String {
    let mut out = String::new();
    for part in &letter.parts {
        for (i, block) in part.blocks.iter().enumerate() {
            match block {
                Block::Heading(h) if i == 0 => {
                    let _ = writeln!(out, "=== {h} ===\n");
                }
                Block::Heading(h) => {
                    let _ = writeln!(out, "{h}\n{}", "-".repeat(h.chars().count()));
                }
                Block::Para(p) => {
                    let _ = writeln!(out, "{}\n", p.replace("\r\n", "\n").replace('\r', "\n"));
                }
                Block::Facts(facts) | Block::Contacts(facts) => {
                    for (label, value) in facts {
                        let _ = writeln!(out, "{label}: {value}");
                    }
                    out.push('\n');
                }
            }
        }
    }
    out
}

fn facts_html(facts: &[(String, String)], out: &mut String) {
    out.push_str("<dl>");
    for (label, value) in facts {
        let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", escape(label), escape(value));
    }
    out.push_str("</dl>");
}

/// How much of a part a page shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Show {
    /// Everything (an e-mail).
    All,
    /// Everything but the contacts, which the page shows once.
    NoContacts,
    /// The coordinator's paragraphs only: the shared English part of a printed page.
    Paragraphs,
}

/// One part's blocks as HTML (`<section lang>`).
fn part_html(part: &Part, show: Show, out: &mut String) {
    let _ = write!(out, "<section lang=\"{}\">", part.lang.code());
    let blocks = &part.blocks;
    for (i, block) in blocks.iter().enumerate() {
        let next_is_contacts = matches!(blocks.get(i + 1), Some(Block::Contacts(_)));
        let skip = match (show, block) {
            (Show::All, _) => false,
            (_, Block::Contacts(_)) => true,
            (_, Block::Heading(_)) if next_is_contacts => true,
            (Show::Paragraphs, Block::Heading(_)) => i > 0,
            (Show::Paragraphs, Block::Facts(_)) => true,
            _ => false,
        };
        if skip {
            continue;
        }
        match block {
            Block::Heading(h) if i == 0 => {
                let _ = write!(out, "<h2>{}</h2>", escape(h));
            }
            Block::Heading(h) => {
                let _ = write!(out, "<h3>{}</h3>", escape(h));
            }
            Block::Para(p) => {
                let lines: Vec<String> = p.lines().map(escape).collect();
                let _ = write!(out, "<p>{}</p>", lines.join("<br>"));
            }
            Block::Facts(facts) | Block::Contacts(facts) => facts_html(facts, out),
        }
    }
    out.push_str("</section>");
}

/// The letter as the HTML part of its e-mail: a whole document, styled inline-free (mail programs strip
/// style sheets unevenly), readable as is.
pub fn email_html(letter: &Letter) -> String {
    let mut out = String::from("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>");
    out.push_str(&escape(&letter.subject));
    out.push_str("</title></head><body>");
    for part in &letter.parts {
        part_html(part, Show::All, &mut out);
        out.push_str("<hr>");
    }
    out.push_str("</body></html>\n");
    out
}

/// Why a side's contact is not addressed, in `lang`.
pub fn left_out_words(lang: Lang, why: LeftOut) -> &'static str {
    match why {
        LeftOut::Missing => letter_word(lang, W::AddressMissing),
        LeftOut::Unusable => letter_word(lang, W::AddressUnusable),
    }
}

const PRINT_STYLE: &str = "@page{size:A4;margin:14mm 16mm}\
*{box-sizing:border-box}\
body{font:9pt/1.3 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;color:#1a1a1a;margin:0;background:#eef1f4}\
.letter{background:#fff;max-width:210mm;margin:0 auto 8mm;padding:12mm 14mm;break-after:page}\
.letter:last-child{break-after:auto}\
.letter>header{border-bottom:2px solid #0b5394;margin-bottom:4mm}\
h1{font-size:13pt;margin:0 0 1mm;color:#0b5394}\
.to{margin:0 0 2mm;color:#444}\
.to .missing{color:#a40000}\
.contacts{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:7mm;margin:0 0 2mm}\
.contacts p{margin:0}\
.pair{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:7mm}\
section{break-inside:avoid}\
section[lang=en]{border-top:1px solid #ccd;margin-top:3mm;padding-top:1mm;columns:2;column-gap:7mm}\
section[lang=en] h2{column-span:all}\
h2{font-size:10.5pt;margin:2mm 0 1mm;color:#0b5394}\
h3{font-size:9.5pt;margin:2.5mm 0 .5mm}\
p{margin:0 0 1.5mm}\
dl{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr);gap:0 3mm;margin:0 0 1mm}\
dt{color:#555}dd{margin:0;overflow-wrap:break-word}section[lang=en] dl{grid-template-columns:minmax(0,1fr) minmax(0,3fr)}\
.count{max-width:210mm;margin:6mm auto;font-size:11pt}\
@media print{body{background:#fff}.letter{margin:0;padding:0;max-width:none}.count{display:none}}";

/// The contact persons once, side by side, under the page's heading (those of the part in `lang`, else the
/// first part's); a letter without them says so in each part.
fn contacts_html(letter: &Letter, lang: Lang, out: &mut String) {
    let part = letter.parts.iter().find(|p| p.lang == lang).or(letter.parts.first());
    let contacts =
        part.and_then(|p| p.blocks.iter().find_map(|b| if let Block::Contacts(c) = b { Some(c) } else { None }));
    if let Some(contacts) = contacts {
        out.push_str("<div class=\"contacts\">");
        for (whose, person) in contacts {
            let _ = write!(out, "<p><b>{}</b><br>{}</p>", escape(whose), escape(person));
        }
        out.push_str("</div>");
    }
}

/// The letters as one printable document in `lang` (its title and recipients' lines): one letter per A4
/// page, the Norwegian and Ukrainian parts side by side, the English part below. No script, no resource
/// from elsewhere.
pub fn print_view(letters: &[Letter], lang: Lang) -> String {
    let mut out = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>{PRINT_STYLE}</style></head><body>",
        lang.code(),
        escape(letter_word(lang, W::Subject)),
    );
    let _ = write!(out, "<p class=\"count\">{}</p>", escape(&print_note(lang, letters.len())));
    for letter in letters {
        out.push_str("<article class=\"letter\"><header>");
        let _ = write!(out, "<h1>{}</h1><p class=\"to\">", escape(&letter.subject));
        let to: Vec<String> = letter
            .to
            .iter()
            .map(|r| {
                let name = if r.name.is_empty() { String::new() } else { format!("{} ", escape(&r.name)) };
                format!("{name}&lt;{}&gt;", escape(r.address.as_str()))
            })
            .chain(letter.left_out.iter().map(|(side, why)| {
                let whose = if *side == Side::Offers { &letter.municipality } else { &letter.community };
                format!("<span class=\"missing\">{}: {}</span>", escape(whose), escape(left_out_words(lang, *why)))
            }))
            .collect();
        out.push_str(&to.join(" · "));
        out.push_str("</p>");
        contacts_html(letter, lang, &mut out);
        out.push_str("</header><div class=\"pair\">");
        for part in letter.parts.iter().filter(|p| p.lang != Lang::En) {
            part_html(part, Show::NoContacts, &mut out);
        }
        out.push_str("</div>");
        for part in letter.parts.iter().filter(|p| p.lang == Lang::En) {
            part_html(part, Show::Paragraphs, &mut out);
        }
        out.push_str("</article>");
    }
    out.push_str("</body></html>\n");
    out
}
