//! The pieces of the command line every command uses: why the program stops (and its exit code and message),
//! `--lang` read first, the options lexopt gives turned into wrong usage, values checked, output written.

use crate::usage::usage;
use crate::words::{self, Cmd, Failure, UsageError};
use kommunematch::app::i18n::Lang;
use lexopt::prelude::*;
use std::ffi::OsString;
use std::fs;
use std::path::Path;

/// Why the program stops: wrong usage (exit code 2, with the command's usage), a failure (exit code 1), or
/// the usage or version asked for (exit code 0).
pub enum Stop {
    Usage(Cmd, UsageError),
    Failed(Failure),
    Help(Cmd),
    Version,
}

impl Stop {
    pub fn exit_code(&self) -> u8 {
        match self {
            Stop::Usage(..) => 2,
            Stop::Failed(_) => 1,
            Stop::Help(_) | Stop::Version => 0,
        }
    }

    /// What to print, in `lang`, and whether it goes to standard output (help, version) or standard error.
    pub fn message(&self, lang: Lang) -> (String, bool) {
        match self {
            Stop::Usage(cmd, e) => {
                (format!("kommunematch: {}\n\n{}", words::usage_error(lang, e), usage(lang, *cmd)), false)
            }
            Stop::Failed(f) => (format!("kommunematch: {}", words::failure(lang, f)), false),
            Stop::Help(cmd) => (usage(lang, *cmd).to_string(), true),
            Stop::Version => (format!("kommunematch {}", env!("CARGO_PKG_VERSION")), true),
        }
    }
}

impl From<Failure> for Stop {
    fn from(f: Failure) -> Self {
        Stop::Failed(f)
    }
}

/// The language asked for with `--lang X` or `--lang=X` anywhere on the line, so that even an error found
/// before it is said in it; English otherwise.
pub fn lang_of(args: &[OsString]) -> Lang {
    let args: Vec<String> = args.iter().map(|a| a.to_string_lossy().into_owned()).collect();
    args.iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).and_then(|v| Lang::from_code(v)),
            Some(v) => v.strip_prefix('=').and_then(Lang::from_code),
            None => None,
        })
        .unwrap_or_default()
}

/// Every option any command has, to tell "not for this command" from "unknown".
pub const OPTIONS: &[&str] = &[
    "offers",
    "needs",
    "example",
    "mode",
    "objective",
    "proposing",
    "weights",
    "war-zone-share",
    "outside-share",
    "locks",
    "vetoes",
    "previous",
    "kept-in-capacity",
    "no-tie-locks",
    "preset",
    "format",
    "include-personal-data",
    "output",
    "lang",
    "results",
    "cc",
    "side",
    "help",
];

/// The error for an option a command does not take.
pub fn not_here(cmd: Cmd, arg: lexopt::Arg) -> Stop {
    let e = match arg {
        Long(name) if OPTIONS.contains(&name) => UsageError::NotForThisCommand(format!("--{name}")),
        Long(name) => UsageError::UnknownOption(format!("--{name}")),
        Short(c) => UsageError::UnknownOption(format!("-{c}")),
        Value(v) => UsageError::UnknownOption(v.to_string_lossy().into_owned()),
    };
    Stop::Usage(cmd, e)
}

/// lexopt's errors as wrong usage.
pub fn lex(cmd: Cmd) -> impl Fn(lexopt::Error) -> Stop {
    move |e| {
        Stop::Usage(
            cmd,
            match e {
                lexopt::Error::MissingValue { option } => {
                    UsageError::MissingValue(option.unwrap_or_else(|| "an option".into()))
                }
                lexopt::Error::UnexpectedValue { option, .. } => UsageError::UnexpectedValue(option),
                lexopt::Error::UnexpectedOption(o) => UsageError::UnknownOption(o),
                lexopt::Error::UnexpectedArgument(a) => UsageError::UnknownOption(a.to_string_lossy().into_owned()),
                _ => UsageError::NotUnicode,
            },
        )
    }
}

pub fn string(cmd: Cmd, v: OsString) -> Result<String, Stop> {
    v.into_string().map_err(|_| Stop::Usage(cmd, UsageError::NotUnicode))
}

pub fn choice<T: Copy>(
    cmd: Cmd,
    option: &'static str,
    value: &str,
    choices: &'static str,
    of: &[(&str, T)],
) -> Result<T, Stop> {
    of.iter()
        .find(|(name, _)| *name == value)
        .map(|(_, v)| *v)
        .ok_or_else(|| Stop::Usage(cmd, UsageError::BadChoice { option, value: value.to_string(), choices }))
}

pub fn lang_value(cmd: Cmd, v: &str) -> Result<Lang, Stop> {
    Lang::from_code(v).ok_or_else(|| {
        Stop::Usage(cmd, UsageError::BadChoice { option: "--lang", value: v.to_string(), choices: "nb, nn, uk, en" })
    })
}

pub fn percentage(cmd: Cmd, option: &'static str, v: &str) -> Result<u32, Stop> {
    v.trim_end_matches('%')
        .parse::<u32>()
        .ok()
        .filter(|p| *p <= 100)
        .ok_or(Stop::Usage(cmd, UsageError::NotPercentage(option)))
}

pub fn write_output(path: Option<&Path>, text: &str) -> Result<(), Stop> {
    match path {
        Some(p) => fs::write(p, text).map_err(|e| Failure::CannotWrite(p.to_path_buf(), e).into()),
        None => {
            use std::io::Write;
            match std::io::stdout().lock().write_all(text.as_bytes()) {
                // A reader that stops early (`| head`) is not an error.
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure::Stdout(e).into()),
                _ => Ok(()),
            }
        }
    }
}
