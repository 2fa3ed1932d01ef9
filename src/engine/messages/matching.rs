//! The words of matching: what long work is doing, why matching cannot run, why a results file cannot be
//! opened, why a pair was not made and why an entity has no partner.

use super::reading::category_words;
use crate::engine::lang::{num, Lang};
use crate::engine::model::{Category, Side};
use crate::engine::progress::{Progress, Stage};
use crate::engine::results::{ResultsError, Unplaced, WhyNot};
use crate::engine::settings::MatchError;
use crate::say;

/// What long work is doing, in `lang`: the label of a progress bar.
pub fn progress(lang: Lang, p: &Progress) -> String {
    let (done, of) = (num(lang, i64::from(p.done)), num(lang, i64::from(p.of)));
    match p.stage {
        Stage::Parsing => say!(
            lang,
            "Reading the file’s table…",
            "Leser tabellen i filen …",
            "Les tabellen i fila …",
            "Читання таблиці файлу…"
        ),
        Stage::Interpreting => say!(
            lang,
            "Reading the answers: row {done} of {of}",
            "Leser svarene: rad {done} av {of}",
            "Les svara: rad {done} av {of}",
            "Читання відповідей: рядок {done} з {of}",
        ),
        Stage::Scoring => say!(
            lang,
            "Scoring every pair…",
            "Gir poeng til alle par …",
            "Gir poeng til alle par …",
            "Оцінювання всіх пар…"
        ),
        Stage::Solving => say!(
            lang,
            "Finding the best pairs…",
            "Finner de beste parene …",
            "Finn dei beste para …",
            "Пошук найкращих пар…"
        ),
        Stage::Explaining => say!(
            lang,
            "Explaining the choices: {done} of {of} municipalities",
            "Forklarer valgene: {done} av {of} kommuner",
            "Forklarer vala: {done} av {of} kommunar",
            "Пояснення вибору: {done} з {of} муніципалітетів",
        ),
        Stage::Comparing => say!(
            lang,
            "Comparing with the other objective…",
            "Sammenligner med det andre målet …",
            "Samanliknar med det andre målet …",
            "Порівняння з іншою метою…",
        ),
    }
}

/// Why matching cannot run with these files and settings, and what to do, in `lang`.
pub fn match_error(lang: Lang, e: &MatchError) -> String {
    use MatchError::*;
    match e {
        UnknownId { lock: true, id } => say!(
            lang,
            "a lock names “{id}”, which no loaded file has. Remove the lock or load the file that has it.",
            "en låsing nevner «{id}», som ingen innlastet fil har. Fjern låsingen, eller last inn filen som har den.",
            "ei låsing nemner «{id}», som inga innlasta fil har. Fjern låsinga, eller last inn fila som har henne.",
            "закріплення називає «{id}», якого немає в жодному завантаженому файлі. Вилучіть закріплення або завантажте потрібний файл.",
        ),
        UnknownId { lock: false, id } => say!(
            lang,
            "a veto names “{id}”, which no loaded file has. Remove the veto or load the file that has it.",
            "et forbud nevner «{id}», som ingen innlastet fil har. Fjern forbudet, eller last inn filen som har den.",
            "eit forbod nemner «{id}», som inga innlasta fil har. Fjern forbodet, eller last inn fila som har det.",
            "заборона називає «{id}», якого немає в жодному завантаженому файлі. Вилучіть заборону або завантажте потрібний файл.",
        ),
        LockedAndVetoed(p) => {
            let (o, n) = (&p.offer_id, &p.need_id);
            say!(
                lang,
                "the pair {o} – {n} is both locked and vetoed. Remove one of the two.",
                "paret {o} – {n} er både låst og forbudt. Fjern det ene.",
                "paret {o} – {n} er både låst og forbode. Fjern det eine.",
                "пара {o} – {n} водночас закріплена й заборонена. Вилучіть одне з двох.",
            )
        }
        OverCapacity { id, name, locked, limit } => {
            let over = locked.saturating_sub(*limit as usize);
            say!(
                lang,
                "{name} ({id}) has {locked} locked pairs but room for only {limit}. Remove {over} lock(s) or raise its number of partners.",
                "{name} ({id}) har {locked} låste par, men plass til bare {limit}. Fjern {over} låsing(er) eller øk antallet partnere.",
                "{name} ({id}) har {locked} låste par, men plass til berre {limit}. Fjern {over} låsing(ar) eller auk talet på partnarar.",
                "{name} ({id}) має {locked} закріплених пар, але місць лише {limit}. Вилучіть закріплення ({over}) або збільште кількість партнерів.",
            )
        }
        OverShare { category, locked, limit, percent, total } => {
            let (over, which) = (locked.saturating_sub(*limit as usize), category_words(lang, *category));
            say!(
                lang,
                "{locked} locked pairs are with communities {which}, but its share of {percent}% of {total} places allows only {limit}. Raise the share or remove {over} lock(s).",
                "{locked} låste par er med hromadaer {which}, men andelen på {percent} % av {total} plasser tillater bare {limit}. Øk andelen eller fjern {over} låsing(er).",
                "{locked} låste par er med hromadaar {which}, men delen på {percent} % av {total} plassar tillèt berre {limit}. Auk delen eller fjern {over} låsing(ar).",
                "{locked} закріплених пар — з громадами {which}, але частка {percent}% з {total} місць дозволяє лише {limit}. Збільште частку або вилучіть закріплення ({over}).",
            )
        }
        WeightOutOfRange { weight, value, limit } => say!(
            lang,
            "the weight {weight} = {value} is out of range; weights lie between −{limit} and {limit}.",
            "vekten {weight} = {value} er utenfor området; vekter ligger mellom −{limit} og {limit}.",
            "vekta {weight} = {value} er utanfor området; vekter ligg mellom −{limit} og {limit}.",
            "вага {weight} = {value} поза межами; ваги лежать між −{limit} і {limit}.",
        ),
        ShareOutOfRange { category: Category::WarZone, .. } => say!(
            lang,
            "the war_zone share is a percentage: 0 to 100.",
            "andelen for krigssonen er en prosent: 0 til 100.",
            "delen for krigssona er ein prosent: 0 til 100.",
            "частка для зони бойових дій — це відсоток: від 0 до 100.",
        ),
        ShareOutOfRange { .. } => say!(
            lang,
            "the outside share is a percentage: 0 to 100.",
            "andelen utenfor krigssonen er en prosent: 0 til 100.",
            "delen utanfor krigssona er ein prosent: 0 til 100.",
            "частка поза зоною бойових дій — це відсоток: від 0 до 100.",
        ),
        TooLarge { offers, needs, limit } => {
            let pairs = offers.saturating_mul(*needs);
            say!(
                lang,
                "{offers} municipalities × {needs} communities are {pairs} pairs to weigh, more than the {limit} matching takes at once (all of Norway × all of Ukraine is 524433). Check that these are the survey exports, or match part of them at a time, one oblast or county after another.",
                "{offers} kommuner × {needs} hromadaer er {pairs} par å veie, flere enn de {limit} koblingen tar på én gang (hele Norge × hele Ukraina er 524433). Sjekk at dette er eksportene fra kartleggingen, eller koble en del om gangen, ett fylke eller én oblast etter en annen.",
                "{offers} kommunar × {needs} hromadaar er {pairs} par å vege, fleire enn dei {limit} koplinga tek på éin gong (heile Noreg × heile Ukraina er 524433). Sjekk at dette er eksportane frå kartlegginga, eller kople ein del om gongen, eitt fylke eller éin oblast etter ein annan.",
                "{offers} муніципалітетів × {needs} громад — це {pairs} пар для оцінки, більше ніж {limit}, які поєднання бере за раз (уся Норвегія × уся Україна — 524433). Перевірте, що це експорти опитувань, або поєднуйте частинами, область за областю.",
            )
        }
    }
}

/// Why a results JSON cannot be opened, in `lang` (without the file name).
pub fn results_error(lang: Lang, e: &ResultsError) -> String {
    use ResultsError::*;
    match e {
        NotResults { detail } => say!(
            lang,
            "this is not a kommunematch results file ({detail})",
            "dette er ikke en resultatfil fra kommunematch ({detail})",
            "dette er ikkje ei resultatfil frå kommunematch ({detail})",
            "це не файл результатів kommunematch ({detail})",
        ),
        Version { found, made_by } => {
            let reads = crate::engine::results::SCHEMA_VERSION;
            say!(
                lang,
                "results schema version {found} is not the one this version reads ({reads}); open it with the kommunematch version that made it ({made_by})",
                "resultatformatet versjon {found} er ikke det denne versjonen leser ({reads}); åpne filen med kommunematch-versjonen som laget den ({made_by})",
                "resultatformatet versjon {found} er ikkje det denne versjonen les ({reads}); opne fila med kommunematch-versjonen som laga henne ({made_by})",
                "версія формату результатів {found} — не та, яку читає ця версія ({reads}); відкрийте файл версією kommunematch, що його створила ({made_by})",
            )
        }
        DuplicateId => say!(
            lang,
            "an id appears twice among the municipalities or communities",
            "en id står to ganger blant kommunene eller hromadaene",
            "ein id står to gonger blant kommunane eller hromadaane",
            "ідентифікатор трапляється двічі серед муніципалітетів чи громад",
        ),
        PairUnknown { pair } => say!(
            lang,
            "the pair {pair} names a municipality or community the file does not list",
            "paret {pair} nevner en kommune eller hromada filen ikke har",
            "paret {pair} nemner ein kommune eller ei hromada fila ikkje har",
            "пара {pair} називає муніципалітет чи громаду, яких немає у файлі",
        ),
        PairTwice { pair } => {
            say!(
                lang,
                "the pair {pair} appears twice",
                "paret {pair} står to ganger",
                "paret {pair} står to gonger",
                "пара {pair} трапляється двічі",
            )
        }
        ScoreNotSum { pair } => say!(
            lang,
            "the score of {pair} is not the sum of its components",
            "poengsummen for {pair} er ikke summen av delene",
            "poengsummen for {pair} er ikkje summen av delane",
            "бал пари {pair} не дорівнює сумі складників",
        ),
        TotalNotSum => say!(
            lang,
            "the total score is not the sum of the pairs' scores",
            "totalsummen er ikke summen av parenes poeng",
            "totalsummen er ikkje summen av poenga til para",
            "загальна сума не дорівнює сумі балів пар",
        ),
        Miscounted { name, id, pairs, says, of } => say!(
            lang,
            "{name} ({id}) has {pairs} pairs, but the file says {says} of {of}",
            "{name} ({id}) har {pairs} par, men filen sier {says} av {of}",
            "{name} ({id}) har {pairs} par, men fila seier {says} av {of}",
            "{name} ({id}) має {pairs} пар, але файл каже {says} з {of}",
        ),
        NotUnmatched { id, side: Side::Offers } => say!(
            lang,
            "{id} is listed as unmatched but is not an unmatched municipality",
            "{id} står som uten partner, men er ikke en kommune uten partner",
            "{id} står som utan partnar, men er ikkje ein kommune utan partnar",
            "{id} значиться без партнера, але не є муніципалітетом без партнера",
        ),
        NotUnmatched { id, side: Side::Needs } => say!(
            lang,
            "{id} is listed as unmatched but is not an unmatched community",
            "{id} står som uten partner, men er ikke en hromada uten partner",
            "{id} står som utan partnar, men er ikkje ei hromada utan partnar",
            "{id} значиться без партнера, але не є громадою без партнера",
        ),
    }
}

/// Why an alternative pair was not made, in `lang`, in general terms (the page); the results JSON keeps the
/// English sentence with names from [`why_not_en`].
pub fn why_not(lang: Lang, why: WhyNot) -> String {
    use WhyNot::*;
    match why {
        Vetoed => say!(
            lang,
            "The coordinator forbade this pair.",
            "Koordinatoren har forbudt dette paret.",
            "Koordinatoren har forbode dette paret.",
            "Координатор заборонив цю пару."
        ),
        OfferLocked => say!(
            lang,
            "All places of the municipality are in locked pairs.",
            "Alle plassene til kommunen er i låste par.",
            "Alle plassane til kommunen er i låste par.",
            "Усі місця муніципалітету в закріплених парах.",
        ),
        NeedLocked => say!(
            lang,
            "All partners the community wants are in locked pairs.",
            "Alle partnerne hromadaen ønsker, er i låste par.",
            "Alle partnarane hromadaen ønskjer, er i låste par.",
            "Усі бажані партнери громади в закріплених парах.",
        ),
        BothFull => say!(
            lang,
            "Both have all their partners, in pairs that give a higher total.",
            "Begge har alle sine partnere, i par som gir høyere sum.",
            "Begge har alle partnarane sine, i par som gir høgare sum.",
            "Обидві сторони мають усіх партнерів у парах, що дають більшу суму.",
        ),
        OfferFull => say!(
            lang,
            "The municipality has used all its places on pairs that give a higher total.",
            "Kommunen har brukt alle plassene på par som gir høyere sum.",
            "Kommunen har brukt alle plassane på par som gir høgare sum.",
            "Муніципалітет використав усі місця на пари, що дають більшу суму.",
        ),
        NeedFull => say!(
            lang,
            "The community already has the partners it wants, in pairs that give a higher total.",
            "Hromadaen har allerede partnerne den ønsker, i par som gir høyere sum.",
            "Hromadaen har alt partnarane ho ønskjer, i par som gir høgare sum.",
            "Громада вже має бажаних партнерів у парах, що дають більшу суму.",
        ),
        ShareFull => say!(
            lang,
            "The share of places for this community's category is used up.",
            "Andelen plasser for denne kategorien er brukt opp.",
            "Delen plassar for denne kategorien er brukt opp.",
            "Частку місць для категорії цієї громади вичерпано.",
        ),
        NotChosen => say!(
            lang,
            "Another assignment gives a higher total.",
            "En annen fordeling gir høyere sum.",
            "Ei anna fordeling gir høgare sum.",
            "Інший розподіл дає більшу суму.",
        ),
    }
}

/// Why an alternative pair was not made, in English with the names and numbers (the results JSON).
pub fn why_not_en(why: WhyNot, offer: &str, capacity: u32, need: &str, wanted: u32) -> String {
    match why {
        WhyNot::OfferLocked => format!("All {capacity} place(s) of {offer} are in locked pairs."),
        WhyNot::NeedLocked => format!("All {wanted} partner(s) {need} wants are in locked pairs."),
        WhyNot::BothFull => {
            format!("{offer} and {need} both have all their partners, in pairs that give a higher total.")
        }
        WhyNot::OfferFull => format!("{offer} has used all its {capacity} place(s) on pairs that give a higher total."),
        WhyNot::NeedFull => {
            format!("{need} already has the {wanted} partner(s) it wants, in pairs that give a higher total.")
        }
        other => why_not(Lang::En, other),
    }
}

/// Why a municipality (`Side::Offers`) or community was left without a partner, in `lang`.
pub fn unplaced(lang: Lang, side: Side, why: Unplaced) -> String {
    use Unplaced::*;
    match (side, why) {
        (_, NoAreas) => say!(
            lang,
            "No area of competence was recognised in the answer.",
            "Ingen kompetanseområder ble gjenkjent i svaret.",
            "Ingen kompetanseområde vart kjende att i svaret.",
            "У відповіді не розпізнано жодної сфери компетенції.",
        ),
        (_, NoNeeds) => say!(
            lang,
            "No need was recognised in the answer.",
            "Ingen behov ble gjenkjent i svaret.",
            "Ingen behov vart kjende att i svaret.",
            "У відповіді не розпізнано жодної потреби.",
        ),
        (Side::Offers, NoCandidate) => say!(
            lang,
            "None of its areas of competence matches a need of a loaded community.",
            "Ingen av kompetanseområdene passer med et behov hos en innlastet hromada.",
            "Ingen av kompetanseområda passar med eit behov hos ei innlasta hromada.",
            "Жодна з його сфер компетенції не відповідає потребі завантаженої громади.",
        ),
        (Side::Needs, NoCandidate) => say!(
            lang,
            "No loaded municipality offers any of its needs.",
            "Ingen innlastet kommune tilbyr noen av behovene.",
            "Ingen innlasta kommune tilbyr nokon av behova.",
            "Жоден завантажений муніципалітет не пропонує жодної з її потреб.",
        ),
        (_, Vetoed) => say!(
            lang,
            "Every pair it could make was forbidden by the coordinator.",
            "Alle parene den kunne inngå i, er forbudt av koordinatoren.",
            "Alle para ho kunne gå inn i, er forbodne av koordinatoren.",
            "Усі можливі пари заборонив координатор.",
        ),
        (Side::Offers, Outscored) => say!(
            lang,
            "Every community it could help got partners that give a higher total, or wanted no more partners.",
            "Alle hromadaer den kunne hjelpe, fikk partnere som gir høyere sum, eller ønsket ikke flere partnere.",
            "Alle hromadaar ho kunne hjelpe, fekk partnarar som gir høgare sum, eller ønskte ikkje fleire partnarar.",
            "Усі громади, яким він міг допомогти, отримали партнерів із більшою сумою або не хотіли більше партнерів.",
        ),
        (Side::Needs, Outscored) => say!(
            lang,
            "Every municipality that could help used its places on pairs that give a higher total.",
            "Alle kommuner som kunne hjelpe, brukte plassene på par som gir høyere sum.",
            "Alle kommunar som kunne hjelpe, brukte plassane på par som gir høgare sum.",
            "Усі муніципалітети, що могли допомогти, використали місця на пари з більшою сумою.",
        ),
    }
}
