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

#[test]
fn scores_lists_every_candidate_with_the_solvers_score() {
    let o = km(&["scores", "--example"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8_lossy(&o.stdout).into_owned();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("offer_id,need_id,score"));
    let scores: std::collections::HashMap<(String, String), i64> = lines
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            ((f[0].to_string(), f[1].to_string()), f[2].parse().expect("integer score"))
        })
        .collect();
    assert!(scores.values().all(|&s| s > 0));
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("tests/golden/example-results.json").expect("golden"))
            .expect("json");
    for p in r["pairs"].as_array().expect("pairs").iter().filter(|p| p["score"].as_i64() > Some(0)) {
        let key = (p["offer_id"].as_str().unwrap_or("").to_string(), p["need_id"].as_str().unwrap_or("").to_string());
        assert_eq!(scores.get(&key).copied(), p["score"].as_i64(), "{key:?}");
    }
}

#[test]
fn stable_mode_and_a_weight_preset_from_the_command_line() {
    let o = km(&["match", "--example", "--mode", "stable", "--proposing", "needs", "--weights", "urgent_war_zone"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(r["mode"], "stable");
    assert_eq!(r["settings"]["proposing"], "needs");
    assert_eq!(r["settings"]["weights"]["urgent_need"], 40);
    assert_eq!(r["comparison"]["blocking_pairs"], 0);
    assert!(r["comparison"]["given_up"].as_i64() >= Some(0));
    let bad = km(&["match", "--example", "--war-zone-share", "140"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn locks_and_vetoes_from_csv_files() {
    let dir = std::env::temp_dir().join(format!("km-locks-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("tests/golden/example-results.json").expect("golden"))
            .expect("json");
    let made = &r["pairs"][0];
    let alt = &r["offers"][0]["alternatives"][0];
    let vetoes = dir.join("vetoes.csv");
    let locks = dir.join("locks.csv");
    std::fs::write(
        &vetoes,
        format!(
            "offer_id,need_id\n{},{}\n",
            made["offer_id"].as_str().unwrap_or(""),
            made["need_id"].as_str().unwrap_or("")
        ),
    )
    .expect("write");
    std::fs::write(
        &locks,
        format!(
            "offer_id,need_id\n{},{}\n",
            r["offers"][0]["id"].as_str().unwrap_or(""),
            alt["id"].as_str().unwrap_or("")
        ),
    )
    .expect("write");
    let o =
        km(&["match", "--example", "--vetoes", vetoes.to_str().unwrap_or(""), "--locks", locks.to_str().unwrap_or("")]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let pairs: Vec<(String, String, bool)> = out["pairs"]
        .as_array()
        .expect("pairs")
        .iter()
        .map(|p| {
            (
                p["offer_id"].as_str().unwrap_or("").into(),
                p["need_id"].as_str().unwrap_or("").into(),
                p["locked"].as_bool().unwrap_or(false),
            )
        })
        .collect();
    assert!(
        !pairs.iter().any(
            |(o, n, _)| o == made["offer_id"].as_str().unwrap_or("") && n == made["need_id"].as_str().unwrap_or("")
        ),
        "vetoed pair gone"
    );
    assert!(
        pairs.iter().any(|(o, n, l)| *l
            && o == r["offers"][0]["id"].as_str().unwrap_or("")
            && n == alt["id"].as_str().unwrap_or("")),
        "locked pair made"
    );
    // A lock that is also a veto is refused with both named.
    let o =
        km(&["match", "--example", "--vetoes", locks.to_str().unwrap_or(""), "--locks", locks.to_str().unwrap_or("")]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("both locked and vetoed"));
    let _ = std::fs::remove_dir_all(dir);
}
