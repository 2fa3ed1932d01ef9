//! Argument parsing and the commands. Raw arguments first, then validated settings, then the engine.

use kommunematch::engine::{self, Input, Mode, PairId, Settings, Side};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

const USAGE: &str = "usage:
  kommunematch match --offers FILE... --needs FILE... [--mode optimal|greedy]
                     [--weights FILE] [--locks FILE] [--vetoes FILE] [--preset FILE] [-o FILE]
  kommunematch match --example [-o FILE]
  kommunematch inspect FILE... [--preset FILE] [-o FILE]

inspect prints, as JSON, how each file is read: its side, sheet, column mapping,
row counts, answers not recognised and every issue (exit code 1 if a file cannot
be read at all).

Reads survey exports (XLSX, XLS, ODS, CSV, TSV; UTF-8, UTF-16, Windows-1252), pairs
Norwegian municipalities with Ukrainian communities, and writes the results JSON
(to standard output without -o). Locks and vetoes are CSV files with the header
offer_id,need_id. Weights is a JSON object of score weights (see docs/scoring.md).";

/// An error with the exit code it gives: 2 for wrong usage, 1 for everything else.
pub enum CliError {
    Usage(String),
    Failed(String),
}

impl CliError {
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => 2,
            CliError::Failed(_) => 1,
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Usage(m) => write!(f, "{m}\n\n{USAGE}"),
            CliError::Failed(m) => f.write_str(m),
        }
    }
}

#[derive(Default)]
struct MatchArgs {
    offers: Vec<PathBuf>,
    needs: Vec<PathBuf>,
    example: bool,
    mode: Option<String>,
    weights: Option<PathBuf>,
    locks: Option<PathBuf>,
    vetoes: Option<PathBuf>,
    preset: Option<PathBuf>,
    output: Option<PathBuf>,
}

pub fn run(args: Vec<String>) -> Result<(), CliError> {
    let mut it = args.into_iter();
    match it.next().as_deref() {
        Some("match") => cmd_match(parse_match(it)?),
        Some("inspect") => cmd_inspect(it.collect()),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some("-V" | "--version") => {
            println!("kommunematch {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some(other) => Err(CliError::Usage(format!("unknown command “{other}”"))),
        None => Err(CliError::Usage("no command given".into())),
    }
}

fn parse_match(it: impl Iterator<Item = String>) -> Result<MatchArgs, CliError> {
    let mut a = MatchArgs::default();
    let mut list: Option<&'static str> = None;
    let mut it = it.peekable();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| CliError::Usage(format!("{name} needs a value")));
        match arg.as_str() {
            "--offers" => list = Some("offers"),
            "--needs" => list = Some("needs"),
            "--example" => a.example = true,
            "--mode" => a.mode = Some(value("--mode")?),
            "--weights" => a.weights = Some(value("--weights")?.into()),
            "--locks" => a.locks = Some(value("--locks")?.into()),
            "--vetoes" => a.vetoes = Some(value("--vetoes")?.into()),
            "--preset" => a.preset = Some(value("--preset")?.into()),
            "-o" | "--output" => a.output = Some(value("-o")?.into()),
            s if s.starts_with('-') => return Err(CliError::Usage(format!("unknown option “{s}”"))),
            file => match list {
                Some("offers") => a.offers.push(file.into()),
                Some(_) => a.needs.push(file.into()),
                None => return Err(CliError::Usage(format!("“{file}”: say whether it is --offers or --needs"))),
            },
        }
        if matches!(
            arg.as_str(),
            "--mode" | "--weights" | "--locks" | "--vetoes" | "--preset" | "-o" | "--output" | "--example"
        ) {
            list = None;
        }
    }
    if !a.example && (a.offers.is_empty() || a.needs.is_empty()) {
        return Err(CliError::Usage("give at least one --offers file and one --needs file, or --example".into()));
    }
    Ok(a)
}

fn read(path: &Path) -> Result<Vec<u8>, CliError> {
    fs::read(path).map_err(|e| CliError::Failed(format!("{}: cannot read the file: {e}", path.display())))
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

fn read_pairs(path: &Path) -> Result<Vec<PairId>, CliError> {
    let bytes = read(path)?;
    let mut r = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(bytes.as_slice());
    let headers = r.headers().map_err(|e| CliError::Failed(format!("{}: {e}", path.display())))?.clone();
    if headers.iter().collect::<Vec<_>>() != ["offer_id", "need_id"] {
        return Err(CliError::Failed(format!("{}: the header must be offer_id,need_id", path.display())));
    }
    let mut out = Vec::new();
    for (i, rec) in r.deserialize::<PairId>().enumerate() {
        out.push(rec.map_err(|e| CliError::Failed(format!("{} › row {}: {e}", path.display(), i + 2)))?);
    }
    Ok(out)
}

fn cmd_match(a: MatchArgs) -> Result<(), CliError> {
    let mut settings = Settings::default();
    if let Some(m) = &a.mode {
        settings.mode = match m.as_str() {
            "optimal" => Mode::Optimal,
            "greedy" => Mode::Greedy,
            other => return Err(CliError::Usage(format!("--mode “{other}”: choose optimal or greedy"))),
        };
    }
    if let Some(p) = &a.weights {
        let bytes = read(p)?;
        settings.weights = serde_json::from_slice(&bytes)
            .map_err(|e| CliError::Failed(format!("{}: not a weights object: {e}", p.display())))?;
    }
    if let Some(p) = &a.locks {
        settings.locks = read_pairs(p)?;
    }
    if let Some(p) = &a.vetoes {
        settings.vetoes = read_pairs(p)?;
    }
    let mut inputs = if a.example { engine::example_inputs() } else { Vec::new() };
    for (paths, side) in [(&a.offers, Side::Offers), (&a.needs, Side::Needs)] {
        for p in paths {
            inputs.push(Input { name: file_name(p), bytes: read(p)?, side: Some(side) });
        }
    }
    let preset = read_preset(a.preset.as_deref())?;
    let results = engine::match_inputs(&inputs, &preset, &settings).map_err(|e| CliError::Failed(e.to_string()))?;
    write_output(a.output.as_deref(), &results.to_json())
}

fn write_output(path: Option<&Path>, text: &str) -> Result<(), CliError> {
    match path {
        Some(p) => fs::write(p, text).map_err(|e| CliError::Failed(format!("{}: cannot write: {e}", p.display()))),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

fn read_preset(path: Option<&Path>) -> Result<engine::Preset, CliError> {
    let Some(p) = path else { return Ok(engine::Preset::default()) };
    engine::Preset::from_json(&read(p)?).map_err(|e| CliError::Failed(format!("{}: {e}", p.display())))
}

fn cmd_inspect(args: Vec<String>) -> Result<(), CliError> {
    let mut files = Vec::new();
    let (mut preset, mut output) = (None, None);
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--preset" => {
                preset = Some(PathBuf::from(it.next().ok_or_else(|| CliError::Usage("--preset needs a value".into()))?))
            }
            "-o" | "--output" => {
                output = Some(PathBuf::from(it.next().ok_or_else(|| CliError::Usage("-o needs a value".into()))?))
            }
            s if s.starts_with('-') => return Err(CliError::Usage(format!("unknown option “{s}”"))),
            f => files.push(PathBuf::from(f)),
        }
    }
    if files.is_empty() {
        return Err(CliError::Usage("give at least one file to inspect".into()));
    }
    let preset = read_preset(preset.as_deref())?;
    let mut reports = Vec::new();
    let mut failures = Vec::new();
    for p in &files {
        let bytes = read(p)?;
        match engine::read_survey(&file_name(p), &bytes, None, &preset) {
            Ok(s) => reports.push(engine::report::FileReport::from_survey(&s)),
            Err(e) => {
                failures.push(e.to_string());
                reports.push(engine::report::FileReport::unreadable(&e));
            }
        }
    }
    let mut json = serde_json::to_string_pretty(&reports).map_err(|e| CliError::Failed(e.to_string()))?;
    json.push('\n');
    write_output(output.as_deref(), &json)?;
    if failures.is_empty() {
        Ok(())
    } else {
        Err(CliError::Failed(failures.join("\n")))
    }
}
