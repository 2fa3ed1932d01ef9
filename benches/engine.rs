//! Native benchmarks of the engine on the national instance (all 357 kommuner, all hromady of the scale
//! samples): reading both files, scoring every pair, and the optimal solve. `cargo bench --bench engine`.
//! Figures and how to repeat them: docs/benchmarks.md.

use criterion::{criterion_group, criterion_main, Criterion};
use kommunematch::engine::{read_survey, run, Dataset, Preset, Settings};
use std::hint::black_box;

const OFFERS: &str = "tests/fixtures/samples/scale/tilbud_alle_357.csv";
const NEEDS: &str = "tests/fixtures/samples/scale/potreby_vsi_hromady.csv";

fn bytes(path: &str) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"))
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
}

fn matching(c: &mut Criterion) {
    let preset = Preset::default();
    let surveys = vec![
        read_survey("o.csv", &bytes(OFFERS), None, &preset).expect("offers"),
        read_survey("n.csv", &bytes(NEEDS), None, &preset).expect("needs"),
    ];
    let data = Dataset::from_surveys(&surveys);
    let settings = Settings::default();
    let mut g = c.benchmark_group("national instance");
    g.sample_size(10);
    g.bench_function("score + optimal solve", |b| b.iter(|| run(black_box(&data), &settings)));
    g.finish();
}

criterion_group!(benches, reading, matching);
criterion_main!(benches);
