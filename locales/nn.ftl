## The page

title = kommunematch
lede = Koplar norske kommunar med ukrainske kommunar (hromady) ut frå svara i kartleggingane. Alt skjer i denne nettlesaren: ingen filer forlèt datamaskina di.
language = Språk
step-load = 1. Last inn eksportane frå kartleggingane
step-settings = 2. Innstillingar
step-run = 3. Kople
step-results = 4. Resultat
drop-text = Slepp eksportar her (XLSX, XLS, ODS, CSV, TSV; fleire samtidig), ein tilordningsmal eller lagra resultat (JSON), eller
drop-choose = Vel filer …
example = Prøv med eksempeldata
clear = Byrj på nytt
files = Innlasta filer
remove = Fjern
remove-file = Fjern { $name }
side-offers = Tilbod (norske kommunar)
side-needs = Behov (ukrainske kommunar)
side-unknown = ikkje kjend att
meta-sheet = {" "}· ark «{ $sheet }»
meta-header = {" "}· overskrift i rad { $row } · { $format }
counts-rows = { $rows ->
        [one] { $rows } rad
       *[other] { $rows } rader
    }:{" "}
counts-accepted = { $count ->
        [one] { $count } godteken
       *[other] { $count } godtekne
    }
counts-warnings = { $count } med merknader
counts-rejected = { $count ->
        [one] { $count } avvist
       *[other] { $count } avviste
    }
counts-set_aside = { $count ->
        [one] { $count } tidlegare svar lagt
       *[other] { $count } tidlegare svar lagde
    } til sides for eit seinare
read-as = Les som
read-auto = Som kjend att ({ $side })
columns-summary = Kolonnar: { $understood } av { $columns } forstått
columns-caption = Kolonnar i { $file }
columns-column = Kolonne
columns-header = Overskrift
columns-meaning = Tyding
columns-first = Første svar
columns-label = Tyding av kolonne { $column } «{ $header }»
columns-auto = Automatisk: { $meaning }
columns-why = Korleis han vart funnen
columns-by_you = ditt val
columns-by_dictionary = eit kjent spørsmål
columns-by_option = éin kolonne per svaralternativ
columns-by_tool = skjemaverktøy: { $tool }
columns-by_tool-title = Skjemaverktøyet sin eigen kolonne (når og av kven skjemaet vart fylt ut), ikkje eit spørsmål i kartlegginga: blir aldri lesen som eit svar.
columns-by_meaning = etter orda { $words } ({ $certainty })
columns-sure = sikker
columns-likely = truleg: sjekk
labels-in_rows = {" "}(rader { $rows })
columns-unused = ikkje brukt
columns-ignore = Ikkje brukt
columns-personal = {" "}personopplysningar
labels-summary = Svar som ikkje vart kjende att: { $count }
labels-caption = Svar som ikkje vart kjende att i { $file }
labels-answer = Svar
labels-question = Spørsmål
labels-rows = Rader
labels-means = Tyder
labels-label = Område som er meint med «{ $answer }»
labels-left_out = Ikkje kjent att: utelate
labels-ignore = Sjå bort frå dette svaret
issues-summary = Merknader: { $issues } ({ $errors } feil)
cli-issues_more = … og { $count } til: `kommunematch inspect { $file }` viser alle
issues-more = … og { $count } til i rapporten
issues-download_note = Namn, e-post og telefon til kontaktpersonar er utelatne frå rapporten: for desse kolonnane seier han kva dei tyder, ikkje kva dei inneheld.
issues-download_personal = Rapporten vil ta med eksempelsvar frå kontaktkolonnane (personopplysningar), slik det er valt under Del.
issues-download = Last ned rapporten for fila (JSON)
severity-error = Feil
resolution-line = Funne i dei offisielle listene: { $by_code } etter kode, { $by_name } etter namn, { $chosen } slik du valde; { $not_found } ikkje funne, { $ambiguous } av dei fordi namnet passar fleire.
entity-choose = Kva for ein er meint?
entity-pick = Vel …
entity-forget = Usikker: la han stå uavklart
about-map = Kart: landegrenser frå Natural Earth 1:10m (allemannseige), via npm-pakken world-atlas 2.0.2, forenkla av scripts/make_map.mjs. Krym er teikna som ein del av Ukraina. Nokre få sentrum i vasskanten er teikna i næraste punkt på omrisset (høgst 2,8 km unna), og øyar som er for små for det, som små prikkar av land.
about-title = Om dataa
about-lists = Dei 357 norske kommunane (2024) og dei 1 469 ukrainske hromadaane er bygde inn i appen, slik at namn finn dei offisielle kodane sine utan nokon førespurnad.
about-no = Noreg: aprestmo/norway-geodata (MIT, © 2025 Alexander Prestmo), frå SSB og Kartverket; sentroidar rekna ut frå robhop/fylker-og-kommuner, basert på data frå Kartverket (CC BY 4.0).
about-ua = Ukraina: kse-ua/KSE-Loc-Data-Hub (MIT, © 2021 Andriy V. Koval; Zenodo 10.5281/zenodo.15267573). Krigsstatusen der er eit augeblinksbilete frå september 2022: eit hint, aldri sjølve kategorien.
severity-note = Opplysning
severity-warning = Merknad
preset-count = { $count ->
        [one] { $count } retting
       *[other] { $count } rettingar
    } av korleis filene blir lesne.
preset-save = Lagre rettingane som mal (JSON)
preset-drop = Forkast alle rettingar
settings-mode = Korleis par blir valde
mode-optimal = Optimal: høgast samla poengsum
mode-stable = Stabil: ingen to vil heller ha kvarandre
mode-greedy = Grådig: beste par først (samanlikning)
settings-proposing = Kven som føreslår (stabil)
proposing-offers = Kommunane
proposing-needs = Hromadaane
settings-weights = Vekter
preset-balanced = Balansert
preset-urgent_war_zone = Akutte behov i krigssona først
preset-long_term = Langsiktig institusjonsbygging
preset-custom = Eigendefinert
weight-urgent_need = Akutt behov dekt
weight-long_term_need = Langsiktig behov dekt
weight-category = Føretrekt kategori
weight-form = Samarbeidsform passar
weight-language = Felles språk
weight-size = Lik storleik
weight-existing_tie = Eksisterande kontakt
weight-learning = Læring tilbake
weight-has_partners = Har alt partnarar (minus)
settings-shares = Høgst del av alle plassar per kategori (%)
share-war_zone = Krigssona
share-outside = Utanfor krigssona
share-none = inga grense
settings-tie_locks = Lås par som har nemnt kvarandre på begge sider
settings-locks = Låste par
settings-vetoes = Forbodne par
settings-none = ingen
release = Opphev
release-pair = Opphev { $municipality } – { $community }
run = Køyr koplinga
map-partners = partnarar
map-title = Kart over para
map-caption = { $pairs } par mellom { $municipalities ->
        [one] { $municipalities } kommune
       *[other] { $municipalities } kommunar
    } i Noreg og { $communities ->
        [one] { $communities } hromada
       *[other] { $communities } hromadaar
    } i Ukraina. Fylte merke har partnar, hole har ikkje.
map-help = Bruk piltastane for å gå gjennom para som blir viste, Enter for å opne forklaringa for hromadaen, Escape for å sleppe.
map-norway = Noreg
map-ukraine = Ukraina
map-kommune = Kommune
map-with_partner = med partnar
map-without_partner = utan
map-summary = Kartet i ord
map-by_oblast = Par per oblast
map-by_county = Par per fylke
map-not_drawn = { $count } er ikkje på kartet: ikkje funne i dei offisielle listene, så utan koordinatar.
map-pair_of = Par { $number } av { $pairs }: { $pair }
map-source = Omriss: Natural Earth (allemannseige).
map-unavailable = Kartet kunne ikkje teiknast: omrisset (static/outlines.json) kom ikkje frå denne nettstaden. Para, diagramma og alle nedlastingane er komplette; last inn sida på nytt for å prøve igjen.
map-waiting = Kartet vert teikna …
round-file = Tidlegare runde: { $partnerships } partnarskap, laga av kommunematch { $version }; SHA-256 { $sha256 } …
round-use = Bruk som førre runde: behald partnarskapa
share-geojson = Kartdata (GeoJSON)
round-use_opened = Bruk som førre runde i staden
round-unused = Ikkje brukt: neste køyring byrjar på nytt.
settings-kept_in_capacity = Behaldne partnarskap tel med i kapasiteten til runden og i ønskte partnarar
rounds-title = Sidan dei tidlegare rundane
rounds-builds_on = Byggjer på { $file } (SHA-256 { $sha256 } …).
rounds-summary = { $kept } partnarskap behaldne, { $ended } avslutta, { $new } nye i denne runden.
rounds-standing = { $joined } kom med i denne runden, { $returned } var med før, { $not_answering } svarte ikkje og er med for partnarskapa si skuld.
rounds-kept = Behaldne partnarskap
rounds-ended = Avslutta partnarskap
rounds-end = Avslutt
rounds-end-pair = Avslutt partnarskapet { $municipality } – { $community }
rounds-resume = Behald likevel
rounds-resume-pair = Behald partnarskapet { $municipality } – { $community } likevel
rounds-first_score = poeng då det vart laga
standing-joined = ny i denne runden
standing-returning = med igjen
standing-not_answering = svarte ikkje i denne runden; med for partnarskapa si skuld
explain-kept = Behalde frå tidlegare rundar: { $partners }
explain-ended = Avslutta: { $partners }
settings-objective = Mål
objective-total = Størst mogleg totalsum
objective-coverage = Nå flest hromadaar først, deretter størst totalsum
objectives-line = Flest hromadaar: { $coverage_reached } ({ $coverage_war_zone } i krigssona) for { $coverage_score } poeng; størst totalsum: { $total_reached } ({ $total_war_zone } i krigssona) for { $total_score } poeng.
file-reading = Les … (i bakgrunnen; sida kan brukast i mellomtida)
run-running = Koplar … (i bakgrunnen; sida kan brukast i mellomtida)
run-done = Koplinga er ferdig: { $pairs } par, samla poengsum { $score }.
run-files = { $count ->
        [one] { $count } fil
       *[other] { $count } filer
    } lasta inn.
run-need_both = Last inn minst éi tilbodsfil (norske kommunar) og éi behovsfil (ukrainske kommunar) med lesbare rader.
run-loaded_only = Innlasta resultat kan visast og delast; last inn kartleggingsfilene for å køyre på nytt.
run-from_file = Resultata vart lasta inn frå { $file }. Last inn kartleggingsfilene for å køyre på nytt.
summary = { $pairs } par, samla poengsum { $score }. { $municipalities_paired } av { $municipalities ->
        [one] { $municipalities } kommune
       *[other] { $municipalities } kommunar
    } og { $communities_paired } av { $communities ->
        [one] { $communities } hromada
       *[other] { $communities } hromadaar
    } har fått partnar; { $places ->
        [one] { $places } plass
       *[other] { $places } plassar
    } tilbodne, { $wanted } ønskte.
comparison = Optimum under dei same vilkåra er { $optimum }; denne køyringa gir frå seg { $given_up }. Blokkerande par: { $blocking }.
diff-title = Kva som er endra sidan førre køyring
diff-summary = { $added } nye par, { $removed } par borte, samla poengsum { $change }.
diff-added = Nytt
diff-removed = Borte
stop = Stopp
stop-reading = Stopp lesinga
stopped-run = Koplinga er stoppa. Køyr ho igjen når du er klar.
stopped-files = Lesinga er stoppa, så desse filene er utelatne: { $files }. Legg dei til igjen når du er klar.
results-outdated = Desse resultata er frå før endringa: dei forsvinn når filene er lesne på nytt.
preliminary = Para er klare; dei nøyaktige forklaringane blir framleis rekna ut. Nedlastingane ventar på dei.
share-title = Del
share-json = Last ned resultatet (JSON)
share-csv = Last ned para (CSV)
share-xlsx = Last ned resultatet (Excel)
share-print = Skriv ut samandrag
share-personal = Ta med kontaktpersonar (namn, e-post, telefon) i JSON-fila
step-letters = 6. Introduksjonar
step-scenarios = 5. Veg scenario mot kvarandre
scenarios-lede = Ta vare på ei køyring som eit scenario, endre innstillingane, køyr og ta vare på eit nytt: opptil seks side om side, med kva kvart gir og kva det kostar. Vel det du går vidare med; resultatfila viser kva for nokre du vog.
scenarios-name = Namn på scenarioet
scenarios-keep = Ta vare på køyringa som scenario
scenarios-kept = Denne køyringa er teken vare på som «{ $name }».
scenarios-full = Seks scenario er tekne vare på: fjern eitt for å ta vare på eit nytt.
scenarios-none = Ingen scenario enno. Ta vare på denne køyringa, endre så ei innstilling (målet, vektene, ein del, ei låsing eller eit forbod) og ta vare på den neste.
scenarios-table = Scenarioa side om side (det beste i kvar rad er merkt)
scenarios-figure = Tal
scenarios-best = best
scenarios-vs_first = { $difference } mot det første
scenarios-outdated = laga før ei endring av filene eller rettingane: køyr det på nytt
scenarios-chosen = valt
scenarios-choose = Gå vidare med { $name }
scenarios-run_again = Køyr { $name } på nytt
scenarios-remove = Fjern { $name }
scenarios-settings = Innstillingar
scenarios-choice = Vel
scenarios-compare = Samanlikn to scenario
scenarios-a = Scenario A
scenarios-b = Scenario B
scenarios-counts = { $only_a } par berre i A, { $only_b } berre i B, { $both } i begge.
scenarios-only_a = berre i A
scenarios-only_b = berre i B
scenarios-changes = Kven som får, mistar eller byter partnar ({ $count })
scenarios-partners = A: { $partners_a } · B: { $partners_b }
scenarios-same = A og B lagar dei same para.
scenarios-map = Skilnaden på kartet: stipla linjer berre i A, heiltrekte linjer berre i B
scenarios-by_category = Hromadaar med partnar per kategori
scenarios-by_area = Behov dekte per område (par)
scenarios-pick_two = Ta vare på eitt scenario til for å samanlikne to.
scenarios-recorded = Resultatfila du lastar ned, viser { $count ->
        [one] scenarioet
       *[other] dei { $count } scenarioa
    } som vart vegne.
weighed-line = Scenario vegne før dette resultatet: { $scenarios }.
scenario-total = Størst totalsum
scenario-coverage = Flest hromadaar først
scenario-stable = Stabil
scenario-greedy = Grådig
scenario-war_zone = krigssona ≤ { $percent } %
scenario-outside = utanfor ≤ { $percent } %
scenario-locks = { $count ->
        [one] { $count } låst
       *[other] { $count } låste
    }
scenario-vetoes = { $count ->
        [one] { $count } forboden
       *[other] { $count } forbodne
    }
letters-lede = Eit brev per par til begge partar, på norsk, ukrainsk og engelsk: kven partnaren er, kvifor dei vart kopla, kven dei skal kontakte og første steg. Som e-postutkast e-postprogrammet ditt opnar klare til å sendast, eller på papir, eitt brev per side.
letters-contacts = Adresser kontaktpersonane og nemn dei i breva (personopplysningar)
letters-contacts_warning = Utkasta vil innehalde namn, e-postadresser og telefonnummer. Send dei berre til partnarane.
letters-no_contacts = Utan kontaktpersonar ber kvart brev partnarane ta kontakt gjennom koordinatorane i programmet.
letters-cc = Kopi av kvart utkast til (valfritt)
letters-cc_bad = «{ $address }» er inga e-postadresse eit e-postprogram kan sende til.
letters-edit = Rediger teksten i breva
letters-placeholders = Plasshaldarar, fylte inn for kvart par:
letters-save = Ta vare på teksten til neste år: lagre malen (JSON)
letters-zip = Last ned e-postutkast (.zip)
letters-print = Last ned brev for utskrift (.html)
letters-summary = Brev: { $letters } av { $pairs } par. Mottakarar utelatne fordi e-postadressa manglar eller ikkje kan brukast: { $left_out }.
letters-pairs = Kva for par som får brev ({ $ticked } av { $pairs })
letters-all = Vel alle
letters-none = Vel bort alle
letters-write = Skriv e-post
letters-write_for = Skriv e-post til { $pair }
letters-left_out = utelate: { $recipients }
letters-results_file = Breva blir skrivne ut frå kartleggingsfilene: last dei inn for å skrive brev.
share-personal_warning = Fila vil innehalde personopplysningar. Del ho berre med dei som treng ho.
charts-title = Samandrag
charts-areas = Dekte behov etter område (topp 12)
charts-category = Hromadaar med partnar, etter kategori
charts-oblast = Hromadaar med partnar, etter oblast
charts-county = Brukte plassar, etter fylke
charts-no_county = Fylke ikkje oppgitt
charts-capacity = Brukte plassar
charts-of = { $part } av { $whole }
category-war_zone = Krigssona
category-outside = Utanfor krigssona
category-unknown = Kategori ikkje oppgitt
table-caption = Par
table-filter = Filtrer para (namn, id eller område)
table-shown = { $shown } av { $pairs } par blir viste
table-offer = Kommune
table-need = Hromada
table-score = Poeng
table-needs_met = Dekte behov
table-components = Poeng per del
table-actions = Juster
table-sort = Sorter etter { $column }
lock = Lås
veto = Forby
lock-pair = Lås { $municipality } – { $community }
veto-pair = Forby { $municipality } – { $community }
locked = låst
locked-tie = låst: har nemnt kvarandre
tie = eksisterande kontakt
explain-open = Forklar { $name }
explain-close = Lukk
explain-partners = Partnarar
explain-ties_outside = Eksisterande kontakt utanfor denne koplinga:
explain-alternatives = Beste kandidatar som ikkje vart valde
explain-alternatives_later = Dei kjem med dei nøyaktige forklaringane, om eit augeblink.
explain-rise = ville vorte vald med { $points } poeng meir
explain-capacity = Kapasitet { $capacity }, brukt { $used }
explain-wanted = Ønskjer { $wanted ->
        [one] { $wanted } partnar
       *[other] { $wanted } partnarar
    }, fekk { $got }
explain-none = Ingen par.
unmatched-offers = Kommunar utan partnar ({ $count })
unmatched-needs = Hromadaar utan partnar ({ $count })
unmatched-best = Beste kandidat: { $name } ({ $points } poeng)
component-urgent_needs = akutte behov
component-long_term_needs = langsiktige behov
component-category = kategori
component-form = form
component-language = språk
component-size = storleik
component-existing_tie = eksisterande kontakt
component-learning = læring
component-has_partners = har partnarar
reload = Last inn sida på nytt
update = Ein ny versjon av kommunematch er klar. Arbeidet på denne sida blir ikkje teke vare på: byt når du er ferdig, elles kjem han av seg sjølv når alle kommunematch-faner er lukka.
update-now = Bruk den nye versjonen
worker_crashed = Koplinga stoppa på grunn av ein intern feil. Ho er gjord klar igjen: trykk «Køyr koplinga» ein gong til. Skjer det igjen, last inn sida på nytt.
worker_unreachable = Bakgrunnsprosessen svarte ikkje. Last inn sida på nytt.
panic = kommunematch stoppa på grunn av ein intern feil. Last inn sida på nytt for å byrje igjen; ingen data har forlate nettlesaren.

## Messages about the data (the reading, the matching, the letters, comparisons) and the command line

reading-headers-match-neither-offers = overskriftene passar verken med tilbodsskjemaet (norske kommunar) eller behovsskjemaet (ukrainske kommunar). Vel side for hand, eller sjekk at dette er ein eksport frå kartlegginga.
reading-column-names-municipality-kommune = ingen kolonne gir kommunen (Kommune) eller nummeret (Kommunenummer), så radene kan ikkje skiljast frå kvarandre. Legg til kolonnen i eksporten, eller tilordne ein kolonne for hand.
reading-column-names-community-katottg = ingen kolonne gir hromadaen (Назва громади) eller KATOTTG-koden, så radene kan ikkje skiljast frå kvarandre. Legg til kolonnen i eksporten, eller tilordne ein kolonne for hand.
reading-file-has-header-row = fila har ei overskriftsrad, men ingen svar under henne. Eksporter på nytt når svara har kome inn.
reading-column-gives-map-column = ingen kolonne gir «{ $name }».{ $what } Tilordne ein kolonne for hand dersom eksporten har han.
reading-column-gives-most-likely = ingen kolonne gir «{ $name }».{ $what } Dei mest sannsynlege kolonnane: { $likely }. Tilordne ein av dei for hand dersom han er meint.
reading-answered-once-answer-set = { $name } ({ $id }) svarte meir enn éin gong; dette svaret{ $when } er lagt til sides for det seinare i { $kept_file } rad { $kept_row }{ $kept_when }. Fjern rada du ikkje vil ha dersom det er feil.
reading-survey-has-question-address = skjemaet har ikkje noko spørsmål om «{ $name }»: adressa eller namnet kvar respondent logga inn i { $tool } med, blir brukt i staden. Sjekk at respondentane er kontaktpersonane, eller legg til spørsmålet neste år.
reading-row-gives-same-contact = alle radene gir same e-post til kontaktperson: det er ikkje adressa til ein kontaktperson (eit skjema som ikkje samlar inn adresser, gir same verdi for alle). Tilordne kolonnen med adressene til kontaktpersonane, eller spør etter dei neste år.
reading-value-contact-e-mail = ingen verdi i kolonnen for e-post til kontaktperson er ei e-postadresse. Tilordne kolonnen med adressene til kontaktpersonane.
reading-column-read-holds-only = kolonnen som er lesen som «{ $name }», har berre markeringar (1/0, x, ja/nei), ikkje svar: han ser ut som eitt svaralternativ frå eit spørsmål eksportert med éin kolonne per alternativ. Cellene blir ikkje lesne som svar; tilordne kolonnen til alternativet han står for, eller til ingenting.
reading-example-row = Denne rada er dømet i spørjeskjemaet: utelaten. Skriv svara i eigne rader, eller tøm den siste cella i dømet dersom du skreiv over det.
reading-questionnaire-newer = Fila er laga frå kommunematch-spørjeskjema { $version }, nyare enn dette programmet kjenner (versjon { $known }): spørsmåla blir lesne etter orda sine. Oppdater kommunematch for å lese dei ord for ord.
reading-blank-1-assumed-fill = { $what } er tomt; 1 er lagt til grunn. Fyll det inn dersom eit anna tal er meint.
reading-whole-number-least-1 = { $what } «{ $answer }» er ikkje eit heilt tal på minst 1; 1 er lagt til grunn. Rett svaret i fila eller tilordninga.
reading-area-taxonomy-knows-was = «{ $answer }» er ikkje eit område taksonomien kjenner; det er utelate frå koplinga. Tilordne det eit område for hand dersom det tyder eitt.
reading-area-competence-recognised-so = ingen kompetanseområde kjende att, så kommunen kan ikkje koplast. Sjekk svaret eller kolonnetilordninga.
reading-need-recognised-so-community = ingen behov kjende att, så hromadaen kan ikkje koplast. Sjekk svaret eller kolonnetilordninga.
reading-neither-municipality-s-name = verken namnet eller nummeret til kommunen er oppgitt, så rada kan ikkje brukast. Fyll inn namnet.
reading-neither-community-s-name = verken namnet eller KATOTTG-koden til hromadaen er oppgitt, så rada kan ikkje brukast. Fyll inn namnet.
reading-municipality-s-name-blank = namnet på kommunen er tomt; kommunenummer { $id } identifiserer henne. Fyll inn namnet.
reading-community-s-name-blank = namnet på hromadaen er tomt; KATOTTG-koden { $id } identifiserer henne. Fyll inn namnet.
reading-four-digit-kommunenummer-name = «{ $answer }» er ikkje eit firesifra kommunenummer; namnet blir brukt for å identifisere kommunen.
reading-katottg-code-ua-17 = «{ $answer }» er ikkje ein KATOTTG-kode (UA og 17 siffer); namn og oblast identifiserer hromadaen.
reading-category-war-zone-outside = kategorien (krigssona eller utanfor) er tom; hromadaen blir kopla utan kategoripreferanse.
reading-neither-war-zone-nor = «{ $answer }» er verken krigssona eller utanfor henne; hromadaen blir kopla utan kategoripreferanse.
reading-looks-like-spreadsheet-formula = «{ $text }» ser ut som ein rekneark-formel. Han blir halden som rein tekst og blir aldri køyrd; sjekk svaret.
reading-looks-like-html-markup = «{ $text }» ser ut som HTML. Det blir halde som rein tekst og blir aldri køyrt; sjekk svaret.
reading-kommunenummer-357-municipalities-2024 = «{ $code }» er ikkje kommunenummeret til nokon av dei 357 kommunane (2024); namnet blir brukt for å identifisere kommunen. Sjekk nummeret.
reading-katottg-code-1-469 = «{ $code }» er ikkje KATOTTG-koden til nokon av dei 1 469 hromadaane; namnet blir brukt for å identifisere hromadaen. Sjekk koden.
reading-code-but-name-points = koden { $code } er { $official }, men namnet peikar på { $named } ({ $named_id }); koden blir brukt. Sjekk kva for ein som er meint.
reading-name-municipality-give-county = «{ $name }» er namnet på meir enn éin kommune: { $list }. Oppgi fylket eller kommunenummeret, eller vel éin.
reading-name-community-give-oblast = «{ $name }» er namnet på meir enn éin hromada: { $list }. Oppgi oblast og rajon eller KATOTTG-koden, eller vel éin.
reading-municipality-official-list-spelling = «{ $name }» er ingen kommune i den offisielle lista, i nokon skrivemåte; han blir halden slik han er skriven. Sjekk namnet eller oppgi kommunenummeret.
reading-community-official-list-spelling = «{ $name }» er inga hromada i den offisielle lista, i nokon skrivemåte; ho blir halden slik ho er skriven. Sjekk namnet eller oppgi KATOTTG-koden.
reading-category-blank-2022-list = kategorien er tom; lista frå 2022 seier at hromadaen var { $s }, så ho blir kopla som { $c }. Sjekk det: lista er eit augeblinksbilete.
reading-survey-says-2022-list = kartlegginga seier { $c }; lista frå 2022 seier at hromadaen var { $s }. Svaret i kartlegginga blir brukt.
reading-2022-list-has-community = lista frå 2022 har denne hromadaen på okkupert territorium. Koordinatoren avgjer om og korleis ho skal koplast.
reading-kommunematch-input-file = ikkje ei inndatafil for kommunematch: { $detail }
reading-input-format-version-known = inndataformatet versjon { $found } er ukjent; denne versjonen les versjon 1
reading-lists-objects-nested-levels = lister og objekt nesta meir enn { $limit } nivå djupt (linje { $line }), langt meir enn inndataformatet har
reading-file-empty-export-survey = { $f }: fila er tom. Eksporter svara på nytt og last inn den nye fila.
reading-looks-like-spreadsheet-but = { $f }: dette ser ut som eit rekneark, men kan ikkje opnast ({ $detail }). Fila kan vere skadd eller avkorta: opne henne i Excel og lagre på nytt, eller eksporter som CSV.
reading-neither-spreadsheet-xlsx-xls = { $f }: dette er verken eit rekneark (XLSX, XLS, ODS) eller ein teksttabell (CSV, TSV). Last inn sjølve eksporten.
reading-line-quoted-field-starts = { $f } › linje { $line }: eit felt i hermeteikn byrjar her og blir aldri lukka. Sjekk hermeteikna på linja, eller eksporter på nytt.
reading-line-quoted-field-followed = { $f } › linje { $line }: eit felt i hermeteikn blir følgt av meir tekst etter det avsluttande hermeteiknet. Sjekk hermeteikna på linja, eller eksporter på nytt.
reading-header-row-found-row = { $f }: fann inga overskriftsrad (ei rad som namngir minst to kolonnar). Første rad i ein eksport skal innehalde spørsmåla.
reading-survey-answers-json-must = { $f }: { $detail }. Svar i JSON må følgje inndataformatet til kommunematch (docs/input-format.md); resultat og tilordningar blir lasta inn som det dei er, ikkje som kartleggingar.
reading-mb-mb-survey-export = { $f }: { $size } MB, meir enn dei { $limit } MB ein eksport kan ha. Sjekk at dette er eksporten frå kartlegginga; del han opp dersom han verkeleg er så stor.
reading-rows-survey-municipalities-has = { $f }: meir enn { $limit } rader ({ $found } eller fleire), fleire enn nokon kartlegging av kommunar har. Sjekk at dette er eksporten.
reading-row-column-cell-longer = { $f } › rad { $row } › kolonne { $column }: ei celle lengre enn { $limit } teikn, meir enn noko svar. Sjekk cella, eller eksporter på nytt.
reading-columns-survey-export-can = { $f }: { $found } kolonnar, fleire enn dei { $limit } ein eksport kan ha. Sjekk at dette er eksporten frå kartlegginga, ikkje ein annan tabell.
reading-browser-could-read-file = { $f }: nettlesaren kunne ikkje lese fila ({ $detail }). Sjekk at ho framleis ligg der ho låg og ikkje er open i eit anna program, og last henne inn på nytt.
reading-cells-counting-empty-ones = { $f }: meir enn { $limit } celler (medrekna dei tomme mellom dei utfylte), fleire enn nokon eksport har. Sjekk at dette er eksporten frå kartlegginga, ikkje ein annan tabell; slett laust innhald langt under eller til høgre for svara.
reading-spreadsheet-unpacks-mb-mb = { $f }: reknearket blir pakka ut til { $size } MB, meir enn dei { $limit } MB ein eksport kan ha. Sjekk at dette er eksporten; opne henne i Excel og lagre på nytt, eller eksporter som CSV.
reading-kommunematch-mapping-preset = ikkje ei tilordningsfil for kommunematch: { $detail }
reading-mapping-preset-version-known = tilordningsfila versjon { $found } er ukjend; denne versjonen les versjon 1
reading-preset-maps-answer-which = tilordninga knyter eit svar til «{ $area }», som ikkje er ein områdekode
reading-preset-maps-name-which = tilordninga knyter eit namn til «{ $id }», som ikkje er eit kommunenummer eller ein KATOTTG-kode i listene
matching-reading-file-s-table = Les tabellen i fila …
matching-reading-answers-row = Les svara: rad { $done } av { $of }
matching-scoring-pair = Gir poeng til alle par …
matching-finding-best-pairs = Finn dei beste para …
matching-explaining-choices-municipalities = Forklarer vala: { $done } av { $of } kommunar
matching-comparing-other-objective = Samanliknar med det andre målet …
matching-lock-names-which-loaded = ei låsing nemner «{ $id }», som inga innlasta fil har. Fjern låsinga, eller last inn fila som har henne.
matching-veto-names-which-loaded = eit forbod nemner «{ $id }», som inga innlasta fil har. Fjern forbodet, eller last inn fila som har det.
matching-pair-both-locked-vetoed = paret { $o } – { $n } er både låst og forbode. Fjern det eine.
matching-has-locked-pairs-but = { $name } ({ $id }) har { $locked } låste par, men plass til berre { $limit }. Fjern { $over ->
        [one] { $over } låsing
       *[other] { $over } låsingar
    } eller auk talet på partnarar.
matching-locked-pairs-communities-but = { $locked } låste par er med hromadaar { $which }, men delen på { $percent } % av { $total } plassar tillèt berre { $limit }. Auk delen eller fjern { $over ->
        [one] { $over } låsing
       *[other] { $over } låsingar
    }.
matching-weight-out-range-weights = vekta { $weight } = { $value } er utanfor området; vekter ligg mellom −{ $limit } og { $limit }.
matching-war-zone-share-percentage = delen for krigssona er ein prosent: 0 til 100.
matching-outside-share-percentage-0 = delen utanfor krigssona er ein prosent: 0 til 100.
matching-municipalities-communities-pairs-weigh = { $offers } kommunar × { $needs } hromadaar er { $pairs } par å vege, fleire enn dei { $limit } koplinga tek på éin gong (heile Noreg × heile Ukraina er 524433). Sjekk at dette er eksportane frå kartlegginga, eller kople ein del om gongen, eitt fylke eller éin oblast etter ein annan.
matching-kommunematch-results-file = dette er ikkje ei resultatfil frå kommunematch ({ $detail })
matching-results-schema-version-version = resultatformatet versjon { $found } er ikkje det denne versjonen les ({ $reads }); opne fila med kommunematch-versjonen som laga henne ({ $made_by })
matching-id-appears-twice-among = ein id står to gonger blant kommunane eller hromadaane
matching-pair-names-municipality-community = paret { $pair } nemner ein kommune eller ei hromada fila ikkje har
matching-pair-appears-twice = paret { $pair } står to gonger
matching-score-sum-components = poengsummen for { $pair } er ikkje summen av delane
matching-total-score-sum-pairs = totalsummen er ikkje summen av poenga til para
matching-has-pairs-but-file = { $name } ({ $id }) har { $pairs } par, men fila seier { $says } av { $of }
matching-listed-unmatched-but-unmatched = { $id } står som utan partnar, men er ikkje ein kommune utan partnar
matching-listed-unmatched-but-unmatched-2 = { $id } står som utan partnar, men er ikkje ei hromada utan partnar
matching-coordinator-forbade-pair = Koordinatoren har forbode dette paret.
matching-all-places-municipality-locked = Alle plassane til kommunen er i låste par.
matching-all-partners-community-wants = Alle partnarane hromadaen ønskjer, er i låste par.
matching-both-have-all-their = Begge har alle partnarane sine, i par som gir høgare sum.
matching-municipality-has-used-all = Kommunen har brukt alle plassane på par som gir høgare sum.
matching-community-already-has-partners = Hromadaen har alt partnarane ho ønskjer, i par som gir høgare sum.
matching-share-places-community-s = Delen plassar for denne kategorien er brukt opp.
matching-another-assignment-gives-higher = Ei anna fordeling gir høgare sum.
matching-area-competence-was-recognised = Ingen kompetanseområde vart kjende att i svaret.
matching-need-was-recognised-answer = Ingen behov vart kjende att i svaret.
matching-none-areas-competence-matches = Ingen av kompetanseområda passar med eit behov hos ei innlasta hromada.
matching-loaded-municipality-offers-needs = Ingen innlasta kommune tilbyr nokon av behova.
matching-pair-could-make-was = Alle para ho kunne gå inn i, er forbodne av koordinatoren.
matching-community-could-help-got = Alle hromadaar ho kunne hjelpe, fekk partnarar som gir høgare sum, eller ønskte ikkje fleire partnarar.
matching-municipality-could-help-used = Alle kommunar som kunne hjelpe, brukte plassane på par som gir høgare sum.
letters-introductions-print-them-browser = Introduksjonar: { $n }. Skriv dei ut frå nettlesaren (Ctrl+P eller ⌘P): eitt brev per A4-side.
letters-placeholder-placeholders = «{"{"}{ $name }{"}"}» er ingen plasshaldar; plasshaldarane er { $known }
letters-brace-closed-write-placeholder = ei klamme er ikkje lukka: skriv ein plasshaldar som {"{"}partner{"}"}, og ei klamme som {"{"}{"{"} eller {"}"}{"}"}
compare = ikkje i { $w }: { $reason }
compare-two-results-were-made = Dei to resultata er laga av ulike filer (berre i A: { $a }; berre i B: { $b }). Samanlikn resultat av dei same kartleggingsfilene og tidlegare rundane.
compare-two-results-read-same = Dei to resultata har lese dei same filene ulikt (id-ar berre i A: { $a }; berre i B: { $b }). Køyr begge med dei same rettingane.
cli-command-given = ingen kommando oppgitt
cli-unknown-command = ukjend kommando «{ $c }»
cli-unknown-option = ukjent val «{ $o }»
cli-option-command = «{ $o }» er ikkje eit val for denne kommandoen
cli-needs-value = { $o } treng ein verdi
cli-takes-value = { $o } tek ingen verdi
cli-choose = { $option } «{ $value }»: vel { $choices }
cli-takes-percentage-0-100 = { $o } tek ein prosent frå 0 til 100
cli-say-whether-offers-needs = «{ $f }»: sei om ho er --offers eller --needs
cli-give-least-offers-file = oppgi minst éi fil med --offers og éi med --needs, eller --example
cli-give-least-file-inspect = oppgi minst éi fil å undersøkje
cli-give-name-look-up = oppgi namnet du vil slå opp
cli-letters-written-file-give = breva blir skrivne til ei fil: oppgi henne med -o (ein .zip med e-postutkast, eller .html for utskrift)
cli-give-exactly-two-results = oppgi nøyaktig to resultatfiler å samanlikne (A og B), ikkje { $n }
cli-format-xlsx-writes-workbook = --format xlsx skriv ei arbeidsbok: oppgi fila med -o
cli-template-needs-side = sei kva undersøking med --side offers eller --side needs
cli-argument-valid-unicode = eit argument er ikkje gyldig Unicode
cli-cannot-read-file = { $p }: kan ikkje lese fila: { $e }
cli-cannot-write = { $p }: kan ikkje skrive: { $e }
cli-cannot-write-standard-output = kan ikkje skrive til standard ut: { $e }
cli-header-must-offer-id = { $p }: overskrifta må vere offer_id,need_id
cli-row = { $p } › rad { $row }: { $detail }
cli-weights-object = { $p }: ikkje eit vektobjekt: { $detail }
cli-workbook-could-made = arbeidsboka kunne ikkje lagast: { $detail }
cli-municipality-community-lists-spelling = «{ $name }» er ingen kommune eller hromada i listene, i nokon skrivemåte
cli-cc-e-mail-address = --cc «{ $a }» er inga e-postadresse eit e-postprogram kan sende til
cli-pairs-results-these-files = { $n } par i resultata finst ikkje i desse filene (andre filer?): { $list }
cli-drafts-could-packed = utkasta kunne ikkje pakkast: { $detail }
cli-report-could-written = rapporten kunne ikkje skrivast: { $detail }
cli-letters-letters-recipients-left-out = { $n } brev; mottakarar utelatne fordi adressa manglar eller ikkje kan brukast: { $left_out }
cli-letters-letters-name-contact-person = breva nemner ingen kontaktperson: gi --include-personal-data for å adressere dei

## Words of the letters, the exports and comparisons

compare-total-score = Samla poengsum
compare-pairs = Par
compare-communities-partner = Hromadaar med partnar
compare-war-zone = … i krigssona
compare-outside-war-zone = … utanfor krigssona
compare-municipalities-partner = Kommunar med partnar
compare-places-used = Plassar brukte
compare-blocking-pairs = Blokkerande par
compare-points-below-largest-total = Poeng under største totalsum (same rammer)
compare-communities-below-most-reachable = Hromadaar under flest mogleg (same rammer)
compare-gains-partner = får partnar
compare-loses-partner = mistar partnaren
compare-changes-partner = byter partnar
compare-scenarios-compared = Scenario samanlikna
compare-headline-figures = Hovudtal
compare-b = B − A
compare-pairs-only = Par berre i A
compare-pairs-only-b = Par berre i B
compare-pairs-both = Par i begge
compare-who-gains-loses-changes = Kven som får, mistar eller byter partnar
compare-best = best
compare-municipality = Kommune
compare-community = Hromada
compare-2 = I
compare-partner = ingen partnar
compare-among-best-alternatives-result = ikkje blant dei beste alternativa det resultatet viser
export-kommunenummer-municipality-id = Kommunenummer
export-municipality = Kommune
export-katottg-community-id = KATOTTG-kode
export-community = Hromada
export-score = Poeng
export-urgent-needs-met = Akutte behov dekte
export-long-term-needs-met = Langsiktige behov dekte
export-locked = Låst av
export-score-component = Poeng per del
export-id = ID
export-name = Namn
export-reason-code = Årsakskode
export-reason = Årsak
letters-partnership = Samarbeid
letters-english-both-partners = Norsk (nynorsk)
letters-your-partner = Partnaren dykkar
letters-partners = Partnarane
letters-why-you-were-matched = Kvifor de vart kopla
letters-contact-persons = Kontaktpersonar
letters-first-step = Første steg
letters-name = Namn
letters-county = Fylke
letters-oblast = Oblast (fylke)
letters-raion = Rajon
letters-population = Innbyggjarar
letters-situation = Situasjon
letters-urgent-needs-met = Akutte behov de kan møte
letters-long-term-needs-met = Langsiktige behov de kan møte
letters-cooperation-offered = Samarbeid de tilbyr
letters-common-working-languages = Felles arbeidsspråk
letters-what-norwegian-municipality-wants = Det de ønskjer å lære
letters-you-named-other-existing = Ein av dykk har oppgitt den andre som eksisterande partnar.
letters-contact-details-given-here = Kontaktopplysningar er ikkje med her: ta kontakt med partnaren gjennom koordinatorane i programmet.
letters-position = Stilling
letters-e-mail = E-post
letters-phone = Telefon
letters-e-mail-address-survey = e-postadressa i undersøkinga kan ikkje brukast
letters-survey-gives-e-mail = undersøkinga oppgir inga e-postadresse
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
letters-dear-colleagues-through-municipal = Hei, {"{"}municipality{"}"}!{"\u000A"}{"\u000A"}Gjennom samarbeidsprogrammet mellom KS og den ukrainske kommuneorganisasjonen AUC er de kopla med {"{"}partner{"}"}. Her er det de treng for å ta den første kontakten.
letters-please-write-each-other = Skriv til kontaktpersonen i {"{"}partner{"}"} innan to veker og avtal eit første digitalt møte. Programmet kan hjelpe med tolk.
letters-kind-regards-programme-s = Med venleg helsing{"\u000A"}Koordinatorane i programmet
letters-greeting = Helsing
letters-first-step-2 = Første steg
letters-signature = Signatur
reading-number-partners-wanted = talet på ønskte partnarar
reading-number-partners = talet på partnarar

## What a column means, and the words of the reading's messages

field-contact_name = Namnet til kontaktpersonen
field-contact_role = Stillinga til kontaktpersonen
field-contact_email = E-posten til kontaktpersonen
field-contact_phone = Telefonen til kontaktpersonen
field-languages = Arbeidsspråk
field-comment = Kommentarar
field-response_id = Svar-ID (skjemaverktøy)
field-timestamp = Tidspunkt for svaret
field-start_time = Starttidspunkt (skjemaverktøy)
field-completion_time = Fullføringstidspunkt (skjemaverktøy)
field-last_modified = Sist endra (skjemaverktøy)
field-answer_time = Tid brukt på svaret (skjemaverktøy)
field-respondent_email = E-posten til respondenten (skjemaverktøy)
field-respondent_name = Namnet til respondenten (skjemaverktøy)
field-population = Innbyggjartal
field-municipality_name = Kommune
field-municipality_number = Kommunenummer
field-county = Fylke
field-areas = Kompetanseområde som blir tilbodne
field-capacity = Talet på partnarar kommunen kan ta
field-form = Samarbeidsform (akutt / langsiktig)
field-preference = Føretrekt type partnar
field-international_experience = Erfaring med internasjonalt samarbeid
field-ties = Eksisterande kontakt med ukrainsk kommune
field-learn = Kva kommunen vil lære
field-refugees = Busette ukrainske flyktningar
field-political_anchoring = Politisk forankring
field-community_name = Hromada (ukrainsk kommune)
field-katottg = KATOTTG-kode
field-oblast = Oblast
field-raion = Rajon
field-category = Kategori (krigssona / utanfor)
field-idps = Registrerte internt fordrivne
field-damage = Skadenivå
field-urgent_needs = Akutte behov
field-long_term_needs = Langsiktige behov
field-partners_wanted = Ønskt tal på partnarar
field-international_partners = Eksisterande internasjonale partnarar
category-words-war_zone = i krigssona
category-words-outside = utanfor krigssona
status-words-not_occupied = ikkje okkupert og utanfor krigssona
status-words-war_zone = i krigssona
status-words-deoccupied = okkupert og sidan frigjord
status-words-occupied = okkupert
field-missing-category = {" "}Statusen i lista frå 2022 blir brukt der ho kjenner hromadaen; sjekk han.
field-missing-count = {" "}Kvar rad blir lesen som 1.
field-missing-other = {" "}Inga rad kan koplast på dette.

## Where something is, the workbook's sheets, and the command line's usage

location-row = rad
location-column = kolonne
quote-open = «
quote-close = »
sheet-pairs = Par
sheet-unmatched-municipalities = Kommunar utan partnar
sheet-unmatched-communities = Hromadaar utan partnar
usage-overview =
    bruk:
      kommunematch match --offers FIL... --needs FIL... [val] [-o FIL]
      kommunematch match --example [val] [-o FIL]
      kommunematch scores --offers FIL... --needs FIL... [--weights V] [--preset FIL] [-o FIL]
      kommunematch inspect FIL... [--preset FIL] [--include-personal-data] [-o FIL]
      kommunematch gazetteer NAMN [--oblast X] [--raion X] [--county X]
      kommunematch letters --offers FIL... --needs FIL... [--results FIL] [--format eml|html] -o UT
      kommunematch compare A.json B.json [--format json|md|csv] [-o FIL]
      kommunematch template --side offers|needs [--lang nb|nn|uk|en] [--format xlsx|csv|html] [-o FIL]
      kommunematch KOMMANDO --help     vala for ein kommando
    alle kommandoar tek òg --lang nb|nn|uk|en for meldingane (standard en).
    Filer som ikkje kan lesast, gir ei melding kvar og avslutningskode 1; feil bruk gir avslutningskode 2.
usage-match =
    bruk: kommunematch match --offers FIL... --needs FIL... [val] [-o FIL]
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
      --lang nb|nn|uk|en             språket i meldingane
usage-scores =
    bruk: kommunematch scores --offers FIL... --needs FIL... [val] [-o FIL]
    Skriv alle moglege par med positiv poengsum som CSV (offer_id,need_id,score).
      --offers FIL...                eksportar frå kartlegginga av norske kommunar
      --needs FIL...                 eksportar frå kartlegginga av ukrainske kommunar (hromady)
      --example                      dei innebygde eksempeldataa
      --weights FIL|MAL              eit JSON-objekt med vekter, eller balanced, urgent_war_zone, long_term
      --preset FIL                   ein tilordningsmal lagra frå sida
      -o, --output FIL               skriv dit i staden for til standard ut
      --lang nb|nn|uk|en             språket i meldingane
usage-gazetteer =
    bruk: kommunematch gazetteer NAMN [val]
    Slår opp ein kommune eller ei hromada i dei innebygde listene (357 kommunar, 1 469 hromadaar) på namnet i kva
    form som helst: store eller små bokstavar, med eller utan kommune/громада/hromada, kyrillisk eller latinsk, etter
    administrasjonssenteret. Skriv treffet, eller alle kandidatane, som JSON; avslutningskode 1 når ingen av
    listene har det.
      --oblast X, --county X         avgrens til ein oblast eller eit fylke (alle former: Київська, Kyiv oblast, Nordland)
      --raion X                      avgrens til ein rajon
      --lang nb|nn|uk|en             språket i meldingane
usage-inspect =
    bruk: kommunematch inspect FIL... [val]
    Skriv som JSON korleis kvar fil blir lesen: side, ark, kolonnetilordning, talet på rader, svar som ikkje vart
    kjende att, og alle merknader. Avslutningskode 1 når ei fil ikkje kan lesast i det heile.
      --preset FIL                   ein tilordningsmal lagra frå sida
      --include-personal-data        vis eksempelsvar frå kolonnar som kan ha kontaktdata (utelate elles)
      -o, --output FIL               skriv dit i staden for til standard ut
      --lang nb|nn|uk|en             språket i meldingane
usage-letters =
    bruk: kommunematch letters --offers FIL... --needs FIL... [val] -o UT
    Skriv ein introduksjon per par, på norsk (bokmål eller nynorsk etter målforma til kommunen), ukrainsk og
    engelsk: UT ein .zip med e-postutkast (éin .eml per par, klar til å sendast frå eit e-postprogram) eller éin
    {"."}html for utskrift (eitt brev per side).
      --results FIL                  para i denne resultatfila (det justerte resultatet); elles ei køyring med
                                     vala til `match` (--mode, --objective, --weights, --locks, --vetoes…)
      --format eml|html              utkast (standard for .zip) eller breva for utskrift (standard for .html)
      --include-personal-data        adresser kontaktpersonane og nemn dei i breva (personopplysningar);
                                     utan dette ber brevet partnarane ta kontakt gjennom koordinatorane
      --cc ADRESSE                   ein kopi av kvart utkast til denne adressa
      --preset FIL                   ein mal lagra frå sida: rettingar og tekstane i breva
      --example                      eksempeldataa
      --lang nb|nn|uk|en             språket i meldingane
usage-template =
    bruk: kommunematch template --side offers|needs [val]
    Skriv spørjeskjemaet for neste runde for éi side: kvart spørsmål matchinga bruker, ord for ord slik lesinga
    kjenner det, med alternativ, hjelpetekst og personopplysingane merkte. Filer laga frå det blir lesne utan gjetting.
      --side offers|needs              undersøkinga til dei norske kommunane (tilbod) eller dei ukrainske hromadaane (behov)
      --lang nb|nn|uk|en               språket i spørjeskjemaet (standard en)
      --format xlsx|csv|html           eit rekneark å fylle ut (nedtrekkslister, den offisielle lista på eit eige ark),
                                       overskriftene og ei dømerad, eller spørsmåla til utskrift og kopiering inn i
                                       Microsoft Forms, Google Forms eller Nettskjema (standard: etter filnamnet, elles html)
      -o, --output FIL                 skriv dit i staden for til standard ut (påkravd for xlsx)
usage-compare =
    bruk: kommunematch compare A.json B.json [val]
    Samanliknar to resultatfiler frå dei same kartleggingsfilene (og tidlegare rundane): para berre i A, berre i B
    og i begge, hovudtala for kvar side (samla poengsum, hromadaar og kommunar med partnar, plassar brukte, behov
    dekte, blokkerande par, prisen mot det beste for kvart mål) og kven som får, mistar eller byter partnar, og
    kvifor. Avslutningskode 1 når filene ikkje er resultat eller er laga av andre filer.
      --format json|md|csv           samanlikninga som JSON (standard; docs/schema/compare-1.schema.json), ein
                                     Markdown-rapport, eller alle para frå begge som CSV
      -o, --output FIL               skriv dit i staden for til standard ut
      --lang nb|nn|uk|en             språket i meldingane, rapporten og CSV-fila

## Why a pair was not made, with the names (the results JSON keeps the English)

why-offer-locked = { $capacity ->
        [one] Den eine plassen til { $offer } er i eit låst par.
       *[other] Alle dei { $capacity } plassane til { $offer } er i låste par.
    }
why-need-locked = { $wanted ->
        [one] Den eine partnaren { $need } ønskjer, er i eit låst par.
       *[other] Alle dei { $wanted } partnarane { $need } ønskjer, er i låste par.
    }
why-both-full = { $offer } og { $need } har begge alle partnarane sine, i par som gir høgare sum.
why-offer-full = { $capacity ->
        [one] { $offer } har brukt den eine plassen sin på eit par som gir høgare sum.
       *[other] { $offer } har brukt alle dei { $capacity } plassane sine på par som gir høgare sum.
    }
why-need-full = { $wanted ->
        [one] { $need } har alt den eine partnaren ho ønskjer, i eit par som gir høgare sum.
       *[other] { $need } har alt dei { $wanted } partnarane ho ønskjer, i par som gir høgare sum.
    }

## Spørjeskjemaa for neste runde (spørsmåla kjenner lesinga ord for ord)

survey-heading = Spørjeundersøkinga for neste runde
survey-lede = Spørjeskjemaa kommunematch les best: kvart spørsmål matchinga bruker, med svaralternativa, så eksportane neste år blir lesne utan gjetting. Eit rekneark å fylle ut, ein CSV, eller ei liste å skrive ut og kopiere inn i Microsoft Forms, Google Forms eller Nettskjema.
survey-language = Språk i spørjeskjemaet
survey-offers = For norske kommunar (tilbod)
survey-needs = For ukrainske hromadaar (behov)
survey-xlsx = Rekneark (.xlsx)
survey-csv = CSV
survey-html = Spørsmål til utskrift (.html)
survey-download = Last ned { $what }: { $format }
meta-questionnaire = {" "}· laga frå kommunematch-spørjeskjema { $version }
meta-questionnaire_questions = {" "}· spørsmåla er frå kommunematch-spørjeskjema { $version }
columns-by_questionnaire = merket til spørjeskjemaet (versjonen)
question-municipality_name = Kommune (namn og kommunenummer)
question-community_name = Hromada (namn og KATOTTG-kode)
question-contact_name = Namnet til kontaktpersonen
question-contact_role = Stillinga til kontaktpersonen
question-contact_email = E-posten til kontaktpersonen
question-contact_phone = Telefonen til kontaktpersonen
question-areas = Kva kompetanseområde kan kommunen tilby?
question-capacity = Kor mange ukrainske partnarkommunar kan kommunen samarbeide med?
question-form = Kva samarbeidsform kan kommunen tilby?
question-preference = Kva kategori partnarkommune føretrekkjer kommunen?
question-languages = Kva språk kan dei som skal samarbeide, arbeide på?
question-ties = Har kommunen alt kontakt med ein ukrainsk kommune? I så fall kva for ein?
question-learn = Kva ønskjer kommunen å lære av partnaren?
question-category = Er hromadaen i krigssona eller utanfor?
question-urgent_needs = Dei akutte behova til hromadaen (inntil 5)
question-long_term_needs = Dei langsiktige behova til hromadaen
question-partners_wanted = Kor mange norske partnarkommunar ønskjer hromadaen?
question-international_partners = Har hromadaen internasjonale partnarar? I så fall kva for nokre?
help-municipality_name = Vel frå lista: kommunenummeret identifiserer kommunen, og fylke og folketal blir henta frå den offisielle lista.
help-community_name = Vel frå lista: KATOTTG-koden identifiserer hromadaen, og oblast, rajon og folketal blir henta frå den offisielle lista.
help-contact_name = Blir nemnd i breva som introduserer partnarane for kvarandre.
help-contact_role = Står i breva, så partnaren veit kven dei skriv til.
help-contact_email = Introduksjonsbreva blir adresserte hit.
help-contact_phone = Blir gitt til partnaren i introduksjonsbreva.
help-areas = Blir samanlikna med behova til hromadaane: kvart behov som blir dekt, gir poeng. Vel alle område kommunen verkeleg kan hjelpe med.
help-capacity = Kommunen får høgst så mange partnarar.
help-form = Akutt hjelp dekkjer akutte behov; langsiktig samarbeid dekkjer langsiktige behov.
help-preference = Ein partnar i den føretrekte kategorien gir poeng; inga preferanse gir ingen i nokon retning.
help-languages = Partnarar med eit felles arbeidsspråk får poeng.
help-ties = Kontakt som finst frå før, gir poeng og blir nemnd i breva.
help-learn = Står i breva, så partnaren veit kva kommunen håper å lære.
help-category = Hromadaar i krigssona kan få ein del av partnarane, slik koordinatoren vel.
help-urgent_needs = Blir samanlikna med områda kommunane tilbyr, før dei langsiktige behova.
help-long_term_needs = Blir samanlikna med områda kommunane tilbyr. Eit område som òg er valt som akutt, blir rekna som akutt.
help-partners_wanted = Hromadaen får høgst så mange partnarar.
help-international_partners = Ein norsk kommune som blir nemnd her, får poeng som ein partnar han alt kjenner.
template-personal = Personopplysingar
template-personal-why = Blir spurde om berre for å introdusere partnarane for kvarandre; aldri med i dei delte resultata, og utelatne frå alle nedlastingar med mindre koordinatoren tek dei med.
option-form-acute = Akutt hjelp (kortsiktig)
option-form-long_term = Langsiktig samarbeid
option-form-both = Begge delar
option-preference-none = Inga preferanse
template-title-offers = Spørjeundersøking for norske kommunar: kva de kan tilby
template-title-needs = Spørjeundersøking for ukrainske hromadaar: kva de treng
template-intro = kommunematch-spørjeskjema { $version } · { $side } · { $language }. Kvart spørsmål nedanfor blir brukt i matchinga; hjelpeteksten seier kva til. Kopier spørsmålsteksten og alternativa nøyaktig: då kjenner kommunematch kvar kolonne i eksporten.
template-side-offers = tilbod
template-side-needs = behov
template-guide = Slik lagar du skjemaet
template-guide-ms = Microsoft Forms: eit tekstspørsmål for kort svar; «Val» for ei liste, med «Fleire svar» slått på der fleire kan veljast, og «Rullegardin» for dei lange listene. Eksporter med «Opne resultat i Excel».
template-guide-google = Google Forms: «Kort svar» for tekst; «Fleirval» eller «Rullegardinmeny» for eitt svar; «Avmerkingsruter» der fleire kan veljast. Lim inn ei liste i første alternativ: eitt alternativ per linje. Eksporter med Svar › Last ned svar (.csv).
template-guide-nettskjema = Nettskjema: «Kort tekst» for tekst; «Radioknappar» eller «Nedtrekksliste» for eitt svar; «Avkryssingsboksar» der fleire kan veljast. Eksporter resultata som Excel eller CSV.
template-guide-sheet = Eller send reknearket: éi rad per svar, listene å velje frå i nedtrekkslister, ein x under kvart alternativ som passar.
template-kind-entity = Eitt svar frå lista nedanfor (nedtrekksliste)
template-kind-text = Kort tekst
template-kind-count = Eitt svar: 1 til 5
template-kind-one = Eitt svar
template-kind-many = Fleire svar kan veljast
template-list = Dei { $count } oppføringane i lista, éi per linje, å lime inn som alternativa til spørsmålet
template-version-note = Laga frå kommunematch-spørjeskjema { $version }
template-example = døme
template-pick = Vel frå lista.
template-tick = Skriv x under kvart alternativ som passar.
template-sheet-answers = Svar
template-sheet-kommuner = Kommunar
template-sheet-hromady = Hromadaar
template-list-choice = Vel
template-list-name = Namn
template-list-code = Kode
template-list-county = Fylke
template-list-oblast = Oblast
template-list-raion = Rajon
