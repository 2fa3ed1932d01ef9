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
worker_crashed = Koplinga stoppa på grunn av ein intern feil. Ho er gjord klar igjen: trykk «Køyr koplinga» ein gong til. Skjer det igjen, last inn sida på nytt.
worker_unreachable = Bakgrunnsprosessen svarte ikkje. Last inn sida på nytt.
panic = kommunematch stoppa på grunn av ein intern feil. Last inn sida på nytt for å byrje igjen; ingen data har forlate nettlesaren.
