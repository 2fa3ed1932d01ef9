//! Next round's questionnaires read back perfectly: generated answers, written into the spreadsheet (filled by
//! openpyxl, an independent program, keeping the template's drop-down lists), into the CSV, and into the
//! exports Microsoft Forms (answers of several choices joined by `;`, one after the last) and Google Forms
//! (joined by `, `, labels with commas inside) make of a form built from the printed questions, read back to
//! exactly those answers, in every language: every column known word for word (never guessed), every row
//! accepted, the municipality or community resolved by its code. The spreadsheet's drop-down lists are read
//! back by openpyxl; the questionnaires of every version stay readable (`tests/fixtures/templates/`).

#![cfg(not(target_arch = "wasm32"))]

use kommunematch::engine::lang::Lang;
use kommunematch::engine::model::{Category, Form, Preference, Side};
use kommunematch::engine::survey::questionnaire::{options, picks, questions, Answer, OptValue, Question};
use kommunematch::engine::survey::{Field, FoundBy, IssueKind, Severity, Survey, QUESTIONNAIRE_VERSION};
use kommunematch::engine::template::{self, Format};
use kommunematch::engine::xlsx::{workbook, Cell, Sheet};
use kommunematch::engine::{read_survey, Preset};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use std::collections::BTreeSet;
use std::path::Path;

/// One answer as a respondent gives it.
#[derive(Debug, Clone)]
enum Given {
    /// The municipality or community chosen, by its code.
    Pick(&'static str),
    Text(String),
    Count(u32),
    /// The option chosen, by its place.
    One(usize),
    /// The options chosen.
    Many(BTreeSet<usize>),
}

/// Text a respondent types: letters of the languages, digits, and the characters that break naive files
/// (quotes, commas, semicolons, apostrophes, ampersands), never empty, never starting like a formula.
fn text() -> impl Strategy<Value = String> {
    let word =
        proptest::string::string_regex("[A-Za-zÆØÅæøåІЇЄҐієїґА-Яа-я][A-Za-zÆØÅæøåА-Яа-яіїєґ0-9'\"&,;.()/-]{1,10}")
            .expect("a regex");
    proptest::collection::vec(word, 1..4).prop_map(|w| w.join(" "))
}

fn email() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-z][a-z0-9.]{0,8}[a-z]@[a-z]{2,8}\\.(no|ua|org)").expect("a regex")
}

fn phone() -> impl Strategy<Value = String> {
    proptest::string::string_regex("(\\+47 |\\+380 )?[0-9]{2,3}( [0-9]{2,3}){2,3}").expect("a regex")
}

fn answer(q: &Question, side: Side) -> BoxedStrategy<Given> {
    let n_options = |c| options(c, Lang::En).len();
    match q.answer {
        Answer::Entity => {
            let codes: Vec<&'static str> = picks(side, Lang::En).iter().map(|p| p.code).collect();
            proptest::sample::select(codes).prop_map(Given::Pick).boxed()
        }
        Answer::Count => (1u32..=5).prop_map(Given::Count).boxed(),
        Answer::One(c) => (0..n_options(c)).prop_map(Given::One).boxed(),
        Answer::Many(c) => {
            let n = n_options(c);
            // The areas a municipality offers and the needs a community has are never none (the reading says so).
            let least = usize::from(!matches!(q.field, Field::Languages | Field::Learn | Field::LongTermNeeds));
            proptest::collection::btree_set(0..n, least..n.min(6)).prop_map(Given::Many).boxed()
        }
        Answer::Text => match q.field {
            Field::ContactEmail => email().prop_map(Given::Text).boxed(),
            Field::ContactPhone => phone().prop_map(Given::Text).boxed(),
            _ => text().prop_map(Given::Text).boxed(),
        },
    }
}

fn respondent(side: Side) -> impl Strategy<Value = Vec<Given>> {
    questions(side).iter().map(|q| answer(q, side)).collect::<Vec<_>>()
}

/// `n` respondents of `side`, drawn from `seed`, each a different municipality or community.
fn respondents(side: Side, n: usize, seed: u8) -> Vec<Vec<Given>> {
    let mut runner = TestRunner::new_with_rng(
        proptest::test_runner::Config::default(),
        proptest::test_runner::TestRng::from_seed(proptest::test_runner::RngAlgorithm::ChaCha, &[seed; 32]),
    );
    let mut out: Vec<Vec<Given>> = Vec::new();
    let mut seen = BTreeSet::new();
    while out.len() < n {
        let r = respondent(side).new_tree(&mut runner).expect("a value").current();
        if let Some(Given::Pick(p)) = r.first() {
            if seen.insert(*p) {
                out.push(r);
            }
        }
    }
    out
}

/// The text of a single answer in `lang` (a pick, text, count or option), or the options chosen.
fn single(q: &Question, g: &Given, side: Side, lang: Lang) -> String {
    match (q.answer, g) {
        (_, Given::Pick(code)) => picks(side, lang).into_iter().find(|p| p.code == *code).expect("listed").choice,
        (_, Given::Text(t)) => t.clone(),
        (_, Given::Count(n)) => n.to_string(),
        (Answer::One(c), Given::One(i)) => options(c, lang)[*i].text.clone(),
        _ => String::new(),
    }
}

fn chosen(q: &Question, g: &Given, lang: Lang) -> Vec<String> {
    match (q.answer, g) {
        (Answer::Many(c), Given::Many(set)) => {
            let all = options(c, lang);
            set.iter().map(|i| all[*i].text.clone()).collect()
        }
        _ => Vec::new(),
    }
}

/// A respondent's row under the template's headers: one column per option of a question of several answers,
/// `x` under those chosen; the mark's column blank.
fn template_row(side: Side, lang: Lang, given: &[Given]) -> Vec<String> {
    let qs = questions(side);
    let mut row: Vec<String> = template::columns(side, lang)
        .iter()
        .map(|c| {
            let k = qs.iter().position(|q| *q == c.question).expect("its question");
            match &c.option {
                Some(o) => {
                    let chosen = chosen(&c.question, &given[k], lang);
                    if chosen.contains(&o.text) {
                        "x".into()
                    } else {
                        String::new()
                    }
                }
                None => single(&c.question, &given[k], side, lang),
            }
        })
        .collect();
    row.push(String::new());
    row
}

/// How a form tool exports a question of several answers.
#[derive(Debug, Clone, Copy)]
enum Tool {
    /// `A;B;` (Microsoft Forms), with its own columns first, as a workbook.
    MicrosoftForms,
    /// `A, B` (Google Forms), with its timestamp first, as CSV.
    GoogleForms,
}

/// A form tool's export of a form built from the printed questions: one column per question.
fn tool_rows(side: Side, lang: Lang, tool: Tool, all: &[Vec<Given>]) -> Vec<Vec<String>> {
    let qs = questions(side);
    let (own, join): (&[&str], &str) = match tool {
        Tool::MicrosoftForms => (&["ID", "Start time", "Completion time", "Email", "Name"], ";"),
        Tool::GoogleForms => (&["Timestamp"], ", "),
    };
    let mut rows = vec![own.iter().map(|s| s.to_string()).chain(qs.iter().map(|q| q.text(lang).to_string())).collect()];
    for (i, given) in all.iter().enumerate() {
        let mut row: Vec<String> = match tool {
            Tool::MicrosoftForms => vec![
                (i + 1).to_string(),
                "3/2/2026 9:44:00".into(),
                format!("3/2/2026 9:{:02}:00", 45 + i % 10),
                "anonymous".into(),
                String::new(),
            ],
            Tool::GoogleForms => vec![format!("2026/03/02 9:{:02}:00 AM EET", i % 60)],
        };
        for (q, g) in qs.iter().zip(given) {
            row.push(match q.answer {
                Answer::Many(_) => {
                    let c = chosen(q, g, lang);
                    match tool {
                        Tool::MicrosoftForms if !c.is_empty() => format!("{};", c.join(join)),
                        _ => c.join(join),
                    }
                }
                _ => single(q, g, side, lang),
            });
        }
        rows.push(row);
    }
    rows
}

fn csv_of(rows: &[Vec<String>]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in rows {
        w.write_record(r).expect("a row");
    }
    w.into_inner().expect("the bytes")
}

fn xlsx_of(rows: &[Vec<String>]) -> Vec<u8> {
    let rows = rows.iter().map(|r| r.iter().map(|c| Cell::Text(c.clone())).collect()).collect();
    workbook(&[Sheet { name: "Form1".into(), rows, header: true, ..Sheet::default() }]).expect("a workbook")
}

/// Every column known word for word (a question, an option, the tool's, the mark), every row accepted without
/// a warning, and each respondent read back as given.
fn check(survey: &Survey, side: Side, all: &[Vec<Given>], what: &str) {
    for c in &survey.columns {
        assert!(
            matches!(
                c.found_by,
                Some(FoundBy::Dictionary | FoundBy::OptionColumn | FoundBy::Questionnaire | FoundBy::Tool { .. })
            ),
            "{what}: column {} “{}” was {:?}",
            c.letter,
            c.header,
            c.found_by
        );
    }
    let problems: Vec<_> = survey.issues.iter().filter(|i| i.severity() != Severity::Note).collect();
    assert!(problems.is_empty(), "{what}: {problems:#?}");
    assert_eq!(survey.side, side, "{what}");
    assert_eq!((survey.counts.accepted, survey.counts.rows), (all.len(), all.len()), "{what}: {:?}", survey.counts);
    let qs = questions(side);
    for (i, given) in all.iter().enumerate() {
        for (q, g) in qs.iter().zip(given) {
            let mut want = expected(q, g);
            // An area chosen as both urgent and long-term is an urgent need (the help says so).
            if let (Field::LongTermNeeds, Read::Areas(long)) = (q.field, &mut want) {
                let urgent = qs.iter().position(|q| q.field == Field::UrgentNeeds).map(|k| expected(&qs[k], &given[k]));
                if let Some(Read::Areas(urgent)) = urgent {
                    long.retain(|a| !urgent.contains(a));
                }
            }
            assert_eq!(read_back(survey, side, i, q), want, "{what}: respondent {i}, {:?}", q.field);
        }
    }
}

/// What the reading gives, for comparing.
#[derive(Debug, PartialEq)]
enum Read {
    Id(String),
    Text(String),
    Count(u32),
    Form(Form),
    Preference(Preference),
    Category(Category),
    Areas(BTreeSet<usize>),
    Languages(BTreeSet<String>),
}

fn read_back(s: &Survey, side: Side, i: usize, q: &Question) -> Read {
    use Field::*;
    match side {
        Side::Offers => {
            let o = &s.offers[i];
            match q.field {
                MunicipalityName => Read::Id(o.id.clone()),
                ContactName => Read::Text(o.contact.name.clone()),
                ContactRole => Read::Text(o.contact.role.clone()),
                ContactEmail => Read::Text(o.contact.email.clone()),
                ContactPhone => Read::Text(o.contact.phone.clone()),
                Areas => Read::Areas(o.areas.clone()),
                Capacity => Read::Count(o.capacity),
                Form => Read::Form(o.form),
                Preference => Read::Preference(o.preference),
                Languages => Read::Languages(o.languages.clone()),
                Ties => Read::Text(o.ties.clone()),
                Learn => Read::Areas(o.learn.clone()),
                f => panic!("{f:?} is not asked"),
            }
        }
        Side::Needs => {
            let n = &s.needs[i];
            match q.field {
                CommunityName => Read::Id(n.id.clone()),
                ContactName => Read::Text(n.contact.name.clone()),
                ContactRole => Read::Text(n.contact.role.clone()),
                ContactEmail => Read::Text(n.contact.email.clone()),
                ContactPhone => Read::Text(n.contact.phone.clone()),
                Category => Read::Category(n.category),
                UrgentNeeds => Read::Areas(n.urgent.clone()),
                LongTermNeeds => Read::Areas(n.long_term.clone()),
                PartnersWanted => Read::Count(n.partners_wanted),
                Languages => Read::Languages(n.languages.clone()),
                InternationalPartners => Read::Text(n.international_partners.clone()),
                f => panic!("{f:?} is not asked"),
            }
        }
    }
}

fn expected(q: &Question, g: &Given) -> Read {
    match (q.answer, g) {
        (_, Given::Pick(code)) => Read::Id(code.to_string()),
        (_, Given::Text(t)) => Read::Text(t.clone()),
        (_, Given::Count(n)) => Read::Count(*n),
        (Answer::One(c), Given::One(i)) => match options(c, Lang::En)[*i].value {
            OptValue::Form(f) => Read::Form(f),
            OptValue::Preference(p) => Read::Preference(p),
            OptValue::Category(c) => Read::Category(c),
            v => panic!("{v:?}"),
        },
        (Answer::Many(c), Given::Many(set)) => {
            let all = options(c, Lang::En);
            let values: Vec<OptValue> = set.iter().map(|i| all[*i].value).collect();
            match c {
                kommunematch::engine::survey::questionnaire::Choice::Languages => Read::Languages(
                    values
                        .iter()
                        .map(|v| if let OptValue::Language(l) = v { l.to_string() } else { panic!() })
                        .collect(),
                ),
                _ => {
                    Read::Areas(values.iter().map(|v| if let OptValue::Area(a) = v { *a } else { panic!() }).collect())
                }
            }
        }
        (a, g) => panic!("{a:?} {g:?}"),
    }
}

fn read(name: &str, bytes: &[u8]) -> Survey {
    read_survey(name, bytes, None, &Preset::default()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn sides() -> [Side; 2] {
    [Side::Offers, Side::Needs]
}

/// Generated answers through the CSV template and the two form tools' exports read back exactly, in every
/// language.
#[test]
fn generated_answers_read_back_through_csv_and_the_form_tools() {
    for (k, lang) in Lang::ALL.into_iter().enumerate() {
        for side in sides() {
            let all = respondents(side, 24, 11 + k as u8 + if side == Side::Needs { 50 } else { 0 });
            let headers = template::headers(side, lang);
            let rows: Vec<Vec<String>> =
                std::iter::once(headers).chain(all.iter().map(|g| template_row(side, lang, g))).collect();
            let what = format!("{side} {lang:?} csv");
            let s = read("answers.csv", &csv_of(&rows));
            assert_eq!(
                s.questionnaire.map(|o| (o.side, o.version, o.lang, o.marked)),
                Some((side, 1, Some(lang), true))
            );
            check(&s, side, &all, &what);
            let ms = read("Form1.xlsx", &xlsx_of(&tool_rows(side, lang, Tool::MicrosoftForms, &all)));
            check(&ms, side, &all, &format!("{side} {lang:?} Microsoft Forms"));
            assert_eq!(
                ms.questionnaire.map(|o| (o.version, o.marked)),
                Some((1, false)),
                "the questions say the version"
            );
            let google = read("Skjema (svar).csv", &csv_of(&tool_rows(side, lang, Tool::GoogleForms, &all)));
            check(&google, side, &all, &format!("{side} {lang:?} Google Forms"));
        }
    }
}

/// Runs the helper that fills a template with openpyxl; gives what it saw in the template.
fn fill_with_openpyxl(template: &Path, rows: &[Vec<String>], out: &Path) -> serde_json::Value {
    let json = out.with_extension("json");
    std::fs::write(&json, serde_json::to_vec(rows).expect("json")).expect("the rows");
    let run = std::process::Command::new("python3")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/template_fill.py"))
        .arg(template)
        .arg(&json)
        .arg(out)
        .output()
        .expect("python3 (scripts/setup.sh installs openpyxl)");
    assert!(run.status.success(), "openpyxl: {}", String::from_utf8_lossy(&run.stderr));
    serde_json::from_slice(&run.stdout).expect("the description")
}

/// Generated answers written into the spreadsheet template by another program (openpyxl) read back exactly;
/// openpyxl sees the drop-down list of every answer of one choice, the official list on the second sheet, the
/// header kept in view, the mark's column hidden.
#[test]
fn the_spreadsheet_filled_by_another_program_reads_back_with_its_drop_down_lists() {
    let dir = tempdir();
    for (k, lang) in Lang::ALL.into_iter().enumerate() {
        for side in sides() {
            let all = respondents(side, 16, 101 + k as u8 + if side == Side::Needs { 50 } else { 0 });
            let path = dir.join(template::file_name(side, lang, Format::Xlsx));
            std::fs::write(&path, template::xlsx(side, lang).expect("the template")).expect("written");
            let rows: Vec<Vec<String>> = all.iter().map(|g| template_row(side, lang, g)).collect();
            let filled = dir.join(format!("filled-{side}-{}.xlsx", lang.code()));
            let seen = fill_with_openpyxl(&path, &rows, &filled);
            check_validations(&seen, side, lang);
            let what = format!("{side} {lang:?} xlsx");
            let s = read("filled.xlsx", &std::fs::read(&filled).expect("filled"));
            assert_eq!(s.sheet.as_deref(), seen["sheets"][0]["name"].as_str(), "{what}: the answers' sheet is read");
            check(&s, side, &all, &what);
        }
    }
}

/// What openpyxl saw: every answer of one choice with its list, the options' `x`, the list sheet.
fn check_validations(seen: &serde_json::Value, side: Side, lang: Lang) {
    let sheets = seen["sheets"].as_array().expect("sheets");
    let (answers, list) = (&sheets[0], &sheets[1]);
    let n = picks(side, lang).len();
    assert_eq!(list["rows"], n + 1, "{side} {lang:?}: the official list and its header");
    assert_eq!(answers["freeze"], "A2");
    let columns = template::columns(side, lang);
    let letter = kommunematch::engine::text::column_letter(columns.len());
    assert_eq!(answers["hidden"], serde_json::json!([letter]), "the mark's column is hidden");
    let headers: Vec<String> =
        answers["headers"].as_array().unwrap().iter().map(|h| h.as_str().unwrap_or("").to_string()).collect();
    assert_eq!(headers, template::headers(side, lang));
    let validations = answers["validations"].as_array().expect("validations");
    for (i, c) in columns.iter().enumerate() {
        let letter = kommunematch::engine::text::column_letter(i);
        let v = validations.iter().find(|v| v["sqref"].as_str().is_some_and(|r| r.starts_with(&format!("{letter}2:"))));
        let formula = v.map(|v| (v["type"].as_str().unwrap_or(""), v["formula1"].as_str().unwrap_or("").to_string()));
        let want = match (c.question.answer, &c.option) {
            (_, Some(_)) => Some("\"x\"".to_string()),
            (Answer::Entity, None) => Some(format!("'{}'!$A$2:$A${}", list["name"].as_str().unwrap(), n + 1)),
            (Answer::Count, None) => Some("\"1,2,3,4,5\"".to_string()),
            (Answer::One(ch), None) => {
                Some(format!("\"{}\"", options(ch, lang).iter().map(|o| o.text.as_str()).collect::<Vec<_>>().join(",")))
            }
            (Answer::Text | Answer::Many(_), None) => None,
        };
        assert_eq!(formula, want.map(|w| ("list", w)), "{side} {lang:?}: {}", c.header);
    }
    // The example row, as the template has it, before the program removed it.
    let example: Vec<String> =
        seen["example"].as_array().unwrap().iter().map(|v| v.as_str().unwrap_or("").to_string()).collect();
    let want = template::example_row(side, lang);
    assert_eq!(example.last(), want.last());
}

fn tempdir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("kommunematch-template-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    dir
}

/// The template as downloaded: its example row is left out with one message, saying where; nothing else is
/// wrong, and the report says the questionnaire's side, version and language.
#[test]
fn a_template_as_downloaded_leaves_its_example_out() {
    for lang in Lang::ALL {
        for side in sides() {
            for format in [Format::Csv, Format::Xlsx] {
                let bytes = template::questionnaire(side, lang, format).expect("the template");
                let s = read(&template::file_name(side, lang, format), &bytes);
                let issues: Vec<&IssueKind> = s.issues.iter().map(|i| &i.kind).collect();
                assert_eq!(issues, [&IssueKind::ExampleRow], "{side} {lang:?} {format:?}");
                assert_eq!((s.counts.rows, s.counts.rejected), (1, 1));
                assert_eq!(
                    s.questionnaire.map(|o| (o.side, o.version, o.lang)),
                    Some((side, QUESTIONNAIRE_VERSION, Some(lang)))
                );
            }
        }
    }
}

/// The questionnaires of every version read back word for word: the frozen copies of each version's CSV in
/// `tests/fixtures/templates/v*/` are read with every column known and their version said; the current version's
/// copies are what the program writes (a changed wording must raise the version and keep the old one known).
#[test]
fn every_versions_questionnaires_stay_readable() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/templates");
    let mut read_count = 0;
    for version in 1..=QUESTIONNAIRE_VERSION {
        for lang in Lang::ALL {
            for side in sides() {
                let path = root.join(format!("v{version}/{side}-{}.csv", lang.code()));
                let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                if version == QUESTIONNAIRE_VERSION {
                    assert_eq!(
                        String::from_utf8_lossy(&bytes),
                        template::csv(side, lang),
                        "{}: the questionnaire changed; raise QUESTIONNAIRE_VERSION (engine/survey/fields.rs), keep the former wordings in FORMER_QUESTIONS and add tests/fixtures/templates/v{{next}}/",
                        path.display()
                    );
                }
                // The example row filled in as an answer: its mark's cell cleared.
                let text = String::from_utf8_lossy(&bytes).into_owned();
                let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
                let example = lines.pop().expect("the example row");
                let cut = example.rfind(',').expect("the mark's cell");
                lines.push(format!("{},", &example[..cut]));
                let s = read("old.csv", lines.join("\r\n").as_bytes());
                assert!(
                    s.columns.iter().all(|c| matches!(
                        c.found_by,
                        Some(FoundBy::Dictionary | FoundBy::OptionColumn | FoundBy::Questionnaire)
                    )),
                    "{}",
                    path.display()
                );
                assert_eq!(s.counts.accepted, 1, "{}: {:?}", path.display(), s.issues);
                assert_eq!(s.questionnaire.map(|o| o.version), Some(version));
                read_count += 1;
            }
        }
    }
    assert_eq!(read_count, 8 * QUESTIONNAIRE_VERSION as usize);
}

/// A file made from a newer questionnaire than this program knows is read, by its questions' words, with one
/// note that says so.
#[test]
fn a_newer_questionnaire_is_read_with_a_note() {
    let csv =
        template::csv(Side::Offers, Lang::Nb).replace("kommunematch:questionnaire:1:", "kommunematch:questionnaire:9:");
    let s = read("neste.csv", csv.as_bytes());
    assert_eq!(s.questionnaire.map(|o| o.version), Some(9));
    assert!(s
        .issues
        .iter()
        .any(|i| i.kind == IssueKind::QuestionnaireNewer { version: 9, known: QUESTIONNAIRE_VERSION }));
}

/// The printed questions: every question word for word, its kind, help and options, the personal data marked,
/// in the language of the page; nothing from outside it (no script, no link to another site).
#[test]
fn the_printed_questions_hold_every_question_and_option() {
    for lang in Lang::ALL {
        for side in sides() {
            let html = template::html(side, lang);
            assert!(html.starts_with("<!doctype html>") && html.contains(&format!("<html lang=\"{}\">", lang.code())));
            assert!(!html.contains("<script") && !html.contains("http"), "self-contained");
            for q in questions(side) {
                assert!(html.contains(&escape(q.text(lang))), "{side} {lang:?}: {}", q.text(lang));
                assert!(html.contains(&escape(q.help(lang))));
                if let Answer::One(c) | Answer::Many(c) = q.answer {
                    for o in options(c, lang) {
                        assert!(html.contains(&format!("<li>{}</li>", escape(&o.text))), "{}", o.text);
                    }
                }
            }
            let personal = questions(side).iter().filter(|q| q.personal()).count();
            assert_eq!(html.matches("class=\"personal\"").count(), personal);
            let list = picks(side, lang);
            assert!(list.iter().all(|p| html.contains(&escape(&p.choice))), "the whole list to paste");
        }
    }
}

fn escape(s: &str) -> String {
    kommunematch::engine::letters::render::escape(s)
}

/// A code in the name's answer that the list does not have: said at the name's column, and the name tried.
#[test]
fn an_unknown_code_in_a_names_answer_is_said_where_it_is() {
    let headers = template::headers(Side::Needs, Lang::Uk);
    let mut row = template::example_row(Side::Needs, Lang::Uk);
    row[0] = "Бучанська — UA99999999999999999".into();
    *row.last_mut().expect("the mark") = String::new();
    let s = read("potreby.csv", &csv_of(&[headers.clone(), row]));
    let unknown = s.issues.iter().find(|i| matches!(i.kind, IssueKind::CodeUnknown { .. })).expect("the code said");
    assert_eq!(unknown.location.column.as_deref(), Some("A"));
    assert_eq!(unknown.location.header.as_deref(), Some(headers[0].as_str()));
    assert_eq!(s.needs[0].id, "UA32080070000050759", "found by its name");
}
