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

/// Counts in the messages about the data are said with the language's plural form and digit grouping.
#[test]
fn counts_are_said_in_sentences() {
    use crate::engine::MatchError;
    let over = |locked: usize, limit: u32, lang| {
        let e = MatchError::OverCapacity { id: "4601".into(), name: "Bergen".into(), locked, limit };
        match_error(lang, &e)
    };
    assert!(over(3, 2, Lang::En).contains("Remove 1 lock or"), "{}", over(3, 2, Lang::En));
    assert!(over(4, 2, Lang::En).contains("Remove 2 locks or"));
    assert!(over(3, 2, Lang::Nb).contains("Fjern 1 låsing eller") && over(5, 2, Lang::Nb).contains("Fjern 3 låsinger"));
    assert!(over(5, 2, Lang::Nn).contains("Fjern 3 låsingar"));
    assert!(
        over(2, 1, Lang::Uk).contains("має 2 закріплені пари")
            && over(5, 1, Lang::Uk).contains("має 5 закріплених пар")
    );
    assert!(over(21, 1, Lang::Uk).contains("має 21 закріплену пару"), "{}", over(21, 1, Lang::Uk));
    // An id is never a number: 4601 is not written 4,601.
    assert!(over(3, 2, Lang::En).starts_with("Bergen (4601) has 3 locked pairs"));
    let big = MatchError::TooLarge { offers: 1500, needs: 1000, limit: 1_000_000 };
    assert!(match_error(Lang::Nb, &big).starts_with("1\u{a0}500 kommuner"), "{}", match_error(Lang::Nb, &big));
}

/// Why a pair was not made, with the names: one place or several, said as a sentence (the results JSON keeps
/// the English one).
#[test]
fn reasons_with_names_say_their_counts() {
    use crate::engine::results::WhyNot;
    let full = |lang, capacity| why_not_named(lang, WhyNot::OfferFull, "Bergen", capacity, "Bucha", 1);
    assert_eq!(full(Lang::En, 1), "Bergen has used its one place on a pair that gives a higher total.");
    assert_eq!(full(Lang::En, 3), "Bergen has used all its 3 places on pairs that give a higher total.");
    assert!(full(Lang::Uk, 3).contains("усі 3 місця") && full(Lang::Uk, 5).contains("усі 5 місць"));
    assert!(full(Lang::Nn, 2).contains("alle dei 2 plassane"));
    assert_eq!(why_not_en(WhyNot::OfferFull, "Bergen", 3, "Bucha", 1), full(Lang::En, 3));
}
