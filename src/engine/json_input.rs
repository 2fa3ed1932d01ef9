//! The project's own JSON input format, for data that does not come from a survey tool (a script, another
//! system, hand-made test data). It is parsed here into rows of (column, text); [`super::table`] turns them
//! into a [`super::table::Table`] with the same limits and checks as any export, and the rows then go through
//! the same validation. Documented in `docs/input-format.md`.
//!
//! ```json
//! { "kommunematch_input": 1,
//!   "side": "offers",
//!   "rows": [ { "municipality_name": "Bergen", "municipality_number": "4601",
//!               "areas": ["INF-WAT", "Barnevern"], "capacity": 2 } ] }
//! ```
// Input is whatever a file holds: no indexing that could panic on it.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::model::Side;
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;

/// Deepest nesting of arrays and objects read. The format needs four levels (file, rows, row, a list of
/// areas); this leaves room for a value that is itself an object, and stays well below serde_json's own
/// limit, so a deeper file gets this clear message rather than the parser's.
pub const MAX_DEPTH: usize = 32;

/// A file of the JSON input format (documented in `docs/input-format.md`).
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
struct InputFile {
    /// The format's version: 1.
    kommunematch_input: u32,
    /// `offers` or `needs`; detected from the keys when left out.
    side: Option<Side>,
    /// One object per answer: a key per question (the field names of `docs/input-format.md`, or any
    /// survey's wording), each a text, a number, a yes/no, or a list of them.
    rows: Vec<serde_json::Map<String, Value>>,
}

/// The JSON Schema (draft 2020-12) of the JSON input format, made from the type that reads it; committed as
/// `docs/schema/input-1.schema.json` (a test checks it is up to date).
pub fn json_schema() -> Value {
    use super::schema::{published, Published};
    published(
        schemars::schema_for!(InputFile),
        Published {
            kind: "input",
            version: 1,
            title: "kommunematch JSON input",
            description: None,
            version_property: ("kommunematch_input", "The format's version: 1."),
        },
    )
}

/// The JSON input format as parsed: every key of every row, in order of first appearance, and each row's
/// cells as (index into `headers`, text). Rows are numbered from 1 (`rows[0]` is row 1); the header is row 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonRows {
    /// The side the file declares.
    pub side: Option<Side>,
    /// Distinct keys, in order of first appearance (a row's keys in alphabetical order).
    pub headers: Vec<String>,
    /// Per row, its (column, text) cells.
    pub rows: Vec<Vec<(usize, String)>>,
}

/// Why a JSON file is not the input format.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, Deserialize)]
#[serde(tag = "json", rename_all = "snake_case")]
pub enum JsonError {
    /// Not JSON, or JSON of another shape; serde_json's message says where.
    NotInput {
        /// The parser's message, with line and column.
        detail: String,
    },
    /// A version this build does not read.
    Version {
        /// The version in the file.
        found: u32,
    },
    /// Arrays and objects nested deeper than [`MAX_DEPTH`].
    TooDeep {
        /// 1-based line where the limit is passed.
        line: usize,
        /// The limit.
        limit: usize,
    },
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

/// The line where arrays and objects first nest deeper than `limit`, outside strings; `None` if they never do.
/// One pass over the bytes, so a file of ten thousand `[` is refused before the parser recurses.
fn too_deep(text: &str, limit: usize) -> Option<usize> {
    let (mut depth, mut line, mut in_string, mut escaped) = (0usize, 1usize, false, false);
    for b in text.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                b'\n' => line += 1,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return Some(line);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'\n' => line += 1,
            _ => {}
        }
    }
    None
}

/// Parses the JSON input format. Distinct keys are found in time linear in the file (a map from key to
/// column); no dense grid is built here, so the caller can apply its limits first.
pub fn parse(text: &str) -> Result<JsonRows, JsonError> {
    if let Some(line) = too_deep(text, MAX_DEPTH) {
        return Err(JsonError::TooDeep { line, limit: MAX_DEPTH });
    }
    let input: InputFile = serde_json::from_str(text).map_err(|e| JsonError::NotInput { detail: e.to_string() })?;
    if input.kommunematch_input != 1 {
        return Err(JsonError::Version { found: input.kommunematch_input });
    }
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut headers: Vec<String> = Vec::new();
    let rows = input
        .rows
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|(key, value)| {
                    let next = headers.len();
                    let column = *index.entry(key).or_insert_with_key(|k| {
                        headers.push(k.clone());
                        next
                    });
                    (column, cell(&value))
                })
                .collect()
        })
        .collect();
    Ok(JsonRows { side: input.side, headers, rows })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_columns_in_order_of_first_appearance() {
        let j = parse(r#"{"kommunematch_input":1,"rows":[{"b":1,"a":["x","y"]},{"c":null,"a":true}]}"#).unwrap();
        assert_eq!(j.headers.len(), 3);
        let col = |k: &str| j.headers.iter().position(|h| h == k).unwrap();
        assert!(j.rows[1].contains(&(col("a"), "yes".into())));
        assert!(j.rows[0].contains(&(col("a"), "x;y".into())));
        assert!(j.rows[1].contains(&(col("c"), String::new())));
    }

    #[test]
    fn nesting_is_bounded_before_parsing() {
        let deep = format!(r#"{{"kommunematch_input":1,"rows":[{{"a":{}1{}}}]}}"#, "[".repeat(5000), "]".repeat(5000));
        assert_eq!(parse(&deep), Err(JsonError::TooDeep { line: 1, limit: MAX_DEPTH }));
        // Brackets inside strings do not count.
        let quoted = format!(r#"{{"kommunematch_input":1,"rows":[{{"a":"{}"}}]}}"#, "[".repeat(100));
        assert!(parse(&quoted).is_ok());
        assert_eq!(too_deep("{\n\"a\\\"[\": [[\n[", 3), Some(3));
    }

    #[test]
    fn unknown_versions_and_shapes_say_so() {
        assert_eq!(parse(r#"{"kommunematch_input":2,"rows":[]}"#), Err(JsonError::Version { found: 2 }));
        assert!(matches!(parse(r#"{"rows":[]}"#), Err(JsonError::NotInput { .. })));
    }
}
