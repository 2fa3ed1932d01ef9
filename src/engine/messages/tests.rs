use super::*;
use crate::engine::survey::{IssueKind, Location};

/// Every message is written in all four languages and says something different in each (a language copied
/// from another by mistake would show: nynorsk that is bokmål too).
#[test]
fn every_issue_has_four_distinct_texts() {
    for kind in IssueKind::examples() {
        let texts: Vec<String> = Lang::ALL.iter().map(|&l| issue(l, &kind)).collect();
        assert!(texts.iter().all(|t| !t.is_empty()), "{kind:?}");
        let distinct: std::collections::BTreeSet<&String> = texts.iter().collect();
        assert_eq!(distinct.len(), texts.len(), "{kind:?}: {texts:?}");
    }
}

#[test]
fn locations_in_three_languages() {
    let l = Location {
        file: "f.xlsx".into(),
        sheet: Some("Svar".into()),
        row: Some(4),
        column: Some("B".into()),
        header: Some("Kommune".into()),
    };
    assert_eq!(location(Lang::En, &l), "f.xlsx › Svar › row 4 › column B “Kommune”");
    assert_eq!(location(Lang::Nb, &l), "f.xlsx › Svar › rad 4 › kolonne B «Kommune»");
    assert_eq!(location(Lang::Nn, &l), "f.xlsx › Svar › rad 4 › kolonne B «Kommune»");
    assert_eq!(location(Lang::Uk, &l), "f.xlsx › Svar › рядок 4 › стовпець B «Kommune»");
}
