//! A timed run of the engine inside the page, for `bench/browser.mjs` (docs/benchmarks.md). It reads
//! nothing but the bytes it is given and sends nothing anywhere.

use crate::engine::survey::Memo;
use crate::engine::{optimal_total, read_survey, run, Dataset, PairId, ParsedFile, Preset, Settings, Survey};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[derive(Serialize)]
struct Timings {
    read_ms: f64,
    score_and_solve_ms: f64,
    resolve_after_veto_ms: f64,
    resolve_after_lock_ms: f64,
    run_with_explanations_ms: f64,
    reinterpret_ms: f64,
    survey_to_json_ms: f64,
    survey_from_json_ms: f64,
    objective: i64,
}

use super::steps::now_ms as now;

/// Times reading the two files, scoring plus the optimal solve, a re-solve after one veto and after one
/// lock, a whole run with explanations, and a column correction's parts: the needs interpreted again as the
/// worker does (from the parsed table, with the first reading's memo), and the survey's trip to the page
/// (written as JSON in the worker, read on the page). Returns `{read_ms, score_and_solve_ms,
/// resolve_after_veto_ms, resolve_after_lock_ms, run_with_explanations_ms, reinterpret_ms, survey_to_json_ms,
/// survey_from_json_ms, objective}`.
#[wasm_bindgen(js_name = benchEngine)]
pub fn bench_engine(offers: &[u8], needs: &[u8]) -> Result<JsValue, JsValue> {
    let preset = Preset::default();
    let t = now();
    let o = read_survey("offers.csv", offers, None, &preset).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let n = read_survey("needs.csv", needs, None, &preset).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let data = Dataset::from_surveys(&[o, n]);
    let read_ms = now() - t;
    let settings = Settings { lock_mutual_ties: false, ..Settings::default() };
    let err = |e: crate::engine::MatchError| JsValue::from_str(&e.to_string());
    let t = now();
    let objective = optimal_total(&data, &settings).map_err(err)?;
    let score_and_solve_ms = now() - t;
    let t = now();
    let results = run(&data, &settings).map_err(err)?;
    let run_with_explanations_ms = now() - t;
    let vetoed = Settings {
        vetoes: results
            .pairs
            .first()
            .map(|p| PairId { offer_id: p.offer_id.clone(), need_id: p.need_id.clone() })
            .into_iter()
            .collect(),
        ..settings
    };
    let t = now();
    optimal_total(&data, &vetoed).map_err(err)?;
    let resolve_after_veto_ms = now() - t;
    let locked = Settings {
        locks: results
            .offers
            .iter()
            .find_map(|o| o.alternatives.first().map(|a| PairId { offer_id: o.id.clone(), need_id: a.id.clone() }))
            .into_iter()
            .collect(),
        vetoes: Vec::new(),
        ..vetoed
    };
    let t = now();
    optimal_total(&data, &locked).map_err(err)?;
    let resolve_after_lock_ms = now() - t;
    let parsed = ParsedFile::parse("needs.csv", needs).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let mut memo = Memo::default();
    parsed.survey_with(None, &preset, &mut memo, &mut crate::engine::progress::Quiet);
    let mut corrected = Preset::default();
    corrected.columns.insert("Коментар".into(), None);
    let t = now();
    let survey = parsed.survey_with(None, &corrected, &mut memo, &mut crate::engine::progress::Quiet);
    let reinterpret_ms = now() - t;
    let t = now();
    let json = serde_json::to_vec(&survey).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let survey_to_json_ms = now() - t;
    let t = now();
    let back: Survey = serde_json::from_slice(&json).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let survey_from_json_ms = now() - t;
    drop(back);
    let timings = Timings {
        read_ms,
        score_and_solve_ms,
        resolve_after_veto_ms,
        resolve_after_lock_ms,
        run_with_explanations_ms,
        reinterpret_ms,
        survey_to_json_ms,
        survey_from_json_ms,
        objective,
    };
    serde_wasm_bindgen::to_value(&timings).map_err(|e| JsValue::from_str(&e.to_string()))
}
