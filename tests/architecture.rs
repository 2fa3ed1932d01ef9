//! The architecture, checked from the code's own `use` paths (test code left out), as a newcomer reads it:
//!
//! - no import circle among the files of `src`;
//! - every engine file in its layer (ARCHITECTURE.md), using files of its own layer or below only;
//! - no web or file-system import in the engine;
//! - no file over 700 lines of code, no function over 150 lines.
//!
//! `cargo test --test architecture -- --nocapture report` prints the figures (files in circles, largest files,
//! longest functions) and every file's layer.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/code_map.rs"]
mod code_map;

use code_map::{CodeMap, FileId};
use std::collections::BTreeMap;

/// The engine's layers, bottom first: a file may use files of its own layer and the layers below. The first
/// prefix a file's module path starts with gives its layer. ARCHITECTURE.md lists the same.
const ENGINE_LAYERS: &[(&str, &[&str])] = &[
    (
        "ground",
        &[
            "engine::text",
            "engine::lang",
            "engine::fluent",
            "engine::schema",
            "engine::letter_text",
            "engine::digest",
            "engine::progress",
            "engine::beside",
            "engine::xlsx",
        ],
    ),
    ("knowledge", &["engine::gazetteer", "engine::taxonomy", "engine::model"]),
    ("reading", &["engine::table", "engine::json_input", "engine::survey"]),
    ("scoring", &["engine::settings", "engine::score", "engine::solve", "engine::stable"]),
    ("results", &["engine::scenario", "engine::results", "engine::comparison"]),
    ("words", &["engine::messages"]),
    ("matching", &["engine::dataset", "engine::rounds", "engine::matching", "engine::explain", "engine::pipeline"]),
    ("output", &["engine::export", "engine::report", "engine::letters", "engine::compare", "engine::template"]),
];

/// Files larger than this many lines (test code left out) are rooms too big to take
/// in at once.
const MAX_FILE_LINES: usize = 700;
/// Functions longer than this many lines do more than one thing.
const MAX_FN_LINES: usize = 150;

fn layer_of(module: &str) -> Option<usize> {
    ENGINE_LAYERS.iter().position(|(_, prefixes)| {
        prefixes.iter().any(|p| module == *p || module.strip_prefix(p).is_some_and(|rest| rest.starts_with("::")))
    })
}

fn map() -> CodeMap {
    CodeMap::of_crate_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src").as_path())
}

#[test]
fn no_import_circle_among_the_files_of_src() {
    let map = map();
    let circles = map.circles();
    let described: Vec<String> =
        circles.iter().map(|c| c.iter().map(|f| map.files[*f].rel.clone()).collect::<Vec<_>>().join(" → ")).collect();
    assert!(described.is_empty(), "import circles among the files of src:\n{}", described.join("\n"));
}

#[test]
fn every_engine_file_uses_only_its_layer_and_below() {
    let map = map();
    let mut wrong = Vec::new();
    for (id, file) in map.files.iter().enumerate() {
        if !file.module.starts_with("engine::") {
            continue;
        }
        let Some(own) = layer_of(&file.module) else {
            wrong.push(format!("{} is in no layer: add it to ENGINE_LAYERS and ARCHITECTURE.md", file.rel));
            continue;
        };
        for used in map.uses(id) {
            let target = &map.files[*used];
            if target.module == "engine" {
                wrong.push(format!("{} uses engine/mod.rs, which only declares and re-exports", file.rel));
                continue;
            }
            if let Some(theirs) = layer_of(&target.module) {
                if theirs > own {
                    wrong.push(format!(
                        "{} ({}) uses {} ({})",
                        file.rel, ENGINE_LAYERS[own].0, target.rel, ENGINE_LAYERS[theirs].0
                    ));
                }
            } else if !target.module.starts_with("engine") {
                wrong.push(format!("{} (engine) uses {} outside the engine", file.rel, target.rel));
            }
        }
    }
    assert!(wrong.is_empty(), "layering broken:\n{}", wrong.join("\n"));
}

#[test]
fn the_engine_imports_nothing_of_the_web_or_the_file_system() {
    let map = map();
    let banned = ["yew", "web_sys", "wasm_bindgen", "js_sys", "gloo", "std::fs", "serde_wasm_bindgen"];
    let mut wrong = Vec::new();
    for file in map.files.iter().filter(|f| f.module == "engine" || f.module.starts_with("engine::")) {
        for path in &file.external_paths {
            if banned.iter().any(|b| path == b || path.starts_with(&format!("{b}::"))) {
                wrong.push(format!("{}: {path}", file.rel));
            }
        }
    }
    assert!(wrong.is_empty(), "web or file-system imports in the engine:\n{}", wrong.join("\n"));
}

#[test]
fn no_file_over_700_lines_of_code() {
    let map = map();
    let big: Vec<String> = map
        .files
        .iter()
        .filter(|f| f.code_lines > MAX_FILE_LINES)
        .map(|f| format!("{}: {} lines of code", f.rel, f.code_lines))
        .collect();
    assert!(big.is_empty(), "files over {MAX_FILE_LINES} lines of code:\n{}", big.join("\n"));
}

#[test]
fn no_function_over_150_lines() {
    let map = map();
    let long: Vec<String> = map
        .functions()
        .filter(|f| f.lines > MAX_FN_LINES)
        .map(|f| format!("{}: {} ({} lines)", map.files[f.file].rel, f.name, f.lines))
        .collect();
    assert!(long.is_empty(), "functions over {MAX_FN_LINES} lines:\n{}", long.join("\n"));
}

/// The checker itself: a circle, a use through a re-export and a long function in a made-up crate are found.
#[test]
fn the_checker_finds_a_circle_a_re_export_and_a_long_function() {
    let dir = std::env::temp_dir().join(format!("kommunematch-architecture-{}", std::process::id()));
    let write = |rel: &str, text: &str| {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write("lib.rs", "pub mod engine;\n");
    write("engine/mod.rs", "mod a;\nmod b;\nmod c;\npub use a::Alpha;\n");
    // c → a through the re-export in engine/mod.rs; b ↔ c is a circle, in a `use` one way and a path the other.
    write("engine/a.rs", "pub struct Alpha;\nfn f() -> std::fs::File { todo!() }\n");
    write("engine/b.rs", "use super::c::Gamma;\npub struct Beta(Gamma);\n");
    let long_body = "    let _ = 1;\n".repeat(160);
    write(
        "engine/c.rs",
        &format!(
            "pub struct Gamma;\nfn g(_: crate::engine::b::Beta, _: crate::engine::Alpha) {{\n{long_body}}}\n\
             #[cfg(test)]\nmod tests {{ use crate::engine::a::Alpha; }}\n"
        ),
    );
    let map = CodeMap::of_crate_dir(&dir);
    let id = |rel: &str| map.files.iter().position(|f| f.rel == rel).unwrap();
    let circles = map.circles();
    assert_eq!(circles.len(), 1);
    let mut circle: Vec<FileId> = circles[0].clone();
    circle.sort();
    let mut expected = vec![id("engine/b.rs"), id("engine/c.rs")];
    expected.sort();
    assert_eq!(circle, expected);
    // The re-export is followed to the file that defines the item; the test module's use is left out.
    assert!(map.uses(id("engine/c.rs")).contains(&id("engine/a.rs")));
    assert!(!map.uses(id("engine/c.rs")).contains(&id("engine/mod.rs")));
    assert!(map.uses(id("engine/a.rs")).is_empty());
    assert!(map.files[id("engine/a.rs")].external_paths.contains("std::fs"));
    let g = map.functions().find(|f| f.name == "g").unwrap();
    assert_eq!(g.lines, 162);
    // Test code is not code.
    assert_eq!(map.files[id("engine/c.rs")].code_lines, 163);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Prints the figures: `cargo test --test architecture -- --nocapture report`.
#[test]
fn report() {
    let map = map();
    let circles = map.circles();
    let in_circles: usize = circles.iter().map(Vec::len).sum();
    println!("files in import circles: {in_circles}");
    for circle in &circles {
        for &f in circle {
            let inside: Vec<&str> =
                map.uses(f).iter().filter(|u| circle.contains(u)).map(|&u| map.files[u].rel.as_str()).collect();
            println!("  {} uses {}", map.files[f].rel, inside.join(", "));
        }
    }
    let mut files: Vec<_> = map.files.iter().collect();
    files.sort_by_key(|f| std::cmp::Reverse(f.code_lines));
    println!("largest files (lines of code):");
    for f in files.iter().take(8) {
        println!("  {:5}  {}", f.code_lines, f.rel);
    }
    let mut fns: Vec<_> = map.functions().collect();
    fns.sort_by_key(|f| std::cmp::Reverse(f.lines));
    println!("longest functions (lines):");
    for f in fns.iter().take(10) {
        println!("  {:5}  {} in {}", f.lines, f.name, map.files[f.file].rel);
    }
    let mut layers: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for f in map.files.iter().filter(|f| f.module.starts_with("engine::")) {
        layers.entry(layer_of(&f.module).unwrap_or(usize::MAX)).or_default().push(&f.rel);
    }
    for (layer, files) in layers {
        let name = ENGINE_LAYERS.get(layer).map_or("none", |l| l.0);
        println!("layer {name}: {}", files.join(", "));
    }
}
