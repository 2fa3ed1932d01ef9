//! The pairs table's rows as HTML text: the page sets a group of rows at once (one parse by the browser, where
//! drawing element by element costs some sixty calls a row), which is what lets the national table of some
//! five hundred rows be drawn in a few tasks. Every text from the surveys and every message is escaped: shown,
//! never read as markup.

use super::i18n::{self, t, tf, Lang};
use crate::engine::letters::render::escape;
use crate::engine::results::PairOut;
use crate::key;
use std::fmt::Write;

/// Area labels of codes, in `lang`.
pub fn areas(lang: Lang, codes: &[String]) -> String {
    codes.iter().map(|c| i18n::area(lang, c)).collect::<Vec<_>>().join(", ")
}

/// A name as the page shows it: a Cyrillic name with its Latin transliteration beside it in the nb, nn and en
/// interface ("Бучанська (Buchanska)").
pub fn shown_name(lang: Lang, name: &str) -> String {
    super::map::ua_name(lang, name)
}

/// A pair's score by component, in `lang`.
pub fn components(lang: Lang, p: &PairOut) -> String {
    p.components
        .iter()
        .map(|c| format!("{} {:+}", i18n::t_named(lang, &format!("component.{}", c.name)), c.points))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// What the pair's row says after the community's name: locked (by the coordinator or as a mutual tie), or an
/// existing partnership.
pub fn lock_note(lang: Lang, p: &PairOut) -> Option<&'static str> {
    match p.lock_source.as_deref() {
        Some("mutual_tie") => Some(t(lang, key!("locked.tie"))),
        Some(_) => Some(t(lang, key!("locked"))),
        None if p.existing_tie => Some(t(lang, key!("tie"))),
        None => None,
    }
}

/// The rows of `pairs` as the table's body holds them: each row names its pair in `data-offer` and
/// `data-need` (a listener on the table hears its buttons), with the lock and forbid buttons when the results
/// can be adjusted (`can_adjust`). No row is marked picked: the table marks the picked one.
pub fn rows_html(lang: Lang, pairs: &[PairOut], can_adjust: bool) -> String {
    let mut out = String::with_capacity(pairs.len() * 900);
    for p in pairs {
        row(&mut out, lang, p, can_adjust);
    }
    out
}

fn row(out: &mut String, lang: Lang, p: &PairOut, can_adjust: bool) {
    let _ = write!(
        out,
        r#"<tr role="row" data-offer="{}" data-need="{}" data-locked="{}" data-highlighted="false">"#,
        escape(&p.offer_id),
        escape(&p.need_id),
        p.locked
    );
    let (offer, need) = (shown_name(lang, &p.offer_name), shown_name(lang, &p.need_name));
    out.push_str(r#"<td role="cell">"#);
    name_button(out, lang, &offer, "offer");
    let _ = write!(out, r#"<span class="id"> {}</span></td><td role="cell">"#, escape(&p.offer_id));
    name_button(out, lang, &need, "need");
    let _ = write!(out, r#"<span class="id"> {}</span>"#, escape(&p.need_id));
    if let Some(note) = lock_note(lang, p) {
        let _ = write!(out, r#"<span class="badge">{}</span>"#, escape(note));
    }
    let mut met = p.urgent_needs_met.clone();
    met.extend(p.long_term_needs_met.iter().cloned());
    let _ = write!(
        out,
        r#"</td><td role="cell" class="num">{}</td><td role="cell">{}</td><td role="cell" class="components">{}</td>"#,
        escape(&i18n::num(lang, p.score)),
        escape(&areas(lang, &met)),
        escape(&components(lang, p))
    );
    if can_adjust {
        out.push_str(r#"<td role="cell" class="no-print">"#);
        if !p.locked {
            // The pair's names as the surveys give them, as the explanation's buttons say them.
            let names = [p.offer_name.as_str(), p.need_name.as_str()];
            let _ = write!(
                out,
                concat!(
                    r#"<span class="actions"><button type="button" class="small" data-action="lock" aria-label="{}">{}</button>"#,
                    r#"<button type="button" class="small secondary" data-action="veto" aria-label="{}">{}</button></span>"#
                ),
                escape(&tf(lang, key!("lock.pair"), &names)),
                escape(t(lang, key!("lock"))),
                escape(&tf(lang, key!("veto.pair"), &names)),
                escape(t(lang, key!("veto")))
            );
        }
        out.push_str("</td>");
    }
    out.push_str("</tr>");
}

/// A name that opens its explanation, marked with its side for the table's listener.
fn name_button(out: &mut String, lang: Lang, shown: &str, side: &str) {
    let _ = write!(
        out,
        r#"<button type="button" class="link name" data-explain="{side}" aria-label="{}">{}</button>"#,
        escape(&tf(lang, key!("explain.open"), &[shown])),
        escape(shown)
    );
}

/// A change to the rows a table's body holds, to make it hold others: by the rows' positions in the old list
/// and the new.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowEdit {
    /// The old row `0` goes.
    Remove(usize),
    /// The old row `0` becomes the new row `1`.
    Replace(usize, usize),
    /// A new row comes.
    Insert {
        /// The old row it comes before (after the last one when this is the old list's length).
        before: usize,
        /// Its position in the new list.
        new: usize,
    },
}

/// At most this many rows changed one by one; more are set again whole.
pub const MAX_EDITS: usize = 64;

/// The changes that make the rows `old` into `new`, pair by pair (a pair is its two ids), when both lists hold
/// the pairs they share in the same order and at most [`MAX_EDITS`] rows change: a veto takes one row away and
/// may change a few others, a lock changes one. `None` otherwise (another order, other results): the rows are
/// then set again whole.
pub fn row_edits(old: &[PairOut], new: &[PairOut]) -> Option<Vec<RowEdit>> {
    use std::collections::HashSet;
    fn key(p: &PairOut) -> (&str, &str) {
        (&p.offer_id, &p.need_id)
    }
    let old_keys: HashSet<_> = old.iter().map(key).collect();
    let new_keys: HashSet<_> = new.iter().map(key).collect();
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < old.len() || j < new.len() {
        let edit = match (old.get(i), new.get(j)) {
            (Some(o), _) if !new_keys.contains(&key(o)) => {
                i += 1;
                RowEdit::Remove(i - 1)
            }
            (_, Some(n)) if !old_keys.contains(&key(n)) => {
                j += 1;
                RowEdit::Insert { before: i, new: j - 1 }
            }
            (Some(o), Some(n)) if key(o) == key(n) => {
                (i, j) = (i + 1, j + 1);
                if o == n {
                    continue;
                }
                RowEdit::Replace(i - 1, j - 1)
            }
            // The pairs both hold come in another order.
            _ => return None,
        };
        out.push(edit);
        if out.len() > MAX_EDITS {
            return None;
        }
    }
    Some(out)
}

// Native only: proptest is not built for wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::engine::score::Component;
    use proptest::prelude::*;

    /// What a row's HTML text reads as: start tags with their attributes, end tags, and text, each entity
    /// read back. Every `<` of the text is markup (text and attribute values are escaped); no value holds a
    /// `"`.
    #[derive(Debug, PartialEq)]
    enum Token {
        Start(String, Vec<(String, String)>),
        End(String),
        Text(String),
    }

    fn unescape(s: &str) -> String {
        let out = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
        out.replace("&#13;", "\r").replace("&amp;", "&")
    }

    fn tokens(html: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut rest = html;
        while !rest.is_empty() {
            if let Some(tag) = rest.strip_prefix('<') {
                let end = tag.find('>').expect("a tag ends");
                let inside = &tag[..end];
                rest = &tag[end + 1..];
                if let Some(name) = inside.strip_prefix('/') {
                    out.push(Token::End(name.to_string()));
                    continue;
                }
                let (name, mut attrs_text) = inside.split_once(' ').unwrap_or((inside, ""));
                let mut attrs = Vec::new();
                while let Some((k, v)) = attrs_text.trim_start().split_once("=\"") {
                    let (value, after) = v.split_once('"').expect("a value ends");
                    attrs.push((k.to_string(), unescape(value)));
                    attrs_text = after;
                }
                assert!(attrs_text.trim().is_empty(), "nothing but attributes in a tag: {inside:?}");
                out.push(Token::Start(name.to_string(), attrs));
            } else {
                let end = rest.find('<').unwrap_or(rest.len());
                assert!(!rest[..end].contains('>') && !rest[..end].contains('\r'), "text escaped: {:?}", &rest[..end]);
                out.push(Token::Text(unescape(&rest[..end])));
                rest = &rest[end..];
            }
        }
        out
    }

    fn attr<'a>(t: &'a Token, name: &str) -> Option<&'a str> {
        match t {
            Token::Start(_, attrs) => attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    fn pair(offer_id: &str, offer_name: &str, need_id: &str, need_name: &str, locked: bool) -> PairOut {
        PairOut {
            offer_id: offer_id.into(),
            offer_name: offer_name.into(),
            need_id: need_id.into(),
            need_name: need_name.into(),
            score: 1234,
            components: vec![Component { name: "urgent_need".into(), points: 30 }],
            urgent_needs_met: vec!["INF-WAT".into()],
            long_term_needs_met: Vec::new(),
            locked,
            lock_source: locked.then(|| "coordinator".into()),
            existing_tie: false,
        }
    }

    /// The text inside each element named `tag`, in order, and every token of the row.
    fn read_row(html: &str, tag: &str) -> (Vec<String>, Vec<Token>) {
        let all = tokens(html);
        let mut texts = Vec::new();
        for (i, t) in all.iter().enumerate() {
            if matches!(t, Token::Start(n, _) if n == tag) {
                let inside = all[i + 1..].iter().take_while(|t| !matches!(t, Token::End(n) if n == tag));
                texts.push(
                    inside.filter_map(|t| if let Token::Text(x) = t { Some(x.as_str()) } else { None }).collect(),
                );
            }
        }
        (texts, all)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Whatever the surveys' names and ids hold (markup, quotes, entities, line breaks, any character),
        /// the row reads back as exactly its pair: the ids in its attributes and after the names, the names as
        /// the page shows them, the buttons' labels naming them; and no element but the row's own.
        #[test]
        fn any_names_and_ids_read_back_as_themselves(
            offer_id in any::<String>(), offer_name in any::<String>(), need_id in any::<String>(),
            need_name in any::<String>(), locked in any::<bool>(), can_adjust in any::<bool>(),
            lang in prop::sample::select(Lang::ALL.to_vec()),
        ) {
            let p = pair(&offer_id, &offer_name, &need_id, &need_name, locked);
            let html = rows_html(lang, std::slice::from_ref(&p), can_adjust);
            let (buttons_text, all) = read_row(&html, "button");
            let (spans_text, _) = read_row(&html, "span");
            prop_assert_eq!(attr(&all[0], "data-offer"), Some(offer_id.as_str()));
            prop_assert_eq!(attr(&all[0], "data-need"), Some(need_id.as_str()));
            let (offer, need) = (shown_name(lang, &offer_name), shown_name(lang, &need_name));
            prop_assert_eq!(&buttons_text[0], &offer);
            prop_assert_eq!(&spans_text[0], &format!(" {offer_id}"));
            prop_assert_eq!(&buttons_text[1], &need);
            prop_assert_eq!(&spans_text[1], &format!(" {need_id}"));
            let buttons: Vec<&Token> = all.iter().filter(|t| matches!(t, Token::Start(n, _) if n == "button")).collect();
            prop_assert_eq!(attr(buttons[0], "aria-label").map(str::to_string), Some(tf(lang, key!("explain.open"), &[&offer])));
            prop_assert_eq!(attr(buttons[1], "aria-label").map(str::to_string), Some(tf(lang, key!("explain.open"), &[&need])));
            let adjust = can_adjust && !locked;
            prop_assert_eq!(buttons.len(), if adjust { 4 } else { 2 });
            if adjust {
                let names = [offer_name.as_str(), need_name.as_str()];
                prop_assert_eq!(attr(buttons[2], "aria-label").map(str::to_string), Some(tf(lang, key!("lock.pair"), &names)));
                prop_assert_eq!(attr(buttons[3], "aria-label").map(str::to_string), Some(tf(lang, key!("veto.pair"), &names)));
            }
            // The row and its cells say their roles (the screen's layout is not a table's).
            prop_assert_eq!(attr(&all[0], "role"), Some("row"));
            let cells_roles: Vec<Option<&str>> = all.iter().filter(|t| matches!(t, Token::Start(n, _) if n == "td")).map(|t| attr(t, "role")).collect();
            prop_assert_eq!(cells_roles, vec![Some("cell"); if can_adjust { 6 } else { 5 }]);
            // The row's own elements, each closed: a tr, its cells, the buttons and spans.
            let starts = all.iter().filter(|t| matches!(t, Token::Start(..))).count();
            let ends = all.iter().filter(|t| matches!(t, Token::End(..))).count();
            let cells = if can_adjust { 6 } else { 5 };
            let spans = 2 + usize::from(locked) + usize::from(adjust);
            prop_assert_eq!((starts, ends), (1 + cells + buttons.len() + spans, 1 + cells + buttons.len() + spans));
        }

        /// Changing a table's rows one by one as [`row_edits`] says gives the new rows, whatever was taken away,
        /// added or changed (the oracle: the edits done on a list).
        #[test]
        fn row_edits_make_the_new_rows(
            old_keys in prop::collection::btree_set(0u8..40, 0..30),
            gone in prop::collection::vec(any::<bool>(), 40),
            changed in prop::collection::vec(any::<bool>(), 40),
            added in prop::collection::btree_set(40u8..80, 0..8),
        ) {
            let row = |k: u8, locked: bool| pair(&format!("o{k}"), "A", &format!("n{k}"), "B", locked);
            let old: Vec<PairOut> = old_keys.iter().map(|&k| row(k, false)).collect();
            let mut new: Vec<PairOut> = old_keys.iter().filter(|&&k| !gone[k as usize])
                .map(|&k| row(k, changed[k as usize])).chain(added.iter().map(|&k| row(k, false))).collect();
            new.sort_by(|a, b| a.offer_id.cmp(&b.offer_id));
            let mut sorted_old = old.clone();
            sorted_old.sort_by(|a, b| a.offer_id.cmp(&b.offer_id));
            let Some(edits) = row_edits(&sorted_old, &new) else {
                // Only when too many rows change.
                prop_assert!(sorted_old.len() + new.len() > MAX_EDITS);
                return Ok(());
            };
            prop_assert!(edits.len() <= MAX_EDITS);
            // Done on a list of (old position or new row) as the page does them on the body's rows.
            let mut list: Vec<(Option<usize>, PairOut)> = sorted_old.iter().cloned().enumerate().map(|(i, p)| (Some(i), p)).collect();
            let at = |list: &Vec<(Option<usize>, PairOut)>, i: usize| list.iter().position(|(o, _)| *o == Some(i));
            for e in edits {
                match e {
                    RowEdit::Remove(i) => { let k = at(&list, i).expect("there"); list.remove(k); }
                    RowEdit::Replace(i, n) => { let k = at(&list, i).expect("there"); list[k] = (None, new[n].clone()); }
                    RowEdit::Insert { before, new: n } => {
                        let k = at(&list, before).unwrap_or(list.len());
                        list.insert(k, (None, new[n].clone()));
                    }
                }
            }
            let made: Vec<PairOut> = list.into_iter().map(|(_, p)| p).collect();
            prop_assert_eq!(made, new);
        }
    }

    #[test]
    fn rows_in_another_order_are_set_again_whole() {
        let a = pair("1", "A", "x", "X", false);
        let b = pair("2", "B", "y", "Y", false);
        assert_eq!(row_edits(&[a.clone(), b.clone()], &[b.clone(), a.clone()]), None);
        assert_eq!(row_edits(&[a.clone(), b.clone()], &[a.clone(), b.clone()]), Some(Vec::new()));
        assert_eq!(row_edits(&[a, b.clone()], std::slice::from_ref(&b)), Some(vec![RowEdit::Remove(0)]));
    }
}
