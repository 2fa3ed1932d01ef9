//! `kommunematch compare A.json B.json`: two results files of the same inputs side by side, as JSON (the
//! pairs only in A, only in B and in both, with each side's headline figures: `docs/schema/compare-1.schema.json`),
//! Markdown or CSV.

use crate::words::Failure;
use kommunematch::engine::compare::{self, render};
use kommunematch::engine::messages::Lang;
use kommunematch::engine::results::Results;
use std::path::Path;

/// What `compare` writes.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum CompareFormat {
    /// The comparison's JSON.
    #[default]
    Json,
    /// A Markdown report.
    Md,
    /// Every pair of either, as CSV.
    Csv,
}

/// A results file, checked as the page checks one it opens.
fn results(path: &Path, bytes: &[u8]) -> Result<Results, Failure> {
    Results::from_json(bytes).map_err(|e| Failure::Results(path.to_path_buf(), e))
}

/// The comparison of the results files `a` and `b` (paths and bytes) in `format`.
pub fn text(a: (&Path, &[u8]), b: (&Path, &[u8]), format: CompareFormat, lang: Lang) -> Result<String, Failure> {
    let (ra, rb) = (results(a.0, a.1)?, results(b.0, b.1)?);
    let c = compare::compare(&ra, &rb).map_err(Failure::Compare)?;
    Ok(match format {
        CompareFormat::Json => {
            let mut json = serde_json::to_string_pretty(&c).map_err(|e| Failure::Json(e.to_string()))?;
            json.push('\n');
            json
        }
        CompareFormat::Md => render::markdown(lang, &c, &ra, &rb),
        CompareFormat::Csv => render::csv(lang, &c, &ra, &rb),
    })
}
