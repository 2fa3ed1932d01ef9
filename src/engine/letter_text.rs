//! The coordinator's own words in the introductions: greeting, first step and signature per language, with
//! placeholders (`{partner}`, `{needs_met}`…) that each letter fills in. Checked as they are typed: an unknown
//! placeholder or an unclosed brace is an error named at once, and a letter is never made from such a text.

use super::lang::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a placeholder stands for in a letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Placeholder {
    /// The Norwegian municipality's official name.
    Municipality,
    /// The Ukrainian community's official name.
    Community,
    /// The other side, for the reader of this language's part (the community for a Norwegian reader, the
    /// municipality for a Ukrainian one; both in the shared English part).
    Partner,
    /// The needs the municipality's competence meets, as a list in the part's language.
    NeedsMet,
    /// The municipality's county.
    County,
    /// The community's oblast.
    Oblast,
}

impl Placeholder {
    /// Every placeholder, in the order the page lists them.
    pub const ALL: [Placeholder; 6] = [
        Placeholder::Municipality,
        Placeholder::Community,
        Placeholder::Partner,
        Placeholder::NeedsMet,
        Placeholder::County,
        Placeholder::Oblast,
    ];

    /// The name written between braces.
    pub fn name(self) -> &'static str {
        match self {
            Placeholder::Municipality => "municipality",
            Placeholder::Community => "community",
            Placeholder::Partner => "partner",
            Placeholder::NeedsMet => "needs_met",
            Placeholder::County => "county",
            Placeholder::Oblast => "oblast",
        }
    }

    fn from_name(name: &str) -> Option<Placeholder> {
        Placeholder::ALL.into_iter().find(|p| p.name() == name)
    }
}

/// One piece of a parsed text: words as written, or a placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Text as written.
    Text(String),
    /// A placeholder to fill in.
    Fill(Placeholder),
}

/// What is wrong with a text; the words are in `messages::letters`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum TextError {
    /// `{name}` is not a placeholder.
    Unknown {
        /// The name as written.
        name: String,
    },
    /// A `{` without its `}` (or a `}` without its `{`).
    Unclosed,
}

/// A text the coordinator writes: greeting, first step or signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextPart {
    /// Opens the letter.
    Greeting,
    /// What the partners do first.
    FirstStep,
    /// Closes the letter.
    Signature,
}

impl TextPart {
    /// Every part, in the letter's order.
    pub const ALL: [TextPart; 3] = [TextPart::Greeting, TextPart::FirstStep, TextPart::Signature];
}

/// Parses a text: `{name}` is a placeholder, `{{` and `}}` a brace as written.
pub fn parse(text: &str) -> Result<Vec<Piece>, TextError> {
    let mut pieces = Vec::new();
    let mut words = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                words.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                words.push('}');
            }
            '}' => return Err(TextError::Unclosed),
            '{' => {
                let mut name = String::new();
                loop {
                    match chars.next() {
                        Some('}') => break,
                        Some('{') | None => return Err(TextError::Unclosed),
                        Some(c) => name.push(c),
                    }
                }
                let fill = Placeholder::from_name(name.trim()).ok_or(TextError::Unknown { name })?;
                if !words.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut words)));
                }
                pieces.push(Piece::Fill(fill));
            }
            c => words.push(c),
        }
    }
    if !words.is_empty() {
        pieces.push(Piece::Text(words));
    }
    Ok(pieces)
}

/// The coordinator's texts per language and part; a part not written is the default text of `messages`.
/// Kept in the preset, so that next year's letters start from this year's words.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LetterText(pub BTreeMap<String, BTreeMap<TextPart, String>>);

impl LetterText {
    /// Whether no text is written (every part is the default).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The text written for a language and part, if any.
    pub fn get(&self, lang: Lang, part: TextPart) -> Option<&str> {
        self.0.get(lang.code()).and_then(|parts| parts.get(&part)).map(String::as_str)
    }

    /// Sets (or, with `None`, clears back to the default) the text of a language and part.
    pub fn set(&mut self, lang: Lang, part: TextPart, text: Option<String>) {
        let parts = self.0.entry(lang.code().to_string()).or_default();
        match text {
            Some(t) => parts.insert(part, t),
            None => parts.remove(&part),
        };
        if parts.is_empty() {
            self.0.remove(lang.code());
        }
    }

    /// Every text written that cannot be used, with where it is.
    pub fn errors(&self) -> Vec<(Lang, TextPart, TextError)> {
        let mut out = Vec::new();
        for lang in Lang::ALL {
            for part in TextPart::ALL {
                if let Some(Err(e)) = self.get(lang, part).map(parse) {
                    out.push((lang, part, e));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_and_braces_are_parsed() {
        assert_eq!(
            parse("Hei {municipality}, {{x}} og { partner }!"),
            Ok(vec![
                Piece::Text("Hei ".into()),
                Piece::Fill(Placeholder::Municipality),
                Piece::Text(", {x} og ".into()),
                Piece::Fill(Placeholder::Partner),
                Piece::Text("!".into()),
            ])
        );
        assert_eq!(parse("Hei {partnr}"), Err(TextError::Unknown { name: "partnr".into() }));
        assert_eq!(parse("Hei {partner"), Err(TextError::Unclosed));
        assert_eq!(parse("Hei partner}"), Err(TextError::Unclosed));
        assert_eq!(parse("{a{partner}}"), Err(TextError::Unclosed));
        assert_eq!(parse(""), Ok(vec![]));
    }

    #[test]
    fn every_placeholder_reads_back_by_its_name() {
        for p in Placeholder::ALL {
            assert_eq!(parse(&format!("{{{}}}", p.name())), Ok(vec![Piece::Fill(p)]));
        }
    }

    #[test]
    fn texts_are_kept_per_language_and_part_and_checked() {
        let mut t = LetterText::default();
        t.set(Lang::Nb, TextPart::Greeting, Some("Hei {partner}".into()));
        t.set(Lang::Uk, TextPart::Signature, Some("{підпис}".into()));
        assert_eq!(t.get(Lang::Nb, TextPart::Greeting), Some("Hei {partner}"));
        assert_eq!(t.errors(), vec![(Lang::Uk, TextPart::Signature, TextError::Unknown { name: "підпис".into() })]);
        let json = serde_json::to_string(&t).expect("json");
        assert_eq!(json, r#"{"nb":{"greeting":"Hei {partner}"},"uk":{"signature":"{підпис}"}}"#);
        t.set(Lang::Uk, TextPart::Signature, None);
        assert!(t.errors().is_empty() && !t.0.contains_key("uk"));
    }
}
