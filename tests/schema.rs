//! The published JSON Schemas (`docs/schema/`): made from the Rust types, committed, and checked here with an
//! independent validator (the `jsonschema` crate) against every results file the native tests know (the
//! golden file, each mode and objective, a round with kept and ended partnerships, contacts included) and the
//! example input files; broken files fail with a message that names where.
#![cfg(not(target_arch = "wasm32"))]

use kommunematch::engine::rounds::PreviousRound;
use kommunematch::engine::scenario::Weighed;
use kommunematch::engine::{
    example_inputs, json_input, match_inputs, Input, Mode, Objective, PairId, Preset, Results, Settings, Shares,
};
use serde_json::Value;

const RESULTS: &str = "docs/schema/results-1.schema.json";
const INPUT: &str = "docs/schema/input-1.schema.json";
const COMPARE: &str = "docs/schema/compare-1.schema.json";

fn committed(path: &str, made: &Value) -> Value {
    let text = format!("{}\n", serde_json::to_string_pretty(made).expect("schema text"));
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, &text).expect("write schema");
    }
    let stored = std::fs::read_to_string(path).expect("committed schema");
    assert!(stored == text, "{path} differs from the types; run with UPDATE_SCHEMA=1 and say why in the commit");
    serde_json::from_str(&stored).expect("schema JSON")
}

/// The schemas in `docs/schema/` are the ones the types give, and valid draft 2020-12 schemas.
#[test]
fn the_committed_schemas_are_made_from_the_types() {
    let schemas = [
        (RESULTS, Results::json_schema()),
        (INPUT, json_input::json_schema()),
        (COMPARE, kommunematch::engine::compare::json_schema()),
    ];
    for (path, made) in schemas {
        let schema = committed(path, &made);
        assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema", "{path}");
        assert!(schema["$id"].as_str().is_some_and(|id| id.starts_with("urn:kommunematch:schema:")), "{path}");
        jsonschema::draft202012::meta::validate(&schema).unwrap_or_else(|e| panic!("{path}: {e}"));
    }
}

fn validator(path: &str) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("json");
    jsonschema::draft202012::new(&schema).expect("a valid schema")
}

/// Every error of an instance, as "path: message".
fn errors(v: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

fn fixture(name: &str) -> Input {
    Input { name: name.into(), bytes: std::fs::read(format!("tests/fixtures/{name}")).expect("fixture"), side: None }
}

/// Results of every kind the engine writes validate: the golden file, stable and greedy modes with a lock, a
/// veto and shares, coverage, a round that builds on another (kept and ended), contacts included.
#[test]
fn every_kind_of_results_validates() {
    let v = validator(RESULTS);
    let mut files: Vec<(String, String)> =
        vec![("golden".into(), std::fs::read_to_string("tests/golden/example-results.json").expect("golden"))];
    let r1 = match_inputs(&example_inputs(), &Preset::default(), &Settings::default(), &[]).expect("example");
    let first = &r1.pairs[0];
    for mode in [Mode::Optimal, Mode::Stable, Mode::Greedy] {
        for objective in [Objective::Total, Objective::Coverage] {
            let s = Settings {
                mode,
                objective,
                shares: Shares { war_zone: Some(60), outside: None },
                locks: vec![PairId { offer_id: first.offer_id.clone(), need_id: first.need_id.clone() }],
                vetoes: vec![PairId { offer_id: r1.pairs[1].offer_id.clone(), need_id: r1.pairs[1].need_id.clone() }],
                ..Settings::default()
            };
            let r = match_inputs(&example_inputs(), &Preset::default(), &s, &[]).expect("run");
            files.push((format!("{mode:?} {objective:?}"), r.to_json()));
        }
    }
    let prev = PreviousRound::from_json("round1.json", r1.to_json().as_bytes()).expect("round 1");
    let ended = Settings {
        vetoes: vec![PairId { offer_id: first.offer_id.clone(), need_id: first.need_id.clone() }],
        kept_in_capacity: true,
        ..Settings::default()
    };
    let inputs = [fixture("offers_en_googleforms_12.csv"), fixture("needs_en_msforms_20.xlsx")];
    let mut r2 = match_inputs(&inputs, &Preset::default(), &ended, &[prev]).expect("round 2");
    assert!(!r2.kept.is_empty() && !r2.ended.is_empty());
    let (_, data) = kommunematch::engine::read_dataset(&inputs, &Preset::default()).expect("read");
    r2.add_personal_data(data.contacts());
    files.push(("round 2 with contacts".into(), r2.to_json()));
    let mut weighed = r1.clone();
    weighed.weighed = vec![Weighed::of("Total", &r1, true), Weighed::of("Coverage", &r2, false)];
    files.push(("with the scenarios weighed".into(), weighed.to_json()));
    for (what, text) in &files {
        let instance: Value = serde_json::from_str(text).expect("json");
        assert_eq!(errors(&v, &instance), Vec::<String>::new(), "{what}");
    }
}

/// A wrong type, a missing field, an unknown schema version or an unknown code fail, each with the path of
/// what is wrong.
#[test]
fn broken_results_fail_naming_the_path() {
    let v = validator(RESULTS);
    let good: Value =
        serde_json::from_str(&std::fs::read_to_string("tests/golden/example-results.json").expect("golden"))
            .expect("json");
    let broken = |change: &dyn Fn(&mut Value)| {
        let mut x = good.clone();
        change(&mut x);
        errors(&v, &x)
    };
    let wrong_type = broken(&|x| x["pairs"][0]["score"] = "high".into());
    assert!(wrong_type.iter().any(|e| e.starts_with("/pairs/0/score")), "{wrong_type:?}");
    let missing = broken(&|x| {
        x["offers"][2].as_object_mut().expect("offer").remove("capacity");
    });
    assert!(missing.iter().any(|e| e.starts_with("/offers/2") && e.contains("capacity")), "{missing:?}");
    let version = broken(&|x| x["schema_version"] = 2.into());
    assert!(version.iter().any(|e| e.starts_with("/schema_version")), "{version:?}");
    let code = broken(&|x| x["needs"][0]["category"] = "front_line".into());
    assert!(code.iter().any(|e| e.starts_with("/needs/0/category")), "{code:?}");
}

/// The example input in the JSON input format validates; a wrong version and a misspelt top-level key fail.
#[test]
fn the_json_input_files_validate() {
    let v = validator(INPUT);
    let file: Value =
        serde_json::from_slice(&std::fs::read("tests/fixtures/quirks/json_input_offers.json").expect("fixture"))
            .expect("json");
    assert_eq!(errors(&v, &file), Vec::<String>::new());
    let mut other = file.clone();
    other["kommunematch_input"] = 2.into();
    assert!(errors(&v, &other).iter().any(|e| e.starts_with("/kommunematch_input")));
    let mut misspelt = file.clone();
    misspelt.as_object_mut().expect("object").insert("row".into(), Value::Array(vec![]));
    assert!(!errors(&v, &misspelt).is_empty(), "unknown keys are refused, as the reader refuses them");
    let mut side = file;
    side["side"] = "both".into();
    assert!(errors(&v, &side).iter().any(|e| e.starts_with("/side")));
}

/// The GeoJSON of a result, read back by an independent parser (the `geojson` crate): one Point per
/// municipality and community at its official coordinates (longitude first, inside Norway or Ukraine), one
/// LineString per pair made and per partnership kept, contacts only when the results include them; the CLI's
/// `--format geojson` writes the same bytes.
#[test]
fn geojson_of_a_result_reads_back() {
    use geojson::{GeoJson, GeometryValue as Geometry};
    use kommunematch::engine::export::geojson;
    let r1 = match_inputs(&example_inputs(), &Preset::default(), &Settings::default(), &[]).expect("example");
    let prev = PreviousRound::from_json("round1.json", r1.to_json().as_bytes()).expect("round 1");
    let inputs = [fixture("offers_en_googleforms_12.csv"), fixture("needs_en_msforms_20.xlsx")];
    let r2 = match_inputs(&inputs, &Preset::default(), &Settings::default(), &[prev]).expect("round 2");
    for r in [&r1, &r2] {
        let text = geojson(r);
        assert_eq!(text, geojson(r), "deterministic");
        let GeoJson::FeatureCollection(fc) = text.parse::<GeoJson>().expect("GeoJSON") else { panic!("a collection") };
        let (mut points, mut lines) = (0, 0);
        for f in &fc.features {
            let props = f.properties.as_ref().expect("properties");
            let kind = props["kind"].as_str().expect("kind");
            match f.geometry.as_ref().map(|g| &g.value) {
                Some(Geometry::Point { coordinates: p }) => {
                    points += 1;
                    let (lon, lat) = (p[0], p[1]);
                    let inside = if kind == "municipality" {
                        (4.0..32.0).contains(&lon) && (57.0..72.0).contains(&lat)
                    } else {
                        (22.0..41.0).contains(&lon) && (44.0..53.0).contains(&lat)
                    };
                    assert!(inside, "{} at {lon}, {lat}", props["id"]);
                }
                Some(Geometry::LineString { coordinates: l }) => {
                    lines += 1;
                    assert_eq!(l.len(), 2);
                    assert!(l[0][0] < 32.0 && l[0][1] > 57.0, "from Norway");
                    assert!(l[1][1] < 53.0, "to Ukraine");
                }
                other => panic!("{kind}: {other:?}"),
            }
            assert!(props.get("contact").is_none(), "no personal data unless included");
        }
        assert_eq!(points, r.offers.len() + r.needs.len(), "a point per entity (every id official here)");
        assert_eq!(lines, r.pairs.len() + r.kept.len(), "a line per pair and kept partnership");
        // "paired": exactly the entities at an end of a line (a pair made now or a partnership kept).
        let ends: std::collections::BTreeSet<(String, String)> = fc
            .features
            .iter()
            .filter_map(|f| f.properties.as_ref().filter(|p| p["kind"] == "pair"))
            .flat_map(|p| {
                let id = |k: &str| p[k].as_str().unwrap_or_default().to_string();
                [("municipality".to_string(), id("offer_id")), ("community".to_string(), id("need_id"))]
            })
            .collect();
        for f in &fc.features {
            let props = f.properties.as_ref().expect("properties");
            let kind = props["kind"].as_str().expect("kind");
            if kind == "municipality" || kind == "community" {
                let id = props["id"].as_str().expect("id").to_string();
                assert_eq!(
                    props["paired"].as_bool(),
                    Some(ends.contains(&(kind.to_string(), id.clone()))),
                    "{kind} {id}"
                );
            }
        }
        if r.kept.is_empty() {
            continue;
        }
        assert!(
            r.kept.iter().any(|k| r.offers.iter().any(|o| o.id == k.offer_id && o.used == 0)),
            "round 2 has a municipality paired only by a kept partnership"
        );
    }
    // Contacts only when the results carry them.
    let (_, data) = kommunematch::engine::read_dataset(&example_inputs(), &Preset::default()).expect("read");
    let mut with = r1.clone();
    with.add_personal_data(data.contacts());
    let text = geojson(&with);
    assert!(text.contains("\"contact\"") && text.contains('@'));
    // The CLI writes the same bytes.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kommunematch"))
        .args(["match", "--example", "--format", "geojson"])
        .output()
        .expect("run kommunematch");
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), geojson(&r1));
}

/// A comparison (`compare --format json`) of every pair of the kinds of results above validates against its
/// schema, and records the pairs only in A, only in B and in both with the official ids.
#[test]
fn comparisons_validate() {
    let v = validator(COMPARE);
    let base = match_inputs(&example_inputs(), &Preset::default(), &Settings::default(), &[]).expect("example");
    let settings = [
        Settings { objective: Objective::Coverage, ..Settings::default() },
        Settings { mode: Mode::Stable, ..Settings::default() },
        Settings { shares: Shares { war_zone: Some(30), outside: None }, ..Settings::default() },
    ];
    for s in settings {
        let other = match_inputs(&example_inputs(), &Preset::default(), &s, &[]).expect("run");
        let c = kommunematch::engine::compare::compare(&base, &other).expect("same inputs");
        let instance = serde_json::to_value(&c).expect("json");
        assert_eq!(errors(&v, &instance), Vec::<String>::new(), "{s:?}");
        assert!(instance["only_a"][0]["offer"].is_string() && instance["only_b"][0]["need"].is_string());
    }
}
