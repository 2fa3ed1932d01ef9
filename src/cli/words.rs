//! What the command-line tool itself says, in English, Norwegian bokmål and Ukrainian (`--lang`): wrong
//! usage and failures around files (the usage of each command is in `usage.rs`). Messages about the data come from the
//! engine's renderer (`engine::messages`).

use kommunematch::engine::comparison::CompareError;
use kommunematch::engine::letters::TextProblem;
use kommunematch::engine::messages::{self, letters, Lang};
use kommunematch::engine::results::ResultsError;
use kommunematch::engine::survey::PresetError;
use kommunematch::engine::{MatchError, ReadError};
use kommunematch::say;
use std::path::PathBuf;

/// A command, for its usage text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmd {
    /// No command yet: the overview.
    None,
    /// `match`.
    Match,
    /// `scores`.
    Scores,
    /// `inspect`.
    Inspect,
    /// `gazetteer`.
    Gazetteer,
    /// `letters`.
    Letters,
    /// `compare`.
    Compare,
    /// `template`.
    Template,
}

/// Wrong usage: exit code 2, the message and the command's usage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsageError {
    /// No command.
    NoCommand,
    /// A command that does not exist.
    UnknownCommand(String),
    /// An option no command has.
    UnknownOption(String),
    /// An option of another command.
    NotForThisCommand(String),
    /// An option without its value.
    MissingValue(String),
    /// A value given to an option that takes none.
    UnexpectedValue(String),
    /// A value that is not one of the choices.
    BadChoice {
        /// The option.
        option: &'static str,
        /// The value given.
        value: String,
        /// The choices, as the user writes them.
        choices: &'static str,
    },
    /// A share that is not a percentage.
    NotPercentage(&'static str),
    /// A file given without `--offers` or `--needs` before it.
    WhichSide(String),
    /// `match` or `scores` without files on both sides.
    NeedBothSides,
    /// `inspect` without files.
    NoFiles,
    /// `gazetteer` without a name.
    NoName,
    /// An XLSX workbook to standard output.
    XlsxNeedsOutput,
    /// Letters without `-o`.
    LettersNeedOutput,
    /// `compare` without exactly two results files.
    CompareNeedsTwo(usize),
    /// `template` without `--side`.
    TemplateNeedsSide,
    /// An argument that is not valid Unicode.
    NotUnicode,
}

/// A failure: exit code 1 and the message.
#[derive(Debug)]
pub enum Failure {
    /// A file that cannot be read from disk.
    CannotRead(PathBuf, std::io::Error),
    /// A file that cannot be written.
    CannotWrite(PathBuf, std::io::Error),
    /// Standard output refused the text.
    Stdout(std::io::Error),
    /// A locks or vetoes file without the `offer_id,need_id` header.
    PairsHeader(PathBuf),
    /// A locks or vetoes file that is not CSV of pairs.
    PairsRow {
        /// The file.
        path: PathBuf,
        /// 1-based row (the header is row 1).
        row: usize,
        /// The reader's message.
        detail: String,
    },
    /// A weights file that is not a weights object.
    Weights(PathBuf, String),
    /// A mapping preset that cannot be used.
    Preset(PathBuf, PresetError),
    /// A previous round's results that cannot be used.
    Previous(PathBuf, ResultsError),
    /// Files that cannot be read, each with its message.
    Unreadable(Vec<ReadError>),
    /// Matching cannot run.
    Match(MatchError),
    /// The workbook could not be made.
    Xlsx(String),
    /// The report could not be written as JSON.
    Json(String),
    /// A name neither list has.
    NotInGazetteer(String),
    /// The coordinator's letter texts that cannot be used.
    LetterText(Vec<TextProblem>),
    /// A copy address that is no address.
    BadCc(String),
    /// A results file that cannot be used.
    Results(PathBuf, ResultsError),
    /// Pairs of the results whose municipality or community the files do not hold (`offer – need`).
    PairsNotInFiles(Vec<String>),
    /// The drafts' archive could not be made.
    Zip(String),
    /// Two results that cannot be compared.
    Compare(CompareError),
}

/// What is wrong with the command line, in `lang`.
pub fn usage_error(lang: Lang, e: &UsageError) -> String {
    use UsageError::*;
    match e {
        NoCommand => {
            say!(lang, "cli-command-given")
        }
        UnknownCommand(c) => say!(lang, "cli-unknown-command", c = c),
        UnknownOption(o) => {
            say!(lang, "cli-unknown-option", o = o)
        }
        NotForThisCommand(o) => say!(lang, "cli-option-command", o = o),
        MissingValue(o) => {
            say!(lang, "cli-needs-value", o = o)
        }
        UnexpectedValue(o) => {
            say!(lang, "cli-takes-value", o = o)
        }
        BadChoice { option, value, choices } => {
            say!(lang, "cli-choose", option = option, value = value, choices = choices)
        }
        NotPercentage(o) => say!(lang, "cli-takes-percentage-0-100", o = o),
        WhichSide(f) => say!(lang, "cli-say-whether-offers-needs", f = f),
        NeedBothSides => say!(lang, "cli-give-least-offers-file"),
        NoFiles => say!(lang, "cli-give-least-file-inspect"),
        NoName => say!(lang, "cli-give-name-look-up"),
        LettersNeedOutput => say!(lang, "cli-letters-written-file-give"),
        CompareNeedsTwo(n) => say!(lang, "cli-give-exactly-two-results", n = n),
        XlsxNeedsOutput => say!(lang, "cli-format-xlsx-writes-workbook"),
        TemplateNeedsSide => say!(lang, "cli-template-needs-side"),
        NotUnicode => say!(lang, "cli-argument-valid-unicode"),
    }
}

/// A failure, in `lang`.
pub fn failure(lang: Lang, f: &Failure) -> String {
    match f {
        Failure::CannotRead(p, e) => {
            let p = p.display().to_string();
            say!(lang, "cli-cannot-read-file", p = p, e = e.to_string())
        }
        Failure::CannotWrite(p, e) => {
            let p = p.display().to_string();
            say!(lang, "cli-cannot-write", p = p, e = e.to_string())
        }
        Failure::Stdout(e) => say!(lang, "cli-cannot-write-standard-output", e = e.to_string()),
        Failure::PairsHeader(p) => {
            let p = p.display().to_string();
            say!(lang, "cli-header-must-offer-id", p = p)
        }
        Failure::PairsRow { path, row, detail } => {
            let p = path.display().to_string();
            say!(lang, "cli-row", p = p, row = row, detail = detail)
        }
        Failure::Weights(p, detail) => {
            let p = p.display().to_string();
            say!(lang, "cli-weights-object", p = p, detail = detail)
        }
        Failure::Preset(p, e) => format!("{}: {}", p.display(), messages::preset_error(lang, e)),
        Failure::Previous(p, e) => format!("{}: {}", p.display(), messages::results_error(lang, e)),
        Failure::Unreadable(errors) => {
            errors.iter().map(|e| messages::read_error(lang, e)).collect::<Vec<_>>().join("\n")
        }
        Failure::Match(e) => messages::match_error(lang, e),
        Failure::Xlsx(detail) => say!(lang, "cli-workbook-could-made", detail = detail),
        Failure::NotInGazetteer(name) => say!(lang, "cli-municipality-community-lists-spelling", name = name),
        Failure::LetterText(problems) => problems
            .iter()
            .map(|(l, part, e)| {
                let (code, part) = (l.code(), letters::text_part(lang, *part));
                format!("letters › {code} › {part}: {}", letters::text_error(lang, e))
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Failure::BadCc(a) => say!(lang, "cli-cc-e-mail-address", a = a),
        Failure::Results(p, e) => format!("{}: {}", p.display(), messages::results_error(lang, e)),
        Failure::PairsNotInFiles(pairs) => {
            let (n, list) = (pairs.len(), pairs.join("; "));
            say!(lang, "cli-pairs-results-these-files", n = n, list = list)
        }
        Failure::Compare(e) => messages::compare::compare_error(lang, e),
        Failure::Zip(detail) => say!(lang, "cli-drafts-could-packed", detail = detail),
        Failure::Json(detail) => say!(lang, "cli-report-could-written", detail = detail),
    }
}
