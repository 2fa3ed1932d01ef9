//! The questionnaire as a spreadsheet to fill in: one row per respondent under the exact headers, a drop-down
//! list on every answer of one choice, `x` under each option of a question of several answers, the mark's column
//! hidden; a second sheet with the municipalities or communities and their official codes to choose from.

use super::answers::{columns, example_row, headers};
use crate::engine::fluent::plain;
use crate::engine::lang::Lang;
use crate::engine::model::Side;
use crate::engine::survey::questionnaire::{options, picks, Answer, COUNT_MAX};
use crate::engine::xlsx::{workbook, Cell, Sheet, Validation};

/// The rows a drop-down list covers: the header's row excluded, room for every municipality or community.
const LAST_ROW: usize = 2000;

/// A list written into the validation itself: `"a,b,c"`, each `"` doubled.
fn inline(items: &[String]) -> String {
    format!("\"{}\"", items.join(",").replace('"', "\"\""))
}

/// The questionnaire of `side` in `lang` as an XLSX workbook.
pub fn xlsx(side: Side, lang: Lang) -> Result<Vec<u8>, String> {
    let list_name =
        plain(lang, if side == Side::Offers { "template-sheet-kommuner" } else { "template-sheet-hromady" });
    let picks = picks(side, lang);
    let mut validations = Vec::new();
    let mut widths = Vec::new();
    let answer_columns = columns(side, lang);
    for (i, c) in answer_columns.iter().enumerate() {
        let (list, prompt, width) = match (c.question.answer, &c.option) {
            (_, Some(_)) => (inline(&["x".to_string()]), plain(lang, "template-tick"), 14.0),
            (Answer::Entity, None) => {
                (format!("'{list_name}'!$A$2:$A${}", picks.len() + 1), plain(lang, "template-pick"), 42.0)
            }
            (Answer::Count, None) => {
                let counts: Vec<String> = (1..=COUNT_MAX).map(|n| n.to_string()).collect();
                (inline(&counts), plain(lang, "template-pick"), 16.0)
            }
            (Answer::One(choice), None) => {
                let texts: Vec<String> = options(choice, lang).into_iter().map(|o| o.text).collect();
                (inline(&texts), plain(lang, "template-pick"), 30.0)
            }
            (Answer::Text | Answer::Many(_), None) => {
                widths.push(30.0);
                continue;
            }
        };
        widths.push(width);
        validations.push(Validation { column: i, rows: (2, LAST_ROW), list, prompt: prompt.to_string() });
    }
    let text = |s: &String| Cell::Text(s.clone());
    let answers = Sheet {
        name: plain(lang, "template-sheet-answers").to_string(),
        rows: vec![headers(side, lang).iter().map(text).collect(), example_row(side, lang).iter().map(text).collect()],
        header: true,
        widths,
        hidden: vec![answer_columns.len()],
        validations,
    };
    let (region, mut list_headers) = match side {
        Side::Offers => ("template-list-county", vec![]),
        Side::Needs => ("template-list-oblast", vec!["template-list-raion"]),
    };
    list_headers.insert(0, region);
    let mut header: Vec<Cell> = ["template-list-choice", "template-list-name", "template-list-code"]
        .into_iter()
        .chain(list_headers)
        .map(|id| Cell::Text(plain(lang, id).to_string()))
        .collect();
    header.truncate(if side == Side::Offers { 4 } else { 5 });
    let mut rows = vec![header];
    rows.extend(picks.iter().map(|p| {
        let mut row = vec![text(&p.choice), text(&p.name), Cell::Text(p.code.to_string()), text(&p.region)];
        if side == Side::Needs {
            row.push(text(&p.raion));
        }
        row
    }));
    let list = Sheet {
        name: list_name.to_string(),
        rows,
        header: true,
        widths: vec![48.0, 28.0, 22.0, 22.0, 22.0],
        ..Sheet::default()
    };
    workbook(&[answers, list])
}
