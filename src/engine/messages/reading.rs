//! The words of reading: where something is, each issue of the validation report, what a column means, why
//! a file, a JSON input or a preset cannot be used.

use crate::engine::json_input::JsonError;
use crate::engine::lang::Lang;
use crate::engine::model::{Category, Side};
use crate::engine::survey::{Field, IssueKind, Location, PresetError, Suspicion, War2022};
use crate::engine::table::{ReadError, ReadErrorKind};
use crate::say;

/// Where something is, in `lang`: `file › sheet › row › column “header”`.
pub fn location(lang: Lang, l: &Location) -> String {
    let (row, column, open, close) = match lang {
        Lang::En => ("row", "column", '“', '”'),
        Lang::Nb | Lang::Nn => ("rad", "kolonne", '«', '»'),
        Lang::Uk => ("рядок", "стовпець", '«', '»'),
    };
    let mut out = l.file.clone();
    if let Some(s) = &l.sheet {
        out.push_str(&format!(" › {s}"));
    }
    if let Some(r) = l.row {
        out.push_str(&format!(" › {row} {r}"));
    }
    if let Some(c) = &l.column {
        out.push_str(&format!(" › {column} {c}"));
        if let Some(h) = &l.header {
            out.push_str(&format!(" {open}{h}{close}"));
        }
    }
    out
}

/// What an issue says is wrong and what to do, in `lang`.
pub fn issue(lang: Lang, kind: &IssueKind) -> String {
    use IssueKind::*;
    match kind {
        SideUnknown
        | IdentityColumnMissing { .. }
        | NoRows
        | FieldMissing { .. }
        | Resubmitted { .. }
        | ContactFromTool { .. }
        | ContactEmailUnusable { .. }
        | MarkersOnly { .. } => file_issue(lang, kind),
        CountInvalid { .. }
        | AreaUnknown { .. }
        | AreasNone
        | NeedsNone
        | NameMissing { .. }
        | NameBlank { .. }
        | NumberInvalid { .. }
        | KatottgInvalid { .. }
        | CategoryUnknown { .. }
        | SuspiciousText { .. } => answer_issue(lang, kind),
        CodeUnknown { .. }
        | CodeNameDisagree { .. }
        | NameAmbiguous { .. }
        | NameUnknown { .. }
        | CategorySuggested { .. }
        | CategoryDiffers { .. }
        | Occupied2022 => identity_issue(lang, kind),
    }
}

/// An issue about the file as a whole: its side, its columns, its rows.
fn file_issue(lang: Lang, kind: &IssueKind) -> String {
    use IssueKind::*;
    match kind {
        SideUnknown => say!(
            lang,
            "the headers match neither the offers survey (Norwegian municipalities) nor the needs survey (Ukrainian communities). Choose the side by hand, or check that this is a survey export.",
            "overskriftene passer verken med tilbudsskjemaet (norske kommuner) eller behovsskjemaet (ukrainske kommuner). Velg side for hånd, eller sjekk at dette er en eksport fra kartleggingen.",
            "overskriftene passar verken med tilbodsskjemaet (norske kommunar) eller behovsskjemaet (ukrainske kommunar). Vel side for hand, eller sjekk at dette er ein eksport frå kartlegginga.",
            "заголовки не відповідають ні опитуванню пропозицій (норвезькі муніципалітети), ні опитуванню потреб (українські громади). Виберіть бік вручну або перевірте, що це експорт опитування.",
        ),
        IdentityColumnMissing { side: Side::Offers } => say!(
            lang,
            "no column names the municipality (Kommune) or its number (Kommunenummer), so no row can be told apart. Add that column to the export, or map a column to it by hand.",
            "ingen kolonne gir kommunen (Kommune) eller nummeret (Kommunenummer), så radene kan ikke skilles fra hverandre. Legg til kolonnen i eksporten, eller tilordne en kolonne for hånd.",
            "ingen kolonne gir kommunen (Kommune) eller nummeret (Kommunenummer), så radene kan ikkje skiljast frå kvarandre. Legg til kolonnen i eksporten, eller tilordne ein kolonne for hand.",
            "жоден стовпець не містить муніципалітету (Kommune) чи його номера (Kommunenummer), тож рядки неможливо розрізнити. Додайте цей стовпець в експорт або призначте стовпець вручну.",
        ),
        IdentityColumnMissing { side: Side::Needs } => say!(
            lang,
            "no column names the community (Назва громади) or its KATOTTG code, so no row can be told apart. Add that column to the export, or map a column to it by hand.",
            "ingen kolonne gir hromadaen (Назва громади) eller KATOTTG-koden, så radene kan ikke skilles fra hverandre. Legg til kolonnen i eksporten, eller tilordne en kolonne for hånd.",
            "ingen kolonne gir hromadaen (Назва громади) eller KATOTTG-koden, så radene kan ikkje skiljast frå kvarandre. Legg til kolonnen i eksporten, eller tilordne ein kolonne for hand.",
            "жоден стовпець не містить назви громади чи її коду КАТОТТГ, тож рядки неможливо розрізнити. Додайте цей стовпець в експорт або призначте стовпець вручну.",
        ),
        NoRows => say!(
            lang,
            "the file has a header row but no answers below it. Export the survey again once answers have come in.",
            "filen har en overskriftsrad, men ingen svar under den. Eksporter på nytt når svarene har kommet inn.",
            "fila har ei overskriftsrad, men ingen svar under henne. Eksporter på nytt når svara har kome inn.",
            "файл має рядок заголовків, але жодної відповіді під ним. Експортуйте знову, коли надійдуть відповіді.",
        ),
        FieldMissing { field: f, likely } => {
            let name = field(lang, *f);
            let likely = likely.iter().map(|h| format!("“{h}”")).collect::<Vec<_>>().join(", ");
            let what = match (f, lang) {
                (Field::Category, Lang::En) => " The 2022 list's status is used where it knows the community; check it.",
                (Field::Category, Lang::Nb) => " Statusen i listen fra 2022 brukes der den kjenner hromadaen; sjekk den.",
                (Field::Category, Lang::Nn) => " Statusen i lista frå 2022 blir brukt der ho kjenner hromadaen; sjekk han.",
                (Field::Category, Lang::Uk) => " Де громада є в списку 2022 року, використано її статус; перевірте.",
                (Field::Capacity | Field::PartnersWanted, Lang::En) => " Every row is read as 1.",
                (Field::Capacity | Field::PartnersWanted, Lang::Nb) => " Hver rad leses som 1.",
                (Field::Capacity | Field::PartnersWanted, Lang::Nn) => " Kvar rad blir lesen som 1.",
                (Field::Capacity | Field::PartnersWanted, Lang::Uk) => " Кожен рядок прочитано як 1.",
                (_, Lang::En) => " No row can be matched on it.",
                (_, Lang::Nb) => " Ingen rad kan kobles på dette.",
                (_, Lang::Nn) => " Inga rad kan koplast på dette.",
                (_, Lang::Uk) => " Жоден рядок не можна за цим поєднати.",
            };
            if likely.is_empty() {
                say!(
                    lang,
                    "no column gives “{name}”.{what} Map a column to it by hand if the export has it.",
                    "ingen kolonne gir «{name}».{what} Tilordne en kolonne for hånd hvis eksporten har den.",
                    "ingen kolonne gir «{name}».{what} Tilordne ein kolonne for hand dersom eksporten har han.",
                    "жоден стовпець не містить «{name}».{what} Призначте стовпець вручну, якщо він є в експорті.",
                )
            } else {
                say!(
                    lang,
                    "no column gives “{name}”.{what} The most likely columns: {likely}. Map one of them by hand if it is meant.",
                    "ingen kolonne gir «{name}».{what} De mest sannsynlige kolonnene: {likely}. Tilordne en av dem for hånd hvis den er ment.",
                    "ingen kolonne gir «{name}».{what} Dei mest sannsynlege kolonnane: {likely}. Tilordne ein av dei for hand dersom han er meint.",
                    "жоден стовпець не містить «{name}».{what} Найімовірніші стовпці: {likely}. Призначте один із них вручну, якщо мається на увазі він.",
                )
            }
        }
        Resubmitted { name, id, submitted, kept_file, kept_row, kept_submitted } => {
            let at = |w: &Option<String>| w.as_ref().map(|w| format!(" ({})", w.replace('T', " "))).unwrap_or_default();
            let (when, kept_when) = (at(submitted), at(kept_submitted));
            say!(
                lang,
                "{name} ({id}) answered more than once; this answer{when} is set aside for the later one in {kept_file} row {kept_row}{kept_when}. Remove the row you do not want if that is wrong.",
                "{name} ({id}) svarte mer enn én gang; dette svaret{when} er lagt til side for det senere i {kept_file} rad {kept_row}{kept_when}. Fjern raden du ikke vil ha hvis det er feil.",
                "{name} ({id}) svarte meir enn éin gong; dette svaret{when} er lagt til sides for det seinare i {kept_file} rad {kept_row}{kept_when}. Fjern rada du ikkje vil ha dersom det er feil.",
                "{name} ({id}) відповіли більше одного разу; цю відповідь{when} відкладено на користь пізнішої у {kept_file} рядок {kept_row}{kept_when}. Вилучіть зайвий рядок, якщо це помилка.",
            )
        }
        ContactFromTool { field: f, tool } => {
            let (name, tool) = (field(lang, *f), tool.name());
            say!(
                lang,
                "the survey has no question for “{name}”: the address or name each respondent signed in to {tool} with is used for it. Check that the respondents are the contact persons, or add the question next year.",
                "skjemaet har ikke noe spørsmål om «{name}»: adressen eller navnet hver respondent logget inn i {tool} med, brukes i stedet. Sjekk at respondentene er kontaktpersonene, eller legg til spørsmålet neste år.",
                "skjemaet har ikkje noko spørsmål om «{name}»: adressa eller namnet kvar respondent logga inn i {tool} med, blir brukt i staden. Sjekk at respondentane er kontaktpersonane, eller legg til spørsmålet neste år.",
                "в опитуванні немає питання про «{name}»: замість нього використано адресу чи ім’я, з якими кожен респондент увійшов у {tool}. Перевірте, що респонденти — контактні особи, або додайте питання наступного року.",
            )
        }
        ContactEmailUnusable { all_same: true } => say!(
            lang,
            "every row gives the same contact e-mail: it is not a contact's address (a form that does not collect addresses gives one value for all). Map the column that holds the contacts' addresses, or ask for them next year.",
            "alle radene gir samme e-post til kontaktperson: det er ikke en kontaktpersons adresse (et skjema som ikke samler inn adresser, gir samme verdi for alle). Tilordne kolonnen med kontaktpersonenes adresser, eller spør etter dem neste år.",
            "alle radene gir same e-post til kontaktperson: det er ikkje adressa til ein kontaktperson (eit skjema som ikkje samlar inn adresser, gir same verdi for alle). Tilordne kolonnen med adressene til kontaktpersonane, eller spør etter dei neste år.",
            "усі рядки мають ту саму електронну пошту контактної особи: це не адреса контактної особи (форма, що не збирає адрес, дає одне значення для всіх). Призначте стовпець з адресами контактних осіб або запитайте їх наступного року.",
        ),
        ContactEmailUnusable { all_same: false } => say!(
            lang,
            "no value in the contact e-mail column is an e-mail address. Map the column that holds the contacts' addresses.",
            "ingen verdi i kolonnen for e-post til kontaktperson er en e-postadresse. Tilordne kolonnen med kontaktpersonenes adresser.",
            "ingen verdi i kolonnen for e-post til kontaktperson er ei e-postadresse. Tilordne kolonnen med adressene til kontaktpersonane.",
            "жодне значення в стовпці електронної пошти контактної особи не є адресою. Призначте стовпець з адресами контактних осіб.",
        ),
        MarkersOnly { field: f } => {
            let name = field(lang, *f);
            say!(
                lang,
                "the column read as “{name}” holds only marks (1/0, x, yes/no), not answers: it looks like one option of a question exported as one column per option. Its cells are not read as answers; map the column to the option it stands for, or to nothing.",
                "kolonnen som er lest som «{name}», har bare markeringer (1/0, x, ja/nei), ikke svar: den ser ut som ett svaralternativ fra et spørsmål eksportert med én kolonne per alternativ. Cellene leses ikke som svar; tilordne kolonnen til alternativet den står for, eller til ingenting.",
                "kolonnen som er lesen som «{name}», har berre markeringar (1/0, x, ja/nei), ikkje svar: han ser ut som eitt svaralternativ frå eit spørsmål eksportert med éin kolonne per alternativ. Cellene blir ikkje lesne som svar; tilordne kolonnen til alternativet han står for, eller til ingenting.",
                "стовпець, прочитаний як «{name}», містить лише позначки (1/0, x, так/ні), а не відповіді: схоже, це один варіант питання, експортованого по стовпцю на варіант. Його клітинки не прочитано як відповіді; призначте стовпець варіанту, який він позначає, або нічому.",
            )
        }
        // Routed by `issue`; every kind has its text (`every_issue_has_four_distinct_texts`).
        _ => String::new(),
    }
}

/// An issue about one answer of a row.
fn answer_issue(lang: Lang, kind: &IssueKind) -> String {
    use IssueKind::*;
    match kind {
        CountInvalid { field, answer } => {
            let (en, nb, nn, uk) = match field {
                Field::PartnersWanted => (
                    "The number of partners wanted",
                    "antallet ønskede partnere",
                    "talet på ønskte partnarar",
                    "бажана кількість партнерів",
                ),
                _ => ("The number of partners", "antallet partnere", "talet på partnarar", "кількість партнерів"),
            };
            if answer.is_empty() {
                say!(
                    lang,
                    "{en} is blank; 1 is assumed. Fill it in if another number is meant.",
                    "{nb} er tomt; 1 er lagt til grunn. Fyll det inn hvis et annet tall er ment.",
                    "{nn} er tomt; 1 er lagt til grunn. Fyll det inn dersom eit anna tal er meint.",
                    "{uk}: не вказано; прийнято 1. Заповніть, якщо мається на увазі інше число.",
                )
            } else {
                say!(
                    lang,
                    "{en} “{answer}” is not a whole number of at least 1; 1 is assumed. Correct the answer in the file or the mapping.",
                    "{nb} «{answer}» er ikke et helt tall på minst 1; 1 er lagt til grunn. Rett svaret i filen eller tilordningen.",
                    "{nn} «{answer}» er ikkje eit heilt tal på minst 1; 1 er lagt til grunn. Rett svaret i fila eller tilordninga.",
                    "{uk} «{answer}» не є цілим числом не менше 1; прийнято 1. Виправте відповідь у файлі чи у відповідності.",
                )
            }
        }
        AreaUnknown { answer } => say!(
            lang,
            "“{answer}” is not an area the taxonomy knows; it was left out of the matching. Map it to an area by hand if it means one.",
            "«{answer}» er ikke et område taksonomien kjenner; det er utelatt fra koblingen. Tilordne det et område for hånd hvis det betyr ett.",
            "«{answer}» er ikkje eit område taksonomien kjenner; det er utelate frå koplinga. Tilordne det eit område for hand dersom det tyder eitt.",
            "«{answer}» — не сфера з таксономії; її пропущено під час поєднання. Призначте сферу вручну, якщо вона мається на увазі.",
        ),
        AreasNone => say!(
            lang,
            "no area of competence recognised, so this municipality cannot be matched. Check the answer or the column mapping.",
            "ingen kompetanseområder gjenkjent, så kommunen kan ikke kobles. Sjekk svaret eller kolonnetilordningen.",
            "ingen kompetanseområde kjende att, så kommunen kan ikkje koplast. Sjekk svaret eller kolonnetilordninga.",
            "не розпізнано жодної сфери компетенції, тож муніципалітет не можна поєднати. Перевірте відповідь або відповідність стовпців.",
        ),
        NeedsNone => say!(
            lang,
            "no need recognised, so this community cannot be matched. Check the answer or the column mapping.",
            "ingen behov gjenkjent, så hromadaen kan ikke kobles. Sjekk svaret eller kolonnetilordningen.",
            "ingen behov kjende att, så hromadaen kan ikkje koplast. Sjekk svaret eller kolonnetilordninga.",
            "не розпізнано жодної потреби, тож громаду не можна поєднати. Перевірте відповідь або відповідність стовпців.",
        ),
        NameMissing { side: Side::Offers } => say!(
            lang,
            "neither the municipality's name nor its number is given, so the row cannot be used. Fill in the name.",
            "verken kommunens navn eller nummer er oppgitt, så raden kan ikke brukes. Fyll inn navnet.",
            "verken namnet eller nummeret til kommunen er oppgitt, så rada kan ikkje brukast. Fyll inn namnet.",
            "не вказано ні назви муніципалітету, ні його номера, тож рядок не можна використати. Заповніть назву.",
        ),
        NameMissing { side: Side::Needs } => say!(
            lang,
            "neither the community's name nor its KATOTTG code is given, so the row cannot be used. Fill in the name.",
            "verken hromadaens navn eller KATOTTG-kode er oppgitt, så raden kan ikke brukes. Fyll inn navnet.",
            "verken namnet eller KATOTTG-koden til hromadaen er oppgitt, så rada kan ikkje brukast. Fyll inn namnet.",
            "не вказано ні назви громади, ні її коду КАТОТТГ, тож рядок не можна використати. Заповніть назву.",
        ),
        NameBlank { side: Side::Offers, id } => say!(
            lang,
            "the municipality's name is blank; kommunenummer {id} identifies it. Fill in the name.",
            "kommunens navn er tomt; kommunenummer {id} identifiserer den. Fyll inn navnet.",
            "namnet på kommunen er tomt; kommunenummer {id} identifiserer henne. Fyll inn namnet.",
            "назва муніципалітету порожня; його ідентифікує номер {id}. Заповніть назву.",
        ),
        NameBlank { side: Side::Needs, id } => say!(
            lang,
            "the community's name is blank; KATOTTG code {id} identifies it. Fill in the name.",
            "hromadaens navn er tomt; KATOTTG-koden {id} identifiserer den. Fyll inn navnet.",
            "namnet på hromadaen er tomt; KATOTTG-koden {id} identifiserer henne. Fyll inn namnet.",
            "назва громади порожня; її ідентифікує код КАТОТТГ {id}. Заповніть назву.",
        ),
        NumberInvalid { answer } => say!(
            lang,
            "“{answer}” is not a four-digit kommunenummer; the name is used to identify the municipality.",
            "«{answer}» er ikke et firesifret kommunenummer; navnet brukes for å identifisere kommunen.",
            "«{answer}» er ikkje eit firesifra kommunenummer; namnet blir brukt for å identifisere kommunen.",
            "«{answer}» — не чотиризначний номер комуни; для ідентифікації використано назву.",
        ),
        KatottgInvalid { answer } => say!(
            lang,
            "“{answer}” is not a KATOTTG code (UA and 17 digits); the name and oblast identify the community.",
            "«{answer}» er ikke en KATOTTG-kode (UA og 17 sifre); navn og oblast identifiserer hromadaen.",
            "«{answer}» er ikkje ein KATOTTG-kode (UA og 17 siffer); namn og oblast identifiserer hromadaen.",
            "«{answer}» — не код КАТОТТГ (UA і 17 цифр); громаду ідентифікують назва й область.",
        ),
        CategoryUnknown { answer } if answer.is_empty() => say!(
            lang,
            "the category (war zone or outside) is blank; the community is matched without a category preference.",
            "kategorien (krigssonen eller utenfor) er tom; hromadaen kobles uten kategoripreferanse.",
            "kategorien (krigssona eller utanfor) er tom; hromadaen blir kopla utan kategoripreferanse.",
            "категорію (зона бойових дій чи поза нею) не вказано; громаду поєднано без урахування категорії.",
        ),
        CategoryUnknown { answer } => say!(
            lang,
            "“{answer}” is neither the war zone nor outside it; the community is matched without a category preference.",
            "«{answer}» er verken krigssonen eller utenfor den; hromadaen kobles uten kategoripreferanse.",
            "«{answer}» er verken krigssona eller utanfor henne; hromadaen blir kopla utan kategoripreferanse.",
            "«{answer}» — ні зона бойових дій, ні поза нею; громаду поєднано без урахування категорії.",
        ),
        SuspiciousText { text, looks_like: Suspicion::Formula } => say!(
            lang,
            "“{text}” looks like a spreadsheet formula. It is kept as plain text, never run; check the answer.",
            "«{text}» ser ut som en regnearkformel. Den beholdes som ren tekst og kjøres aldri; sjekk svaret.",
            "«{text}» ser ut som ein rekneark-formel. Han blir halden som rein tekst og blir aldri køyrd; sjekk svaret.",
            "«{text}» схоже на формулу електронної таблиці. Його збережено як звичайний текст і ніколи не виконано; перевірте відповідь.",
        ),
        SuspiciousText { text, looks_like: Suspicion::Markup } => say!(
            lang,
            "“{text}” looks like HTML markup. It is kept as plain text, never run; check the answer.",
            "«{text}» ser ut som HTML. Det beholdes som ren tekst og kjøres aldri; sjekk svaret.",
            "«{text}» ser ut som HTML. Det blir halde som rein tekst og blir aldri køyrt; sjekk svaret.",
            "«{text}» схоже на HTML. Його збережено як звичайний текст і ніколи не виконано; перевірте відповідь.",
        ),
        // Routed by `issue`; every kind has its text (`every_issue_has_four_distinct_texts`).
        _ => String::new(),
    }
}

/// An issue about which municipality or community a row is, and its category.
fn identity_issue(lang: Lang, kind: &IssueKind) -> String {
    use IssueKind::*;
    match kind {
        CodeUnknown { side: Side::Offers, given: code } => say!(
            lang,
            "“{code}” is no kommunenummer of the 357 municipalities (2024); the name is used to identify the municipality. Check the number.",
            "«{code}» er ikke kommunenummeret til noen av de 357 kommunene (2024); navnet brukes for å identifisere kommunen. Sjekk nummeret.",
            "«{code}» er ikkje kommunenummeret til nokon av dei 357 kommunane (2024); namnet blir brukt for å identifisere kommunen. Sjekk nummeret.",
            "«{code}» не є номером жодної з 357 комун (2024); для ідентифікації використано назву. Перевірте номер.",
        ),
        CodeUnknown { side: Side::Needs, given: code } => say!(
            lang,
            "“{code}” is no KATOTTG code of the 1,469 communities; the name is used to identify the community. Check the code.",
            "«{code}» er ikke KATOTTG-koden til noen av de 1 469 hromadaene; navnet brukes for å identifisere hromadaen. Sjekk koden.",
            "«{code}» er ikkje KATOTTG-koden til nokon av dei 1 469 hromadaane; namnet blir brukt for å identifisere hromadaen. Sjekk koden.",
            "«{code}» не є кодом КАТОТТГ жодної з 1469 громад; для ідентифікації використано назву. Перевірте код.",
        ),
        CodeNameDisagree { given: code, official, named_id, named, .. } => say!(
            lang,
            "the code {code} is {official}, but the name points to {named} ({named_id}); the code is used. Check which is meant.",
            "koden {code} er {official}, men navnet peker på {named} ({named_id}); koden brukes. Sjekk hvilken som er ment.",
            "koden {code} er {official}, men namnet peikar på {named} ({named_id}); koden blir brukt. Sjekk kva for ein som er meint.",
            "код {code} — це {official}, але назва вказує на {named} ({named_id}); використано код. Перевірте, що мається на увазі.",
        ),
        NameAmbiguous { side, name, candidates } => {
            let list = candidates.iter().map(|c| format!("{} {} ({})", c.id, c.name, c.place)).collect::<Vec<_>>().join("; ");
            match side {
                Side::Offers => say!(
                    lang,
                    "“{name}” is the name of more than one municipality: {list}. Give the county or the kommunenummer, or choose one.",
                    "«{name}» er navnet på mer enn én kommune: {list}. Oppgi fylket eller kommunenummeret, eller velg én.",
                    "«{name}» er namnet på meir enn éin kommune: {list}. Oppgi fylket eller kommunenummeret, eller vel éin.",
                    "«{name}» — назва кількох комун: {list}. Вкажіть фюльке чи номер комуни або виберіть одну.",
                ),
                Side::Needs => say!(
                    lang,
                    "“{name}” is the name of more than one community: {list}. Give the oblast and raion or the KATOTTG code, or choose one.",
                    "«{name}» er navnet på mer enn én hromada: {list}. Oppgi oblast og rajon eller KATOTTG-koden, eller velg én.",
                    "«{name}» er namnet på meir enn éin hromada: {list}. Oppgi oblast og rajon eller KATOTTG-koden, eller vel éin.",
                    "«{name}» — назва кількох громад: {list}. Вкажіть область і район або код КАТОТТГ чи виберіть одну.",
                ),
            }
        }
        NameUnknown { side: Side::Offers, name, .. } => say!(
            lang,
            "“{name}” is no municipality of the official list, in any spelling; it is kept as written. Check the name or give the kommunenummer.",
            "«{name}» er ingen kommune i den offisielle listen, i noen skrivemåte; den beholdes som skrevet. Sjekk navnet eller oppgi kommunenummeret.",
            "«{name}» er ingen kommune i den offisielle lista, i nokon skrivemåte; han blir halden slik han er skriven. Sjekk namnet eller oppgi kommunenummeret.",
            "«{name}» немає в офіційному списку комун у жодному написанні; залишено як написано. Перевірте назву або вкажіть номер комуни.",
        ),
        NameUnknown { side: Side::Needs, name, .. } => say!(
            lang,
            "“{name}” is no community of the official list, in any spelling; it is kept as written. Check the name or give the KATOTTG code.",
            "«{name}» er ingen hromada i den offisielle listen, i noen skrivemåte; den beholdes som skrevet. Sjekk navnet eller oppgi KATOTTG-koden.",
            "«{name}» er inga hromada i den offisielle lista, i nokon skrivemåte; ho blir halden slik ho er skriven. Sjekk namnet eller oppgi KATOTTG-koden.",
            "«{name}» немає в офіційному списку громад у жодному написанні; залишено як написано. Перевірте назву або вкажіть код КАТОТТГ.",
        ),
        CategorySuggested { category, status } => {
            let (c, s) = (category_words(lang, *category), status_words(lang, *status));
            say!(
                lang,
                "the category is blank; the 2022 list says the community was {s}, so it is matched as {c}. Check it: the list is a snapshot.",
                "kategorien er tom; listen fra 2022 sier at hromadaen var {s}, så den kobles som {c}. Sjekk det: listen er et øyeblikksbilde.",
                "kategorien er tom; lista frå 2022 seier at hromadaen var {s}, så ho blir kopla som {c}. Sjekk det: lista er eit augeblinksbilete.",
                "категорію не вказано; за списком 2022 року громада була {s}, тож її поєднано як {c}. Перевірте: список відображає стан на той час.",
            )
        }
        CategoryDiffers { category, status } => {
            let (c, s) = (category_words(lang, *category), status_words(lang, *status));
            say!(
                lang,
                "the survey says {c}; the 2022 list says the community was {s}. The survey's answer is used.",
                "kartleggingen sier {c}; listen fra 2022 sier at hromadaen var {s}. Svaret i kartleggingen brukes.",
                "kartlegginga seier {c}; lista frå 2022 seier at hromadaen var {s}. Svaret i kartlegginga blir brukt.",
                "в опитуванні — {c}; за списком 2022 року громада була {s}. Використано відповідь з опитування.",
            )
        }
        Occupied2022 => say!(
            lang,
            "the 2022 list has this community in occupied territory. The coordinator decides whether and how to pair it.",
            "listen fra 2022 har denne hromadaen på okkupert territorium. Koordinatoren avgjør om og hvordan den skal kobles.",
            "lista frå 2022 har denne hromadaen på okkupert territorium. Koordinatoren avgjer om og korleis ho skal koplast.",
            "за списком 2022 року ця громада на окупованій території. Координатор вирішує, чи і як її поєднувати.",
        ),
        // Routed by `issue`; every kind has its text (`every_issue_has_four_distinct_texts`).
        _ => String::new(),
    }
}

/// What a column means, in `lang`.
pub fn field(lang: Lang, f: Field) -> &'static str {
    use Field::*;
    let (nb, nn, uk) = match f {
        ContactName => ("Kontaktpersonens navn", "Namnet til kontaktpersonen", "Ім’я контактної особи"),
        ContactRole => ("Kontaktpersonens stilling", "Stillinga til kontaktpersonen", "Посада контактної особи"),
        ContactEmail => ("Kontaktpersonens e-post", "E-posten til kontaktpersonen", "E-mail контактної особи"),
        ContactPhone => ("Kontaktpersonens telefon", "Telefonen til kontaktpersonen", "Телефон контактної особи"),
        Languages => ("Arbeidsspråk", "Arbeidsspråk", "Робочі мови"),
        Comment => ("Kommentarer", "Kommentarar", "Коментарі"),
        ResponseId => ("Svar-ID (skjemaverktøy)", "Svar-ID (skjemaverktøy)", "ID відповіді (сервіс опитування)"),
        Timestamp => ("Tidspunkt for svaret", "Tidspunkt for svaret", "Час відповіді"),
        StartTime => {
            ("Starttidspunkt (skjemaverktøy)", "Starttidspunkt (skjemaverktøy)", "Час початку (сервіс опитування)")
        }
        CompletionTime => (
            "Fullføringstidspunkt (skjemaverktøy)",
            "Fullføringstidspunkt (skjemaverktøy)",
            "Час завершення (сервіс опитування)",
        ),
        LastModified => {
            ("Sist endret (skjemaverktøy)", "Sist endra (skjemaverktøy)", "Час останньої зміни (сервіс опитування)")
        }
        AnswerTime => (
            "Tid brukt på svaret (skjemaverktøy)",
            "Tid brukt på svaret (skjemaverktøy)",
            "Час на відповідь (сервіс опитування)",
        ),
        RespondentEmail => (
            "Respondentens e-post (skjemaverktøy)",
            "E-posten til respondenten (skjemaverktøy)",
            "E-mail респондента (сервіс опитування)",
        ),
        RespondentName => (
            "Respondentens navn (skjemaverktøy)",
            "Namnet til respondenten (skjemaverktøy)",
            "Ім’я респондента (сервіс опитування)",
        ),
        Population => ("Innbyggertall", "Innbyggjartal", "Чисельність населення"),
        MunicipalityName => ("Kommune", "Kommune", "Муніципалітет (комуна)"),
        MunicipalityNumber => ("Kommunenummer", "Kommunenummer", "Номер комуни"),
        County => ("Fylke", "Fylke", "Фюльке (округ)"),
        Areas => {
            ("Kompetanseområder som tilbys", "Kompetanseområde som blir tilbodne", "Запропоновані сфери компетенції")
        }
        Capacity => {
            ("Antall partnere kommunen kan ta", "Talet på partnarar kommunen kan ta", "Скільки партнерів може взяти")
        }
        Form => (
            "Samarbeidsform (akutt / langsiktig)",
            "Samarbeidsform (akutt / langsiktig)",
            "Форма співпраці (нагальна / довгострокова)",
        ),
        Preference => ("Foretrukket type partner", "Føretrekt type partnar", "Бажана категорія партнера"),
        InternationalExperience => (
            "Erfaring med internasjonalt samarbeid",
            "Erfaring med internasjonalt samarbeid",
            "Досвід міжнародної співпраці",
        ),
        Ties => (
            "Eksisterende kontakt med ukrainsk kommune",
            "Eksisterande kontakt med ukrainsk kommune",
            "Наявний контакт з українською громадою",
        ),
        Learn => ("Hva kommunen vil lære", "Kva kommunen vil lære", "Чого муніципалітет хоче навчитися"),
        Refugees => ("Bosatte ukrainske flyktninger", "Busette ukrainske flyktningar", "Розселені українські біженці"),
        PoliticalAnchoring => ("Politisk forankring", "Politisk forankring", "Політична підтримка"),
        CommunityName => ("Hromada (ukrainsk kommune)", "Hromada (ukrainsk kommune)", "Громада"),
        Katottg => ("KATOTTG-kode", "KATOTTG-kode", "Код КАТОТТГ"),
        Oblast => ("Oblast", "Oblast", "Область"),
        Raion => ("Rajon", "Rajon", "Район"),
        Category => (
            "Kategori (krigssonen / utenfor)",
            "Kategori (krigssona / utanfor)",
            "Категорія (зона бойових дій / поза нею)",
        ),
        Idps => ("Registrerte internt fordrevne", "Registrerte internt fordrivne", "Зареєстровані ВПО"),
        Damage => ("Skadenivå", "Skadenivå", "Рівень руйнувань"),
        UrgentNeeds => ("Akutte behov", "Akutte behov", "Нагальні потреби"),
        LongTermNeeds => ("Langsiktige behov", "Langsiktige behov", "Довгострокові потреби"),
        PartnersWanted => ("Ønsket antall partnere", "Ønskt tal på partnarar", "Бажана кількість партнерів"),
        InternationalPartners => (
            "Eksisterende internasjonale partnere",
            "Eksisterande internasjonale partnarar",
            "Наявні міжнародні партнери",
        ),
    };
    match lang {
        Lang::En => f.describe(),
        Lang::Nb => nb,
        Lang::Nn => nn,
        Lang::Uk => uk,
    }
}

/// Why a JSON file is not the input format, in `lang` (without the file name).
pub fn json_error(lang: Lang, e: &JsonError) -> String {
    match e {
        JsonError::NotInput { detail } => say!(
            lang,
            "not a kommunematch input file: {detail}",
            "ikke en inndatafil for kommunematch: {detail}",
            "ikkje ei inndatafil for kommunematch: {detail}",
            "не файл вхідних даних kommunematch: {detail}",
        ),
        JsonError::Version { found } => say!(
            lang,
            "input format version {found} is not known; this version reads version 1",
            "inndataformatet versjon {found} er ukjent; denne versjonen leser versjon 1",
            "inndataformatet versjon {found} er ukjent; denne versjonen les versjon 1",
            "версія формату вхідних даних {found} невідома; ця версія читає версію 1",
        ),
        JsonError::TooDeep { line, limit } => say!(
            lang,
            "lists and objects nested more than {limit} levels deep (line {line}), far more than the input format has",
            "lister og objekter nestet mer enn {limit} nivåer dypt (linje {line}), langt mer enn inndataformatet har",
            "lister og objekt nesta meir enn {limit} nivå djupt (linje {line}), langt meir enn inndataformatet har",
            "списки й об’єкти вкладено глибше ніж на {limit} рівнів (рядок {line}) — набагато більше, ніж має формат вхідних даних",
        ),
    }
}

/// Why a file cannot be read at all, and what to do, in `lang`; starts with the file name.
pub fn read_error(lang: Lang, e: &ReadError) -> String {
    use ReadErrorKind::*;
    let f = &e.file;
    let mb = |b: u64| b / (1024 * 1024);
    match &e.kind {
        Empty => say!(
            lang,
            "{f}: the file is empty. Export the survey answers again and load the new file.",
            "{f}: filen er tom. Eksporter svarene på nytt og last inn den nye filen.",
            "{f}: fila er tom. Eksporter svara på nytt og last inn den nye fila.",
            "{f}: файл порожній. Експортуйте відповіді знову й завантажте новий файл.",
        ),
        Spreadsheet { detail } => say!(
            lang,
            "{f}: this looks like a spreadsheet but cannot be opened ({detail}). The file may be damaged or cut short: open it in Excel and save it again, or export it as CSV.",
            "{f}: dette ser ut som et regneark, men kan ikke åpnes ({detail}). Filen kan være skadet eller avkortet: åpne den i Excel og lagre på nytt, eller eksporter som CSV.",
            "{f}: dette ser ut som eit rekneark, men kan ikkje opnast ({detail}). Fila kan vere skadd eller avkorta: opne henne i Excel og lagre på nytt, eller eksporter som CSV.",
            "{f}: це схоже на електронну таблицю, але її не вдається відкрити ({detail}). Файл може бути пошкоджений чи обрізаний: відкрийте його в Excel і збережіть знову або експортуйте як CSV.",
        ),
        NotText => say!(
            lang,
            "{f}: this is neither a spreadsheet (XLSX, XLS, ODS) nor a text table (CSV, TSV). Load the survey export itself.",
            "{f}: dette er verken et regneark (XLSX, XLS, ODS) eller en teksttabell (CSV, TSV). Last inn selve eksporten.",
            "{f}: dette er verken eit rekneark (XLSX, XLS, ODS) eller ein teksttabell (CSV, TSV). Last inn sjølve eksporten.",
            "{f}: це не електронна таблиця (XLSX, XLS, ODS) і не текстова таблиця (CSV, TSV). Завантажте сам експорт опитування.",
        ),
        UnbalancedQuotes { line } => say!(
            lang,
            "{f} › line {line}: a quoted field starts here and is never closed, so the rest of the file cannot be split into cells. Check the quote marks on that line, or export the file again.",
            "{f} › linje {line}: et felt i anførselstegn starter her og lukkes aldri. Sjekk anførselstegnene på linjen, eller eksporter på nytt.",
            "{f} › linje {line}: eit felt i hermeteikn byrjar her og blir aldri lukka. Sjekk hermeteikna på linja, eller eksporter på nytt.",
            "{f} › рядок {line}: поле в лапках починається тут і ніколи не закривається. Перевірте лапки в цьому рядку або експортуйте знову.",
        ),
        StrayQuote { line } => say!(
            lang,
            "{f} › line {line}: a quoted field is followed by more text after its closing quote, so the cells of this line cannot be told apart. Check the quote marks on that line, or export the file again.",
            "{f} › linje {line}: et felt i anførselstegn følges av mer tekst etter det avsluttende anførselstegnet. Sjekk anførselstegnene på linjen, eller eksporter på nytt.",
            "{f} › linje {line}: eit felt i hermeteikn blir følgt av meir tekst etter det avsluttande hermeteiknet. Sjekk hermeteikna på linja, eller eksporter på nytt.",
            "{f} › рядок {line}: після закривальних лапок поля є ще текст. Перевірте лапки в цьому рядку або експортуйте знову.",
        ),
        NoHeader => say!(
            lang,
            "{f}: no header row found (a row naming at least two columns). The first row of a survey export should hold the questions.",
            "{f}: fant ingen overskriftsrad (en rad som navngir minst to kolonner). Første rad i en eksport skal inneholde spørsmålene.",
            "{f}: fann inga overskriftsrad (ei rad som namngir minst to kolonnar). Første rad i ein eksport skal innehalde spørsmåla.",
            "{f}: не знайдено рядка заголовків (рядка, що називає принаймні два стовпці). Перший рядок експорту має містити запитання.",
        ),
        Json(j) => {
            let detail = json_error(lang, j);
            say!(
                lang,
                "{f}: {detail}. Survey answers in JSON must follow the kommunematch input format (docs/input-format.md); results and mapping presets are loaded as such, not as surveys.",
                "{f}: {detail}. Svar i JSON må følge kommunematchs inndataformat (docs/input-format.md); resultater og tilordninger lastes inn som det de er, ikke som kartlegginger.",
                "{f}: {detail}. Svar i JSON må følgje inndataformatet til kommunematch (docs/input-format.md); resultat og tilordningar blir lasta inn som det dei er, ikkje som kartleggingar.",
                "{f}: {detail}. Відповіді в JSON мають відповідати формату вхідних даних kommunematch (docs/input-format.md); результати й відповідності завантажуються як такі, а не як опитування.",
            )
        }
        TooLarge { bytes, limit } => {
            let (size, limit) = (mb(*bytes as u64), mb(*limit as u64));
            say!(
                lang,
                "{f}: {size} MB, more than the {limit} MB a survey export can have. Check that this is the survey export; split it if it really is this large.",
                "{f}: {size} MB, mer enn de {limit} MB en eksport kan ha. Sjekk at dette er eksporten fra kartleggingen; del den opp hvis den virkelig er så stor.",
                "{f}: {size} MB, meir enn dei {limit} MB ein eksport kan ha. Sjekk at dette er eksporten frå kartlegginga; del han opp dersom han verkeleg er så stor.",
                "{f}: {size} МБ — більше, ніж {limit} МБ, які може мати експорт. Перевірте, що це експорт опитування; розділіть його, якщо він справді такий великий.",
            )
        }
        TooManyRows { found, limit } => say!(
            lang,
            "{f}: more than {limit} rows ({found} or more), more than any survey of municipalities has. Check that this is the survey export.",
            "{f}: mer enn {limit} rader ({found} eller flere), flere enn noen kartlegging av kommuner har. Sjekk at dette er eksporten.",
            "{f}: meir enn {limit} rader ({found} eller fleire), fleire enn nokon kartlegging av kommunar har. Sjekk at dette er eksporten.",
            "{f}: понад {limit} рядків ({found} або більше) — більше, ніж має будь-яке опитування громад. Перевірте, що це експорт опитування.",
        ),
        CellTooLong { row, column, limit } => say!(
            lang,
            "{f} › row {row} › column {column}: a cell longer than {limit} characters, more than any answer. Check that cell, or export the file again.",
            "{f} › rad {row} › kolonne {column}: en celle lengre enn {limit} tegn, mer enn noe svar. Sjekk cellen, eller eksporter på nytt.",
            "{f} › rad {row} › kolonne {column}: ei celle lengre enn {limit} teikn, meir enn noko svar. Sjekk cella, eller eksporter på nytt.",
            "{f} › рядок {row} › стовпець {column}: клітинка довша за {limit} символів — більше за будь-яку відповідь. Перевірте її або експортуйте знову.",
        ),
        TooManyColumns { found, limit } => say!(
            lang,
            "{f}: {found} columns, more than the {limit} a survey export can have. Check that this is the survey export, not another table.",
            "{f}: {found} kolonner, flere enn de {limit} en eksport kan ha. Sjekk at dette er eksporten fra kartleggingen, ikke en annen tabell.",
            "{f}: {found} kolonnar, fleire enn dei {limit} ein eksport kan ha. Sjekk at dette er eksporten frå kartlegginga, ikkje ein annan tabell.",
            "{f}: {found} стовпців — більше, ніж {limit}, які може мати експорт. Перевірте, що це експорт опитування, а не інша таблиця.",
        ),
        CannotRead { detail } => say!(
            lang,
            "{f}: the browser could not read this file ({detail}). Check that it is still where it was and not open in another program, then load it again.",
            "{f}: nettleseren kunne ikke lese filen ({detail}). Sjekk at den fortsatt ligger der den lå og ikke er åpen i et annet program, og last den inn på nytt.",
            "{f}: nettlesaren kunne ikkje lese fila ({detail}). Sjekk at ho framleis ligg der ho låg og ikkje er open i eit anna program, og last henne inn på nytt.",
            "{f}: браузер не зміг прочитати файл ({detail}). Перевірте, що він на місці й не відкритий в іншій програмі, і завантажте його знову.",
        ),
        TooManyCells { limit } => say!(
            lang,
            "{f}: more than {limit} cells (counting the empty ones between filled ones), more than any survey export has. Check that this is the survey export, not another table; delete stray cells far below or to the right of the answers.",
            "{f}: mer enn {limit} celler (medregnet de tomme mellom utfylte), flere enn noen eksport har. Sjekk at dette er eksporten fra kartleggingen, ikke en annen tabell; slett løse celler langt under eller til høyre for svarene.",
            "{f}: meir enn {limit} celler (medrekna dei tomme mellom dei utfylte), fleire enn nokon eksport har. Sjekk at dette er eksporten frå kartlegginga, ikkje ein annan tabell; slett laust innhald langt under eller til høgre for svara.",
            "{f}: понад {limit} клітинок (разом із порожніми між заповненими) — більше, ніж має будь-який експорт. Перевірте, що це експорт опитування, а не інша таблиця; видаліть зайві клітинки далеко внизу чи праворуч від відповідей.",
        ),
        UnpacksTooLarge { bytes, limit } => {
            let (size, limit) = (mb(*bytes), mb(*limit));
            say!(
                lang,
                "{f}: this spreadsheet unpacks to {size} MB, more than the {limit} MB a survey export can have. Check that this is the survey export; open it in Excel and save it again, or export it as CSV.",
                "{f}: regnearket pakkes ut til {size} MB, mer enn de {limit} MB en eksport kan ha. Sjekk at dette er eksporten; åpne den i Excel og lagre på nytt, eller eksporter som CSV.",
                "{f}: reknearket blir pakka ut til {size} MB, meir enn dei {limit} MB ein eksport kan ha. Sjekk at dette er eksporten; opne henne i Excel og lagre på nytt, eller eksporter som CSV.",
                "{f}: таблиця розпаковується до {size} МБ — більше, ніж {limit} МБ, які може мати експорт. Перевірте, що це експорт опитування; відкрийте його в Excel і збережіть знову або експортуйте як CSV.",
            )
        }
    }
}

/// Why a mapping preset cannot be used, in `lang` (without the file name).
pub fn preset_error(lang: Lang, e: &PresetError) -> String {
    match e {
        PresetError::NotPreset { detail } => say!(
            lang,
            "not a kommunematch mapping preset: {detail}",
            "ikke en tilordningsfil for kommunematch: {detail}",
            "ikkje ei tilordningsfil for kommunematch: {detail}",
            "не файл відповідностей kommunematch: {detail}",
        ),
        PresetError::Version { found } => say!(
            lang,
            "mapping preset version {found} is not known; this version reads version 1",
            "tilordningsfilen versjon {found} er ukjent; denne versjonen leser versjon 1",
            "tilordningsfila versjon {found} er ukjend; denne versjonen les versjon 1",
            "версія файлу відповідностей {found} невідома; ця версія читає версію 1",
        ),
        PresetError::NotAnArea { area } => say!(
            lang,
            "the preset maps an answer to “{area}”, which is not an area code",
            "tilordningen knytter et svar til «{area}», som ikke er en områdekode",
            "tilordninga knyter eit svar til «{area}», som ikkje er ein områdekode",
            "файл відповідностей зіставляє відповідь із «{area}», що не є кодом сфери",
        ),
        PresetError::NotAnEntity { id } => say!(
            lang,
            "the preset maps a name to “{id}”, which is no kommunenummer or KATOTTG code of the lists",
            "tilordningen knytter et navn til «{id}», som ikke er et kommunenummer eller en KATOTTG-kode i listene",
            "tilordninga knyter eit namn til «{id}», som ikkje er eit kommunenummer eller ein KATOTTG-kode i listene",
            "файл відповідностей зіставляє назву з «{id}», що не є номером комуни чи кодом КАТОТТГ зі списків",
        ),
    }
}

/// A category in the words of a message: "in the war zone" / "outside the war zone".
pub(super) fn category_words(lang: Lang, c: Category) -> &'static str {
    match (lang, c) {
        (Lang::En, Category::WarZone) => "in the war zone",
        (Lang::En, _) => "outside the war zone",
        (Lang::Nb, Category::WarZone) => "i krigssonen",
        (Lang::Nb, _) => "utenfor krigssonen",
        (Lang::Nn, Category::WarZone) => "i krigssona",
        (Lang::Nn, _) => "utanfor krigssona",
        (Lang::Uk, Category::WarZone) => "у зоні бойових дій",
        (Lang::Uk, _) => "поза зоною бойових дій",
    }
}

/// A 2022 status in the words of a message.
fn status_words(lang: Lang, s: War2022) -> &'static str {
    match (lang, s) {
        (Lang::En, War2022::NotOccupied) => "not occupied and outside the war zone",
        (Lang::En, War2022::WarZone) => "in the war zone",
        (Lang::En, War2022::Deoccupied) => "occupied and deoccupied",
        (Lang::En, War2022::Occupied) => "occupied",
        (Lang::Nb, War2022::NotOccupied) => "ikke okkupert og utenfor krigssonen",
        (Lang::Nb, War2022::WarZone) => "i krigssonen",
        (Lang::Nb, War2022::Deoccupied) => "okkupert og siden frigjort",
        (Lang::Nb, War2022::Occupied) => "okkupert",
        (Lang::Nn, War2022::NotOccupied) => "ikkje okkupert og utanfor krigssona",
        (Lang::Nn, War2022::WarZone) => "i krigssona",
        (Lang::Nn, War2022::Deoccupied) => "okkupert og sidan frigjord",
        (Lang::Nn, War2022::Occupied) => "okkupert",
        (Lang::Uk, War2022::NotOccupied) => "не окупована й поза зоною бойових дій",
        (Lang::Uk, War2022::WarZone) => "у зоні бойових дій",
        (Lang::Uk, War2022::Deoccupied) => "окупована й згодом деокупована",
        (Lang::Uk, War2022::Occupied) => "окупована",
    }
}
