//! Tables → records: recognising the side and the columns of a survey export from its headers, and reading
//! every row into an [`Offer`] or a [`Need`], with every problem reported where it is.
//!
//! Validation returns the records and every issue found in one pass. A row is *accepted*, *accepted with
//! warnings*, or *rejected*; nothing is dropped without an issue that says so.

use super::model::*;
use super::table::{read_tables, ReadError, Row, Table};
use super::taxonomy;
use super::text::{fold, starts_word};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// A column's meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Field {
    // Both sides
    ContactName,
    ContactRole,
    ContactEmail,
    ContactPhone,
    Languages,
    Comment,
    // Survey tool metadata (Microsoft Forms, Google Forms)
    ResponseId,
    Timestamp,
    StartTime,
    CompletionTime,
    RespondentEmail,
    RespondentName,
    // Offers
    MunicipalityName,
    MunicipalityNumber,
    County,
    Areas,
    Capacity,
    Form,
    Preference,
    InternationalExperience,
    Ties,
    Learn,
    Population,
    Refugees,
    PoliticalAnchoring,
    // Needs
    CommunityName,
    Katottg,
    Oblast,
    Raion,
    Category,
    Idps,
    Damage,
    UrgentNeeds,
    LongTermNeeds,
    PartnersWanted,
    InternationalPartners,
}

impl Field {
    /// The side a field belongs to, or `None` for fields both surveys have.
    pub fn side(self) -> Option<Side> {
        use Field::*;
        match self {
            MunicipalityName
            | MunicipalityNumber
            | County
            | Areas
            | Capacity
            | Form
            | Preference
            | InternationalExperience
            | Ties
            | Learn
            | Refugees
            | PoliticalAnchoring => Some(Side::Offers),
            CommunityName
            | Katottg
            | Oblast
            | Raion
            | Category
            | Idps
            | Damage
            | UrgentNeeds
            | LongTermNeeds
            | PartnersWanted
            | InternationalPartners => Some(Side::Needs),
            _ => None,
        }
    }

    /// Whether the column holds personal data (names, e-mails, phones).
    pub fn is_personal(self) -> bool {
        use Field::*;
        matches!(self, ContactName | ContactEmail | ContactPhone | RespondentEmail | RespondentName)
    }
}

/// How a header is matched: the whole folded header, or a word-start inside it.
enum Pat {
    Exact(&'static str),
    Word(&'static str),
}
use Pat::{Exact, Word};

/// The header dictionary, in priority order: the first rule that matches a header wins. Patterns are folded
/// (lower case, punctuation as spaces). Norwegian bokmål and nynorsk, Ukrainian and English.
const RULES: &[(Field, &[Pat])] = &[
    // Exact headers first: short, ambiguous words.
    (Field::ResponseId, &[Exact("id"), Exact("respondent id"), Exact("response id"), Exact("svar id")]),
    (Field::RespondentEmail, &[Exact("e post"), Exact("email"), Exact("epost")]),
    (Field::RespondentName, &[Exact("navn"), Exact("name")]),
    (
        Field::MunicipalityName,
        &[
            Exact("kommune"),
            Exact("kommunenavn"),
            Exact("municipality"),
            Exact("navn på kommunen"),
            Exact("kommunens navn"),
            Exact("municipality name"),
        ],
    ),
    (Field::Oblast, &[Exact("область"), Exact("oblast"), Exact("oblast region"), Exact("region")]),
    (Field::Raion, &[Exact("район"), Exact("raion"), Exact("district")]),
    (Field::County, &[Exact("fylke"), Exact("county")]),
    (Field::Population, &[Exact("innbyggertall"), Exact("folketall"), Exact("innbyggjartal")]),
    // Then word starts, most specific first.
    (Field::StartTime, &[Word("starttidspunkt"), Word("start time"), Word("час початку")]),
    (Field::CompletionTime, &[Word("fullføringstidspunkt"), Word("completion time"), Word("час завершення")]),
    (Field::Timestamp, &[Word("tidsstempel"), Word("timestamp"), Word("позначка часу"), Word("innsendt")]),
    (
        Field::MunicipalityNumber,
        &[Word("kommunenummer"), Word("kommunenr"), Word("municipality number"), Word("municipality no")],
    ),
    (Field::Katottg, &[Word("катоттг"), Word("katottg"), Word("кодифікатор"), Word("код громади")]),
    (
        Field::CommunityName,
        &[
            Word("назва громади"),
            Word("назва тг"),
            Word("hromada name"),
            Word("name of the hromada"),
            Word("community name"),
            Exact("громада"),
            Exact("назва"),
            Exact("hromada"),
            Exact("community"),
        ],
    ),
    (
        Field::PartnersWanted,
        &[
            Word("бажана кількість партнер"),
            Word("кількість партнер"),
            Word("number of partners"),
            Word("partners wanted"),
            Word("desired number"),
        ],
    ),
    (Field::Capacity, &[Word("hvor mange"), Word("kor mange"), Word("kapasitet"), Word("how many"), Word("capacity")]),
    (Field::Languages, &[Word("språk"), Word("мов"), Word("language")]),
    (Field::Learn, &[Word("lære"), Word("læra"), Word("learn")]),
    (
        Field::Ties,
        &[
            Word("allerede kontakt"),
            Word("alt kontakt"),
            Word("already have contact"),
            Word("existing contact"),
            Word("existing partner"),
            Word("vennskapskommune"),
        ],
    ),
    (Field::InternationalPartners, &[Word("міжнародн"), Word("international partner")]),
    (Field::InternationalExperience, &[Word("erfaring"), Word("røynsle"), Word("experience")]),
    (Field::Areas, &[Word("kompetanseområde"), Word("kompetanse"), Word("areas of competence"), Word("competence")]),
    (
        Field::UrgentNeeds,
        &[Word("першочергов"), Word("нагальн"), Word("термінов"), Word("urgent"), Word("priority need")],
    ),
    (Field::LongTermNeeds, &[Word("довгостроков"), Word("long term need"), Word("long term")]),
    (
        Field::Form,
        &[Word("samarbeidsform"), Word("form of cooperation"), Word("type of cooperation"), Word("форма співпраці")],
    ),
    (
        Field::Preference,
        &[
            Word("foretrukket type"),
            Word("føretrekt"),
            Word("type partnerkommune"),
            Word("type of partner"),
            Word("preferred type"),
            Word("preferred partner"),
        ],
    ),
    (Field::Category, &[Word("категорі"), Word("category")]),
    (Field::Idps, &[Word("впо"), Word("внутрішньо переміщ"), Word("idp"), Word("internally displaced")]),
    (Field::Damage, &[Word("руйнуван"), Word("пошкоджен"), Word("damage")]),
    (Field::Refugees, &[Word("flyktning"), Word("refugee")]),
    (Field::PoliticalAnchoring, &[Word("politisk"), Word("politic")]),
    (Field::Population, &[Word("населення"), Word("population"), Word("innbyggjar"), Word("innbygger")]),
    (Field::County, &[Word("fylke"), Word("county")]),
    (
        Field::ContactEmail,
        &[Word("e post"), Word("epost"), Word("e mail"), Word("email"), Word("електронна пошта"), Word("пошта")],
    ),
    (Field::ContactPhone, &[Word("telefon"), Word("mobil"), Word("phone"), Word("телефон")]),
    (Field::ContactRole, &[Word("stilling"), Word("rolle"), Word("position"), Word("role"), Word("посада")]),
    (
        Field::ContactName,
        &[
            Word("kontaktperson"),
            Word("contact person"),
            Word("контактна особа"),
            Word("контактна"),
            Word("contact name"),
        ],
    ),
    (Field::Comment, &[Word("kommentar"), Word("merknad"), Word("comment"), Word("коментар"), Word("примітк")]),
    (Field::Oblast, &[Word("област"), Word("oblast")]),
    (Field::Raion, &[Word("район"), Word("raion")]),
    (Field::MunicipalityName, &[Word("kommune"), Word("municipality")]),
];

/// The field a header means, if the dictionary knows it.
pub fn field_for_header(header: &str) -> Option<Field> {
    let h = fold(header);
    if h.is_empty() {
        return None;
    }
    RULES.iter().find_map(|(field, pats)| {
        pats.iter()
            .any(|p| match p {
                Exact(e) => h == *e,
                Word(w) => starts_word(&h, w),
            })
            .then_some(*field)
    })
}

/// One column and what it was understood to mean.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Column {
    /// 0-based column index.
    pub index: usize,
    /// Spreadsheet-style letter(s): A, B, …, AA.
    pub letter: String,
    /// Header text as in the file.
    pub header: String,
    /// The field it maps to, or `None` for a column kept but not used.
    pub field: Option<Field>,
    /// Whether the column holds personal data.
    pub personal: bool,
}

/// How serious an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The row was read, with an assumption the coordinator should check.
    Warning,
    /// The row could not be used.
    Error,
}

/// Where something is: file › sheet › row › column.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Location {
    /// File name.
    pub file: String,
    /// Sheet, for spreadsheets.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// 1-based row.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    /// Column letter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// Column header text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(s) = &self.sheet {
            write!(f, " › {s}")?;
        }
        if let Some(r) = self.row {
            write!(f, " › row {r}")?;
        }
        if let Some(c) = &self.column {
            write!(f, " › column {c}")?;
            if let Some(h) = &self.header {
                write!(f, " “{h}”")?;
            }
        }
        Ok(())
    }
}

/// A problem found in a file, with where it is and what to do.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Issue {
    /// Warning or error.
    pub severity: Severity,
    /// Stable machine-readable code, `capacity_invalid`.
    pub code: &'static str,
    /// Where.
    pub location: Location,
    /// What is wrong and what to do, in English.
    pub message: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{sev}: {}: {}", self.location, self.message)
    }
}

/// Row counts of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Counts {
    /// Data rows in the file.
    pub rows: usize,
    /// Accepted without remarks.
    pub accepted: usize,
    /// Accepted with warnings.
    pub warnings: usize,
    /// Rejected.
    pub rejected: usize,
}

/// One survey file, read and validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Survey {
    /// File name.
    pub file: String,
    /// The sheet used, for spreadsheets.
    pub sheet: Option<String>,
    /// How the bytes were read.
    pub format: String,
    /// Which survey this is.
    pub side: Side,
    /// The columns and their meaning.
    pub columns: Vec<Column>,
    /// Offers read (for an offers file).
    pub offers: Vec<Offer>,
    /// Needs read (for a needs file).
    pub needs: Vec<Need>,
    /// Every issue found.
    pub issues: Vec<Issue>,
    /// Row counts.
    pub counts: Counts,
}

/// Reads a survey file: finds the table, its side (or takes `side`), maps the columns and reads every row.
pub fn read_survey(file: &str, bytes: &[u8], side: Option<Side>) -> Result<Survey, ReadError> {
    let tables = read_tables(file, bytes)?;
    // The sheet whose headers the dictionary knows best.
    let best = tables
        .into_iter()
        .map(|t| {
            let known = t.headers.iter().filter_map(|h| field_for_header(h)).filter(|f| f.side().is_some()).count();
            (known, t)
        })
        .fold(None::<(usize, Table)>, |acc, (k, t)| match acc {
            Some((bk, bt)) if bk >= k => Some((bk, bt)),
            _ => Some((k, t)),
        });
    let Some((_, table)) = best else {
        return Err(ReadError { file: file.into(), kind: super::table::ReadErrorKind::NoHeader });
    };
    Ok(interpret(table, side))
}

fn column_letter(mut i: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    s.reverse();
    String::from_utf8_lossy(&s).into_owned()
}

/// Maps columns and detects the side of a table.
pub fn map_columns(table: &Table) -> (Vec<Column>, Option<Side>) {
    let mut taken = BTreeSet::new();
    let columns: Vec<Column> = table
        .headers
        .iter()
        .enumerate()
        .map(|(index, header)| {
            // A field maps to its first column; later columns with the same meaning are kept, unmapped.
            let field = field_for_header(header).filter(|f| taken.insert(*f));
            Column {
                index,
                letter: column_letter(index),
                header: header.clone(),
                field,
                personal: field.is_some_and(Field::is_personal),
            }
        })
        .collect();
    let count = |side| columns.iter().filter(|c| c.field.and_then(Field::side) == Some(side)).count();
    let (o, n) = (count(Side::Offers), count(Side::Needs));
    let side = match o.cmp(&n) {
        std::cmp::Ordering::Greater => Some(Side::Offers),
        std::cmp::Ordering::Less => Some(Side::Needs),
        std::cmp::Ordering::Equal => None,
    };
    (columns, side)
}

/// Interprets a table as a survey of `side` (or the detected side).
pub fn interpret(table: Table, side: Option<Side>) -> Survey {
    let (mut columns, detected) = map_columns(&table);
    let mut issues = Vec::new();
    let loc = |row: Option<usize>| Location {
        file: table.file.clone(),
        sheet: table.sheet.clone(),
        row,
        column: None,
        header: None,
    };
    let side = match (side, detected) {
        (Some(s), _) => s,
        (None, Some(s)) => s,
        (None, None) => {
            issues.push(Issue {
                severity: Severity::Error,
                code: "side_unknown",
                location: loc(Some(table.header_row)),
                message: "the headers match neither the offers survey (Norwegian municipalities) nor the needs survey (Ukrainian communities). Choose the side by hand, or check that this is a survey export.".into(),
            });
            Side::Offers
        }
    };
    // Fields of the other side are not used; keep the columns, unmapped.
    for c in &mut columns {
        if c.field.and_then(Field::side).is_some_and(|s| s != side) {
            c.field = None;
        }
    }
    let by_field: BTreeMap<Field, usize> = columns.iter().filter_map(|c| c.field.map(|f| (f, c.index))).collect();
    let mut survey = Survey {
        file: table.file.clone(),
        sheet: table.sheet.clone(),
        format: table.format.clone(),
        side,
        columns,
        offers: Vec::new(),
        needs: Vec::new(),
        issues,
        counts: Counts { rows: table.rows.len(), ..Counts::default() },
    };
    let name_field = match side {
        Side::Offers => [Field::MunicipalityName, Field::MunicipalityNumber],
        Side::Needs => [Field::CommunityName, Field::Katottg],
    };
    if survey.issues.is_empty() && !name_field.iter().any(|f| by_field.contains_key(f)) {
        let what = match side {
            Side::Offers => "the municipality (Kommune) or its number (Kommunenummer)",
            Side::Needs => "the community (Назва громади) or its KATOTTG code",
        };
        survey.issues.push(Issue {
            severity: Severity::Error,
            code: "identity_column_missing",
            location: loc(Some(table.header_row)),
            message: format!("no column names {what}, so no row can be told apart. Add that column to the export, or map a column to it by hand."),
        });
    }
    if survey.issues.iter().any(|i| i.severity == Severity::Error) {
        survey.counts.rejected = table.rows.len();
        return survey;
    }
    let mut reader = RowReader { table: &table, by_field: &by_field, columns: &survey.columns, issues: Vec::new() };
    for row in &table.rows {
        let before = reader.issues.len();
        let ok = match side {
            Side::Offers => reader.offer(row).map(|o| survey.offers.push(o)).is_some(),
            Side::Needs => reader.need(row).map(|n| survey.needs.push(n)).is_some(),
        };
        match (ok, reader.issues.len() > before) {
            (false, _) => survey.counts.rejected += 1,
            (true, true) => survey.counts.warnings += 1,
            (true, false) => survey.counts.accepted += 1,
        }
    }
    survey.issues.extend(reader.issues);
    survey
}

struct RowReader<'a> {
    table: &'a Table,
    by_field: &'a BTreeMap<Field, usize>,
    columns: &'a [Column],
    issues: Vec<Issue>,
}

impl RowReader<'_> {
    fn cell<'r>(&self, row: &'r Row, f: Field) -> &'r str {
        self.by_field.get(&f).and_then(|&i| row.cells.get(i)).map(String::as_str).unwrap_or("")
    }

    fn issue(&mut self, row: &Row, f: Option<Field>, severity: Severity, code: &'static str, message: String) {
        let col = f.and_then(|f| self.by_field.get(&f)).and_then(|&i| self.columns.get(i));
        self.issues.push(Issue {
            severity,
            code,
            location: Location {
                file: self.table.file.clone(),
                sheet: self.table.sheet.clone(),
                row: Some(row.number),
                column: col.map(|c| c.letter.clone()),
                header: col.map(|c| c.header.clone()),
            },
            message,
        });
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

    /// A whole number of partners; blank gives `default` with a warning.
    fn count(&mut self, row: &Row, f: Field, what: &str) -> u32 {
        let raw = self.cell(row, f).to_string();
        match parse_count(&raw) {
            Some(n) if n > 0 => n,
            _ => {
                let msg = if raw.is_empty() {
                    format!("{what} is blank; 1 is assumed. Fill it in if another number is meant.")
                } else {
                    format!("{what} “{raw}” is not a whole number of at least 1; 1 is assumed. Correct the answer in the file or the mapping.")
                };
                self.issue(row, Some(f), Severity::Warning, "count_invalid", msg);
                1
            }
        }
    }

    fn areas(&mut self, row: &Row, f: Field) -> BTreeSet<usize> {
        let raw = self.cell(row, f).to_string();
        let (found, unknown) = split_areas(&raw);
        for u in unknown {
            self.issue(
                row,
                Some(f),
                Severity::Warning,
                "area_unknown",
                format!("“{u}” is not an area the taxonomy knows; it was left out of the matching. Map it to an area by hand if it means one."),
            );
        }
        found
    }

    fn offer(&mut self, row: &Row) -> Option<Offer> {
        let raw_name = self.cell(row, Field::MunicipalityName).to_string();
        let raw_number = self.cell(row, Field::MunicipalityNumber).to_string();
        let number = normalize_kommunenummer(&raw_number);
        if !raw_number.is_empty() && number.is_none() {
            self.issue(
                row,
                Some(Field::MunicipalityNumber),
                Severity::Warning,
                "number_invalid",
                format!(
                    "“{raw_number}” is not a four-digit kommunenummer; the name is used to identify the municipality."
                ),
            );
        }
        let name = strip_municipality_suffix(&raw_name);
        if name.is_empty() && number.is_none() {
            self.issue(
                row,
                Some(Field::MunicipalityName),
                Severity::Error,
                "name_missing",
                "neither the municipality's name nor its number is given, so the row cannot be used. Fill in the name."
                    .into(),
            );
            return None;
        }
        let id = number.clone().unwrap_or_else(|| format!("NO-{}", fold(&name).replace(' ', "-")));
        let capacity = self.count(row, Field::Capacity, "The number of partners");
        let areas = self.areas(row, Field::Areas);
        if areas.is_empty() {
            self.issue(row, Some(Field::Areas), Severity::Warning, "areas_none", "no area of competence recognised, so this municipality cannot be matched. Check the answer or the column mapping.".into());
        }
        let learn = split_areas(self.cell(row, Field::Learn)).0;
        Some(Offer {
            id,
            name: if name.is_empty() { raw_number } else { name },
            county: self.cell(row, Field::County).into(),
            areas,
            capacity,
            form: parse_form(self.cell(row, Field::Form)),
            preference: parse_preference(self.cell(row, Field::Preference)),
            languages: split_languages(self.cell(row, Field::Languages)),
            international_experience: parse_yes_no(self.cell(row, Field::InternationalExperience)),
            ties: meaningful_text(self.cell(row, Field::Ties)),
            learn,
            population: parse_number(self.cell(row, Field::Population)),
            refugees: parse_number(self.cell(row, Field::Refugees)),
            contact: self.contact(row),
            source: self.source(row),
        })
    }

    fn need(&mut self, row: &Row) -> Option<Need> {
        let raw_name = self.cell(row, Field::CommunityName).to_string();
        let raw_code = self.cell(row, Field::Katottg).to_string();
        let code = normalize_katottg(&raw_code);
        if !raw_code.is_empty() && code.is_none() {
            self.issue(row, Some(Field::Katottg), Severity::Warning, "katottg_invalid", format!("“{raw_code}” is not a KATOTTG code (UA and 17 digits); the name and oblast identify the community."));
        }
        let name = strip_community_suffix(&raw_name);
        let oblast = strip_oblast_suffix(self.cell(row, Field::Oblast));
        if name.is_empty() && code.is_none() {
            self.issue(row, Some(Field::CommunityName), Severity::Error, "name_missing", "neither the community's name nor its KATOTTG code is given, so the row cannot be used. Fill in the name.".into());
            return None;
        }
        let id = code
            .clone()
            .unwrap_or_else(|| format!("UA-{}-{}", fold(&name).replace(' ', "-"), fold(&oblast).replace(' ', "-")));
        let raw_category = self.cell(row, Field::Category).to_string();
        let category = parse_category(&raw_category);
        if category == Category::Unknown {
            let msg = if raw_category.is_empty() {
                "the category (war zone or outside) is blank; the community is matched without a category preference."
                    .to_string()
            } else {
                format!("“{raw_category}” is neither the war zone nor outside it; the community is matched without a category preference.")
            };
            self.issue(row, Some(Field::Category), Severity::Warning, "category_unknown", msg);
        }
        let urgent = self.areas(row, Field::UrgentNeeds);
        let mut long_term = self.areas(row, Field::LongTermNeeds);
        long_term.retain(|a| !urgent.contains(a));
        if urgent.is_empty() && long_term.is_empty() {
            self.issue(
                row,
                Some(Field::UrgentNeeds),
                Severity::Warning,
                "needs_none",
                "no need recognised, so this community cannot be matched. Check the answer or the column mapping."
                    .into(),
            );
        }
        let partners_wanted = self.count(row, Field::PartnersWanted, "The number of partners wanted");
        Some(Need {
            id,
            name: if name.is_empty() { raw_code } else { name },
            oblast,
            raion: self.cell(row, Field::Raion).into(),
            category,
            population: parse_number(self.cell(row, Field::Population)),
            idps: parse_number(self.cell(row, Field::Idps)),
            damage: parse_damage(self.cell(row, Field::Damage)),
            urgent,
            long_term,
            partners_wanted,
            languages: split_languages(self.cell(row, Field::Languages)),
            international_partners: meaningful_text(self.cell(row, Field::InternationalPartners)),
            contact: self.contact(row),
            source: self.source(row),
        })
    }
}

/// Splits a multi-select answer into taxonomy areas and the parts not recognised.
///
/// Handles `;`-joined answers with a trailing `;` (Microsoft Forms) and `, `-joined answers (Google Forms)
/// whose labels may themselves contain commas: at each point the longest run of comma-separated pieces
/// that is a known label wins.
pub fn split_areas(s: &str) -> (BTreeSet<usize>, Vec<String>) {
    split_multi(s, |label| taxonomy::lookup(label).map(|a| a.index))
}

fn split_multi<T: Ord>(s: &str, lookup: impl Fn(&str) -> Option<T>) -> (BTreeSet<T>, Vec<String>) {
    let mut found = BTreeSet::new();
    let mut unknown = Vec::new();
    for part in s.split([';', '\n']).map(str::trim).filter(|p| !p.is_empty()) {
        if let Some(t) = lookup(part) {
            found.insert(t);
            continue;
        }
        let pieces: Vec<&str> = part.split(',').collect();
        let mut i = 0;
        while i < pieces.len() {
            let hit = (i + 1..=pieces.len()).rev().find_map(|j| lookup(&pieces[i..j].join(",")).map(|t| (j, t)));
            match hit {
                Some((j, t)) => {
                    found.insert(t);
                    i = j;
                }
                None => {
                    let p = pieces[i].trim();
                    if !p.is_empty() {
                        unknown.push(p.to_string());
                    }
                    i += 1;
                }
            }
        }
    }
    (found, unknown)
}

const LANGUAGES: &[(&str, &[&str])] = &[
    ("en", &["engelsk", "english", "англійська", "англ"]),
    ("uk", &["ukrainsk", "ukrainian", "українська"]),
    ("ru", &["russisk", "russian", "російська"]),
    ("pl", &["polsk", "polish", "польська"]),
    ("de", &["tysk", "german", "німецька"]),
    ("no", &["norsk", "norwegian", "норвезька"]),
    ("fr", &["fransk", "french", "французька"]),
    ("es", &["spansk", "spanish", "іспанська"]),
];

/// Languages in a multi-select answer, as ISO 639-1 codes. Unknown languages are ignored (they do not
/// affect matching beyond the shared-language component).
pub fn split_languages(s: &str) -> BTreeSet<String> {
    split_multi(s, |l| {
        let f = fold(l);
        LANGUAGES.iter().find(|(_, names)| names.contains(&f.as_str())).map(|(c, _)| c.to_string())
    })
    .0
}

/// Parses a count of partners: `2`, ` 2 `, `1-2` (the upper bound), `2 partnere`.
pub fn parse_count(s: &str) -> Option<u32> {
    let s = s.trim();
    if s.starts_with('-') {
        return None;
    }
    let digits: Vec<u32> =
        s.split(|c: char| !c.is_ascii_digit()).filter(|p| !p.is_empty()).filter_map(|p| p.parse().ok()).collect();
    let rest_ok = s.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '-' | '–'))
        || fold(s).split(' ').skip(1).all(|w| w.chars().all(char::is_alphabetic));
    match digits.as_slice() {
        [n] if rest_ok => Some(*n),
        [a, b] if rest_ok && a <= b => Some(*b),
        _ => None,
    }
}

/// Parses a whole number written with spaces, no-break spaces or thin spaces as thousands separators.
pub fn parse_number(s: &str) -> Option<u64> {
    let t: String = s.chars().filter(|c| !c.is_whitespace() && *c != '\u{202F}' && *c != '\u{A0}').collect();
    if t.is_empty() {
        return None;
    }
    t.parse().ok().or_else(|| t.parse::<f64>().ok().filter(|f| *f >= 0.0 && f.fract() == 0.0).map(|f| f as u64))
}

fn parse_yes_no(s: &str) -> Option<bool> {
    let f = fold(s);
    let first = f.split(' ').next().unwrap_or("");
    match first {
        "ja" | "yes" | "так" | "true" | "1" | "x" => Some(true),
        "nei" | "no" | "ні" | "false" | "0" => Some(false),
        _ => None,
    }
}

/// Text that says something: empty, "nei", "no", "ні" and the like give an empty string.
fn meaningful_text(s: &str) -> String {
    match fold(s).as_str() {
        "" | "nei" | "no" | "ні" | "немає" | "none" | "ingen" | "nei ingen" | "ні немає" => String::new(),
        _ => s.trim().to_string(),
    }
}

fn parse_category(s: &str) -> Category {
    let f = fold(s);
    let outside = ["поза зоною", "поза зоною бойових", "outside", "utenfor", "не в зоні"];
    let war = [
        "зоні бойових",
        "в зоні",
        "бойових дій",
        "hostilities",
        "war zone",
        "krigssonen",
        "krigssone",
        "деокупован",
        "прифронтов",
        "frontline",
    ];
    if outside.iter().any(|p| f.contains(p)) {
        Category::Outside
    } else if war.iter().any(|p| f.contains(p)) {
        Category::WarZone
    } else {
        Category::Unknown
    }
}

fn parse_preference(s: &str) -> Preference {
    match parse_category(s) {
        Category::WarZone => Preference::WarZone,
        Category::Outside => Preference::Outside,
        Category::Unknown => Preference::NoPreference,
    }
}

fn parse_form(s: &str) -> Form {
    let f = fold(s);
    let acute =
        ["akutt", "acute", "short", "kortsiktig", "korttid", "нагальн", "короткостроков"].iter().any(|p| f.contains(p));
    let long = ["langsiktig", "long term", "langvarig", "довгостроков"].iter().any(|p| f.contains(p));
    match (acute, long) {
        (true, false) => Form::Acute,
        (false, true) => Form::LongTerm,
        _ => Form::Both,
    }
}

fn parse_damage(s: &str) -> Damage {
    match fold(s).as_str() {
        "немає" | "none" | "ingen" | "no" => Damage::None,
        "низький" | "low" | "lav" | "низька" => Damage::Low,
        "середній" | "medium" | "middels" | "середня" => Damage::Medium,
        "високий" | "high" | "høy" | "висока" | "критичний" | "critical" => Damage::High,
        _ => Damage::Unknown,
    }
}

/// A four-digit kommunenummer: `301` (Excel dropped the zero) → `0301`.
pub fn normalize_kommunenummer(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty() && t.len() <= 4 && t.chars().all(|c| c.is_ascii_digit())).then(|| format!("{t:0>4}"))
}

/// A KATOTTG code: `UA` and 17 digits, upper case.
pub fn normalize_katottg(s: &str) -> Option<String> {
    let t = s.trim().to_uppercase();
    let digits = t.strip_prefix("UA")?;
    (digits.len() == 17 && digits.chars().all(|c| c.is_ascii_digit())).then_some(t)
}

/// "Bergen kommune" → "Bergen".
pub fn strip_municipality_suffix(s: &str) -> String {
    let t = s.trim();
    for suffix in [" kommune", " herad", " municipality", " kommune (no)"] {
        if t.len() > suffix.len() && t.to_lowercase().ends_with(suffix) {
            return t[..t.len() - suffix.len()].trim().to_string();
        }
    }
    t.to_string()
}

/// "Бучанська міська громада" → "Бучанська".
pub fn strip_community_suffix(s: &str) -> String {
    let t = s.trim();
    let lower = t.to_lowercase();
    for suffix in [
        " міська територіальна громада",
        " селищна територіальна громада",
        " сільська територіальна громада",
        " територіальна громада",
        " міська громада",
        " селищна громада",
        " сільська громада",
        " громада",
        " hromada",
        " community",
    ] {
        if lower.ends_with(suffix) && lower.len() > suffix.len() {
            let cut = t.len() - (lower.len() - lower.rfind(suffix).unwrap_or(lower.len()));
            return t[..cut].trim().to_string();
        }
    }
    t.to_string()
}

fn strip_oblast_suffix(s: &str) -> String {
    let t = s.trim();
    for suffix in [" область", " oblast"] {
        if let Some(x) = t.strip_suffix(suffix) {
            return x.trim().to_string();
        }
    }
    t.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_of_each_language_map_to_fields() {
        for (h, f) in [
            ("Kommune", Field::MunicipalityName),
            ("Kommunenummer", Field::MunicipalityNumber),
            ("Hvilke kompetanseområder kan kommunen bidra med?", Field::Areas),
            ("Språkkompetanse i kommunen", Field::Languages),
            ("Hvor mange ukrainske partnerkommuner kan dere samarbeide med?", Field::Capacity),
            ("E-post", Field::RespondentEmail),
            ("E-post til kontaktperson", Field::ContactEmail),
            ("Назва громади", Field::CommunityName),
            ("Код громади за КАТОТТГ", Field::Katottg),
            ("Першочергові потреби (до 5)", Field::UrgentNeeds),
            ("Мови, якими може спілкуватися команда громади", Field::Languages),
            ("Бажана кількість партнерів", Field::PartnersWanted),
            ("Does the hromada have international partners? If so, which?", Field::InternationalPartners),
            ("Does the municipality already have contact with a Ukrainian municipality? If so, which?", Field::Ties),
            ("Urgent needs (up to 5)", Field::UrgentNeeds),
            ("Long-term needs", Field::LongTermNeeds),
            ("E-mail", Field::ContactEmail),
            ("Email", Field::RespondentEmail),
        ] {
            assert_eq!(field_for_header(h), Some(f), "{h}");
        }
        assert_eq!(field_for_header("Favorittfarge"), None);
    }

    #[test]
    fn google_forms_answers_with_commas_inside_labels_split_right() {
        let (found, unknown) = split_areas("Vei, bru og samferdsel, Barnevern, Romfart");
        let codes: Vec<_> = found.iter().map(|&i| taxonomy::areas()[i].code).collect();
        assert_eq!(codes, ["INF-TRN", "SRV-CHW"]);
        assert_eq!(unknown, ["Romfart"]);
    }

    #[test]
    fn ms_forms_answers_with_trailing_semicolon_split_right() {
        let (found, unknown) = split_areas("Samfunnssikkerhet, beredskap og tilfluktsrom;Vann og avløp;");
        assert_eq!(found.len(), 2);
        assert!(unknown.is_empty());
    }

    #[test]
    fn counts_and_numbers() {
        assert_eq!(parse_count("2"), Some(2));
        assert_eq!(parse_count("1-2"), Some(2));
        assert_eq!(parse_count("-2"), None);
        assert_eq!(parse_count("mange"), None);
        assert_eq!(parse_count("3 partnere"), Some(3));
        assert_eq!(parse_number("1 122"), Some(1122));
        assert_eq!(parse_number("36\u{A0}436"), Some(36436));
        assert_eq!(parse_number("abc"), None);
    }

    #[test]
    fn names_and_codes_normalise() {
        assert_eq!(strip_municipality_suffix("Bergen kommune"), "Bergen");
        assert_eq!(strip_community_suffix("Бучанська міська громада"), "Бучанська");
        assert_eq!(normalize_kommunenummer("301").as_deref(), Some("0301"));
        assert_eq!(normalize_kommunenummer("03011"), None);
        assert_eq!(normalize_katottg("ua05040190000039450").as_deref(), Some("UA05040190000039450"));
        assert_eq!(normalize_katottg("UA123"), None);
    }

    #[test]
    fn categories_in_three_languages() {
        assert_eq!(parse_category("Громада в зоні бойових дій"), Category::WarZone);
        assert_eq!(parse_category("Громада поза зоною бойових дій"), Category::Outside);
        assert_eq!(parse_category("Hromada in the area of hostilities"), Category::WarZone);
        assert_eq!(parse_category("Hromada outside the area of hostilities"), Category::Outside);
        assert_eq!(parse_preference("Kommune i krigssonen"), Preference::WarZone);
        assert_eq!(parse_preference("Kommune utenfor krigssonen"), Preference::Outside);
        assert_eq!(parse_preference("Ingen preferanse"), Preference::NoPreference);
    }
}
