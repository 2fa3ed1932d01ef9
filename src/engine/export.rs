//! Results for spreadsheet users: CSV and XLSX, made so that no cell can run as a formula.

use super::messages::{self, ExportColumn, ExportSheet, Lang};
use super::model::Side;
use super::results::Results;
use super::taxonomy;
pub use super::xlsx::neutralize;
use super::xlsx::{self, Cell, Sheet};

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

/// A cell as a CSV field: text neutralised, numbers as they are.
fn csv_field(cell: &Cell) -> String {
    match cell {
        Cell::Text(t) => neutralize(t),
        Cell::Number(n) => n.to_string(),
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
    let rows = pair_rows(r, lang).into_iter().map(|row| row.iter().map(csv_field).collect());
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
    let sheets: Vec<Sheet> = sheets
        .into_iter()
        .map(|(name, rows)| Sheet { name: name.to_string(), rows, header: true, ..Sheet::default() })
        .collect();
    xlsx::workbook(&sheets)
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
