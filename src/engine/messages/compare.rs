//! The words of a comparison of scenarios: the headline figures' names, who gains, loses or changes partner,
//! why two results cannot be compared, and the headings of its Markdown and CSV.

use crate::engine::comparison::{ChangeKind, CompareError, Which};
use crate::engine::lang::Lang;
use crate::engine::scenario::Headline;
use crate::say;

/// A headline figure's name.
pub fn headline(lang: Lang, h: Headline) -> &'static str {
    use Headline::*;
    let words = match h {
        TotalScore => ["Total score", "Samlet poengsum", "Samla poengsum", "Загальна оцінка"],
        Pairs => ["Pairs", "Par", "Par", "Пари"],
        Communities => {
            ["Communities with a partner", "Hromadaer med partner", "Hromadaar med partnar", "Громади з партнером"]
        }
        WarZone => ["… in the war zone", "… i krigssonen", "… i krigssona", "… у зоні бойових дій"],
        Outside => {
            ["… outside the war zone", "… utenfor krigssonen", "… utanfor krigssona", "… поза зоною бойових дій"]
        }
        Municipalities => [
            "Municipalities with a partner",
            "Kommuner med partner",
            "Kommunar med partnar",
            "Муніципалітети з партнером",
        ],
        Places => ["Places used", "Plasser brukt", "Plassar brukte", "Використані місця"],
        BlockingPairs => ["Blocking pairs", "Blokkerende par", "Blokkerande par", "Блокувальні пари"],
        ScoreGivenUp => [
            "Points below the largest total (same constraints)",
            "Poeng under største totalsum (samme rammer)",
            "Poeng under største totalsum (same rammer)",
            "Балів менше за найбільшу суму (ті самі обмеження)",
        ],
        CommunitiesGivenUp => [
            "Communities below the most reachable (same constraints)",
            "Hromadaer under flest mulig (samme rammer)",
            "Hromadaar under flest mogleg (same rammer)",
            "Громад менше за найбільшу можливу кількість (ті самі обмеження)",
        ],
    };
    lang.pick(words)
}

/// What a change is, as a short label.
pub fn change_kind(lang: Lang, k: ChangeKind) -> &'static str {
    let words = match k {
        ChangeKind::Gains => ["gains a partner", "får partner", "får partnar", "отримує партнера"],
        ChangeKind::Loses => ["loses its partner", "mister partneren", "mistar partnaren", "втрачає партнера"],
        ChangeKind::Changes => ["changes partner", "bytter partner", "byter partnar", "змінює партнера"],
    };
    lang.pick(words)
}

/// The words of the comparison's headings and labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareWord {
    /// The document's title.
    Title,
    /// Heading: the headline figures.
    Figures,
    /// Column: the difference B − A.
    Difference,
    /// Heading and CSV value: pairs only in A.
    OnlyA,
    /// Heading and CSV value: pairs only in B.
    OnlyB,
    /// Heading and CSV value: pairs in both.
    Both,
    /// Heading: who gains, loses or changes partner.
    Changes,
    /// Label: the best of a row.
    Best,
    /// Column: municipality.
    Municipality,
    /// Column: community.
    Community,
    /// Column: in which result.
    In,
    /// Label: no partner.
    NoPartner,
    /// Sentence start: the reason is not listed by that result.
    NotListed,
}

/// A heading or label of the comparison.
pub fn compare_word(lang: Lang, w: CompareWord) -> &'static str {
    use CompareWord::*;
    let words = match w {
        Title => ["Scenarios compared", "Scenarioer sammenlignet", "Scenario samanlikna", "Порівняння сценаріїв"],
        Figures => ["Headline figures", "Hovedtall", "Hovudtal", "Основні показники"],
        Difference => ["B − A", "B − A", "B − A", "B − A"],
        OnlyA => ["Pairs only in A", "Par bare i A", "Par berre i A", "Пари лише в A"],
        OnlyB => ["Pairs only in B", "Par bare i B", "Par berre i B", "Пари лише в B"],
        Both => ["Pairs in both", "Par i begge", "Par i begge", "Пари в обох"],
        Changes => [
            "Who gains, loses or changes partner",
            "Hvem som får, mister eller bytter partner",
            "Kven som får, mistar eller byter partnar",
            "Хто отримує, втрачає чи змінює партнера",
        ],
        Best => ["best", "best", "best", "найкраще"],
        Municipality => ["Municipality", "Kommune", "Kommune", "Муніципалітет"],
        Community => ["Community", "Hromada", "Hromada", "Громада"],
        In => ["In", "I", "I", "У"],
        NoPartner => ["no partner", "ingen partner", "ingen partnar", "без партнера"],
        NotListed => [
            "not among the best alternatives that result lists",
            "ikke blant de beste alternativene det resultatet viser",
            "ikkje blant dei beste alternativa det resultatet viser",
            "немає серед найкращих альтернатив цього результату",
        ],
    };
    lang.pick(words)
}

/// Why a pair made in one result is not made in the other: "not in B: …".
pub fn not_in(lang: Lang, which: Which, reason: &str) -> String {
    let w = which_name(which);
    say!(lang, "not in {w}: {reason}", "ikke i {w}: {reason}", "ikkje i {w}: {reason}", "немає в {w}: {reason}")
}

/// A result's letter.
pub fn which_name(w: Which) -> &'static str {
    match w {
        Which::A => "A",
        Which::B => "B",
    }
}

/// Why two results cannot be compared, and what to do.
pub fn compare_error(lang: Lang, e: &CompareError) -> String {
    let list = |v: &[String]| if v.is_empty() { "–".to_string() } else { v.join(", ") };
    match e {
        CompareError::DifferentInputs { only_a, only_b } => {
            let (a, b) = (list(only_a), list(only_b));
            say!(
                lang,
                "The two results were made from different files (only in A: {a}; only in B: {b}). Compare results of the same survey files and previous rounds.",
                "De to resultatene er laget av ulike filer (bare i A: {a}; bare i B: {b}). Sammenlign resultater av de samme spørreundersøkelsesfilene og tidligere rundene.",
                "Dei to resultata er laga av ulike filer (berre i A: {a}; berre i B: {b}). Samanlikn resultat av dei same kartleggingsfilene og tidlegare rundane.",
                "Два результати зроблено з різних файлів (лише в A: {a}; лише в B: {b}). Порівнюйте результати тих самих файлів опитувань і попередніх раундів.",
            )
        }
        CompareError::DifferentEntities { only_a, only_b } => {
            let (a, b) = (list(only_a), list(only_b));
            say!(
                lang,
                "The two results read the same files differently (ids only in A: {a}; only in B: {b}). Run both with the same corrections.",
                "De to resultatene har lest de samme filene ulikt (id-er bare i A: {a}; bare i B: {b}). Kjør begge med de samme korreksjonene.",
                "Dei to resultata har lese dei same filene ulikt (id-ar berre i A: {a}; berre i B: {b}). Køyr begge med dei same rettingane.",
                "Два результати прочитали ті самі файли по-різному (коди лише в A: {a}; лише в B: {b}). Запустіть обидва з тими самими виправленнями.",
            )
        }
    }
}
