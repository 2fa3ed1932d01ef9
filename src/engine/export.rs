//! Results for spreadsheet users: CSV and XLSX, made so that no cell can run as a formula.

use super::messages::{self, ExportColumn, ExportSheet, Lang};
use super::model::Side;
use super::results::Results;
use super::taxonomy;
use super::text::column_letter;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;
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

/// Area labels of codes, in `lang`.
fn labels(lang: Lang, codes: &[String]) -> String {
    codes
        .iter()
        .map(|c| taxonomy::by_code(c).map_or(c.as_str(), |a| a.label(lang.code())))
        .collect::<Vec<_>>()
        .join("; ")
}

fn header(lang: Lang, columns: &[ExportColumn]) -> Vec<Cell> {
    columns.iter().map(|&c| Cell::Text(messages::export_column(lang, c).to_string())).collect()
}

/// The rows of the pairs table, header (in `lang`) first.
fn pair_rows(r: &Results, lang: Lang) -> Vec<Vec<Cell>> {
    use ExportColumn::*;
    let mut rows = vec![header(
        lang,
        &[OfferId, Municipality, NeedId, Community, Score, UrgentNeedsMet, LongTermNeedsMet, Locked, ScoreByComponent],
    )];
    for p in &r.pairs {
        rows.push(vec![
            Cell::Text(p.offer_id.clone()),
            Cell::Text(p.offer_name.clone()),
            Cell::Text(p.need_id.clone()),
            Cell::Text(p.need_name.clone()),
            Cell::Number(p.score),
            Cell::Text(labels(lang, &p.urgent_needs_met)),
            Cell::Text(labels(lang, &p.long_term_needs_met)),
            Cell::Text(p.lock_source.clone().unwrap_or_default()),
            Cell::Text(
                p.components.iter().map(|c| format!("{} {:+}", c.name, c.points)).collect::<Vec<_>>().join("; "),
            ),
        ]);
    }
    // Partnerships kept from earlier rounds follow, so that the sheet lists every partnership there is: their
    // score as when made, `kept` where a lock would be said.
    for k in &r.kept {
        rows.push(vec![
            Cell::Text(k.offer_id.clone()),
            Cell::Text(k.offer_name.clone()),
            Cell::Text(k.need_id.clone()),
            Cell::Text(k.need_name.clone()),
            Cell::Number(k.score),
            Cell::Text(String::new()),
            Cell::Text(String::new()),
            Cell::Text("kept".into()),
            Cell::Text(String::new()),
        ]);
    }
    rows
}

fn unmatched_rows(list: &[super::results::Unmatched], side: Side, lang: Lang) -> Vec<Vec<Cell>> {
    use ExportColumn::*;
    let mut rows = vec![header(lang, &[Id, Name, ReasonCode, Reason])];
    for u in list {
        rows.push(vec![
            Cell::Text(u.id.clone()),
            Cell::Text(u.name.clone()),
            Cell::Text(u.reason_code.code().to_string()),
            Cell::Text(messages::unplaced(lang, side, u.reason_code)),
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

impl Cell {
    /// As a CSV field: text neutralised, numbers as they are.
    fn csv(&self) -> String {
        match self {
            Cell::Text(t) => neutralize(t),
            Cell::Number(n) => n.to_string(),
        }
    }
}

/// Rows as CSV through `csv::Writer` (quoting as RFC 4180 has it), every text cell neutralised.
pub(crate) fn write_csv(rows: impl IntoIterator<Item = Vec<String>>, terminator: csv::Terminator) -> String {
    let mut w = csv::WriterBuilder::new().terminator(terminator).flexible(true).from_writer(Vec::new());
    for row in rows {
        // Writing to memory cannot fail.
        let _ = w.write_record(&row);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// Every candidate pair with a positive score as CSV, `offer_id,need_id,score`, by offer id then need id:
/// the same integer scores the solvers use.
pub fn scores_csv(data: &super::Dataset, weights: &super::score::Weights) -> String {
    let scorer = super::score::Scorer::new(&data.offers, &data.needs, weights);
    let header = ["offer_id", "need_id", "score"].map(String::from).to_vec();
    let rows = scorer
        .candidates()
        .into_iter()
        .map(|(o, n, s)| vec![neutralize(&data.offers[o].id), neutralize(&data.needs[n].id), s.to_string()]);
    write_csv(std::iter::once(header).chain(rows), csv::Terminator::Any(b'\n'))
}

/// The pairs as CSV with headers and area labels in `lang` (UTF-8 with a byte-order mark, so that Excel reads
/// the letters right; CRLF line ends). Ids are kept as they are.
pub fn pairs_csv(r: &Results, lang: Lang) -> String {
    let rows = pair_rows(r, lang).into_iter().map(|row| row.iter().map(Cell::csv).collect());
    format!("\u{feff}{}", write_csv(rows, csv::Terminator::CRLF))
}

/// A point of the gazetteer as RFC 7946 has it: `[longitude, latitude]` in WGS 84, to 5 decimals (about a
/// metre); `None` for an id the official lists do not have.
fn position(id: &str) -> Option<[f64; 2]> {
    let (lat, lon) = match super::gazetteer::kommune_by_number(id) {
        Some(k) => (k.lat, k.lon),
        None => super::gazetteer::hromada_by_code(id).map(|h| (h.lat, h.lon))?,
    };
    let round = |x: f32| (f64::from(x) * 1e5).round() / 1e5;
    Some([round(lon), round(lat)])
}

/// The result as GeoJSON (RFC 7946) for GIS tools: a `Point` for every municipality and community (id, name,
/// county or oblast, category, partners) at the official coordinates of the gazetteer, and a `LineString` for
/// every pair made this round and every partnership kept (score, components, locked, existing tie, status).
/// One that the official lists do not have has no coordinates: its feature has a `null` geometry (as RFC 7946
/// allows), so the features still count every entity and pair. Contact persons only when the results include
/// them (the coordinator chose to). Deterministic: the same results give the same bytes, in the CLI and the
/// page.
pub fn geojson(r: &Results) -> String {
    use serde_json::{json, Value};
    let point = |id: &str| position(id).map_or(Value::Null, |p| json!({ "type": "Point", "coordinates": p }));
    let contact = |id: &str| -> Value {
        match r.contacts.iter().find(|c| c.id == id) {
            Some(c) if r.includes_personal_data => {
                json!({ "name": c.contact, "role": c.role, "email": c.email, "phone": c.phone })
            }
            _ => Value::Null,
        }
    };
    // Who has a partnership kept from an earlier round, per side.
    let kept_o: std::collections::BTreeSet<&str> = r.kept.iter().map(|k| k.offer_id.as_str()).collect();
    let kept_n: std::collections::BTreeSet<&str> = r.kept.iter().map(|k| k.need_id.as_str()).collect();
    let mut features = Vec::new();
    for o in &r.offers {
        let mut props = json!({
            "kind": "municipality", "id": o.id, "name": o.name, "county": o.county,
            "capacity": o.capacity, "partners_new": o.used, "paired": o.used > 0 || kept_o.contains(o.id.as_str()),
        });
        if r.includes_personal_data {
            props["contact"] = contact(&o.id);
        }
        features.push(json!({ "type": "Feature", "id": o.id, "geometry": point(&o.id), "properties": props }));
    }
    for n in &r.needs {
        let mut props = json!({
            "kind": "community", "id": n.id, "name": n.name, "oblast": n.oblast, "category": n.category,
            "partners_wanted": n.partners_wanted, "partners_new": n.got, "paired": n.got > 0 || kept_n.contains(n.id.as_str()),
        });
        if r.includes_personal_data {
            props["contact"] = contact(&n.id);
        }
        features.push(json!({ "type": "Feature", "id": n.id, "geometry": point(&n.id), "properties": props }));
    }
    let line = |a: &str, b: &str| match (position(a), position(b)) {
        (Some(a), Some(b)) => json!({ "type": "LineString", "coordinates": [a, b] }),
        _ => Value::Null,
    };
    for p in &r.pairs {
        let components: serde_json::Map<String, Value> =
            p.components.iter().map(|c| (c.name.clone(), c.points.into())).collect();
        features.push(json!({
            "type": "Feature", "id": format!("{}–{}", p.offer_id, p.need_id), "geometry": line(&p.offer_id, &p.need_id),
            "properties": {
                "kind": "pair", "status": "new", "offer_id": p.offer_id, "offer_name": p.offer_name, "need_id": p.need_id,
                "need_name": p.need_name, "score": p.score, "components": components, "locked": p.locked,
                "lock_source": p.lock_source, "existing_tie": p.existing_tie,
            },
        }));
    }
    for k in &r.kept {
        features.push(json!({
            "type": "Feature", "id": format!("{}–{}", k.offer_id, k.need_id), "geometry": line(&k.offer_id, &k.need_id),
            "properties": {
                "kind": "pair", "status": "kept", "offer_id": k.offer_id, "offer_name": k.offer_name, "need_id": k.need_id,
                "need_name": k.need_name, "score": k.score, "made_in": k.made_in,
            },
        }));
    }
    let collection = json!({ "type": "FeatureCollection", "features": features });
    let mut s = serde_json::to_string_pretty(&collection).unwrap_or_default();
    s.push('\n');
    s
}

/// Text as XML 1.0 can hold it: characters it cannot (controls other than tab and line ends, U+FFFE, U+FFFF)
/// are left out. Escaping is the XML writer's.
fn xml_text(s: &str) -> String {
    s.chars()
        .filter(|&c| !((c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')))
        .collect()
}

/// One worksheet, written with quick-xml's writer.
fn sheet_xml(rows: &[Vec<Cell>]) -> std::io::Result<Vec<u8>> {
    let mut w = Writer::new(Vec::new());
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), Some("yes"))))?;
    w.create_element("worksheet").with_attribute(("xmlns", MAIN_NS)).write_inner_content(|w| {
        w.create_element("sheetData").write_inner_content(|w| {
            for (r, row) in rows.iter().enumerate() {
                let row_number = (r + 1).to_string();
                w.create_element("row").with_attribute(("r", row_number.as_str())).write_inner_content(|w| {
                    for (c, cell) in row.iter().enumerate() {
                        let at = format!("{}{}", column_letter(c), r + 1);
                        match cell {
                            // Inline strings: text is never read as a formula, whatever it starts with. Text
                            // that would start one when typed also gets the quote-prefix style (as Excel gives
                            // `'=…` typed in a cell), so that it stays text when someone edits the cell.
                            Cell::Text(t) => {
                                let mut c = w.create_element("c").with_attribute(("r", at.as_str()));
                                if neutralize(t) != *t {
                                    c = c.with_attribute(("s", "1"));
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
                                w.create_element("c").with_attribute(("r", at.as_str())).write_inner_content(|w| {
                                    w.create_element("v").write_text_content(BytesText::new(&n.to_string()))?;
                                    Ok(())
                                })?;
                            }
                        }
                    }
                    Ok(())
                })?;
            }
            Ok(())
        })?;
        Ok(())
    })?;
    Ok(w.into_inner())
}

const MAIN_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

/// Two cell formats: the default (0) and the same with the quote prefix (1), which keeps a cell text.
const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#;

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
            let over = |w: &mut Writer<Vec<u8>>, part: &str, ty: &str| {
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
        let rel = |w: &mut Writer<Vec<u8>>, id: usize, ty: &str, target: &str| {
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

/// The results as an XLSX workbook with sheet names, headers and labels in `lang`: pairs, unmatched
/// municipalities, unmatched communities. Text cells are inline strings, never formulas. The bytes are the
/// same for the same results and language (fixed file times).
pub fn results_xlsx(r: &Results, lang: Lang) -> Result<Vec<u8>, String> {
    let sheets = [
        (messages::sheet_name(lang, ExportSheet::Pairs), pair_rows(r, lang)),
        (
            messages::sheet_name(lang, ExportSheet::UnmatchedOffers),
            unmatched_rows(&r.unmatched_offers, Side::Offers, lang),
        ),
        (
            messages::sheet_name(lang, ExportSheet::UnmatchedNeeds),
            unmatched_rows(&r.unmatched_needs, Side::Needs, lang),
        ),
    ];
    let names: Vec<&str> = sheets.iter().map(|(n, _)| *n).collect();
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
    for (i, (_, rows)) in sheets.iter().enumerate() {
        put(&format!("xl/worksheets/sheet{}.xml", i + 1), &sheet_xml(rows).map_err(|e| e.to_string())?)?;
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
        let csv = write_csv([vec![neutralize("=1+1"), neutralize("a, \"b\"")]], csv::Terminator::Any(b'\n'));
        assert_eq!(csv, "'=1+1,\"a, \"\"b\"\"\"\n");
    }
}
