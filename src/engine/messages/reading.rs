//! The words of reading: where something is, each issue of the validation report, what a column means, why
//! a file, a JSON input or a preset cannot be used.

use crate::engine::json_input::JsonError;
use crate::engine::lang::Lang;
use crate::engine::model::{Category, Side};
use crate::engine::survey::{Field, IssueKind, Location, PresetError, Suspicion, War2022};
use crate::engine::table::{ReadError, ReadErrorKind};
use crate::say;

/// Where something is, in `lang`: `file › sheet › row › column “header”`.
pub fn location(lang: Lang, l: &Location) -> String {
    let plain = |id| crate::engine::fluent::plain(lang, id);
    let (row, column, open, close) =
        (plain("location-row"), plain("location-column"), plain("quote-open"), plain("quote-close"));
    let mut out = l.file.clone();
    if let Some(s) = &l.sheet {
        out.push_str(&format!(" › {s}"));
    }
    if let Some(r) = l.row {
        out.push_str(&format!(" › {row} {r}"));
    }
    if let Some(c) = &l.column {
        out.push_str(&format!(" › {column} {c}"));
        if let Some(h) = &l.header {
            out.push_str(&format!(" {open}{h}{close}"));
        }
    }
    out
}

/// What an issue says is wrong and what to do, in `lang`.
pub fn issue(lang: Lang, kind: &IssueKind) -> String {
    use IssueKind::*;
    match kind {
        SideUnknown
        | IdentityColumnMissing { .. }
        | NoRows
        | FieldMissing { .. }
        | Resubmitted { .. }
        | ContactFromTool { .. }
        | ContactEmailUnusable { .. }
        | MarkersOnly { .. }
        | QuestionnaireNewer { .. } => file_issue(lang, kind),
        CountInvalid { .. }
        | AreaUnknown { .. }
        | AreasNone
        | NeedsNone
        | NameMissing { .. }
        | NameBlank { .. }
        | NumberInvalid { .. }
        | KatottgInvalid { .. }
        | CategoryUnknown { .. }
        | SuspiciousText { .. }
        | ExampleRow => answer_issue(lang, kind),
        CodeUnknown { .. }
        | CodeNameDisagree { .. }
        | NameAmbiguous { .. }
        | NameUnknown { .. }
        | CategorySuggested { .. }
        | CategoryDiffers { .. }
        | Occupied2022 => identity_issue(lang, kind),
    }
}

/// An issue about the file as a whole: its side, its columns, its rows.
fn file_issue(lang: Lang, kind: &IssueKind) -> String {
    use IssueKind::*;
    match kind {
        SideUnknown => say!(lang, "reading-headers-match-neither-offers"),
        IdentityColumnMissing { side: Side::Offers } => say!(lang, "reading-column-names-municipality-kommune"),
        IdentityColumnMissing { side: Side::Needs } => say!(lang, "reading-column-names-community-katottg"),
        NoRows => say!(lang, "reading-file-has-header-row"),
        FieldMissing { field: f, likely } => {
            let name = field(lang, *f);
            let likely = likely.iter().map(|h| format!("“{h}”")).collect::<Vec<_>>().join(", ");
            let what = crate::engine::fluent::plain(
                lang,
                match f {
                    Field::Category => "field-missing-category",
                    Field::Capacity | Field::PartnersWanted => "field-missing-count",
                    _ => "field-missing-other",
                },
            );
            if likely.is_empty() {
                say!(lang, "reading-column-gives-map-column", name = name, what = what)
            } else {
                say!(lang, "reading-column-gives-most-likely", name = name, what = what, likely = likely)
            }
        }
        Resubmitted { name, id, submitted, kept_file, kept_row, kept_submitted } => {
            let at = |w: &Option<String>| w.as_ref().map(|w| format!(" ({})", w.replace('T', " "))).unwrap_or_default();
            let (when, kept_when) = (at(submitted), at(kept_submitted));
            say!(
                lang,
                "reading-answered-once-answer-set",
                name = name,
                id = id,
                when = when,
                kept_file = kept_file,
                kept_row = kept_row,
                kept_when = kept_when
            )
        }
        ContactFromTool { field: f, tool } => {
            let (name, tool) = (field(lang, *f), tool.name());
            say!(lang, "reading-survey-has-question-address", name = name, tool = tool)
        }
        ContactEmailUnusable { all_same: true } => say!(lang, "reading-row-gives-same-contact"),
        ContactEmailUnusable { all_same: false } => say!(lang, "reading-value-contact-e-mail"),
        MarkersOnly { field: f } => {
            let name = field(lang, *f);
            say!(lang, "reading-column-read-holds-only", name = name)
        }
        QuestionnaireNewer { version, known } => {
            say!(lang, "reading-questionnaire-newer", version = version.to_string(), known = known.to_string())
        }
        // Routed by `issue`; every kind has its text (`every_issue_has_four_distinct_texts`).
        _ => String::new(),
    }
}

/// An issue about one answer of a row.
fn answer_issue(lang: Lang, kind: &IssueKind) -> String {
    use IssueKind::*;
    match kind {
        CountInvalid { field, answer } => {
            let what = crate::engine::fluent::plain(
                lang,
                match field {
                    Field::PartnersWanted => "reading-number-partners-wanted",
                    _ => "reading-number-partners",
                },
            );
            if answer.is_empty() {
                say!(lang, "reading-blank-1-assumed-fill", what = what)
            } else {
                say!(lang, "reading-whole-number-least-1", what = what, answer = answer)
            }
        }
        AreaUnknown { answer } => say!(lang, "reading-area-taxonomy-knows-was", answer = answer),
        AreasNone => say!(lang, "reading-area-competence-recognised-so"),
        ExampleRow => say!(lang, "reading-example-row"),
        NeedsNone => say!(lang, "reading-need-recognised-so-community"),
        NameMissing { side: Side::Offers } => say!(lang, "reading-neither-municipality-s-name"),
        NameMissing { side: Side::Needs } => say!(lang, "reading-neither-community-s-name"),
        NameBlank { side: Side::Offers, id } => say!(lang, "reading-municipality-s-name-blank", id = id),
        NameBlank { side: Side::Needs, id } => say!(lang, "reading-community-s-name-blank", id = id),
        NumberInvalid { answer } => say!(lang, "reading-four-digit-kommunenummer-name", answer = answer),
        KatottgInvalid { answer } => say!(lang, "reading-katottg-code-ua-17", answer = answer),
        CategoryUnknown { answer } if answer.is_empty() => say!(lang, "reading-category-war-zone-outside"),
        CategoryUnknown { answer } => say!(lang, "reading-neither-war-zone-nor", answer = answer),
        SuspiciousText { text, looks_like: Suspicion::Formula } => {
            say!(lang, "reading-looks-like-spreadsheet-formula", text = text)
        }
        SuspiciousText { text, looks_like: Suspicion::Markup } => {
            say!(lang, "reading-looks-like-html-markup", text = text)
        }
        // Routed by `issue`; every kind has its text (`every_issue_has_four_distinct_texts`).
        _ => String::new(),
    }
}

/// An issue about which municipality or community a row is, and its category.
fn identity_issue(lang: Lang, kind: &IssueKind) -> String {
    use IssueKind::*;
    match kind {
        CodeUnknown { side: Side::Offers, given: code } => {
            say!(lang, "reading-kommunenummer-357-municipalities-2024", code = code)
        }
        CodeUnknown { side: Side::Needs, given: code } => say!(lang, "reading-katottg-code-1-469", code = code),
        CodeNameDisagree { given: code, official, named_id, named, .. } => say!(
            lang,
            "reading-code-but-name-points",
            code = code,
            official = official,
            named = named,
            named_id = named_id
        ),
        NameAmbiguous { side, name, candidates } => {
            let list =
                candidates.iter().map(|c| format!("{} {} ({})", c.id, c.name, c.place)).collect::<Vec<_>>().join("; ");
            match side {
                Side::Offers => say!(lang, "reading-name-municipality-give-county", name = name, list = list),
                Side::Needs => say!(lang, "reading-name-community-give-oblast", name = name, list = list),
            }
        }
        NameUnknown { side: Side::Offers, name, .. } => {
            say!(lang, "reading-municipality-official-list-spelling", name = name)
        }
        NameUnknown { side: Side::Needs, name, .. } => {
            say!(lang, "reading-community-official-list-spelling", name = name)
        }
        CategorySuggested { category, status } => {
            let (c, s) = (category_words(lang, *category), status_words(lang, *status));
            say!(lang, "reading-category-blank-2022-list", s = s, c = c)
        }
        CategoryDiffers { category, status } => {
            let (c, s) = (category_words(lang, *category), status_words(lang, *status));
            say!(lang, "reading-survey-says-2022-list", c = c, s = s)
        }
        Occupied2022 => say!(lang, "reading-2022-list-has-community"),
        // Routed by `issue`; every kind has its text (`every_issue_has_four_distinct_texts`).
        _ => String::new(),
    }
}

/// What a column means, in `lang`.
pub fn field(lang: Lang, f: Field) -> &'static str {
    crate::engine::fluent::plain(lang, &format!("field-{}", f.name()))
}

/// Why a JSON file is not the input format, in `lang` (without the file name).
pub fn json_error(lang: Lang, e: &JsonError) -> String {
    match e {
        JsonError::NotInput { detail } => say!(lang, "reading-kommunematch-input-file", detail = detail),
        JsonError::Version { found } => say!(lang, "reading-input-format-version-known", found = found),
        JsonError::TooDeep { line, limit } => {
            say!(lang, "reading-lists-objects-nested-levels", limit = limit, line = line)
        }
    }
}

/// Why a file cannot be read at all, and what to do, in `lang`; starts with the file name.
pub fn read_error(lang: Lang, e: &ReadError) -> String {
    use ReadErrorKind::*;
    let f = &e.file;
    let mb = |b: u64| b / (1024 * 1024);
    match &e.kind {
        Empty => say!(lang, "reading-file-empty-export-survey", f = f),
        Spreadsheet { detail } => say!(lang, "reading-looks-like-spreadsheet-but", f = f, detail = detail),
        NotText => say!(lang, "reading-neither-spreadsheet-xlsx-xls", f = f),
        UnbalancedQuotes { line } => say!(lang, "reading-line-quoted-field-starts", f = f, line = line),
        StrayQuote { line } => say!(lang, "reading-line-quoted-field-followed", f = f, line = line),
        NoHeader => say!(lang, "reading-header-row-found-row", f = f),
        Json(j) => {
            let detail = json_error(lang, j);
            say!(lang, "reading-survey-answers-json-must", f = f, detail = detail)
        }
        TooLarge { bytes, limit } => {
            let (size, limit) = (mb(*bytes as u64), mb(*limit as u64));
            say!(lang, "reading-mb-mb-survey-export", f = f, size = size, limit = limit)
        }
        TooManyRows { found, limit } => {
            say!(lang, "reading-rows-survey-municipalities-has", f = f, limit = limit, found = found)
        }
        CellTooLong { row, column, limit } => {
            say!(lang, "reading-row-column-cell-longer", f = f, row = row, column = column, limit = limit)
        }
        TooManyColumns { found, limit } => {
            say!(lang, "reading-columns-survey-export-can", f = f, found = found, limit = limit)
        }
        CannotRead { detail } => say!(lang, "reading-browser-could-read-file", f = f, detail = detail),
        TooManyCells { limit } => say!(lang, "reading-cells-counting-empty-ones", f = f, limit = limit),
        UnpacksTooLarge { bytes, limit } => {
            let (size, limit) = (mb(*bytes), mb(*limit));
            say!(lang, "reading-spreadsheet-unpacks-mb-mb", f = f, size = size, limit = limit)
        }
    }
}

/// Why a mapping preset cannot be used, in `lang` (without the file name).
pub fn preset_error(lang: Lang, e: &PresetError) -> String {
    match e {
        PresetError::NotPreset { detail } => say!(lang, "reading-kommunematch-mapping-preset", detail = detail),
        PresetError::Version { found } => say!(lang, "reading-mapping-preset-version-known", found = found),
        PresetError::NotAnArea { area } => say!(lang, "reading-preset-maps-answer-which", area = area),
        PresetError::NotAnEntity { id } => say!(lang, "reading-preset-maps-name-which", id = id),
    }
}

/// A category in the words of a message: "in the war zone" / "outside the war zone".
pub(super) fn category_words(lang: Lang, c: Category) -> &'static str {
    let id = if c == Category::WarZone { "category-words-war_zone" } else { "category-words-outside" };
    crate::engine::fluent::plain(lang, id)
}

/// A 2022 status in the words of a message.
fn status_words(lang: Lang, s: War2022) -> &'static str {
    crate::engine::fluent::plain(
        lang,
        match s {
            War2022::NotOccupied => "status-words-not_occupied",
            War2022::WarZone => "status-words-war_zone",
            War2022::Deoccupied => "status-words-deoccupied",
            War2022::Occupied => "status-words-occupied",
        },
    )
}
