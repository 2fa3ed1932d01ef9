//! Native benchmarks of the engine on the national instance (all 357 kommuner, all hromady of the scale
//! samples): reading both files; scoring every pair and the optimal solve; a re-solve after one lock or
//! one veto; the whole run with explanations; a correction interpreted from the parsed table, and a survey's
//! trip from the page's worker as JSON. `cargo bench --bench engine`.
//! Figures and how to repeat them: docs/benchmarks.md.

use criterion::{criterion_group, criterion_main, Criterion};
use kommunematch::engine::progress::Quiet;
use kommunematch::engine::score::Scorer;
use kommunematch::engine::solve::{solve, Edge, Problem};
use kommunematch::engine::survey::Memo;
use kommunematch::engine::{optimal_total, read_survey, run, Dataset, PairId, ParsedFile, Preset, Settings, Survey};
use std::hint::black_box;

const OFFERS: &str = "tests/fixtures/samples/scale/tilbud_alle_357.csv";
const NEEDS: &str = "tests/fixtures/samples/scale/potreby_vsi_hromady.csv";

fn bytes(path: &str) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn national() -> Dataset {
    let preset = Preset::default();
    Dataset::from_surveys(&[
        read_survey("o.csv", &bytes(OFFERS), None, &preset).expect("offers"),
        read_survey("n.csv", &bytes(NEEDS), None, &preset).expect("needs"),
    ])
}

fn reading(c: &mut Criterion) {
    let (o, n) = (bytes(OFFERS), bytes(NEEDS));
    let preset = Preset::default();
    c.bench_function("read scale offers (357 rows, 120 KB)", |b| {
        b.iter(|| read_survey("o.csv", black_box(&o), None, &preset))
    });
    c.bench_function("read scale needs (1302 rows, 880 KB)", |b| {
        b.iter(|| read_survey("n.csv", black_box(&n), None, &preset))
    });
    // A correction: the parsed table interpreted again (what the page's worker does), and the survey's trip
    // from the worker to the page as JSON.
    let parsed = ParsedFile::parse("n.csv", &n).expect("needs");
    let mut corrected = Preset::default();
    corrected.columns.insert("Коментар".into(), None);
    c.bench_function("interpret the parsed needs again after a correction", |b| {
        b.iter(|| parsed.survey(None, black_box(&corrected)))
    });
    // The worker's first reading: every text worked out, and kept in a memo for the corrections to come.
    c.bench_function("interpret the parsed needs, keeping a memo (the worker's first reading)", |b| {
        b.iter(|| parsed.survey_with(None, black_box(&preset), &mut Memo::default(), &mut Quiet))
    });
    // As the worker does: with what the first reading found the texts to mean.
    let mut memo = Memo::default();
    parsed.survey_with(None, &preset, &mut memo, &mut Quiet);
    c.bench_function("interpret the parsed needs again after a correction, with the first reading's memo", |b| {
        b.iter(|| parsed.survey_with(None, black_box(&corrected), &mut memo, &mut Quiet))
    });
    // An answer's correction: one area's Ukrainian label ignored, and back (the answers naming it read again).
    let label = kommunematch::engine::taxonomy::areas()[0].uk.to_string();
    let mut ignored = Preset::default();
    ignored.answers.insert(label, None);
    let mut flip = false;
    c.bench_function("interpret the parsed needs again after an answer correction, with the memo", |b| {
        b.iter(|| {
            flip = !flip;
            parsed.survey_with(None, black_box(if flip { &ignored } else { &preset }), &mut memo, &mut Quiet)
        })
    });
    let survey = parsed.survey(None, &preset);
    c.bench_function("needs survey to JSON and back (worker → page)", |b| {
        b.iter(|| {
            let json = serde_json::to_string(black_box(&survey)).expect("json");
            serde_json::from_str::<Survey>(&json).expect("back")
        })
    });
}

/// Scoring every pair and solving, as the matching does before explaining.
fn score_and_solve(data: &Dataset, settings: &Settings, veto: Option<(usize, usize)>) -> i64 {
    let scorer = Scorer::new(&data.offers, &data.needs, &settings.weights);
    let edges: Vec<Edge> = scorer
        .candidates()
        .into_iter()
        .filter(|&(o, n, _)| Some((o, n)) != veto)
        .map(|(left, right, weight)| Edge { left, right, weight })
        .collect();
    let problem = Problem {
        left_caps: data.offers.iter().map(|o| o.capacity).collect(),
        right_caps: data.needs.iter().map(|n| n.partners_wanted).collect(),
        edges,
        ..Problem::default()
    };
    solve(&problem).0.objective
}

fn matching(c: &mut Criterion) {
    let data = national();
    let settings = Settings { lock_mutual_ties: false, ..Settings::default() };
    let full = run(&data, &settings).expect("run");
    let first = &full.pairs[0];
    let (o, n) = (
        data.offers.iter().position(|x| x.id == first.offer_id).expect("offer"),
        data.needs.iter().position(|x| x.id == first.need_id).expect("need"),
    );
    let alt = &full.offers[0].alternatives[0];
    let locked = Settings {
        locks: vec![PairId { offer_id: full.offers[0].id.clone(), need_id: alt.id.clone() }],
        ..settings.clone()
    };
    let mut g = c.benchmark_group("national instance");
    g.sample_size(20);
    g.bench_function("score + optimal solve", |b| b.iter(|| score_and_solve(black_box(&data), &settings, None)));
    g.bench_function("re-solve after a veto", |b| {
        b.iter(|| score_and_solve(black_box(&data), &settings, Some((o, n))))
    });
    g.bench_function("re-solve after a lock", |b| b.iter(|| optimal_total(black_box(&data), &locked)));
    g.sample_size(10);
    g.bench_function("whole run with explanations", |b| b.iter(|| run(black_box(&data), &settings)));
    g.bench_function("whole run after a lock", |b| b.iter(|| run(black_box(&data), &locked)));
    g.finish();
}

/// The introductions of every pair of the national round: letters composed with contacts, drafts zipped.
fn letters(c: &mut Criterion) {
    use kommunematch::engine::letter_text::LetterText;
    use kommunematch::engine::letters::{compose, eml, LetterOptions};
    let data = national();
    let full = run(&data, &Settings::default()).expect("run");
    let text = LetterText::default();
    let options = LetterOptions { text: &text, contacts: true };
    let mut g = c.benchmark_group("national instance");
    g.sample_size(20);
    g.bench_function("letters of every pair, drafts zipped", |b| {
        b.iter(|| eml::drafts_zip(&compose(black_box(&data), &full.pairs, options).expect("letters"), None))
    });
    g.finish();
}

/// Two national scenarios (the largest total, coverage first) compared: the pairs partitioned, who changes and
/// why, both sides' headline figures; and one scenario's figures alone.
fn scenarios(c: &mut Criterion) {
    use kommunematch::engine::compare::compare;
    use kommunematch::engine::scenario::Figures;
    use kommunematch::engine::Objective;
    let data = national();
    let total = run(&data, &Settings::default()).expect("run");
    let coverage = run(&data, &Settings { objective: Objective::Coverage, ..Settings::default() }).expect("run");
    let mut g = c.benchmark_group("national instance");
    g.bench_function("compare two scenarios (total, coverage first)", |b| {
        b.iter(|| compare(black_box(&total), black_box(&coverage)).expect("same inputs"))
    });
    g.bench_function("a scenario's headline figures", |b| b.iter(|| Figures::of(black_box(&total))));
    g.finish();
}

/// Next round's questionnaires as the page makes them on a click: the needs spreadsheet (its 1,469 communities to
/// choose from), its printed questions, and a filled copy of 1,469 rows read back.
fn questionnaires(c: &mut Criterion) {
    use kommunematch::engine::lang::Lang;
    use kommunematch::engine::template::{csv, html, xlsx};
    use kommunematch::engine::Side;
    let mut g = c.benchmark_group("questionnaires");
    g.bench_function("needs spreadsheet (uk)", |b| b.iter(|| xlsx(black_box(Side::Needs), Lang::Uk).expect("xlsx")));
    g.bench_function("needs questions to print (uk)", |b| b.iter(|| html(black_box(Side::Needs), Lang::Uk)));
    g.bench_function("offers spreadsheet (nb)", |b| b.iter(|| xlsx(black_box(Side::Offers), Lang::Nb).expect("xlsx")));
    let filled = {
        let text = csv(Side::Needs, Lang::Uk);
        let mut lines: Vec<&str> = text.lines().collect();
        let example = lines.pop().expect("the example").to_string();
        let answers = example.rsplit_once(',').map_or(example.as_str(), |(a, _)| a).to_string();
        let mut out = lines.join("\r\n");
        for h in kommunematch::engine::survey::questionnaire::picks(Side::Needs, Lang::Uk) {
            let rest = answers.split_once("\",").map_or("", |(_, r)| r);
            out.push_str(&format!("\r\n\"{}\",{rest},", h.choice));
        }
        out.into_bytes()
    };
    let read = read_survey("filled.csv", &filled, None, &Preset::default()).expect("read");
    assert_eq!(read.counts.accepted, 1469, "every row of the filled questionnaire: {:?}", read.counts);
    g.bench_function("a filled needs questionnaire of 1,469 rows read", |b| {
        b.iter(|| read_survey("filled.csv", black_box(&filled), None, &Preset::default()).expect("read"))
    });
    g.finish();
}

criterion_group!(benches, reading, matching, letters, scenarios, questionnaires);
criterion_main!(benches);
