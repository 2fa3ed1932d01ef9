## The page

title = kommunematch
lede = Kobler norske kommuner med ukrainske kommuner (hromady) ut fra svarene i kartleggingene. Alt skjer i denne nettleseren: ingen filer forlater datamaskinen din.
language = Språk
step-load = 1. Last inn eksportene fra kartleggingene
step-settings = 2. Innstillinger
step-run = 3. Koble
step-results = 4. Resultat
drop-text = Slipp eksporter her (XLSX, XLS, ODS, CSV, TSV; flere samtidig), en tilordningsmal eller lagrede resultater (JSON), eller
drop-choose = Velg filer …
example = Prøv med eksempeldata
clear = Begynn på nytt
files = Innlastede filer
remove = Fjern
remove-file = Fjern { $name }
side-offers = Tilbud (norske kommuner)
side-needs = Behov (ukrainske kommuner)
side-unknown = ikke gjenkjent
meta-sheet = {" "}· ark «{ $sheet }»
meta-header = {" "}· overskrift i rad { $row } · { $format }
counts-rows = { $rows ->
        [one] { $rows } rad
       *[other] { $rows } rader
    }:{" "}
counts-accepted = { $count } godtatt
counts-warnings = { $count } med merknader
counts-rejected = { $count } avvist
counts-set_aside = { $count ->
        [one] { $count } tidligere svar
       *[other] { $count } tidligere svar
    } lagt til side for et senere
read-as = Les som
read-auto = Som gjenkjent ({ $side })
columns-summary = Kolonner: { $understood } av { $columns } forstått
columns-caption = Kolonner i { $file }
columns-column = Kolonne
columns-header = Overskrift
columns-meaning = Betydning
columns-first = Første svar
columns-label = Betydning av kolonne { $column } «{ $header }»
columns-auto = Automatisk: { $meaning }
columns-why = Hvordan den ble funnet
columns-by_you = ditt valg
columns-by_dictionary = et kjent spørsmål
columns-by_option = én kolonne per svaralternativ
columns-by_tool = skjemaverktøy: { $tool }
columns-by_tool-title = Skjemaverktøyets egen kolonne (når og av hvem skjemaet ble fylt ut), ikke et spørsmål i kartleggingen: leses aldri som et svar.
columns-by_meaning = etter ordene { $words } ({ $certainty })
columns-sure = sikker
columns-likely = sannsynlig: sjekk
labels-in_rows = {" "}(rader { $rows })
columns-unused = ikke brukt
columns-ignore = Ikke brukt
columns-personal = {" "}personopplysninger
labels-summary = Svar som ikke ble gjenkjent: { $count }
labels-caption = Svar som ikke ble gjenkjent i { $file }
labels-answer = Svar
labels-question = Spørsmål
labels-rows = Rader
labels-means = Betyr
labels-label = Område som menes med «{ $answer }»
labels-left_out = Ikke gjenkjent: utelatt
labels-ignore = Se bort fra dette svaret
issues-summary = Merknader: { $issues } ({ $errors } feil)
cli-issues_more = … og { $count } til: `kommunematch inspect { $file }` viser alle
issues-more = … og { $count } til i rapporten
issues-download_note = Kontaktpersoners navn, e-post og telefon er utelatt fra rapporten: for disse kolonnene sier den hva de betyr, ikke hva de inneholder.
issues-download_personal = Rapporten vil ta med eksempelsvar fra kontaktkolonnene (personopplysninger), slik det er valgt under Del.
issues-download = Last ned rapporten for filen (JSON)
severity-error = Feil
resolution-line = Funnet i de offisielle listene: { $by_code } etter kode, { $by_name } etter navn, { $chosen } slik du valgte; { $not_found } ikke funnet, { $ambiguous } av dem fordi navnet passer flere.
entity-choose = Hvilken er ment?
entity-pick = Velg …
entity-forget = Usikker: la den stå uavklart
about-map = Kart: landegrenser fra Natural Earth 1:10m (allemannseie), via npm-pakken world-atlas 2.0.2, forenklet av scripts/make_map.mjs. Krym er tegnet som en del av Ukraina. Noen få sentre i vannkanten er tegnet i nærmeste punkt på omrisset (høyst 2,8 km unna), og øyer som er for små for det, som små prikker av land.
about-title = Om dataene
about-lists = De 357 norske kommunene (2024) og de 1 469 ukrainske hromadaene er bygget inn i appen, slik at navn finner sine offisielle koder uten noen forespørsel.
about-no = Norge: aprestmo/norway-geodata (MIT, © 2025 Alexander Prestmo), fra SSB og Kartverket; sentroider beregnet fra robhop/fylker-og-kommuner, basert på data fra Kartverket (CC BY 4.0).
about-ua = Ukraina: kse-ua/KSE-Loc-Data-Hub (MIT, © 2021 Andriy V. Koval; Zenodo 10.5281/zenodo.15267573). Krigsstatusen der er et øyeblikksbilde fra september 2022: et hint, aldri selve kategorien.
severity-note = Opplysning
severity-warning = Merknad
preset-count = { $count ->
        [one] { $count } rettelse
       *[other] { $count } rettelser
    } av hvordan filene leses.
preset-save = Lagre rettelsene som mal (JSON)
preset-drop = Forkast alle rettelser
settings-mode = Hvordan par velges
mode-optimal = Optimal: høyest samlet poengsum
mode-stable = Stabil: ingen to vil heller ha hverandre
mode-greedy = Grådig: beste par først (sammenligning)
settings-proposing = Hvem foreslår (stabil)
proposing-offers = Kommunene
proposing-needs = Hromadaene
settings-weights = Vekter
preset-balanced = Balansert
preset-urgent_war_zone = Akutte behov i krigssonen først
preset-long_term = Langsiktig institusjonsbygging
preset-custom = Egendefinert
weight-urgent_need = Akutt behov dekket
weight-long_term_need = Langsiktig behov dekket
weight-category = Foretrukket kategori
weight-form = Samarbeidsform passer
weight-language = Felles språk
weight-size = Lik størrelse
weight-existing_tie = Eksisterende kontakt
weight-learning = Læring tilbake
weight-has_partners = Har allerede partnere (minus)
settings-shares = Høyst andel av alle plasser per kategori (%)
share-war_zone = Krigssonen
share-outside = Utenfor krigssonen
share-none = ingen grense
settings-tie_locks = Lås par som har nevnt hverandre på begge sider
settings-locks = Låste par
settings-vetoes = Forbudte par
settings-none = ingen
release = Opphev
release-pair = Opphev { $municipality } – { $community }
run = Kjør koblingen
map-partners = partnere
map-title = Kart over parene
map-caption = { $pairs } par mellom { $municipalities ->
        [one] { $municipalities } kommune
       *[other] { $municipalities } kommuner
    } i Norge og { $communities ->
        [one] { $communities } hromada
       *[other] { $communities } hromadaer
    } i Ukraina. Fylte merker har partner, hule har ikke.
map-help = Bruk piltastene for å gå gjennom parene som vises, Enter for å åpne forklaringen for hromadaen, Escape for å slippe.
map-norway = Norge
map-ukraine = Ukraina
map-kommune = Kommune
map-with_partner = med partner
map-without_partner = uten
map-summary = Kartet i ord
map-by_oblast = Par per oblast
map-by_county = Par per fylke
map-not_drawn = { $count } er ikke på kartet: ikke funnet i de offisielle listene, så uten koordinater.
map-pair_of = Par { $number } av { $pairs }: { $pair }
map-source = Omriss: Natural Earth (allemannseie).
map-unavailable = Kartet kunne ikke tegnes: omrisset (static/outlines.json) kom ikke fra dette nettstedet. Parene, diagrammene og alle nedlastinger er komplette; last inn siden på nytt for å prøve igjen.
map-waiting = Kartet tegnes …
round-file = Tidligere runde: { $partnerships } partnerskap, laget av kommunematch { $version }; SHA-256 { $sha256 } …
round-use = Bruk som forrige runde: behold partnerskapene
share-geojson = Kartdata (GeoJSON)
round-use_opened = Bruk som forrige runde i stedet
round-unused = Ikke brukt: neste kjøring starter på nytt.
settings-kept_in_capacity = Beholdte partnerskap teller med i rundens kapasitet og ønskede partnere
rounds-title = Siden de tidligere rundene
rounds-builds_on = Bygger på { $file } (SHA-256 { $sha256 } …).
rounds-summary = { $kept } partnerskap beholdt, { $ended } avsluttet, { $new } nye i denne runden.
rounds-standing = { $joined } kom med i denne runden, { $returned } var med før, { $not_answering } svarte ikke og er med for partnerskapenes skyld.
rounds-kept = Beholdte partnerskap
rounds-ended = Avsluttede partnerskap
rounds-end = Avslutt
rounds-end-pair = Avslutt partnerskapet { $municipality } – { $community }
rounds-resume = Behold likevel
rounds-resume-pair = Behold partnerskapet { $municipality } – { $community } likevel
rounds-first_score = poeng da det ble laget
standing-joined = ny i denne runden
standing-returning = med igjen
standing-not_answering = svarte ikke i denne runden; med for partnerskapenes skyld
explain-kept = Beholdt fra tidligere runder: { $partners }
explain-ended = Avsluttet: { $partners }
settings-objective = Mål
objective-total = Størst mulig totalsum
objective-coverage = Nå flest hromadaer først, deretter størst totalsum
objectives-line = Flest hromadaer: { $coverage_reached } ({ $coverage_war_zone } i krigssonen) for { $coverage_score } poeng; størst totalsum: { $total_reached } ({ $total_war_zone } i krigssonen) for { $total_score } poeng.
file-reading = Leser … (i bakgrunnen; siden kan brukes imens)
run-running = Kobler … (i bakgrunnen; siden kan brukes imens)
run-done = Koblingen er ferdig: { $pairs } par, samlet poengsum { $score }.
run-files = { $count ->
        [one] { $count } fil
       *[other] { $count } filer
    } lastet inn.
run-need_both = Last inn minst én tilbudsfil (norske kommuner) og én behovsfil (ukrainske kommuner) med lesbare rader.
run-loaded_only = Innlastede resultater kan vises og deles; last inn kartleggingsfilene for å kjøre på nytt.
run-from_file = Resultatene ble lastet inn fra { $file }. Last inn kartleggingsfilene for å kjøre på nytt.
summary = { $pairs } par, samlet poengsum { $score }. { $municipalities_paired } av { $municipalities ->
        [one] { $municipalities } kommune
       *[other] { $municipalities } kommuner
    } og { $communities_paired } av { $communities ->
        [one] { $communities } hromada
       *[other] { $communities } hromadaer
    } har fått partner; { $places ->
        [one] { $places } plass
       *[other] { $places } plasser
    } tilbudt, { $wanted } ønsket.
comparison = Optimum under de samme betingelsene er { $optimum }; denne kjøringen gir fra seg { $given_up }. Blokkerende par: { $blocking }.
diff-title = Hva som er endret siden forrige kjøring
diff-summary = { $added } nye par, { $removed } par borte, samlet poengsum { $change }.
diff-added = Nytt
diff-removed = Borte
stop = Stopp
stop-reading = Stopp lesingen
stopped-run = Koblingen er stoppet. Kjør den igjen når du er klar.
stopped-files = Lesingen er stoppet, så disse filene er utelatt: { $files }. Legg dem til igjen når du er klar.
results-outdated = Disse resultatene er fra før endringen: de forsvinner når filene er lest på nytt.
preliminary = Parene er klare; de nøyaktige forklaringene regnes fortsatt ut. Nedlastingene venter på dem.
share-title = Del
share-json = Last ned resultatet (JSON)
share-csv = Last ned parene (CSV)
share-xlsx = Last ned resultatet (Excel)
share-print = Skriv ut sammendrag
share-personal = Ta med kontaktpersoner (navn, e-post, telefon) i JSON-filen
step-letters = 6. Introduksjoner
step-scenarios = 5. Vei scenarioer mot hverandre
scenarios-lede = Ta vare på en kjøring som et scenario, endre innstillingene, kjør og ta vare på et nytt: opptil seks side om side, med hva hvert gir og hva det koster. Velg det du går videre med; resultatfilen viser hvilke du veide.
scenarios-name = Navn på scenarioet
scenarios-keep = Ta vare på kjøringen som scenario
scenarios-kept = Denne kjøringen er tatt vare på som «{ $name }».
scenarios-full = Seks scenarioer er tatt vare på: fjern ett for å ta vare på et nytt.
scenarios-none = Ingen scenarioer ennå. Ta vare på denne kjøringen, endre så en innstilling (målet, vektene, en andel, en låsing eller et forbud) og ta vare på den neste.
scenarios-table = Scenarioene side om side (det beste i hver rad er merket)
scenarios-figure = Tall
scenarios-best = best
scenarios-vs_first = { $difference } mot det første
scenarios-outdated = laget før en endring av filene eller rettelsene: kjør det på nytt
scenarios-chosen = valgt
scenarios-choose = Gå videre med { $name }
scenarios-run_again = Kjør { $name } på nytt
scenarios-remove = Fjern { $name }
scenarios-settings = Innstillinger
scenarios-choice = Velg
scenarios-compare = Sammenlign to scenarioer
scenarios-a = Scenario A
scenarios-b = Scenario B
scenarios-counts = { $only_a } par bare i A, { $only_b } bare i B, { $both } i begge.
scenarios-only_a = bare i A
scenarios-only_b = bare i B
scenarios-changes = Hvem som får, mister eller bytter partner ({ $count })
scenarios-partners = A: { $partners_a } · B: { $partners_b }
scenarios-same = A og B lager de samme parene.
scenarios-map = Forskjellen på kartet: stiplede linjer bare i A, heltrukne linjer bare i B
scenarios-by_category = Hromadaer med partner per kategori
scenarios-by_area = Behov dekket per område (par)
scenarios-pick_two = Ta vare på et scenario til for å sammenligne to.
scenarios-recorded = Resultatfilen du laster ned, viser { $count ->
        [one] scenarioet
       *[other] de { $count } scenarioene
    } som ble veid.
weighed-line = Scenarioer veid før dette resultatet: { $scenarios }.
scenario-total = Størst totalsum
scenario-coverage = Flest hromadaer først
scenario-stable = Stabil
scenario-greedy = Grådig
scenario-war_zone = krigssonen ≤ { $percent } %
scenario-outside = utenfor ≤ { $percent } %
scenario-locks = { $count } låst
scenario-vetoes = { $count } forbudt
letters-lede = Et brev per par til begge parter, på norsk, ukrainsk og engelsk: hvem partneren er, hvorfor de ble koblet, hvem de skal kontakte og første steg. Som e-postutkast e-postprogrammet ditt åpner klare til å sendes, eller på papir, ett brev per side.
letters-contacts = Adresser kontaktpersonene og nevn dem i brevene (personopplysninger)
letters-contacts_warning = Utkastene vil inneholde navn, e-postadresser og telefonnumre. Send dem bare til partnerne.
letters-no_contacts = Uten kontaktpersoner ber hvert brev partnerne ta kontakt gjennom programmets koordinatorer.
letters-cc = Kopi av hvert utkast til (valgfritt)
letters-cc_bad = «{ $address }» er ingen e-postadresse et e-postprogram kan sende til.
letters-edit = Rediger teksten i brevene
letters-placeholders = Plassholdere, fylt inn for hvert par:
letters-save = Ta vare på teksten til neste år: lagre malen (JSON)
letters-zip = Last ned e-postutkast (.zip)
letters-print = Last ned brev for utskrift (.html)
letters-summary = Brev: { $letters } av { $pairs } par. Mottakere utelatt fordi e-postadressen mangler eller ikke kan brukes: { $left_out }.
letters-pairs = Hvilke par som får brev ({ $ticked } av { $pairs })
letters-all = Velg alle
letters-none = Velg bort alle
letters-write = Skriv e-post
letters-write_for = Skriv e-post til { $pair }
letters-left_out = utelatt: { $recipients }
letters-results_file = Brevene skrives ut fra kartleggingsfilene: last dem inn for å skrive brev.
share-personal_warning = Filen vil inneholde personopplysninger. Del den bare med dem som trenger den.
charts-title = Sammendrag
charts-areas = Dekkede behov etter område (topp 12)
charts-category = Hromadaer med partner, etter kategori
charts-oblast = Hromadaer med partner, etter oblast
charts-county = Brukte plasser, etter fylke
charts-no_county = Fylke ikke oppgitt
charts-capacity = Brukte plasser
charts-of = { $part } av { $whole }
category-war_zone = Krigssonen
category-outside = Utenfor krigssonen
category-unknown = Kategori ikke oppgitt
table-caption = Par
table-filter = Filtrer parene (navn, id eller område)
table-shown = { $shown } av { $pairs } par vises
table-offer = Kommune
table-need = Hromada
table-score = Poeng
table-needs_met = Dekkede behov
table-components = Poeng per del
table-actions = Juster
table-sort = Sorter etter { $column }
lock = Lås
veto = Forby
lock-pair = Lås { $municipality } – { $community }
veto-pair = Forby { $municipality } – { $community }
locked = låst
locked-tie = låst: har nevnt hverandre
tie = eksisterende kontakt
explain-open = Forklar { $name }
explain-close = Lukk
explain-partners = Partnere
explain-ties_outside = Eksisterende kontakt utenfor denne koblingen:
explain-alternatives = Beste kandidater som ikke ble valgt
explain-alternatives_later = De kommer med de nøyaktige forklaringene, om et øyeblikk.
explain-rise = ville blitt valgt med { $points } poeng mer
explain-capacity = Kapasitet { $capacity }, brukt { $used }
explain-wanted = Ønsker { $wanted ->
        [one] { $wanted } partner
       *[other] { $wanted } partnere
    }, fikk { $got }
explain-none = Ingen par.
unmatched-offers = Kommuner uten partner ({ $count })
unmatched-needs = Hromadaer uten partner ({ $count })
unmatched-best = Beste kandidat: { $name } ({ $points } poeng)
component-urgent_needs = akutte behov
component-long_term_needs = langsiktige behov
component-category = kategori
component-form = form
component-language = språk
component-size = størrelse
component-existing_tie = eksisterende kontakt
component-learning = læring
component-has_partners = har partnere
reload = Last inn siden på nytt
update = En ny versjon av kommunematch er klar. Arbeidet på denne siden blir ikke tatt vare på: bytt når du er ferdig, ellers kommer den av seg selv når alle kommunematch-faner er lukket.
update-now = Bruk den nye versjonen
worker_crashed = Koblingen stoppet på grunn av en intern feil. Den er gjort klar igjen: trykk «Kjør koblingen» en gang til. Skjer det igjen, last inn siden på nytt.
worker_unreachable = Bakgrunnsprosessen svarte ikke. Last inn siden på nytt.
panic = kommunematch stoppet på grunn av en intern feil. Last inn siden på nytt for å begynne igjen; ingen data har forlatt nettleseren.

## Messages about the data (the reading, the matching, the letters, comparisons) and the command line

reading-headers-match-neither-offers = overskriftene passer verken med tilbudsskjemaet (norske kommuner) eller behovsskjemaet (ukrainske kommuner). Velg side for hånd, eller sjekk at dette er en eksport fra kartleggingen.
reading-column-names-municipality-kommune = ingen kolonne gir kommunen (Kommune) eller nummeret (Kommunenummer), så radene kan ikke skilles fra hverandre. Legg til kolonnen i eksporten, eller tilordne en kolonne for hånd.
reading-column-names-community-katottg = ingen kolonne gir hromadaen (Назва громади) eller KATOTTG-koden, så radene kan ikke skilles fra hverandre. Legg til kolonnen i eksporten, eller tilordne en kolonne for hånd.
reading-file-has-header-row = filen har en overskriftsrad, men ingen svar under den. Eksporter på nytt når svarene har kommet inn.
reading-column-gives-map-column = ingen kolonne gir «{ $name }».{ $what } Tilordne en kolonne for hånd hvis eksporten har den.
reading-column-gives-most-likely = ingen kolonne gir «{ $name }».{ $what } De mest sannsynlige kolonnene: { $likely }. Tilordne en av dem for hånd hvis den er ment.
reading-answered-once-answer-set = { $name } ({ $id }) svarte mer enn én gang; dette svaret{ $when } er lagt til side for det senere i { $kept_file } rad { $kept_row }{ $kept_when }. Fjern raden du ikke vil ha hvis det er feil.
reading-survey-has-question-address = skjemaet har ikke noe spørsmål om «{ $name }»: adressen eller navnet hver respondent logget inn i { $tool } med, brukes i stedet. Sjekk at respondentene er kontaktpersonene, eller legg til spørsmålet neste år.
reading-row-gives-same-contact = alle radene gir samme e-post til kontaktperson: det er ikke en kontaktpersons adresse (et skjema som ikke samler inn adresser, gir samme verdi for alle). Tilordne kolonnen med kontaktpersonenes adresser, eller spør etter dem neste år.
reading-value-contact-e-mail = ingen verdi i kolonnen for e-post til kontaktperson er en e-postadresse. Tilordne kolonnen med kontaktpersonenes adresser.
reading-column-read-holds-only = kolonnen som er lest som «{ $name }», har bare markeringer (1/0, x, ja/nei), ikke svar: den ser ut som ett svaralternativ fra et spørsmål eksportert med én kolonne per alternativ. Cellene leses ikke som svar; tilordne kolonnen til alternativet den står for, eller til ingenting.
reading-example-row = Denne raden er spørreskjemaets eksempel: utelatt. Skriv svarene i egne rader, eller tøm eksempelets siste celle hvis du skrev over det.
reading-questionnaire-newer = Fila er laget fra kommunematch-spørreskjema { $version }, nyere enn dette programmet kjenner (versjon { $known }): spørsmålene leses etter ordene sine. Oppdater kommunematch for å lese dem ord for ord.
reading-blank-1-assumed-fill = { $what } er tomt; 1 er lagt til grunn. Fyll det inn hvis et annet tall er ment.
reading-whole-number-least-1 = { $what } «{ $answer }» er ikke et helt tall på minst 1; 1 er lagt til grunn. Rett svaret i filen eller tilordningen.
reading-area-taxonomy-knows-was = «{ $answer }» er ikke et område taksonomien kjenner; det er utelatt fra koblingen. Tilordne det et område for hånd hvis det betyr ett.
reading-area-competence-recognised-so = ingen kompetanseområder gjenkjent, så kommunen kan ikke kobles. Sjekk svaret eller kolonnetilordningen.
reading-need-recognised-so-community = ingen behov gjenkjent, så hromadaen kan ikke kobles. Sjekk svaret eller kolonnetilordningen.
reading-neither-municipality-s-name = verken kommunens navn eller nummer er oppgitt, så raden kan ikke brukes. Fyll inn navnet.
reading-neither-community-s-name = verken hromadaens navn eller KATOTTG-kode er oppgitt, så raden kan ikke brukes. Fyll inn navnet.
reading-municipality-s-name-blank = kommunens navn er tomt; kommunenummer { $id } identifiserer den. Fyll inn navnet.
reading-community-s-name-blank = hromadaens navn er tomt; KATOTTG-koden { $id } identifiserer den. Fyll inn navnet.
reading-four-digit-kommunenummer-name = «{ $answer }» er ikke et firesifret kommunenummer; navnet brukes for å identifisere kommunen.
reading-katottg-code-ua-17 = «{ $answer }» er ikke en KATOTTG-kode (UA og 17 sifre); navn og oblast identifiserer hromadaen.
reading-category-war-zone-outside = kategorien (krigssonen eller utenfor) er tom; hromadaen kobles uten kategoripreferanse.
reading-neither-war-zone-nor = «{ $answer }» er verken krigssonen eller utenfor den; hromadaen kobles uten kategoripreferanse.
reading-looks-like-spreadsheet-formula = «{ $text }» ser ut som en regnearkformel. Den beholdes som ren tekst og kjøres aldri; sjekk svaret.
reading-looks-like-html-markup = «{ $text }» ser ut som HTML. Det beholdes som ren tekst og kjøres aldri; sjekk svaret.
reading-kommunenummer-357-municipalities-2024 = «{ $code }» er ikke kommunenummeret til noen av de 357 kommunene (2024); navnet brukes for å identifisere kommunen. Sjekk nummeret.
reading-katottg-code-1-469 = «{ $code }» er ikke KATOTTG-koden til noen av de 1 469 hromadaene; navnet brukes for å identifisere hromadaen. Sjekk koden.
reading-code-but-name-points = koden { $code } er { $official }, men navnet peker på { $named } ({ $named_id }); koden brukes. Sjekk hvilken som er ment.
reading-name-municipality-give-county = «{ $name }» er navnet på mer enn én kommune: { $list }. Oppgi fylket eller kommunenummeret, eller velg én.
reading-name-community-give-oblast = «{ $name }» er navnet på mer enn én hromada: { $list }. Oppgi oblast og rajon eller KATOTTG-koden, eller velg én.
reading-municipality-official-list-spelling = «{ $name }» er ingen kommune i den offisielle listen, i noen skrivemåte; den beholdes som skrevet. Sjekk navnet eller oppgi kommunenummeret.
reading-community-official-list-spelling = «{ $name }» er ingen hromada i den offisielle listen, i noen skrivemåte; den beholdes som skrevet. Sjekk navnet eller oppgi KATOTTG-koden.
reading-category-blank-2022-list = kategorien er tom; listen fra 2022 sier at hromadaen var { $s }, så den kobles som { $c }. Sjekk det: listen er et øyeblikksbilde.
reading-survey-says-2022-list = kartleggingen sier { $c }; listen fra 2022 sier at hromadaen var { $s }. Svaret i kartleggingen brukes.
reading-2022-list-has-community = listen fra 2022 har denne hromadaen på okkupert territorium. Koordinatoren avgjør om og hvordan den skal kobles.
reading-kommunematch-input-file = ikke en inndatafil for kommunematch: { $detail }
reading-input-format-version-known = inndataformatet versjon { $found } er ukjent; denne versjonen leser versjon 1
reading-lists-objects-nested-levels = lister og objekter nestet mer enn { $limit } nivåer dypt (linje { $line }), langt mer enn inndataformatet har
reading-file-empty-export-survey = { $f }: filen er tom. Eksporter svarene på nytt og last inn den nye filen.
reading-looks-like-spreadsheet-but = { $f }: dette ser ut som et regneark, men kan ikke åpnes ({ $detail }). Filen kan være skadet eller avkortet: åpne den i Excel og lagre på nytt, eller eksporter som CSV.
reading-neither-spreadsheet-xlsx-xls = { $f }: dette er verken et regneark (XLSX, XLS, ODS) eller en teksttabell (CSV, TSV). Last inn selve eksporten.
reading-line-quoted-field-starts = { $f } › linje { $line }: et felt i anførselstegn starter her og lukkes aldri. Sjekk anførselstegnene på linjen, eller eksporter på nytt.
reading-line-quoted-field-followed = { $f } › linje { $line }: et felt i anførselstegn følges av mer tekst etter det avsluttende anførselstegnet. Sjekk anførselstegnene på linjen, eller eksporter på nytt.
reading-header-row-found-row = { $f }: fant ingen overskriftsrad (en rad som navngir minst to kolonner). Første rad i en eksport skal inneholde spørsmålene.
reading-survey-answers-json-must = { $f }: { $detail }. Svar i JSON må følge kommunematchs inndataformat (docs/input-format.md); resultater og tilordninger lastes inn som det de er, ikke som kartlegginger.
reading-mb-mb-survey-export = { $f }: { $size } MB, mer enn de { $limit } MB en eksport kan ha. Sjekk at dette er eksporten fra kartleggingen; del den opp hvis den virkelig er så stor.
reading-rows-survey-municipalities-has = { $f }: mer enn { $limit } rader ({ $found } eller flere), flere enn noen kartlegging av kommuner har. Sjekk at dette er eksporten.
reading-row-column-cell-longer = { $f } › rad { $row } › kolonne { $column }: en celle lengre enn { $limit } tegn, mer enn noe svar. Sjekk cellen, eller eksporter på nytt.
reading-columns-survey-export-can = { $f }: { $found } kolonner, flere enn de { $limit } en eksport kan ha. Sjekk at dette er eksporten fra kartleggingen, ikke en annen tabell.
reading-browser-could-read-file = { $f }: nettleseren kunne ikke lese filen ({ $detail }). Sjekk at den fortsatt ligger der den lå og ikke er åpen i et annet program, og last den inn på nytt.
reading-cells-counting-empty-ones = { $f }: mer enn { $limit } celler (medregnet de tomme mellom utfylte), flere enn noen eksport har. Sjekk at dette er eksporten fra kartleggingen, ikke en annen tabell; slett løse celler langt under eller til høyre for svarene.
reading-spreadsheet-unpacks-mb-mb = { $f }: regnearket pakkes ut til { $size } MB, mer enn de { $limit } MB en eksport kan ha. Sjekk at dette er eksporten; åpne den i Excel og lagre på nytt, eller eksporter som CSV.
reading-kommunematch-mapping-preset = ikke en tilordningsfil for kommunematch: { $detail }
reading-mapping-preset-version-known = tilordningsfilen versjon { $found } er ukjent; denne versjonen leser versjon 1
reading-preset-maps-answer-which = tilordningen knytter et svar til «{ $area }», som ikke er en områdekode
reading-preset-maps-name-which = tilordningen knytter et navn til «{ $id }», som ikke er et kommunenummer eller en KATOTTG-kode i listene
matching-reading-file-s-table = Leser tabellen i filen …
matching-reading-answers-row = Leser svarene: rad { $done } av { $of }
matching-scoring-pair = Gir poeng til alle par …
matching-finding-best-pairs = Finner de beste parene …
matching-explaining-choices-municipalities = Forklarer valgene: { $done } av { $of } kommuner
matching-comparing-other-objective = Sammenligner med det andre målet …
matching-lock-names-which-loaded = en låsing nevner «{ $id }», som ingen innlastet fil har. Fjern låsingen, eller last inn filen som har den.
matching-veto-names-which-loaded = et forbud nevner «{ $id }», som ingen innlastet fil har. Fjern forbudet, eller last inn filen som har den.
matching-pair-both-locked-vetoed = paret { $o } – { $n } er både låst og forbudt. Fjern det ene.
matching-has-locked-pairs-but = { $name } ({ $id }) har { $locked } låste par, men plass til bare { $limit }. Fjern { $over ->
        [one] { $over } låsing
       *[other] { $over } låsinger
    } eller øk antallet partnere.
matching-locked-pairs-communities-but = { $locked } låste par er med hromadaer { $which }, men andelen på { $percent } % av { $total } plasser tillater bare { $limit }. Øk andelen eller fjern { $over ->
        [one] { $over } låsing
       *[other] { $over } låsinger
    }.
matching-weight-out-range-weights = vekten { $weight } = { $value } er utenfor området; vekter ligger mellom −{ $limit } og { $limit }.
matching-war-zone-share-percentage = andelen for krigssonen er en prosent: 0 til 100.
matching-outside-share-percentage-0 = andelen utenfor krigssonen er en prosent: 0 til 100.
matching-municipalities-communities-pairs-weigh = { $offers } kommuner × { $needs } hromadaer er { $pairs } par å veie, flere enn de { $limit } koblingen tar på én gang (hele Norge × hele Ukraina er 524433). Sjekk at dette er eksportene fra kartleggingen, eller koble en del om gangen, ett fylke eller én oblast etter en annen.
matching-kommunematch-results-file = dette er ikke en resultatfil fra kommunematch ({ $detail })
matching-results-schema-version-version = resultatformatet versjon { $found } er ikke det denne versjonen leser ({ $reads }); åpne filen med kommunematch-versjonen som laget den ({ $made_by })
matching-id-appears-twice-among = en id står to ganger blant kommunene eller hromadaene
matching-pair-names-municipality-community = paret { $pair } nevner en kommune eller hromada filen ikke har
matching-pair-appears-twice = paret { $pair } står to ganger
matching-score-sum-components = poengsummen for { $pair } er ikke summen av delene
matching-total-score-sum-pairs = totalsummen er ikke summen av parenes poeng
matching-has-pairs-but-file = { $name } ({ $id }) har { $pairs } par, men filen sier { $says } av { $of }
matching-listed-unmatched-but-unmatched = { $id } står som uten partner, men er ikke en kommune uten partner
matching-listed-unmatched-but-unmatched-2 = { $id } står som uten partner, men er ikke en hromada uten partner
matching-coordinator-forbade-pair = Koordinatoren har forbudt dette paret.
matching-all-places-municipality-locked = Alle plassene til kommunen er i låste par.
matching-all-partners-community-wants = Alle partnerne hromadaen ønsker, er i låste par.
matching-both-have-all-their = Begge har alle sine partnere, i par som gir høyere sum.
matching-municipality-has-used-all = Kommunen har brukt alle plassene på par som gir høyere sum.
matching-community-already-has-partners = Hromadaen har allerede partnerne den ønsker, i par som gir høyere sum.
matching-share-places-community-s = Andelen plasser for denne kategorien er brukt opp.
matching-another-assignment-gives-higher = En annen fordeling gir høyere sum.
matching-area-competence-was-recognised = Ingen kompetanseområder ble gjenkjent i svaret.
matching-need-was-recognised-answer = Ingen behov ble gjenkjent i svaret.
matching-none-areas-competence-matches = Ingen av kompetanseområdene passer med et behov hos en innlastet hromada.
matching-loaded-municipality-offers-needs = Ingen innlastet kommune tilbyr noen av behovene.
matching-pair-could-make-was = Alle parene den kunne inngå i, er forbudt av koordinatoren.
matching-community-could-help-got = Alle hromadaer den kunne hjelpe, fikk partnere som gir høyere sum, eller ønsket ikke flere partnere.
matching-municipality-could-help-used = Alle kommuner som kunne hjelpe, brukte plassene på par som gir høyere sum.
letters-introductions-print-them-browser = Introduksjoner: { $n }. Skriv dem ut fra nettleseren (Ctrl+P eller ⌘P): ett brev per A4-side.
letters-placeholder-placeholders = «{"{"}{ $name }{"}"}» er ingen plassholder; plassholderne er { $known }
letters-brace-closed-write-placeholder = en klamme er ikke lukket: skriv en plassholder som {"{"}partner{"}"}, og en klamme som {"{"}{"{"} eller {"}"}{"}"}
compare = ikke i { $w }: { $reason }
compare-two-results-were-made = De to resultatene er laget av ulike filer (bare i A: { $a }; bare i B: { $b }). Sammenlign resultater av de samme spørreundersøkelsesfilene og tidligere rundene.
compare-two-results-read-same = De to resultatene har lest de samme filene ulikt (id-er bare i A: { $a }; bare i B: { $b }). Kjør begge med de samme korreksjonene.
cli-command-given = ingen kommando oppgitt
cli-unknown-command = ukjent kommando «{ $c }»
cli-unknown-option = ukjent valg «{ $o }»
cli-option-command = «{ $o }» er ikke et valg for denne kommandoen
cli-needs-value = { $o } trenger en verdi
cli-takes-value = { $o } tar ingen verdi
cli-choose = { $option } «{ $value }»: velg { $choices }
cli-takes-percentage-0-100 = { $o } tar en prosent fra 0 til 100
cli-say-whether-offers-needs = «{ $f }»: si om den er --offers eller --needs
cli-give-least-offers-file = oppgi minst én fil med --offers og én med --needs, eller --example
cli-give-least-file-inspect = oppgi minst én fil å undersøke
cli-give-name-look-up = oppgi navnet du vil slå opp
cli-letters-written-file-give = brevene skrives til en fil: oppgi den med -o (en .zip med e-postutkast, eller .html for utskrift)
cli-give-exactly-two-results = oppgi nøyaktig to resultatfiler å sammenligne (A og B), ikke { $n }
cli-format-xlsx-writes-workbook = --format xlsx skriver en arbeidsbok: oppgi filen med -o
cli-template-needs-side = si hvilken undersøkelse med --side offers eller --side needs
cli-argument-valid-unicode = et argument er ikke gyldig Unicode
cli-cannot-read-file = { $p }: kan ikke lese filen: { $e }
cli-cannot-write = { $p }: kan ikke skrive: { $e }
cli-cannot-write-standard-output = kan ikke skrive til standard ut: { $e }
cli-header-must-offer-id = { $p }: overskriften må være offer_id,need_id
cli-row = { $p } › rad { $row }: { $detail }
cli-weights-object = { $p }: ikke et vektobjekt: { $detail }
cli-workbook-could-made = arbeidsboken kunne ikke lages: { $detail }
cli-municipality-community-lists-spelling = «{ $name }» er ingen kommune eller hromada i listene, i noen skrivemåte
cli-cc-e-mail-address = --cc «{ $a }» er ingen e-postadresse et e-postprogram kan sende til
cli-pairs-results-these-files = { $n } par i resultatene finnes ikke i disse filene (andre filer?): { $list }
cli-drafts-could-packed = utkastene kunne ikke pakkes: { $detail }
cli-report-could-written = rapporten kunne ikke skrives: { $detail }
cli-letters-letters-recipients-left-out = { $n } brev; mottakere utelatt fordi adressen mangler eller ikke kan brukes: { $left_out }
cli-letters-letters-name-contact-person = brevene nevner ingen kontaktperson: gi --include-personal-data for å adressere dem

## Words of the letters, the exports and comparisons

compare-total-score = Samlet poengsum
compare-pairs = Par
compare-communities-partner = Hromadaer med partner
compare-war-zone = … i krigssonen
compare-outside-war-zone = … utenfor krigssonen
compare-municipalities-partner = Kommuner med partner
compare-places-used = Plasser brukt
compare-blocking-pairs = Blokkerende par
compare-points-below-largest-total = Poeng under største totalsum (samme rammer)
compare-communities-below-most-reachable = Hromadaer under flest mulig (samme rammer)
compare-gains-partner = får partner
compare-loses-partner = mister partneren
compare-changes-partner = bytter partner
compare-scenarios-compared = Scenarioer sammenlignet
compare-headline-figures = Hovedtall
compare-b = B − A
compare-pairs-only = Par bare i A
compare-pairs-only-b = Par bare i B
compare-pairs-both = Par i begge
compare-who-gains-loses-changes = Hvem som får, mister eller bytter partner
compare-best = best
compare-municipality = Kommune
compare-community = Hromada
compare-2 = I
compare-partner = ingen partner
compare-among-best-alternatives-result = ikke blant de beste alternativene det resultatet viser
export-kommunenummer-municipality-id = Kommunenummer
export-municipality = Kommune
export-katottg-community-id = KATOTTG-kode
export-community = Hromada
export-score = Poeng
export-urgent-needs-met = Akutte behov dekket
export-long-term-needs-met = Langsiktige behov dekket
export-locked = Låst av
export-score-component = Poeng per del
export-id = ID
export-name = Navn
export-reason-code = Årsakskode
export-reason = Årsak
letters-partnership = Samarbeid
letters-english-both-partners = Norsk
letters-your-partner = Partneren deres
letters-partners = Partnerne
letters-why-you-were-matched = Hvorfor dere ble koblet
letters-contact-persons = Kontaktpersoner
letters-first-step = Første steg
letters-name = Navn
letters-county = Fylke
letters-oblast = Oblast (fylke)
letters-raion = Rajon
letters-population = Innbyggere
letters-situation = Situasjon
letters-urgent-needs-met = Akutte behov dere kan møte
letters-long-term-needs-met = Langsiktige behov dere kan møte
letters-cooperation-offered = Samarbeid dere tilbyr
letters-common-working-languages = Felles arbeidsspråk
letters-what-norwegian-municipality-wants = Det dere ønsker å lære
letters-you-named-other-existing = En av dere har oppgitt den andre som eksisterende partner.
letters-contact-details-given-here = Kontaktopplysninger er ikke med her: ta kontakt med partneren gjennom programmets koordinatorer.
letters-position = Stilling
letters-e-mail = E-post
letters-phone = Telefon
letters-e-mail-address-survey = e-postadressen i undersøkelsen kan ikke brukes
letters-survey-gives-e-mail = undersøkelsen oppgir ingen e-postadresse
letters-short-term-acute-help = kortsiktig, akutt hjelp
letters-long-term-cooperation = langsiktig samarbeid
letters-acute-help-long-term = akutt hjelp og langsiktig samarbeid
letters-english = engelsk
letters-ukrainian = ukrainsk
letters-norwegian = norsk
letters-russian = russisk
letters-polish = polsk
letters-german = tysk
letters-french = fransk
letters-spanish = spansk
letters-dear-colleagues-through-municipal = Hei, {"{"}municipality{"}"}!{"\u000A"}{"\u000A"}Gjennom samarbeidsprogrammet mellom KS og den ukrainske kommuneorganisasjonen AUC er dere koblet med {"{"}partner{"}"}. Her er det dere trenger for å ta den første kontakten.
letters-please-write-each-other = Skriv til kontaktpersonen i {"{"}partner{"}"} innen to uker og avtal et første digitalt møte. Programmet kan hjelpe med tolk.
letters-kind-regards-programme-s = Med vennlig hilsen{"\u000A"}Programmets koordinatorer
letters-greeting = Hilsen
letters-first-step-2 = Første steg
letters-signature = Signatur
reading-number-partners-wanted = antallet ønskede partnere
reading-number-partners = antallet partnere

## What a column means, and the words of the reading's messages

field-contact_name = Kontaktpersonens navn
field-contact_role = Kontaktpersonens stilling
field-contact_email = Kontaktpersonens e-post
field-contact_phone = Kontaktpersonens telefon
field-languages = Arbeidsspråk
field-comment = Kommentarer
field-response_id = Svar-ID (skjemaverktøy)
field-timestamp = Tidspunkt for svaret
field-start_time = Starttidspunkt (skjemaverktøy)
field-completion_time = Fullføringstidspunkt (skjemaverktøy)
field-last_modified = Sist endret (skjemaverktøy)
field-answer_time = Tid brukt på svaret (skjemaverktøy)
field-respondent_email = Respondentens e-post (skjemaverktøy)
field-respondent_name = Respondentens navn (skjemaverktøy)
field-population = Innbyggertall
field-municipality_name = Kommune
field-municipality_number = Kommunenummer
field-county = Fylke
field-areas = Kompetanseområder som tilbys
field-capacity = Antall partnere kommunen kan ta
field-form = Samarbeidsform (akutt / langsiktig)
field-preference = Foretrukket type partner
field-international_experience = Erfaring med internasjonalt samarbeid
field-ties = Eksisterende kontakt med ukrainsk kommune
field-learn = Hva kommunen vil lære
field-refugees = Bosatte ukrainske flyktninger
field-political_anchoring = Politisk forankring
field-community_name = Hromada (ukrainsk kommune)
field-katottg = KATOTTG-kode
field-oblast = Oblast
field-raion = Rajon
field-category = Kategori (krigssonen / utenfor)
field-idps = Registrerte internt fordrevne
field-damage = Skadenivå
field-urgent_needs = Akutte behov
field-long_term_needs = Langsiktige behov
field-partners_wanted = Ønsket antall partnere
field-international_partners = Eksisterende internasjonale partnere
category-words-war_zone = i krigssonen
category-words-outside = utenfor krigssonen
status-words-not_occupied = ikke okkupert og utenfor krigssonen
status-words-war_zone = i krigssonen
status-words-deoccupied = okkupert og siden frigjort
status-words-occupied = okkupert
field-missing-category = {" "}Statusen i listen fra 2022 brukes der den kjenner hromadaen; sjekk den.
field-missing-count = {" "}Hver rad leses som 1.
field-missing-other = {" "}Ingen rad kan kobles på dette.

## Where something is, the workbook's sheets, and the command line's usage

location-row = rad
location-column = kolonne
quote-open = «
quote-close = »
sheet-pairs = Par
sheet-unmatched-municipalities = Kommuner uten partner
sheet-unmatched-communities = Hromadaer uten partner
usage-overview =
    bruk:
      kommunematch match --offers FIL... --needs FIL... [valg] [-o FIL]
      kommunematch match --example [valg] [-o FIL]
      kommunematch scores --offers FIL... --needs FIL... [--weights V] [--preset FIL] [-o FIL]
      kommunematch inspect FIL... [--preset FIL] [--include-personal-data] [-o FIL]
      kommunematch gazetteer NAVN [--oblast X] [--raion X] [--county X]
      kommunematch letters --offers FIL... --needs FIL... [--results FIL] [--format eml|html] -o UT
      kommunematch compare A.json B.json [--format json|md|csv] [-o FIL]
      kommunematch template --side offers|needs [--lang nb|nn|uk|en] [--format xlsx|csv|html] [-o FIL]
      kommunematch KOMMANDO --help     valgene for en kommando
    alle kommandoer tar også --lang nb|nn|uk|en for meldingene (standard en).
    Filer som ikke kan leses, gir en melding hver og avslutningskode 1; feil bruk gir avslutningskode 2.
usage-match =
    bruk: kommunematch match --offers FIL... --needs FIL... [valg] [-o FIL]
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
      --lang nb|nn|uk|en                språket i meldingene
usage-scores =
    bruk: kommunematch scores --offers FIL... --needs FIL... [valg] [-o FIL]
    Skriver alle mulige par med positiv poengsum som CSV (offer_id,need_id,score).
      --offers FIL...                eksporter fra kartleggingen av norske kommuner
      --needs FIL...                 eksporter fra kartleggingen av ukrainske kommuner (hromady)
      --example                      de innebygde eksempeldataene
      --weights FIL|MAL              et JSON-objekt med vekter, eller balanced, urgent_war_zone, long_term
      --preset FIL                   en tilordningsmal lagret fra siden
      -o, --output FIL               skriv dit i stedet for til standard ut
      --lang nb|nn|uk|en                språket i meldingene
usage-gazetteer =
    bruk: kommunematch gazetteer NAVN [valg]
    Slår opp en kommune eller hromada i de innebygde listene (357 kommuner, 1 469 hromadaer) på navnet i hvilken som
    helst form: store eller små bokstaver, med eller uten kommune/громада/hromada, kyrillisk eller latinsk, etter
    administrasjonssenteret. Skriver treffet, eller alle kandidatene, som JSON; avslutningskode 1 når ingen av
    listene har det.
      --oblast X, --county X         avgrens til en oblast eller et fylke (alle former: Київська, Kyiv oblast, Nordland)
      --raion X                      avgrens til en rajon
      --lang nb|nn|uk|en                språket i meldingene
usage-inspect =
    bruk: kommunematch inspect FIL... [valg]
    Skriver som JSON hvordan hver fil leses: side, ark, kolonnetilordning, antall rader, svar som ikke ble
    gjenkjent, og alle merknader. Avslutningskode 1 når en fil ikke kan leses i det hele tatt.
      --preset FIL                   en tilordningsmal lagret fra siden
      --include-personal-data        vis eksempelsvar fra kolonner som kan ha kontaktdata (utelatt ellers)
      -o, --output FIL               skriv dit i stedet for til standard ut
      --lang nb|nn|uk|en                språket i meldingene
usage-letters =
    bruk: kommunematch letters --offers FIL... --needs FIL... [valg] -o UT
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
      --lang nb|nn|uk|en                språket i meldingene
usage-template =
    bruk: kommunematch template --side offers|needs [valg]
    Skriver neste rundes spørreskjema for én side: hvert spørsmål matchingen bruker, ord for ord slik lesingen
    kjenner det, med alternativer, hjelpetekst og personopplysningene merket. Filer laget fra det leses uten gjetting.
      --side offers|needs              de norske kommunenes undersøkelse (tilbud) eller de ukrainske hromadaenes (behov)
      --lang nb|nn|uk|en               spørreskjemaets språk (standard en)
      --format xlsx|csv|html           et regneark å fylle ut (nedtrekkslister, den offisielle lista på et eget ark),
                                       overskriftene og en eksempelrad, eller spørsmålene til utskrift og kopiering inn i
                                       Microsoft Forms, Google Forms eller Nettskjema (standard: etter filnavnet, ellers html)
      -o, --output FIL                 skriv dit i stedet for til standard ut (påkrevd for xlsx)
usage-compare =
    bruk: kommunematch compare A.json B.json [valg]
    Sammenligner to resultatfiler fra de samme spørreundersøkelsesfilene (og tidligere rundene): parene bare i A,
    bare i B og i begge, hovedtallene for hver side (samlet poengsum, hromadaer og kommuner med partner, plasser
    brukt, behov dekket, blokkerende par, prisen mot det beste for hvert mål) og hvem som får, mister eller bytter
    partner, og hvorfor. Avslutningskode 1 når filene ikke er resultater eller er laget av andre filer.
      --format json|md|csv           sammenligningen som JSON (standard; docs/schema/compare-1.schema.json), en
                                     Markdown-rapport, eller alle parene fra begge som CSV
      -o, --output FIL               skriv dit i stedet for til standard ut
      --lang nb|nn|uk|en                språket i meldingene, rapporten og CSV-filen

## Why a pair was not made, with the names (the results JSON keeps the English)

why-offer-locked = { $capacity ->
        [one] Den ene plassen til { $offer } er i et låst par.
       *[other] Alle de { $capacity } plassene til { $offer } er i låste par.
    }
why-need-locked = { $wanted ->
        [one] Den ene partneren { $need } ønsker, er i et låst par.
       *[other] Alle de { $wanted } partnerne { $need } ønsker, er i låste par.
    }
why-both-full = { $offer } og { $need } har begge alle sine partnere, i par som gir høyere sum.
why-offer-full = { $capacity ->
        [one] { $offer } har brukt den ene plassen sin på et par som gir høyere sum.
       *[other] { $offer } har brukt alle de { $capacity } plassene sine på par som gir høyere sum.
    }
why-need-full = { $wanted ->
        [one] { $need } har allerede den ene partneren den ønsker, i et par som gir høyere sum.
       *[other] { $need } har allerede de { $wanted } partnerne den ønsker, i par som gir høyere sum.
    }

## Spørreskjemaene for neste runde (spørsmålene kjenner lesingen ord for ord)

survey-heading = Neste rundes spørreundersøkelse
survey-lede = Spørreskjemaene kommunematch leser best: hvert spørsmål matchingen bruker, med svaralternativene, så neste års eksporter leses uten gjetting. Et regneark å fylle ut, en CSV, eller en liste å skrive ut og kopiere inn i Microsoft Forms, Google Forms eller Nettskjema.
survey-language = Språk i spørreskjemaet
survey-offers = For norske kommuner (tilbud)
survey-needs = For ukrainske hromadaer (behov)
survey-xlsx = Regneark (.xlsx)
survey-csv = CSV
survey-html = Spørsmål til utskrift (.html)
survey-download = Last ned { $what }: { $format }
meta-questionnaire = {" "}· laget fra kommunematch-spørreskjema { $version }
meta-questionnaire_questions = {" "}· spørsmålene er fra kommunematch-spørreskjema { $version }
columns-by_questionnaire = spørreskjemaets merke (versjonen)
question-municipality_name = Kommune (navn og kommunenummer)
question-community_name = Hromada (navn og KATOTTG-kode)
question-contact_name = Kontaktpersonens navn
question-contact_role = Kontaktpersonens stilling
question-contact_email = Kontaktpersonens e-post
question-contact_phone = Kontaktpersonens telefon
question-areas = Hvilke kompetanseområder kan kommunen tilby?
question-capacity = Hvor mange ukrainske partnerkommuner kan kommunen samarbeide med?
question-form = Hvilken samarbeidsform kan kommunen tilby?
question-preference = Hvilken kategori partnerkommune foretrekker kommunen?
question-languages = Hvilke språk kan de som skal samarbeide, arbeide på?
question-ties = Har kommunen allerede kontakt med en ukrainsk kommune? I så fall hvilken?
question-learn = Hva ønsker kommunen å lære av partneren?
question-category = Er hromadaen i krigssonen eller utenfor?
question-urgent_needs = Hromadaens akutte behov (inntil 5)
question-long_term_needs = Hromadaens langsiktige behov
question-partners_wanted = Hvor mange norske partnerkommuner ønsker hromadaen?
question-international_partners = Har hromadaen internasjonale partnere? I så fall hvilke?
help-municipality_name = Velg fra lista: kommunenummeret identifiserer kommunen, og fylke og folketall hentes fra den offisielle lista.
help-community_name = Velg fra lista: KATOTTG-koden identifiserer hromadaen, og oblast, rajon og folketall hentes fra den offisielle lista.
help-contact_name = Nevnes i brevene som introduserer partnerne for hverandre.
help-contact_role = Står i brevene, så partneren vet hvem de skriver til.
help-contact_email = Introduksjonsbrevene adresseres hit.
help-contact_phone = Gis til partneren i introduksjonsbrevene.
help-areas = Sammenlignes med hromadaenes behov: hvert behov som dekkes, gir poeng. Velg alle områder kommunen virkelig kan hjelpe med.
help-capacity = Kommunen får høyst så mange partnere.
help-form = Akutt hjelp dekker akutte behov; langsiktig samarbeid dekker langsiktige behov.
help-preference = En partner i den foretrukne kategorien gir poeng; ingen preferanse gir ingen i noen retning.
help-languages = Partnere med et felles arbeidsspråk får poeng.
help-ties = Eksisterende kontakt gir poeng og nevnes i brevene.
help-learn = Står i brevene, så partneren vet hva kommunen håper å lære.
help-category = Hromadaer i krigssonen kan få en andel av partnerne, slik koordinatoren velger.
help-urgent_needs = Sammenlignes med områdene kommunene tilbyr, før de langsiktige behovene.
help-long_term_needs = Sammenlignes med områdene kommunene tilbyr. Et område som også er valgt som akutt, regnes som akutt.
help-partners_wanted = Hromadaen får høyst så mange partnere.
help-international_partners = En norsk kommune som nevnes her, får poeng som en partner den allerede kjenner.
template-personal = Personopplysninger
template-personal-why = Spørres bare for å introdusere partnerne for hverandre; aldri med i de delte resultatene, og utelatt fra alle nedlastinger med mindre koordinatoren tar dem med.
option-form-acute = Akutt hjelp (kortsiktig)
option-form-long_term = Langsiktig samarbeid
option-form-both = Begge deler
option-preference-none = Ingen preferanse
template-title-offers = Spørreundersøkelse for norske kommuner: hva dere kan tilby
template-title-needs = Spørreundersøkelse for ukrainske hromadaer: hva dere trenger
template-intro = kommunematch-spørreskjema { $version } · { $side } · { $language }. Hvert spørsmål nedenfor brukes i matchingen; hjelpeteksten sier hva til. Kopier spørsmålsteksten og alternativene nøyaktig: da kjenner kommunematch hver kolonne i eksporten.
template-side-offers = tilbud
template-side-needs = behov
template-guide = Slik lager du skjemaet
template-guide-ms = Microsoft Forms: et tekstspørsmål for kort svar; «Valg» for en liste, med «Flere svar» slått på der flere kan velges, og «Rullegardin» for de lange listene. Eksporter med «Åpne resultater i Excel».
template-guide-google = Google Forms: «Kort svar» for tekst; «Flervalg» eller «Rullegardinmeny» for ett svar; «Avmerkingsruter» der flere kan velges. Lim inn en liste i første alternativ: ett alternativ per linje. Eksporter med Svar › Last ned svar (.csv).
template-guide-nettskjema = Nettskjema: «Kort tekst» for tekst; «Radioknapper» eller «Nedtrekksliste» for ett svar; «Avkrysningsbokser» der flere kan velges. Eksporter resultatene som Excel eller CSV.
template-guide-sheet = Eller send regnearket: én rad per svar, listene å velge fra i nedtrekkslister, en x under hvert alternativ som passer.
template-kind-entity = Ett svar fra lista nedenfor (nedtrekksliste)
template-kind-text = Kort tekst
template-kind-count = Ett svar: 1 til 5
template-kind-one = Ett svar
template-kind-many = Flere svar kan velges
template-list = Listas { $count } oppføringer, én per linje, å lime inn som spørsmålets alternativer
template-version-note = Laget fra kommunematch-spørreskjema { $version }
template-example = eksempel
template-pick = Velg fra lista.
template-tick = Skriv x under hvert alternativ som passer.
template-sheet-answers = Svar
template-sheet-kommuner = Kommuner
template-sheet-hromady = Hromadaer
template-list-choice = Velg
template-list-name = Navn
template-list-code = Kode
template-list-county = Fylke
template-list-oblast = Oblast
template-list-raion = Rajon
