//! A letter per pair, as blocks of text in each reader's language: the municipality's part (bokmål), the
//! community's part (Ukrainian) and a part in English both can share. Every fact comes from the surveys and
//! the official lists; the coordinator's words fill the greeting, the first step and the signature.

use super::address::{self, Address, LeftOut};
use crate::engine::dataset::Dataset;
use crate::engine::lang::{num, Lang};
use crate::engine::letter_text::{self, LetterText, Piece, Placeholder, TextError, TextPart};
use crate::engine::messages::letters::{self as words, LetterWord as W};
use crate::engine::model::{Contact, Need, Offer, Side};
use crate::engine::results::PairOut;
use crate::engine::taxonomy;
use crate::engine::text::{capitalise, latinize};

/// A piece of a letter, rendered as plain text, as the HTML part of an e-mail and as a printed page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading.
    Heading(String),
    /// A paragraph; its line breaks are kept.
    Para(String),
    /// Labelled facts.
    Facts(Vec<(String, String)>),
    /// The contact persons: each side's name and its contact's details (shown once on a printed page).
    Contacts(Vec<(String, String)>),
}

/// One language's part of a letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Its language.
    pub lang: Lang,
    /// Its blocks, in order.
    pub blocks: Vec<Block>,
}

/// Someone a letter is addressed to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    /// Whose contact: the municipality's or the community's.
    pub side: Side,
    /// The contact's name (may be empty).
    pub name: String,
    /// The address, checked.
    pub address: Address,
}

/// The introduction of one pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// The municipality's id.
    pub offer_id: String,
    /// The community's id.
    pub need_id: String,
    /// The municipality's official name.
    pub municipality: String,
    /// The community's official name.
    pub community: String,
    /// The subject line.
    pub subject: String,
    /// Its recipients (none when contacts are left out).
    pub to: Vec<Recipient>,
    /// The sides whose contact could not be addressed, and why.
    pub left_out: Vec<(Side, LeftOut)>,
    /// The parts, in the order they are read: Norwegian, Ukrainian, English.
    pub parts: Vec<Part>,
}

/// What the letters are made with.
#[derive(Debug, Clone, Copy)]
pub struct LetterOptions<'a> {
    /// The coordinator's words (a part not written is the default text).
    pub text: &'a LetterText,
    /// Whether the contact persons' details go into the letters (personal data, by the coordinator's choice).
    pub contacts: bool,
}

/// A text of the coordinator that cannot be used, with where it is.
pub type TextProblem = (Lang, TextPart, TextError);

/// The letters of the pairs, in the order given. A pair whose municipality or community the data does not
/// hold is left out (results of other files); the coordinator's texts must all parse.
pub fn compose(data: &Dataset, pairs: &[PairOut], options: LetterOptions) -> Result<Vec<Letter>, Vec<TextProblem>> {
    let texts = Texts::parse(options.text)?;
    Ok(pairs
        .iter()
        .filter_map(|p| {
            let o = data.offers.binary_search_by(|o| o.id.as_str().cmp(&p.offer_id)).ok()?;
            let n = data.needs.binary_search_by(|n| n.id.as_str().cmp(&p.need_id)).ok()?;
            Some(letter(data.offers.get(o)?, data.needs.get(n)?, p, &texts, options.contacts))
        })
        .collect())
}

/// The coordinator's texts, parsed: for each language, greeting, first step and signature.
struct Texts(Vec<(Lang, [Vec<Piece>; 3])>);

impl Texts {
    fn parse(text: &LetterText) -> Result<Texts, Vec<TextProblem>> {
        let problems = text.errors();
        if !problems.is_empty() {
            return Err(problems);
        }
        let parsed = |lang, part| {
            let written = text.get(lang, part).unwrap_or_else(|| words::default_text(lang, part));
            letter_text::parse(written).unwrap_or_default()
        };
        Ok(Texts(Lang::ALL.iter().map(|&l| (l, TextPart::ALL.map(|part| parsed(l, part)))).collect()))
    }

    fn get(&self, lang: Lang, part: TextPart) -> &[Piece] {
        let i = TextPart::ALL.iter().position(|p| *p == part).unwrap_or(0);
        self.0.iter().find(|(l, _)| *l == lang).and_then(|(_, t)| t.get(i)).map_or(&[], Vec::as_slice)
    }
}

/// Text from a survey made one line, as data: control characters, line and paragraph separators and bidi
/// controls become spaces (or go), runs of spaces one, and very long text is cut with "…".
pub fn one_line(s: &str) -> String {
    const MOST: usize = 300;
    let mut out = String::with_capacity(s.len().min(MOST * 4));
    let mut space = false;
    for c in s.chars() {
        let bidi =
            matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        if bidi || matches!(c, '\u{FEFF}' | '\u{200B}') {
            continue;
        }
        if c.is_control() || c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    if out.chars().count() > MOST {
        out = out.chars().take(MOST - 1).collect::<String>() + "…";
    }
    out
}

fn letter(o: &Offer, n: &Need, p: &PairOut, texts: &Texts, contacts: bool) -> Letter {
    let municipality = o.official.map_or_else(|| one_line(&o.name), |(k, _)| k.name.to_string());
    let community = n.official.map_or_else(|| one_line(&n.name), |(h, _)| h.full_name());
    let latin = n.official.map_or_else(|| capitalise(&latinize(&community)), |(h, _)| h.latin_name());
    let about = About { o, n, p, municipality: &municipality, community: &community, latin: &latin };
    let (mut to, mut left_out) = (Vec::new(), Vec::new());
    if contacts {
        for (side, c) in [(Side::Offers, &o.contact), (Side::Needs, &n.contact)] {
            match address::parse(&c.email) {
                Ok(all) => {
                    to.extend(all.into_iter().map(|address| Recipient { side, name: one_line(&c.name), address }))
                }
                Err(why) => left_out.push((side, why)),
            }
        }
    }
    let norwegian = norwegian_of(&p.offer_id);
    let subject = format!(
        "{} / {} / {}: {municipality} – {community}",
        words::letter_word(norwegian, W::Subject),
        words::letter_word(Lang::Uk, W::Subject),
        words::letter_word(Lang::En, W::Subject),
    );
    let parts = [norwegian, Lang::Uk, Lang::En]
        .into_iter()
        .map(|lang| Part { lang, blocks: about.blocks(lang, texts, contacts) })
        .collect();
    Letter {
        offer_id: p.offer_id.clone(),
        need_id: p.need_id.clone(),
        municipality,
        community,
        subject,
        to,
        left_out,
        parts,
    }
}

/// The written standard of a municipality's Norwegian part: nynorsk for a municipality whose official written
/// standard (målform) is nynorsk, bokmål otherwise.
fn norwegian_of(kommunenummer: &str) -> Lang {
    match crate::engine::gazetteer::kommune_by_number(kommunenummer).map(|k| k.written) {
        Some(crate::engine::gazetteer::Written::Nynorsk) => Lang::Nn,
        _ => Lang::Nb,
    }
}

/// What a letter says about its pair.
struct About<'a> {
    o: &'a Offer,
    n: &'a Need,
    p: &'a PairOut,
    municipality: &'a str,
    community: &'a str,
    /// The community's name in Latin letters, for Norwegian and English readers.
    latin: &'a str,
}

impl About<'_> {
    fn blocks(&self, lang: Lang, texts: &Texts, contacts: bool) -> Vec<Block> {
        let word = |w| words::letter_word(lang, w).to_string();
        let mut out = vec![Block::Heading(word(W::PartHeading))];
        out.extend(paragraphs(&self.fill(texts.get(lang, TextPart::Greeting), lang)));
        match lang {
            Lang::Nb | Lang::Nn => out.extend([Block::Heading(word(W::AboutPartner)), self.community_facts(lang)]),
            Lang::Uk => out.extend([Block::Heading(word(W::AboutPartner)), self.municipality_facts(lang)]),
            Lang::En => out.extend([
                Block::Heading(word(W::ThePartners)),
                self.municipality_facts(lang),
                self.community_facts(lang),
            ]),
        }
        out.push(Block::Heading(word(W::WhyMatched)));
        out.push(self.why(lang));
        if self.p.existing_tie {
            out.push(Block::Para(word(W::ExistingTie)));
        }
        out.push(Block::Heading(word(W::Contacts)));
        out.push(if contacts { self.contacts(lang) } else { Block::Para(word(W::NoContact)) });
        out.push(Block::Heading(word(W::FirstStep)));
        out.extend(paragraphs(&self.fill(texts.get(lang, TextPart::FirstStep), lang)));
        out.extend(paragraphs(&self.fill(texts.get(lang, TextPart::Signature), lang)));
        out
    }

    /// A coordinator's text with its placeholders filled in for a reader of `lang`.
    fn fill(&self, pieces: &[Piece], lang: Lang) -> String {
        pieces
            .iter()
            .map(|piece| match piece {
                Piece::Text(t) => t.clone(),
                Piece::Fill(Placeholder::Municipality) => self.municipality.to_string(),
                Piece::Fill(Placeholder::Community) => self.community_for(lang),
                Piece::Fill(Placeholder::Partner) => match lang {
                    Lang::Nb | Lang::Nn => self.community_for(lang),
                    Lang::Uk => self.municipality.to_string(),
                    Lang::En => format!("{} – {}", self.municipality, self.community_for(lang)),
                },
                Piece::Fill(Placeholder::NeedsMet) => self.needs_met(lang).join(", "),
                Piece::Fill(Placeholder::County) => self.county(),
                Piece::Fill(Placeholder::Oblast) => one_line(&self.n.oblast),
            })
            .collect()
    }

    /// The community's name for a reader of `lang`: Latin beside Cyrillic for a Norwegian or English reader.
    fn community_for(&self, lang: Lang) -> String {
        match lang {
            Lang::Uk => self.community.to_string(),
            _ => format!("{} ({})", self.community, self.latin),
        }
    }

    fn county(&self) -> String {
        self.o.official.map_or_else(|| one_line(&self.o.county), |(k, _)| k.county.to_string())
    }

    fn municipality_facts(&self, lang: Lang) -> Block {
        let word = |w| words::letter_word(lang, w).to_string();
        let mut facts = vec![(word(W::Name), self.municipality.to_string()), (word(W::County), self.county())];
        let population = self.o.official.map(|(k, _)| u64::from(k.population)).or(self.o.population);
        facts.extend(population.map(|p| (word(W::Population), num(lang, i64::try_from(p).unwrap_or(i64::MAX)))));
        Block::Facts(facts)
    }

    fn community_facts(&self, lang: Lang) -> Block {
        let word = |w| words::letter_word(lang, w).to_string();
        let (oblast, raion) = match self.n.official {
            Some((h, _)) => (h.oblast.to_string(), h.raion.to_string()),
            None => (one_line(&self.n.oblast), one_line(&self.n.raion)),
        };
        let mut facts = vec![(word(W::Name), self.community_for(lang)), (word(W::Oblast), oblast)];
        if !raion.is_empty() {
            facts.push((word(W::Raion), raion));
        }
        let population = self.n.official.map(|(h, _)| u64::from(h.population)).or(self.n.population);
        facts.extend(population.map(|p| (word(W::Population), num(lang, i64::try_from(p).unwrap_or(i64::MAX)))));
        let situation = words::situation_words(lang, self.n.category);
        if !situation.is_empty() {
            facts.push((word(W::Situation), situation.to_string()));
        }
        Block::Facts(facts)
    }

    fn needs_met(&self, lang: Lang) -> Vec<String> {
        self.p.urgent_needs_met.iter().chain(&self.p.long_term_needs_met).map(|c| area_label(lang, c)).collect()
    }

    fn why(&self, lang: Lang) -> Block {
        let word = |w| words::letter_word(lang, w).to_string();
        let list = |codes: &[String]| codes.iter().map(|c| area_label(lang, c)).collect::<Vec<_>>().join(", ");
        let mut facts = Vec::new();
        if !self.p.urgent_needs_met.is_empty() {
            facts.push((word(W::UrgentMet), list(&self.p.urgent_needs_met)));
        }
        if !self.p.long_term_needs_met.is_empty() {
            facts.push((word(W::LongTermMet), list(&self.p.long_term_needs_met)));
        }
        facts.push((word(W::Cooperation), words::form_words(lang, self.o.form).to_string()));
        let common: Vec<String> =
            self.o.languages.intersection(&self.n.languages).map(|c| words::language_name(lang, c)).collect();
        if !common.is_empty() {
            facts.push((word(W::CommonLanguages), common.join(", ")));
        }
        if !self.o.learn.is_empty() {
            let learn: Vec<&str> =
                self.o.learn.iter().filter_map(|&i| taxonomy::areas().get(i)).map(|a| a.label(lang.code())).collect();
            facts.push((word(W::WantsToLearn), learn.join(", ")));
        }
        Block::Facts(facts)
    }

    /// The contact persons (a heading of their own before them).
    fn contacts(&self, lang: Lang) -> Block {
        let person = |c: &Contact| {
            let word = |w| words::letter_word(lang, w);
            let mut bits = vec![one_line(&c.name)];
            bits.extend(
                [(W::Role, &c.role), (W::Email, &c.email), (W::Phone, &c.phone)]
                    .into_iter()
                    .filter(|(_, v)| !v.trim().is_empty())
                    .map(|(w, v)| format!("{}: {}", word(w), one_line(v))),
            );
            bits.retain(|b| !b.is_empty());
            if bits.is_empty() {
                words::letter_word(lang, W::AddressMissing).to_string()
            } else {
                bits.join(" · ")
            }
        };
        Block::Contacts(vec![
            (self.municipality.to_string(), person(&self.o.contact)),
            (self.community_for(lang), person(&self.n.contact)),
        ])
    }
}

/// An area's label in `lang` (its code when the taxonomy does not know it).
fn area_label(lang: Lang, code: &str) -> String {
    taxonomy::by_code(code).map_or_else(|| code.to_string(), |a| a.label(lang.code()).to_string())
}

/// A text as paragraphs: split at blank lines, line breaks within kept, blank ones left out.
fn paragraphs(text: &str) -> Vec<Block> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| Block::Para(p.to_string()))
        .collect()
}
