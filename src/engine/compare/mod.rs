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
    use crate::engine::schema::{published, Published};
    published(
        schemars::schema_for!(Compared),
        Published {
            kind: "compare",
            version: COMPARE_VERSION,
            title: "kommunematch comparison",
            description: Some(format!(
                "Two kommunematch results of the same inputs compared, layout version {COMPARE_VERSION} \
                 (docs/results-schema.md): the pairs only in A, only in B and in both, each side's headline \
                 figures, and who gains, loses or changes partner."
            )),
            version_property: ("compare_version", "The layout's version."),
        },
    )
}
