//! Exports as the form tools write them: a corpus of layouts (each tool's own leading columns in each interface
//! language, written from the tools' documentation; each way of writing a multiple-choice question: its answers
//! joined in one cell as Microsoft Forms (`;`) and Google Forms (`, `) join them, or one column per option with
//! the question and option joined by brackets, a colon, a dash, a dot, an underscore or a slash), and a property
//! test: surveys generated from the taxonomy and the gazetteer, written in every layout, read back to exactly the
//! answers and contacts generated, with no message on any row.
#![cfg(not(target_arch = "wasm32"))]

use kommunematch::engine::gazetteer::KOMMUNER;
use kommunematch::engine::survey::{FoundBy, IssueKind, Tool};
use kommunematch::engine::{read_survey, taxonomy, Preset, Side};
use proptest::prelude::*;
use std::collections::BTreeSet;

/// A tool's leading columns in one interface language, and what each holds for a generated row.
struct Lead {
    tool: Tool,
    lang: &'static str,
    headers: &'static [&'static str],
}

/// What the tools write first, from their documentation (`survey::layout` knows the same; this list is written
/// apart from it, so that a header the reader forgets fails here).
const LEADS: &[Lead] = &[
    Lead { tool: Tool::MicrosoftForms, lang: "en", headers: &["ID", "Start time", "Completion time", "Email", "Name"] },
    Lead {
        tool: Tool::MicrosoftForms,
        lang: "en",
        headers: &["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"],
    },
    Lead {
        tool: Tool::MicrosoftForms,
        lang: "nb",
        headers: &[
            "ID",
            "Starttidspunkt",
            "Fullføringstidspunkt",
            "E-postadresse",
            "Navn",
            "Tidspunkt for siste endring",
        ],
    },
    Lead {
        tool: Tool::MicrosoftForms,
        lang: "nb",
        headers: &["ID", "Starttidspunkt", "Fullføringstidspunkt", "E-post", "Navn"],
    },
    Lead {
        tool: Tool::MicrosoftForms,
        lang: "nn",
        headers: &[
            "ID",
            "Starttidspunkt",
            "Fullføringstidspunkt",
            "E-postadresse",
            "Namn",
            "Tidspunkt for siste endring",
        ],
    },
    Lead {
        tool: Tool::MicrosoftForms,
        lang: "uk",
        headers: &["Ідентифікатор", "Час початку", "Час завершення", "Електронна пошта", "Ім'я", "Час останньої зміни"],
    },
    Lead { tool: Tool::GoogleForms, lang: "en", headers: &["Timestamp", "Email address"] },
    Lead { tool: Tool::GoogleForms, lang: "en", headers: &["Timestamp"] },
    Lead { tool: Tool::GoogleForms, lang: "nb", headers: &["Tidsmerke", "E-postadresse"] },
    Lead { tool: Tool::GoogleForms, lang: "nn", headers: &["Tidsmerke", "E-postadresse"] },
    Lead {
        tool: Tool::GoogleForms, lang: "uk", headers: &["Позначка часу", "Адреса електронної пошти"]
    },
    Lead { tool: Tool::Nettskjema, lang: "any", headers: &["$submission_id", "$created", "$answer_time_ms"] },
    Lead { tool: Tool::Questback, lang: "en", headers: &["Respondent ID", "Start time", "End time"] },
    Lead { tool: Tool::Questback, lang: "nb", headers: &["Respondent ID", "Starttid", "Sluttid"] },
];

/// A value for a tool's column in row `k`, as the tool writes it.
fn lead_value(header: &str, k: usize) -> String {
    let h = header.to_lowercase();
    if h.contains("mail") || h.contains("post") || h.contains("пошт") {
        format!("respondent{k}@example.no")
    } else if h.contains("name") || h.contains("navn") || h.contains("namn") || h.contains("ім") {
        format!("Respondent {k}")
    } else if h.contains("time_ms") {
        format!("{}", 60_000 + k)
    } else if h.contains("id") || h.contains("ідентиф") {
        format!("{}", 1000 + k)
    } else {
        format!("2026-02-{:02} 08:{:02}:00", 1 + k % 28, k % 60)
    }
}

/// How a multiple-choice question is written.
#[derive(Debug, Clone, Copy)]
enum Multi {
    /// One cell, the options joined by `;` (Microsoft Forms, with its trailing `;`).
    Semicolons,
    /// One cell, the options joined by `, ` (Google Forms).
    Commas,
    /// One column per option, `1`/`0` (or another pair of marks), headers joined as given.
    Columns(Join, Marks),
    /// One column per option, the question written once over them (a merged cell) and each option in the row
    /// below it.
    Merged(Marks),
}

#[derive(Debug, Clone, Copy)]
enum Join {
    Brackets,
    Colon,
    Dash,
    Dot,
    Underscore,
    Slash,
}

#[derive(Debug, Clone, Copy)]
enum Marks {
    OneZero,
    XBlank,
    JaNei,
    TrueFalse,
    TakNi,
    CheckedUnchecked,
    TickBlank,
}

impl Marks {
    fn mark(self, chosen: bool) -> &'static str {
        match (self, chosen) {
            (Marks::OneZero, true) => "1",
            (Marks::OneZero, false) => "0",
            (Marks::XBlank, true) => "x",
            (Marks::XBlank, false) => "",
            (Marks::JaNei, true) => "Ja",
            (Marks::JaNei, false) => "Nei",
            (Marks::TrueFalse, true) => "TRUE",
            (Marks::TrueFalse, false) => "FALSE",
            (Marks::TakNi, true) => "Так",
            (Marks::TakNi, false) => "Ні",
            (Marks::CheckedUnchecked, true) => "checked",
            (Marks::CheckedUnchecked, false) => "unchecked",
            (Marks::TickBlank, true) => "✓",
            (Marks::TickBlank, false) => "",
        }
    }
}

fn join(j: Join, question: &str, option: &str) -> String {
    match j {
        Join::Brackets => format!("{question} [{option}]"),
        Join::Colon => format!("{question}: {option}"),
        Join::Dash => format!("{question} - {option}"),
        Join::Dot => format!("{question}.{option}"),
        Join::Underscore => format!("{question}_{option}"),
        Join::Slash => format!("{question}/{option}"),
    }
}

/// A generated answer.
#[derive(Debug, Clone)]
struct Answer {
    kommune: usize,
    areas: BTreeSet<usize>,
    capacity: u32,
    contact: (String, String),
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', ';']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The offers survey's questions, with its areas' labels, in the survey's language.
const AREAS_Q: &str = "Hvilke kompetanseområder kan kommunen bidra med?";

/// Writes the answers as an export of `lead`'s tool, the areas as `multi` says; with the survey's own contact
/// questions or without them (the tool's sign-in address and name then stand in).
fn export(lead: &Lead, multi: Multi, own_contact: bool, answers: &[Answer]) -> String {
    let areas = taxonomy::areas();
    let mut headers: Vec<String> = lead.headers.iter().map(|h| h.to_string()).collect();
    headers.extend(["Kommune", "Kommunenummer"].map(String::from));
    if own_contact {
        headers.extend(["Kontaktperson", "E-post til kontaktperson"].map(String::from));
    }
    let before = headers.len();
    match multi {
        Multi::Semicolons | Multi::Commas => headers.push(AREAS_Q.to_string()),
        Multi::Columns(j, _) => headers.extend(areas.iter().map(|a| join(j, AREAS_Q, a.nb))),
        Multi::Merged(_) => {
            headers.extend(areas.iter().enumerate().map(|(i, _)| if i == 0 { AREAS_Q } else { "" }.to_string()))
        }
    }
    headers.push("Hvor mange ukrainske partnerkommuner kan dere samarbeide med?".to_string());
    let mut out = headers.iter().map(|h| csv_field(h)).collect::<Vec<_>>().join(",");
    out.push('\n');
    if let Multi::Merged(_) = multi {
        let mut options = vec![String::new(); headers.len()];
        for (i, a) in areas.iter().enumerate() {
            options[before + i] = a.nb.to_string();
        }
        out.push_str(&options.iter().map(|h| csv_field(h)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    for (k, a) in answers.iter().enumerate() {
        let kommune = &KOMMUNER[a.kommune];
        let mut row: Vec<String> = lead.headers.iter().map(|h| lead_value(h, k)).collect();
        row.push(format!("{} kommune", kommune.name));
        row.push(kommune.number.to_string());
        if own_contact {
            row.push(a.contact.0.clone());
            row.push(a.contact.1.clone());
        }
        match multi {
            Multi::Semicolons => {
                row.push(a.areas.iter().map(|&i| format!("{};", areas[i].nb)).collect());
            }
            Multi::Commas => row.push(a.areas.iter().map(|&i| areas[i].nb).collect::<Vec<_>>().join(", ")),
            Multi::Columns(_, marks) | Multi::Merged(marks) => {
                row.extend((0..areas.len()).map(|i| marks.mark(a.areas.contains(&i)).to_string()));
            }
        }
        row.push(a.capacity.to_string());
        out.push_str(&row.iter().map(|c| csv_field(c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}

fn multis() -> Vec<Multi> {
    let mut all = vec![Multi::Semicolons, Multi::Commas];
    for j in [Join::Brackets, Join::Colon, Join::Dash, Join::Dot, Join::Underscore, Join::Slash] {
        for m in [
            Marks::OneZero,
            Marks::XBlank,
            Marks::JaNei,
            Marks::TrueFalse,
            Marks::TakNi,
            Marks::CheckedUnchecked,
            Marks::TickBlank,
        ] {
            all.push(Multi::Columns(j, m));
        }
    }
    all.extend([Marks::OneZero, Marks::XBlank, Marks::JaNei, Marks::CheckedUnchecked].map(Multi::Merged));
    all
}

fn answers() -> impl Strategy<Value = Vec<Answer>> {
    let n_areas = taxonomy::areas().len();
    prop::collection::vec(
        (
            0..KOMMUNER.len(),
            prop::collection::btree_set(0..n_areas, 1..6),
            1u32..4,
            "[A-ZÆØÅ][a-zæøå]{2,8} [A-ZÆØÅ][a-zæøå]{2,10}",
            "[a-z]{3,8}",
        ),
        3..8,
    )
    .prop_map(|rows| {
        let mut seen = BTreeSet::new();
        rows.into_iter()
            .filter(|(k, ..)| seen.insert(*k))
            .map(|(kommune, areas, capacity, name, user)| Answer {
                kommune,
                areas,
                capacity,
                contact: (name, format!("{user}@kommune.no")),
            })
            .collect()
    })
}

/// Reads one export and checks it against the answers it was written from.
fn check(lead: &Lead, multi: Multi, own_contact: bool, answers: &[Answer]) -> Result<(), TestCaseError> {
    let text = export(lead, multi, own_contact, answers);
    let what = format!("{:?} {} {multi:?} own contact {own_contact}", lead.tool, lead.lang);
    let s = read_survey("export.csv", text.as_bytes(), None, &Preset::default())
        .map_err(|e| TestCaseError::fail(format!("{what}: {e}")))?;
    prop_assert_eq!(s.side, Side::Offers, "{}", what);
    // The tool's columns are the tool's, every one.
    for c in s.columns.iter().take(lead.headers.len()) {
        prop_assert!(
            matches!(c.found_by, Some(FoundBy::Tool { tool }) if tool == lead.tool),
            "{}: {} read as {:?}",
            what,
            c.header,
            c.found_by
        );
    }
    // No message on any data row; for the file (at its header row) only the note that the tool's columns stand in for contacts.
    for i in &s.issues {
        prop_assert!(i.location.row.is_none_or(|r| r == s.header_row), "{}: {}", what, i);
        prop_assert!(matches!(i.kind, IssueKind::ContactFromTool { .. }), "{}: {}", what, i);
    }
    prop_assert_eq!(s.offers.len(), answers.len(), "{}", what);
    for (k, (o, a)) in s.offers.iter().zip(answers).enumerate() {
        prop_assert_eq!(&o.id, KOMMUNER[a.kommune].number, "{}", what);
        prop_assert_eq!(&o.areas, &a.areas, "{}: row {}", what, k);
        prop_assert_eq!(o.capacity, a.capacity, "{}", what);
        let tool_email = lead.headers.iter().any(|h| lead_value(h, k).contains('@'));
        let tool_name = lead.headers.iter().any(|h| lead_value(h, k).starts_with("Respondent "));
        let (name, email) = if own_contact {
            a.contact.clone()
        } else {
            (
                if tool_name { format!("Respondent {k}") } else { String::new() },
                if tool_email { format!("respondent{k}@example.no") } else { String::new() },
            )
        };
        prop_assert_eq!(&o.contact.name, &name, "{}", what);
        prop_assert_eq!(&o.contact.email, &email, "{}", what);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4, ..ProptestConfig::default() })]

    /// Every layout of the corpus reads back to the generated answers and contacts.
    #[test]
    fn every_layout_reads_back_to_the_answers(answers in answers()) {
        for lead in LEADS {
            for multi in multis() {
                for own_contact in [true, false] {
                    check(lead, multi, own_contact, &answers)?;
                }
            }
        }
    }
}

/// A column of marks read as the areas question (its header says nothing of an option) is said once for the
/// file, and its marks are not read as answers.
#[test]
fn a_column_of_marks_under_an_answer_question_is_said_once() {
    let text = "Kommune,Kommunenummer,Hvilke kompetanseområder kan kommunen bidra med?,Kapasitet\n\
                Bergen,4601,1,2\nOslo,0301,0,1\nTromsø,5501,1,1\n";
    let s = read_survey("marks.csv", text.as_bytes(), None, &Preset::default()).unwrap();
    let markers: Vec<_> = s.issues.iter().filter(|i| matches!(i.kind, IssueKind::MarkersOnly { .. })).collect();
    assert_eq!(markers.len(), 1, "{:?}", s.issues);
    assert_eq!(markers[0].location.row, Some(s.header_row), "said of the file, at its header");
    assert!(!s.issues.iter().any(|i| matches!(i.kind, IssueKind::AreaUnknown { .. })), "{:?}", s.issues);
}

/// An anonymous form's sign-in column (the same value on every row) is not taken for the contacts.
#[test]
fn an_anonymous_forms_sign_in_column_is_no_contact() {
    let text = "ID,Starttidspunkt,Fullføringstidspunkt,E-postadresse,Navn,Kommune,Kommunenummer,Kapasitet\n\
                1,2026-02-01 08:00,2026-02-01 08:10,anonymous,,Bergen,4601,2\n\
                2,2026-02-01 09:00,2026-02-01 09:10,anonymous,,Oslo,0301,1\n\
                3,2026-02-01 10:00,2026-02-01 10:10,anonymous,,Tromsø,5501,1\n";
    let s = read_survey("anon.csv", text.as_bytes(), None, &Preset::default()).unwrap();
    assert!(s.offers.iter().all(|o| o.contact.email.is_empty()), "{:?}", s.offers);
    let unusable: Vec<_> =
        s.issues.iter().filter(|i| matches!(i.kind, IssueKind::ContactEmailUnusable { all_same: true })).collect();
    assert_eq!(unusable.len(), 1, "{:?}", s.issues);
    assert!(!s.issues.iter().any(|i| matches!(i.kind, IssueKind::ContactFromTool { .. })));
}

/// A question written over its options in the header row, the options in the row below (as a spreadsheet with a
/// merged question cell exports it when the question row has most of the headers): one question, its options
/// read from the row below, which is no data row.
#[test]
fn a_merged_question_over_its_options_in_the_row_below_is_one_question() {
    let text = "Kommune,Kommunenummer,Hvilke kompetanseområder kan kommunen bidra med?,,,Kapasitet\n\
                ,,Vann og avløp,Barnevern,\"Vei, bru og samferdsel\",\n\
                Bergen,4601,1,0,1,2\nOslo,0301,0,1,0,1\nTromsø,5501,1,1,0,1\n";
    let s = read_survey("merged.csv", text.as_bytes(), None, &Preset::default()).unwrap();
    assert_eq!(s.offers.len(), 3, "{:?}", s.issues);
    assert!(s.issues.is_empty(), "{:?}", s.issues);
    assert_eq!(s.header_row, 2);
    let areas = |o: &kommunematch::engine::model::Offer| -> Vec<&str> {
        o.areas.iter().map(|&i| taxonomy::areas()[i].nb).collect()
    };
    assert_eq!(areas(&s.offers[0]).len(), 2);
    assert_eq!(areas(&s.offers[1]), ["Barnevern"]);
}
