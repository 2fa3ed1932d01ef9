//! The command-line tool as a user runs it.
#![cfg(not(target_arch = "wasm32"))]

use kommunematch::engine::Results;
use std::process::Command;

fn km(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kommunematch")).args(args).output().expect("run kommunematch")
}

/// Runs the binary and fails the test if it has not finished within `secs` (a hang is a finding).
fn km_within(secs: u64, args: &[&str]) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kommunematch"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run kommunematch");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    while child.try_wait().expect("wait").is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("kommunematch {args:?} still runs after {secs} s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

/// Checks results written by the binary against the published schema (`docs/schema/`), with an independent
/// validator.
fn assert_valid(r: &serde_json::Value) {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("docs/schema/results-1.schema.json").expect("schema"))
            .expect("json");
    let v = jsonschema::draft202012::new(&schema).expect("schema");
    let errors: Vec<String> = v.iter_errors(r).map(|e| format!("{}: {e}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:?}");
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
    assert_valid(&r);
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

const BROKEN: &str = "tests/fixtures/samples/broken";
const NEEDS: &str = "tests/fixtures/needs_en_msforms_20.xlsx";

/// What the command line must say about a broken sample.
enum Expect {
    /// The file cannot be read: exit code 1 and this reason after the file name.
    Unreadable(&'static str),
    /// The rows are judged: these issue codes, each row counted once.
    Issues(&'static [&'static str]),
}

fn expectation(file: &str) -> Expect {
    use Expect::*;
    match file {
        "binary_garbage.csv" => Unreadable("neither a spreadsheet"),
        "empty.csv" => Unreadable("the file is empty"),
        "five_thousand_columns.csv" => Unreadable("5,000 columns, more than the 1,000"),
        "not_a_spreadsheet.xlsx" | "truncated.xlsx" => Unreadable("looks like a spreadsheet but cannot be opened"),
        "unbalanced_quotes.csv" => Unreadable("› line 2: a quoted field"),
        "bad_values.csv" => Issues(&["count_invalid", "area_unknown", "name_blank", "resubmitted"]),
        "formula_injection.csv" | "script_injection.csv" => Issues(&["suspicious_text"]),
        "header_only.csv" => Issues(&["no_rows"]),
        "missing_municipality_column.csv" => Issues(&["identity_column_missing"]),
        other => panic!("{other}: a broken sample without an expectation here; add one"),
    }
}

/// Every file of the shared broken samples, through the binary itself: `inspect` and `match` never panic;
/// an unreadable file gives its reason after its name and exit code 1; a readable one has its rows counted
/// and its issues told on standard error with file › row › column.
#[test]
fn every_broken_sample_through_the_binary() {
    let mut files: Vec<String> = std::fs::read_dir(BROKEN)
        .expect("broken samples")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files.len(), 11, "{files:?}");
    for file in &files {
        let path = format!("{BROKEN}/{file}");
        let inspect = km(&["inspect", &path]);
        let matched = km(&["match", "--offers", &path, "--needs", NEEDS]);
        let (inspect_err, match_err) =
            (String::from_utf8_lossy(&inspect.stderr), String::from_utf8_lossy(&matched.stderr));
        for err in [&inspect_err, &match_err] {
            assert!(!err.contains("panicked") && !err.contains("RUST_BACKTRACE"), "{file}: {err}");
        }
        let report: serde_json::Value = serde_json::from_slice(&inspect.stdout).expect("inspect prints JSON");
        let report = &report[0];
        assert_eq!(report["file"], file.as_str());
        match expectation(file) {
            Expect::Unreadable(reason) => {
                for (o, err) in [(&inspect, &inspect_err), (&matched, &match_err)] {
                    assert_eq!(o.status.code(), Some(1), "{file}");
                    assert!(err.contains(&format!("{file}: ")) || err.contains(&format!("{file} › ")), "{file}: {err}");
                    assert!(err.contains(reason), "{file}: {err}");
                }
                assert!(report["error"].as_str().is_some_and(|e| e.contains(reason)), "{file}: {report}");
                assert!(matched.stdout.is_empty(), "{file}: no results from an unreadable file");
            }
            Expect::Issues(codes) => {
                assert!(inspect.status.success() && matched.status.success(), "{file}: {inspect_err} {match_err}");
                let c = &report["counts"];
                let n = |k: &str| c[k].as_u64().expect("count");
                assert_eq!(
                    n("accepted") + n("warnings") + n("set_aside") + n("rejected"),
                    n("rows"),
                    "{file}: every row counted"
                );
                let found: Vec<&str> =
                    report["issues"].as_array().expect("issues").iter().filter_map(|i| i["code"].as_str()).collect();
                for code in codes {
                    assert!(found.contains(code), "{file}: {code} in {found:?}");
                }
                let summary = match_err.lines().next().unwrap_or_default().to_string();
                assert!(
                    summary.starts_with(&format!(
                        "{file} — Offers (Norwegian municipalities): {} {}: ",
                        n("rows"),
                        if n("rows") == 1 { "row" } else { "rows" }
                    )) && (summary.ends_with(&format!("{} rejected", n("rejected")))
                        || summary.ends_with(&format!(
                            "{} rejected, {} earlier {} set aside for a later one",
                            n("rejected"),
                            n("set_aside"),
                            if n("set_aside") == 1 { "answer" } else { "answers" }
                        ))),
                    "{file}: {summary}"
                );
                assert!(match_err.contains(&format!("{file} › row ")), "{file}: every issue says where: {match_err}");
                let results: serde_json::Value = serde_json::from_slice(&matched.stdout).expect("results JSON");
                assert_eq!(results["inputs"][0]["rows"], c["rows"], "{file}");
            }
        }
    }
}

/// Every fuzz finding on a reader, and every spreadsheet made to exhaust memory, through the binary too: a
/// clear error and exit code 1, never a panic or an abort.
#[test]
fn fuzz_findings_and_hostile_files_through_the_binary() {
    let cases = [("tests/fixtures/fuzz", "cannot be opened"), ("tests/fixtures/hostile", "more than")];
    let mut seen = 0;
    for dir in ["tests/fixtures/fuzz", "tests/fixtures/hostile"] {
        for entry in std::fs::read_dir(dir).expect("fixtures") {
            let path = entry.expect("entry").path();
            let path = path.to_str().expect("utf-8 path");
            let o = km_within(20, &["inspect", path]);
            let err = String::from_utf8_lossy(&o.stderr);
            assert_eq!(o.status.code(), Some(1), "{path}: {err}");
            assert!(!err.contains("panicked") && !err.contains("memory allocation"), "{path}: {err}");
            assert!(cases.iter().any(|(d, says)| *d == dir && err.contains(says)), "{path}: {err}");
            seen += 1;
        }
    }
    assert!(seen >= 4);
}

/// Names that a spreadsheet would run as formulas come out of `--format csv` with an apostrophe in front and
/// out of `--format xlsx` as inline text, never as a formula; the reader warns about them.
#[test]
fn exports_from_the_binary_cannot_run_formulas() {
    // Without their numbers, so that the names stay as written (with a number, the official name is used).
    let fixture = std::fs::read_to_string("tests/fixtures/offers_names_that_look_like_formulas.csv").expect("fixture");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(fixture.as_bytes());
    let mut writer = csv::Writer::from_writer(Vec::new());
    for (i, rec) in reader.records().enumerate() {
        let rec = rec.expect("row");
        let row: Vec<&str> = rec.iter().enumerate().map(|(c, v)| if c == 1 && i > 0 { "" } else { v }).collect();
        writer.write_record(&row).expect("write");
    }
    let dir = std::env::temp_dir().join(format!("km-cli-formulas-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let offers_path = dir.join("offers_names_that_look_like_formulas.csv");
    std::fs::write(&offers_path, writer.into_inner().expect("csv")).expect("write");
    let offers = offers_path.to_str().expect("path");
    let o = km(&["match", "--offers", offers, "--needs", NEEDS, "--format", "csv"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let csv = String::from_utf8_lossy(&o.stdout).into_owned();
    for cell in ["\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"Sola\"\")\"", "'@SUM(1+1)", "'+47 Bodø", "'-1+1"] {
        assert!(csv.contains(&format!(",{cell}")), "{cell} in {csv}");
    }
    for line in csv.lines().skip(1) {
        let name = line.split(',').nth(1).unwrap_or_default();
        assert!(!name.starts_with(['=', '+', '-', '@', '\t', '\r']), "{line}");
    }
    assert!(String::from_utf8_lossy(&o.stderr).contains("looks like a spreadsheet formula"));

    let dir = std::env::temp_dir().join(format!("km-cli-xlsx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let out = dir.join("pairs.xlsx");
    let o = km(&["match", "--offers", offers, "--needs", NEEDS, "--format", "xlsx", "-o", out.to_str().expect("path")]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).expect("workbook")).expect("a zip");
    let mut sheets = 0;
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).expect("entry");
        let name = f.name().expect("entry name").to_string();
        if name.starts_with("xl/worksheets/") {
            let mut xml = String::new();
            std::io::Read::read_to_string(&mut f, &mut xml).expect("sheet xml");
            assert!(!xml.contains("<f>") && !xml.contains("<f "), "no formula in {name}");
            if name.ends_with("sheet1.xml") {
                // The names that would start a formula keep their text and get the quote-prefix style.
                for text in [
                    "=HYPERLINK(&quot;http://example.invalid&quot;,&quot;Sola&quot;)",
                    "@SUM(1+1)*cmd|&apos; /C calc&apos;!A0",
                    "+47 Bodø",
                ] {
                    assert!(
                        xml.contains(&format!(r#" s="1" t="inlineStr"><is><t xml:space="preserve">{text}</t>"#)),
                        "{text}"
                    );
                }
                assert!(!xml.contains(">'="), "no visible apostrophe");
            }
            sheets += 1;
        }
    }
    assert!(sheets > 0);
    // The workbook opens, and its text reads back as written.
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&out).expect("calamine opens the workbook");
    let pairs = book.worksheet_range("Pairs").expect("the pairs sheet");
    assert!(pairs.rows().any(|r| r[1] == calamine::Data::String("+47 Bodø".into())));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn format_options_are_checked_and_personal_data_only_on_request() {
    let o = km(&["match", "--example", "--format", "pdf"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("choose json, csv, xlsx or geojson"));
    assert_eq!(km(&["match", "--example", "--format", "xlsx"]).status.code(), Some(2), "a workbook needs -o");

    let without = km(&["match", "--example"]);
    let with = km(&["match", "--example", "--include-personal-data"]);
    assert!(without.status.success() && with.status.success());
    let (without, with) = (String::from_utf8_lossy(&without.stdout), String::from_utf8_lossy(&with.stdout));
    assert!(!without.contains("@"), "no e-mail addresses by default");
    assert!(with.contains("personal_data") && with.contains('@'), "contacts when asked for");
    assert_valid(&serde_json::from_str(&with).expect("json"));
}

/// `--lang` gives the messages in Norwegian or Ukrainian: the summary, every issue with where it is, and
/// the errors of files that cannot be read (each of them, not only the first).
#[test]
fn messages_in_the_coordinators_language() {
    let bad = format!("{BROKEN}/bad_values.csv");
    let o = km(&["match", "--lang", "nb", "--offers", &bad, "--needs", NEEDS]);
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with(
            "bad_values.csv — Tilbud (norske kommuner): 8 rader: 3 godtatt, 4 med merknader, 0 avvist, 1 tidligere svar lagt til side for et senere"
        ),
        "{err}"
    );
    assert!(err.contains("  merknad: bad_values.csv › rad 2 › kolonne H «Hvor mange"), "{err}");
    assert!(err.contains("«Romfart» er ikke et område taksonomien kjenner"), "{err}");

    let (empty, truncated) = (format!("{BROKEN}/empty.csv"), format!("{BROKEN}/truncated.xlsx"));
    let o = km(&["match", "--lang", "uk", "--offers", &empty, "--offers", &truncated, "--needs", NEEDS]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("empty.csv: файл порожній") && err.contains("truncated.xlsx: це схоже на електронну таблицю"));

    let o = km(&["inspect", "--lang", "nb", &empty]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("empty.csv: filen er tom"));
    assert_eq!(km(&["match", "--example", "--lang", "de"]).status.code(), Some(2));
}

/// More than a million pairs to weigh are refused at once, with what to do, in `match` and `scores`.
#[test]
fn more_pairs_than_the_limit_are_refused_at_once() {
    let dir = std::env::temp_dir().join(format!("km-cli-pairs-{}", std::process::id()));
    let made = Command::new("python3")
        .args(["tests/e2e/make_big_files.py", dir.to_str().expect("path")])
        .status()
        .expect("python3");
    assert!(made.success());
    let offers = dir.join("tilbud_1428_kommuner.csv");
    let offers = offers.to_str().expect("path");
    let needs = "tests/fixtures/samples/scale/potreby_vsi_hromady.csv";
    for cmd in ["match", "scores"] {
        let o = km_within(60, &[cmd, "--offers", offers, "--needs", needs]);
        assert_eq!(o.status.code(), Some(1), "{cmd}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains(
                "1,428 municipalities × 1,302 communities are 1,859,256 pairs to weigh, more than the 1,000,000"
            ),
            "{err}"
        );
        assert!(o.stdout.is_empty());
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// Runs the binary with at most 1 GB of address space (`ulimit -v`) and fails the test if it has not finished
/// within `secs`: a file may neither starve the machine nor hang.
fn km_bounded(secs: u64, args: &[&str]) -> std::process::Output {
    let child = Command::new("sh")
        .arg("-c")
        .arg("ulimit -v 1048576 && exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_kommunematch"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run kommunematch");
    let pid = child.id().to_string();
    // Output is read as it comes (a full pipe would stop the program), on a thread that is waited for.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || tx.send(child.wait_with_output()));
    match rx.recv_timeout(std::time::Duration::from_secs(secs)) {
        Ok(out) => out.expect("output"),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid]).status();
            panic!("kommunematch {args:?} still runs after {secs} s");
        }
    }
}

/// The hostile inputs (`tests/make_hostile_inputs.py`): names whose case mapping changes their length,
/// and JSON input made to skip the limits. Returns (path, what stderr must say, or "" for a readable file).
fn hostile_inputs(dir: &std::path::Path) -> Vec<(std::path::PathBuf, String)> {
    let made = Command::new("python3").arg("tests/make_hostile_inputs.py").arg(dir).status().expect("python3");
    assert!(made.success());
    let expected: std::collections::BTreeMap<String, String> =
        serde_json::from_slice(&std::fs::read(dir.join("expected.json")).expect("expected.json")).expect("json");
    assert!(expected.len() >= 12);
    expected.into_iter().map(|(name, says)| (dir.join(name), says)).collect()
}

/// Every file of `tests/fixtures/` and every hostile case above, through `inspect` and `match` of the binary:
/// exit 0 or 1 with a message, never a panic, within 20 s, within 1 GB.
#[test]
fn no_file_crashes_or_starves_the_cli() {
    let dir = std::env::temp_dir().join(format!("km-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut files: Vec<(std::path::PathBuf, String)> = hostile_inputs(&dir);
    let mut stack = vec![std::path::PathBuf::from("tests/fixtures")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("fixtures") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                stack.push(p);
            } else {
                files.push((p, String::new()));
            }
        }
    }
    assert!(files.len() > 40, "{}", files.len());
    for (path, says) in &files {
        let p = path.to_str().expect("utf-8 path");
        for args in [vec!["inspect", p], vec!["match", "--offers", p, "--needs", p]] {
            let o = km_bounded(20, &args);
            let err = String::from_utf8_lossy(&o.stderr);
            assert!(matches!(o.status.code(), Some(0 | 1)), "{args:?}: {:?} {err}", o.status);
            assert!(!err.contains("panicked") && !err.contains("memory allocation"), "{args:?}: {err}");
            if o.status.code() == Some(1) {
                assert!(err.contains(path.file_name().and_then(|n| n.to_str()).unwrap_or_default()), "{args:?}: {err}");
            }
        }
        if !says.is_empty() {
            let o = km_bounded(20, &["inspect", p]);
            let err = String::from_utf8_lossy(&o.stderr);
            assert_eq!(o.status.code(), Some(1), "{p}: {err}");
            assert!(err.contains(says.as_str()), "{p}: {err}");
        } else if p.contains("case_mapping") {
            let o = km_bounded(20, &["inspect", p]);
            assert!(o.status.success(), "{p}: {}", String::from_utf8_lossy(&o.stderr));
            let r: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
            let c = &r[0]["counts"];
            assert!(c["accepted"].as_u64().unwrap_or(0) + c["warnings"].as_u64().unwrap_or(0) > 0, "{p}: {c}");
        }
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// `inspect` shows what a personal column means, never what it holds, unless asked: no value of a contact
/// or respondent column of any fixture is in its report (checked against the engine's own reading of the
/// file), and with `--include-personal-data` they are.
#[test]
fn reports_carry_no_personal_data_unless_asked() {
    use kommunematch::engine::{read_survey, Preset};
    let mut checked = 0;
    let mut stack = vec![std::path::PathBuf::from("tests/fixtures")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("fixtures") {
            let path = e.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            let Ok(s) = read_survey(&name, &std::fs::read(&path).expect("read"), None, &Preset::default()) else {
                continue;
            };
            // The personal values of the file: the cells of every personal column.
            let personal: Vec<String> = s
                .offers
                .iter()
                .map(|o| &o.contact)
                .chain(s.needs.iter().map(|n| &n.contact))
                .flat_map(|c| [c.name.clone(), c.email.clone(), c.phone.clone()])
                .chain(s.columns.iter().filter(|c| c.personal).map(|c| c.sample.clone()))
                .filter(|v| v.chars().count() >= 5)
                .collect();
            if personal.is_empty() || s.counts.rows > 400 {
                continue;
            }
            let p = path.to_str().expect("utf-8 path");
            let without = String::from_utf8_lossy(&km(&["inspect", p]).stdout).into_owned();
            let with = String::from_utf8_lossy(&km(&["inspect", "--include-personal-data", p]).stdout).into_owned();
            let json = |v: &str| serde_json::to_string(v).unwrap_or_default().trim_matches('"').to_string();
            for v in &personal {
                assert!(!without.contains(&json(v)), "{p}: “{v}” in the report");
            }
            assert!(personal.iter().any(|v| with.contains(&json(v))), "{p}: samples when asked");
            assert!(without.contains("\"sample_withheld\": \"personal_column\""), "{p}");
            checked += 1;
        }
    }
    assert!(checked >= 5, "{checked} files with personal columns");
}

/// Each command takes only its own options and has its own `--help`; wrong usage is refused with exit code 2,
/// a message and the command's usage, in `--lang`'s language wherever `--lang` stands.
#[test]
fn each_command_takes_its_own_options_and_speaks_the_language_asked() {
    for (cmd, has, lacks) in [
        ("match", "--mode", "FILE..."),
        ("scores", "--weights", "--mode"),
        ("inspect", "--include-personal-data", "--weights"),
    ] {
        let o = km(&[cmd, "--help"]);
        let out = String::from_utf8_lossy(&o.stdout);
        assert_eq!(o.status.code(), Some(0), "{cmd} --help");
        assert!(out.starts_with(&format!("usage: kommunematch {cmd}")) && out.contains(has), "{out}");
        if cmd != "match" {
            assert!(!out.contains(lacks), "{cmd} --help lists {lacks}: {out}");
        }
    }
    let ex = ["--offers", "tests/fixtures/offers_en_googleforms_12.csv", "--needs", NEEDS];
    for flag in [&["--mode", "greedy"][..], &["--format", "csv"], &["--locks", "x.csv"], &["--include-personal-data"]] {
        let args: Vec<&str> = ["scores"].iter().chain(&ex).chain(flag).copied().collect();
        let o = km(&args);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "scores {flag:?}: {err}");
        assert!(err.contains(&format!("“{}” is not an option of this command", flag[0])), "{err}");
        assert!(err.contains("usage: kommunematch scores"), "{err}");
    }
    let o = km(&["inspect", "--mode", "greedy", NEEDS]);
    assert_eq!(o.status.code(), Some(2));
    let o = km(&["match", "--example=yes"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--example takes no value"));
    let o = km(&["match", "--bogus", "--lang", "uk"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2));
    assert!(err.contains("невідомий параметр «--bogus»") && err.contains("використання: kommunematch match"), "{err}");
    let o = km(&["--lang=nb", "frobnicate"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("ukjent kommando «frobnicate»") && err.contains("bruk:"), "{err}");
    let o = km(&["match", "--lang", "nb", "--help"]);
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("bruk: kommunematch match"));
    assert_eq!(km(&["--version"]).status.code(), Some(0));
}

/// `gazetteer` looks names up as people write them; `inspect` tells each row's official entity and how it was
/// found; a file without codes gets official ids in the results, and an ambiguous name is flagged on its row.
#[test]
fn names_resolve_to_official_ids_through_the_binary() {
    let json = |o: &std::process::Output| -> serde_json::Value { serde_json::from_slice(&o.stdout).expect("json") };
    let o = km(&["gazetteer", "Stryzhavka", "settlement", "territorial", "community"]);
    assert!(o.status.success());
    assert_eq!(json(&o)["found"][0]["id"], "UA05020230000029909");
    let o = km(&["gazetteer", "Миколаївська"]);
    assert_eq!(json(&o)["found"].as_array().map(Vec::len), Some(8), "every namesake");
    let o = km(&["gazetteer", "Миколаївська", "--oblast", "Sumy oblast", "--raion", "Сумський район"]);
    assert_eq!(json(&o)["found"].as_array().map(Vec::len), Some(2), "a settlement and a village in the same raion");
    let o = km(&["gazetteer", "Atlantis", "--lang", "nb"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("«Atlantis» er ingen kommune eller hromada"));

    let dir = std::env::temp_dir().join(format!("km-cli-names-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let offers = dir.join("offers_names_only.csv");
    std::fs::write(
        &offers,
        "Kommune,Fylke,Kompetanseområder,Antall partnere\nTINGVOLL,,Vann og avløp,1\nVefsn kommune,,Barnevern,1\nHerøy,,Skole,1\nHerøy (Nordland),,Skole,1\n",
    )
    .expect("write");
    let needs = dir.join("needs_names_only.csv");
    std::fs::write(
        &needs,
        "Назва громади,Область,Категорія громади,Першочергові потреби (до 5),Бажана кількість партнерів\nБІЛИЦЬКА СЕЛИЩНА ГРОМАДА,,Громада поза зоною бойових дій,Водопостачання та водовідведення,1\nBucha,,,Дитячий захист,1\nКременчуцька МТГ,Полтавська обл.,Громада поза зоною бойових дій,Школи,1\n",
    )
    .expect("write");
    let (o_path, n_path) = (offers.to_str().expect("path"), needs.to_str().expect("path"));
    let o = km(&["inspect", o_path, n_path]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let reports = json(&o);
    let ids = |r: &serde_json::Value| -> Vec<String> {
        r["entities"].as_array().expect("entities").iter().map(|e| e["id"].as_str().unwrap_or("").to_string()).collect()
    };
    let offer_ids = ids(&reports[0]);
    assert_eq!(&offer_ids[..2], ["1560", "1824"]);
    assert!(offer_ids[2].starts_with("NO-"), "an ambiguous name keeps a fallback id: {offer_ids:?}");
    assert_eq!(offer_ids[3], "1818");
    assert_eq!(reports[0]["resolution"]["ambiguous"], 1);
    let flagged = reports[0]["issues"]
        .as_array()
        .expect("issues")
        .iter()
        .find(|i| i["code"] == "name_ambiguous")
        .expect("flagged");
    assert_eq!(flagged["location"]["row"], 4);
    assert_eq!(flagged["candidates"].as_array().map(Vec::len), Some(2));
    assert_eq!(ids(&reports[1]), ["UA53080010000088479", "UA32080070000050759", "UA53020110000092487"]);
    assert!(
        reports[1]["issues"]
            .as_array()
            .expect("issues")
            .iter()
            .any(|i| i["code"] == "category_suggested" && i["location"]["row"] == 3),
        "Bucha's blank category is suggested from the 2022 list, with a warning"
    );
    let o = km(&["match", "--offers", o_path, "--needs", n_path]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r = json(&o);
    let need_ids: Vec<&str> = r["needs"].as_array().expect("needs").iter().filter_map(|n| n["id"].as_str()).collect();
    assert!(need_ids.contains(&"UA32080070000050759") && need_ids.contains(&"UA53020110000092487"));
    let counties: Vec<&str> =
        r["offers"].as_array().expect("offers").iter().filter_map(|o| o["county"].as_str()).collect();
    assert!(
        counties.contains(&"Møre og Romsdal") && counties.contains(&"Nordland"),
        "counties from the list: {counties:?}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// `--previous`: round 1 from the example, round 2 on other files building on it with one pair ended in a
/// vetoes file; the same bytes as the engine gives; a previous file that is not results is refused with its
/// name and the reason, in the language asked; `--kept-in-capacity` is recorded in the settings.
#[test]
fn previous_rounds_from_the_command_line() {
    use kommunematch::engine::rounds::PreviousRound;
    use kommunematch::engine::{match_inputs, Input, PairId, Preset, Settings};
    let dir = std::env::temp_dir().join(format!("km-cli-rounds-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = |n: &str| dir.join(n).to_str().expect("utf-8 path").to_string();
    let o = km(&["match", "--example", "-o", &path("round1.json")]);
    assert!(o.status.success());
    let r1_bytes = std::fs::read(path("round1.json")).expect("round 1");
    let r1: serde_json::Value = serde_json::from_slice(&r1_bytes).expect("json");
    let first = &r1["pairs"][0];
    let (fo, fneed) = (first["offer_id"].as_str().expect("id"), first["need_id"].as_str().expect("id"));
    std::fs::write(path("ended.csv"), format!("offer_id,need_id\n{fo},{fneed}\n")).expect("vetoes");
    let (offers, needs) = ("tests/fixtures/offers_en_googleforms_12.csv", "tests/fixtures/needs_en_msforms_20.xlsx");
    let args = ["match", "--offers", offers, "--needs", needs, "--previous", &path("round1.json")];
    let o = km(&[&args[..], &["--vetoes", &path("ended.csv"), "-o", &path("round2.json")]].concat());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let r2_bytes = std::fs::read_to_string(path("round2.json")).expect("round 2");
    let r2: serde_json::Value = serde_json::from_str(&r2_bytes).expect("json");
    let n1 = r1["pairs"].as_array().expect("pairs").len();
    assert_valid(&r1);
    assert_valid(&r2);
    assert_eq!(r2["kept"].as_array().map(Vec::len), Some(n1 - 1));
    assert_eq!(r2["ended"][0]["offer_id"], fo);
    assert_eq!(r2["previous_rounds"][0]["file"], "round1.json");
    // The same as the engine (and so the page) gives for the same files, settings and previous results.
    let input = |p: &str| Input {
        name: p.rsplit('/').next().unwrap_or(p).into(),
        bytes: std::fs::read(p).expect("fixture"),
        side: None,
    };
    let settings =
        Settings { vetoes: vec![PairId { offer_id: fo.into(), need_id: fneed.into() }], ..Settings::default() };
    let prev = PreviousRound::from_json("round1.json", &r1_bytes).expect("previous");
    let engine = match_inputs(&[input(offers), input(needs)], &Preset::default(), &settings, &[prev]).expect("run");
    assert_eq!(engine.to_json(), r2_bytes);
    // Kept pairs inside the capacity: recorded.
    let o = km(&[&args[..], &["--kept-in-capacity"]].concat());
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_valid(&r);
    assert_eq!(r["settings"]["kept_in_capacity"], true);
    // Not results: refused, naming the file, exit 1, in Norwegian when asked.
    let o = km(&["match", "--example", "--previous", offers, "--lang", "nb"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("offers_en_googleforms_12.csv"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let _ = std::fs::remove_dir_all(dir);
}

/// Progress goes to standard error only when it is a terminal: piped, standard error has the summary lines
/// and nothing else (no bar, no control character); on a terminal (a pseudo-terminal made by `script`), the
/// bar shows what the run is doing, in the language asked, and is cleared at the end.
#[test]
fn progress_only_on_a_terminal() {
    let dir = std::env::temp_dir().join(format!("km-cli-progress-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let out = dir.join("r.json");
    let args = [
        "match",
        "--offers",
        "tests/fixtures/samples/scale/tilbud_alle_357.csv",
        "--needs",
        "tests/fixtures/samples/scale/potreby_vsi_hromady.csv",
        "--lang",
        "nb",
        "-o",
        out.to_str().expect("utf-8 path"),
    ];
    let piped = km(&args);
    assert!(piped.status.success());
    let err = String::from_utf8(piped.stderr).expect("utf-8");
    assert!(!err.chars().any(|c| c.is_control() && c != '\n'), "{err:?}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines.iter().all(|l| l.contains(" rader: ")), "{err}");
    assert!(piped.stdout.is_empty());

    // On a terminal: `script` runs the command with a pseudo-terminal as its standard streams.
    let command = std::iter::once(env!("CARGO_BIN_EXE_kommunematch"))
        .chain(args)
        .map(|a| format!("'{a}'"))
        .collect::<Vec<_>>()
        .join(" ");
    let tty = Command::new("script").args(["-qfec", &command, "/dev/null"]).output().expect("run script (util-linux)");
    assert!(tty.status.success(), "{}", String::from_utf8_lossy(&tty.stderr));
    let shown = String::from_utf8_lossy(&tty.stdout);
    for stage in ["Leser tabellen i filen", "Gir poeng til alle par", "Finner de beste parene", "Forklarer valgene"] {
        assert!(shown.contains(stage), "{stage} not shown: {shown:?}");
    }
    assert!(shown.contains("av 357 kommuner"), "{shown:?}");
    // The summary lines are still there, each whole, and the bar is cleared at the end.
    assert_eq!(shown.matches(" rader: ").count(), 2, "{shown:?}");
    assert!(shown.ends_with("\r\u{1b}[2K"), "the bar is not cleared: {shown:?}");
    let r: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).expect("written")).expect("json");
    assert_valid(&r);
}

/// `letters`: drafts of every pair (one `.eml` each) or one printable HTML; with `--results` the pairs of that
/// file, byte for byte the letters of the run that made it; wrong usage and wrong files said clearly.
#[test]
fn letters_introduce_every_pair_of_a_run_or_of_a_results_file() {
    let dir = std::env::temp_dir().join(format!("km-cli-letters-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = |name: &str| dir.join(name).to_str().expect("utf-8 path").to_string();
    let run = km(&["letters", "--example", "--include-personal-data", "--cc", "k@ks.no", "-o", &path("run.zip")]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(err.contains("88 letters; recipients left out for want of a usable address: 0"), "{err}");
    let zip = std::fs::read(path("run.zip")).expect("zip");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&zip)).expect("a zip");
    assert_eq!(archive.len(), 88);
    let first = archive.by_index(0).expect("first").name().expect("a name").to_string();
    assert!(first.starts_with("001-") && first.ends_with(".eml"), "{first}");

    let results = km(&["match", "--example", "-o", &path("r.json")]);
    assert!(results.status.success());
    let from_results = km(&[
        "letters",
        "--example",
        "--results",
        &path("r.json"),
        "--include-personal-data",
        "--cc",
        "k@ks.no",
        "-o",
        &path("results.zip"),
    ]);
    assert!(from_results.status.success(), "{}", String::from_utf8_lossy(&from_results.stderr));
    assert_eq!(std::fs::read(path("results.zip")).expect("zip"), zip, "the results' pairs are the run's");

    let html = km(&["letters", "--example", "-o", &path("letters.html"), "--lang", "uk"]);
    assert!(html.status.success());
    let page = std::fs::read_to_string(path("letters.html")).expect("html");
    assert_eq!(page.matches("<article class=\"letter\">").count(), 88);
    assert!(page.starts_with("<!DOCTYPE html><html lang=\"uk\"") && !page.contains("<script"));
    assert!(String::from_utf8_lossy(&html.stderr).contains("--include-personal-data"), "no contacts is said");

    let no_output = km(&["letters", "--example"]);
    assert_eq!(no_output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&no_output.stderr).contains("give it with -o"));
    let bad_cc = km(&["letters", "--example", "--cc", "koordinator@ks", "-o", &path("x.zip")]);
    assert_eq!(bad_cc.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad_cc.stderr).contains("--cc “koordinator@ks” is no e-mail address"));

    // Results of other files: every pair whose side is missing is named, nothing is written.
    let text = std::fs::read_to_string(path("r.json")).expect("results");
    let other = text.replacen("\"offer_id\": \"", "\"offer_id\": \"9", 1);
    std::fs::write(path("other.json"), other).expect("write");
    let wrong = km(&["letters", "--example", "--results", &path("other.json"), "-o", &path("other.zip")]);
    assert_eq!(wrong.status.code(), Some(1));
    let said = String::from_utf8_lossy(&wrong.stderr);
    assert!(said.contains("not in these files") || said.contains("pair"), "{said}");
    assert!(!dir.join("other.zip").exists());
}

/// `compare`: two results of the same inputs as JSON (`only_a`, `only_b`, `both` with the official ids and each
/// side's figures, as the engine compares them), Markdown or CSV; results of other files, a file that is no
/// results and a wrong number of files said clearly, in the language asked for.
#[test]
fn compare_sets_two_results_side_by_side() {
    let dir = std::env::temp_dir().join(format!("km-cli-compare-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = |name: &str| dir.join(name).to_str().expect("utf-8 path").to_string();
    assert!(km(&["match", "--example", "-o", &path("a.json")]).status.success());
    assert!(km(&["match", "--example", "--objective", "coverage", "-o", &path("b.json")]).status.success());
    let out = km(&["compare", &path("a.json"), &path("b.json")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let c: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let read = |p: &str| Results::from_json(&std::fs::read(path(p)).expect("results")).expect("results");
    let want = kommunematch::engine::compare::compare(&read("a.json"), &read("b.json")).expect("same inputs");
    assert_eq!(c, serde_json::to_value(&want).expect("json"));
    let pairs = |key: &str| c[key].as_array().expect("list").len();
    assert_eq!(pairs("only_a") + pairs("both"), 88);
    assert!(pairs("only_a") > 0 && pairs("only_a") == pairs("only_b"));
    assert!(c["only_a"][0]["offer"].as_str().is_some_and(|id| id.len() == 4), "kommunenummer");
    assert!(c["only_b"][0]["need"].as_str().is_some_and(|id| id.starts_with("UA")), "KATOTTG");
    assert_eq!(c["a"]["total_score"], 9636);

    let md = km(&["compare", &path("a.json"), &path("b.json"), "--format", "md", "--lang", "uk", "-o", &path("c.md")]);
    assert!(md.status.success());
    let text = std::fs::read_to_string(path("c.md")).expect("md");
    assert!(
        text.starts_with("# Порівняння сценаріїв") && text.contains("| Загальна оцінка | **9\u{a0}636** (найкраще)"),
        "{text}"
    );
    let csv = km(&["compare", &path("a.json"), &path("b.json"), "--format", "csv", "--lang", "nb"]);
    let csv = String::from_utf8(csv.stdout).expect("utf-8");
    assert!(csv.starts_with("\u{feff}Kommune (id),Kommune,Hromada (id),Hromada,I,"), "{csv}");
    assert_eq!(csv.lines().count(), 1 + pairs("only_a") + pairs("only_b") + pairs("both"));

    let fixtures = "tests/fixtures";
    let other = km(&[
        "match",
        "--offers",
        &format!("{fixtures}/offers_en_googleforms_12.csv"),
        "--needs",
        &format!("{fixtures}/needs_en_msforms_20.xlsx"),
        "-o",
        &path("other.json"),
    ]);
    assert!(other.status.success());
    let refused = km(&["compare", &path("a.json"), &path("other.json"), "--lang", "nb"]);
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("ulike filer") && err.contains("offers_en_googleforms_12.csv"), "{err}");
    let not_results = km(&["compare", &path("a.json"), &path("c.md")]);
    assert_eq!(not_results.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&not_results.stderr).contains("c.md"));
    let one = km(&["compare", &path("a.json")]);
    assert_eq!(one.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&one.stderr).contains("exactly two results files"));
    let bad = km(&["compare", &path("a.json"), &path("b.json"), "--format", "xlsx"]);
    assert_eq!(bad.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

/// `--lang nn` speaks nynorsk: `match`'s summary and issues, `inspect`'s failures, the usage and a wrong value.
#[test]
fn nynorsk_on_the_command_line() {
    let o = km(&["match", "--example", "--lang", "nn", "-o", "/dev/null"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        o.status.success() && err.contains("Tilbod (norske kommunar)") && err.contains("61 rader: 61 godtekne"),
        "{err}"
    );
    let bad = km(&["match", "--offers", "tests/fixtures/samples/broken/bad_values.csv", "--example", "--lang", "nn"]);
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains(" › rad ") && err.contains("ikkje"), "{err}");
    let inspect = km(&["inspect", "tests/fixtures/empty.csv", "--lang", "nn"]);
    assert_eq!(inspect.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&inspect.stderr).contains("fila er tom"),
        "{}",
        String::from_utf8_lossy(&inspect.stderr)
    );
    let help = km(&["match", "--help", "--lang", "nn"]);
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(text.starts_with("bruk: kommunematch match") && text.contains("dei innebygde eksempeldataa"), "{text}");
    let wrong = km(&["match", "--example", "--mode", "best", "--lang", "nn"]);
    assert!(
        String::from_utf8_lossy(&wrong.stderr).contains("vel optimal, stable or greedy"),
        "{}",
        String::from_utf8_lossy(&wrong.stderr)
    );
}

/// `template` writes next round's questionnaire: the format by `--format` or the file's name, HTML to standard
/// output, the same bytes the page offers; a missing `--side`, a wrong value and an XLSX without `-o` are wrong
/// usage (exit code 2) said in the language asked for; a filled copy reads back and runs to pairs.
#[test]
fn template_writes_the_questionnaires() {
    use kommunematch::engine::lang::Lang;
    use kommunematch::engine::model::Side;
    use kommunematch::engine::template::{self, Format};
    let dir = std::env::temp_dir().join(format!("km-cli-template-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = |name: &str| dir.join(name).to_str().expect("utf-8 path").to_string();
    for (side, lang, format) in
        [("offers", "nb", "xlsx"), ("needs", "uk", "csv"), ("needs", "nn", "html"), ("offers", "en", "csv")]
    {
        let out =
            km(&["template", "--side", side, "--lang", lang, "--format", format, "-o", &path(&format!("q.{format}"))]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let s = if side == "offers" { Side::Offers } else { Side::Needs };
        let want = template::questionnaire(
            s,
            Lang::from_code(lang).expect("a language"),
            Format::from_code(format).expect("a format"),
        );
        assert_eq!(std::fs::read(path(&format!("q.{format}"))).expect("written"), want.expect("bytes"));
    }
    // By the file's name; HTML to standard output.
    assert!(km(&["template", "--side", "needs", "-o", &path("by-name.xlsx")]).status.success());
    assert!(std::fs::read(path("by-name.xlsx")).expect("written").starts_with(b"PK"));
    let html = km(&["template", "--side", "offers", "--lang", "uk"]);
    assert!(String::from_utf8_lossy(&html.stdout).starts_with("<!doctype html><html lang=\"uk\">"));
    // Wrong usage.
    let no_side = km(&["template", "--lang", "nb"]);
    assert_eq!(no_side.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&no_side.stderr).contains("--side offers eller --side needs"));
    let bad = km(&["template", "--side", "both"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("offers, needs"));
    assert_eq!(km(&["template", "--side", "offers", "--format", "xlsx"]).status.code(), Some(2));
    let help = km(&["template", "--help", "--lang", "nn"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("spørjeskjemaet"));

    // A filled copy of each side's CSV (the example row's mark cleared, a second respondent added) runs to pairs.
    let fill = |side: Side, entity: &str| {
        let text = template::csv(side, Lang::Nb);
        let mut rows: Vec<Vec<String>> = csv::Reader::from_reader(text.as_bytes())
            .records()
            .map(|r| r.expect("a row").iter().map(str::to_string).collect())
            .collect();
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(template::headers(side, Lang::Nb)).expect("headers");
        let mut example = rows.pop().expect("the example");
        *example.last_mut().expect("the mark") = String::new();
        w.write_record(&example).expect("a row");
        example[0] = entity.to_string();
        w.write_record(&example).expect("a row");
        w.into_inner().expect("bytes")
    };
    let pick = |side, code: &str| {
        kommunematch::engine::survey::questionnaire::picks(side, Lang::Nb)
            .into_iter()
            .find(|p| p.code == code)
            .expect("in the list")
            .choice
    };
    let (oslo, bucha) = (pick(Side::Offers, "0301"), pick(Side::Needs, "UA32080070000050759"));
    std::fs::write(path("tilbud.csv"), fill(Side::Offers, &oslo)).expect("written");
    std::fs::write(path("behov.csv"), fill(Side::Needs, &bucha)).expect("written");
    let out = km(&["match", "--offers", &path("tilbud.csv"), "--needs", &path("behov.csv"), "-o", &path("r.json")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let r: serde_json::Value = serde_json::from_slice(&std::fs::read(path("r.json")).expect("results")).expect("json");
    let pairs = r["pairs"].as_array().expect("pairs");
    let offers: std::collections::BTreeSet<&str> = pairs.iter().filter_map(|p| p["offer_id"].as_str()).collect();
    let needs: std::collections::BTreeSet<&str> = pairs.iter().filter_map(|p| p["need_id"].as_str()).collect();
    assert_eq!(offers, ["0301", "4601"].into_iter().collect(), "both municipalities, by their codes");
    assert_eq!(needs, ["UA05020030000031457", "UA32080070000050759"].into_iter().collect());
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(said.matches("2 rows: 2 accepted, 0 with warnings, 0 rejected").count(), 2, "{said}");
}
