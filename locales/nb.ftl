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
worker_crashed = Koblingen stoppet på grunn av en intern feil. Den er gjort klar igjen: trykk «Kjør koblingen» en gang til. Skjer det igjen, last inn siden på nytt.
worker_unreachable = Bakgrunnsprosessen svarte ikke. Last inn siden på nytt.
panic = kommunematch stoppet på grunn av en intern feil. Last inn siden på nytt for å begynne igjen; ingen data har forlatt nettleseren.
