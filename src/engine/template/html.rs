//! The questionnaire as a page to print and to copy from, question by question, into a form tool: each question
//! word for word, what kind of question to choose in Microsoft Forms, Google Forms and Nettskjema, its help (what
//! the answer is used for), personal data marked with why it is asked, and its options; the long list of
//! municipalities or communities folded, one per line, ready to paste.

use crate::engine::fluent::plain;
use crate::engine::lang::Lang;
use crate::engine::letters::render::escape;
use crate::engine::model::Side;
use crate::engine::survey::questionnaire::{mark, options, picks, questions, Answer, Question, COUNT_MAX};
use crate::engine::survey::QUESTIONNAIRE_VERSION;
use crate::say;
use std::fmt::Write;

const STYLE: &str = "body{font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1f24;background:#f6f7f9;margin:0}\
main{max-width:46rem;margin:0 auto;padding:2rem 1.25rem;background:#fff}\
h1{font-size:1.6rem;line-height:1.25;margin:0 0 .75rem}h2{font-size:1.15rem;margin:2rem 0 .5rem}\
.intro{color:#3b4350}.guide{background:#eef3f8;border-left:4px solid #2f6fab;padding:.75rem 1rem;margin:1.25rem 0}\
.guide h2{margin-top:0}.guide p{margin:.4rem 0}\
ol.questions{padding-left:1.5rem}ol.questions>li{margin:0 0 1.5rem;padding:0 0 1rem;border-bottom:1px solid #dde2e8;break-inside:avoid}\
.q{font-weight:600;font-size:1.05rem}.kind{display:inline-block;font-size:.85rem;background:#e8ecf1;border-radius:4px;padding:0 .4rem;margin:.25rem 0}\
.help{margin:.35rem 0;color:#3b4350}.personal{margin:.35rem 0;padding:.35rem .6rem;background:#fff4e0;border-left:4px solid #b86e00}\
ul.options{columns:2;column-gap:2rem;margin:.35rem 0;padding-left:1.25rem}ul.options li{break-inside:avoid}\
details{margin:.5rem 0}pre{white-space:pre-wrap;background:#f3f4f6;padding:.5rem;max-height:20rem;overflow:auto;font-size:.85rem}\
footer{margin-top:2rem;font-size:.85rem;color:#5b6470}\
@media print{body{background:#fff}main{max-width:none;padding:0}details{display:none}ul.options{columns:2}}\
@media (max-width:36rem){ul.options{columns:1}}";

/// What kind of question to make for `question`, in `lang`.
fn kind(question: &Question, lang: Lang) -> &'static str {
    plain(
        lang,
        match question.answer {
            Answer::Entity => "template-kind-entity",
            Answer::Text => "template-kind-text",
            Answer::Count => "template-kind-count",
            Answer::One(_) => "template-kind-one",
            Answer::Many(_) => "template-kind-many",
        },
    )
}

/// The options a question lists (none for text; the entity list folded apart).
fn option_texts(question: &Question, lang: Lang) -> Vec<String> {
    match question.answer {
        Answer::Count => (1..=COUNT_MAX).map(|n| n.to_string()).collect(),
        Answer::One(c) | Answer::Many(c) => options(c, lang).into_iter().map(|o| o.text).collect(),
        Answer::Entity | Answer::Text => Vec::new(),
    }
}

fn question_html(out: &mut String, side: Side, question: &Question, lang: Lang) {
    let _ = write!(
        out,
        "<li><p class=\"q\">{}</p><p class=\"kind\">{}</p><p class=\"help\">{}</p>",
        escape(question.text(lang)),
        escape(kind(question, lang)),
        escape(question.help(lang))
    );
    if question.personal() {
        let _ = write!(
            out,
            "<p class=\"personal\"><strong>{}:</strong> {}</p>",
            escape(plain(lang, "template-personal")),
            escape(plain(lang, "template-personal-why"))
        );
    }
    let texts = option_texts(question, lang);
    if !texts.is_empty() {
        out.push_str("<ul class=\"options\">");
        for t in &texts {
            let _ = write!(out, "<li>{}</li>", escape(t));
        }
        out.push_str("</ul>");
    }
    if question.answer == Answer::Entity {
        let all = picks(side, lang);
        let count = all.len();
        let lines: Vec<&str> = all.iter().map(|p| p.choice.as_str()).collect();
        let _ = write!(
            out,
            "<details><summary>{}</summary><pre>{}</pre></details>",
            escape(&say!(lang, "template-list", count = count)),
            escape(&lines.join("\n"))
        );
    }
    out.push_str("</li>");
}

/// The questionnaire of `side` in `lang` as a page to print.
pub fn html(side: Side, lang: Lang) -> String {
    let title = plain(lang, if side == Side::Offers { "template-title-offers" } else { "template-title-needs" });
    let side_word = plain(lang, if side == Side::Offers { "template-side-offers" } else { "template-side-needs" });
    let intro = say!(
        lang,
        "template-intro",
        version = QUESTIONNAIRE_VERSION.to_string(),
        side = side_word,
        language = lang.name()
    );
    let mut out = String::new();
    let _ = write!(
        out,
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>{STYLE}</style></head><body><main><h1>{}</h1><p class=\"intro\">{}</p>",
        lang.code(),
        escape(title),
        escape(title),
        escape(&intro)
    );
    let _ = write!(out, "<section class=\"guide\"><h2>{}</h2>", escape(plain(lang, "template-guide")));
    for id in ["template-guide-ms", "template-guide-google", "template-guide-nettskjema", "template-guide-sheet"] {
        let _ = write!(out, "<p>{}</p>", escape(plain(lang, id)));
    }
    out.push_str("</section><ol class=\"questions\">");
    for question in questions(side) {
        question_html(&mut out, side, question, lang);
    }
    let note = say!(lang, "template-version-note", version = QUESTIONNAIRE_VERSION.to_string());
    let _ =
        writeln!(out, "</ol><footer>{} · {}</footer></main></body></html>", escape(&note), escape(&mark(side, lang)));
    out
}
