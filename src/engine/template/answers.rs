//! The answers' columns of a questionnaire (each question, or each option of a question of several answers,
//! word for word), the example row, and the CSV of both.

use crate::engine::lang::Lang;
use crate::engine::model::Side;
use crate::engine::survey::questionnaire::{mark, options, picks, Answer, Opt, Question};
use crate::engine::xlsx::neutralize;

/// A column of the answers' sheet: a question, or one option of a question of several answers.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerColumn {
    /// The header, word for word: the question, or `Question [Option]`.
    pub header: String,
    /// The question.
    pub question: Question,
    /// The option, for a question of several answers.
    pub option: Option<Opt>,
}

/// The answers' columns of a side's questionnaire in `lang`, in order; the mark's column is last, after them.
pub fn columns(side: Side, lang: Lang) -> Vec<AnswerColumn> {
    let mut out = Vec::new();
    for &question in crate::engine::survey::questionnaire::questions(side) {
        let text = question.text(lang);
        match question.answer {
            Answer::Many(choice) => out.extend(options(choice, lang).into_iter().map(|o| AnswerColumn {
                header: format!("{text} [{}]", o.text),
                question,
                option: Some(o),
            })),
            _ => out.push(AnswerColumn { header: text.to_string(), question, option: None }),
        }
    }
    out
}

/// The headers of the answers' sheet: the columns', then the mark.
pub fn headers(side: Side, lang: Lang) -> Vec<String> {
    columns(side, lang).into_iter().map(|c| c.header).chain(std::iter::once(mark(side, lang))).collect()
}

/// The example row: an answer in every column a respondent fills in (two areas ticked, one language), its mark's
/// cell saying it is the example, so that the reading leaves it out.
pub fn example_row(side: Side, lang: Lang) -> Vec<String> {
    use crate::engine::survey::questionnaire::OptValue;
    use crate::engine::survey::Field;
    let pick = picks(side, lang);
    let entity = pick
        .iter()
        .find(|p| p.code == "4601" || p.code == "UA05020030000031457")
        .or(pick.first())
        .map(|p| p.choice.clone())
        .unwrap_or_default();
    let person = match side {
        Side::Offers => ["Kari Nordmann", "Rådgiver", "kari.nordmann@example.no", "55 00 00 00"],
        Side::Needs => ["Оксана Петренко", "Секретар ради", "oksana.petrenko@example.org", "044 000 00 00"],
    };
    let mut row: Vec<String> = columns(side, lang)
        .iter()
        .map(|c| match (c.question.field, &c.option) {
            (_, Some(o)) => match o.value {
                OptValue::Area(i) if i < 2 => "x".to_string(),
                OptValue::Language("en") => "x".to_string(),
                _ => String::new(),
            },
            (Field::MunicipalityName | Field::CommunityName, None) => entity.clone(),
            (Field::ContactName, None) => person[0].to_string(),
            (Field::ContactRole, None) => person[1].to_string(),
            (Field::ContactEmail, None) => person[2].to_string(),
            (Field::ContactPhone, None) => person[3].to_string(),
            (Field::Capacity | Field::PartnersWanted, None) => "2".to_string(),
            (_, None) => match c.question.answer {
                Answer::One(choice) => options(choice, lang).last().map(|o| o.text.clone()).unwrap_or_default(),
                _ => String::new(),
            },
        })
        .collect();
    row.push(crate::engine::fluent::plain(lang, "template-example").to_string());
    row
}

/// The CSV questionnaire: the headers and the example row, every text neutralised.
pub fn csv(side: Side, lang: Lang) -> String {
    let rows = [headers(side, lang), example_row(side, lang)];
    crate::engine::export::write_csv(
        rows.into_iter().map(|r| r.iter().map(|c| neutralize(c)).collect()),
        csv::Terminator::CRLF,
    )
}
