//! The words of the introductions: their headings and labels, the sentences made from the pair, the default
//! texts the coordinator may rewrite, and what is wrong with a rewritten text.

use crate::engine::lang::Lang;
use crate::engine::letter_text::{Placeholder, TextError, TextPart};
use crate::engine::model::{Category, Form};
use crate::say;

/// A heading, label or sentence of a letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LetterWord {
    /// The subject's first word.
    Subject,
    /// The heading of the part in this language.
    PartHeading,
    /// Heading: who the partner is.
    AboutPartner,
    /// Heading (English part): who both partners are.
    ThePartners,
    /// Heading: why they were matched.
    WhyMatched,
    /// Heading: whom to contact.
    Contacts,
    /// Heading: the first step.
    FirstStep,
    /// Label: official name.
    Name,
    /// Label: county.
    County,
    /// Label: oblast.
    Oblast,
    /// Label: raion.
    Raion,
    /// Label: population.
    Population,
    /// Label: where the community is.
    Situation,
    /// Label: urgent needs met.
    UrgentMet,
    /// Label: long-term needs met.
    LongTermMet,
    /// Label: the cooperation the municipality offers.
    Cooperation,
    /// Label: working languages both have.
    CommonLanguages,
    /// Label: what the Norwegian side wants to learn.
    WantsToLearn,
    /// Sentence: one named the other as an existing partner.
    ExistingTie,
    /// Sentence: no contact details in this letter.
    NoContact,
    /// Label: position.
    Role,
    /// Label: e-mail.
    Email,
    /// Label: phone.
    Phone,
    /// Sentence: the address that was in the survey cannot be used.
    AddressUnusable,
    /// Sentence: the survey gave no address.
    AddressMissing,
}

/// A letter's word in `lang`.
pub fn letter_word(lang: Lang, w: LetterWord) -> &'static str {
    use LetterWord::*;
    crate::engine::fluent::plain(
        lang,
        match w {
            Subject => "letters-partnership",
            PartHeading => "letters-english-both-partners",
            AboutPartner => "letters-your-partner",
            ThePartners => "letters-partners",
            WhyMatched => "letters-why-you-were-matched",
            Contacts => "letters-contact-persons",
            FirstStep => "letters-first-step",
            Name => "letters-name",
            County => "letters-county",
            Oblast => "letters-oblast",
            Raion => "letters-raion",
            Population => "letters-population",
            Situation => "letters-situation",
            UrgentMet => "letters-urgent-needs-met",
            LongTermMet => "letters-long-term-needs-met",
            Cooperation => "letters-cooperation-offered",
            CommonLanguages => "letters-common-working-languages",
            WantsToLearn => "letters-what-norwegian-municipality-wants",
            ExistingTie => "letters-you-named-other-existing",
            NoContact => "letters-contact-details-given-here",
            Role => "letters-position",
            Email => "letters-e-mail",
            Phone => "letters-phone",
            AddressUnusable => "letters-e-mail-address-survey",
            AddressMissing => "letters-survey-gives-e-mail",
        },
    )
}

/// The cooperation a municipality offers, in `lang`.
pub fn form_words(lang: Lang, f: Form) -> &'static str {
    crate::engine::fluent::plain(
        lang,
        match f {
            Form::Acute => "letters-short-term-acute-help",
            Form::LongTerm => "letters-long-term-cooperation",
            Form::Both => "letters-acute-help-long-term",
        },
    )
}

/// Where a community is, in `lang` (empty when not answered).
pub fn situation_words(lang: Lang, c: Category) -> &'static str {
    match c {
        Category::Unknown => "",
        c => super::reading::category_words(lang, c),
    }
}

/// A working language's name, in `lang` (its ISO 639-1 code when unknown).
pub fn language_name(lang: Lang, code: &str) -> String {
    crate::engine::survey::values::language_label(lang, code)
}

/// The text a part has until the coordinator writes their own.
pub fn default_text(lang: Lang, part: TextPart) -> &'static str {
    crate::engine::fluent::plain(
        lang,
        match part {
            TextPart::Greeting => "letters-dear-colleagues-through-municipal",
            TextPart::FirstStep => "letters-please-write-each-other",
            TextPart::Signature => "letters-kind-regards-programme-s",
        },
    )
}

/// A text part's name, in `lang`.
pub fn text_part(lang: Lang, part: TextPart) -> &'static str {
    crate::engine::fluent::plain(
        lang,
        match part {
            TextPart::Greeting => "letters-greeting",
            TextPart::FirstStep => "letters-first-step-2",
            TextPart::Signature => "letters-signature",
        },
    )
}

/// The line above the printed letters (not printed itself), in `lang`.
pub fn print_note(lang: Lang, n: usize) -> String {
    say!(lang, "letters-introductions-print-them-browser", n = n)
}

/// What is wrong with a text the coordinator wrote, in `lang`, naming the placeholders there are.
pub fn text_error(lang: Lang, e: &TextError) -> String {
    let known = Placeholder::ALL.iter().map(|p| format!("{{{}}}", p.name())).collect::<Vec<_>>().join(", ");
    match e {
        TextError::Unknown { name } => say!(lang, "letters-placeholder-placeholders", name = name, known = known),
        TextError::Unclosed => say!(lang, "letters-brace-closed-write-placeholder"),
    }
}
