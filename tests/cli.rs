//! The command-line tool as a user runs it.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn km(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kommunematch")).args(args).output().expect("run kommunematch")
}

#[test]
fn match_writes_the_results_json() {
    let dir = std::env::temp_dir().join(format!("km-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let out = dir.join("results.json");
    let o = km(&[
        "match",
        "--offers",
        "tests/fixtures/offers_en_googleforms_12.csv",
        "--needs",
        "tests/fixtures/needs_en_msforms_20.xlsx",
        "-o",
        out.to_str().expect("utf-8 path"),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).expect("results written")).expect("json");
    assert_eq!(r["schema_version"], 1);
    assert_eq!(r["offers"].as_array().map(Vec::len), Some(12));
    assert_eq!(r["needs"].as_array().map(Vec::len), Some(20));
    assert!(!r["pairs"].as_array().expect("pairs").is_empty());
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn example_flag_gives_the_stored_example_results() {
    let o = km(&["match", "--example"]);
    assert!(o.status.success());
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        std::fs::read_to_string("tests/golden/example-results.json").expect("golden")
    );
}

#[test]
fn unreadable_files_give_one_clear_error_and_exit_code_1() {
    for (file, says) in
        [("tests/fixtures/empty.csv", "the file is empty"), ("tests/fixtures/truncated_zip.xlsx", "cannot be opened")]
    {
        let o = km(&["match", "--offers", file, "--needs", "tests/fixtures/needs_en_msforms_20.xlsx"]);
        assert_eq!(o.status.code(), Some(1), "{file}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(says) && err.contains(file.rsplit('/').next().unwrap_or(file)), "{file}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn wrong_usage_exits_2_with_the_usage() {
    let o = km(&["match", "--offers"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("usage:"));
    assert_eq!(km(&["frobnicate"]).status.code(), Some(2));
}
