//! The interface in Norwegian bokmål, Ukrainian and English: every string of the page, the messages of the
//! validation report, the reasons of the explanations, and numbers formatted per language.

pub use crate::engine::messages::{field, location, match_error, read_error, Lang};
use crate::engine::survey::{Issue, Severity};

macro_rules! strings {
    ($($key:literal => [$en:expr, $nb:expr, $uk:expr],)*) => {
        /// Every string of the interface: key, then English, Norwegian bokmål, Ukrainian.
        pub const STRINGS: &[(&str, [&str; 3])] = &[$(($key, [$en, $nb, $uk]),)*];
    };
}

strings! {
    "title" => ["kommunematch", "kommunematch", "kommunematch"],
    "lede" => ["Pairs Norwegian municipalities with Ukrainian communities from their survey answers. Everything runs in this browser: no file leaves your computer.", "Kobler norske kommuner med ukrainske kommuner (hromady) ut fra svarene i kartleggingene. Alt skjer i denne nettleseren: ingen filer forlater datamaskinen din.", "Поєднує норвезькі муніципалітети з українськими громадами за відповідями на опитування. Усе відбувається в цьому браузері: жоден файл не залишає ваш комп’ютер."],
    "language" => ["Language", "Språk", "Мова"],
    "step.load" => ["1. Load the survey exports", "1. Last inn eksportene fra kartleggingene", "1. Завантажте експорти опитувань"],
    "step.settings" => ["2. Settings", "2. Innstillinger", "2. Налаштування"],
    "step.run" => ["3. Match", "3. Koble", "3. Поєднання"],
    "step.results" => ["4. Results", "4. Resultat", "4. Результати"],
    "drop.text" => ["Drop survey exports here (XLSX, XLS, ODS, CSV, TSV; several at once), a mapping preset or saved results (JSON), or", "Slipp eksporter her (XLSX, XLS, ODS, CSV, TSV; flere samtidig), en tilordningsmal eller lagrede resultater (JSON), eller", "Перетягніть сюди експорти опитувань (XLSX, XLS, ODS, CSV, TSV; кілька одразу), шаблон відповідності або збережені результати (JSON), або"],
    "drop.choose" => ["Choose files…", "Velg filer …", "Виберіть файли…"],
    "example" => ["Try with example data", "Prøv med eksempeldata", "Спробувати на прикладі"],
    "clear" => ["Start again", "Begynn på nytt", "Почати знову"],
    "files" => ["Loaded files", "Innlastede filer", "Завантажені файли"],
    "remove" => ["Remove", "Fjern", "Вилучити"],
    "remove.file" => ["Remove {0}", "Fjern {0}", "Вилучити {0}"],
    "side.offers" => ["Offers (Norwegian municipalities)", "Tilbud (norske kommuner)", "Пропозиції (норвезькі муніципалітети)"],
    "side.needs" => ["Needs (Ukrainian communities)", "Behov (ukrainske kommuner)", "Потреби (українські громади)"],
    "side.unknown" => ["not recognised", "ikke gjenkjent", "не розпізнано"],
    "meta.sheet" => [" · sheet “{0}”", " · ark «{0}»", " · аркуш «{0}»"],
    "meta.header" => [" · header in row {0} · {1}", " · overskrift i rad {0} · {1}", " · заголовок у рядку {0} · {1}"],
    "counts.rows" => ["{0} rows: ", "{0} rader: ", "Рядків: {0}: "],
    "counts.accepted" => ["{0} accepted", "{0} godtatt", "прийнято {0}"],
    "counts.warnings" => ["{0} with warnings", "{0} med merknader", "з попередженнями {0}"],
    "counts.rejected" => ["{0} rejected", "{0} avvist", "відхилено {0}"],
    "counts.set_aside" => ["{0} earlier answers set aside for a later one", "{0} tidligere svar lagt til side for et senere", "відкладено на користь пізнішої відповіді: {0}"],
    "read.as" => ["Read as", "Les som", "Читати як"],
    "read.auto" => ["As recognised ({0})", "Som gjenkjent ({0})", "Як розпізнано ({0})"],
    "columns.summary" => ["Columns: {0} of {1} understood", "Kolonner: {0} av {1} forstått", "Стовпці: зрозуміло {0} з {1}"],
    "columns.caption" => ["Columns of {0}", "Kolonner i {0}", "Стовпці файлу {0}"],
    "columns.column" => ["Column", "Kolonne", "Стовпець"],
    "columns.header" => ["Header", "Overskrift", "Заголовок"],
    "columns.meaning" => ["Meaning", "Betydning", "Значення"],
    "columns.first" => ["First answer", "Første svar", "Перша відповідь"],
    "columns.label" => ["Meaning of column {0} “{1}”", "Betydning av kolonne {0} «{1}»", "Значення стовпця {0} «{1}»"],
    "columns.auto" => ["Automatic: {0}", "Automatisk: {0}", "Автоматично: {0}"],
    "columns.why" => ["How it was found", "Hvordan den ble funnet", "Як визначено"],
    "columns.by_you" => ["your choice", "ditt valg", "ваш вибір"],
    "columns.by_dictionary" => ["a known question", "et kjent spørsmål", "відоме запитання"],
    "columns.by_option" => ["one column per option", "én kolonne per svaralternativ", "один стовпець на варіант"],
    "columns.by_tool" => ["form tool: {0}", "skjemaverktøy: {0}", "сервіс опитування: {0}"],
    "columns.by_tool.title" => ["The form tool's own column (when and by whom the form was filled in), not a question of the survey: never read as an answer.", "Skjemaverktøyets egen kolonne (når og av hvem skjemaet ble fylt ut), ikke et spørsmål i kartleggingen: leses aldri som et svar.", "Власний стовпець сервісу опитування (коли й ким заповнено форму), а не питання опитування: ніколи не читається як відповідь."],
    "columns.by_meaning" => ["by its words {0} ({1})", "etter ordene {0} ({1})", "за словами {0} ({1})"],
    "columns.sure" => ["sure", "sikker", "напевно"],
    "columns.likely" => ["likely: check it", "sannsynlig: sjekk", "імовірно: перевірте"],
    "labels.in_rows" => [" (rows {0})", " (rader {0})", " (рядки {0})"],
    "columns.unused" => ["not used", "ikke brukt", "не використовується"],
    "columns.ignore" => ["Not used", "Ikke brukt", "Не використовувати"],
    "columns.personal" => [" personal data", " personopplysninger", " персональні дані"],
    "labels.summary" => ["Answers not recognised: {0}", "Svar som ikke ble gjenkjent: {0}", "Нерозпізнані відповіді: {0}"],
    "labels.caption" => ["Answers not recognised in {0}", "Svar som ikke ble gjenkjent i {0}", "Нерозпізнані відповіді у файлі {0}"],
    "labels.answer" => ["Answer", "Svar", "Відповідь"],
    "labels.question" => ["Question", "Spørsmål", "Питання"],
    "labels.rows" => ["Rows", "Rader", "Рядків"],
    "labels.means" => ["Means", "Betyr", "Означає"],
    "labels.label" => ["Area meant by “{0}”", "Område som menes med «{0}»", "Сфера, яку означає «{0}»"],
    "labels.left_out" => ["Not recognised: left out", "Ikke gjenkjent: utelatt", "Не розпізнано: пропущено"],
    "labels.ignore" => ["Ignore this answer", "Se bort fra dette svaret", "Ігнорувати цю відповідь"],
    "issues.summary" => ["Issues: {0} ({1} errors)", "Merknader: {0} ({1} feil)", "Зауваження: {0} (помилок: {1})"],
    "cli.issues_more" => ["… and {0} more: `kommunematch inspect {1}` lists every one", "… og {0} til: `kommunematch inspect {1}` viser alle", "… і ще {0}: `kommunematch inspect {1}` показує всі"],
    "issues.more" => ["… and {0} more in the report", "… og {0} til i rapporten", "… і ще {0} у звіті"],
    "issues.download_note" => ["Contact persons' names, e-mails and phones are left out of the report: for those columns it says what they mean, not what they hold.", "Kontaktpersoners navn, e-post og telefon er utelatt fra rapporten: for disse kolonnene sier den hva de betyr, ikke hva de inneholder.", "Імена, e-mail і телефони контактних осіб у звіт не входять: для цих стовпців він показує, що вони означають, а не їхній вміст."],
    "issues.download_personal" => ["The report will include sample answers of the contact columns (personal data), as chosen under Share.", "Rapporten vil ta med eksempelsvar fra kontaktkolonnene (personopplysninger), slik det er valgt under Del.", "Звіт міститиме приклади відповідей із контактних стовпців (персональні дані), як обрано в розділі «Поширити»."],
    "issues.download" => ["Download this file's report (JSON)", "Last ned rapporten for filen (JSON)", "Завантажити звіт цього файлу (JSON)"],
    "severity.error" => ["Error", "Feil", "Помилка"],
    "resolution.line" => ["Found in the official lists: {0} by code, {1} by name, {2} as you chose; {3} not found, {4} of them because the name fits several.", "Funnet i de offisielle listene: {0} etter kode, {1} etter navn, {2} slik du valgte; {3} ikke funnet, {4} av dem fordi navnet passer flere.", "Знайдено в офіційних списках: за кодом — {0}, за назвою — {1}, за вашим вибором — {2}; не знайдено — {3}, з них {4} через те, що назва підходить кільком."],
    "entity.choose" => ["Which is meant?", "Hvilken er ment?", "Що мається на увазі?"],
    "entity.pick" => ["Choose…", "Velg …", "Виберіть…"],
    "entity.forget" => ["Not sure: keep it unresolved", "Usikker: la den stå uavklart", "Не знаю: залишити невизначеним"],
    "about.map" => ["Map: country outlines from Natural Earth 1:10m (public domain), via the npm package world-atlas 2.0.2, simplified by scripts/make_map.mjs. Crimea is drawn as part of Ukraine. A few centres on the water's edge are drawn at the nearest point of the outline (at most 2.8 km away), and islands too small for it as specks of land.", "Kart: landegrenser fra Natural Earth 1:10m (allemannseie), via npm-pakken world-atlas 2.0.2, forenklet av scripts/make_map.mjs. Krym er tegnet som en del av Ukraina. Noen få sentre i vannkanten er tegnet i nærmeste punkt på omrisset (høyst 2,8 km unna), og øyer som er for små for det, som små prikker av land.", "Мапа: контури країн із Natural Earth 1:10m (суспільне надбання), через npm-пакет world-atlas 2.0.2, спрощені скриптом scripts/make_map.mjs. Крим показано як частину України. Кілька центрів на березі показано в найближчій точці контуру (не далі ніж за 2,8 км), а надто малі для нього острови — як цятки суходолу."],
    "about.title" => ["About the data", "Om dataene", "Про дані"],
    "about.lists" => ["The 357 Norwegian municipalities (2024) and the 1,469 Ukrainian territorial communities are compiled into the app, so that names resolve to official ids without any request.", "De 357 norske kommunene (2024) og de 1 469 ukrainske hromadaene er bygget inn i appen, slik at navn finner sine offisielle koder uten noen forespørsel.", "357 норвезьких комун (2024) і 1469 українських територіальних громад вбудовано в застосунок, щоб назви знаходили офіційні коди без жодного запиту."],
    "about.no" => ["Norway: aprestmo/norway-geodata (MIT, © 2025 Alexander Prestmo), from SSB and Kartverket data; centroids computed from robhop/fylker-og-kommuner, based on Kartverket data (CC BY 4.0).", "Norge: aprestmo/norway-geodata (MIT, © 2025 Alexander Prestmo), fra SSB og Kartverket; sentroider beregnet fra robhop/fylker-og-kommuner, basert på data fra Kartverket (CC BY 4.0).", "Норвегія: aprestmo/norway-geodata (MIT, © 2025 Alexander Prestmo), за даними SSB і Kartverket; центроїди обчислено з robhop/fylker-og-kommuner на основі даних Kartverket (CC BY 4.0)."],
    "about.ua" => ["Ukraine: kse-ua/KSE-Loc-Data-Hub (MIT, © 2021 Andriy V. Koval; Zenodo 10.5281/zenodo.15267573). Its war status is a snapshot of September 2022: a hint, never the category itself.", "Ukraina: kse-ua/KSE-Loc-Data-Hub (MIT, © 2021 Andriy V. Koval; Zenodo 10.5281/zenodo.15267573). Krigsstatusen der er et øyeblikksbilde fra september 2022: et hint, aldri selve kategorien.", "Україна: kse-ua/KSE-Loc-Data-Hub (MIT, © 2021 Andriy V. Koval; Zenodo 10.5281/zenodo.15267573). Воєнний статус у ньому — знімок станом на вересень 2022 року: підказка, а не сама категорія."],
    "severity.note" => ["Note", "Opplysning", "Примітка"],
    "severity.warning" => ["Warning", "Merknad", "Попередження"],
    "preset.count" => ["{0} correction(s) to how files are read.", "{0} rettelse(r) av hvordan filene leses.", "Виправлень у читанні файлів: {0}."],
    "preset.save" => ["Save corrections as a preset (JSON)", "Lagre rettelsene som mal (JSON)", "Зберегти виправлення як шаблон (JSON)"],
    "preset.drop" => ["Drop all corrections", "Forkast alle rettelser", "Скасувати всі виправлення"],
    "settings.mode" => ["How pairs are chosen", "Hvordan par velges", "Як обирати пари"],
    "mode.optimal" => ["Optimal: the largest total score", "Optimal: høyest samlet poengsum", "Оптимально: найбільша сума балів"],
    "mode.stable" => ["Stable: no two would rather have each other", "Stabil: ingen to vil heller ha hverandre", "Стабільно: жодні двоє не віддали б перевагу одне одному"],
    "mode.greedy" => ["Greedy: best pair first (baseline)", "Grådig: beste par først (sammenligning)", "Жадібно: спершу найкраща пара (для порівняння)"],
    "settings.proposing" => ["Who proposes (stable)", "Hvem foreslår (stabil)", "Хто пропонує (стабільно)"],
    "proposing.offers" => ["Municipalities", "Kommunene", "Муніципалітети"],
    "proposing.needs" => ["Communities", "Hromadaene", "Громади"],
    "settings.weights" => ["Weights", "Vekter", "Ваги"],
    "preset.balanced" => ["Balanced", "Balansert", "Збалансовано"],
    "preset.urgent_war_zone" => ["Urgent needs in the war zone first", "Akutte behov i krigssonen først", "Спершу нагальні потреби в зоні бойових дій"],
    "preset.long_term" => ["Long-term institution building", "Langsiktig institusjonsbygging", "Довгострокова інституційна розбудова"],
    "preset.custom" => ["Custom", "Egendefinert", "Власні"],
    "weight.urgent_need" => ["Urgent need met", "Akutt behov dekket", "Нагальна потреба"],
    "weight.long_term_need" => ["Long-term need met", "Langsiktig behov dekket", "Довгострокова потреба"],
    "weight.category" => ["Preferred category", "Foretrukket kategori", "Бажана категорія"],
    "weight.form" => ["Form of cooperation fits", "Samarbeidsform passer", "Форма співпраці"],
    "weight.language" => ["Shared language", "Felles språk", "Спільна мова"],
    "weight.size" => ["Similar size", "Lik størrelse", "Подібний розмір"],
    "weight.existing_tie" => ["Existing tie", "Eksisterende kontakt", "Наявний зв’язок"],
    "weight.learning" => ["Learning in return", "Læring tilbake", "Взаємне навчання"],
    "weight.has_partners" => ["Already has partners (minus)", "Har allerede partnere (minus)", "Уже має партнерів (мінус)"],
    "settings.shares" => ["Most of all places per category (%)", "Høyst andel av alle plasser per kategori (%)", "Найбільша частка місць на категорію (%)"],
    "share.war_zone" => ["War zone", "Krigssonen", "Зона бойових дій"],
    "share.outside" => ["Outside the war zone", "Utenfor krigssonen", "Поза зоною бойових дій"],
    "share.none" => ["no limit", "ingen grense", "без обмеження"],
    "settings.tie_locks" => ["Lock pairs that named each other on both sides", "Lås par som har nevnt hverandre på begge sider", "Закріпити пари, що назвали одне одного з обох боків"],
    "settings.locks" => ["Locked pairs", "Låste par", "Закріплені пари"],
    "settings.vetoes" => ["Forbidden pairs", "Forbudte par", "Заборонені пари"],
    "settings.none" => ["none", "ingen", "немає"],
    "release" => ["Release", "Opphev", "Скасувати"],
    "release.pair" => ["Release {0} – {1}", "Opphev {0} – {1}", "Скасувати {0} – {1}"],
    "run" => ["Run matching", "Kjør koblingen", "Запустити поєднання"],
    "map.partners" => ["partners", "partnere", "партнери"],
    "map.title" => ["Map of the pairs", "Kart over parene", "Мапа пар"],
    "map.caption" => ["{0} pairs between {1} municipalities in Norway and {2} communities in Ukraine. Filled marks have a partner, hollow ones do not.", "{0} par mellom {1} kommuner i Norge og {2} hromady i Ukraina. Fylte merker har partner, hule har ikke.", "{0} пар між {1} муніципалітетами Норвегії та {2} громадами України. Заповнені позначки мають партнера, порожні — ні."],
    "map.help" => ["Use the arrow keys to go through the pairs shown, Enter to open the community's explanation, Escape to let go.", "Bruk piltastene for å gå gjennom parene som vises, Enter for å åpne forklaringen for hromadaen, Escape for å slippe.", "Стрілками переходьте між показаними парами, Enter відкриває пояснення для громади, Escape — скасувати вибір."],
    "map.norway" => ["Norway", "Norge", "Норвегія"],
    "map.ukraine" => ["Ukraine", "Ukraina", "Україна"],
    "map.kommune" => ["Municipality", "Kommune", "Муніципалітет"],
    "map.with_partner" => ["with a partner", "med partner", "з партнером"],
    "map.without_partner" => ["without", "uten", "без"],
    "map.summary" => ["The map in words", "Kartet i ord", "Мапа словами"],
    "map.by_oblast" => ["Pairs per oblast", "Par per oblast", "Пари за областями"],
    "map.by_county" => ["Pairs per county", "Par per fylke", "Пари за фюльке"],
    "map.not_drawn" => ["{0} not on the map: not found in the official lists, so without coordinates.", "{0} er ikke på kartet: ikke funnet i de offisielle listene, så uten koordinater.", "{0} немає на мапі: не знайдено в офіційних списках, тому без координат."],
    "map.pair_of" => ["Pair {0} of {1}: {2}", "Par {0} av {1}: {2}", "Пара {0} з {1}: {2}"],
    "map.source" => ["Outlines: Natural Earth (public domain).", "Omriss: Natural Earth (allemannseie).", "Контури: Natural Earth (суспільне надбання)."],
    "round.file" => ["Earlier round: {0} partnerships, made by kommunematch {1}; SHA-256 {2}…", "Tidligere runde: {0} partnerskap, laget av kommunematch {1}; SHA-256 {2} …", "Попередній раунд: партнерств {0}, створено kommunematch {1}; SHA-256 {2}…"],
    "round.use" => ["Use as previous round: keep its partnerships", "Bruk som forrige runde: behold partnerskapene", "Використати як попередній раунд: зберегти його партнерства"],
    "share.geojson" => ["Map data (GeoJSON)", "Kartdata (GeoJSON)", "Дані для мапи (GeoJSON)"],
    "round.use_opened" => ["Use as previous round instead", "Bruk som forrige runde i stedet", "Натомість використати як попередній раунд"],
    "round.unused" => ["Not used: the next run starts afresh.", "Ikke brukt: neste kjøring starter på nytt.", "Не використано: наступний запуск почнеться з нуля."],
    "settings.kept_in_capacity" => ["Kept partnerships count inside this round's capacity and partners wanted", "Beholdte partnerskap teller med i rundens kapasitet og ønskede partnere", "Збережені партнерства входять у місткість і бажану кількість партнерів цього раунду"],
    "rounds.title" => ["Since the earlier rounds", "Siden de tidligere rundene", "Від попередніх раундів"],
    "rounds.builds_on" => ["Builds on {0} (SHA-256 {1}…).", "Bygger på {0} (SHA-256 {1} …).", "Спирається на {0} (SHA-256 {1}…)."],
    "rounds.summary" => ["{0} partnerships kept, {1} ended, {2} new this round.", "{0} partnerskap beholdt, {1} avsluttet, {2} nye i denne runden.", "Збережено партнерств: {0}, завершено: {1}, нових у цьому раунді: {2}."],
    "rounds.standing" => ["{0} joined this round, {1} returned, {2} did not answer and are here for their partnerships.", "{0} kom med i denne runden, {1} var med før, {2} svarte ikke og er med for partnerskapenes skyld.", "Долучилися в цьому раунді: {0}, повернулися: {1}, не відповіли (тут через свої партнерства): {2}."],
    "rounds.kept" => ["Kept partnerships", "Beholdte partnerskap", "Збережені партнерства"],
    "rounds.ended" => ["Ended partnerships", "Avsluttede partnerskap", "Завершені партнерства"],
    "rounds.end" => ["End", "Avslutt", "Завершити"],
    "rounds.end.pair" => ["End the partnership {0} – {1}", "Avslutt partnerskapet {0} – {1}", "Завершити партнерство {0} – {1}"],
    "rounds.resume" => ["Keep after all", "Behold likevel", "Усе ж зберегти"],
    "rounds.resume.pair" => ["Keep the partnership {0} – {1} after all", "Behold partnerskapet {0} – {1} likevel", "Усе ж зберегти партнерство {0} – {1}"],
    "rounds.first_score" => ["score when made", "poeng da det ble laget", "бали під час створення"],
    "standing.joined" => ["joined this round", "ny i denne runden", "долучилася в цьому раунді"],
    "standing.returning" => ["returning", "med igjen", "повертається"],
    "standing.not_answering" => ["did not answer this round; here for its partnerships", "svarte ikke i denne runden; med for partnerskapenes skyld", "не відповіла в цьому раунді; тут через свої партнерства"],
    "explain.kept" => ["Kept from earlier rounds: {0}", "Beholdt fra tidligere runder: {0}", "Збережено з попередніх раундів: {0}"],
    "explain.ended" => ["Ended: {0}", "Avsluttet: {0}", "Завершено: {0}"],
    "settings.objective" => ["Aim", "Mål", "Мета"],
    "objective.total" => ["The largest total score", "Størst mulig totalsum", "Найбільша загальна сума балів"],
    "objective.coverage" => ["Reach the most communities first, then the largest total", "Nå flest hromadaer først, deretter størst totalsum", "Спершу охопити найбільше громад, потім найбільша сума"],
    "objectives.line" => ["Reaching the most communities: {0} of them ({1} in the war zone) for {2} points; the largest total: {3} ({4} in the war zone) for {5} points.", "Flest hromadaer: {0} ({1} i krigssonen) for {2} poeng; størst totalsum: {3} ({4} i krigssonen) for {5} poeng.", "Найбільше громад: {0} (із них {1} у зоні бойових дій) за {2} балів; найбільша сума: {3} ({4} у зоні бойових дій) за {5} балів."],
    "file.reading" => ["Reading… (in the background; the page stays usable)", "Leser … (i bakgrunnen; siden kan brukes imens)", "Читання… (у фоні; сторінкою можна користуватися)"],
    "run.running" => ["Matching… (in the background; the page stays usable)", "Kobler … (i bakgrunnen; siden kan brukes imens)", "Поєднання… (у фоні; сторінкою можна користуватися)"],
    "run.done" => ["Matching done: {0} pairs, total score {1}.", "Koblingen er ferdig: {0} par, samlet poengsum {1}.", "Поєднання готове: пар {0}, сума балів {1}."],
    "run.files" => ["{0} file(s) loaded.", "{0} fil(er) lastet inn.", "Завантажено файлів: {0}."],
    "run.need_both" => ["Load at least one offers file (Norwegian municipalities) and one needs file (Ukrainian communities) with readable rows.", "Last inn minst én tilbudsfil (norske kommuner) og én behovsfil (ukrainske kommuner) med lesbare rader.", "Завантажте принаймні один файл пропозицій (норвезькі муніципалітети) і один файл потреб (українські громади) з читабельними рядками."],
    "run.loaded_only" => ["Loaded results can be viewed and shared; to run again, load the survey files.", "Innlastede resultater kan vises og deles; last inn kartleggingsfilene for å kjøre på nytt.", "Завантажені результати можна переглядати й поширювати; щоб запустити знову, завантажте файли опитувань."],
    "run.from_file" => ["These results were loaded from {0}. Load the survey files to run again.", "Resultatene ble lastet inn fra {0}. Last inn kartleggingsfilene for å kjøre på nytt.", "Ці результати завантажено з {0}. Щоб запустити знову, завантажте файли опитувань."],
    "summary" => ["{0} pairs, total score {1}. {2} of {3} municipalities and {4} of {5} communities have a partner; {6} places offered, {7} wanted.", "{0} par, samlet poengsum {1}. {2} av {3} kommuner og {4} av {5} hromadaer har fått partner; {6} plasser tilbudt, {7} ønsket.", "Пар: {0}, сума балів {1}. Партнера мають {2} з {3} муніципалітетів і {4} з {5} громад; місць запропоновано {6}, бажано {7}."],
    "comparison" => ["The optimum under the same constraints is {0}; this run gives up {1}. Blocking pairs: {2}.", "Optimum under de samme betingelsene er {0}; denne kjøringen gir fra seg {1}. Blokkerende par: {2}.", "Оптимум за тих самих умов — {0}; цей запуск поступається на {1}. Блокувальних пар: {2}."],
    "diff.title" => ["What changed since the previous run", "Hva som er endret siden forrige kjøring", "Що змінилося з попереднього запуску"],
    "diff.summary" => ["{0} new pairs, {1} pairs gone, total score {2}.", "{0} nye par, {1} par borte, samlet poengsum {2}.", "Нових пар: {0}, зниклих: {1}, сума балів {2}."],
    "diff.added" => ["New", "Nytt", "Нова"],
    "diff.removed" => ["Gone", "Borte", "Зникла"],
    "stop" => ["Stop", "Stopp", "Зупинити"],
    "stop.reading" => ["Stop reading", "Stopp lesingen", "Зупинити читання"],
    "stopped.run" => ["Matching stopped. Run it again when you are ready.", "Koblingen er stoppet. Kjør den igjen når du er klar.", "Поєднання зупинено. Запустіть його знову, коли будете готові."],
    "stopped.files" => ["Reading stopped, so these files were left out: {0}. Add them again when you are ready.", "Lesingen er stoppet, så disse filene er utelatt: {0}. Legg dem til igjen når du er klar.", "Читання зупинено, тож ці файли пропущено: {0}. Додайте їх знову, коли будете готові."],
    "results.outdated" => ["These results are from before the change: they go once the files are read again.", "Disse resultatene er fra før endringen: de forsvinner når filene er lest på nytt.", "Ці результати — до зміни: вони зникнуть, щойно файли буде прочитано знову."],
    "preliminary" => ["The pairs are ready; the exact explanations are still being worked out. The downloads wait for them.", "Parene er klare; de nøyaktige forklaringene regnes fortsatt ut. Nedlastingene venter på dem.", "Пари готові; точні пояснення ще обчислюються. Завантаження чекають на них."],
    "share.title" => ["Share", "Del", "Поширити"],
    "share.json" => ["Download results (JSON)", "Last ned resultatet (JSON)", "Завантажити результати (JSON)"],
    "share.csv" => ["Download pairs (CSV)", "Last ned parene (CSV)", "Завантажити пари (CSV)"],
    "share.xlsx" => ["Download results (Excel)", "Last ned resultatet (Excel)", "Завантажити результати (Excel)"],
    "share.print" => ["Print summary", "Skriv ut sammendrag", "Надрукувати підсумок"],
    "share.personal" => ["Include contact persons (names, e-mails, phones) in the JSON", "Ta med kontaktpersoner (navn, e-post, telefon) i JSON-filen", "Додати контактних осіб (імена, e-mail, телефони) до JSON"],
    "step.letters" => ["6. Introductions", "6. Introduksjoner", "6. Листи-знайомства"],
    "step.scenarios" => ["5. Weigh scenarios", "5. Vei scenarioer mot hverandre", "5. Зважте сценарії"],
    "scenarios.lede" => ["Keep a run as a scenario, change the settings, run and keep another: up to six side by side, with what each gives and what it costs. Choose the one to continue with; the results file records those you weighed.", "Ta vare på en kjøring som et scenario, endre innstillingene, kjør og ta vare på et nytt: opptil seks side om side, med hva hvert gir og hva det koster. Velg det du går videre med; resultatfilen viser hvilke du veide.", "Збережіть запуск як сценарій, змініть налаштування, запустіть і збережіть інший: до шести поруч — що кожен дає і чого коштує. Виберіть той, з яким працюватимете далі; файл результатів фіксує зважені варіанти."],
    "scenarios.name" => ["Name of the scenario", "Navn på scenarioet", "Назва сценарію"],
    "scenarios.keep" => ["Keep this run as a scenario", "Ta vare på kjøringen som scenario", "Зберегти цей запуск як сценарій"],
    "scenarios.kept" => ["This run is kept as “{0}”.", "Denne kjøringen er tatt vare på som «{0}».", "Цей запуск збережено як «{0}»."],
    "scenarios.full" => ["Six scenarios are kept: remove one to keep another.", "Seks scenarioer er tatt vare på: fjern ett for å ta vare på et nytt.", "Збережено шість сценаріїв: вилучіть один, щоб зберегти інший."],
    "scenarios.none" => ["No scenario kept yet. Keep this run, then change a setting (the aim, the weights, a share, a lock or a veto) and keep the next.", "Ingen scenarioer ennå. Ta vare på denne kjøringen, endre så en innstilling (målet, vektene, en andel, en låsing eller et forbud) og ta vare på den neste.", "Сценаріїв ще немає. Збережіть цей запуск, потім змініть налаштування (мету, ваги, частку, закріплення чи заборону) і збережіть наступний."],
    "scenarios.table" => ["Scenarios side by side (the best of each row marked)", "Scenarioene side om side (det beste i hver rad er merket)", "Сценарії поруч (найкраще в кожному рядку позначено)"],
    "scenarios.figure" => ["Figure", "Tall", "Показник"],
    "scenarios.best" => ["best", "best", "найкраще"],
    "scenarios.vs_first" => ["{0} against the first", "{0} mot det første", "{0} порівняно з першим"],
    "scenarios.outdated" => ["made before a change of the files or corrections: run it again", "laget før en endring av filene eller rettelsene: kjør det på nytt", "зроблено до зміни файлів чи виправлень: запустіть знову"],
    "scenarios.chosen" => ["chosen", "valgt", "вибрано"],
    "scenarios.choose" => ["Continue with {0}", "Gå videre med {0}", "Продовжити з {0}"],
    "scenarios.run_again" => ["Run {0} again", "Kjør {0} på nytt", "Запустити {0} знову"],
    "scenarios.remove" => ["Remove {0}", "Fjern {0}", "Вилучити {0}"],
    "scenarios.settings" => ["Settings", "Innstillinger", "Налаштування"],
    "scenarios.choice" => ["Choose", "Velg", "Вибір"],
    "scenarios.compare" => ["Compare two scenarios", "Sammenlign to scenarioer", "Порівняти два сценарії"],
    "scenarios.a" => ["Scenario A", "Scenario A", "Сценарій A"],
    "scenarios.b" => ["Scenario B", "Scenario B", "Сценарій B"],
    "scenarios.counts" => ["{0} pairs only in A, {1} only in B, {2} in both.", "{0} par bare i A, {1} bare i B, {2} i begge.", "Пар лише в A: {0}; лише в B: {1}; в обох: {2}."],
    "scenarios.only_a" => ["only in A", "bare i A", "лише в A"],
    "scenarios.only_b" => ["only in B", "bare i B", "лише в B"],
    "scenarios.changes" => ["Who gains, loses or changes partner ({0})", "Hvem som får, mister eller bytter partner ({0})", "Хто отримує, втрачає чи змінює партнера ({0})"],
    "scenarios.partners" => ["A: {0} · B: {1}", "A: {0} · B: {1}", "A: {0} · B: {1}"],
    "scenarios.same" => ["A and B make the same pairs.", "A og B lager de samme parene.", "A і B утворюють ті самі пари."],
    "scenarios.map" => ["The difference on the map: dashed lines only in A, solid lines only in B", "Forskjellen på kartet: stiplede linjer bare i A, heltrukne linjer bare i B", "Різниця на мапі: пунктир — лише в A, суцільні лінії — лише в B"],
    "scenarios.by_category" => ["Communities with a partner per category", "Hromadaer med partner per kategori", "Громади з партнером за категорією"],
    "scenarios.by_area" => ["Needs met per area (pairs)", "Behov dekket per område (par)", "Задоволені потреби за сферою (пари)"],
    "scenarios.pick_two" => ["Keep a second scenario to compare two.", "Ta vare på et scenario til for å sammenligne to.", "Збережіть ще один сценарій, щоб порівняти два."],
    "scenarios.recorded" => ["The results file you download records the {0} scenarios weighed.", "Resultatfilen du laster ned, viser de {0} scenarioene som ble veid.", "Завантажений файл результатів фіксує зважені сценарії: {0}."],
    "weighed.line" => ["Scenarios weighed before this result: {0}.", "Scenarioer veid før dette resultatet: {0}.", "Сценарії, зважені перед цим результатом: {0}."],
    "scenario.total" => ["Largest total", "Størst totalsum", "Найбільша сума"],
    "scenario.coverage" => ["Most communities first", "Flest hromadaer først", "Спершу найбільше громад"],
    "scenario.stable" => ["Stable", "Stabil", "Стабільний"],
    "scenario.greedy" => ["Greedy", "Grådig", "Жадібний"],
    "scenario.war_zone" => ["war zone ≤ {0} %", "krigssonen ≤ {0} %", "зона бойових дій ≤ {0} %"],
    "scenario.outside" => ["outside ≤ {0} %", "utenfor ≤ {0} %", "поза зоною ≤ {0} %"],
    "scenario.locks" => ["{0} locked", "{0} låst", "закріплено {0}"],
    "scenario.vetoes" => ["{0} forbidden", "{0} forbudt", "заборонено {0}"],
    "letters.lede" => ["A letter per pair to both sides, in Norwegian, Ukrainian and English: who the partner is, why you matched them, whom to contact and the first step. As e-mail drafts your mail program opens ready to send, or printed, one letter per page.", "Et brev per par til begge parter, på norsk, ukrainsk og engelsk: hvem partneren er, hvorfor de ble koblet, hvem de skal kontakte og første steg. Som e-postutkast e-postprogrammet ditt åpner klare til å sendes, eller på papir, ett brev per side.", "Лист для кожної пари обом сторонам — норвезькою, українською й англійською: хто партнер, чому їх поєднано, до кого звертатися й перший крок. Як чернетки, що ваша поштова програма відкриє готовими до надсилання, або для друку, по листу на сторінку."],
    "letters.contacts" => ["Address the contact persons and name them in the letters (personal data)", "Adresser kontaktpersonene og nevn dem i brevene (personopplysninger)", "Адресувати листи контактним особам і називати їх (персональні дані)"],
    "letters.contacts_warning" => ["The drafts will contain names, e-mail addresses and phone numbers. Send them only to the partners.", "Utkastene vil inneholde navn, e-postadresser og telefonnumre. Send dem bare til partnerne.", "Чернетки міститимуть імена, адреси ел. пошти й телефони. Надсилайте їх лише партнерам."],
    "letters.no_contacts" => ["Without contact persons, each letter asks the partners to reach each other through the programme's coordinators.", "Uten kontaktpersoner ber hvert brev partnerne ta kontakt gjennom programmets koordinatorer.", "Без контактних осіб кожен лист радить партнерам зв’язатися через координаторів програми."],
    "letters.cc" => ["Copy of every draft to (optional)", "Kopi av hvert utkast til (valgfritt)", "Копія кожної чернетки на адресу (необов’язково)"],
    "letters.cc_bad" => ["“{0}” is not an e-mail address a mail program can send to.", "«{0}» er ingen e-postadresse et e-postprogram kan sende til.", "«{0}» не є адресою, на яку поштова програма може надіслати лист."],
    "letters.edit" => ["Edit the letters' text", "Rediger teksten i brevene", "Редагувати текст листів"],
    "letters.placeholders" => ["Placeholders, filled in for each pair:", "Plassholdere, fylt inn for hvert par:", "Заповнювачі, що підставляються для кожної пари:"],
    "letters.save" => ["Keep these words for next year: save the preset (JSON)", "Ta vare på teksten til neste år: lagre malen (JSON)", "Зберегти ці слова на наступний рік: шаблон (JSON)"],
    "letters.zip" => ["Download e-mail drafts (.zip)", "Last ned e-postutkast (.zip)", "Завантажити чернетки листів (.zip)"],
    "letters.print" => ["Download letters to print (.html)", "Last ned brev for utskrift (.html)", "Завантажити листи для друку (.html)"],
    "letters.summary" => ["Letters: {0} of {1} pairs. Recipients left out for want of a usable e-mail address: {2}.", "Brev: {0} av {1} par. Mottakere utelatt fordi e-postadressen mangler eller ikke kan brukes: {2}.", "Листів: {0} з {1} пар. Адресатів пропущено через відсутню чи непридатну адресу: {2}."],
    "letters.pairs" => ["Which pairs get a letter ({0} of {1})", "Hvilke par som får brev ({0} av {1})", "Які пари отримають лист ({0} з {1})"],
    "letters.all" => ["Tick all", "Velg alle", "Вибрати всі"],
    "letters.none" => ["Untick all", "Velg bort alle", "Зняти всі"],
    "letters.write" => ["Write e-mail", "Skriv e-post", "Написати лист"],
    "letters.write_for" => ["Write e-mail to {0}", "Skriv e-post til {0}", "Написати лист: {0}"],
    "letters.left_out" => ["left out: {0}", "utelatt: {0}", "пропущено: {0}"],
    "letters.results_file" => ["Letters are written from the survey files: load them to write letters.", "Brevene skrives ut fra kartleggingsfilene: last dem inn for å skrive brev.", "Листи пишуться з файлів опитувань: завантажте їх, щоб написати листи."],
    "share.personal_warning" => ["The file will contain personal data. Share it only with those who need it.", "Filen vil inneholde personopplysninger. Del den bare med dem som trenger den.", "Файл міститиме персональні дані. Передавайте його лише тим, кому він потрібен."],
    "charts.title" => ["Summary", "Sammendrag", "Підсумок"],
    "charts.areas" => ["Needs met by area (top 12)", "Dekkede behov etter område (topp 12)", "Задоволені потреби за сферами (12 найбільших)"],
    "charts.category" => ["Communities with a partner, by category", "Hromadaer med partner, etter kategori", "Громади з партнером за категоріями"],
    "charts.oblast" => ["Communities with a partner, by oblast", "Hromadaer med partner, etter oblast", "Громади з партнером за областями"],
    "charts.county" => ["Places used, by county", "Brukte plasser, etter fylke", "Використані місця за фюльке (округами)"],
    "charts.no_county" => ["County not given", "Fylke ikke oppgitt", "Фюльке не вказано"],
    "charts.capacity" => ["Places used", "Brukte plasser", "Використані місця"],
    "charts.of" => ["{0} of {1}", "{0} av {1}", "{0} з {1}"],
    "category.war_zone" => ["War zone", "Krigssonen", "Зона бойових дій"],
    "category.outside" => ["Outside the war zone", "Utenfor krigssonen", "Поза зоною бойових дій"],
    "category.unknown" => ["Category not given", "Kategori ikke oppgitt", "Категорію не вказано"],
    "table.caption" => ["Pairs", "Par", "Пари"],
    "table.filter" => ["Filter pairs (name, id or area)", "Filtrer parene (navn, id eller område)", "Фільтр пар (назва, код або сфера)"],
    "table.shown" => ["{0} of {1} pairs shown", "{0} av {1} par vises", "Показано {0} з {1} пар"],
    "table.offer" => ["Municipality", "Kommune", "Муніципалітет"],
    "table.need" => ["Community", "Hromada", "Громада"],
    "table.score" => ["Score", "Poeng", "Бали"],
    "table.needs_met" => ["Needs met", "Dekkede behov", "Задоволені потреби"],
    "table.components" => ["Score by component", "Poeng per del", "Бали за складовими"],
    "table.actions" => ["Adjust", "Juster", "Коригувати"],
    "table.sort" => ["Sort by {0}", "Sorter etter {0}", "Сортувати за {0}"],
    "lock" => ["Lock", "Lås", "Закріпити"],
    "veto" => ["Forbid", "Forby", "Заборонити"],
    "lock.pair" => ["Lock {0} – {1}", "Lås {0} – {1}", "Закріпити {0} – {1}"],
    "veto.pair" => ["Forbid {0} – {1}", "Forby {0} – {1}", "Заборонити {0} – {1}"],
    "locked" => ["locked", "låst", "закріплено"],
    "locked.tie" => ["locked: named each other", "låst: har nevnt hverandre", "закріплено: назвали одне одного"],
    "tie" => ["existing tie", "eksisterende kontakt", "наявний зв’язок"],
    "explain.open" => ["Explain {0}", "Forklar {0}", "Пояснити {0}"],
    "explain.close" => ["Close", "Lukk", "Закрити"],
    "explain.partners" => ["Partners", "Partnere", "Партнери"],
    "explain.ties_outside" => ["Existing ties outside this run:", "Eksisterende kontakt utenfor denne koblingen:", "Наявні зв’язки поза цим поєднанням:"],
    "explain.alternatives" => ["Best candidates not chosen", "Beste kandidater som ikke ble valgt", "Найкращі кандидати, яких не обрано"],
    "explain.alternatives_later" => ["They come with the exact explanations, in a moment.", "De kommer med de nøyaktige forklaringene, om et øyeblikk.", "Вони з’являться разом із точними поясненнями, за мить."],
    "explain.rise" => ["would be chosen with {0} more points", "ville blitt valgt med {0} poeng mer", "було б обрано з {0} балами більше"],
    "explain.capacity" => ["Capacity {0}, used {1}", "Kapasitet {0}, brukt {1}", "Місць {0}, використано {1}"],
    "explain.wanted" => ["Wants {0} partner(s), got {1}", "Ønsker {0} partner(e), fikk {1}", "Бажає партнерів: {0}, отримала {1}"],
    "explain.none" => ["No pair.", "Ingen par.", "Немає пар."],
    "unmatched.offers" => ["Municipalities without a partner ({0})", "Kommuner uten partner ({0})", "Муніципалітети без партнера ({0})"],
    "unmatched.needs" => ["Communities without a partner ({0})", "Hromadaer uten partner ({0})", "Громади без партнера ({0})"],
    "unmatched.best" => ["Best candidate: {0} ({1} points)", "Beste kandidat: {0} ({1} poeng)", "Найкращий кандидат: {0} ({1} балів)"],
    "component.urgent_needs" => ["urgent needs", "akutte behov", "нагальні потреби"],
    "component.long_term_needs" => ["long-term needs", "langsiktige behov", "довгострокові потреби"],
    "component.category" => ["category", "kategori", "категорія"],
    "component.form" => ["form", "form", "форма"],
    "component.language" => ["language", "språk", "мова"],
    "component.size" => ["size", "størrelse", "розмір"],
    "component.existing_tie" => ["existing tie", "eksisterende kontakt", "наявний зв’язок"],
    "component.learning" => ["learning", "læring", "навчання"],
    "component.has_partners" => ["has partners", "har partnere", "має партнерів"],
    "reload" => ["Reload the page", "Last inn siden på nytt", "Перезавантажити сторінку"],
    "worker_crashed" => ["The matching stopped because of an internal error. It was made ready again: press “Run matching” once more. If it happens again, reload the page.", "Koblingen stoppet på grunn av en intern feil. Den er gjort klar igjen: trykk «Kjør koblingen» en gang til. Skjer det igjen, last inn siden på nytt.", "Поєднання зупинилося через внутрішню помилку. Його знову підготовлено: натисніть «Запустити поєднання» ще раз. Якщо це повториться, перезавантажте сторінку."],
    "worker_unreachable" => ["The background worker could not be reached. Reload the page.", "Bakgrunnsprosessen svarte ikke. Last inn siden på nytt.", "Фоновий процес не відповідає. Перезавантажте сторінку."],
    "panic" => ["kommunematch stopped because of an internal error. Reload the page to start again; no data has left this browser.", "kommunematch stoppet på grunn av en intern feil. Last inn siden på nytt for å begynne igjen; ingen data har forlatt nettleseren.", "kommunematch зупинився через внутрішню помилку. Перезавантажте сторінку, щоб почати знову; жодні дані не залишили цей браузер."],
}

/// A key of the interface strings, found when the program is compiled: `key!("run.done")` is a compile
/// error when no string has that key, so a missing translation cannot reach the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(usize);

impl Key {
    /// The key called `name`; a compile error in a `const` context (as [`key!`](crate::key) uses it) when
    /// there is none.
    pub const fn named(name: &str) -> Key {
        match Key::find(name) {
            Some(k) => k,
            // Only ever evaluated by the compiler (`key!` is a const block): a missing key fails the build.
            #[allow(clippy::panic)]
            None => panic!("no interface string has this key: add it to src/app/i18n.rs in all three languages"),
        }
    }

    /// The key called `name`, for names made at run time (a weight, a component); `None` when there is none.
    pub const fn find(name: &str) -> Option<Key> {
        let mut i = 0;
        while i < STRINGS.len() {
            if same(STRINGS[i].0.as_bytes(), name.as_bytes()) {
                return Some(Key(i));
            }
            i += 1;
        }
        None
    }
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// An interface string's key, checked when the program is compiled: `t(lang, key!("run.done"))`.
///
/// ```
/// use kommunematch::app::i18n::{t, Lang};
/// assert_eq!(t(Lang::Nb, kommunematch::key!("step.run")), "3. Koble");
/// ```
///
/// A key without a string does not compile:
///
/// ```compile_fail
/// let _ = kommunematch::key!("no.such.key");
/// ```
#[macro_export]
macro_rules! key {
    ($name:literal) => {
        const { $crate::app::i18n::Key::named($name) }
    };
}

/// The string for `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    let i = match lang {
        Lang::En => 0,
        Lang::Nb => 1,
        Lang::Uk => 2,
    };
    STRINGS.get(key.0).and_then(|(_, v)| v.get(i)).copied().unwrap_or("")
}

/// The string of a key made at run time (`weight.urgent_need`); the name itself when there is none (a test
/// checks every such name the page makes).
pub fn t_named(lang: Lang, name: &str) -> String {
    Key::find(name).map_or_else(|| name.to_string(), |k| t(lang, k).to_string())
}

/// [`t`] with `{0}`, `{1}`, … replaced by `args`.
pub fn tf(lang: Lang, key: Key, args: &[&str]) -> String {
    let mut s = t(lang, key).to_string();
    for (i, a) in args.iter().enumerate() {
        s = s.replace(&format!("{{{i}}}"), a);
    }
    s
}

pub use crate::engine::messages::num;

/// An issue as one line of text in `lang`: severity, where, what.
pub fn issue_line(lang: Lang, i: &Issue) -> String {
    let severity = match i.severity() {
        Severity::Error => t(lang, key!("severity.error")),
        Severity::Note => t(lang, key!("severity.note")),
        Severity::Warning => t(lang, key!("severity.warning")),
    };
    format!("{}: {}: {}", severity.to_lowercase(), location(lang, &i.location), i.message(lang))
}

/// The message of a validation issue in `lang`.
pub fn issue(lang: Lang, i: &Issue) -> String {
    i.message(lang)
}

/// Why a run failed, in `lang`.
pub fn run_error(lang: Lang, e: &crate::engine::RunError) -> String {
    match e {
        crate::engine::RunError::Read(r) => read_error(lang, r),
        crate::engine::RunError::Match(m) => match_error(lang, m),
    }
}

/// The name of a community's category in `lang`.
pub fn category(lang: Lang, c: crate::engine::model::Category) -> &'static str {
    use crate::engine::model::Category;
    t(
        lang,
        match c {
            Category::WarZone => key!("category.war_zone"),
            Category::Outside => key!("category.outside"),
            Category::Unknown => key!("category.unknown"),
        },
    )
}

/// How a municipality or community stands towards the earlier rounds, in `lang`.
pub fn standing(lang: Lang, s: crate::engine::results::Standing) -> &'static str {
    use crate::engine::results::Standing;
    t(
        lang,
        match s {
            Standing::Joined => key!("standing.joined"),
            Standing::Returning => key!("standing.returning"),
            Standing::NotAnswering => key!("standing.not_answering"),
        },
    )
}

/// The label of a taxonomy area in `lang`.
pub fn area(lang: Lang, code: &str) -> String {
    crate::engine::taxonomy::by_code(code).map_or(code.to_string(), |a| a.label(lang.code()).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_is_translated_and_placeholders_agree() {
        let mut keys = std::collections::BTreeSet::new();
        for (key, v) in STRINGS {
            assert!(keys.insert(*key), "{key} twice");
            for s in v {
                assert!(!s.is_empty(), "{key}");
            }
            let holes = |s: &str| (0..9).filter(|i| s.contains(&format!("{{{i}}}"))).collect::<Vec<_>>();
            assert_eq!(holes(v[0]), holes(v[1]), "{key}: nb placeholders");
            assert_eq!(holes(v[0]), holes(v[2]), "{key}: uk placeholders");
        }
    }

    /// Every key made at run time (weights, score components, weight presets) is in the table; literal keys
    /// are checked by the compiler (`key!`).
    #[test]
    fn every_key_made_at_run_time_exists() {
        use crate::engine::score::Weights;
        use crate::engine::WeightPreset;
        for name in Weights::NAMES {
            assert!(Key::find(&format!("weight.{name}")).is_some(), "weight.{name}");
        }
        for c in crate::engine::score::COMPONENTS {
            assert!(Key::find(&format!("component.{c}")).is_some(), "component.{c}");
        }
        for p in WeightPreset::ALL {
            assert!(Key::find(&format!("preset.{}", p.name())).is_some(), "preset.{}", p.name());
        }
    }

    #[test]
    fn languages_from_the_browser_and_numbers() {
        assert_eq!(Lang::from_browser(&["nn-NO".into(), "en".into()]), Lang::Nb);
        assert_eq!(Lang::from_browser(&["de".into(), "uk-UA".into()]), Lang::Uk);
        assert_eq!(Lang::from_browser(&["fr".into()]), Lang::En);
        assert_eq!(num(Lang::En, 54740), "54,740");
        assert_eq!(num(Lang::Nb, 54740), "54\u{a0}740");
        assert_eq!(num(Lang::Uk, -1234567), "−1\u{a0}234\u{a0}567");
        assert_eq!(num(Lang::En, 999), "999");
    }
}
