//! Results for spreadsheet users: CSV and XLSX, made so that no cell can run as a formula.

use super::results::Results;
use super::survey::column_letter;
use super::taxonomy;
use std::io::{Cursor, Write};

/// A cell that would start a formula or a command in a spreadsheet (`=`, `+`, `-`, `@`, tab, carriage
/// return) gets a leading apostrophe, which spreadsheets show as text.
pub fn neutralize(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

fn csv_cell(cell: &str) -> String {
    let c = neutralize(cell);
    if c.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", c.replace('"', "\"\""))
    } else {
        c
    }
}

fn labels(codes: &[String]) -> String {
    codes.iter().map(|c| taxonomy::by_code(c).map_or(c.as_str(), |a| a.en)).collect::<Vec<_>>().join("; ")
}

/// The rows of the pairs table: header first.
fn pair_rows(r: &Results) -> Vec<Vec<Cell>> {
    let mut rows = vec![[
        "offer_id",
        "municipality",
        "need_id",
        "community",
        "score",
        "urgent_needs_met",
        "long_term_needs_met",
        "locked",
        "score_by_component",
    ]
    .iter()
    .map(|h| Cell::Text(h.to_string()))
    .collect()];
    for p in &r.pairs {
        rows.push(vec![
            Cell::Text(p.offer_id.clone()),
            Cell::Text(p.offer_name.clone()),
            Cell::Text(p.need_id.clone()),
            Cell::Text(p.need_name.clone()),
            Cell::Number(p.score),
            Cell::Text(labels(&p.urgent_needs_met)),
            Cell::Text(labels(&p.long_term_needs_met)),
            Cell::Text(p.lock_source.clone().unwrap_or_default()),
            Cell::Text(
                p.components.iter().map(|c| format!("{} {:+}", c.name, c.points)).collect::<Vec<_>>().join("; "),
            ),
        ]);
    }
    rows
}

fn unmatched_rows(list: &[super::results::Unmatched]) -> Vec<Vec<Cell>> {
    let mut rows = vec![["id", "name", "reason_code", "reason"].iter().map(|h| Cell::Text(h.to_string())).collect()];
    for u in list {
        rows.push(vec![
            Cell::Text(u.id.clone()),
            Cell::Text(u.name.clone()),
            Cell::Text(u.reason_code.code().to_string()),
            Cell::Text(u.reason.clone()),
        ]);
    }
    rows
}

/// One cell of an export.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Text(String),
    Number(i64),
}

/// Every candidate pair with a positive score as CSV, `offer_id,need_id,score`, by offer id then need id:
/// the same integer scores the solvers use.
pub fn scores_csv(data: &super::Dataset, weights: &super::score::Weights) -> String {
    let scorer = super::score::Scorer::new(&data.offers, &data.needs, weights);
    let mut out = String::from("offer_id,need_id,score\n");
    for (o, n, s) in scorer.candidates() {
        out.push_str(&format!("{},{},{s}\n", csv_cell(&data.offers[o].id), csv_cell(&data.needs[n].id)));
    }
    out
}

/// The pairs as CSV (UTF-8 with a byte-order mark, so that Excel reads the letters right).
pub fn pairs_csv(r: &Results) -> String {
    let mut out = String::from("\u{feff}");
    for row in pair_rows(r) {
        let cells: Vec<String> = row
            .iter()
            .map(|c| match c {
                Cell::Text(t) => csv_cell(t),
                Cell::Number(n) => n.to_string(),
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Characters XML 1.0 cannot hold are left out.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

fn sheet_xml(rows: &[Vec<Cell>]) -> String {
    let mut x = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, row) in rows.iter().enumerate() {
        x.push_str(&format!(r#"<row r="{}">"#, r + 1));
        for (c, cell) in row.iter().enumerate() {
            let at = format!("{}{}", column_letter(c), r + 1);
            match cell {
                // Inline strings: text is never read as a formula, whatever it starts with. Text that would
                // start one when typed also gets the quote-prefix style (as Excel gives `'=…` typed in a
                // cell), so that it stays text when someone edits the cell.
                Cell::Text(t) => x.push_str(&format!(
                    r#"<c r="{at}"{} t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
                    if neutralize(t) == *t { "" } else { r#" s="1""# },
                    xml_escape(t)
                )),
                Cell::Number(n) => x.push_str(&format!(r#"<c r="{at}"><v>{n}</v></c>"#)),
            }
        }
        x.push_str("</row>");
    }
    x.push_str("</sheetData></worksheet>");
    x
}

/// Two cell formats: the default (0) and the same with the quote prefix (1), which keeps a cell text.
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#;

/// The results as an XLSX workbook: pairs, unmatched municipalities, unmatched communities. Text cells are
/// inline strings, never formulas. The bytes are the same for the same results (fixed file times).
pub fn results_xlsx(r: &Results) -> Result<Vec<u8>, String> {
    let sheets = [
        ("Pairs", pair_rows(r)),
        ("Unmatched municipalities", unmatched_rows(&r.unmatched_offers)),
        ("Unmatched communities", unmatched_rows(&r.unmatched_needs)),
    ];
    let mut content_types = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#,
    );
    let mut workbook = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#,
    );
    let mut rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    for (i, (name, _)) in sheets.iter().enumerate() {
        let n = i + 1;
        content_types.push_str(&format!(r#"<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#));
        workbook.push_str(&format!(r#"<sheet name="{}" sheetId="{n}" r:id="rId{n}"/>"#, xml_escape(name)));
        rels.push_str(&format!(r#"<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#));
    }
    content_types.push_str(r#"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"#);
    workbook.push_str("</sheets></workbook>");
    rels.push_str(&format!(
        r#"<Relationship Id="rId{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#,
        sheets.len() + 1
    ));
    let root_rels = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;

    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let mut put = |path: &str, body: &str| -> Result<(), String> {
        zip.start_file(path, options).map_err(|e| e.to_string())?;
        zip.write_all(body.as_bytes()).map_err(|e| e.to_string())
    };
    put("[Content_Types].xml", &content_types)?;
    put("_rels/.rels", root_rels)?;
    put("xl/workbook.xml", &workbook)?;
    put("xl/_rels/workbook.xml.rels", &rels)?;
    put("xl/styles.xml", STYLES)?;
    for (i, (_, rows)) in sheets.iter().enumerate() {
        put(&format!("xl/worksheets/sheet{}.xml", i + 1), &sheet_xml(rows))?;
    }
    Ok(zip.finish().map_err(|e| e.to_string())?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dangerous_cells_are_neutralised() {
        for bad in ["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutralize(bad).starts_with('\''), "{bad:?}");
        }
        assert_eq!(neutralize("Bergen"), "Bergen");
        assert_eq!(csv_cell("=1+1"), "'=1+1");
        assert_eq!(csv_cell("a, \"b\""), "\"a, \"\"b\"\"\"");
    }
}
