//! Argument parsing and the commands. Raw arguments first, then validated settings, then the engine.

use kommunematch::app::i18n::{self, t, tf, Lang};
use kommunematch::engine::{self, Input, Mode, PairId, Settings, Shares, Side, WeightPreset};
use kommunematch::key;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

const USAGE: &str = "usage:
  kommunematch match --offers FILE... --needs FILE... [options] [-o FILE]
  kommunematch match --example [options] [-o FILE]
  kommunematch scores --offers FILE... --needs FILE... [--weights W] [--preset FILE] [-o FILE]
  kommunematch inspect FILE... [--preset FILE] [--include-personal-data] [-o FILE]
  every command also takes --lang nb|uk|en for its messages (default en)

match options:
  --mode optimal|stable|greedy   the solver (default optimal: the largest total score)
  --proposing offers|needs       in stable mode, the side that proposes (default offers)
  --weights FILE|PRESET          a JSON object of score weights, or balanced, urgent_war_zone, long_term
  --war-zone-share PCT           at most PCT % of all places go to communities in the war zone
  --outside-share PCT            at most PCT % of all places go to communities outside it
  --locks FILE, --vetoes FILE    CSV files with the header offer_id,need_id
  --no-tie-locks                 do not lock pairs that name each other on both sides
  --preset FILE                  a mapping preset saved from the page (columns and answers)
  --format json|csv|xlsx         the results JSON (default), or the pairs as CSV or an XLSX workbook
  --include-personal-data        add contact names, e-mails and phones to the JSON (left out by default);
                                 for inspect: show sample answers of columns that may hold them

match writes the results JSON (docs/results-schema.md); scores writes every candidate
pair with a positive score as CSV (offer_id,need_id,score); inspect prints how each
file is read as JSON. Output goes to standard output without -o; how each file was read
(rows accepted, with warnings, rejected, and every issue) goes to standard error. Files
that cannot be read give a message each and exit code 1; wrong usage gives exit code 2.";

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
    proposing: Option<String>,
    weights: Option<String>,
    war_zone_share: Option<String>,
    outside_share: Option<String>,
    locks: Option<PathBuf>,
    vetoes: Option<PathBuf>,
    no_tie_locks: bool,
    include_personal_data: bool,
    format: Option<String>,
    preset: Option<PathBuf>,
    output: Option<PathBuf>,
    lang: Lang,
}

fn parse_lang(v: &str) -> Result<Lang, CliError> {
    Lang::from_code(v).ok_or_else(|| CliError::Usage(format!("--lang “{v}”: choose nb, uk or en")))
}

pub fn run(args: Vec<String>) -> Result<(), CliError> {
    let mut it = args.into_iter();
    match it.next().as_deref() {
        Some("match") => cmd_match(parse_match(it)?),
        Some("scores") => cmd_scores(parse_match(it)?),
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
    let mut list: Option<Side> = None;
    let mut it = it.peekable();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| CliError::Usage(format!("{name} needs a value")));
        match arg.as_str() {
            "--offers" => list = Some(Side::Offers),
            "--needs" => list = Some(Side::Needs),
            s if !s.starts_with('-') => match list {
                Some(Side::Offers) => a.offers.push(s.into()),
                Some(Side::Needs) => a.needs.push(s.into()),
                None => return Err(CliError::Usage(format!("“{s}”: say whether it is --offers or --needs"))),
            },
            other => {
                list = None;
                match other {
                    "--example" => a.example = true,
                    "--no-tie-locks" => a.no_tie_locks = true,
                    "--include-personal-data" => a.include_personal_data = true,
                    "--format" => a.format = Some(value(other)?),
                    "--mode" => a.mode = Some(value(other)?),
                    "--proposing" => a.proposing = Some(value(other)?),
                    "--weights" => a.weights = Some(value(other)?),
                    "--war-zone-share" => a.war_zone_share = Some(value(other)?),
                    "--outside-share" => a.outside_share = Some(value(other)?),
                    "--locks" => a.locks = Some(value(other)?.into()),
                    "--vetoes" => a.vetoes = Some(value(other)?.into()),
                    "--preset" => a.preset = Some(value(other)?.into()),
                    "-o" | "--output" => a.output = Some(value(other)?.into()),
                    "--lang" => a.lang = parse_lang(&value(other)?)?,
                    s => return Err(CliError::Usage(format!("unknown option “{s}”"))),
                }
            }
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

fn settings(a: &MatchArgs) -> Result<Settings, CliError> {
    let mut settings = Settings::default();
    if let Some(m) = &a.mode {
        settings.mode = match m.as_str() {
            "optimal" => Mode::Optimal,
            "stable" => Mode::Stable,
            "greedy" => Mode::Greedy,
            other => return Err(CliError::Usage(format!("--mode “{other}”: choose optimal, stable or greedy"))),
        };
    }
    if let Some(p) = &a.proposing {
        settings.proposing = match p.as_str() {
            "offers" => Side::Offers,
            "needs" => Side::Needs,
            other => return Err(CliError::Usage(format!("--proposing “{other}”: choose offers or needs"))),
        };
    }
    if let Some(w) = &a.weights {
        settings.weights = match WeightPreset::ALL.iter().find(|p| p.name() == w) {
            Some(p) => p.weights(),
            None => {
                let path = Path::new(w);
                serde_json::from_slice(&read(path)?)
                    .map_err(|e| CliError::Failed(format!("{}: not a weights object: {e}", path.display())))?
            }
        };
    }
    let pct = |name: &str, v: &Option<String>| -> Result<Option<u32>, CliError> {
        v.as_ref()
            .map(|v| v.trim_end_matches('%').parse::<u32>().ok().filter(|p| *p <= 100))
            .map(|p| p.ok_or_else(|| CliError::Usage(format!("{name} takes a percentage from 0 to 100"))))
            .transpose()
    };
    settings.shares = Shares {
        war_zone: pct("--war-zone-share", &a.war_zone_share)?,
        outside: pct("--outside-share", &a.outside_share)?,
    };
    if let Some(p) = &a.locks {
        settings.locks = read_pairs(p)?;
    }
    if let Some(p) = &a.vetoes {
        settings.vetoes = read_pairs(p)?;
    }
    settings.lock_mutual_ties = !a.no_tie_locks;
    Ok(settings)
}

fn inputs(a: &MatchArgs) -> Result<Vec<Input>, CliError> {
    let mut inputs = if a.example { engine::example_inputs() } else { Vec::new() };
    for (paths, side) in [(&a.offers, Side::Offers), (&a.needs, Side::Needs)] {
        for p in paths {
            inputs.push(Input { name: file_name(p), bytes: read(p)?, side: Some(side) });
        }
    }
    Ok(inputs)
}

/// Most issues listed per file on standard error; `kommunematch inspect` lists every one.
const ISSUES_PER_FILE: usize = 20;

/// How the files were read, as lines of text in `lang`: per file its side and rows (every row is accepted,
/// accepted with warnings, or rejected), then its issues with where they are, then the issues found across
/// files (resubmissions).
fn summary_lines(lang: Lang, surveys: &[engine::Survey], across_files: &[engine::survey::Issue]) -> Vec<String> {
    let mut out = Vec::new();
    for s in surveys {
        let side = t(lang, if s.side == Side::Offers { key!("side.offers") } else { key!("side.needs") });
        let sheet = s.sheet.as_deref().map(|n| format!(" › {n}")).unwrap_or_default();
        let c = s.counts;
        let set_aside = if c.set_aside > 0 {
            format!(", {}", tf(lang, key!("counts.set_aside"), &[&c.set_aside.to_string()]))
        } else {
            String::new()
        };
        out.push(format!(
            "{}{sheet} — {side}: {}{}, {}, {}{set_aside}",
            s.file,
            tf(lang, key!("counts.rows"), &[&c.rows.to_string()]),
            tf(lang, key!("counts.accepted"), &[&c.accepted.to_string()]),
            tf(lang, key!("counts.warnings"), &[&c.warnings.to_string()]),
            tf(lang, key!("counts.rejected"), &[&c.rejected.to_string()]),
        ));
        out.extend(s.issues.iter().take(ISSUES_PER_FILE).map(|i| format!("  {}", i18n::issue_line(lang, i))));
        if s.issues.len() > ISSUES_PER_FILE {
            let more = (s.issues.len() - ISSUES_PER_FILE).to_string();
            out.push(format!("  {}", tf(lang, key!("cli.issues_more"), &[&more, &s.file])));
        }
    }
    out.extend(across_files.iter().map(|i| format!("  {}", i18n::issue_line(lang, i))));
    out
}

/// Reads the inputs as the page's worker does ([`engine::read_dataset`]), and tells on standard error how
/// every file was read: every file that cannot be read (not only the first), or per file its rows and issues.
fn read_dataset(a: &MatchArgs, preset: &engine::Preset) -> Result<engine::Dataset, CliError> {
    let (surveys, data) = engine::read_dataset(&inputs(a)?, preset).map_err(|errors| {
        CliError::Failed(errors.iter().map(|e| i18n::read_error(a.lang, e)).collect::<Vec<_>>().join("\n"))
    })?;
    for line in summary_lines(a.lang, &surveys, &data.issues) {
        eprintln!("{line}");
    }
    Ok(data)
}

fn cmd_match(a: MatchArgs) -> Result<(), CliError> {
    let settings = settings(&a)?;
    let preset = read_preset(a.preset.as_deref())?;
    let format = match a.format.as_deref().unwrap_or("json") {
        f @ ("json" | "csv" | "xlsx") => f,
        other => return Err(CliError::Usage(format!("--format “{other}”: choose json, csv or xlsx"))),
    };
    if format == "xlsx" && a.output.is_none() {
        return Err(CliError::Usage("--format xlsx writes a workbook: give the file with -o".into()));
    }
    let data = read_dataset(&a, &preset)?;
    let mut results = engine::run(&data, &settings).map_err(|e| CliError::Failed(i18n::match_error(a.lang, &e)))?;
    if a.include_personal_data {
        results.add_personal_data(data.contacts());
    }
    match format {
        "csv" => write_output(a.output.as_deref(), &engine::export::pairs_csv(&results)),
        "xlsx" => {
            let bytes = engine::export::results_xlsx(&results).map_err(CliError::Failed)?;
            let path = a.output.as_deref().unwrap_or(Path::new("results.xlsx"));
            fs::write(path, bytes).map_err(|e| CliError::Failed(format!("{}: cannot write: {e}", path.display())))
        }
        _ => write_output(a.output.as_deref(), &results.to_json()),
    }
}

fn cmd_scores(a: MatchArgs) -> Result<(), CliError> {
    let settings = settings(&a)?;
    let preset = read_preset(a.preset.as_deref())?;
    let data = read_dataset(&a, &preset)?;
    engine::check_size(&data).map_err(|e| CliError::Failed(i18n::match_error(a.lang, &e)))?;
    write_output(a.output.as_deref(), &engine::scores_csv(&data, &settings.weights))
}

fn write_output(path: Option<&Path>, text: &str) -> Result<(), CliError> {
    match path {
        Some(p) => fs::write(p, text).map_err(|e| CliError::Failed(format!("{}: cannot write: {e}", p.display()))),
        None => {
            use std::io::Write;
            match std::io::stdout().lock().write_all(text.as_bytes()) {
                // A reader that stops early (`| head`) is not an error.
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(CliError::Failed(format!("cannot write to standard output: {e}")))
                }
                _ => Ok(()),
            }
        }
    }
}

fn read_preset(path: Option<&Path>) -> Result<engine::Preset, CliError> {
    let Some(p) = path else { return Ok(engine::Preset::default()) };
    engine::Preset::from_json(&read(p)?).map_err(|e| CliError::Failed(format!("{}: {e}", p.display())))
}

fn cmd_inspect(args: Vec<String>) -> Result<(), CliError> {
    let mut files = Vec::new();
    let (mut preset, mut output, mut lang) = (None, None, Lang::En);
    let mut personal = engine::report::PersonalData::LeftOut;
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--include-personal-data" => personal = engine::report::PersonalData::Included,
            "--preset" => {
                preset = Some(PathBuf::from(it.next().ok_or_else(|| CliError::Usage("--preset needs a value".into()))?))
            }
            "-o" | "--output" => {
                output = Some(PathBuf::from(it.next().ok_or_else(|| CliError::Usage("-o needs a value".into()))?))
            }
            "--lang" => lang = parse_lang(&it.next().ok_or_else(|| CliError::Usage("--lang needs a value".into()))?)?,
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
            Ok(s) => reports.push(engine::report::FileReport::from_survey(&s, personal)),
            Err(e) => {
                failures.push(i18n::read_error(lang, &e));
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
