//! The usage of each command, in each language: what `--help` and a wrong command line print.

use crate::words::Cmd;
use kommunematch::app::i18n::Lang;

/// The usage of a command (or the overview), in `lang`.
pub fn usage(lang: Lang, cmd: Cmd) -> &'static str {
    match cmd {
        Cmd::None => overview(lang),
        Cmd::Match => match_usage(lang),
        Cmd::Scores => scores_usage(lang),
        Cmd::Gazetteer => gazetteer_usage(lang),
        Cmd::Inspect => inspect_usage(lang),
        Cmd::Letters => letters_usage(lang),
        Cmd::Compare => compare_usage(lang),
    }
}

/// The commands at a glance.
fn overview(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "usage:
  kommunematch match --offers FILE... --needs FILE... [options] [-o FILE]
  kommunematch match --example [options] [-o FILE]
  kommunematch scores --offers FILE... --needs FILE... [--weights W] [--preset FILE] [-o FILE]
  kommunematch inspect FILE... [--preset FILE] [--include-personal-data] [-o FILE]
  kommunematch gazetteer NAME [--oblast X] [--raion X] [--county X]
  kommunematch letters --offers FILE... --needs FILE... [--results FILE] [--format eml|html] -o OUT
  kommunematch compare A.json B.json [--format json|md|csv] [-o FILE]
  kommunematch COMMAND --help      the options of a command
every command also takes --lang nb|nn|uk|en for its messages (default en).
Files that cannot be read give a message each and exit code 1; wrong usage gives exit code 2."
        }
        Lang::Nb => {
            "bruk:
  kommunematch match --offers FIL... --needs FIL... [valg] [-o FIL]
  kommunematch match --example [valg] [-o FIL]
  kommunematch scores --offers FIL... --needs FIL... [--weights V] [--preset FIL] [-o FIL]
  kommunematch inspect FIL... [--preset FIL] [--include-personal-data] [-o FIL]
  kommunematch gazetteer NAVN [--oblast X] [--raion X] [--county X]
  kommunematch letters --offers FIL... --needs FIL... [--results FIL] [--format eml|html] -o UT
  kommunematch compare A.json B.json [--format json|md|csv] [-o FIL]
  kommunematch KOMMANDO --help     valgene for en kommando
alle kommandoer tar også --lang nb|nn|uk|en for meldingene (standard en).
Filer som ikke kan leses, gir en melding hver og avslutningskode 1; feil bruk gir avslutningskode 2."
        }
        Lang::Nn => {
            "bruk:
  kommunematch match --offers FIL... --needs FIL... [val] [-o FIL]
  kommunematch match --example [val] [-o FIL]
  kommunematch scores --offers FIL... --needs FIL... [--weights V] [--preset FIL] [-o FIL]
  kommunematch inspect FIL... [--preset FIL] [--include-personal-data] [-o FIL]
  kommunematch gazetteer NAMN [--oblast X] [--raion X] [--county X]
  kommunematch letters --offers FIL... --needs FIL... [--results FIL] [--format eml|html] -o UT
  kommunematch compare A.json B.json [--format json|md|csv] [-o FIL]
  kommunematch KOMMANDO --help     vala for ein kommando
alle kommandoar tek òg --lang nb|nn|uk|en for meldingane (standard en).
Filer som ikkje kan lesast, gir ei melding kvar og avslutningskode 1; feil bruk gir avslutningskode 2."
        }
        Lang::Uk => {
            "використання:
  kommunematch match --offers ФАЙЛ... --needs ФАЙЛ... [параметри] [-o ФАЙЛ]
  kommunematch match --example [параметри] [-o ФАЙЛ]
  kommunematch scores --offers ФАЙЛ... --needs ФАЙЛ... [--weights В] [--preset ФАЙЛ] [-o ФАЙЛ]
  kommunematch inspect ФАЙЛ... [--preset ФАЙЛ] [--include-personal-data] [-o ФАЙЛ]
  kommunematch gazetteer НАЗВА [--oblast X] [--raion X] [--county X]
  kommunematch letters --offers ФАЙЛ... --needs ФАЙЛ... [--results ФАЙЛ] [--format eml|html] -o ВИХІД
  kommunematch compare A.json B.json [--format json|md|csv] [-o ФАЙЛ]
  kommunematch КОМАНДА --help      параметри команди
кожна команда також приймає --lang nb|nn|uk|en для повідомлень (типово en).
Файли, які не вдається прочитати, дають по повідомленню й код виходу 1; неправильне використання — код 2."
        }
    }
}

/// `kommunematch match`.
fn match_usage(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "usage: kommunematch match --offers FILE... --needs FILE... [options] [-o FILE]
       kommunematch match --example [options] [-o FILE]
Writes the results JSON (docs/results-schema.md), or the pairs as CSV or XLSX; how each file was read goes
to standard error.
  --offers FILE...               survey exports of Norwegian municipalities
  --needs FILE...                survey exports of Ukrainian communities
  --example                      the example data built in
  --mode optimal|stable|greedy   the solver (default optimal: the largest total score)
  --objective total|coverage     optimal mode: the largest total score (default), or first the most
                                 communities with a partner, then the largest total among those
  --proposing offers|needs       in stable mode, the side that proposes (default offers)
  --weights FILE|PRESET          a JSON object of score weights, or balanced, urgent_war_zone, long_term
  --war-zone-share PCT           at most PCT % of all places go to communities in the war zone
  --outside-share PCT            at most PCT % of all places go to communities outside it
  --locks FILE, --vetoes FILE    CSV files with the header offer_id,need_id
  --no-tie-locks                 do not lock pairs that name each other on both sides
  --previous FILE                the results JSON of an earlier round (repeatable): its pairs are kept,
                                 not matched again; a pair in --vetoes has ended
  --kept-in-capacity             kept pairs count inside this round's capacity and partners wanted
  --preset FILE                  a mapping preset saved from the page (columns and answers)
  --format json|csv|xlsx|geojson the results JSON (default), the pairs as CSV or an XLSX workbook, or
                                 GeoJSON for GIS tools (points and partnership lines, RFC 7946)
  --include-personal-data        add contact names, e-mails and phones to the JSON (left out by default)
  -o, --output FILE              write there instead of standard output
  --lang nb|nn|uk|en                the language of the messages"
        }
        Lang::Nb => {
            "bruk: kommunematch match --offers FIL... --needs FIL... [valg] [-o FIL]
      kommunematch match --example [valg] [-o FIL]
Skriver resultatene som JSON (docs/results-schema.md), eller parene som CSV eller XLSX; hvordan hver fil ble
lest, går til standard feil.
  --offers FIL...                eksporter fra kartleggingen av norske kommuner
  --needs FIL...                 eksporter fra kartleggingen av ukrainske kommuner (hromady)
  --example                      de innebygde eksempeldataene
  --mode optimal|stable|greedy   metoden (standard optimal: størst mulig totalsum)
  --objective total|coverage     optimal modus: størst totalsum (standard), eller først flest hromadaer
                                 med partner, så størst totalsum blant dem
  --proposing offers|needs       i stabil modus: siden som foreslår (standard offers)
  --weights FIL|MAL              et JSON-objekt med vekter, eller balanced, urgent_war_zone, long_term
  --war-zone-share PST           høyst PST % av alle plasser går til hromadaer i krigssonen
  --outside-share PST            høyst PST % av alle plasser går til hromadaer utenfor den
  --locks FIL, --vetoes FIL      CSV-filer med overskriften offer_id,need_id
  --no-tie-locks                 ikke lås par der begge nevner hverandre
  --previous FIL                 resultatene (JSON) fra en tidligere runde (kan gjentas): parene beholdes
                                 og matches ikke på nytt; et par i --vetoes er avsluttet
  --kept-in-capacity             beholdte par teller med i rundens kapasitet og ønskede partnere
  --preset FIL                   en tilordningsmal lagret fra siden (kolonner og svar)
  --format json|csv|xlsx|geojson resultatene som JSON (standard), parene som CSV eller XLSX-arbeidsbok, eller
                                 GeoJSON for GIS-verktøy (punkter og partnerskapslinjer, RFC 7946)
  --include-personal-data        ta med kontaktpersoners navn, e-post og telefon i JSON (utelatt ellers)
  -o, --output FIL               skriv dit i stedet for til standard ut
  --lang nb|nn|uk|en                språket i meldingene"
        }
        Lang::Nn => {
            "bruk: kommunematch match --offers FIL... --needs FIL... [val] [-o FIL]
      kommunematch match --example [val] [-o FIL]
Skriv resultata som JSON (docs/results-schema.md), eller para som CSV eller XLSX; korleis kvar fil vart
lesen, går til standard feil.
  --offers FIL...                eksportar frå kartlegginga av norske kommunar
  --needs FIL...                 eksportar frå kartlegginga av ukrainske kommunar (hromady)
  --example                      dei innebygde eksempeldataa
  --mode optimal|stable|greedy   metoden (standard optimal: størst mogleg totalsum)
  --objective total|coverage     optimal modus: størst totalsum (standard), eller først flest hromadaar
                                 med partnar, så størst totalsum blant dei
  --proposing offers|needs       i stabil modus: sida som føreslår (standard offers)
  --weights FIL|MAL              eit JSON-objekt med vekter, eller balanced, urgent_war_zone, long_term
  --war-zone-share PST           høgst PST % av alle plassar går til hromadaar i krigssona
  --outside-share PST            høgst PST % av alle plassar går til hromadaar utanfor henne
  --locks FIL, --vetoes FIL      CSV-filer med overskrifta offer_id,need_id
  --no-tie-locks                 ikkje lås par der begge nemner kvarandre
  --previous FIL                 resultata (JSON) frå ein tidlegare runde (kan gjentakast): para blir behaldne
                                 og ikkje kopla på nytt; eit par i --vetoes er avslutta
  --kept-in-capacity             behaldne par tel med i kapasiteten til runden og i ønskte partnarar
  --preset FIL                   ein tilordningsmal lagra frå sida (kolonnar og svar)
  --format json|csv|xlsx|geojson resultata som JSON (standard), para som CSV eller XLSX-arbeidsbok, eller
                                 GeoJSON for GIS-verktøy (punkt og partnarskapslinjer, RFC 7946)
  --include-personal-data        ta med namn, e-post og telefon til kontaktpersonar i JSON (utelate elles)
  -o, --output FIL               skriv dit i staden for til standard ut
  --lang nb|nn|uk|en             språket i meldingane"
        }
        Lang::Uk => {
            "використання: kommunematch match --offers ФАЙЛ... --needs ФАЙЛ... [параметри] [-o ФАЙЛ]
              kommunematch match --example [параметри] [-o ФАЙЛ]
Записує результати в JSON (docs/results-schema.md) або пари як CSV чи XLSX; як прочитано кожен файл,
виводиться в стандартний потік помилок.
  --offers ФАЙЛ...               експорти опитування норвезьких муніципалітетів
  --needs ФАЙЛ...                експорти опитування українських громад
  --example                      вбудовані приклади даних
  --mode optimal|stable|greedy   метод (типово optimal: найбільша загальна сума)
  --objective total|coverage     оптимальний режим: найбільша сума (типово) або спершу найбільше громад
                                 із партнером, а тоді найбільша сума серед таких розподілів
  --proposing offers|needs       у стабільному режимі — сторона, що пропонує (типово offers)
  --weights ФАЙЛ|НАБІР           JSON-об’єкт ваг або balanced, urgent_war_zone, long_term
  --war-zone-share ВІДС          не більше ВІДС % усіх місць — громадам у зоні бойових дій
  --outside-share ВІДС           не більше ВІДС % усіх місць — громадам поза нею
  --locks ФАЙЛ, --vetoes ФАЙЛ    CSV-файли із заголовком offer_id,need_id
  --no-tie-locks                 не закріплювати пари, що взаємно назвали одна одну
  --previous ФАЙЛ                результати (JSON) попереднього раунду (можна повторювати): його пари
                                 зберігаються й не добираються знову; пара в --vetoes завершена
  --kept-in-capacity             збережені пари входять у місткість і бажану кількість партнерів раунду
  --preset ФАЙЛ                  шаблон відповідності, збережений зі сторінки (стовпці й відповіді)
  --format json|csv|xlsx|geojson результати як JSON (типово), пари як CSV чи книга XLSX або GeoJSON
                                 для ГІС (точки й лінії партнерств, RFC 7946)
  --include-personal-data        додати імена, e-mail і телефони контактних осіб у JSON (типово без них)
  -o, --output ФАЙЛ              записати туди замість стандартного виводу
  --lang nb|nn|uk|en                мова повідомлень"
        }
    }
}

/// `kommunematch scores`.
fn scores_usage(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "usage: kommunematch scores --offers FILE... --needs FILE... [options] [-o FILE]
Writes every candidate pair with a positive score as CSV (offer_id,need_id,score).
  --offers FILE...               survey exports of Norwegian municipalities
  --needs FILE...                survey exports of Ukrainian communities
  --example                      the example data built in
  --weights FILE|PRESET          a JSON object of score weights, or balanced, urgent_war_zone, long_term
  --preset FILE                  a mapping preset saved from the page
  -o, --output FILE              write there instead of standard output
  --lang nb|nn|uk|en                the language of the messages"
        }
        Lang::Nb => {
            "bruk: kommunematch scores --offers FIL... --needs FIL... [valg] [-o FIL]
Skriver alle mulige par med positiv poengsum som CSV (offer_id,need_id,score).
  --offers FIL...                eksporter fra kartleggingen av norske kommuner
  --needs FIL...                 eksporter fra kartleggingen av ukrainske kommuner (hromady)
  --example                      de innebygde eksempeldataene
  --weights FIL|MAL              et JSON-objekt med vekter, eller balanced, urgent_war_zone, long_term
  --preset FIL                   en tilordningsmal lagret fra siden
  -o, --output FIL               skriv dit i stedet for til standard ut
  --lang nb|nn|uk|en                språket i meldingene"
        }
        Lang::Nn => {
            "bruk: kommunematch scores --offers FIL... --needs FIL... [val] [-o FIL]
Skriv alle moglege par med positiv poengsum som CSV (offer_id,need_id,score).
  --offers FIL...                eksportar frå kartlegginga av norske kommunar
  --needs FIL...                 eksportar frå kartlegginga av ukrainske kommunar (hromady)
  --example                      dei innebygde eksempeldataa
  --weights FIL|MAL              eit JSON-objekt med vekter, eller balanced, urgent_war_zone, long_term
  --preset FIL                   ein tilordningsmal lagra frå sida
  -o, --output FIL               skriv dit i staden for til standard ut
  --lang nb|nn|uk|en             språket i meldingane"
        }
        Lang::Uk => {
            "використання: kommunematch scores --offers ФАЙЛ... --needs ФАЙЛ... [параметри] [-o ФАЙЛ]
Записує кожну можливу пару з додатним балом як CSV (offer_id,need_id,score).
  --offers ФАЙЛ...               експорти опитування норвезьких муніципалітетів
  --needs ФАЙЛ...                експорти опитування українських громад
  --example                      вбудовані приклади даних
  --weights ФАЙЛ|НАБІР           JSON-об’єкт ваг або balanced, urgent_war_zone, long_term
  --preset ФАЙЛ                  шаблон відповідності, збережений зі сторінки
  -o, --output ФАЙЛ              записати туди замість стандартного виводу
  --lang nb|nn|uk|en                мова повідомлень"
        }
    }
}

/// `kommunematch gazetteer`.
fn gazetteer_usage(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "usage: kommunematch gazetteer NAME [options]
Looks a municipality or community up in the compiled-in lists (357 kommuner, 1,469 hromady) by its name in
any form: any case, with or without kommune/громада/hromada, in Cyrillic or Latin letters, by its centre.
Prints what it resolves to, or every candidate, as JSON; exit code 1 when neither list has it.
  --oblast X, --county X         narrow to an oblast or county (any form: Київська, Kyiv oblast, Nordland)
  --raion X                      narrow to a raion
  --lang nb|nn|uk|en                the language of the messages"
        }
        Lang::Nb => {
            "bruk: kommunematch gazetteer NAVN [valg]
Slår opp en kommune eller hromada i de innebygde listene (357 kommuner, 1 469 hromadaer) på navnet i hvilken som
helst form: store eller små bokstaver, med eller uten kommune/громада/hromada, kyrillisk eller latinsk, etter
administrasjonssenteret. Skriver treffet, eller alle kandidatene, som JSON; avslutningskode 1 når ingen av
listene har det.
  --oblast X, --county X         avgrens til en oblast eller et fylke (alle former: Київська, Kyiv oblast, Nordland)
  --raion X                      avgrens til en rajon
  --lang nb|nn|uk|en                språket i meldingene"
        }
        Lang::Nn => {
            "bruk: kommunematch gazetteer NAMN [val]
Slår opp ein kommune eller ei hromada i dei innebygde listene (357 kommunar, 1 469 hromadaar) på namnet i kva
form som helst: store eller små bokstavar, med eller utan kommune/громада/hromada, kyrillisk eller latinsk, etter
administrasjonssenteret. Skriv treffet, eller alle kandidatane, som JSON; avslutningskode 1 når ingen av
listene har det.
  --oblast X, --county X         avgrens til ein oblast eller eit fylke (alle former: Київська, Kyiv oblast, Nordland)
  --raion X                      avgrens til ein rajon
  --lang nb|nn|uk|en             språket i meldingane"
        }
        Lang::Uk => {
            "використання: kommunematch gazetteer НАЗВА [параметри]
Шукає комуну чи громаду у вбудованих списках (357 комун, 1469 громад) за назвою в будь-якій формі: будь-який
регістр, з kommune/громада/hromada чи без, кирилицею чи латиницею, за центром. Виводить знайдене або всіх
кандидатів як JSON; код виходу 1, якщо жоден список її не має.
  --oblast X, --county X         обмежити областю чи фюльке (будь-яка форма: Київська, Kyiv oblast, Nordland)
  --raion X                      обмежити районом
  --lang nb|nn|uk|en                мова повідомлень"
        }
    }
}

/// `kommunematch inspect`.
fn inspect_usage(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "usage: kommunematch inspect FILE... [options]
Prints, as JSON, how each file is read: side, sheet, column mapping, row counts, answers not recognised and
every issue. Exit code 1 when a file cannot be read at all.
  --preset FILE                  a mapping preset saved from the page
  --include-personal-data        show sample answers of columns that may hold contact data (left out by default)
  -o, --output FILE              write there instead of standard output
  --lang nb|nn|uk|en                the language of the messages"
        }
        Lang::Nb => {
            "bruk: kommunematch inspect FIL... [valg]
Skriver som JSON hvordan hver fil leses: side, ark, kolonnetilordning, antall rader, svar som ikke ble
gjenkjent, og alle merknader. Avslutningskode 1 når en fil ikke kan leses i det hele tatt.
  --preset FIL                   en tilordningsmal lagret fra siden
  --include-personal-data        vis eksempelsvar fra kolonner som kan ha kontaktdata (utelatt ellers)
  -o, --output FIL               skriv dit i stedet for til standard ut
  --lang nb|nn|uk|en                språket i meldingene"
        }
        Lang::Nn => {
            "bruk: kommunematch inspect FIL... [val]
Skriv som JSON korleis kvar fil blir lesen: side, ark, kolonnetilordning, talet på rader, svar som ikkje vart
kjende att, og alle merknader. Avslutningskode 1 når ei fil ikkje kan lesast i det heile.
  --preset FIL                   ein tilordningsmal lagra frå sida
  --include-personal-data        vis eksempelsvar frå kolonnar som kan ha kontaktdata (utelate elles)
  -o, --output FIL               skriv dit i staden for til standard ut
  --lang nb|nn|uk|en             språket i meldingane"
        }
        Lang::Uk => {
            "використання: kommunematch inspect ФАЙЛ... [параметри]
Виводить як JSON, як прочитано кожен файл: сторона, аркуш, відповідність стовпців, кількість рядків,
нерозпізнані відповіді й усі зауваження. Код виходу 1, якщо файл неможливо прочитати взагалі.
  --preset ФАЙЛ                  шаблон відповідності, збережений зі сторінки
  --include-personal-data        показати приклади відповідей зі стовпців, що можуть містити контакти (типово без них)
  -o, --output ФАЙЛ              записати туди замість стандартного виводу
  --lang nb|nn|uk|en                мова повідомлень"
        }
    }
}

/// `kommunematch letters`.
fn letters_usage(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "usage: kommunematch letters --offers FILE... --needs FILE... [options] -o OUT
Writes an introduction per pair, in Norwegian, Ukrainian and English: OUT a .zip of e-mail drafts (one .eml per
pair, ready to send from a mail program) or one .html to print (one letter per page).
  --results FILE                 the pairs of this results file (the adjusted result); else a run with the
                                 settings of `match` (--mode, --objective, --weights, --locks, --vetoes…)
  --format eml|html              drafts (default for .zip) or the printable letters (default for .html)
  --include-personal-data        address the contact persons and name them in the letters (personal data);
                                 without it a letter says to reach the partner through the coordinators
  --cc ADDRESS                   a copy of every draft to this address
  --preset FILE                  a preset saved from the page: corrections and the letters' texts
  --example                      the example data
  --lang nb|nn|uk|en                the language of the messages"
        }
        Lang::Nb => {
            "bruk: kommunematch letters --offers FIL... --needs FIL... [valg] -o UT
Skriver en introduksjon per par, på norsk, ukrainsk og engelsk: UT en .zip med e-postutkast (én .eml per par,
klar til å sendes fra et e-postprogram) eller én .html for utskrift (ett brev per side).
  --results FIL                  parene i denne resultatfilen (det justerte resultatet); ellers en kjøring med
                                 valgene til `match` (--mode, --objective, --weights, --locks, --vetoes…)
  --format eml|html              utkast (standard for .zip) eller brevene for utskrift (standard for .html)
  --include-personal-data        adresser kontaktpersonene og nevn dem i brevene (personopplysninger);
                                 uten dette ber brevet partnerne ta kontakt gjennom koordinatorene
  --cc ADRESSE                   en kopi av hvert utkast til denne adressen
  --preset FIL                   en mal lagret fra siden: rettelser og brevenes tekster
  --example                      eksempeldataene
  --lang nb|nn|uk|en                språket i meldingene"
        }
        Lang::Nn => {
            "bruk: kommunematch letters --offers FIL... --needs FIL... [val] -o UT
Skriv ein introduksjon per par, på norsk (bokmål eller nynorsk etter målforma til kommunen), ukrainsk og
engelsk: UT ein .zip med e-postutkast (éin .eml per par, klar til å sendast frå eit e-postprogram) eller éin
.html for utskrift (eitt brev per side).
  --results FIL                  para i denne resultatfila (det justerte resultatet); elles ei køyring med
                                 vala til `match` (--mode, --objective, --weights, --locks, --vetoes…)
  --format eml|html              utkast (standard for .zip) eller breva for utskrift (standard for .html)
  --include-personal-data        adresser kontaktpersonane og nemn dei i breva (personopplysningar);
                                 utan dette ber brevet partnarane ta kontakt gjennom koordinatorane
  --cc ADRESSE                   ein kopi av kvart utkast til denne adressa
  --preset FIL                   ein mal lagra frå sida: rettingar og tekstane i breva
  --example                      eksempeldataa
  --lang nb|nn|uk|en             språket i meldingane"
        }
        Lang::Uk => {
            "використання: kommunematch letters --offers ФАЙЛ... --needs ФАЙЛ... [параметри] -o ВИХІД
Пише лист-знайомство для кожної пари норвезькою, українською й англійською: ВИХІД — .zip із чернетками листів
(по .eml на пару, готові до надсилання з поштової програми) або один .html для друку (по листу на сторінку).
  --results ФАЙЛ                 пари з цього файлу результатів (скоригований результат); інакше запуск із
                                 параметрами `match` (--mode, --objective, --weights, --locks, --vetoes…)
  --format eml|html              чернетки (типово для .zip) або листи для друку (типово для .html)
  --include-personal-data        адресувати листи контактним особам і називати їх (персональні дані);
                                 без цього лист радить зв’язатися з партнером через координаторів
  --cc АДРЕСА                    копія кожної чернетки на цю адресу
  --preset ФАЙЛ                  шаблон, збережений зі сторінки: виправлення й тексти листів
  --example                      приклад даних
  --lang nb|nn|uk|en                мова повідомлень"
        }
    }
}

/// `kommunematch compare`.
fn compare_usage(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            "usage: kommunematch compare A.json B.json [options]
Compares two results files of the same survey files (and previous rounds): the pairs only in A, only in B and
in both, each side's headline figures (total score, communities and municipalities with a partner, places used,
needs met, blocking pairs, the price against the best of each aim) and who gains, loses or changes partner, and
why. Exit code 1 when the files are not results or were made from other inputs.
  --format json|md|csv           the comparison as JSON (default; docs/schema/compare-1.schema.json), a Markdown
                                 report, or every pair of either as CSV
  -o, --output FILE              write there instead of standard output
  --lang nb|nn|uk|en                the language of the messages, the report and the CSV"
        }
        Lang::Nb => {
            "bruk: kommunematch compare A.json B.json [valg]
Sammenligner to resultatfiler fra de samme spørreundersøkelsesfilene (og tidligere rundene): parene bare i A,
bare i B og i begge, hovedtallene for hver side (samlet poengsum, hromadaer og kommuner med partner, plasser
brukt, behov dekket, blokkerende par, prisen mot det beste for hvert mål) og hvem som får, mister eller bytter
partner, og hvorfor. Avslutningskode 1 når filene ikke er resultater eller er laget av andre filer.
  --format json|md|csv           sammenligningen som JSON (standard; docs/schema/compare-1.schema.json), en
                                 Markdown-rapport, eller alle parene fra begge som CSV
  -o, --output FIL               skriv dit i stedet for til standard ut
  --lang nb|nn|uk|en                språket i meldingene, rapporten og CSV-filen"
        }
        Lang::Nn => {
            "bruk: kommunematch compare A.json B.json [val]
Samanliknar to resultatfiler frå dei same kartleggingsfilene (og tidlegare rundane): para berre i A, berre i B
og i begge, hovudtala for kvar side (samla poengsum, hromadaar og kommunar med partnar, plassar brukte, behov
dekte, blokkerande par, prisen mot det beste for kvart mål) og kven som får, mistar eller byter partnar, og
kvifor. Avslutningskode 1 når filene ikkje er resultat eller er laga av andre filer.
  --format json|md|csv           samanlikninga som JSON (standard; docs/schema/compare-1.schema.json), ein
                                 Markdown-rapport, eller alle para frå begge som CSV
  -o, --output FIL               skriv dit i staden for til standard ut
  --lang nb|nn|uk|en             språket i meldingane, rapporten og CSV-fila"
        }
        Lang::Uk => {
            "використання: kommunematch compare A.json B.json [параметри]
Порівнює два файли результатів із тих самих файлів опитувань (і попередніх раундів): пари лише в A, лише в B
і в обох, основні показники кожного (загальна оцінка, громади й муніципалітети з партнером, використані місця,
задоволені потреби, блокувальні пари, ціна порівняно з найкращим для кожної мети) і хто отримує, втрачає чи
змінює партнера та чому. Код виходу 1, якщо файли — не результати або зроблені з інших вхідних даних.
  --format json|md|csv           порівняння як JSON (типово; docs/schema/compare-1.schema.json), звіт Markdown
                                 або всі пари обох як CSV
  -o, --output ФАЙЛ              записати туди замість стандартного виводу
  --lang nb|nn|uk|en                мова повідомлень, звіту й CSV"
        }
    }
}
