//! The command line, parsed with lexopt: each command takes only its own options, `--help` per command, and
//! every message in `--lang`'s language. Then the commands: files in, the engine, files out.

use crate::compare::{self, CompareFormat};
use crate::letters;
use crate::line::{choice, lang_value, lex, not_here, percentage, string, write_output, Stop};
use crate::progress::Bar;
use crate::words::{Cmd, Failure, UsageError};
use kommunematch::app::i18n::{self, t, tf, Lang};
use kommunematch::engine::progress::{Observer, Progress, Stage};
use kommunematch::engine::report::PersonalData;
use kommunematch::engine::{self, Input, Mode, Objective, PairId, Settings, Side, WeightPreset};
use kommunematch::key;
use lexopt::prelude::*;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};

/// `match`, `scores` and `letters` options.
#[derive(Default)]
struct MatchArgs {
    offers: Vec<PathBuf>,
    needs: Vec<PathBuf>,
    example: bool,
    settings: Settings,
    weights: Option<String>,
    locks: Option<PathBuf>,
    vetoes: Option<PathBuf>,
    previous: Vec<PathBuf>,
    format: Format,
    include_personal_data: bool,
    preset: Option<PathBuf>,
    output: Option<PathBuf>,
    lang: Lang,
    /// `letters`: the results whose pairs to introduce, the copy address, and printable HTML for drafts.
    results: Option<PathBuf>,
    cc: Option<String>,
    letters_html: bool,
}

/// What `match` writes.
#[derive(Default, Clone, Copy, PartialEq, Eq)]
enum Format {
    #[default]
    Json,
    Csv,
    Xlsx,
    Geojson,
}

struct InspectArgs {
    files: Vec<PathBuf>,
    preset: Option<PathBuf>,
    personal: PersonalData,
    output: Option<PathBuf>,
}

/// Parses the command line and runs the command.
pub fn run(args: Vec<OsString>) -> Result<(), Stop> {
    let mut p = lexopt::Parser::from_args(args);
    loop {
        match p.next().map_err(lex(Cmd::None))? {
            Some(Value(cmd)) => {
                return match string(Cmd::None, cmd)?.as_str() {
                    "match" => cmd_match(parse_match(Cmd::Match, &mut p)?),
                    "scores" => cmd_scores(parse_match(Cmd::Scores, &mut p)?),
                    "inspect" => cmd_inspect(parse_inspect(&mut p)?),
                    "gazetteer" => cmd_gazetteer(parse_gazetteer(&mut p)?),
                    "letters" => cmd_letters(parse_match(Cmd::Letters, &mut p)?),
                    "compare" => cmd_compare(parse_compare(&mut p)?),
                    "template" => crate::template::run(&mut p),
                    "help" => Err(Stop::Help(Cmd::None)),
                    other => Err(Stop::Usage(Cmd::None, UsageError::UnknownCommand(other.to_string()))),
                }
            }
            Some(Long("help") | Short('h')) => return Err(Stop::Help(Cmd::None)),
            Some(Long("version") | Short('V')) => return Err(Stop::Version),
            // `--lang` before the command: checked, and read by `main` already.
            Some(Long("lang")) => {
                let v = p.value().map_err(lex(Cmd::None)).and_then(|v| string(Cmd::None, v))?;
                lang_value(Cmd::None, &v)?;
            }
            Some(other) => return Err(not_here(Cmd::None, other)),
            None => return Err(Stop::Usage(Cmd::None, UsageError::NoCommand)),
        }
    }
}

fn parse_match(cmd: Cmd, p: &mut lexopt::Parser) -> Result<MatchArgs, Stop> {
    // `letters` runs the matching as `match` does, unless it is given the results.
    let full = matches!(cmd, Cmd::Match | Cmd::Letters);
    let letters = cmd == Cmd::Letters;
    let mut a = MatchArgs::default();
    let mut list: Option<Side> = None;
    while let Some(arg) = p.next().map_err(lex(cmd))? {
        let value = |p: &mut lexopt::Parser| p.value().map_err(lex(cmd)).and_then(|v| string(cmd, v));
        match arg {
            Value(file) => match list {
                Some(Side::Offers) => a.offers.push(file.into()),
                Some(Side::Needs) => a.needs.push(file.into()),
                None => return Err(Stop::Usage(cmd, UsageError::WhichSide(file.to_string_lossy().into_owned()))),
            },
            Long("offers") => list = Some(Side::Offers),
            Long("needs") => list = Some(Side::Needs),
            Long("help") | Short('h') => return Err(Stop::Help(cmd)),
            other => {
                list = None;
                match other {
                    Long("example") => a.example = true,
                    Long("weights") => a.weights = Some(value(p)?),
                    Long("preset") => a.preset = Some(value(p)?.into()),
                    Long("output") | Short('o') => a.output = Some(value(p)?.into()),
                    Long("lang") => a.lang = lang_value(cmd, &value(p)?)?,
                    Long("mode") if full => {
                        let v = value(p)?;
                        a.settings.mode = choice(
                            cmd,
                            "--mode",
                            &v,
                            "optimal, stable or greedy",
                            &[("optimal", Mode::Optimal), ("stable", Mode::Stable), ("greedy", Mode::Greedy)],
                        )?;
                    }
                    Long("objective") if full => {
                        let v = value(p)?;
                        a.settings.objective = choice(
                            cmd,
                            "--objective",
                            &v,
                            "total or coverage",
                            &[("total", Objective::Total), ("coverage", Objective::Coverage)],
                        )?;
                    }
                    Long("proposing") if full => {
                        let v = value(p)?;
                        a.settings.proposing = choice(
                            cmd,
                            "--proposing",
                            &v,
                            "offers or needs",
                            &[("offers", Side::Offers), ("needs", Side::Needs)],
                        )?;
                    }
                    Long("war-zone-share") if full => {
                        a.settings.shares.war_zone = Some(percentage(cmd, "--war-zone-share", &value(p)?)?)
                    }
                    Long("outside-share") if full => {
                        a.settings.shares.outside = Some(percentage(cmd, "--outside-share", &value(p)?)?)
                    }
                    Long("locks") if full => a.locks = Some(value(p)?.into()),
                    Long("vetoes") if full => a.vetoes = Some(value(p)?.into()),
                    Long("no-tie-locks") if full => a.settings.lock_mutual_ties = false,
                    Long("previous") if full => a.previous.push(value(p)?.into()),
                    Long("kept-in-capacity") if full => a.settings.kept_in_capacity = true,
                    Long("include-personal-data") if full => a.include_personal_data = true,
                    Long("results") if letters => a.results = Some(value(p)?.into()),
                    Long("cc") if letters => a.cc = Some(value(p)?),
                    Long("format") if letters => {
                        let v = value(p)?;
                        a.letters_html = choice(cmd, "--format", &v, "eml or html", &[("eml", false), ("html", true)])?;
                    }
                    Long("format") if full => {
                        let v = value(p)?;
                        a.format = choice(
                            cmd,
                            "--format",
                            &v,
                            "json, csv, xlsx or geojson",
                            &[
                                ("json", Format::Json),
                                ("csv", Format::Csv),
                                ("xlsx", Format::Xlsx),
                                ("geojson", Format::Geojson),
                            ],
                        )?;
                    }
                    other => return Err(not_here(cmd, other)),
                }
            }
        }
    }
    if !a.example && (a.offers.is_empty() || a.needs.is_empty()) {
        return Err(Stop::Usage(cmd, UsageError::NeedBothSides));
    }
    if a.format == Format::Xlsx && a.output.is_none() {
        return Err(Stop::Usage(cmd, UsageError::XlsxNeedsOutput));
    }
    if letters {
        let Some(out) = &a.output else { return Err(Stop::Usage(cmd, UsageError::LettersNeedOutput)) };
        // The kind of file follows the name when `--format` is not given.
        a.letters_html |=
            out.extension().is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    }
    Ok(a)
}

fn parse_inspect(p: &mut lexopt::Parser) -> Result<InspectArgs, Stop> {
    let cmd = Cmd::Inspect;
    let mut a = InspectArgs { files: Vec::new(), preset: None, personal: PersonalData::LeftOut, output: None };
    while let Some(arg) = p.next().map_err(lex(cmd))? {
        let value = |p: &mut lexopt::Parser| p.value().map_err(lex(cmd)).and_then(|v| string(cmd, v));
        match arg {
            Value(file) => a.files.push(file.into()),
            Long("help") | Short('h') => return Err(Stop::Help(cmd)),
            Long("include-personal-data") => a.personal = PersonalData::Included,
            Long("preset") => a.preset = Some(value(p)?.into()),
            Long("output") | Short('o') => a.output = Some(value(p)?.into()),
            // Checked here; `main` reads it first, so that every message is in it.
            Long("lang") => drop(lang_value(cmd, &value(p)?)?),
            other => return Err(not_here(cmd, other)),
        }
    }
    if a.files.is_empty() {
        return Err(Stop::Usage(cmd, UsageError::NoFiles));
    }
    Ok(a)
}

/// `compare` options: the two results files, the format, where to write.
struct CompareArgs {
    files: Vec<PathBuf>,
    format: CompareFormat,
    output: Option<PathBuf>,
    lang: Lang,
}

fn parse_compare(p: &mut lexopt::Parser) -> Result<CompareArgs, Stop> {
    let cmd = Cmd::Compare;
    let mut a = CompareArgs { files: Vec::new(), format: CompareFormat::Json, output: None, lang: Lang::En };
    while let Some(arg) = p.next().map_err(lex(cmd))? {
        let value = |p: &mut lexopt::Parser| p.value().map_err(lex(cmd)).and_then(|v| string(cmd, v));
        match arg {
            Value(file) => a.files.push(file.into()),
            Long("help") | Short('h') => return Err(Stop::Help(cmd)),
            Long("format") => {
                let formats = [("json", CompareFormat::Json), ("md", CompareFormat::Md), ("csv", CompareFormat::Csv)];
                a.format = choice(cmd, "--format", &value(p)?, "json, md, csv", &formats)?;
            }
            Long("output") | Short('o') => a.output = Some(value(p)?.into()),
            Long("lang") => a.lang = lang_value(cmd, &value(p)?)?,
            other => return Err(not_here(cmd, other)),
        }
    }
    if a.files.len() != 2 {
        return Err(Stop::Usage(cmd, UsageError::CompareNeedsTwo(a.files.len())));
    }
    Ok(a)
}

fn cmd_compare(a: CompareArgs) -> Result<(), Stop> {
    let [pa, pb] = a.files.as_slice() else {
        return Err(Stop::Usage(Cmd::Compare, UsageError::CompareNeedsTwo(a.files.len())));
    };
    let (ba, bb) = (read(pa)?, read(pb)?);
    let text = compare::text((pa, &ba), (pb, &bb), a.format, a.lang)?;
    write_output(a.output.as_deref(), &text)
}

/// `gazetteer` options: the name and where to look.
struct GazetteerArgs {
    name: Vec<String>,
    region: String,
    raion: String,
}

fn parse_gazetteer(p: &mut lexopt::Parser) -> Result<GazetteerArgs, Stop> {
    let cmd = Cmd::Gazetteer;
    let mut a = GazetteerArgs { name: Vec::new(), region: String::new(), raion: String::new() };
    while let Some(arg) = p.next().map_err(lex(cmd))? {
        let value = |p: &mut lexopt::Parser| p.value().map_err(lex(cmd)).and_then(|v| string(cmd, v));
        match arg {
            Value(word) => a.name.push(string(cmd, word)?),
            Long("help") | Short('h') => return Err(Stop::Help(cmd)),
            Long("oblast") | Long("county") => a.region = value(p)?,
            Long("raion") => a.raion = value(p)?,
            Long("lang") => drop(lang_value(cmd, &value(p)?)?),
            other => return Err(not_here(cmd, other)),
        }
    }
    if a.name.is_empty() {
        return Err(Stop::Usage(cmd, UsageError::NoName));
    }
    Ok(a)
}

/// Looks a name up in both lists and prints what it resolves to (or every candidate) as JSON.
fn cmd_gazetteer(a: GazetteerArgs) -> Result<(), Stop> {
    use engine::gazetteer::{find_hromada, find_kommune};
    let name = a.name.join(" ");
    let k = find_kommune(&name, &a.region);
    let h = find_hromada(&name, &a.region, &a.raion);
    // Coordinates to five decimals (about a metre), as written in the list.
    let deg = |x: f32| (f64::from(x) * 1e5).round() / 1e5;
    let kommune = |x: &engine::gazetteer::Kommune, how: Option<engine::gazetteer::How>| {
        serde_json::json!({ "country": "NO", "id": x.number, "name": x.name, "county": x.county,
            "population": x.population, "lat": deg(x.lat), "lon": deg(x.lon), "how": how })
    };
    let hromada = |x: &engine::gazetteer::Hromada, how: Option<engine::gazetteer::How>| {
        serde_json::json!({ "country": "UA", "id": x.code, "name": x.name, "full_name": x.full_name(),
            "latin_name": x.latin_name(), "raion": x.raion, "oblast": x.oblast, "centre": x.centre,
            "population": x.population, "lat": deg(x.lat), "lon": deg(x.lon), "how": how })
    };
    let mut found: Vec<serde_json::Value> = Vec::new();
    found.extend(k.entity.map(|x| kommune(x, k.how)));
    found.extend(h.entity.map(|x| hromada(x, h.how)));
    found.extend(k.candidates.iter().map(|x| kommune(x, None)));
    found.extend(h.candidates.iter().map(|x| hromada(x, None)));
    if found.is_empty() {
        return Err(Failure::NotInGazetteer(name).into());
    }
    let out = serde_json::json!({ "query": name, "ambiguous": found.len() > 1, "found": found });
    let text = serde_json::to_string_pretty(&out).map_err(|e| Failure::Json(e.to_string()))?;
    write_output(None, &format!("{text}\n"))
}

fn read(path: &Path) -> Result<Vec<u8>, Stop> {
    fs::read(path).map_err(|e| Failure::CannotRead(path.to_path_buf(), e).into())
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

fn read_pairs(path: &Path) -> Result<Vec<PairId>, Stop> {
    let bytes = read(path)?;
    let mut r = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(bytes.as_slice());
    let row_error =
        |row: usize, e: csv::Error| Failure::PairsRow { path: path.to_path_buf(), row, detail: e.to_string() };
    let headers = r.headers().map_err(|e| row_error(1, e))?.clone();
    if headers.iter().collect::<Vec<_>>() != ["offer_id", "need_id"] {
        return Err(Failure::PairsHeader(path.to_path_buf()).into());
    }
    let mut out = Vec::new();
    for (i, rec) in r.deserialize::<PairId>().enumerate() {
        out.push(rec.map_err(|e| row_error(i + 2, e))?);
    }
    Ok(out)
}

/// The settings, with the files they name read.
fn settings(a: &MatchArgs) -> Result<Settings, Stop> {
    let mut settings = a.settings.clone();
    if let Some(w) = &a.weights {
        settings.weights = match WeightPreset::ALL.iter().find(|p| p.name() == w) {
            Some(p) => p.weights(),
            None => {
                let path = Path::new(w);
                serde_json::from_slice(&read(path)?).map_err(|e| Failure::Weights(path.to_path_buf(), e.to_string()))?
            }
        };
    }
    if let Some(p) = &a.locks {
        settings.locks = read_pairs(p)?;
    }
    if let Some(p) = &a.vetoes {
        settings.vetoes = read_pairs(p)?;
    }
    Ok(settings)
}

fn inputs(a: &MatchArgs) -> Result<Vec<Input>, Stop> {
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
/// accepted with warnings, set aside for a later answer, or rejected), then its issues with where they are,
/// then the issues found across files (resubmissions).
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
fn read_dataset(a: &MatchArgs, preset: &engine::Preset, bar: &mut Bar) -> Result<engine::Dataset, Stop> {
    let inputs = inputs(a)?;
    bar.progress(Progress::start(Stage::Parsing));
    let (surveys, data) = engine::read_dataset(&inputs, preset).map_err(Failure::Unreadable)?;
    bar.suspend(|| {
        for line in summary_lines(a.lang, &surveys, &data.issues) {
            eprintln!("{line}");
        }
    });
    Ok(data)
}

fn cmd_match(a: MatchArgs) -> Result<(), Stop> {
    let settings = settings(&a)?;
    let preset = read_preset(a.preset.as_deref())?;
    let mut rounds = Vec::new();
    for p in &a.previous {
        let round = engine::rounds::PreviousRound::from_json(&file_name(p), &read(p)?)
            .map_err(|e| Failure::Previous(p.clone(), e))?;
        rounds.push(round);
    }
    let mut bar = Bar::new(a.lang);
    let data = read_dataset(&a, &preset, &mut bar)?.with_previous(&rounds);
    let mut results = engine::run_observed(&data, &settings, &mut bar).map_err(Failure::Match)?;
    bar.done();
    if a.include_personal_data {
        results.add_personal_data(data.contacts());
    }
    match a.format {
        Format::Csv => write_output(a.output.as_deref(), &engine::export::pairs_csv(&results, a.lang)),
        Format::Xlsx => {
            let bytes = engine::export::results_xlsx(&results, a.lang).map_err(Failure::Xlsx)?;
            let path = a.output.as_deref().unwrap_or(Path::new("results.xlsx"));
            fs::write(path, bytes).map_err(|e| Failure::CannotWrite(path.to_path_buf(), e).into())
        }
        // Written as it is made (the same text as `to_json`).
        Format::Json => match a.output.as_deref() {
            Some(p) => fs::File::create(p)
                .and_then(|f| {
                    let mut w = std::io::BufWriter::with_capacity(1 << 16, f);
                    results.write_json(&mut w)?;
                    std::io::Write::flush(&mut w)
                })
                .map_err(|e| Failure::CannotWrite(p.to_path_buf(), e).into()),
            None => write_output(None, &results.to_json()),
        },
        Format::Geojson => write_output(a.output.as_deref(), &engine::export::geojson(&results)),
    }
}

/// The introductions of the results' pairs (or of a run's), written as drafts or as printable letters.
fn cmd_letters(a: MatchArgs) -> Result<(), Stop> {
    use kommunematch::engine::letters::{self as l, LetterOptions};
    let preset = read_preset(a.preset.as_deref())?;
    let cc = a.cc.as_deref().map(letters::cc_address).transpose()?;
    let mut bar = Bar::new(a.lang);
    let data = read_dataset(&a, &preset, &mut bar)?;
    let pairs = match &a.results {
        Some(path) => letters::pairs_of_results(path, &read(path)?, &data)?,
        None => engine::run_observed(&data, &settings(&a)?, &mut bar).map_err(Failure::Match)?.pairs,
    };
    bar.done();
    let options = LetterOptions { text: &preset.letters, contacts: a.include_personal_data };
    let made = l::compose(&data, &pairs, options).map_err(Failure::LetterText)?;
    let out = a.output.as_deref().unwrap_or(Path::new("letters.zip"));
    let bytes = letters::bytes(&made, a.letters_html, cc.as_ref(), a.lang)?;
    fs::write(out, bytes).map_err(|e| Failure::CannotWrite(out.to_path_buf(), e))?;
    for line in letters::summary(&made, a.include_personal_data, a.lang) {
        eprintln!("{line}");
    }
    Ok(())
}

fn cmd_scores(a: MatchArgs) -> Result<(), Stop> {
    let settings = settings(&a)?;
    let preset = read_preset(a.preset.as_deref())?;
    let mut bar = Bar::new(a.lang);
    let data = read_dataset(&a, &preset, &mut bar)?;
    bar.done();
    engine::check_size(&data).map_err(Failure::Match)?;
    write_output(a.output.as_deref(), &engine::scores_csv(&data, &settings.weights))
}

fn read_preset(path: Option<&Path>) -> Result<engine::Preset, Stop> {
    let Some(p) = path else { return Ok(engine::Preset::default()) };
    engine::Preset::from_json(&read(p)?).map_err(|e| Failure::Preset(p.to_path_buf(), e).into())
}

fn cmd_inspect(a: InspectArgs) -> Result<(), Stop> {
    let preset = read_preset(a.preset.as_deref())?;
    let mut reports = Vec::new();
    let mut failures = Vec::new();
    for p in &a.files {
        let bytes = read(p)?;
        match engine::read_survey(&file_name(p), &bytes, None, &preset) {
            Ok(s) => reports.push(engine::report::FileReport::from_survey(&s, a.personal)),
            Err(e) => {
                reports.push(engine::report::FileReport::unreadable(&e));
                failures.push(e);
            }
        }
    }
    let mut json = serde_json::to_string_pretty(&reports).map_err(|e| Failure::Json(e.to_string()))?;
    json.push('\n');
    write_output(a.output.as_deref(), &json)?;
    if failures.is_empty() {
        Ok(())
    } else {
        Err(Failure::Unreadable(failures).into())
    }
}
