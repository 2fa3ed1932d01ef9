//! The map's outlines are not part of the program: the page fetches them when the first map is wanted. Until
//! they are given, everything else of the results is made and the map waits; if they cannot be had, the page
//! says so in the map's place; once given, the map (and the scenarios' comparison map) is the one made with
//! them from the start. Its own test binary: the outlines, once given, stay for the process.
use kommunematch::app::map::{give_outlines, outlines, SIZE};
use kommunematch::app::{Action, ScenarioAction, State};
use kommunematch::engine::Mode;

const FILE: &str = include_str!("../static/outlines.json");

/// The example run on the page, two scenarios kept (the second stable matching) and compared, the figures
/// asked for as the view asks (one a task).
fn example_compared() -> State {
    let mut s = State::default().apply(Action::LoadExample);
    s.background = false;
    let s = s.apply(Action::Run).apply(Action::Scenario(ScenarioAction::Keep));
    let s = s.apply(Action::SetMode(Mode::Stable)).apply(Action::Run).apply(Action::Scenario(ScenarioAction::Keep));
    let s = s.apply(Action::Scenario(ScenarioAction::CompareA(0))).apply(Action::Scenario(ScenarioAction::CompareB(1)));
    s.apply(Action::DrawFigures).apply(Action::DrawFigures)
}

#[test]
fn the_map_waits_for_its_outlines_and_is_made_when_they_come() {
    // Before: the charts made, the map waiting, and so the comparison's map.
    assert!(outlines().is_none(), "nothing given yet");
    let waiting = example_compared();
    let p = waiting.prepared.clone().expect("prepared");
    assert!(p.charts.is_some() && p.map.is_none() && p.figures_waiting(), "the charts made, the map waits");
    let compared = waiting.scenarios.compared.clone().expect("two scenarios compared");
    assert!(compared.compared.is_some() && compared.map.is_none(), "the comparison made, its map waits");
    assert!(!waiting.map_unavailable);

    // Not had: said in the map's place, nothing else changed; a broken file is refused and nothing given.
    let failed = waiting.clone().apply(Action::Outlines(false));
    assert!(failed.map_unavailable && failed.prepared.as_ref().is_some_and(|p| p.map.is_none()));
    assert!(give_outlines("{\"panels\": [").is_err() && outlines().is_none());

    // Given: the map made at once (the charts were), and the comparison's; the same as made with them from
    // the start.
    give_outlines(FILE).expect("static/outlines.json reads");
    assert_eq!(outlines().map(|o| o.size()), Some(SIZE), "the size the map waited in");
    let arrived = waiting.apply(Action::Outlines(true));
    let p = arrived.prepared.clone().expect("prepared");
    assert!(p.map.as_ref().is_some_and(|m| !m.lines.is_empty()) && !p.figures_waiting(), "the map made");
    assert!(!arrived.map_unavailable);
    let compared = arrived.scenarios.compared.clone().expect("compared");
    assert!(compared.map.is_some(), "the comparison's map made");
    let fresh = example_compared();
    assert_eq!(fresh.prepared.as_deref().and_then(|p| p.map.clone()), p.map);
    assert_eq!(fresh.scenarios.compared.and_then(|c| c.map.clone()), compared.map);
}

/// The charts first as ever: outlines arriving while the table is still being drawn (the charts not made)
/// make nothing yet; the view asks for both in turn.
#[test]
fn outlines_arriving_before_the_charts_make_nothing_early() {
    let mut s = State::default().apply(Action::LoadExample);
    s.background = false;
    let s = s.apply(Action::Run).apply(Action::Outlines(true));
    let p = s.prepared.clone().expect("prepared");
    assert!(p.charts.is_none() && p.map.is_none() && p.figures_waiting());
}
