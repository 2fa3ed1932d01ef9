//! A questionnaire as a file: its format, its name, its bytes.

use super::answers::csv;
use super::html::html;
use super::sheet::xlsx;
use crate::engine::lang::Lang;
use crate::engine::model::Side;

/// A questionnaire's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A spreadsheet to fill in, with drop-down lists and the list of municipalities or communities.
    Xlsx,
    /// The headers and one example row.
    Csv,
    /// The questions to print and copy into a form tool.
    Html,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 3] = [Format::Xlsx, Format::Csv, Format::Html];

    /// Its code, as the command line takes it and as the file's extension.
    pub fn code(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
            Format::Csv => "csv",
            Format::Html => "html",
        }
    }

    /// The format of a code.
    pub fn from_code(code: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.code() == code)
    }

    /// The media type of the file.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Csv => "text/csv;charset=utf-8",
            Format::Html => "text/html;charset=utf-8",
        }
    }
}

/// The file name a questionnaire is offered under: `kommunematch-offers-nb-1.xlsx`.
pub fn file_name(side: Side, lang: Lang, format: Format) -> String {
    format!("kommunematch-{side}-{}-{}.{}", lang.code(), crate::engine::survey::QUESTIONNAIRE_VERSION, format.code())
}

/// The questionnaire in a format, as bytes.
pub fn questionnaire(side: Side, lang: Lang, format: Format) -> Result<Vec<u8>, String> {
    match format {
        Format::Xlsx => xlsx(side, lang),
        Format::Csv => Ok(csv(side, lang).into_bytes()),
        Format::Html => Ok(html(side, lang).into_bytes()),
    }
}
