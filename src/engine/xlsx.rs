//! XLSX workbooks written from scratch (SpreadsheetML, quick-xml, zip): text as inline strings, never formulas;
//! a bold header row kept in view, column widths, hidden columns and drop-down lists (data validations) where a
//! sheet asks for them. The same sheets give the same bytes (fixed file times).

use super::text::column_letter;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
use std::io::{Cursor, Write};

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text, kept text whatever it starts with.
    Text(String),
    /// A whole number.
    Number(i64),
}

/// A drop-down list on a range of cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Validation {
    /// 0-based column.
    pub column: usize,
    /// 1-based rows, first and last.
    pub rows: (usize, usize),
    /// What may be chosen: `"a,b,c"` (quoted, at most 255 characters) or a range such as `'Kommuner'!$A$2:$A$358`.
    pub list: String,
    /// What the cell says when chosen (at most 255 characters).
    pub prompt: String,
}

/// One worksheet.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sheet {
    /// Its name (at most 31 characters, as spreadsheets allow).
    pub name: String,
    /// Its rows, the first the header.
    pub rows: Vec<Vec<Cell>>,
    /// Whether the first row is a header: bold, wrapped, kept in view when scrolling.
    pub header: bool,
    /// Column widths in characters, from the first column; columns beyond keep the default.
    pub widths: Vec<f64>,
    /// 0-based columns hidden.
    pub hidden: Vec<usize>,
    /// Drop-down lists.
    pub validations: Vec<Validation>,
}

/// A cell that would start a formula or a command in a spreadsheet (`=`, `+`, `-`, `@`, tab, carriage
/// return) gets a leading apostrophe, which spreadsheets show as text.
pub fn neutralize(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// Text as XML 1.0 can hold it: characters it cannot (controls other than tab and line ends, U+FFFE, U+FFFF)
/// are left out. Escaping is the XML writer's.
fn xml_text(s: &str) -> String {
    s.chars()
        .filter(|&c| !((c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')))
        .collect()
}

const MAIN_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

/// Three cell formats: the default (0), the same with the quote prefix (1), which keeps a cell text, and the
/// header's (2): bold, wrapped, at the top.
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#;

type W = Writer<Vec<u8>>;

fn cell_xml(w: &mut W, at: &str, cell: &Cell, header: bool) -> std::io::Result<()> {
    match cell {
        // Inline strings: text is never read as a formula, whatever it starts with. Text that would start one
        // when typed also gets the quote-prefix style (as Excel gives `'=…` typed in a cell), so that it stays
        // text when someone edits the cell.
        Cell::Text(t) => {
            let style = if header { Some("2") } else { (neutralize(t) != *t).then_some("1") };
            let mut c = w.create_element("c").with_attribute(("r", at));
            if let Some(s) = style {
                c = c.with_attribute(("s", s));
            }
            c.with_attribute(("t", "inlineStr")).write_inner_content(|w| {
                w.create_element("is").write_inner_content(|w| {
                    w.create_element("t")
                        .with_attribute(("xml:space", "preserve"))
                        .write_text_content(BytesText::new(&xml_text(t)))?;
                    Ok(())
                })?;
                Ok(())
            })?;
        }
        Cell::Number(n) => {
            w.create_element("c").with_attribute(("r", at)).write_inner_content(|w| {
                w.create_element("v").write_text_content(BytesText::new(&n.to_string()))?;
                Ok(())
            })?;
        }
    }
    Ok(())
}

/// The header kept in view, and the columns' widths and hidden columns.
fn view_and_columns(w: &mut W, sheet: &Sheet) -> std::io::Result<()> {
    if sheet.header {
        w.create_element("sheetViews").write_inner_content(|w| {
            w.create_element("sheetView").with_attribute(("workbookViewId", "0")).write_inner_content(|w| {
                w.create_element("pane")
                    .with_attributes([
                        ("ySplit", "1"),
                        ("topLeftCell", "A2"),
                        ("activePane", "bottomLeft"),
                        ("state", "frozen"),
                    ])
                    .write_empty()?;
                Ok(())
            })?;
            Ok(())
        })?;
    }
    let columns = sheet.widths.len().max(sheet.hidden.iter().map(|h| h + 1).max().unwrap_or(0));
    if columns > 0 {
        w.create_element("cols").write_inner_content(|w| {
            for i in 0..columns {
                let n = (i + 1).to_string();
                let width = format!("{:.1}", sheet.widths.get(i).copied().unwrap_or(12.0));
                let mut col = w
                    .create_element("col")
                    .with_attributes([("min", n.as_str()), ("max", n.as_str()), ("width", width.as_str())])
                    .with_attribute(("customWidth", "1"));
                if sheet.hidden.contains(&i) {
                    col = col.with_attribute(("hidden", "1"));
                }
                col.write_empty()?;
            }
            Ok(())
        })?;
    }
    Ok(())
}

fn validations_xml(w: &mut W, validations: &[Validation]) -> std::io::Result<()> {
    if validations.is_empty() {
        return Ok(());
    }
    let count = validations.len().to_string();
    w.create_element("dataValidations").with_attribute(("count", count.as_str())).write_inner_content(|w| {
        for v in validations {
            let letter = column_letter(v.column);
            let sqref = format!("{letter}{}:{letter}{}", v.rows.0, v.rows.1);
            let prompt: String = xml_text(&v.prompt).chars().take(255).collect();
            w.create_element("dataValidation")
                .with_attributes([
                    ("type", "list"),
                    ("allowBlank", "1"),
                    ("showInputMessage", "1"),
                    ("showErrorMessage", "1"),
                    ("prompt", prompt.as_str()),
                    ("sqref", sqref.as_str()),
                ])
                .write_inner_content(|w| {
                    w.create_element("formula1").write_text_content(BytesText::new(&xml_text(&v.list)))?;
                    Ok(())
                })?;
        }
        Ok(())
    })?;
    Ok(())
}

/// One worksheet's XML.
fn sheet_xml(sheet: &Sheet) -> std::io::Result<Vec<u8>> {
    let mut w = Writer::new(Vec::new());
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), Some("yes"))))?;
    w.create_element("worksheet").with_attribute(("xmlns", MAIN_NS)).write_inner_content(|w| {
        view_and_columns(w, sheet)?;
        w.create_element("sheetData").write_inner_content(|w| {
            for (r, row) in sheet.rows.iter().enumerate() {
                let row_number = (r + 1).to_string();
                w.create_element("row").with_attribute(("r", row_number.as_str())).write_inner_content(|w| {
                    for (c, cell) in row.iter().enumerate() {
                        cell_xml(w, &format!("{}{}", column_letter(c), r + 1), cell, sheet.header && r == 0)?;
                    }
                    Ok(())
                })?;
            }
            Ok(())
        })?;
        validations_xml(w, &sheet.validations)
    })?;
    Ok(w.into_inner())
}

/// The package parts that list the sheets: content types, workbook, the workbook's relationships.
fn package_xml(names: &[&str]) -> std::io::Result<(Vec<u8>, Vec<u8>, Vec<u8>)> {
    let decl = || Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), Some("yes")));
    let mut types = Writer::new(Vec::new());
    types.write_event(decl())?;
    types
        .create_element("Types")
        .with_attribute(("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types"))
        .write_inner_content(|w| {
            for (ext, ty) in
                [("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml")]
            {
                w.create_element("Default").with_attributes([("Extension", ext), ("ContentType", ty)]).write_empty()?;
            }
            let over = |w: &mut W, part: &str, ty: &str| {
                w.create_element("Override")
                    .with_attributes([("PartName", part), ("ContentType", ty)])
                    .write_empty()
                    .map(|_| ())
            };
            over(w, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")?;
            for n in 1..=names.len() {
                over(
                    w,
                    &format!("/xl/worksheets/sheet{n}.xml"),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
                )?;
            }
            over(w, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")
        })?;
    let mut book = Writer::new(Vec::new());
    book.write_event(decl())?;
    book.create_element("workbook").with_attributes([("xmlns", MAIN_NS), ("xmlns:r", REL_NS)]).write_inner_content(
        |w| {
            w.create_element("sheets").write_inner_content(|w| {
                for (i, name) in names.iter().enumerate() {
                    let (id, rid) = ((i + 1).to_string(), format!("rId{}", i + 1));
                    let name = xml_text(name);
                    w.create_element("sheet")
                        .with_attributes([("name", name.as_str()), ("sheetId", id.as_str()), ("r:id", rid.as_str())])
                        .write_empty()?;
                }
                Ok(())
            })?;
            Ok(())
        },
    )?;
    let mut rels = Writer::new(Vec::new());
    rels.write_event(decl())?;
    rels.create_element("Relationships").with_attribute(("xmlns", PKG_REL_NS)).write_inner_content(|w| {
        let rel = |w: &mut W, id: usize, ty: &str, target: &str| {
            let id = format!("rId{id}");
            let ty = format!("{REL_NS}/{ty}");
            w.create_element("Relationship")
                .with_attributes([("Id", id.as_str()), ("Type", ty.as_str()), ("Target", target)])
                .write_empty()
                .map(|_| ())
        };
        for n in 1..=names.len() {
            rel(w, n, "worksheet", &format!("worksheets/sheet{n}.xml"))?;
        }
        rel(w, names.len() + 1, "styles", "styles.xml")
    })?;
    Ok((types.into_inner(), book.into_inner(), rels.into_inner()))
}

/// The workbook of these sheets, as XLSX bytes.
pub fn workbook(sheets: &[Sheet]) -> Result<Vec<u8>, String> {
    let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
    let (content_types, workbook, rels) = package_xml(&names).map_err(|e| e.to_string())?;
    let root_rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
    );
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let mut put = |path: &str, body: &[u8]| -> Result<(), String> {
        zip.start_file(path, options).map_err(|e| e.to_string())?;
        zip.write_all(body).map_err(|e| e.to_string())
    };
    put("[Content_Types].xml", &content_types)?;
    put("_rels/.rels", root_rels.as_bytes())?;
    put("xl/workbook.xml", &workbook)?;
    put("xl/_rels/workbook.xml.rels", &rels)?;
    put("xl/styles.xml", STYLES.as_bytes())?;
    for (i, sheet) in sheets.iter().enumerate() {
        put(&format!("xl/worksheets/sheet{}.xml", i + 1), &sheet_xml(sheet).map_err(|e| e.to_string())?)?;
    }
    Ok(zip.finish().map_err(|e| e.to_string())?.into_inner())
}
