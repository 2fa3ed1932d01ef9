//! What the command-line tool itself says, in English, Norwegian bokmål and Ukrainian (`--lang`): wrong
//! usage and failures around files (the usage of each command is in `usage.rs`). Messages about the data come from the
//! engine's renderer (`engine::messages`).

use kommunematch::engine::comparison::CompareError;
use kommunematch::engine::letters::TextProblem;
use kommunematch::engine::messages::{self, letters, Lang};
use kommunematch::engine::results::ResultsError;
use kommunematch::engine::survey::PresetError;
use kommunematch::engine::{MatchError, ReadError};
use kommunematch::say;
use std::path::PathBuf;

/// A command, for its usage text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmd {
    /// No command yet: the overview.
    None,
    /// `match`.
    Match,
    /// `scores`.
    Scores,
    /// `inspect`.
    Inspect,
    /// `gazetteer`.
    Gazetteer,
    /// `letters`.
    Letters,
    /// `compare`.
    Compare,
}

/// Wrong usage: exit code 2, the message and the command's usage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsageError {
    /// No command.
    NoCommand,
    /// A command that does not exist.
    UnknownCommand(String),
    /// An option no command has.
    UnknownOption(String),
    /// An option of another command.
    NotForThisCommand(String),
    /// An option without its value.
    MissingValue(String),
    /// A value given to an option that takes none.
    UnexpectedValue(String),
    /// A value that is not one of the choices.
    BadChoice {
        /// The option.
        option: &'static str,
        /// The value given.
        value: String,
        /// The choices, as the user writes them.
        choices: &'static str,
    },
    /// A share that is not a percentage.
    NotPercentage(&'static str),
    /// A file given without `--offers` or `--needs` before it.
    WhichSide(String),
    /// `match` or `scores` without files on both sides.
    NeedBothSides,
    /// `inspect` without files.
    NoFiles,
    /// `gazetteer` without a name.
    NoName,
    /// An XLSX workbook to standard output.
    XlsxNeedsOutput,
    /// Letters without `-o`.
    LettersNeedOutput,
    /// `compare` without exactly two results files.
    CompareNeedsTwo(usize),
    /// An argument that is not valid Unicode.
    NotUnicode,
}

/// A failure: exit code 1 and the message.
#[derive(Debug)]
pub enum Failure {
    /// A file that cannot be read from disk.
    CannotRead(PathBuf, std::io::Error),
    /// A file that cannot be written.
    CannotWrite(PathBuf, std::io::Error),
    /// Standard output refused the text.
    Stdout(std::io::Error),
    /// A locks or vetoes file without the `offer_id,need_id` header.
    PairsHeader(PathBuf),
    /// A locks or vetoes file that is not CSV of pairs.
    PairsRow {
        /// The file.
        path: PathBuf,
        /// 1-based row (the header is row 1).
        row: usize,
        /// The reader's message.
        detail: String,
    },
    /// A weights file that is not a weights object.
    Weights(PathBuf, String),
    /// A mapping preset that cannot be used.
    Preset(PathBuf, PresetError),
    /// A previous round's results that cannot be used.
    Previous(PathBuf, ResultsError),
    /// Files that cannot be read, each with its message.
    Unreadable(Vec<ReadError>),
    /// Matching cannot run.
    Match(MatchError),
    /// The workbook could not be made.
    Xlsx(String),
    /// The report could not be written as JSON.
    Json(String),
    /// A name neither list has.
    NotInGazetteer(String),
    /// The coordinator's letter texts that cannot be used.
    LetterText(Vec<TextProblem>),
    /// A copy address that is no address.
    BadCc(String),
    /// A results file that cannot be used.
    Results(PathBuf, ResultsError),
    /// Pairs of the results whose municipality or community the files do not hold (`offer – need`).
    PairsNotInFiles(Vec<String>),
    /// The drafts' archive could not be made.
    Zip(String),
    /// Two results that cannot be compared.
    Compare(CompareError),
}

/// What is wrong with the command line, in `lang`.
pub fn usage_error(lang: Lang, e: &UsageError) -> String {
    use UsageError::*;
    match e {
        NoCommand => {
            say!(lang, "no command given", "ingen kommando oppgitt", "ingen kommando oppgitt", "не вказано команди")
        }
        UnknownCommand(c) => say!(
            lang,
            "unknown command “{c}”",
            "ukjent kommando «{c}»",
            "ukjend kommando «{c}»",
            "невідома команда «{c}»"
        ),
        UnknownOption(o) => {
            say!(lang, "unknown option “{o}”", "ukjent valg «{o}»", "ukjent val «{o}»", "невідомий параметр «{o}»")
        }
        NotForThisCommand(o) => say!(
            lang,
            "“{o}” is not an option of this command",
            "«{o}» er ikke et valg for denne kommandoen",
            "«{o}» er ikkje eit val for denne kommandoen",
            "«{o}» не є параметром цієї команди",
        ),
        MissingValue(o) => {
            say!(lang, "{o} needs a value", "{o} trenger en verdi", "{o} treng ein verdi", "{o} потребує значення")
        }
        UnexpectedValue(o) => {
            say!(lang, "{o} takes no value", "{o} tar ingen verdi", "{o} tek ingen verdi", "{o} не приймає значення")
        }
        BadChoice { option, value, choices } => say!(
            lang,
            "{option} “{value}”: choose {choices}",
            "{option} «{value}»: velg {choices}",
            "{option} «{value}»: vel {choices}",
            "{option} «{value}»: виберіть {choices}",
        ),
        NotPercentage(o) => say!(
            lang,
            "{o} takes a percentage from 0 to 100",
            "{o} tar en prosent fra 0 til 100",
            "{o} tek ein prosent frå 0 til 100",
            "{o} приймає відсоток від 0 до 100",
        ),
        WhichSide(f) => say!(
            lang,
            "“{f}”: say whether it is --offers or --needs",
            "«{f}»: si om den er --offers eller --needs",
            "«{f}»: sei om ho er --offers eller --needs",
            "«{f}»: вкажіть, це --offers чи --needs",
        ),
        NeedBothSides => say!(
            lang,
            "give at least one --offers file and one --needs file, or --example",
            "oppgi minst én fil med --offers og én med --needs, eller --example",
            "oppgi minst éi fil med --offers og éi med --needs, eller --example",
            "вкажіть принаймні один файл --offers і один --needs або --example",
        ),
        NoFiles => say!(
            lang,
            "give at least one file to inspect",
            "oppgi minst én fil å undersøke",
            "oppgi minst éi fil å undersøkje",
            "вкажіть принаймні один файл для перевірки",
        ),
        NoName => say!(
            lang,
            "give the name to look up",
            "oppgi navnet du vil slå opp",
            "oppgi namnet du vil slå opp",
            "вкажіть назву для пошуку",
        ),
        LettersNeedOutput => say!(
            lang,
            "letters are written to a file: give it with -o (a .zip of e-mail drafts, or .html to print)",
            "brevene skrives til en fil: oppgi den med -o (en .zip med e-postutkast, eller .html for utskrift)",
            "breva blir skrivne til ei fil: oppgi henne med -o (ein .zip med e-postutkast, eller .html for utskrift)",
            "листи записуються у файл: вкажіть його через -o (.zip із чернетками листів або .html для друку)",
        ),
        CompareNeedsTwo(n) => say!(
            lang,
            "give exactly two results files to compare (A and B), not {n}",
            "oppgi nøyaktig to resultatfiler å sammenligne (A og B), ikke {n}",
            "oppgi nøyaktig to resultatfiler å samanlikne (A og B), ikkje {n}",
            "вкажіть рівно два файли результатів для порівняння (A і B), а не {n}",
        ),
        XlsxNeedsOutput => say!(
            lang,
            "--format xlsx writes a workbook: give the file with -o",
            "--format xlsx skriver en arbeidsbok: oppgi filen med -o",
            "--format xlsx skriv ei arbeidsbok: oppgi fila med -o",
            "--format xlsx записує книгу: вкажіть файл через -o",
        ),
        NotUnicode => say!(
            lang,
            "an argument is not valid Unicode",
            "et argument er ikke gyldig Unicode",
            "eit argument er ikkje gyldig Unicode",
            "аргумент не є коректним Unicode",
        ),
    }
}

/// A failure, in `lang`.
pub fn failure(lang: Lang, f: &Failure) -> String {
    match f {
        Failure::CannotRead(p, e) => {
            let p = p.display();
            say!(
                lang,
                "{p}: cannot read the file: {e}",
                "{p}: kan ikke lese filen: {e}",
                "{p}: kan ikkje lese fila: {e}",
                "{p}: не вдається прочитати файл: {e}"
            )
        }
        Failure::CannotWrite(p, e) => {
            let p = p.display();
            say!(
                lang,
                "{p}: cannot write: {e}",
                "{p}: kan ikke skrive: {e}",
                "{p}: kan ikkje skrive: {e}",
                "{p}: не вдається записати: {e}"
            )
        }
        Failure::Stdout(e) => say!(
            lang,
            "cannot write to standard output: {e}",
            "kan ikke skrive til standard ut: {e}",
            "kan ikkje skrive til standard ut: {e}",
            "не вдається записати в стандартний вивід: {e}",
        ),
        Failure::PairsHeader(p) => {
            let p = p.display();
            say!(
                lang,
                "{p}: the header must be offer_id,need_id",
                "{p}: overskriften må være offer_id,need_id",
                "{p}: overskrifta må vere offer_id,need_id",
                "{p}: заголовок має бути offer_id,need_id",
            )
        }
        Failure::PairsRow { path, row, detail } => {
            let p = path.display();
            say!(
                lang,
                "{p} › row {row}: {detail}",
                "{p} › rad {row}: {detail}",
                "{p} › rad {row}: {detail}",
                "{p} › рядок {row}: {detail}"
            )
        }
        Failure::Weights(p, detail) => {
            let p = p.display();
            say!(
                lang,
                "{p}: not a weights object: {detail}",
                "{p}: ikke et vektobjekt: {detail}",
                "{p}: ikkje eit vektobjekt: {detail}",
                "{p}: не об’єкт ваг: {detail}",
            )
        }
        Failure::Preset(p, e) => format!("{}: {}", p.display(), messages::preset_error(lang, e)),
        Failure::Previous(p, e) => format!("{}: {}", p.display(), messages::results_error(lang, e)),
        Failure::Unreadable(errors) => {
            errors.iter().map(|e| messages::read_error(lang, e)).collect::<Vec<_>>().join("\n")
        }
        Failure::Match(e) => messages::match_error(lang, e),
        Failure::Xlsx(detail) => say!(
            lang,
            "the workbook could not be made: {detail}",
            "arbeidsboken kunne ikke lages: {detail}",
            "arbeidsboka kunne ikkje lagast: {detail}",
            "не вдалося створити книгу: {detail}",
        ),
        Failure::NotInGazetteer(name) => say!(
            lang,
            "“{name}” is no municipality or community of the lists, in any spelling",
            "«{name}» er ingen kommune eller hromada i listene, i noen skrivemåte",
            "«{name}» er ingen kommune eller hromada i listene, i nokon skrivemåte",
            "«{name}» немає серед комун і громад зі списків у жодному написанні",
        ),
        Failure::LetterText(problems) => problems
            .iter()
            .map(|(l, part, e)| {
                let (code, part) = (l.code(), letters::text_part(lang, *part));
                format!("letters › {code} › {part}: {}", letters::text_error(lang, e))
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Failure::BadCc(a) => say!(
            lang,
            "--cc “{a}” is no e-mail address a mail program can send to",
            "--cc «{a}» er ingen e-postadresse et e-postprogram kan sende til",
            "--cc «{a}» er inga e-postadresse eit e-postprogram kan sende til",
            "--cc «{a}» не є адресою, на яку поштова програма може надіслати лист",
        ),
        Failure::Results(p, e) => format!("{}: {}", p.display(), messages::results_error(lang, e)),
        Failure::PairsNotInFiles(pairs) => {
            let (n, list) = (pairs.len(), pairs.join("; "));
            say!(
                lang,
                "{n} pairs of the results are not in these files (other files?): {list}",
                "{n} par i resultatene finnes ikke i disse filene (andre filer?): {list}",
                "{n} par i resultata finst ikkje i desse filene (andre filer?): {list}",
                "пар із результатів, яких немає в цих файлах (інші файли?): {n}: {list}",
            )
        }
        Failure::Compare(e) => messages::compare::compare_error(lang, e),
        Failure::Zip(detail) => say!(
            lang,
            "the drafts could not be packed: {detail}",
            "utkastene kunne ikke pakkes: {detail}",
            "utkasta kunne ikkje pakkast: {detail}",
            "не вдалося запакувати чернетки: {detail}",
        ),
        Failure::Json(detail) => say!(
            lang,
            "the report could not be written: {detail}",
            "rapporten kunne ikke skrives: {detail}",
            "rapporten kunne ikkje skrivast: {detail}",
            "не вдалося записати звіт: {detail}",
        ),
    }
}
