//! `kommunematch template --side offers|needs --lang nb|nn|uk|en --format xlsx|csv|html -o FILE`: next round's
//! questionnaire for one side, in one language: a spreadsheet to fill in, its headers and an example row, or the
//! questions to print and copy into a form tool.

use crate::line::{choice, lang_value, lex, not_here, string, write_output, Stop};
use crate::words::{Cmd, Failure, UsageError};
use kommunematch::engine::lang::Lang;
use kommunematch::engine::model::Side;
use kommunematch::engine::template::{questionnaire, Format};
use lexopt::prelude::*;
use std::path::PathBuf;

/// `template` options.
struct TemplateArgs {
    side: Option<Side>,
    lang: Lang,
    format: Option<Format>,
    output: Option<PathBuf>,
}

fn parse(p: &mut lexopt::Parser) -> Result<TemplateArgs, Stop> {
    let cmd = Cmd::Template;
    let mut a = TemplateArgs { side: None, lang: Lang::En, format: None, output: None };
    while let Some(arg) = p.next().map_err(lex(cmd))? {
        let value = |p: &mut lexopt::Parser| p.value().map_err(lex(cmd)).and_then(|v| string(cmd, v));
        match arg {
            Long("help") | Short('h') => return Err(Stop::Help(cmd)),
            Long("side") => {
                let sides = [("offers", Side::Offers), ("needs", Side::Needs)];
                a.side = Some(choice(cmd, "--side", &value(p)?, "offers, needs", &sides)?);
            }
            Long("format") => {
                let formats = [("xlsx", Format::Xlsx), ("csv", Format::Csv), ("html", Format::Html)];
                a.format = Some(choice(cmd, "--format", &value(p)?, "xlsx, csv, html", &formats)?);
            }
            Long("lang") => a.lang = lang_value(cmd, &value(p)?)?,
            Long("output") | Short('o') => a.output = Some(value(p)?.into()),
            other => return Err(not_here(cmd, other)),
        }
    }
    Ok(a)
}

/// Parses `template`'s options and writes the questionnaire.
pub fn run(p: &mut lexopt::Parser) -> Result<(), Stop> {
    let a = parse(p)?;
    let cmd = Cmd::Template;
    let side = a.side.ok_or(Stop::Usage(cmd, UsageError::TemplateNeedsSide))?;
    // The format follows the file's name when `--format` is not given; HTML to standard output.
    let by_name = a
        .output
        .as_ref()
        .and_then(|o| o.extension())
        .and_then(|e| Format::from_code(&e.to_string_lossy().to_lowercase()));
    let format = a.format.or(by_name).unwrap_or(Format::Html);
    let bytes = questionnaire(side, a.lang, format).map_err(Failure::Xlsx)?;
    match (&a.output, format) {
        (Some(path), _) => std::fs::write(path, bytes).map_err(|e| Failure::CannotWrite(path.clone(), e).into()),
        (None, Format::Xlsx) => Err(Stop::Usage(cmd, UsageError::XlsxNeedsOutput)),
        (None, _) => write_output(None, &String::from_utf8_lossy(&bytes)),
    }
}
