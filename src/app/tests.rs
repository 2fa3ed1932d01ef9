//! Tests of the page's state and reducer, natively.
use super::*;
use crate::engine::survey::Field;
use crate::engine::table::ReadErrorKind;
use crate::engine::{self, run, Input, Mode, PairId, Preset, ReadError, Results, RunError, Side, Survey};
use i18n::Lang;
use std::rc::Rc;

fn input(name: &str, bytes: &[u8]) -> Input {
    Input { name: name.into(), bytes: bytes.to_vec(), side: None }
}

#[test]
fn example_data_loads_and_matches_in_one_step() {
    let s = State::default().apply(Action::LoadExample);
    assert_eq!(s.files.len(), 2);
    assert!(s.files.iter().all(|f| f.survey().is_some()));
    let r = s.results.as_ref().expect("results");
    assert!(!r.pairs.is_empty());
    assert_eq!(s.error, None);
}

#[test]
fn adding_a_file_clears_stale_results_and_same_name_replaces() {
    let s = State::default().apply(Action::LoadExample);
    let again = engine::example_inputs().remove(1);
    let s = s.apply(Action::AddFiles(vec![again]));
    assert_eq!(s.files.len(), 2);
    assert_eq!(s.results, None);
}

#[test]
fn run_without_both_sides_says_what_is_missing() {
    let offers = engine::example_inputs().remove(0);
    let s = State::default().apply(Action::AddFiles(vec![offers])).apply(Action::Run);
    assert!(s.results.is_none());
    assert!(s.error.as_ref().map(|e| e.message(Lang::En)).unwrap_or_default().contains("needs file"));
    assert!(!s.can_run());
}

#[test]
fn unreadable_file_is_kept_with_its_error() {
    let s = State::default().apply(Action::AddFiles(vec![input("empty.csv", b"")]));
    assert!(s.files[0].error().is_some());
    let s = s.apply(Action::RemoveFile(0));
    assert!(s.files.is_empty());
}

const OFFERS: &[u8] = "Kommune,Kapasitet?,Hva kan dere?\nBergen,2,Vann og avløp;Romfart\n".as_bytes();

#[test]
fn correcting_a_column_reads_the_file_again() {
    let s = State::default().apply(Action::AddFiles(vec![input("o.csv", OFFERS)]));
    let survey = s.files[0].survey().expect("read");
    assert_eq!(survey.offers[0].areas.len(), 0, "the dictionary does not know the question");
    let s = s.apply(Action::SetColumn("Hva kan dere?".into(), ColumnChoice::Field(Field::Areas)));
    let survey = s.files[0].survey().expect("read");
    assert_eq!(survey.offers[0].areas.len(), 1);
    assert_eq!(survey.unknown_labels[0].label, "Romfart");
    let s = s.apply(Action::MapAnswer("Romfart".into(), Some(Some("GOV-DGS".into()))));
    assert_eq!(s.files[0].survey().expect("read").offers[0].areas.len(), 2);
    let s = s.apply(Action::SetColumn("Hva kan dere?".into(), ColumnChoice::Auto));
    assert_eq!(s.files[0].survey().expect("read").offers[0].areas.len(), 0);
}

#[test]
fn a_dropped_preset_is_applied_not_read_as_a_survey() {
    let mut p = Preset::default();
    p.columns.insert("Hva kan dere?".into(), Some(Field::Areas));
    let s = State::default()
        .apply(Action::AddFiles(vec![input("o.csv", OFFERS), input("preset.json", p.to_json().as_bytes())]));
    assert_eq!(s.files.len(), 1);
    assert_eq!(s.preset.columns.len(), 1);
    assert_eq!(s.files[0].survey().expect("read").offers[0].areas.len(), 1);
    let s = s.apply(Action::ClearPreset);
    assert_eq!(s.files[0].survey().expect("read").offers[0].areas.len(), 0);
    let bad = input("bad.json", br#"{"kommunematch_preset": 7}"#);
    let s = s.apply(Action::AddFiles(vec![bad]));
    assert!(s.error.as_ref().map(|e| e.message(Lang::En)).unwrap_or_default().starts_with("bad.json"));
}

#[test]
fn lock_and_veto_from_the_result_rerun_and_show_what_changed() {
    let s = State::default().apply(Action::LoadExample);
    let first = s.results.as_ref().expect("results").clone();
    let made = PairId { offer_id: first.pairs[0].offer_id.clone(), need_id: first.pairs[0].need_id.clone() };
    let s = s.apply(Action::Veto(made.clone()));
    let after = s.results.as_ref().expect("rerun");
    assert!(!after.pairs.iter().any(|p| p.offer_id == made.offer_id && p.need_id == made.need_id));
    let d = s.diff().expect("diff");
    assert!(d.removed.iter().any(|p| p.offer_id == made.offer_id && p.need_id == made.need_id));
    assert!(d.objective_change <= 0);
    let alt = &after.offers[1].alternatives[0];
    let lock = PairId { offer_id: after.offers[1].id.clone(), need_id: alt.id.clone() };
    let s = s.apply(Action::Lock(lock.clone()));
    let locked = s.results.as_ref().expect("rerun");
    assert!(locked.pairs.iter().any(|p| p.offer_id == lock.offer_id && p.need_id == lock.need_id && p.locked));
    let s = s.apply(Action::Release(lock.clone())).apply(Action::Release(made));
    assert!(s.settings.locks.is_empty() && s.settings.vetoes.is_empty());
    assert_eq!(s.results.as_ref().expect("rerun").pairs, first.pairs, "back where it started");
}

#[test]
fn saved_results_open_as_they_were() {
    let s = State::default().apply(Action::LoadExample);
    let json = s.results_json().expect("json");
    let loaded = State::default().apply(Action::AddFiles(vec![input("results.json", json.as_bytes())]));
    assert_eq!(loaded.results.as_deref(), s.results.as_deref());
    assert_eq!(loaded.from_file.as_deref(), Some("results.json"));
    assert!(loaded.files.is_empty());
    let broken = json.replacen("\"objective\": ", "\"objective\": 7", 1);
    let bad = State::default().apply(Action::AddFiles(vec![input("bad.json", broken.as_bytes())]));
    assert!(bad.results.is_none());
    assert!(bad.error.as_ref().map(|e| e.message(Lang::En)).unwrap_or_default().starts_with("bad.json"));
}

#[test]
fn table_filters_and_sorts() {
    let mut s = State::default().apply(Action::LoadExample);
    let all = s.table_rows().len();
    s = s.apply(Action::SortBy(SortKey::Score));
    let rows = s.table_rows();
    assert!(rows.windows(2).all(|w| w[0].score <= w[1].score));
    s = s.apply(Action::SortBy(SortKey::Score));
    assert!(s.table_rows().windows(2).all(|w| w[0].score >= w[1].score));
    let name = rows[0].need_name.clone();
    s = s.apply(Action::SetFilter(name.to_lowercase()));
    assert!(
        s.table_rows().len() < all
            && s.table_rows()
                .iter()
                .all(|p| p.need_name == name || p.offer_name.to_lowercase().contains(&name.to_lowercase()))
    );
}

#[test]
fn personal_data_in_downloads_only_when_chosen() {
    let s = State::default().apply(Action::LoadExample);
    assert!(!s.results_json().unwrap_or_default().contains("\"contacts\""));
    let s = s.apply(Action::SetIncludePersonalData(true));
    assert!(s.results_json().unwrap_or_default().contains("\"includes_personal_data\": true"));
}

/// Loading the example or clearing keeps the worker, and run numbers go on: an answer to a run from before
/// the reset is still stale (it once ran on the main thread after the example, and could be taken).
#[test]
fn example_and_clear_keep_the_worker_and_the_run_numbers() {
    let s = State { background: true, ..State::default() }.apply(Action::AddFiles(engine::example_inputs()));
    let s = s.apply(Action::Run);
    assert_eq!(s.running, Some(1));
    let old = engine::match_inputs(&engine::example_inputs(), &Preset::default(), &s.settings, &[]).map(Rc::new);
    let s = s.apply(Action::Clear);
    assert!(s.background && s.files.is_empty());
    let s = s.apply(Action::LoadExample);
    assert!(s.background);
    assert_eq!(s.running, Some(2), "the example runs in the worker, as run 2");
    assert!(s.results.is_none());
    let s = s.apply(Action::RunFinished(1, old.map_err(AppError::Run)));
    assert!(s.results.is_none() && s.running == Some(2), "the answer to run 1 is stale");
}

/// A file too large to read keeps its place and message through corrections, and runs (in the worker
/// as on the page) take only the files that were read.
#[test]
fn unread_files_keep_their_message_and_stay_out_of_runs() {
    let too_large = ReadError {
        file: "video.mp4".into(),
        kind: ReadErrorKind::TooLarge { bytes: 3_000_000_000, limit: crate::engine::table::MAX_FILE_BYTES },
    };
    let s = State { background: true, ..State::default() }
        .apply(Action::AddUnread(vec![too_large.clone()]))
        .apply(Action::AddFiles(engine::example_inputs()));
    assert_eq!(s.files.len(), 3);
    assert_eq!(s.files[0].error(), Some(&too_large));
    let s = worker_reads(s);
    let s = s.apply(Action::ClearPreset); // every file is read again
    assert_eq!(s.files[0].error(), Some(&too_large), "not read again as an empty file");
    assert_eq!(s.read_jobs().len(), 2, "the unread file is not sent to the worker");
    let s = worker_reads(s);
    let s = s.apply(Action::Run);
    let req = s.run_request().expect("request");
    assert_eq!(req.files.len(), 2);
    assert!(req.files.iter().all(|f| f.name != "video.mp4"));
    // The page's own run takes the same files and gives the same result.
    let inputs: Vec<Input> =
        req.files.iter().map(|f| Input { name: f.name.clone(), bytes: f.bytes.to_vec(), side: f.side }).collect();
    let worker = engine::match_inputs(&inputs, &req.preset, &req.settings, &[]).expect("worker run");
    let page = run(&s.dataset(), &s.settings).expect("page run");
    assert_eq!(worker.to_json(), page.to_json());
}

#[test]
fn a_run_in_flight_is_done_on_the_page_when_the_worker_fails() {
    let s = State { background: true, ..State::default() }.apply(Action::LoadExample);
    assert_eq!(s.running, Some(1));
    let s = s.apply(Action::UseBackground(false));
    assert_eq!(s.running, None);
    assert!(!s.background && s.results.is_some(), "the example's result, computed on the page");
    let s = s.apply(Action::RunFinished(1, Err(AppError::WorkerCrashed)));
    assert!(s.results.is_some() && s.error.is_none(), "a late answer from the failed worker is stale");
}

#[test]
fn background_runs_take_only_the_latest_answer() {
    let s = State { background: true, ..State::default() }.apply(Action::AddFiles(engine::example_inputs()));
    let s = s.apply(Action::Run);
    assert_eq!(s.running, Some(1));
    let req = s.run_request().expect("request");
    assert_eq!(req.files.len(), 2);
    let s = s.apply(Action::SetMode(Mode::Greedy)).apply(Action::Run);
    assert_eq!(s.running, Some(2));
    // What the worker does with the request, here: the same engine call.
    let answer = |r: &RunRequest| {
        let inputs: Vec<Input> =
            r.files.iter().map(|f| Input { name: f.name.clone(), bytes: f.bytes.to_vec(), side: f.side }).collect();
        engine::match_inputs(&inputs, &r.preset, &r.settings, &[]).map(Rc::new).map_err(AppError::Run)
    };
    let stale = answer(&req);
    let s = s.apply(Action::RunFinished(1, stale));
    assert!(s.results.is_none() && s.running == Some(2), "the stale answer is dropped");
    let fresh = answer(&s.run_request().expect("request"));
    let s = s.apply(Action::RunFinished(2, fresh));
    assert_eq!(s.running, None);
    assert_eq!(s.results.as_ref().expect("results").mode, Mode::Greedy);
}

#[test]
fn the_side_can_be_overridden() {
    let s = State::default().apply(Action::AddFiles(vec![input("o.csv", OFFERS)]));
    let s = s.apply(Action::SetSide(0, Some(Side::Needs)));
    let survey = s.files[0].survey().expect("read");
    assert_eq!(survey.side, Side::Needs);
    assert_eq!(survey.detected_side, Some(Side::Offers));
    assert!(survey.issues.iter().any(|i| i.code() == "identity_column_missing"));
}

/// An error is kept as a value: the page says it in the language it shows, also after a switch, and a run
/// error crosses from the worker as JSON and comes back the same.
#[test]
fn errors_are_values_said_in_the_language_shown() {
    let s = State::default().apply(Action::Run);
    assert_eq!(s.error, Some(AppError::NeedBoth));
    let texts: Vec<String> = Lang::ALL.iter().map(|&l| AppError::NeedBoth.message(l)).collect();
    assert!(texts[0] != texts[1] && texts[1] != texts[2]);
    let e = RunError::Match(engine::MatchError::TooLarge { offers: 2000, needs: 1000, limit: engine::MAX_PAIRS });
    let back: RunError = serde_json::from_str(&serde_json::to_string(&e).expect("json")).expect("read back");
    assert_eq!(back, e);
    let read = RunError::Read(ReadError {
        file: "a.json".into(),
        kind: ReadErrorKind::Json(engine::json_input::JsonError::TooDeep { line: 3, limit: 32 }),
    });
    let back: RunError = serde_json::from_str(&serde_json::to_string(&read).expect("json")).expect("read back");
    assert_eq!(back, read);
    assert!(AppError::Run(read).message(Lang::Uk).starts_with("a.json: списки й об’єкти вкладено глибше ніж на 32"));
}

/// The results view's data is prepared once per change of what it shows, not again for other actions.
#[test]
fn results_view_data_is_prepared_once_per_change() {
    let mut s = State::default().apply(Action::LoadExample);
    s.background = false;
    let s = s.apply(Action::Run);
    let first = s.prepared.clone().expect("prepared with the results");
    assert_eq!(first.rows.len(), s.results.as_ref().map_or(0, |r| r.pairs.len()));
    let s = s.apply(Action::SetIncludePersonalData(true)).apply(Action::Select(None));
    assert!(Rc::ptr_eq(&first, s.prepared.as_ref().expect("kept")), "not made again for other actions");
    let s = s.apply(Action::SetFilter("zzz-no-such-name".into()));
    let filtered = s.prepared.clone().expect("made again");
    assert!(!Rc::ptr_eq(&first, &filtered) && filtered.rows.is_empty());
    let s = s.apply(Action::SetLang(Lang::Uk));
    assert!(!Rc::ptr_eq(&filtered, s.prepared.as_ref().expect("again")), "labels follow the language");
    let s = s.apply(Action::Clear);
    assert!(s.prepared.is_none());
}

/// A name that fits several communities is flagged; the coordinator's choice resolves it, is kept in the
/// preset, and survives the preset's round trip.
#[test]
fn choosing_the_entity_of_an_ambiguous_name() {
    let csv = "Назва громади,Категорія громади,Першочергові потреби (до 5),Бажана кількість партнерів\nМиколаївська,Громада поза зоною бойових дій,Школи,1\n";
    let s = State::default().apply(Action::AddFiles(vec![input("n.csv", csv.as_bytes())]));
    let survey = s.files[0].survey().expect("read");
    assert_eq!(survey.resolution().ambiguous, 1);
    let candidates = candidate_ids(survey);
    assert_eq!(candidates.len(), 8);
    let pick = candidates[3].clone();
    let s = s.apply(Action::ChooseEntity("Миколаївська".into(), Some(pick.clone())));
    let survey = s.files[0].survey().expect("read");
    assert_eq!(survey.needs[0].id, pick);
    assert_eq!(survey.resolution().chosen, 1);
    assert!(s.preset.to_json().contains(&pick));
    let again = Preset::from_json(s.preset.to_json().as_bytes()).expect("round trip");
    assert_eq!(again.entities.get("Миколаївська"), Some(&pick));
    let s = s.apply(Action::ChooseEntity("Миколаївська".into(), None));
    assert_eq!(s.files[0].survey().expect("read").resolution().ambiguous, 1);
}

/// The ids of the candidates of the first ambiguous name.
fn candidate_ids(s: &Survey) -> Vec<String> {
    s.issues
        .iter()
        .find_map(|i| match &i.kind {
            crate::engine::survey::IssueKind::NameAmbiguous { candidates, .. } => {
                Some(candidates.iter().map(|c| c.id.clone()).collect())
            }
            _ => None,
        })
        .unwrap_or_default()
}

/// Does what the background worker does with the readings asked for, and gives the answers to the state.
fn worker_reads(mut s: State) -> State {
    for job in s.read_jobs() {
        let read =
            crate::engine::ParsedFile::parse(&job.name, &job.bytes).map(|p| Rc::new(p.survey(job.side, &job.preset)));
        s = s.apply(Action::FileRead(job.key, job.gen, read));
    }
    assert!(s.read_jobs().is_empty());
    s
}

/// With a worker, files are read there: the page shows them as being read, a correction asks again (the
/// survey from before stays shown until the answer comes), an answer to an older reading is dropped, and
/// a run asked before the first answers takes the files along.
#[test]
fn files_are_read_in_the_worker_and_stale_answers_are_dropped() {
    let other = "Kommune,Hvor mange partnere?\nBodø,1\n".as_bytes();
    let s = State { background: true, ..State::default() }
        .apply(Action::AddFiles(vec![input("o.csv", OFFERS), input("p.csv", other)]));
    assert!(s.files[0].read.is_none() && s.files[0].waiting.is_some());
    assert!(s.can_run(), "a run may be asked for while the first reading is on its way");
    let first = s.read_jobs();
    assert_eq!(first.len(), 2);
    let s = worker_reads(s);
    assert_eq!(s.files[0].survey().expect("read").offers[0].areas.len(), 0);
    // A correction: asked again, the old survey still shown.
    let s = s.apply(Action::SetColumn("Hva kan dere?".into(), ColumnChoice::Field(Field::Areas)));
    let again = s.read_jobs();
    assert_eq!(again.len(), 1, "only the file with that column is read again");
    assert_eq!(again[0].name, "o.csv");
    assert!(again[0].gen > first[0].gen);
    assert_eq!(again[0].preset.columns.len(), 1);
    assert!(s.files[0].survey().is_some());
    // An answer to the first reading arrives late: dropped.
    let stale = crate::engine::ParsedFile::parse("o.csv", OFFERS).map(|p| Rc::new(p.survey(None, &Preset::default())));
    let s = s.apply(Action::FileRead(first[0].key, first[0].gen, stale));
    assert_eq!(s.read_jobs().len(), 1, "still waiting for the answer to the correction");
    let s = worker_reads(s);
    assert_eq!(s.files[0].survey().expect("read").offers[0].areas.len(), 1);
}

/// A survey that a new reading replaces is kept until `Retire` (the page asks for it in a task of its own),
/// then let go of: freed, once nothing shown holds it.
#[test]
fn a_replaced_survey_is_let_go_of_on_retire() {
    let s = worker_reads(
        State { background: true, ..State::default() }.apply(Action::AddFiles(vec![input("o.csv", OFFERS)])),
    );
    assert!(!s.has_retired(), "a first reading replaces nothing");
    let old = Rc::downgrade(s.files[0].survey().expect("read"));
    let s = worker_reads(s.apply(Action::SetColumn("Hva kan dere?".into(), ColumnChoice::Field(Field::Areas))));
    assert!(s.has_retired());
    assert!(old.upgrade().is_some(), "kept until Retire");
    assert!(!Rc::ptr_eq(&old.upgrade().expect("kept"), s.files[0].survey().expect("read")));
    let s = s.apply(Action::Retire);
    assert!(!s.has_retired());
    assert!(old.upgrade().is_none(), "let go of");
    assert_eq!(s.files[0].survey().expect("read").offers[0].areas.len(), 1, "the new reading stays");
}

/// Results a correction takes away stay shown (outdated) while the file is read again in the worker, go on
/// `Retire` once it is in, and at once when a run starts; without a reading in flight nothing is kept.
#[test]
fn results_a_correction_takes_away_go_once_the_file_is_read_again() {
    let loaded = || State { background: true, ..State::default().apply(Action::LoadExample) };
    let s = loaded();
    let shown = s.results.clone().expect("results");
    let header = s.files[1].survey().expect("read").columns[0].header.clone();
    let s = s.apply(Action::SetColumn(header.clone(), ColumnChoice::Ignore));
    assert!(s.results.is_none() && s.prepared.is_none());
    let (outgoing, _) = s.outgoing.clone().expect("still shown while the file is read again");
    assert!(Rc::ptr_eq(&outgoing, &shown));
    assert!(!s.has_retired(), "not before the reading is in");
    assert!(s.clone().apply(Action::Retire).outgoing.is_some(), "a Retire before the reading keeps them");
    let s = worker_reads(s);
    assert!(s.has_retired());
    let s = s.apply(Action::Retire);
    assert!(s.outgoing.is_none() && !s.has_retired());
    // A run ends them at once.
    let s = loaded().apply(Action::SetColumn(header.clone(), ColumnChoice::Ignore));
    assert!(s.outgoing.is_some());
    assert!(s.clone().apply(Action::Run).outgoing.is_none());
    // On the page (no worker), the file is read again at once: nothing is kept.
    let s = State::default().apply(Action::LoadExample).apply(Action::SetColumn(header, ColumnChoice::Ignore));
    assert!(s.outgoing.is_none() && s.results.is_none());
}

/// On the page (no worker), a correction interprets the table parsed when the file came: it is not parsed
/// again.
#[test]
fn a_correction_on_the_page_does_not_parse_again() {
    let s = State::default().apply(Action::AddFiles(vec![input("o.csv", OFFERS)]));
    let parsed = |s: &State| s.files[0].parsed.clone().and_then(|p| p.ok()).expect("parsed");
    let before = parsed(&s);
    let s = s.apply(Action::SetColumn("Hva kan dere?".into(), ColumnChoice::Field(Field::Areas)));
    assert!(Rc::ptr_eq(&before, &parsed(&s)), "the same parsed table");
    assert_eq!(s.files[0].survey().expect("read").offers[0].areas.len(), 1);
}

/// A results file dropped beside survey files is an earlier round (used by default, and the run builds on
/// it, on the page as in the worker's request); alone it opens to view; unticked, the run starts afresh.
#[test]
fn results_beside_surveys_are_an_earlier_round() {
    let r1 = State::default().apply(Action::LoadExample).results.expect("round 1").to_json();
    let alone = State::default().apply(Action::AddFiles(vec![input("round1.json", r1.as_bytes())]));
    assert!(alone.rounds.is_empty() && alone.from_file.is_some(), "alone: opened to view");
    // Dropped alone while surveys are loaded: opened to view too, and made an earlier round from there.
    let viewing = State::default()
        .apply(Action::AddFiles(engine::example_inputs()))
        .apply(Action::AddFiles(vec![input("round1.json", r1.as_bytes())]));
    assert!(viewing.rounds.is_empty() && viewing.from_file.is_some());
    let made = viewing.apply(Action::UseOpenedAsRound);
    assert!(made.from_file.is_none() && made.results.is_none());
    assert_eq!(made.used_rounds().count(), 1);
    assert_eq!(made.apply(Action::Run).results.expect("round 2").previous_rounds[0].file, "round1.json");

    let mut files = engine::example_inputs();
    files.push(input("round1.json", r1.as_bytes()));
    let s = State::default().apply(Action::AddFiles(files));
    assert_eq!((s.files.len(), s.rounds.len()), (2, 1));
    assert!(s.rounds[0].used && s.rounds[0].round.is_ok());
    let s = s.apply(Action::Run);
    let r2 = s.results.clone().expect("round 2");
    assert_eq!(r2.previous_rounds[0].file, "round1.json");
    // The same answers again: every round-1 pair kept, nothing matched twice, nothing new where all is kept.
    let r1 = Results::from_json(r1.as_bytes()).expect("round 1");
    assert_eq!(r2.kept.len(), r1.pairs.len());
    let kept: std::collections::BTreeSet<_> = r2.kept.iter().map(|k| (&k.offer_id, &k.need_id)).collect();
    assert!(r2.pairs.iter().all(|p| !kept.contains(&(&p.offer_id, &p.need_id))));
    // The worker gets the same round, and gives the same bytes.
    let bg = State { background: true, ..s.clone() }.apply(Action::Run);
    let req = bg.run_request().expect("request");
    assert_eq!(req.previous.len(), 1);
    let rounds: Vec<_> =
        req.previous.iter().map(|(n, b)| engine::rounds::PreviousRound::from_json(n, b).expect("round")).collect();
    let inputs: Vec<Input> =
        req.files.iter().map(|f| Input { name: f.name.clone(), bytes: f.bytes.to_vec(), side: f.side }).collect();
    let worker = engine::match_inputs(&inputs, &req.preset, &req.settings, &rounds).expect("worker run");
    assert_eq!(worker.to_json(), r2.to_json());
    // Ending a kept partnership (a veto) lists it as ended; unticking the round starts afresh.
    let k = &r2.kept[0];
    let s = s.apply(Action::Veto(PairId { offer_id: k.offer_id.clone(), need_id: k.need_id.clone() }));
    assert_eq!(s.results.as_ref().expect("rerun").ended.len(), 1);
    let s = s.apply(Action::UseRound(0, false)).apply(Action::Run);
    assert!(s.results.as_ref().expect("afresh").previous_rounds.is_empty());
    // A file that is not results of this schema is listed with its message, and not used.
    let mut again = engine::example_inputs();
    again.push(input("broken.json", b"{\"schema_version\": 1}"));
    let s = s.apply(Action::AddFiles(again));
    assert!(s.rounds.iter().any(|r| r.name == "broken.json" && r.round.is_err()));
    assert_eq!(s.used_rounds().count(), 0);
}

/// What the worker does with a run request, with its observer: the preliminary results and the answer.
fn worker_runs(r: &RunRequest) -> (Option<Rc<Results>>, Result<Rc<Results>, AppError>) {
    struct Keep(Option<Results>);
    impl crate::engine::progress::Observer for Keep {}
    impl crate::engine::matching::RunObserver for Keep {
        fn wants_preliminary(&self) -> bool {
            true
        }
        fn preliminary(&mut self, r: &Results) {
            self.0 = Some(r.clone());
        }
    }
    let inputs: Vec<Input> =
        r.files.iter().map(|f| Input { name: f.name.clone(), bytes: f.bytes.to_vec(), side: f.side }).collect();
    let data = engine::read_dataset(&inputs, &r.preset).expect("readable").1;
    let mut keep = Keep(None);
    let done =
        engine::run_observed(&data, &r.settings, &mut keep).map(Rc::new).map_err(|e| AppError::Run(RunError::Match(e)));
    (keep.0.map(Rc::new), done)
}

/// A background run: its progress is shown (only the run in flight's), its preliminary results show the
/// pairs at once but cannot be downloaded, and the answer replaces them without becoming "the results before".
#[test]
fn a_run_shows_its_progress_and_its_pairs_before_the_explanations() {
    use crate::engine::progress::{Progress, Stage};
    let s =
        worker_reads(State { background: true, ..State::default() }.apply(Action::AddFiles(engine::example_inputs())));
    let s = s.apply(Action::Run);
    let id = s.running.expect("running");
    let s = s.apply(Action::Progress(Job::Run(id + 7), Progress::start(Stage::Solving)));
    assert_eq!(s.progress, None, "another run's progress is not this one's");
    let s = s.apply(Action::Progress(Job::Run(id), Progress::counted(Stage::Explaining, 3, 12)));
    assert_eq!(s.progress, Some(Progress::counted(Stage::Explaining, 3, 12)));
    let (pre, done) = worker_runs(&s.run_request().expect("request"));
    let pre = pre.expect("preliminary");
    let s = s.apply(Action::Preliminary(id, pre.clone()));
    assert!(s.preliminary && s.results.as_ref() == Some(&pre) && s.prepared.is_some(), "the pairs are shown");
    assert_eq!(s.results_json(), None, "a download waits for the explanations");
    assert_eq!(s.results_geojson(), None);
    // Their figures wait for the final results (the same pairs, made once), the figures before meanwhile.
    crate::app::map::outlines_given();
    let waiting = s.apply(Action::DrawFigures).apply(Action::DrawFigures);
    let p = waiting.prepared.clone().expect("prepared");
    assert!(p.figures_waiting() && p.charts.is_none() && p.map.is_none(), "no figures of preliminary results");
    let s = waiting.apply(Action::RunFinished(id, done.clone()));
    assert!(!s.preliminary && s.progress.is_none() && s.running.is_none());
    let made = with_figures(s.clone()).prepared.clone().expect("prepared");
    assert!(!made.figures_waiting() && made.charts.is_some() && made.map.is_some(), "then made");
    assert_eq!(s.results.as_ref(), done.as_ref().ok());
    assert_eq!(s.previous, None, "the preliminary results are not the results before");
    assert_eq!(s.results_json(), done.ok().map(|r| r.to_json()));
}

/// "Stop" ends the run in flight (its late answers are dropped), the first readings (those files are left out
/// and named), asks again for the corrections being read (the worker is replaced), and says what it stopped.
#[test]
fn stop_ends_the_run_and_the_first_readings() {
    use crate::engine::progress::{Progress, Stage};
    let other = "Kommune,Hvor mange partnere?\nBodø,1\n".as_bytes();
    let s =
        worker_reads(State { background: true, ..State::default() }.apply(Action::AddFiles(engine::example_inputs())));
    // A correction being read again, a new file being read for the first time, and a run.
    let s = s
        .apply(Action::ChooseEntity("Bodø".into(), Some("1804".into())))
        .apply(Action::AddFiles(vec![input("p.csv", other)]))
        .apply(Action::Run);
    let id = s.running.expect("running");
    let (pre, done) = worker_runs(&s.run_request().expect("request"));
    let s = s.apply(Action::Preliminary(id, pre.expect("preliminary")));
    let new_key = s.files.iter().find(|f| f.name == "p.csv").map(|f| f.key).expect("p.csv");
    let gen = s.files.iter().find(|f| f.key == new_key).and_then(|f| f.waiting).expect("waiting");
    let s = s.apply(Action::Progress(Job::Read { key: new_key, gen }, Progress::start(Stage::Parsing)));
    assert_eq!(
        s.files.iter().find(|f| f.key == new_key).and_then(|f| f.progress),
        Some(Progress::start(Stage::Parsing))
    );
    let before = s.read_gen;
    let s = s.apply(Action::Stop);
    assert_eq!(s.stops, 1);
    assert!(s.running.is_none() && s.progress.is_none() && !s.preliminary && s.results.is_none());
    assert_eq!(s.stopped, Some(Stopped { run: true, files: vec!["p.csv".into()] }));
    assert!(s.files.iter().all(|f| f.name != "p.csv"), "the file being read for the first time is left out");
    assert_eq!(s.files.len(), 2);
    let jobs = s.read_jobs();
    assert!(!jobs.is_empty() && jobs.iter().all(|j| j.gen > before), "corrections asked again of the new worker");
    // The stopped run's answer comes late: dropped.
    let s = s.apply(Action::RunFinished(id, done));
    assert!(s.results.is_none());
    // Run again: the notice goes, the run goes on as usual.
    let s = worker_reads(s).apply(Action::Run);
    assert_eq!(s.stopped, None);
    assert!(s.running.is_some_and(|r| r > id));
    // Stopping with nothing in flight does nothing.
    let idle =
        worker_reads(State { background: true, ..State::default() }.apply(Action::AddFiles(engine::example_inputs())));
    let after = idle.clone().apply(Action::Stop);
    assert_eq!((after.stops, after.stopped), (0, None));
}

/// The run asked ahead of the click: asked while the first files are read, it is the very run the
/// click then asks for, and answers the same; a setting or a correction changed in between makes another run;
/// none is asked once there are results (every change runs again by itself) or without a worker.
#[test]
fn the_run_ahead_is_the_run_the_click_asks_for() {
    let s = State { background: true, ..State::default() }.apply(Action::AddFiles(engine::example_inputs()));
    let ahead = s.ahead_request().expect("asked ahead while the files are read");
    let read = worker_reads(s);
    let clicked = read.clone().apply(Action::Run);
    let req = clicked.run_request().expect("request");
    assert_eq!(RunRequest { id: req.id, ..ahead.clone() }, req, "the same run");
    assert!(clicked.ahead_request().is_none(), "not while a run is in flight");
    let (_, done_ahead) = worker_runs(&ahead);
    let (_, done) = worker_runs(&req);
    let done = done.expect("results");
    assert_eq!(done_ahead.expect("results").to_json(), done.to_json());
    // Something changed before the click: another run.
    let greedy = read.clone().apply(Action::SetMode(Mode::Greedy)).apply(Action::Run);
    assert_ne!(RunRequest { id: 0, ..greedy.run_request().expect("request") }, ahead);
    let corrected = worker_reads(read.clone().apply(Action::ChooseEntity("Bodø".into(), Some("1804".into()))));
    assert_ne!(RunRequest { id: 0, ..corrected.apply(Action::Run).run_request().expect("request") }, ahead);
    // With results: none.
    let shown = clicked.clone().apply(Action::RunFinished(req.id, Ok(done)));
    assert!(shown.results.is_some() && shown.ahead_request().is_none());
    // Without a worker, or with one file only: none.
    assert!(State::default().apply(Action::AddFiles(engine::example_inputs())).ahead_request().is_none());
    let one = engine::example_inputs().remove(0);
    assert!(State { background: true, ..State::default() }
        .apply(Action::AddFiles(vec![one]))
        .ahead_request()
        .is_none());
}

/// The charts and the map made, as the view asks for them (one a task).
fn with_figures(s: State) -> State {
    crate::app::map::outlines_given();
    s.apply(Action::DrawFigures).apply(Action::DrawFigures)
}

/// Typing in the table's filter or sorting it makes the rows and the map again, not the charts and what
/// changed (they depend on the results and the language only), and the view is the one made from scratch.
#[test]
fn a_table_view_change_keeps_the_charts() {
    let s = with_figures(State::default().apply(Action::LoadExample));
    let before = s.prepared.clone().expect("prepared");
    let filtered = s.clone().apply(Action::SetFilter("a".into())).apply(Action::SortBy(SortKey::Score));
    let after = filtered.prepared.clone().expect("prepared");
    assert!(!after.figures_waiting(), "the map follows the rows at once");
    let charts = |p: &Prepared| p.charts.clone().expect("charts");
    assert!(Rc::ptr_eq(&charts(&before), &charts(&after)), "the charts kept");
    assert_ne!(before.map, after.map, "the map made again");
    assert_ne!(before.rows, after.rows, "the rows made again");
    // The same as made from scratch.
    let fresh = with_figures(
        State { prepared: None, prepared_for: None, ..filtered.clone() }.apply(Action::SetLang(filtered.lang)),
    );
    assert_eq!(fresh.prepared.as_deref(), Some(after.as_ref()));
    // Another language: the figures before are shown until the view asks for new ones.
    let other = filtered.apply(Action::SetLang(Lang::Uk));
    let shown = other.prepared.clone().expect("prepared");
    assert!(shown.figures_waiting() && Rc::ptr_eq(&charts(&shown), &charts(&after)), "kept until then");
    let other = with_figures(other);
    assert!(!Rc::ptr_eq(&charts(other.prepared.as_ref().expect("prepared")), &charts(&after)));
}

/// The charts and the map of new results are made after the rest, one a task, as the view asks
/// (`DrawFigures`): none before the first results' are made, those of the results before while new results
/// wait for theirs, and once made they are the figures made from scratch for these results.
#[test]
fn the_figures_of_new_results_come_one_a_task_later() {
    crate::app::map::outlines_given();
    let mut s = State::default().apply(Action::LoadExample);
    s.background = false;
    let s = s.apply(Action::Run);
    let p = s.prepared.clone().expect("the pairs are prepared");
    assert!(p.charts.is_none() && p.map.is_none() && p.figures_waiting(), "no figures yet");
    let s = s.apply(Action::DrawFigures);
    let p = s.prepared.clone().expect("prepared");
    assert!(p.charts.is_some() && p.map.is_none() && p.figures_waiting(), "the charts first");
    let s = s.apply(Action::DrawFigures);
    let first = s.prepared.clone().expect("prepared");
    assert!(first.map.is_some() && !first.figures_waiting(), "then the map");
    // Asked again: nothing made again.
    let again = s.clone().apply(Action::DrawFigures);
    assert!(Rc::ptr_eq(&first, again.prepared.as_ref().expect("kept")));
    // A veto runs again: the new pairs at once, the figures before until new ones are asked for.
    let pair = s
        .results
        .as_ref()
        .and_then(|r| r.pairs.first())
        .map(|p| PairId { offer_id: p.offer_id.clone(), need_id: p.need_id.clone() });
    let s = s.apply(Action::Veto(pair.expect("a pair")));
    let p = s.prepared.clone().expect("prepared");
    assert_eq!(p.rows.len(), s.results.as_ref().map_or(0, |r| r.pairs.len()), "the new pairs");
    assert!(p.figures_waiting() && p.map == first.map && p.charts == first.charts);
    let s = with_figures(s);
    let made = s.prepared.clone().expect("new figures");
    let fresh = with_figures(State { prepared: None, prepared_for: None, ..s.clone() }.apply(Action::SetLang(s.lang)));
    assert_eq!(fresh.prepared.as_deref(), Some(made.as_ref()));
    assert_ne!(made.map, first.map, "the map of the new results");
}

/// What the view's components take as props is `Eq` (not only `PartialEq`): Yew compares props at every
/// drawing, and an `Rc` of an `Eq` type compares by pointer first, where one of a `PartialEq` type compares
/// everything it holds (a national survey or map, several milliseconds in the browser, at every click).
#[test]
fn the_views_props_compare_by_pointer_first() {
    fn eq<T: Eq>() {}
    eq::<LoadedFile>();
    eq::<RoundFile>();
    eq::<Survey>();
    eq::<Prepared>();
    eq::<map::MapView>();
    eq::<charts::Charts>();
    eq::<Results>();
}
