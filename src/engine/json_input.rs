//! The project's own JSON input format, for data that does not come from a survey tool (a script, another
//! system, hand-made test data). It is read into a [`Table`] whose headers are field names, so it goes
//! through the same validation as any export. Documented in `docs/input-format.md`.
//!
//! ```json
//! { "kommunematch_input": 1,
//!   "side": "offers",
//!   "rows": [ { "municipality_name": "Bergen", "municipality_number": "4601",
//!               "areas": ["INF-WAT", "Barnevern"], "capacity": 2 } ] }
//! ```

use super::model::Side;
use super::table::Table;
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InputFile {
    kommunematch_input: u32,
    side: Option<Side>,
    rows: Vec<serde_json::Map<String, Value>>,
}

fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Bool(b) => if *b { "yes" } else { "no" }.into(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.trim().to_string(),
        Value::Array(items) => items.iter().map(cell).filter(|s| !s.is_empty()).collect::<Vec<_>>().join(";"),
        Value::Object(_) => v.to_string(),
    }
}

/// Reads the JSON input format into a table. Rows are numbered from 1 (`rows[0]` is row 1); the header is
/// row 0. The message of an error says what is wrong.
pub fn read(file: &str, text: &str) -> Result<Table, String> {
    let input: InputFile = serde_json::from_str(text).map_err(|e| format!("not a kommunematch input file: {e}"))?;
    if input.kommunematch_input != 1 {
        return Err(format!(
            "input format version {} is not known; this version reads version 1",
            input.kommunematch_input
        ));
    }
    let mut headers: Vec<String> = Vec::new();
    for row in &input.rows {
        for k in row.keys() {
            if !headers.contains(k) {
                headers.push(k.clone());
            }
        }
    }
    let rows = input
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| super::table::Row {
            number: i + 1,
            cells: headers.iter().map(|h| r.get(h).map(cell).unwrap_or_default()).collect(),
        })
        .collect();
    Ok(Table {
        file: file.into(),
        sheet: None,
        header_row: 0,
        headers,
        rows,
        format: "kommunematch-input json".into(),
        side_hint: input.side,
    })
}
