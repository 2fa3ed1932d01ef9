//! `kommunematch letters`: the introductions of the pairs, as a ZIP of e-mail drafts or one printable HTML.
//! The pairs are those of `--results` (the coordinator's adjusted result) or of a run with the given settings;
//! the letters are the page's, byte for byte, for the same files, pairs and texts.

use crate::words::Failure;
use kommunematch::engine::letters::{self, eml, Address, Letter};
use kommunematch::engine::messages::Lang;
use kommunematch::engine::results::{PairOut, Results};
use kommunematch::engine::Dataset;
use kommunematch::say;
use std::path::Path;

/// The copy address: one address a mail program can send to.
pub fn cc_address(cc: &str) -> Result<Address, Failure> {
    letters::address::parse(cc)
        .ok()
        .filter(|v| v.len() == 1)
        .and_then(|mut v| v.pop())
        .ok_or_else(|| Failure::BadCc(cc.to_string()))
}

/// The pairs of a results file, every one of them in the files read (else the failure names those that are
/// not).
pub fn pairs_of_results(path: &Path, bytes: &[u8], data: &Dataset) -> Result<Vec<PairOut>, Failure> {
    let results = Results::from_json(bytes).map_err(|e| Failure::Results(path.to_path_buf(), e))?;
    let has_offer = |id: &str| data.offers.binary_search_by(|o| o.id.as_str().cmp(id)).is_ok();
    let has_need = |id: &str| data.needs.binary_search_by(|n| n.id.as_str().cmp(id)).is_ok();
    let missing: Vec<String> = results
        .pairs
        .iter()
        .filter(|p| !has_offer(&p.offer_id) || !has_need(&p.need_id))
        .map(|p| format!("{} – {}", p.offer_id, p.need_id))
        .collect();
    if missing.is_empty() {
        Ok(results.pairs)
    } else {
        Err(Failure::PairsNotInFiles(missing))
    }
}

/// The letters as the file's bytes: printable HTML in `lang`, or the ZIP of drafts.
pub fn bytes(letters: &[Letter], html: bool, cc: Option<&Address>, lang: Lang) -> Result<Vec<u8>, Failure> {
    if html {
        Ok(letters::render::print_view(letters, lang).into_bytes())
    } else {
        eml::drafts_zip(letters, cc).map_err(Failure::Zip)
    }
}

/// What was made, for standard error: the letters, the recipients left out, and whether contacts are in.
pub fn summary(letters: &[Letter], contacts: bool, lang: Lang) -> Vec<String> {
    let left_out: usize = letters.iter().map(|l| l.left_out.len()).sum();
    let n = letters.len();
    let mut out = vec![say!(lang, "cli-letters-letters-recipients-left-out", n = n, left_out = left_out)];
    if !contacts {
        out.push(say!(lang, "cli-letters-letters-name-contact-person"));
    }
    out
}
