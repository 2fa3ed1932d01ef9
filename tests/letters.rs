//! The introductions as a mail program and a browser see them: every e-mail draft parsed back by Python's own
//! `email` package (an independent parser, `tests/letters_check.py`), with exactly the intended headers,
//! recipients, subject and text in both languages; hostile survey text generated and shown to add no header,
//! no tag and no recipient, and to lose nothing.
#![cfg(not(target_arch = "wasm32"))]

use kommunematch::engine::letter_text::{LetterText, TextPart};
use kommunematch::engine::letters::{self, compose::one_line, eml, Address, LetterOptions};
use kommunematch::engine::messages::Lang;
use kommunematch::engine::{example_inputs, read_dataset, run, Dataset, Preset, Results, Settings};
use proptest::prelude::*;
use serde_json::Value;
use std::collections::BTreeSet;
use std::sync::OnceLock;

fn example() -> &'static (Dataset, Results) {
    static DATA: OnceLock<(Dataset, Results)> = OnceLock::new();
    DATA.get_or_init(|| {
        let (_, data) = read_dataset(&example_inputs(), &Preset::default()).expect("example");
        let results = run(&data, &Settings::default()).expect("run");
        (data, results)
    })
}

/// The drafts of a ZIP as Python's `email` package reads them.
fn parsed(zip: &[u8]) -> Vec<Value> {
    let dir = std::env::temp_dir().join(format!("km-letters-{}-{:?}", std::process::id(), std::thread::current().id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("drafts.zip");
    std::fs::write(&path, zip).expect("write zip");
    let out = std::process::Command::new("python3")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/letters_check.py"))
        .arg(&path)
        .output()
        .expect("python3");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("json")
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().into_iter().flatten().filter_map(|s| s.as_str().map(String::from)).collect()
}

fn cc() -> Address {
    letters::address::parse("koordinator@ks.no").expect("cc").remove(0)
}

#[test]
fn every_pair_of_the_example_is_a_draft_a_mail_program_reads_as_intended() {
    let (data, results) = example();
    let options = LetterOptions { text: &LetterText::default(), contacts: true };
    let letters = letters::compose(data, &results.pairs, options).expect("letters");
    assert_eq!(letters.len(), results.pairs.len(), "a letter per pair");
    let cc = cc();
    let zip = eml::drafts_zip(&letters, Some(&cc)).expect("zip");
    let drafts = parsed(&zip);
    assert_eq!(drafts.len(), letters.len());
    let nynorsk =
        letters.iter().filter(|l| l.parts.iter().any(|p| p.lang == kommunematch::engine::lang::Lang::Nn)).count();
    assert!(nynorsk > 0 && nynorsk < letters.len(), "the example has municipalities of both written standards");
    for (letter, d) in letters.iter().zip(&drafts) {
        let file = d["file"].as_str().unwrap_or_default();
        let mut names = strings(&d["header_names"]);
        names.sort();
        let mut want = vec!["Cc", "Content-Type", "MIME-Version", "Subject", "X-Unsent"];
        if !letter.to.is_empty() {
            want.push("To");
        }
        want.sort_unstable();
        assert_eq!(names, want, "{file}: exactly the intended headers");
        assert_eq!(d["defects"], serde_json::json!([]), "{file}");
        assert_eq!(d["unsent"], "1", "{file}");
        assert_eq!(d["subject"], letter.subject.as_str(), "{file}");
        assert!(letter.subject.contains(&letter.municipality) && letter.subject.contains(&letter.community));
        let to: Vec<(String, String)> = letter
            .to
            .iter()
            .map(|r| (eml::display_name(&r.name).unwrap_or("").to_string(), r.address.as_str().to_string()))
            .collect();
        let got: Vec<(String, String)> = d["to"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|m| (m[0].as_str().unwrap_or_default().to_string(), m[1].as_str().unwrap_or_default().to_string()))
            .collect();
        assert_eq!(got, to, "{file}: the recipients");
        assert_eq!(d["cc"], serde_json::json!([["", "koordinator@ks.no"]]), "{file}");
        let parts = d["parts"].as_array().expect("parts");
        assert_eq!(
            parts.iter().map(|p| p["type"].as_str().unwrap_or_default()).collect::<Vec<_>>(),
            ["text/plain", "text/html"]
        );
        for p in parts {
            assert_eq!(p["charset"], "utf-8", "{file}");
            let text = p["text"].as_str().unwrap_or_default();
            // Both languages decoded right, and both sides named in each; the Norwegian part in the municipality's
            // official written standard (nynorsk or bokmål).
            let norwegian =
                match kommunematch::engine::gazetteer::kommune_by_number(&letter.offer_id).map(|k| k.written) {
                    Some(kommunematch::engine::gazetteer::Written::Nynorsk) => "Partnaren dykkar",
                    _ => "Partneren deres",
                };
            let other = if norwegian == "Partneren deres" { "Partnaren dykkar" } else { "Partneren deres" };
            assert!(!text.contains(other), "{file}: one Norwegian part, in the municipality's written standard");
            for needle in [norwegian, "Ваш партнер", "The partners", &letter.municipality, &letter.community]
            {
                assert!(text.contains(needle), "{file} {}: {needle:?} missing", p["type"]);
            }
        }
        let tags: BTreeSet<String> = strings(&parts[1]["tags"]).into_iter().collect();
        let allowed: BTreeSet<String> =
            ["html", "head", "meta", "title", "body", "section", "h2", "h3", "p", "br", "dl", "dt", "dd", "hr"]
                .map(String::from)
                .into();
        assert!(tags.is_subset(&allowed), "{file}: {tags:?}");
    }
}

#[test]
fn without_contacts_a_letter_has_no_recipient_and_says_how_to_reach_the_partner() {
    let (data, results) = example();
    let options = LetterOptions { text: &LetterText::default(), contacts: false };
    let letters = letters::compose(data, &results.pairs[..3], options).expect("letters");
    for l in &letters {
        assert!(l.to.is_empty() && l.left_out.is_empty());
        let plain = letters::render::plain(l);
        assert!(plain.contains("gjennom programmets koordinatorer") && plain.contains("через координаторів програми"));
        assert!(!plain.contains('@'), "no address without contacts: {plain}");
    }
}

#[test]
fn the_coordinators_text_is_used_and_an_unknown_placeholder_stops_the_letters() {
    let (data, results) = example();
    let mut text = LetterText::default();
    text.set(Lang::Nb, TextPart::Greeting, Some("Kjære {municipality}, møt {partner} ({oblast}).".into()));
    let options = LetterOptions { text: &text, contacts: true };
    let letters = letters::compose(data, &results.pairs[..1], options).expect("letters");
    let plain = letters::render::plain(&letters[0]);
    let oblast = &data.needs.iter().find(|n| n.id == results.pairs[0].need_id).expect("need").oblast;
    assert!(plain.contains(&format!("Kjære {}, møt {}", letters[0].municipality, letters[0].community)), "{plain}");
    assert!(plain.contains(&format!("({})", one_line(oblast))) || plain.contains("область"), "{plain}");
    text.set(Lang::Uk, TextPart::FirstStep, Some("Напишіть {партнер}".into()));
    let options = LetterOptions { text: &text, contacts: true };
    let problems = letters::compose(data, &results.pairs, options).expect_err("unknown placeholder");
    assert_eq!(problems.len(), 1);
    assert_eq!((problems[0].0, problems[0].1), (Lang::Uk, TextPart::FirstStep));
}

#[test]
fn the_same_pairs_and_text_give_the_same_bytes() {
    let (data, results) = example();
    let options = LetterOptions { text: &LetterText::default(), contacts: true };
    let a = eml::drafts_zip(&letters::compose(data, &results.pairs, options).expect("a"), None).expect("zip");
    let b = eml::drafts_zip(&letters::compose(data, &results.pairs, options).expect("b"), None).expect("zip");
    assert_eq!(a, b);
}

#[test]
fn mailto_links_stay_within_what_mail_programs_accept() {
    let (data, results) = example();
    let options = LetterOptions { text: &LetterText::default(), contacts: true };
    let cc = cc();
    for l in letters::compose(data, &results.pairs, options).expect("letters") {
        let link = letters::mailto::mailto(&l, Some(&cc));
        assert!(link.len() <= letters::mailto::MOST, "{} characters", link.len());
        assert!(link.starts_with("mailto:") && link.contains("?cc=koordinator%40ks.no&subject="));
        assert!(link.is_ascii() && !link.contains(' ') && !link.contains('\n'));
        for r in &l.to {
            assert!(link.contains(&r.address.as_str().replace('@', "%40")));
        }
    }
}

/// Hostile survey text: line breaks of every kind, angle brackets, quotes, header-like lines, bidi controls,
/// script tags and very long runs.
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\r\nBcc: victim@evil.example".to_string()),
        Just("\nX-Injected: 1".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("\"><img src=x onerror=alert(1)>".to_string()),
        Just("\u{2028}\u{2029}\u{85}".to_string()),
        Just("\u{202E}\u{2066}\u{200F}".to_string()),
        Just("=?UTF-8?B?SGk=?=".to_string()),
        Just("=HYPERLINK(\"http://x\")".to_string()),
        Just("Ольга Коваленко".to_string()),
        Just("Kari Nordmann".to_string()),
        Just("x".repeat(400)),
        "[a-zA-ZæøåÆØÅіїєґІЇЄҐ'’ -]{0,12}",
        any::<String>(),
    ];
    proptest::collection::vec(piece, 0..5).prop_map(|v| v.concat())
}

fn hostile_address() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("kari@sola.kommune.no".to_string()),
        Just("o.koval@bucha-rada.gov.ua".to_string()),
        Just("kari@sola.no\r\nBcc: victim@evil.example".to_string()),
        Just("<kari@sola.no>, \"x\" <y@evil.example".to_string()),
        Just("anonymous".to_string()),
        Just(String::new()),
        "[a-z]{1,8}@[a-z]{1,8}\\.(no|ua)",
        hostile(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Nothing injected, nothing lost: with hostile names, positions and addresses in both contacts, every
    /// draft has exactly the intended headers and recipients (only the addresses that are addresses), the
    /// names decoded as written (made one line), no tag the letter did not write, and a recipient left out
    /// is said in the print view.
    #[test]
    fn hostile_contacts_add_no_header_no_tag_and_no_recipient(
        names in proptest::collection::vec(hostile(), 4),
        emails in proptest::collection::vec(hostile_address(), 2),
    ) {
        let (data, results) = example();
        let mut data = data.clone();
        let pair = &results.pairs[0];
        let o = data.offers.iter_mut().find(|o| o.id == pair.offer_id).expect("offer");
        o.contact.name = names[0].clone();
        o.contact.role = names[1].clone();
        o.contact.email = emails[0].clone();
        let n = data.needs.iter_mut().find(|n| n.id == pair.need_id).expect("need");
        n.contact.name = names[2].clone();
        n.contact.role = names[3].clone();
        n.contact.email = emails[1].clone();
        let options = LetterOptions { text: &LetterText::default(), contacts: true };
        let letters = letters::compose(&data, std::slice::from_ref(pair), options).expect("letters");
        let zip = eml::drafts_zip(&letters, None).expect("zip");
        let d = &parsed(&zip)[0];
        let l = &letters[0];
        let mut header_names = strings(&d["header_names"]);
        header_names.sort();
        let mut want = vec!["Content-Type", "MIME-Version", "Subject", "X-Unsent"];
        if !l.to.is_empty() { want.push("To"); }
        want.sort_unstable();
        prop_assert_eq!(header_names, want);
        prop_assert_eq!(&d["defects"], &serde_json::json!([]));
        let expected: Vec<String> = emails.iter().filter_map(|e| letters::address::parse(e).ok()).flatten().map(|a| a.as_str().to_string()).collect();
        let got: Vec<String> = d["to"].as_array().into_iter().flatten().map(|m| m[1].as_str().unwrap_or_default().to_string()).collect();
        prop_assert_eq!(&got, &expected);
        for a in &got {
            prop_assert!(letters::address::valid(a), "{}", a);
        }
        let got_names: Vec<String> = d["to"].as_array().into_iter().flatten().map(|m| m[0].as_str().unwrap_or_default().to_string()).collect();
        let want_names: Vec<String> = l.to.iter().map(|r| eml::display_name(&r.name).unwrap_or("").to_string()).collect();
        prop_assert_eq!(got_names, want_names);
        let html = &d["parts"][1];
        let tags: BTreeSet<String> = strings(&html["tags"]).into_iter().collect();
        let allowed: BTreeSet<String> =
            ["html", "head", "meta", "title", "body", "section", "h2", "h3", "p", "br", "dl", "dt", "dd", "hr"].map(String::from).into();
        prop_assert!(tags.is_subset(&allowed), "{:?}", tags);
        prop_assert!(strings(&html["attrs"]).iter().all(|a| a == "lang" || a == "charset"));
        // Nothing lost: each contact's name, made one line, is in both parts as written.
        for name in [&names[0], &names[2]] {
            let line = one_line(name);
            for part in d["parts"].as_array().expect("parts") {
                prop_assert!(part["text"].as_str().unwrap_or_default().contains(&line), "{:?} not in {}", line, part["type"]);
            }
        }
        let print = letters::render::print_view(&letters, Lang::Nb);
        prop_assert!(!print.contains("<script") && !print.contains("<img"));
        prop_assert_eq!(print.matches("class=\"missing\"").count(), l.left_out.len());
    }
}
