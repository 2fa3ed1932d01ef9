//! The frame every published JSON Schema shares (`docs/schema/`): made from the Rust types with `schemars`,
//! named by a URN, and pinned to its own layout version, so that a file of another version fails there by name.

use serde_json::Value;

/// What names a published schema.
pub struct Published<'a> {
    /// The URN's kind: `urn:kommunematch:schema:{kind}:{version}`.
    pub kind: &'a str,
    /// The layout's version.
    pub version: u32,
    /// The schema's title.
    pub title: &'a str,
    /// What the schema describes, if said.
    pub description: Option<String>,
    /// The property that holds the layout's version, and what the schema says of it.
    pub version_property: (&'a str, &'a str),
}

/// `schema` (as `schemars::schema_for!` gives it) with its id, title and description, and its version property
/// pinned to `version`.
pub fn published(schema: impl serde::Serialize, p: Published) -> Value {
    let mut schema = serde_json::to_value(schema).unwrap_or_default();
    if let Some(o) = schema.as_object_mut() {
        o.insert("$id".into(), format!("urn:kommunematch:schema:{}:{}", p.kind, p.version).into());
        o.insert("title".into(), p.title.into());
        if let Some(d) = p.description {
            o.insert("description".into(), d.into());
        }
    }
    let (property, words) = p.version_property;
    if let Some(v) = schema.pointer_mut(&format!("/properties/{property}")) {
        *v = serde_json::json!({ "type": "integer", "const": p.version, "description": words });
    }
    schema
}
