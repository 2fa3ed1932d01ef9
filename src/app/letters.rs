//! The introductions step of the page: which pairs get a letter, whether the contact persons go in (personal
//! data, by choice), the copy address, and the coordinator's words (kept in the preset). The letters are the
//! engine's (`engine::letters`), so the page's drafts are the CLI's, byte for byte.

use super::action::{Action, LettersAction};
use super::state::State;
use crate::engine::letters::{self, eml, Address, Letter, LetterOptions, TextProblem};
use crate::engine::results::PairOut;
use crate::engine::PairId;

/// Why the letters cannot be made as asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LettersProblem {
    /// No results of survey files (a results file opened alone has no contacts or needs to write about).
    NoSurveys,
    /// Texts that cannot be used.
    Text(Vec<TextProblem>),
    /// The copy address is not one.
    Cc,
}

impl State {
    pub(super) fn on_letters(mut self, action: Action) -> State {
        let Action::Letters(a) = action else { return self };
        match a {
            LettersAction::Contacts(on) => self.letters.contacts = on,
            LettersAction::Cc(cc) => self.letters.cc = cc,
            LettersAction::Pair(pair, on) => {
                if on {
                    self.letters.unticked.remove(&pair);
                } else {
                    self.letters.unticked.insert(pair);
                }
            }
            LettersAction::All(on) => {
                self.letters.unticked.clear();
                if !on {
                    let pairs = self.results.iter().flat_map(|r| r.pairs.iter());
                    self.letters.unticked.extend(pairs.map(pair_id));
                }
            }
            LettersAction::List(open) => self.letters.list_open = open,
            LettersAction::Text(lang, part, text) => {
                let default = crate::engine::messages::letters::default_text(lang, part);
                self.preset.letters.set(lang, part, (text != default).then_some(text));
            }
        }
        self
    }

    /// The pairs that get a letter: the results' pairs ticked, in the results' order.
    pub fn letter_pairs(&self) -> Vec<PairOut> {
        let pairs = self.results.iter().flat_map(|r| r.pairs.iter());
        pairs.filter(|p| !self.letters.unticked.contains(&pair_id(p))).cloned().collect()
    }

    /// The copy address: none when the field is empty.
    pub fn letters_cc(&self) -> Result<Option<Address>, LettersProblem> {
        let cc = self.letters.cc.trim();
        if cc.is_empty() {
            return Ok(None);
        }
        let mut all = letters::address::parse(cc).map_err(|_| LettersProblem::Cc)?;
        match (all.pop(), all.is_empty()) {
            (Some(a), true) => Ok(Some(a)),
            _ => Err(LettersProblem::Cc),
        }
    }

    /// The letters of the ticked pairs, with the coordinator's words.
    pub fn letters(&self) -> Result<Vec<Letter>, LettersProblem> {
        if self.from_file.is_some() || self.results.is_none() || self.preliminary {
            return Err(LettersProblem::NoSurveys);
        }
        let options = LetterOptions { text: &self.preset.letters, contacts: self.letters.contacts };
        letters::compose(&self.dataset(), &self.letter_pairs(), options).map_err(LettersProblem::Text)
    }

    /// How many letters there are and how many recipients they lack, without writing them (as the page shows
    /// it on every change, typing included).
    pub fn letters_summary(&self) -> Result<(usize, usize), LettersProblem> {
        if self.from_file.is_some() || self.results.is_none() || self.preliminary {
            return Err(LettersProblem::NoSurveys);
        }
        let problems = self.preset.letters.errors();
        if !problems.is_empty() {
            return Err(LettersProblem::Text(problems));
        }
        self.letters_cc()?;
        let pairs = self.letter_pairs();
        if !self.letters.contacts {
            return Ok((pairs.len(), 0));
        }
        let data = self.dataset();
        let email = |found: Option<&str>| found.is_none_or(|e| letters::address::parse(e).is_err());
        let left_out = pairs
            .iter()
            .map(|p| {
                let o = data.offers.binary_search_by(|o| o.id.as_str().cmp(&p.offer_id)).ok();
                let n = data.needs.binary_search_by(|n| n.id.as_str().cmp(&p.need_id)).ok();
                let o = o.and_then(|i| data.offers.get(i)).map(|o| o.contact.email.as_str());
                let n = n.and_then(|i| data.needs.get(i)).map(|n| n.contact.email.as_str());
                usize::from(email(o)) + usize::from(email(n))
            })
            .sum();
        Ok((pairs.len(), left_out))
    }

    /// The e-mail drafts of the ticked pairs, as a ZIP.
    pub fn letters_zip(&self) -> Result<Vec<u8>, LettersProblem> {
        let cc = self.letters_cc()?;
        let letters = self.letters()?;
        Ok(eml::drafts_zip(&letters, cc.as_ref()).unwrap_or_default())
    }

    /// The printable letters of the ticked pairs, in the page's language.
    pub fn letters_print(&self) -> Result<String, LettersProblem> {
        Ok(letters::render::print_view(&self.letters()?, self.lang))
    }
}

/// What the page shows of a letter: its pair, its "write e-mail" link and how many recipients it lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterLink {
    /// The pair.
    pub pair: PairId,
    /// The `mailto:` link (the copy address in it when it is one).
    pub mailto: String,
    /// Recipients left out for want of a usable address.
    pub left_out: usize,
}

impl State {
    /// The letters of the ticked pairs as the page lists them (none while the copy address is not one).
    pub fn letter_links(&self) -> Result<Vec<LetterLink>, LettersProblem> {
        let letters = self.letters()?;
        let cc = self.letters_cc()?;
        Ok(letters
            .iter()
            .map(|l| LetterLink {
                pair: PairId { offer_id: l.offer_id.clone(), need_id: l.need_id.clone() },
                mailto: letters::mailto::mailto(l, cc.as_ref()),
                left_out: l.left_out.len(),
            })
            .collect())
    }
}

pub(super) fn pair_id(p: &PairOut) -> PairId {
    PairId { offer_id: p.offer_id.clone(), need_id: p.need_id.clone() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::i18n::Lang;
    use crate::engine::letter_text::{LetterText, TextPart};

    fn example() -> State {
        State::default().apply(Action::LoadExample)
    }

    #[test]
    fn every_pair_ticked_gives_the_clis_drafts_byte_for_byte() {
        let s = example().apply(Action::Letters(LettersAction::Contacts(true)));
        let s = s.apply(Action::Letters(LettersAction::Cc("koordinator@ks.no".into())));
        let r = s.results.clone().expect("results");
        let (_, data) =
            crate::engine::read_dataset(&crate::engine::example_inputs(), &Default::default()).expect("data");
        let options = LetterOptions { text: &LetterText::default(), contacts: true };
        let cc = letters::address::parse("koordinator@ks.no").expect("cc").pop();
        let cli = eml::drafts_zip(&letters::compose(&data, &r.pairs, options).expect("letters"), cc.as_ref());
        assert_eq!(s.letters_zip().ok(), cli.ok());
        assert_eq!(s.letters().map(|l| l.len()).ok(), Some(r.pairs.len()));
        let left_out = s.letters().expect("letters").iter().map(|l| l.left_out.len()).sum();
        assert_eq!(s.letters_summary(), Ok((r.pairs.len(), left_out)), "the summary counts what the letters hold");
    }

    #[test]
    fn pairs_are_ticked_and_unticked() {
        let s = example();
        let first = pair_id(&s.results.as_ref().expect("results").pairs[0]);
        let n = s.letter_pairs().len();
        let s = s.apply(Action::Letters(LettersAction::Pair(first.clone(), false)));
        assert_eq!(s.letter_pairs().len(), n - 1);
        assert!(!s.letter_pairs().iter().any(|p| pair_id(p) == first));
        let s = s.apply(Action::Letters(LettersAction::All(false)));
        assert!(s.letter_pairs().is_empty());
        let s = s.apply(Action::Letters(LettersAction::All(true)));
        assert_eq!(s.letter_pairs().len(), n);
    }

    #[test]
    fn contacts_only_when_chosen_and_a_wrong_text_or_copy_address_is_said() {
        let s = example();
        assert!(s.letters().expect("letters").iter().all(|l| l.to.is_empty()), "no contacts unless ticked");
        let s = s.apply(Action::Letters(LettersAction::Cc("koordinator@".into())));
        assert_eq!(s.letters_zip(), Err(LettersProblem::Cc));
        let s = s.apply(Action::Letters(LettersAction::Cc(" ".into())));
        assert!(s.letters_zip().is_ok());
        let s = s.apply(Action::Letters(LettersAction::Text(Lang::Nb, TextPart::Greeting, "Hei {partnr}".into())));
        assert!(matches!(s.letters(), Err(LettersProblem::Text(p)) if p.len() == 1));
        // The words are kept in the preset; the default text again is no text of one's own.
        assert!(s.preset.to_json().contains("Hei {partnr}"));
        let default = crate::engine::messages::letters::default_text(Lang::Nb, TextPart::Greeting).to_string();
        let s = s.apply(Action::Letters(LettersAction::Text(Lang::Nb, TextPart::Greeting, default)));
        assert!(s.preset.letters.is_empty() && s.letters().is_ok());
        // Clearing the corrections keeps the letters' words.
        let s = s.apply(Action::Letters(LettersAction::Text(Lang::Uk, TextPart::Signature, "Ми".into())));
        let s = s.apply(Action::ClearPreset);
        assert_eq!(s.preset.letters.get(Lang::Uk, TextPart::Signature), Some("Ми"));
    }
}
