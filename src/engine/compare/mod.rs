//! Scenarios side by side: a result's headline figures (`figures`), two results of the same inputs compared
//! pair by pair (`pairs`), and the comparison written as Markdown or CSV (`render`).

mod figures;
mod pairs;
pub mod render;

pub use figures::category_code;
pub use pairs::{compare, same_inputs};

/// The JSON Schema (draft 2020-12) of a comparison (`kommunematch compare --format json`), made from its types;
/// committed as `docs/schema/compare-1.schema.json` (a test checks it is up to date).
pub fn json_schema() -> serde_json::Value {
    use crate::engine::comparison::{Compared, COMPARE_VERSION};
    let mut schema = serde_json::to_value(schemars::schema_for!(Compared)).unwrap_or_default();
    if let Some(o) = schema.as_object_mut() {
        o.insert("$id".into(), format!("urn:kommunematch:schema:compare:{COMPARE_VERSION}").into());
        o.insert("title".into(), "kommunematch comparison".into());
        o.insert(
            "description".into(),
            format!(
                "Two kommunematch results of the same inputs compared, layout version {COMPARE_VERSION} \
                 (docs/results-schema.md): the pairs only in A, only in B and in both, each side's headline \
                 figures, and who gains, loses or changes partner."
            )
            .into(),
        );
    }
    if let Some(v) = schema.pointer_mut("/properties/compare_version") {
        *v = serde_json::json!({ "type": "integer", "const": COMPARE_VERSION, "description": "The layout's version." });
    }
    schema
}
