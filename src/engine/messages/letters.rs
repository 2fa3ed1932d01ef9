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
    lang.pick(match w {
        Subject => ["Partnership", "Samarbeid", "Samarbeid", "Партнерство"],
        PartHeading => ["In English, for both partners", "Norsk", "Norsk (nynorsk)", "Українською"],
        AboutPartner => ["Your partner", "Partneren deres", "Partnaren dykkar", "Ваш партнер"],
        ThePartners => ["The partners", "Partnerne", "Partnarane", "Партнери"],
        WhyMatched => ["Why you were matched", "Hvorfor dere ble koblet", "Kvifor de vart kopla", "Чому вас поєднано"],
        Contacts => ["Contact persons", "Kontaktpersoner", "Kontaktpersonar", "Контактні особи"],
        FirstStep => ["First step", "Første steg", "Første steg", "Перший крок"],
        Name => ["Name", "Navn", "Namn", "Назва"],
        County => ["County", "Fylke", "Fylke", "Фюльке"],
        Oblast => ["Oblast", "Oblast (fylke)", "Oblast (fylke)", "Область"],
        Raion => ["Raion", "Rajon", "Rajon", "Район"],
        Population => ["Population", "Innbyggere", "Innbyggjarar", "Населення"],
        Situation => ["Situation", "Situasjon", "Situasjon", "Розташування"],
        UrgentMet => [
            "Urgent needs met",
            "Akutte behov dere kan møte",
            "Akutte behov de kan møte",
            "Нагальні потреби, які закриває партнер",
        ],
        LongTermMet => [
            "Long-term needs met",
            "Langsiktige behov dere kan møte",
            "Langsiktige behov de kan møte",
            "Довгострокові потреби, які закриває партнер",
        ],
        Cooperation => {
            ["Cooperation offered", "Samarbeid dere tilbyr", "Samarbeid de tilbyr", "Співпраця, яку пропонує партнер"]
        }
        CommonLanguages => {
            ["Common working languages", "Felles arbeidsspråk", "Felles arbeidsspråk", "Спільні робочі мови"]
        }
        WantsToLearn => [
            "What the Norwegian municipality wants to learn",
            "Det dere ønsker å lære",
            "Det de ønskjer å lære",
            "Чого норвезький муніципалітет хоче навчитися",
        ],
        ExistingTie => [
            "One of you named the other as an existing partner.",
            "En av dere har oppgitt den andre som eksisterende partner.",
            "Ein av dykk har oppgitt den andre som eksisterande partnar.",
            "Одна зі сторін назвала іншу своїм наявним партнером.",
        ],
        NoContact => [
            "No contact details are given here: please reach your partner through the programme's coordinators.",
            "Kontaktopplysninger er ikke med her: ta kontakt med partneren gjennom programmets koordinatorer.",
            "Kontaktopplysningar er ikkje med her: ta kontakt med partnaren gjennom koordinatorane i programmet.",
            "Контактних даних тут немає: зв’яжіться з партнером через координаторів програми.",
        ],
        Role => ["Position", "Stilling", "Stilling", "Посада"],
        Email => ["E-mail", "E-post", "E-post", "Ел. пошта"],
        Phone => ["Phone", "Telefon", "Telefon", "Телефон"],
        AddressUnusable => [
            "the e-mail address in the survey cannot be used",
            "e-postadressen i undersøkelsen kan ikke brukes",
            "e-postadressa i undersøkinga kan ikkje brukast",
            "адресу ел. пошти з анкети неможливо використати",
        ],
        AddressMissing => [
            "the survey gives no e-mail address",
            "undersøkelsen oppgir ingen e-postadresse",
            "undersøkinga oppgir inga e-postadresse",
            "в анкеті немає адреси ел. пошти",
        ],
    })
}

/// The cooperation a municipality offers, in `lang`.
pub fn form_words(lang: Lang, f: Form) -> &'static str {
    lang.pick(match f {
        Form::Acute => [
            "short-term, acute help",
            "kortsiktig, akutt hjelp",
            "kortsiktig, akutt hjelp",
            "короткострокова, невідкладна допомога",
        ],
        Form::LongTerm => {
            ["long-term cooperation", "langsiktig samarbeid", "langsiktig samarbeid", "довгострокова співпраця"]
        }
        Form::Both => [
            "acute help and long-term cooperation",
            "akutt hjelp og langsiktig samarbeid",
            "akutt hjelp og langsiktig samarbeid",
            "невідкладна допомога й довгострокова співпраця",
        ],
    })
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
    let names: Option<[&str; 4]> = match code {
        "en" => Some(["English", "engelsk", "engelsk", "англійська"]),
        "uk" => Some(["Ukrainian", "ukrainsk", "ukrainsk", "українська"]),
        "no" | "nb" | "nn" => Some(["Norwegian", "norsk", "norsk", "норвезька"]),
        "ru" => Some(["Russian", "russisk", "russisk", "російська"]),
        "pl" => Some(["Polish", "polsk", "polsk", "польська"]),
        "de" => Some(["German", "tysk", "tysk", "німецька"]),
        "fr" => Some(["French", "fransk", "fransk", "французька"]),
        "es" => Some(["Spanish", "spansk", "spansk", "іспанська"]),
        _ => None,
    };
    names.map_or_else(|| code.to_string(), |n| lang.pick(n).to_string())
}

/// The text a part has until the coordinator writes their own.
pub fn default_text(lang: Lang, part: TextPart) -> &'static str {
    lang.pick(match part {
        TextPart::Greeting => [
            "Dear colleagues in {municipality} and {community},\n\nThrough the municipal cooperation programme of KS \
             and the Association of Ukrainian Cities you have been matched as partners. This letter introduces you \
             to each other.",
            "Hei, {municipality}!\n\nGjennom samarbeidsprogrammet mellom KS og den ukrainske kommuneorganisasjonen \
             AUC er dere koblet med {partner}. Her er det dere trenger for å ta den første kontakten.",
            "Hei, {municipality}!\n\nGjennom samarbeidsprogrammet mellom KS og den ukrainske kommuneorganisasjonen \
             AUC er de kopla med {partner}. Her er det de treng for å ta den første kontakten.",
            "Шановні колеги!\n\nУ межах програми співпраці KS та Асоціації міст України ваша громада ({community}) \
             отримала партнера — норвезький муніципалітет {partner}. Тут усе, що потрібно для першого контакту.",
        ],
        TextPart::FirstStep => [
            "Please write to each other within two weeks and agree on a first online meeting. The programme can \
             help with interpretation.",
            "Skriv til kontaktpersonen i {partner} innen to uker og avtal et første digitalt møte. Programmet kan \
             hjelpe med tolk.",
            "Skriv til kontaktpersonen i {partner} innan to veker og avtal eit første digitalt møte. Programmet kan \
             hjelpe med tolk.",
            "Напишіть контактній особі муніципалітету {partner} протягом двох тижнів і домовтеся про першу \
             онлайн-зустріч. Програма може допомогти з перекладом.",
        ],
        TextPart::Signature => [
            "Kind regards\nThe programme's coordinators",
            "Med vennlig hilsen\nProgrammets koordinatorer",
            "Med venleg helsing\nKoordinatorane i programmet",
            "З повагою\nКоординатори програми",
        ],
    })
}

/// A text part's name, in `lang`.
pub fn text_part(lang: Lang, part: TextPart) -> &'static str {
    lang.pick(match part {
        TextPart::Greeting => ["Greeting", "Hilsen", "Helsing", "Привітання"],
        TextPart::FirstStep => ["First step", "Første steg", "Første steg", "Перший крок"],
        TextPart::Signature => ["Signature", "Signatur", "Signatur", "Підпис"],
    })
}

/// The line above the printed letters (not printed itself), in `lang`.
pub fn print_note(lang: Lang, n: usize) -> String {
    say!(
        lang,
        "Introductions: {n}. Print them from the browser (Ctrl+P or ⌘P): one letter per A4 page.",
        "Introduksjoner: {n}. Skriv dem ut fra nettleseren (Ctrl+P eller ⌘P): ett brev per A4-side.",
        "Introduksjonar: {n}. Skriv dei ut frå nettlesaren (Ctrl+P eller ⌘P): eitt brev per A4-side.",
        "Листів-знайомств: {n}. Надрукуйте їх із браузера (Ctrl+P або ⌘P): по листу на сторінку A4.",
    )
}

/// What is wrong with a text the coordinator wrote, in `lang`, naming the placeholders there are.
pub fn text_error(lang: Lang, e: &TextError) -> String {
    let known = Placeholder::ALL.iter().map(|p| format!("{{{}}}", p.name())).collect::<Vec<_>>().join(", ");
    match e {
        TextError::Unknown { name } => say!(
            lang,
            "“{{{name}}}” is no placeholder; the placeholders are {known}",
            "«{{{name}}}» er ingen plassholder; plassholderne er {known}",
            "«{{{name}}}» er ingen plasshaldar; plasshaldarane er {known}",
            "«{{{name}}}» не є заповнювачем; заповнювачі: {known}",
        ),
        TextError::Unclosed => say!(
            lang,
            "a brace is not closed: write a placeholder as {{partner}}, and a brace itself as {{{{ or }}}}",
            "en klamme er ikke lukket: skriv en plassholder som {{partner}}, og en klamme som {{{{ eller }}}}",
            "ei klamme er ikkje lukka: skriv ein plasshaldar som {{partner}}, og ei klamme som {{{{ eller }}}}",
            "дужку не закрито: заповнювач пишіть як {{partner}}, а саму дужку — як {{{{ або }}}}",
        ),
    }
}
