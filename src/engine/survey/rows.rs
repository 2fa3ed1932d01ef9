//! Reading rows into records: every answer of a row into an [`Offer`] or a [`Need`], with every problem
//! reported where it is.
// Text is whatever people typed: no indexing that could panic on it.
#![cfg_attr(not(test), deny(clippy::indexing_slicing))]

use super::columns::*;
use super::fields::Field;
use super::issue::*;
use super::layout::option_chosen;
use super::memo::{Recall, Suffix};
use super::values::*;
use crate::engine::gazetteer::{self, Entity, How, Hromada, Kommune, Resolved, WarStatus2022};
use crate::engine::model::*;
use crate::engine::table::{Row, Table};
use crate::engine::text::fold;
use std::collections::{BTreeMap, BTreeSet};

pub(super) struct RowReader<'a> {
    pub(super) table: &'a Table,
    /// Columns of each field, in column order (option columns excluded).
    pub(super) by_field: BTreeMap<Field, Vec<usize>>,
    /// Option columns of each multi-select field: (column, option label).
    pub(super) options: BTreeMap<Field, Vec<(usize, String)>>,
    pub(super) columns: &'a [Column],
    /// Names as written → the official id the coordinator chose.
    pub(super) entities: &'a BTreeMap<String, String>,
    pub(super) unknown: BTreeMap<(Field, String), Vec<usize>>,
    pub(super) issues: Vec<Issue>,
    /// Fields that matter for matching but have no column: told once for the file, not on each row.
    pub(super) missing: BTreeSet<Field>,
    /// What the rows' texts were found to mean, kept from earlier readings of the same file.
    pub(super) memo: Recall<'a>,
}

impl<'a> RowReader<'a> {
    /// A reader of other rows of the same table, with the same columns and answers, and an empty memo.
    pub(super) fn beside(&self) -> Self {
        RowReader {
            by_field: self.by_field.clone(),
            options: self.options.clone(),
            unknown: BTreeMap::new(),
            issues: Vec::new(),
            missing: self.missing.clone(),
            memo: self.memo.beside(),
            ..*self
        }
    }

    /// The answer of a single-valued field: the first non-blank of its columns.
    fn cell<'r>(&self, row: &'r Row, f: Field) -> &'r str {
        self.by_field
            .get(&f)
            .into_iter()
            .flatten()
            .filter_map(|&i| row.cells.get(i))
            .map(String::as_str)
            .find(|c| !c.is_empty())
            .unwrap_or("")
    }

    /// The answer of a multi-select field: its columns joined with `;`, plus the options chosen in its
    /// one-column-per-option columns.
    fn multi(&self, row: &Row, f: Field) -> String {
        let mut parts: Vec<&str> =
            self.by_field.get(&f).into_iter().flatten().filter_map(|&i| row.cells.get(i)).map(String::as_str).collect();
        for (i, label) in self.options.get(&f).into_iter().flatten() {
            if row.cells.get(*i).is_some_and(|c| option_chosen(c)) {
                parts.push(label);
            }
        }
        parts.retain(|p| !p.is_empty());
        parts.join(";")
    }

    /// Records an issue on `row`, at the first column of `f`; a code without a column of its own was given in
    /// the name's answer, so an issue about it is at the name's column.
    fn issue(&mut self, row: &Row, f: Option<Field>, kind: IssueKind) {
        let first = |f: Field| self.by_field.get(&f).and_then(|c| c.first());
        let at = f.and_then(|f| {
            first(f).or_else(|| match f {
                Field::MunicipalityNumber => first(Field::MunicipalityName),
                Field::Katottg => first(Field::CommunityName),
                _ => None,
            })
        });
        let col = at.and_then(|&i| self.columns.get(i));
        self.issues.push(Issue {
            kind,
            location: Location {
                file: self.table.file.clone(),
                sheet: self.table.sheet.clone(),
                row: Some(row.number),
                column: col.map(|c| c.letter.clone()),
                header: col.map(|c| c.header.clone()),
            },
        });
    }

    /// Warns about text that looks like a spreadsheet formula or HTML: it is kept and shown as plain text.
    fn check_text(&mut self, row: &Row, f: Field, text: &str) {
        let formula = text.starts_with(['=', '+', '@']);
        let markup = text.contains('<') && text.contains('>');
        if formula || markup {
            let looks_like = if formula { Suspicion::Formula } else { Suspicion::Markup };
            self.issue(row, Some(f), IssueKind::SuspiciousText { text: text.to_string(), looks_like });
        }
    }

    /// When the answer was submitted: completion time, else the timestamp, else the start time.
    fn submitted(&self, row: &Row) -> Option<String> {
        [Field::CompletionTime, Field::Timestamp, Field::StartTime]
            .into_iter()
            .find_map(|f| parse_timestamp(self.cell(row, f)))
    }

    /// Answers in columns that map to no field, kept with their headers.
    fn other(&self, row: &Row) -> Vec<(String, String)> {
        self.columns
            .iter()
            .filter(|c| c.field.is_none())
            .filter_map(|c| row.cells.get(c.index).filter(|v| !v.is_empty()).map(|v| (c.header.clone(), v.clone())))
            .collect()
    }

    fn source(&self, row: &Row) -> SourceRow {
        SourceRow { file: self.table.file.clone(), sheet: self.table.sheet.clone(), row: row.number }
    }

    fn contact(&self, row: &Row) -> Contact {
        Contact {
            name: self.cell(row, Field::ContactName).into(),
            role: self.cell(row, Field::ContactRole).into(),
            email: self.cell(row, Field::ContactEmail).into(),
            phone: self.cell(row, Field::ContactPhone).into(),
        }
    }

    /// A whole number of partners; blank or not a number gives 1 with a warning.
    fn count(&mut self, row: &Row, f: Field) -> u32 {
        let raw = self.cell(row, f).to_string();
        match parse_count(&raw) {
            Some(n) if n > 0 => n,
            _ => {
                if !self.missing.contains(&f) {
                    self.issue(row, Some(f), IssueKind::CountInvalid { field: f, answer: raw });
                }
                1
            }
        }
    }

    fn areas(&mut self, row: &Row, f: Field) -> BTreeSet<usize> {
        let raw = self.multi(row, f);
        let (found, unknown) = self.memo.areas(&raw);
        for u in unknown {
            self.unknown.entry((f, u.clone())).or_default().push(row.number);
            self.issue(row, Some(f), IssueKind::AreaUnknown { answer: u });
        }
        found
    }

    /// Whether the row is a questionnaire's example (its mark's cell filled in): said, and the row left out.
    fn example(&mut self, row: &Row) -> bool {
        let Some(mark) = self.columns.iter().find(|c| c.found_by == Some(FoundBy::Questionnaire)) else { return false };
        if row.cells.get(mark.index).is_none_or(|c| c.trim().is_empty()) {
            return false;
        }
        self.issues.push(Issue {
            kind: IssueKind::ExampleRow,
            location: Location {
                file: self.table.file.clone(),
                sheet: self.table.sheet.clone(),
                row: Some(row.number),
                column: Some(mark.letter.clone()),
                header: Some(mark.header.clone()),
            },
        });
        true
    }

    /// The answers of the name and the code: a code given in the name's answer (a questionnaire's list gives
    /// `Bergen — 4601`) when the code's own answer is blank.
    fn name_and_code(&self, row: &Row, side: Side) -> (String, String) {
        let (name, code) = match side {
            Side::Offers => (Field::MunicipalityName, Field::MunicipalityNumber),
            Side::Needs => (Field::CommunityName, Field::Katottg),
        };
        let (name, code) = (self.cell(row, name), self.cell(row, code));
        match code_in_name(name, side).filter(|_| code.is_empty()) {
            Some((code, name)) => (name, code),
            None => (name.to_string(), code.to_string()),
        }
    }

    pub(super) fn offer(&mut self, row: &Row) -> Option<Offer> {
        if self.example(row) {
            return None;
        }
        let (raw_name, raw_number) = self.name_and_code(row, Side::Offers);
        let number = normalize_kommunenummer(&raw_number);
        if !raw_number.is_empty() && number.is_none() {
            self.issue(row, Some(Field::MunicipalityNumber), IssueKind::NumberInvalid { answer: raw_number.clone() });
        }
        let mut name = self.memo.stripped(Suffix::Municipality, &raw_name);
        if name.is_empty() && number.is_none() {
            self.issue(row, Some(Field::MunicipalityName), IssueKind::NameMissing { side: Side::Offers });
            return None;
        }
        let raw_county = self.cell(row, Field::County).to_string();
        let official = self.resolve_kommune(row, number.as_deref(), &raw_name, &raw_county);
        if name.is_empty() {
            self.issue(
                row,
                Some(Field::MunicipalityName),
                IssueKind::NameBlank { side: Side::Offers, id: raw_number.clone() },
            );
        }
        self.check_text(row, Field::MunicipalityName, &name);
        let mut id = number.clone().unwrap_or_else(|| format!("NO-{}", slug(&name)));
        let mut county = raw_county;
        let mut population = parse_number(self.cell(row, Field::Population));
        // The official municipality: its number, name and county; its population when the survey has none.
        if let Some((k, _)) = official {
            (id, name, county) = (k.number.to_string(), k.name.to_string(), k.county.to_string());
            population = population.or(Some(u64::from(k.population)));
        }
        let capacity = self.count(row, Field::Capacity);
        let areas = self.areas(row, Field::Areas);
        if areas.is_empty() && !self.missing.contains(&Field::Areas) {
            self.issue(row, Some(Field::Areas), IssueKind::AreasNone);
        }
        let learn = self.areas(row, Field::Learn);
        Some(Offer {
            id,
            // A blank name: the number it was identified by, as normalised (never the cell's stray characters).
            name: if name.is_empty() { number.unwrap_or(raw_number) } else { name },
            county,
            areas,
            capacity,
            form: parse_form(self.cell(row, Field::Form)),
            preference: parse_preference(self.cell(row, Field::Preference)),
            languages: {
                let raw = self.multi(row, Field::Languages);
                self.memo.languages(&raw)
            },
            international_experience: parse_yes_no(self.cell(row, Field::InternationalExperience)),
            ties: meaningful_text(self.cell(row, Field::Ties)),
            learn,
            population,
            refugees: parse_number(self.cell(row, Field::Refugees)),
            political_anchoring: self.cell(row, Field::PoliticalAnchoring).into(),
            comment: self.cell(row, Field::Comment).into(),
            contact: self.contact(row),
            submitted: self.submitted(row),
            other: self.other(row),
            source: self.source(row),
            official,
        })
    }

    pub(super) fn need(&mut self, row: &Row) -> Option<Need> {
        if self.example(row) {
            return None;
        }
        let (raw_name, raw_code) = self.name_and_code(row, Side::Needs);
        let code = normalize_katottg(&raw_code);
        if !raw_code.is_empty() && code.is_none() {
            self.issue(row, Some(Field::Katottg), IssueKind::KatottgInvalid { answer: raw_code.clone() });
        }
        let mut name = self.memo.stripped(Suffix::Community, &raw_name);
        let raw_oblast = self.cell(row, Field::Oblast).to_string();
        let raw_raion = self.cell(row, Field::Raion).to_string();
        let mut oblast = self.memo.stripped(Suffix::Oblast, &raw_oblast);
        if name.is_empty() && code.is_none() {
            self.issue(row, Some(Field::CommunityName), IssueKind::NameMissing { side: Side::Needs });
            return None;
        }
        let official = self.resolve_hromada(row, code.as_deref(), &raw_name, &raw_oblast, &raw_raion);
        if name.is_empty() {
            self.issue(
                row,
                Some(Field::CommunityName),
                IssueKind::NameBlank { side: Side::Needs, id: raw_code.clone() },
            );
        }
        self.check_text(row, Field::CommunityName, &name);
        let mut raion = self.memo.stripped(Suffix::Raion, &raw_raion);
        // Without a code, the same name in another oblast or raion is another community.
        let mut id = code.clone().unwrap_or_else(|| {
            let mut id = format!("UA-{}-{}", slug(&name), slug(&oblast));
            if !raion.is_empty() {
                id = format!("{id}-{}", slug(&raion));
            }
            id
        });
        let mut population = parse_number(self.cell(row, Field::Population));
        if let Some((h, _)) = official {
            (id, name, oblast, raion) =
                (h.code.to_string(), h.name.to_string(), h.oblast.to_string(), h.raion.to_string());
            population = population.or(Some(u64::from(h.population)));
        }
        let raw_category = self.cell(row, Field::Category).to_string();
        let category = self.category(row, &raw_category, official.map(|(h, _)| h));
        let urgent = self.areas(row, Field::UrgentNeeds);
        let mut long_term = self.areas(row, Field::LongTermNeeds);
        long_term.retain(|a| !urgent.contains(a));
        if urgent.is_empty() && long_term.is_empty() && !self.missing.contains(&Field::UrgentNeeds) {
            self.issue(row, Some(Field::UrgentNeeds), IssueKind::NeedsNone);
        }
        let partners_wanted = self.count(row, Field::PartnersWanted);
        Some(Need {
            id,
            name: if name.is_empty() { code.clone().unwrap_or(raw_code) } else { name },
            oblast,
            raion,
            category,
            population,
            idps: parse_number(self.cell(row, Field::Idps)),
            damage: parse_damage(self.cell(row, Field::Damage)),
            urgent,
            long_term,
            partners_wanted,
            languages: {
                let raw = self.multi(row, Field::Languages);
                self.memo.languages(&raw)
            },
            international_partners: meaningful_text(self.cell(row, Field::InternationalPartners)),
            comment: self.cell(row, Field::Comment).into(),
            contact: self.contact(row),
            submitted: self.submitted(row),
            other: self.other(row),
            source: self.source(row),
            official,
        })
    }

    /// The coordinator's choice for a name as written (`Preset::entities`), if any.
    fn chosen(&self, raw_name: &str) -> Option<&str> {
        self.entities.get(raw_name.trim()).map(String::as_str)
    }

    /// The official municipality of a row (see [`RowReader::official`]).
    fn resolve_kommune(
        &mut self,
        row: &Row,
        number: Option<&str>,
        raw_name: &str,
        county: &str,
    ) -> Option<(&'static Kommune, How)> {
        if let Some(k) = self.chosen(raw_name).and_then(gazetteer::kommune_by_number) {
            return Some((k, How::Chosen));
        }
        let r = self.memo.kommune(number, raw_name, county);
        let fields = (Side::Offers, Field::MunicipalityNumber, Field::MunicipalityName);
        self.official(row, r, fields, number, raw_name, Recall::nearest_kommuner)
    }

    /// The official community of a row (see [`RowReader::official`]).
    fn resolve_hromada(
        &mut self,
        row: &Row,
        code: Option<&str>,
        raw_name: &str,
        oblast: &str,
        raion: &str,
    ) -> Option<(&'static Hromada, How)> {
        if let Some(h) = self.chosen(raw_name).and_then(gazetteer::hromada_by_code) {
            return Some((h, How::Chosen));
        }
        let r = self.memo.hromada(code, raw_name, oblast, raion);
        let fields = (Side::Needs, Field::Katottg, Field::CommunityName);
        self.official(row, r, fields, code, raw_name, Recall::nearest_hromady)
    }

    /// The entity a resolution found, with an issue when the code is unknown, the name points elsewhere, the
    /// name fits several (every candidate), or none (the nearest names as suggestions).
    fn official<E: Entity>(
        &mut self,
        row: &Row,
        r: Resolved<E>,
        (side, code_field, name_field): (Side, Field, Field),
        code: Option<&str>,
        raw_name: &str,
        nearest: fn(&mut Recall<'a>, &str) -> Vec<&'static E>,
    ) -> Option<(&'static E, How)> {
        let candidate = |e: &&'static E| Candidate { id: e.id().into(), name: e.name().into(), place: e.place() };
        let name = raw_name.trim();
        if r.unknown_code {
            let given = code.unwrap_or_default().to_string();
            self.issue(row, Some(code_field), IssueKind::CodeUnknown { side, given });
        }
        if let (Some(e), Some(other)) = (r.entity, r.name_says) {
            let kind = IssueKind::CodeNameDisagree {
                side,
                given: e.id().into(),
                official: e.name().into(),
                named_id: other.id().into(),
                named: other.name().into(),
            };
            self.issue(row, Some(name_field), kind);
        }
        if !r.candidates.is_empty() {
            let candidates = r.candidates.iter().map(candidate).collect();
            self.issue(row, Some(name_field), IssueKind::NameAmbiguous { side, name: name.into(), candidates });
        } else if r.entity.is_none() && !name.is_empty() {
            let suggestions = nearest(&mut self.memo, raw_name).iter().map(candidate).collect();
            self.issue(row, Some(name_field), IssueKind::NameUnknown { side, name: name.into(), suggestions });
        }
        r.entity.zip(r.how)
    }

    /// The war-zone category from the survey's answer; when it is blank or not understood, the 2022 list's
    /// status as a hint (with a warning that says so); a difference between the two is noted, never overridden.
    fn category(&mut self, row: &Row, raw: &str, official: Option<&'static Hromada>) -> Category {
        let answered = parse_category(raw);
        let status = official.map(|h| h.war_status);
        let listed = status.map(|s| match s {
            WarStatus2022::NotOccupied => Category::Outside,
            _ => Category::WarZone,
        });
        if status == Some(WarStatus2022::Occupied) {
            self.issue(row, Some(Field::Category), IssueKind::Occupied2022);
        }
        // Without a category column, the file's message says the list is used: no warning on every row.
        let column = !self.missing.contains(&Field::Category);
        match (answered, listed, status) {
            (Category::Unknown, Some(category), Some(s)) => {
                if column {
                    self.issue(row, Some(Field::Category), IssueKind::CategorySuggested { category, status: s.into() });
                }
                category
            }
            (Category::Unknown, _, _) => {
                if column {
                    self.issue(row, Some(Field::Category), IssueKind::CategoryUnknown { answer: raw.to_string() });
                }
                Category::Unknown
            }
            (answered, Some(category), Some(s)) if category != answered => {
                self.issue(
                    row,
                    Some(Field::Category),
                    IssueKind::CategoryDiffers { category: answered, status: s.into() },
                );
                answered
            }
            (answered, _, _) => answered,
        }
    }
}

/// An id-friendly form of a name: folded, spaces as dashes.
pub(super) fn slug(s: &str) -> String {
    fold(s).replace(' ', "-")
}
