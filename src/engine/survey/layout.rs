//! How the form tools lay out their exports: their own columns before the survey's (the response's id and
//! times, the respondent's sign-in address and name), in each interface language the programme's people use,
//! and one column per option of a multiple-choice question, however the header joins question and option.
//!
//! The tools' columns, as their exports name them: Microsoft Forms (`ID`, `Start time`, `Completion time`,
//! `Email`, `Name`, `Last modified time`; nb `Starttidspunkt`, `Fullføringstidspunkt`, `E-postadresse`, `Navn`,
//! `Tidspunkt for siste endring`), Google Forms (`Timestamp`, `Email address`; nb `Tidsmerke`,
//! `E-postadresse`; uk `Позначка часу`, `Адреса електронної пошти`), Nettskjema (`$submission_id`,
//! `$created`, `$answer_time_ms`) and Questback (`Respondent ID`, `Starttid`, `Sluttid`). They are the tool's
//! only where the tool puts them: the leading columns of the file (and Nettskjema's `$` names anywhere); a
//! question of the survey worded the same further on is the survey's.
// Text is whatever people typed: no indexing that could panic on it.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::fields::Field;
use crate::engine::table::{Row, Table};
use crate::engine::text::fold;
use serde::{Deserialize, Serialize};

/// A form tool whose exports the reader knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tool {
    /// Microsoft Forms.
    MicrosoftForms,
    /// Google Forms.
    GoogleForms,
    /// Nettskjema (University of Oslo).
    Nettskjema,
    /// Questback.
    Questback,
}

impl Tool {
    /// The tool's own name, the same in every language.
    pub fn name(self) -> &'static str {
        match self {
            Tool::MicrosoftForms => "Microsoft Forms",
            Tool::GoogleForms => "Google Forms",
            Tool::Nettskjema => "Nettskjema",
            Tool::Questback => "Questback",
        }
    }
}

/// The tools' own columns: the tool, what the column holds, and its header in every interface language (en, nb,
/// nn, uk), as written; compared folded.
const TOOL_COLUMNS: &[(Tool, Field, &[&str])] = &[
    (Tool::MicrosoftForms, Field::ResponseId, &["ID", "Ідентифікатор"]),
    (Tool::MicrosoftForms, Field::StartTime, &["Start time", "Starttidspunkt", "Час початку"]),
    (
        Tool::MicrosoftForms,
        Field::CompletionTime,
        &["Completion time", "Fullføringstidspunkt", "Fullføringstidspunkt", "Час завершення"],
    ),
    (Tool::MicrosoftForms, Field::RespondentEmail, &["Email", "E-post", "E-postadresse", "Електронна пошта"]),
    (Tool::MicrosoftForms, Field::RespondentName, &["Name", "Navn", "Namn", "Ім'я"]),
    (
        Tool::MicrosoftForms,
        Field::LastModified,
        &["Last modified time", "Tidspunkt for siste endring", "Tidspunkt for siste endring", "Час останньої зміни"],
    ),
    (Tool::GoogleForms, Field::Timestamp, &["Timestamp", "Tidsmerke", "Tidsstempel", "Позначка часу"]),
    (
        Tool::GoogleForms,
        Field::RespondentEmail,
        &["Email address", "E-postadresse", "E-postadresse", "Адреса електронної пошти"],
    ),
    (Tool::Nettskjema, Field::ResponseId, &["$submission_id"]),
    (Tool::Nettskjema, Field::Timestamp, &["$created"]),
    (Tool::Nettskjema, Field::AnswerTime, &["$answer_time_ms"]),
    (Tool::Questback, Field::ResponseId, &["Respondent ID", "RespondentID", "Respondent-ID", "ID респондента"]),
    (Tool::Questback, Field::StartTime, &["Start time", "Starttid", "Час початку"]),
    (Tool::Questback, Field::CompletionTime, &["End time", "Sluttid", "Час закінчення"]),
];

/// The tools a header is a column of, with what it holds. The catalogue's headers are folded once.
fn catalogued(header: &str) -> impl Iterator<Item = (Tool, Field)> + '_ {
    static FOLDED: std::sync::OnceLock<Vec<(Tool, Field, Vec<String>)>> = std::sync::OnceLock::new();
    let folded = FOLDED.get_or_init(|| {
        TOOL_COLUMNS
            .iter()
            .map(|&(tool, field, names)| (tool, field, names.iter().map(|n| fold(n)).collect()))
            .collect()
    });
    let h = fold(header);
    folded
        .iter()
        .filter(move |(_, _, names)| !h.is_empty() && names.contains(&h))
        .map(|&(tool, field, _)| (tool, field))
}

/// Whether a header is one of Nettskjema's own (`$submission_id`): the `$` says so wherever it stands.
fn nettskjema_own(header: &str) -> bool {
    header.trim_start().starts_with('$')
}

/// The tool's own columns of a file: each header's tool and what it holds, or `None` for the survey's. They are
/// the leading run of headers the tools write (a header of several tools goes to the tool most of the run's
/// headers belong to), and Nettskjema's `$` headers wherever they are.
pub fn tool_columns(headers: &[String]) -> Vec<Option<(Tool, Field)>> {
    let lead = headers.iter().take_while(|h| catalogued(h).next().is_some()).count();
    let mut votes = [0usize; 4];
    for h in headers.iter().take(lead) {
        for (tool, _) in catalogued(h) {
            if let Some(v) = votes.get_mut(tool as usize) {
                *v += 1;
            }
        }
    }
    let rank = |t: Tool| votes.get(t as usize).copied().unwrap_or(0);
    headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            if i >= lead && !nettskjema_own(h) {
                return None;
            }
            // The tool most of the run is from, the first listed among equals.
            catalogued(h).fold(None, |best: Option<(Tool, Field)>, (tool, field)| match best {
                Some((b, _)) if rank(b) >= rank(tool) => best,
                _ => Some((tool, field)),
            })
        })
        .collect()
}

/// What a cell of a one-column-per-option export says: `Some(true)` the option was chosen (`1`, `x`, `✓`, `Ja`,
/// `Yes`, `Так`, `true`, `checked`), `Some(false)` it was not (blank, `0`, `Nei`, `No`, `Ні`, `false`,
/// `unchecked`, `-`), `None` the cell is no marker (an answer's text).
pub fn marker(cell: &str) -> Option<bool> {
    let raw = cell.trim();
    if matches!(raw, "✓" | "✔" | "☑" | "☒" | "✗" | "X") {
        return Some(true);
    }
    if matches!(raw, "-" | "–" | "☐") {
        return Some(false);
    }
    match fold(raw).as_str() {
        "1" | "x" | "ja" | "yes" | "y" | "так" | "true" | "checked" | "valgt" | "вибрано" | "обрано" => {
            Some(true)
        }
        "" | "0" | "nei" | "no" | "n" | "ні" | "false" | "unchecked" | "ikke valgt" | "не вибрано" => {
            Some(false)
        }
        _ => None,
    }
}

/// Whether every cell of column `i` of `rows` is a marker (`Some`), and whether one says chosen.
pub fn markers(rows: &[Row], i: usize) -> Option<bool> {
    let mut chosen = false;
    for row in rows {
        chosen |= row.cells.get(i).map_or(Some(false), |c| marker(c))?;
    }
    Some(chosen)
}

/// Whether every cell of column `i` is a marker and at least one says chosen: a column of marks, not answers.
pub fn all_markers(table: &Table, i: usize) -> bool {
    markers(&table.rows, i) == Some(true)
}

/// Whether a cell of a one-column-per-option export says the option was chosen: a mark that ticks it
/// ([`marker`]: `1`, `x`, `Ja`, `Так`, `Yes`, `true`…), or any other text (the option's label
/// itself). Blank and the marks that do not tick (`0`, `Nei`, `Ні`, `No`, `false`, `unchecked`…) say it was not.
pub fn option_chosen(cell: &str) -> bool {
    marker(cell).unwrap_or(true)
}

/// How a header joins a question and one of its options: `Question [Option]`, `Question: Option`, `Question -
/// Option`, `Question – Option`, `Question / Option`, `question.option`, `question_option`, `question/option`.
/// Every split the header allows, the question first; the caller keeps those a whole run of columns agrees on.
pub fn splits(header: &str) -> Vec<(&str, &str)> {
    let h = header.trim();
    let bracketed = h.strip_suffix(']').and_then(|q| q.rsplit_once('['));
    let joined = [": ", " - ", " – ", " / ", ".", "_", "/", ":"].into_iter().filter_map(|sep| h.rsplit_once(sep));
    // A join with nothing on one side is no question and option.
    bracketed
        .into_iter()
        .chain(joined)
        .map(|(q, o)| (q.trim(), o.trim()))
        .filter(|(q, o)| !q.is_empty() && !o.is_empty())
        .collect()
}

/// Runs of columns that are one multiple-choice question, decided by the file as a whole: adjacent columns
/// whose headers share a question (joined to their options the same way) and whose cells are all markers, with
/// at least one option chosen somewhere. Gives, for each run, its question and each column's index and option.
/// `skip` says which columns are already taken (the coordinator's, the tool's).
pub fn marker_runs(table: &Table, skip: &dyn Fn(usize) -> bool) -> Vec<(String, Vec<(usize, String)>)> {
    let headers = &table.headers;
    let marks: Vec<Option<bool>> =
        (0..headers.len()).map(|i| if skip(i) { None } else { markers(&table.rows, i) }).collect();
    let marked: Vec<bool> = marks.iter().map(Option::is_some).collect();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < headers.len() {
        let best = headers.get(i).filter(|_| marked.get(i) == Some(&true)).and_then(|h| {
            // The split that the longest run of following marked columns agrees on.
            splits(h)
                .into_iter()
                .map(|(q, o)| {
                    let mut members = vec![(i, o.to_string())];
                    let mut j = i + 1;
                    while let Some(next) = headers.get(j).filter(|_| marked.get(j) == Some(&true)) {
                        match splits(next).into_iter().find(|(nq, _)| *nq == q) {
                            Some((_, no)) => members.push((j, no.to_string())),
                            None => break,
                        }
                        j += 1;
                    }
                    (q.to_string(), members)
                })
                .max_by_key(|(_, members)| members.len())
        });
        match best {
            Some((question, members)) => {
                i += members.len();
                // A run nobody ticked anything in says nothing about its cells.
                if members.iter().any(|(k, _)| marks.get(*k) == Some(&Some(true))) {
                    runs.push((question, members));
                }
            }
            None => i += 1,
        }
    }
    runs
}

/// A question written once over its options' columns (a merged cell, its options each in the row below): the
/// two header rows made one, each option's header `Question [Option]`. The question may stand in the header row
/// with its options in the first row below it, or in the row above the header row with its options in the
/// header row. Only when the columns under the options hold nothing but marks, one ticked somewhere; else the
/// table is as it was read.
pub fn merge_question_row(mut table: Table) -> Table {
    // The question in the header row, its options in the first data row.
    if let Some(sub) = table.rows.first() {
        if let Some(headers) = merged(&table.headers, &sub.cells, table.rows.get(1..).unwrap_or(&[]), false) {
            table.header_row = sub.number;
            table.headers = headers;
            table.rows.remove(0);
            return table;
        }
    }
    // The question in the row above the header row, its options in the header row.
    if let Some(headers) = merged(&table.above, &table.headers, &table.rows, true) {
        table.headers = headers;
    }
    table
}

/// A row's cell `i`, trimmed; empty past its end.
fn cell(row: &[String], i: usize) -> &str {
    row.get(i).map_or("", |c| c.trim())
}

/// The headers of two header rows made one (see [`merge_question_row`]), or `None` when they are not a question
/// row over an options row. `sub_is_header`: the lower row is the header row (its own headers stand where the
/// upper row is empty).
fn merged(top: &[String], sub: &[String], below: &[Row], sub_is_header: bool) -> Option<Vec<String>> {
    let width = top.len().max(sub.len());
    // Each column's marks, scanned once (most columns stop at their first answer).
    let column_marks: Vec<Option<bool>> = (0..width).map(|i| markers(below, i)).collect();
    let marks = |i: usize| column_marks.get(i).copied().flatten();
    let mut headers = Vec::with_capacity(width);
    let mut groups = 0;
    let mut i = 0;
    while i < width {
        let (t, s) = (cell(top, i), cell(sub, i));
        // An option group: a question over a run of option columns, the run as long as the upper row is empty
        // and the columns hold marks.
        let run = if t.is_empty() || s.is_empty() || marks(i).is_none() {
            0
        } else {
            1 + (i + 1..width)
                .take_while(|&j| cell(top, j).is_empty() && !cell(sub, j).is_empty() && marks(j).is_some())
                .count()
        };
        if run >= 2 {
            if !(i..i + run).any(|j| marks(j) == Some(true)) {
                return None;
            }
            headers.extend((i..i + run).map(|j| format!("{t} [{}]", cell(sub, j))));
            groups += 1;
            i += run;
            continue;
        }
        headers.push(match (t.is_empty(), s.is_empty()) {
            (false, true) => t.to_string(),
            (true, false) if sub_is_header => s.to_string(),
            (true, true) => String::new(),
            // A header with something written under it (case A: a data row), or over it (case B: a title).
            _ => return None,
        });
        i += 1;
    }
    (groups > 0).then_some(headers)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(above: &[&str], headers: &[&str], rows: &[&[&str]]) -> Table {
        let strings = |r: &[&str]| r.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        Table {
            file: "f.xlsx".into(),
            sheet: None,
            header_row: 2,
            headers: strings(headers),
            rows: rows.iter().enumerate().map(|(k, r)| Row { number: k + 3, cells: strings(r) }).collect(),
            format: "xlsx".into(),
            side_hint: None,
            above: strings(above),
        }
    }

    /// A question over its options, in the header row with the options in the first row below it, or in the
    /// row above with the options in the header row: exactly the headers `Question [Option]`, the others kept
    /// (a blank above a header keeps the header); anything else leaves the table as it was read.
    #[test]
    fn a_question_over_its_options_becomes_one_header_per_option() {
        let areas = "Hva kan dere tilby?";
        // Case A: the question in the header row, the options below it.
        let a = grid(
            &[],
            &["Kommune", areas, "", "", "Kapasitet"],
            &[
                &["", "Vann og avløp", "Energi", "Skole", ""],
                &["Sola", "1", "", "1", "2"],
                &["Bergen", "", "1", "", "1"],
            ],
        );
        let merged = merge_question_row(a);
        assert_eq!(
            merged.headers,
            [
                "Kommune",
                &format!("{areas} [Vann og avløp]"),
                &format!("{areas} [Energi]"),
                &format!("{areas} [Skole]"),
                "Kapasitet"
            ]
        );
        assert_eq!((merged.header_row, merged.rows.len(), merged.rows[0].number), (3, 2, 4));
        // Case B: the question above, the options in the header row.
        let b = grid(
            &["", areas, "", ""],
            &["Kommune", "Vann og avløp", "Energi", "Kapasitet"],
            // The first option never ticked: the question is still the run's.
            &[&["Sola", "", "1", "2"], &["Bergen", "", "x", "1"]],
        );
        let merged = merge_question_row(b.clone());
        assert_eq!(
            merged.headers,
            ["Kommune", &format!("{areas} [Vann og avløp]"), &format!("{areas} [Energi]"), "Kapasitet"]
        );
        assert_eq!((merged.header_row, merged.rows.len()), (2, 2));
        // Columns of marks with nothing above them stay as they are, beside the question's.
        let c = grid(
            &["", "", "", areas, ""],
            &["Kommune", "Aktiv", "Ny", "Vann og avløp", "Energi"],
            &[&["Sola", "1", "", "1", ""], &["Bergen", "", "1", "", "1"]],
        );
        assert_eq!(
            merge_question_row(c).headers,
            ["Kommune", "Aktiv", "Ny", &format!("{areas} [Vann og avløp]"), &format!("{areas} [Energi]")]
        );
        // A column with neither header nor option keeps its blank header.
        let blank =
            grid(&[], &["Kommune", areas, "", ""], &[&["", "Vann og avløp", "Energi", ""], &["Sola", "1", "", ""]]);
        assert_eq!(
            merge_question_row(blank).headers,
            ["Kommune", &format!("{areas} [Vann og avløp]"), &format!("{areas} [Energi]"), ""]
        );
        // Not a question over options: nothing ticked, answers under the options, a title over a header; a
        // value under a blank header in the first data row (that row is data, not options).
        let untouched = |t: Table| assert_eq!(merge_question_row(t.clone()), t);
        untouched(grid(
            &[],
            &["Kommune", "", areas, ""],
            &[&["", "2026", "Vann og avløp", "Energi"], &["Sola", "", "1", ""]],
        ));
        untouched(grid(
            &["", areas, "", ""],
            &["Kommune", "Vann og avløp", "Energi", "Kapasitet"],
            &[&["Sola", "0", "", "2"]],
        ));
        untouched(grid(
            &["", areas, "", ""],
            &["Kommune", "Vann og avløp", "Energi", "Kapasitet"],
            &[&["Sola", "Vann", "", "2"]],
        ));
        // Answers under one option, a tick under the next: not a question over its options.
        untouched(grid(
            &["", areas, "", ""],
            &["Kommune", "Vann og avløp", "Energi", "Kapasitet"],
            &[&["Sola", "Vann", "1", "2"]],
        ));
        untouched(grid(
            &["Tilbud 2026", "", "", ""],
            &["Kommune", "Vann og avløp", "Energi", "Kapasitet"],
            &[&["Sola", "1", "", "2"]],
        ));
        untouched(grid(
            &["", areas, "", ""],
            &["Kommune", "Vann og avløp", "", "Kapasitet"],
            &[&["Sola", "1", "", "2"]],
        ));
        untouched(grid(&[], &["Kommune", "Kapasitet"], &[&["Sola", "2"]]));
    }

    /// The tools' names as every report shows them; a column of marks is marks (one at least ticking), a column
    /// of answers or of marks never ticked is not; an option's cell is chosen by a ticking mark or by any
    /// text, not by a mark that does not tick.
    #[test]
    fn tool_names_columns_of_marks_and_chosen_options() {
        let names: Vec<&str> =
            [Tool::MicrosoftForms, Tool::GoogleForms, Tool::Nettskjema, Tool::Questback].map(Tool::name).into();
        assert_eq!(names, ["Microsoft Forms", "Google Forms", "Nettskjema", "Questback"]);
        let rows = |cells: &[&str]| -> Vec<Row> {
            cells.iter().enumerate().map(|(i, c)| Row { number: i + 2, cells: vec![c.to_string()] }).collect()
        };
        assert_eq!(markers(&rows(&["1", "0", ""]), 0), Some(true));
        assert_eq!(markers(&rows(&["0", "Nei", ""]), 0), Some(false));
        assert_eq!(markers(&rows(&["1", "Vann og avløp"]), 0), None);
        assert_eq!(markers(&rows(&[]), 0), Some(false));
        let table = |cells: &[&str]| Table {
            file: "f.csv".into(),
            sheet: None,
            header_row: 1,
            headers: vec!["Q [Vann og avløp]".into()],
            rows: rows(cells),
            format: "csv".into(),
            side_hint: None,
            above: Vec::new(),
        };
        assert!(all_markers(&table(&["1", "0", ""]), 0));
        assert!(!all_markers(&table(&["0", "", "Nei"]), 0), "marks never ticking are no question's options");
        assert!(!all_markers(&table(&["1", "Vann og avløp"]), 0), "answers are not marks");
        // A run of option columns is a question when something is ticked in it; a run never ticked says
        // nothing, and the run after it is found on its own.
        let runs = marker_runs(
            &Table {
                headers: vec!["A [x]".into(), "A [y]".into(), "B [x]".into(), "B [y]".into(), "Navn".into()],
                rows: vec![
                    Row { number: 2, cells: ["0", "0", "1", "1", "Sola"].map(String::from).into() },
                    Row { number: 3, cells: ["", "0", "1", "0", "Bergen"].map(String::from).into() },
                ],
                ..table(&[])
            },
            &|_| false,
        );
        assert_eq!(runs, vec![("B".to_string(), vec![(2, "x".to_string()), (3, "y".to_string())])]);
        // A join with nothing on one side is no question and option.
        for header in ["Kommune:", ":Kommune", "Vann.", "_id", "Q [ ]"] {
            assert!(splits(header).iter().all(|(q, o)| !q.is_empty() && !o.is_empty()), "{header:?}");
        }
        assert_eq!(splits("Kommune:"), Vec::<(&str, &str)>::new());
        for (cell, chosen) in [
            ("1", true),
            ("x", true),
            ("Так", true),
            ("Vann og avløp", true),
            ("0", false),
            ("", false),
            ("Ні", false),
            ("unchecked", false),
        ] {
            assert_eq!(option_chosen(cell), chosen, "{cell:?}");
        }
    }

    fn headers(h: &[&str]) -> Vec<String> {
        h.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_leading_tool_columns_are_the_tools_and_a_question_worded_alike_later_is_not() {
        let h = headers(&[
            "ID",
            "Starttidspunkt",
            "Fullføringstidspunkt",
            "E-postadresse",
            "Navn",
            "Tidspunkt for siste endring",
            "Kommune",
            "E-post",
        ]);
        let t = tool_columns(&h);
        assert!(t.iter().take(6).all(|c| matches!(c, Some((Tool::MicrosoftForms, _)))), "{t:?}");
        assert_eq!(t.get(3), Some(&Some((Tool::MicrosoftForms, Field::RespondentEmail))));
        assert_eq!(t.get(5), Some(&Some((Tool::MicrosoftForms, Field::LastModified))));
        assert_eq!(t.get(6), Some(&None));
        assert_eq!(t.get(7), Some(&None), "a question asking for an e-mail after the survey's first question");
    }

    #[test]
    fn google_forms_leading_columns_and_nettskjemas_anywhere() {
        let t = tool_columns(&headers(&["Tidsmerke", "E-postadresse", "Kommune"]));
        assert_eq!(
            t,
            vec![Some((Tool::GoogleForms, Field::Timestamp)), Some((Tool::GoogleForms, Field::RespondentEmail)), None]
        );
        let t = tool_columns(&headers(&["Kommune", "$submission_id", "Kapasitet", "$answer_time_ms"]));
        assert_eq!(
            t,
            vec![None, Some((Tool::Nettskjema, Field::ResponseId)), None, Some((Tool::Nettskjema, Field::AnswerTime))]
        );
    }

    #[test]
    fn markers_and_answers_are_told_apart() {
        for chosen in ["1", "x", "X", "✓", "Ja", "yes", "Так", "TRUE", "checked"] {
            assert_eq!(marker(chosen), Some(true), "{chosen}");
        }
        for not in ["", " ", "0", "Nei", "No", "Ні", "false", "unchecked", "-"] {
            assert_eq!(marker(not), Some(false), "{not}");
        }
        for answer in ["Helse", "Vann og avløp", "2", "Bergen"] {
            assert_eq!(marker(answer), None, "{answer}");
        }
    }

    #[test]
    fn a_run_of_marked_columns_is_one_question_whatever_joins_it() {
        type Join = fn(&str, &str) -> String;
        let joins: [(&str, Join); 5] = [
            ("Kompetanseområder", |q, o| format!("{q} [{o}]")),
            ("Kompetanseområder", |q, o| format!("{q}: {o}")),
            ("kompetanse", |q, o| format!("{q}.{o}")),
            ("kompetanse", |q, o| format!("{q}_{o}")),
            ("Kompetanse", |q, o| format!("{q}/{o}")),
        ];
        for (q, join) in joins {
            let h =
                headers(&["Kommune", &join(q, "Helse"), &join(q, "Skole og utdanning"), &join(q, "Vann"), "Kapasitet"]);
            let mut csv = String::new();
            let quoted: Vec<String> = h.iter().map(|x| format!("\"{x}\"")).collect();
            csv.push_str(&quoted.join(","));
            csv.push_str("\nBergen,1,0,1,2\nOslo,0,,1,3\n");
            let table = crate::engine::table::read_tables("t.csv", csv.as_bytes()).unwrap().remove(0);
            let runs = marker_runs(&table, &|_| false);
            assert_eq!(runs.len(), 1, "{h:?}");
            let (question, members) = &runs[0];
            assert_eq!(question, q);
            let options: Vec<&str> = members.iter().map(|(_, o)| o.as_str()).collect();
            assert_eq!(options, ["Helse", "Skole og utdanning", "Vann"], "{h:?}");
        }
    }
}
