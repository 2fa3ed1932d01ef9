//! Rounds that build on earlier ones: the results of previous rounds, given beside this round's surveys,
//! make every pair they made an existing partnership that is kept (not matched again, outside the capacity
//! asked in the new survey unless the settings count it inside), unless a veto says it ended.
//!
//! A previous round is known by the SHA-256 of its results file, which the new results record, so a chain of
//! rounds can be audited. A round's results list the pairs kept from the rounds before it, so the latest
//! results alone carry the whole chain.

use super::digest::sha256_hex;
use super::gazetteer::{self, How};
use super::model::{Need, Offer, SourceRow};
use super::results::{KeptOut, PreviousInfo, Results, ResultsError, Standing};
use std::collections::{BTreeMap, BTreeSet};

/// The results of an earlier round, as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreviousRound {
    /// The file name.
    pub file: String,
    /// SHA-256 of the file's bytes, in hex.
    pub sha256: String,
    /// The results, checked.
    pub results: Results,
}

impl PreviousRound {
    /// Reads and checks a results file ([`Results::from_json`]) and notes its SHA-256.
    pub fn from_json(file: &str, bytes: &[u8]) -> Result<PreviousRound, ResultsError> {
        let results = Results::from_json(bytes)?;
        Ok(PreviousRound { file: file.to_string(), sha256: sha256_hex(bytes), results })
    }
}

/// What the previous rounds give this one: the partnerships made so far and who is in them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    /// The rounds used, in the order given.
    pub rounds: Vec<PreviousInfo>,
    /// Every pair of the previous rounds, by (offer id, need id), each once (the first round that names it
    /// says where it was first made).
    pub pairs: BTreeMap<(String, String), KeptOut>,
    /// The ids of every municipality and community listed in a previous round.
    pub known: BTreeSet<String>,
    /// The ids added to this round's records because a partnership of theirs goes on although they did not
    /// answer.
    pub not_answering: BTreeSet<String>,
}

impl History {
    /// Whether no previous round was given.
    pub fn is_empty(&self) -> bool {
        self.rounds.is_empty()
    }

    /// How an id stands towards the previous rounds (`None` when there were none).
    pub fn standing(&self, id: &str) -> Option<Standing> {
        if self.is_empty() {
            None
        } else if self.not_answering.contains(id) {
            Some(Standing::NotAnswering)
        } else if self.known.contains(id) {
            Some(Standing::Returning)
        } else {
            Some(Standing::Joined)
        }
    }
}

/// Adds previous rounds to this round's records: their pairs become the history, and a municipality or
/// community in one of them that did not answer this round is added (with no new capacity and no new needs)
/// so that its partnership still shows. Records stay sorted by id.
pub fn add_previous(offers: &mut Vec<Offer>, needs: &mut Vec<Need>, rounds: &[&PreviousRound]) -> History {
    let mut history = History::default();
    for round in rounds {
        let r = &round.results;
        let made = r.pairs.iter().map(|p| KeptOut {
            offer_id: p.offer_id.clone(),
            offer_name: p.offer_name.clone(),
            need_id: p.need_id.clone(),
            need_name: p.need_name.clone(),
            score: p.score,
            made_in: round.sha256.clone(),
        });
        let mut count = 0;
        for k in r.kept.iter().cloned().chain(made) {
            count += 1;
            history.pairs.entry((k.offer_id.clone(), k.need_id.clone())).or_insert(k);
        }
        history.known.extend(r.offers.iter().map(|o| o.id.clone()));
        history.known.extend(r.needs.iter().map(|n| n.id.clone()));
        history.rounds.push(PreviousInfo {
            file: round.file.clone(),
            sha256: round.sha256.clone(),
            made_by: r.engine.version.clone(),
            pairs: count,
        });
    }
    let offer_ids: BTreeSet<String> = offers.iter().map(|o| o.id.clone()).collect();
    let need_ids: BTreeSet<String> = needs.iter().map(|n| n.id.clone()).collect();
    let in_pairs_o: BTreeSet<&str> = history.pairs.keys().map(|(o, _)| o.as_str()).collect();
    let in_pairs_n: BTreeSet<&str> = history.pairs.keys().map(|(_, n)| n.as_str()).collect();
    // One of an earlier pair that did not answer this round, seen for the first time (once per id).
    let not_answering = &mut history.not_answering;
    let mut absent = |id: &String, in_pairs: &BTreeSet<&str>, answered: &BTreeSet<String>| {
        in_pairs.contains(id.as_str()) && !answered.contains(id) && not_answering.insert(id.clone())
    };
    // The latest round that lists an entity describes it.
    for round in rounds.iter().rev() {
        let source = || SourceRow { file: round.file.clone(), sheet: None, row: 0 };
        for o in &round.results.offers {
            if absent(&o.id, &in_pairs_o, &offer_ids) {
                offers.push(Offer {
                    id: o.id.clone(),
                    name: o.name.clone(),
                    county: o.county.clone(),
                    source: source(),
                    official: gazetteer::kommune_by_number(&o.id).map(|k| (k, How::Code)),
                    ..Offer::default()
                });
            }
        }
        for n in &round.results.needs {
            if absent(&n.id, &in_pairs_n, &need_ids) {
                needs.push(Need {
                    id: n.id.clone(),
                    name: n.name.clone(),
                    oblast: n.oblast.clone(),
                    category: n.category,
                    source: source(),
                    official: gazetteer::hromada_by_code(&n.id).map(|h| (h, How::Code)),
                    ..Need::default()
                });
            }
        }
    }
    offers.sort_by(|a, b| a.id.cmp(&b.id));
    needs.sort_by(|a, b| a.id.cmp(&b.id));
    history
}
