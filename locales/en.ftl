## The page

title = kommunematch
lede = Pairs Norwegian municipalities with Ukrainian communities from their survey answers. Everything runs in this browser: no file leaves your computer.
language = Language
step-load = 1. Load the survey exports
step-settings = 2. Settings
step-run = 3. Match
step-results = 4. Results
drop-text = Drop survey exports here (XLSX, XLS, ODS, CSV, TSV; several at once), a mapping preset or saved results (JSON), or
drop-choose = Choose files…
example = Try with example data
clear = Start again
files = Loaded files
remove = Remove
remove-file = Remove { $name }
side-offers = Offers (Norwegian municipalities)
side-needs = Needs (Ukrainian communities)
side-unknown = not recognised
meta-sheet = {" "}· sheet “{ $sheet }”
meta-header = {" "}· header in row { $row } · { $format }
counts-rows = { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }:{" "}
counts-accepted = { $count } accepted
counts-warnings = { $count } with warnings
counts-rejected = { $count } rejected
counts-set_aside = { $count ->
        [one] { $count } earlier answer
       *[other] { $count } earlier answers
    } set aside for a later one
read-as = Read as
read-auto = As recognised ({ $side })
columns-summary = Columns: { $understood } of { $columns } understood
columns-caption = Columns of { $file }
columns-column = Column
columns-header = Header
columns-meaning = Meaning
columns-first = First answer
columns-label = Meaning of column { $column } “{ $header }”
columns-auto = Automatic: { $meaning }
columns-why = How it was found
columns-by_you = your choice
columns-by_dictionary = a known question
columns-by_option = one column per option
columns-by_tool = form tool: { $tool }
columns-by_tool-title = The form tool's own column (when and by whom the form was filled in), not a question of the survey: never read as an answer.
columns-by_meaning = by its words { $words } ({ $certainty })
columns-sure = sure
columns-likely = likely: check it
labels-in_rows = {" "}(rows { $rows })
columns-unused = not used
columns-ignore = Not used
columns-personal = {" "}personal data
labels-summary = Answers not recognised: { $count }
labels-caption = Answers not recognised in { $file }
labels-answer = Answer
labels-question = Question
labels-rows = Rows
labels-means = Means
labels-label = Area meant by “{ $answer }”
labels-left_out = Not recognised: left out
labels-ignore = Ignore this answer
issues-summary = Issues: { $issues } ({ $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    })
cli-issues_more = … and { $count } more: `kommunematch inspect { $file }` lists every one
issues-more = … and { $count } more in the report
issues-download_note = Contact persons' names, e-mails and phones are left out of the report: for those columns it says what they mean, not what they hold.
issues-download_personal = The report will include sample answers of the contact columns (personal data), as chosen under Share.
issues-download = Download this file's report (JSON)
severity-error = Error
resolution-line = Found in the official lists: { $by_code } by code, { $by_name } by name, { $chosen } as you chose; { $not_found } not found, { $ambiguous } of them because the name fits several.
entity-choose = Which is meant?
entity-pick = Choose…
entity-forget = Not sure: keep it unresolved
about-map = Map: country outlines from Natural Earth 1:10m (public domain), via the npm package world-atlas 2.0.2, simplified by scripts/make_map.mjs. Crimea is drawn as part of Ukraine. A few centres on the water's edge are drawn at the nearest point of the outline (at most 2.8 km away), and islands too small for it as specks of land.
about-title = About the data
about-lists = The 357 Norwegian municipalities (2024) and the 1,469 Ukrainian territorial communities are compiled into the app, so that names resolve to official ids without any request.
about-no = Norway: aprestmo/norway-geodata (MIT, © 2025 Alexander Prestmo), from SSB and Kartverket data; centroids computed from robhop/fylker-og-kommuner, based on Kartverket data (CC BY 4.0).
about-ua = Ukraine: kse-ua/KSE-Loc-Data-Hub (MIT, © 2021 Andriy V. Koval; Zenodo 10.5281/zenodo.15267573). Its war status is a snapshot of September 2022: a hint, never the category itself.
severity-note = Note
severity-warning = Warning
preset-count = { $count ->
        [one] { $count } correction
       *[other] { $count } corrections
    } to how files are read.
preset-save = Save corrections as a preset (JSON)
preset-drop = Drop all corrections
settings-mode = How pairs are chosen
mode-optimal = Optimal: the largest total score
mode-stable = Stable: no two would rather have each other
mode-greedy = Greedy: best pair first (baseline)
settings-proposing = Who proposes (stable)
proposing-offers = Municipalities
proposing-needs = Communities
settings-weights = Weights
preset-balanced = Balanced
preset-urgent_war_zone = Urgent needs in the war zone first
preset-long_term = Long-term institution building
preset-custom = Custom
weight-urgent_need = Urgent need met
weight-long_term_need = Long-term need met
weight-category = Preferred category
weight-form = Form of cooperation fits
weight-language = Shared language
weight-size = Similar size
weight-existing_tie = Existing tie
weight-learning = Learning in return
weight-has_partners = Already has partners (minus)
settings-shares = Most of all places per category (%)
share-war_zone = War zone
share-outside = Outside the war zone
share-none = no limit
settings-tie_locks = Lock pairs that named each other on both sides
settings-locks = Locked pairs
settings-vetoes = Forbidden pairs
settings-none = none
release = Release
release-pair = Release { $municipality } – { $community }
run = Run matching
map-partners = partners
map-title = Map of the pairs
map-caption = { $pairs ->
        [one] { $pairs } pair
       *[other] { $pairs } pairs
    } between { $municipalities ->
        [one] { $municipalities } municipality
       *[other] { $municipalities } municipalities
    } in Norway and { $communities ->
        [one] { $communities } community
       *[other] { $communities } communities
    } in Ukraine. Filled marks have a partner, hollow ones do not.
map-help = Use the arrow keys to go through the pairs shown, Enter to open the community's explanation, Escape to let go.
map-norway = Norway
map-ukraine = Ukraine
map-kommune = Municipality
map-with_partner = with a partner
map-without_partner = without
map-summary = The map in words
map-by_oblast = Pairs per oblast
map-by_county = Pairs per county
map-not_drawn = { $count } not on the map: not found in the official lists, so without coordinates.
map-pair_of = Pair { $number } of { $pairs }: { $pair }
map-source = Outlines: Natural Earth (public domain).
map-unavailable = The map could not be drawn: its outlines (static/outlines.json) did not arrive from this site. The pairs, the charts and every download are complete; reload the page to try again.
map-waiting = Drawing the map…
round-file = Earlier round: { $partnerships } partnerships, made by kommunematch { $version }; SHA-256 { $sha256 }…
round-use = Use as previous round: keep its partnerships
share-geojson = Map data (GeoJSON)
round-use_opened = Use as previous round instead
round-unused = Not used: the next run starts afresh.
settings-kept_in_capacity = Kept partnerships count inside this round's capacity and partners wanted
rounds-title = Since the earlier rounds
rounds-builds_on = Builds on { $file } (SHA-256 { $sha256 }…).
rounds-summary = { $kept ->
        [one] { $kept } partnership
       *[other] { $kept } partnerships
    } kept, { $ended } ended, { $new } new this round.
rounds-standing = { $joined } joined this round, { $returned } returned, { $not_answering } did not answer and are here for their partnerships.
rounds-kept = Kept partnerships
rounds-ended = Ended partnerships
rounds-end = End
rounds-end-pair = End the partnership { $municipality } – { $community }
rounds-resume = Keep after all
rounds-resume-pair = Keep the partnership { $municipality } – { $community } after all
rounds-first_score = score when made
standing-joined = joined this round
standing-returning = returning
standing-not_answering = did not answer this round; here for its partnerships
explain-kept = Kept from earlier rounds: { $partners }
explain-ended = Ended: { $partners }
settings-objective = Aim
objective-total = The largest total score
objective-coverage = Reach the most communities first, then the largest total
objectives-line = Reaching the most communities: { $coverage_reached } of them ({ $coverage_war_zone } in the war zone) for { $coverage_score } points; the largest total: { $total_reached } ({ $total_war_zone } in the war zone) for { $total_score } points.
file-reading = Reading… (in the background; the page stays usable)
run-running = Matching… (in the background; the page stays usable)
run-done = Matching done: { $pairs ->
        [one] { $pairs } pair
       *[other] { $pairs } pairs
    }, total score { $score }.
run-files = { $count ->
        [one] { $count } file
       *[other] { $count } files
    } loaded.
run-need_both = Load at least one offers file (Norwegian municipalities) and one needs file (Ukrainian communities) with readable rows.
run-loaded_only = Loaded results can be viewed and shared; to run again, load the survey files.
run-from_file = These results were loaded from { $file }. Load the survey files to run again.
summary = { $pairs ->
        [one] { $pairs } pair
       *[other] { $pairs } pairs
    }, total score { $score }. { $municipalities_paired } of { $municipalities ->
        [one] { $municipalities } municipality
       *[other] { $municipalities } municipalities
    } and { $communities_paired } of { $communities ->
        [one] { $communities } community
       *[other] { $communities } communities
    } have a partner; { $places ->
        [one] { $places } place
       *[other] { $places } places
    } offered, { $wanted } wanted.
comparison = The optimum under the same constraints is { $optimum }; this run gives up { $given_up }. Blocking pairs: { $blocking }.
diff-title = What changed since the previous run
diff-summary = { $added ->
        [one] { $added } new pair
       *[other] { $added } new pairs
    }, { $removed ->
        [one] { $removed } pair
       *[other] { $removed } pairs
    } gone, total score { $change }.
diff-added = New
diff-removed = Gone
stop = Stop
stop-reading = Stop reading
stopped-run = Matching stopped. Run it again when you are ready.
stopped-files = Reading stopped, so these files were left out: { $files }. Add them again when you are ready.
results-outdated = These results are from before the change: they go once the files are read again.
preliminary = The pairs are ready; the exact explanations are still being worked out. The downloads wait for them.
share-title = Share
share-json = Download results (JSON)
share-csv = Download pairs (CSV)
share-xlsx = Download results (Excel)
share-print = Print summary
share-personal = Include contact persons (names, e-mails, phones) in the JSON
step-letters = 6. Introductions
step-scenarios = 5. Weigh scenarios
scenarios-lede = Keep a run as a scenario, change the settings, run and keep another: up to six side by side, with what each gives and what it costs. Choose the one to continue with; the results file records those you weighed.
scenarios-name = Name of the scenario
scenarios-keep = Keep this run as a scenario
scenarios-kept = This run is kept as “{ $name }”.
scenarios-full = Six scenarios are kept: remove one to keep another.
scenarios-none = No scenario kept yet. Keep this run, then change a setting (the aim, the weights, a share, a lock or a veto) and keep the next.
scenarios-table = Scenarios side by side (the best of each row marked)
scenarios-figure = Figure
scenarios-best = best
scenarios-vs_first = { $difference } against the first
scenarios-outdated = made before a change of the files or corrections: run it again
scenarios-chosen = chosen
scenarios-choose = Continue with { $name }
scenarios-run_again = Run { $name } again
scenarios-remove = Remove { $name }
scenarios-settings = Settings
scenarios-choice = Choose
scenarios-compare = Compare two scenarios
scenarios-a = Scenario A
scenarios-b = Scenario B
scenarios-counts = { $only_a ->
        [one] { $only_a } pair
       *[other] { $only_a } pairs
    } only in A, { $only_b } only in B, { $both } in both.
scenarios-only_a = only in A
scenarios-only_b = only in B
scenarios-changes = Who gains, loses or changes partner ({ $count })
scenarios-partners = A: { $partners_a } · B: { $partners_b }
scenarios-same = A and B make the same pairs.
scenarios-map = The difference on the map: dashed lines only in A, solid lines only in B
scenarios-by_category = Communities with a partner per category
scenarios-by_area = Needs met per area (pairs)
scenarios-pick_two = Keep a second scenario to compare two.
scenarios-recorded = The results file you download records { $count ->
        [one] the scenario
       *[other] the { $count } scenarios
    } weighed.
weighed-line = Scenarios weighed before this result: { $scenarios }.
scenario-total = Largest total
scenario-coverage = Most communities first
scenario-stable = Stable
scenario-greedy = Greedy
scenario-war_zone = war zone ≤ { $percent } %
scenario-outside = outside ≤ { $percent } %
scenario-locks = { $count } locked
scenario-vetoes = { $count } forbidden
letters-lede = A letter per pair to both sides, in Norwegian, Ukrainian and English: who the partner is, why you matched them, whom to contact and the first step. As e-mail drafts your mail program opens ready to send, or printed, one letter per page.
letters-contacts = Address the contact persons and name them in the letters (personal data)
letters-contacts_warning = The drafts will contain names, e-mail addresses and phone numbers. Send them only to the partners.
letters-no_contacts = Without contact persons, each letter asks the partners to reach each other through the programme's coordinators.
letters-cc = Copy of every draft to (optional)
letters-cc_bad = “{ $address }” is not an e-mail address a mail program can send to.
letters-edit = Edit the letters' text
letters-placeholders = Placeholders, filled in for each pair:
letters-save = Keep these words for next year: save the preset (JSON)
letters-zip = Download e-mail drafts (.zip)
letters-print = Download letters to print (.html)
letters-summary = Letters: { $letters } of { $pairs ->
        [one] { $pairs } pair
       *[other] { $pairs } pairs
    }. Recipients left out for want of a usable e-mail address: { $left_out }.
letters-pairs = Which pairs get a letter ({ $ticked } of { $pairs })
letters-all = Tick all
letters-none = Untick all
letters-write = Write e-mail
letters-write_for = Write e-mail to { $pair }
letters-left_out = left out: { $recipients }
letters-results_file = Letters are written from the survey files: load them to write letters.
share-personal_warning = The file will contain personal data. Share it only with those who need it.
charts-title = Summary
charts-areas = Needs met by area (top 12)
charts-category = Communities with a partner, by category
charts-oblast = Communities with a partner, by oblast
charts-county = Places used, by county
charts-no_county = County not given
charts-capacity = Places used
charts-of = { $part } of { $whole }
category-war_zone = War zone
category-outside = Outside the war zone
category-unknown = Category not given
table-caption = Pairs
table-filter = Filter pairs (name, id or area)
table-shown = { $shown } of { $pairs ->
        [one] { $pairs } pair
       *[other] { $pairs } pairs
    } shown
table-offer = Municipality
table-need = Community
table-score = Score
table-needs_met = Needs met
table-components = Score by component
table-actions = Adjust
table-sort = Sort by { $column }
lock = Lock
veto = Forbid
lock-pair = Lock { $municipality } – { $community }
veto-pair = Forbid { $municipality } – { $community }
locked = locked
locked-tie = locked: named each other
tie = existing tie
explain-open = Explain { $name }
explain-close = Close
explain-partners = Partners
explain-ties_outside = Existing ties outside this run:
explain-alternatives = Best candidates not chosen
explain-alternatives_later = They come with the exact explanations, in a moment.
explain-rise = would be chosen with { $points ->
        [one] { $points } more point
       *[other] { $points } more points
    }
explain-capacity = Capacity { $capacity }, used { $used }
explain-wanted = Wants { $wanted ->
        [one] { $wanted } partner
       *[other] { $wanted } partners
    }, got { $got }
explain-none = No pair.
unmatched-offers = Municipalities without a partner ({ $count })
unmatched-needs = Communities without a partner ({ $count })
unmatched-best = Best candidate: { $name } ({ $points ->
        [one] { $points } point
       *[other] { $points } points
    })
component-urgent_needs = urgent needs
component-long_term_needs = long-term needs
component-category = category
component-form = form
component-language = language
component-size = size
component-existing_tie = existing tie
component-learning = learning
component-has_partners = has partners
reload = Reload the page
update = A new version of kommunematch is ready. Your work on this page is not kept: use it when you are done, or it comes by itself when every kommunematch tab is closed.
update-now = Use the new version
worker_crashed = The matching stopped because of an internal error. It was made ready again: press “Run matching” once more. If it happens again, reload the page.
worker_unreachable = The background worker could not be reached. Reload the page.
panic = kommunematch stopped because of an internal error. Reload the page to start again; no data has left this browser.

## Messages about the data (the reading, the matching, the letters, comparisons) and the command line

reading-headers-match-neither-offers = the headers match neither the offers survey (Norwegian municipalities) nor the needs survey (Ukrainian communities). Choose the side by hand, or check that this is a survey export.
reading-column-names-municipality-kommune = no column names the municipality (Kommune) or its number (Kommunenummer), so no row can be told apart. Add that column to the export, or map a column to it by hand.
reading-column-names-community-katottg = no column names the community (Назва громади) or its KATOTTG code, so no row can be told apart. Add that column to the export, or map a column to it by hand.
reading-file-has-header-row = the file has a header row but no answers below it. Export the survey again once answers have come in.
reading-column-gives-map-column = no column gives “{ $name }”.{ $what } Map a column to it by hand if the export has it.
reading-column-gives-most-likely = no column gives “{ $name }”.{ $what } The most likely columns: { $likely }. Map one of them by hand if it is meant.
reading-answered-once-answer-set = { $name } ({ $id }) answered more than once; this answer{ $when } is set aside for the later one in { $kept_file } row { $kept_row }{ $kept_when }. Remove the row you do not want if that is wrong.
reading-survey-has-question-address = the survey has no question for “{ $name }”: the address or name each respondent signed in to { $tool } with is used for it. Check that the respondents are the contact persons, or add the question next year.
reading-row-gives-same-contact = every row gives the same contact e-mail: it is not a contact's address (a form that does not collect addresses gives one value for all). Map the column that holds the contacts' addresses, or ask for them next year.
reading-value-contact-e-mail = no value in the contact e-mail column is an e-mail address. Map the column that holds the contacts' addresses.
reading-column-read-holds-only = the column read as “{ $name }” holds only marks (1/0, x, yes/no), not answers: it looks like one option of a question exported as one column per option. Its cells are not read as answers; map the column to the option it stands for, or to nothing.
reading-example-row = This row is the questionnaire's example: left out. Write the answers in rows of their own, or clear the example's last cell if you wrote over it.
reading-questionnaire-newer = The file was made from kommunematch questionnaire { $version }, newer than this program knows (version { $known }): its questions are read by their words. Update kommunematch to read them word for word.
reading-blank-1-assumed-fill = { $what } is blank; 1 is assumed. Fill it in if another number is meant.
reading-whole-number-least-1 = { $what } “{ $answer }” is not a whole number of at least 1; 1 is assumed. Correct the answer in the file or the mapping.
reading-area-taxonomy-knows-was = “{ $answer }” is not an area the taxonomy knows; it was left out of the matching. Map it to an area by hand if it means one.
reading-area-competence-recognised-so = no area of competence recognised, so this municipality cannot be matched. Check the answer or the column mapping.
reading-need-recognised-so-community = no need recognised, so this community cannot be matched. Check the answer or the column mapping.
reading-neither-municipality-s-name = neither the municipality's name nor its number is given, so the row cannot be used. Fill in the name.
reading-neither-community-s-name = neither the community's name nor its KATOTTG code is given, so the row cannot be used. Fill in the name.
reading-municipality-s-name-blank = the municipality's name is blank; kommunenummer { $id } identifies it. Fill in the name.
reading-community-s-name-blank = the community's name is blank; KATOTTG code { $id } identifies it. Fill in the name.
reading-four-digit-kommunenummer-name = “{ $answer }” is not a four-digit kommunenummer; the name is used to identify the municipality.
reading-katottg-code-ua-17 = “{ $answer }” is not a KATOTTG code (UA and 17 digits); the name and oblast identify the community.
reading-category-war-zone-outside = the category (war zone or outside) is blank; the community is matched without a category preference.
reading-neither-war-zone-nor = “{ $answer }” is neither the war zone nor outside it; the community is matched without a category preference.
reading-looks-like-spreadsheet-formula = “{ $text }” looks like a spreadsheet formula. It is kept as plain text, never run; check the answer.
reading-looks-like-html-markup = “{ $text }” looks like HTML markup. It is kept as plain text, never run; check the answer.
reading-kommunenummer-357-municipalities-2024 = “{ $code }” is no kommunenummer of the 357 municipalities (2024); the name is used to identify the municipality. Check the number.
reading-katottg-code-1-469 = “{ $code }” is no KATOTTG code of the 1,469 communities; the name is used to identify the community. Check the code.
reading-code-but-name-points = the code { $code } is { $official }, but the name points to { $named } ({ $named_id }); the code is used. Check which is meant.
reading-name-municipality-give-county = “{ $name }” is the name of more than one municipality: { $list }. Give the county or the kommunenummer, or choose one.
reading-name-community-give-oblast = “{ $name }” is the name of more than one community: { $list }. Give the oblast and raion or the KATOTTG code, or choose one.
reading-municipality-official-list-spelling = “{ $name }” is no municipality of the official list, in any spelling; it is kept as written. Check the name or give the kommunenummer.
reading-community-official-list-spelling = “{ $name }” is no community of the official list, in any spelling; it is kept as written. Check the name or give the KATOTTG code.
reading-category-blank-2022-list = the category is blank; the 2022 list says the community was { $s }, so it is matched as { $c }. Check it: the list is a snapshot.
reading-survey-says-2022-list = the survey says { $c }; the 2022 list says the community was { $s }. The survey's answer is used.
reading-2022-list-has-community = the 2022 list has this community in occupied territory. The coordinator decides whether and how to pair it.
reading-kommunematch-input-file = not a kommunematch input file: { $detail }
reading-input-format-version-known = input format version { $found } is not known; this version reads version 1
reading-lists-objects-nested-levels = lists and objects nested more than { $limit } levels deep (line { $line }), far more than the input format has
reading-file-empty-export-survey = { $f }: the file is empty. Export the survey answers again and load the new file.
reading-looks-like-spreadsheet-but = { $f }: this looks like a spreadsheet but cannot be opened ({ $detail }). The file may be damaged or cut short: open it in Excel and save it again, or export it as CSV.
reading-neither-spreadsheet-xlsx-xls = { $f }: this is neither a spreadsheet (XLSX, XLS, ODS) nor a text table (CSV, TSV). Load the survey export itself.
reading-line-quoted-field-starts = { $f } › line { $line }: a quoted field starts here and is never closed, so the rest of the file cannot be split into cells. Check the quote marks on that line, or export the file again.
reading-line-quoted-field-followed = { $f } › line { $line }: a quoted field is followed by more text after its closing quote, so the cells of this line cannot be told apart. Check the quote marks on that line, or export the file again.
reading-header-row-found-row = { $f }: no header row found (a row naming at least two columns). The first row of a survey export should hold the questions.
reading-survey-answers-json-must = { $f }: { $detail }. Survey answers in JSON must follow the kommunematch input format (docs/input-format.md); results and mapping presets are loaded as such, not as surveys.
reading-mb-mb-survey-export = { $f }: { $size } MB, more than the { $limit } MB a survey export can have. Check that this is the survey export; split it if it really is this large.
reading-rows-survey-municipalities-has = { $f }: more than { $limit } rows ({ $found } or more), more than any survey of municipalities has. Check that this is the survey export.
reading-row-column-cell-longer = { $f } › row { $row } › column { $column }: a cell longer than { $limit } characters, more than any answer. Check that cell, or export the file again.
reading-columns-survey-export-can = { $f }: { $found } columns, more than the { $limit } a survey export can have. Check that this is the survey export, not another table.
reading-browser-could-read-file = { $f }: the browser could not read this file ({ $detail }). Check that it is still where it was and not open in another program, then load it again.
reading-cells-counting-empty-ones = { $f }: more than { $limit } cells (counting the empty ones between filled ones), more than any survey export has. Check that this is the survey export, not another table; delete stray cells far below or to the right of the answers.
reading-spreadsheet-unpacks-mb-mb = { $f }: this spreadsheet unpacks to { $size } MB, more than the { $limit } MB a survey export can have. Check that this is the survey export; open it in Excel and save it again, or export it as CSV.
reading-kommunematch-mapping-preset = not a kommunematch mapping preset: { $detail }
reading-mapping-preset-version-known = mapping preset version { $found } is not known; this version reads version 1
reading-preset-maps-answer-which = the preset maps an answer to “{ $area }”, which is not an area code
reading-preset-maps-name-which = the preset maps a name to “{ $id }”, which is no kommunenummer or KATOTTG code of the lists
matching-reading-file-s-table = Reading the file’s table…
matching-reading-answers-row = Reading the answers: row { $done } of { $of }
matching-scoring-pair = Scoring every pair…
matching-finding-best-pairs = Finding the best pairs…
matching-explaining-choices-municipalities = Explaining the choices: { $done } of { $of } municipalities
matching-comparing-other-objective = Comparing with the other objective…
matching-lock-names-which-loaded = a lock names “{ $id }”, which no loaded file has. Remove the lock or load the file that has it.
matching-veto-names-which-loaded = a veto names “{ $id }”, which no loaded file has. Remove the veto or load the file that has it.
matching-pair-both-locked-vetoed = the pair { $o } – { $n } is both locked and vetoed. Remove one of the two.
matching-has-locked-pairs-but = { $name } ({ $id }) has { $locked } locked pairs but room for only { $limit }. Remove { $over ->
        [one] { $over } lock
       *[other] { $over } locks
    } or raise its number of partners.
matching-locked-pairs-communities-but = { $locked } locked pairs are with communities { $which }, but its share of { $percent }% of { $total } places allows only { $limit }. Raise the share or remove { $over ->
        [one] { $over } lock
       *[other] { $over } locks
    }.
matching-weight-out-range-weights = the weight { $weight } = { $value } is out of range; weights lie between −{ $limit } and { $limit }.
matching-war-zone-share-percentage = the war_zone share is a percentage: 0 to 100.
matching-outside-share-percentage-0 = the outside share is a percentage: 0 to 100.
matching-municipalities-communities-pairs-weigh = { $offers } municipalities × { $needs } communities are { $pairs } pairs to weigh, more than the { $limit } matching takes at once (all of Norway × all of Ukraine is 524433). Check that these are the survey exports, or match part of them at a time, one oblast or county after another.
matching-kommunematch-results-file = this is not a kommunematch results file ({ $detail })
matching-results-schema-version-version = results schema version { $found } is not the one this version reads ({ $reads }); open it with the kommunematch version that made it ({ $made_by })
matching-id-appears-twice-among = an id appears twice among the municipalities or communities
matching-pair-names-municipality-community = the pair { $pair } names a municipality or community the file does not list
matching-pair-appears-twice = the pair { $pair } appears twice
matching-score-sum-components = the score of { $pair } is not the sum of its components
matching-total-score-sum-pairs = the total score is not the sum of the pairs' scores
matching-has-pairs-but-file = { $name } ({ $id }) has { $pairs } pairs, but the file says { $says } of { $of }
matching-listed-unmatched-but-unmatched = { $id } is listed as unmatched but is not an unmatched municipality
matching-listed-unmatched-but-unmatched-2 = { $id } is listed as unmatched but is not an unmatched community
matching-coordinator-forbade-pair = The coordinator forbade this pair.
matching-all-places-municipality-locked = All places of the municipality are in locked pairs.
matching-all-partners-community-wants = All partners the community wants are in locked pairs.
matching-both-have-all-their = Both have all their partners, in pairs that give a higher total.
matching-municipality-has-used-all = The municipality has used all its places on pairs that give a higher total.
matching-community-already-has-partners = The community already has the partners it wants, in pairs that give a higher total.
matching-share-places-community-s = The share of places for this community's category is used up.
matching-another-assignment-gives-higher = Another assignment gives a higher total.
matching-area-competence-was-recognised = No area of competence was recognised in the answer.
matching-need-was-recognised-answer = No need was recognised in the answer.
matching-none-areas-competence-matches = None of its areas of competence matches a need of a loaded community.
matching-loaded-municipality-offers-needs = No loaded municipality offers any of its needs.
matching-pair-could-make-was = Every pair it could make was forbidden by the coordinator.
matching-community-could-help-got = Every community it could help got partners that give a higher total, or wanted no more partners.
matching-municipality-could-help-used = Every municipality that could help used its places on pairs that give a higher total.
letters-introductions-print-them-browser = Introductions: { $n }. Print them from the browser (Ctrl+P or ⌘P): one letter per A4 page.
letters-placeholder-placeholders = “{"{"}{ $name }{"}"}” is no placeholder; the placeholders are { $known }
letters-brace-closed-write-placeholder = a brace is not closed: write a placeholder as {"{"}partner{"}"}, and a brace itself as {"{"}{"{"} or {"}"}{"}"}
compare = not in { $w }: { $reason }
compare-two-results-were-made = The two results were made from different files (only in A: { $a }; only in B: { $b }). Compare results of the same survey files and previous rounds.
compare-two-results-read-same = The two results read the same files differently (ids only in A: { $a }; only in B: { $b }). Run both with the same corrections.
cli-command-given = no command given
cli-unknown-command = unknown command “{ $c }”
cli-unknown-option = unknown option “{ $o }”
cli-option-command = “{ $o }” is not an option of this command
cli-needs-value = { $o } needs a value
cli-takes-value = { $o } takes no value
cli-choose = { $option } “{ $value }”: choose { $choices }
cli-takes-percentage-0-100 = { $o } takes a percentage from 0 to 100
cli-say-whether-offers-needs = “{ $f }”: say whether it is --offers or --needs
cli-give-least-offers-file = give at least one --offers file and one --needs file, or --example
cli-give-least-file-inspect = give at least one file to inspect
cli-give-name-look-up = give the name to look up
cli-letters-written-file-give = letters are written to a file: give it with -o (a .zip of e-mail drafts, or .html to print)
cli-give-exactly-two-results = give exactly two results files to compare (A and B), not { $n }
cli-format-xlsx-writes-workbook = --format xlsx writes a workbook: give the file with -o
cli-template-needs-side = say which survey with --side offers or --side needs
cli-argument-valid-unicode = an argument is not valid Unicode
cli-cannot-read-file = { $p }: cannot read the file: { $e }
cli-cannot-write = { $p }: cannot write: { $e }
cli-cannot-write-standard-output = cannot write to standard output: { $e }
cli-header-must-offer-id = { $p }: the header must be offer_id,need_id
cli-row = { $p } › row { $row }: { $detail }
cli-weights-object = { $p }: not a weights object: { $detail }
cli-workbook-could-made = the workbook could not be made: { $detail }
cli-municipality-community-lists-spelling = “{ $name }” is no municipality or community of the lists, in any spelling
cli-cc-e-mail-address = --cc “{ $a }” is no e-mail address a mail program can send to
cli-pairs-results-these-files = { $n ->
        [one] { $n } pair of the results is
       *[other] { $n } pairs of the results are
    } not in these files (other files?): { $list }
cli-drafts-could-packed = the drafts could not be packed: { $detail }
cli-report-could-written = the report could not be written: { $detail }
cli-letters-letters-recipients-left-out = { $n ->
        [one] { $n } letter
       *[other] { $n } letters
    }; recipients left out for want of a usable address: { $left_out }
cli-letters-letters-name-contact-person = the letters name no contact person: give --include-personal-data to address them

## Words of the letters, the exports and comparisons

compare-total-score = Total score
compare-pairs = Pairs
compare-communities-partner = Communities with a partner
compare-war-zone = … in the war zone
compare-outside-war-zone = … outside the war zone
compare-municipalities-partner = Municipalities with a partner
compare-places-used = Places used
compare-blocking-pairs = Blocking pairs
compare-points-below-largest-total = Points below the largest total (same constraints)
compare-communities-below-most-reachable = Communities below the most reachable (same constraints)
compare-gains-partner = gains a partner
compare-loses-partner = loses its partner
compare-changes-partner = changes partner
compare-scenarios-compared = Scenarios compared
compare-headline-figures = Headline figures
compare-b = B − A
compare-pairs-only = Pairs only in A
compare-pairs-only-b = Pairs only in B
compare-pairs-both = Pairs in both
compare-who-gains-loses-changes = Who gains, loses or changes partner
compare-best = best
compare-municipality = Municipality
compare-community = Community
compare-2 = In
compare-partner = no partner
compare-among-best-alternatives-result = not among the best alternatives that result lists
export-kommunenummer-municipality-id = Kommunenummer (municipality id)
export-municipality = Municipality
export-katottg-community-id = KATOTTG (community id)
export-community = Community
export-score = Score
export-urgent-needs-met = Urgent needs met
export-long-term-needs-met = Long-term needs met
export-locked = Locked by
export-score-component = Score by component
export-id = Id
export-name = Name
export-reason-code = Reason code
export-reason = Reason
letters-partnership = Partnership
letters-english-both-partners = In English, for both partners
letters-your-partner = Your partner
letters-partners = The partners
letters-why-you-were-matched = Why you were matched
letters-contact-persons = Contact persons
letters-first-step = First step
letters-name = Name
letters-county = County
letters-oblast = Oblast
letters-raion = Raion
letters-population = Population
letters-situation = Situation
letters-urgent-needs-met = Urgent needs met
letters-long-term-needs-met = Long-term needs met
letters-cooperation-offered = Cooperation offered
letters-common-working-languages = Common working languages
letters-what-norwegian-municipality-wants = What the Norwegian municipality wants to learn
letters-you-named-other-existing = One of you named the other as an existing partner.
letters-contact-details-given-here = No contact details are given here: please reach your partner through the programme's coordinators.
letters-position = Position
letters-e-mail = E-mail
letters-phone = Phone
letters-e-mail-address-survey = the e-mail address in the survey cannot be used
letters-survey-gives-e-mail = the survey gives no e-mail address
letters-short-term-acute-help = short-term, acute help
letters-long-term-cooperation = long-term cooperation
letters-acute-help-long-term = acute help and long-term cooperation
letters-english = English
letters-ukrainian = Ukrainian
letters-norwegian = Norwegian
letters-russian = Russian
letters-polish = Polish
letters-german = German
letters-french = French
letters-spanish = Spanish
letters-dear-colleagues-through-municipal = Dear colleagues in {"{"}municipality{"}"} and {"{"}community{"}"},{"\u000A"}{"\u000A"}Through the municipal cooperation programme of KS and the Association of Ukrainian Cities you have been matched as partners. This letter introduces you to each other.
letters-please-write-each-other = Please write to each other within two weeks and agree on a first online meeting. The programme can help with interpretation.
letters-kind-regards-programme-s = Kind regards{"\u000A"}The programme's coordinators
letters-greeting = Greeting
letters-first-step-2 = First step
letters-signature = Signature
reading-number-partners-wanted = The number of partners wanted
reading-number-partners = The number of partners

## What a column means, and the words of the reading's messages

field-contact_name = Contact person's name
field-contact_role = Contact person's position
field-contact_email = Contact person's e-mail
field-contact_phone = Contact person's phone
field-languages = Working languages
field-comment = Comments
field-response_id = Response id (survey tool)
field-timestamp = Time of answer
field-start_time = Start time (survey tool)
field-completion_time = Completion time (survey tool)
field-last_modified = Last modified (survey tool)
field-answer_time = Time taken to answer (survey tool)
field-respondent_email = Respondent's e-mail (survey tool)
field-respondent_name = Respondent's name (survey tool)
field-population = Population
field-municipality_name = Municipality (kommune)
field-municipality_number = Kommunenummer
field-county = County (fylke)
field-areas = Areas of competence offered
field-capacity = Number of partners it can take
field-form = Form of cooperation (acute / long-term)
field-preference = Preferred partner category
field-international_experience = Experience with international cooperation
field-ties = Existing contact with a Ukrainian community
field-learn = What the municipality wants to learn
field-refugees = Ukrainian refugees settled
field-political_anchoring = Political anchoring
field-community_name = Community (hromada)
field-katottg = KATOTTG code
field-oblast = Oblast
field-raion = Raion
field-category = Category (war zone / outside)
field-idps = Registered IDPs
field-damage = Level of damage
field-urgent_needs = Urgent needs
field-long_term_needs = Long-term needs
field-partners_wanted = Number of partners wanted
field-international_partners = Existing international partners
category-words-war_zone = in the war zone
category-words-outside = outside the war zone
status-words-not_occupied = not occupied and outside the war zone
status-words-war_zone = in the war zone
status-words-deoccupied = occupied and deoccupied
status-words-occupied = occupied
field-missing-category = {" "}The 2022 list's status is used where it knows the community; check it.
field-missing-count = {" "}Every row is read as 1.
field-missing-other = {" "}No row can be matched on it.

## Where something is, the workbook's sheets, and the command line's usage

location-row = row
location-column = column
quote-open = “
quote-close = ”
sheet-pairs = Pairs
sheet-unmatched-municipalities = Unmatched municipalities
sheet-unmatched-communities = Unmatched communities
usage-overview =
    usage:
      kommunematch match --offers FILE... --needs FILE... [options] [-o FILE]
      kommunematch match --example [options] [-o FILE]
      kommunematch scores --offers FILE... --needs FILE... [--weights W] [--preset FILE] [-o FILE]
      kommunematch inspect FILE... [--preset FILE] [--include-personal-data] [-o FILE]
      kommunematch gazetteer NAME [--oblast X] [--raion X] [--county X]
      kommunematch letters --offers FILE... --needs FILE... [--results FILE] [--format eml|html] -o OUT
      kommunematch compare A.json B.json [--format json|md|csv] [-o FILE]
      kommunematch template --side offers|needs [--lang nb|nn|uk|en] [--format xlsx|csv|html] [-o FILE]
      kommunematch COMMAND --help      the options of a command
    every command also takes --lang nb|nn|uk|en for its messages (default en).
    Files that cannot be read give a message each and exit code 1; wrong usage gives exit code 2.
usage-match =
    usage: kommunematch match --offers FILE... --needs FILE... [options] [-o FILE]
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
      --lang nb|nn|uk|en                the language of the messages
usage-scores =
    usage: kommunematch scores --offers FILE... --needs FILE... [options] [-o FILE]
    Writes every candidate pair with a positive score as CSV (offer_id,need_id,score).
      --offers FILE...               survey exports of Norwegian municipalities
      --needs FILE...                survey exports of Ukrainian communities
      --example                      the example data built in
      --weights FILE|PRESET          a JSON object of score weights, or balanced, urgent_war_zone, long_term
      --preset FILE                  a mapping preset saved from the page
      -o, --output FILE              write there instead of standard output
      --lang nb|nn|uk|en                the language of the messages
usage-gazetteer =
    usage: kommunematch gazetteer NAME [options]
    Looks a municipality or community up in the compiled-in lists (357 kommuner, 1,469 hromady) by its name in
    any form: any case, with or without kommune/громада/hromada, in Cyrillic or Latin letters, by its centre.
    Prints what it resolves to, or every candidate, as JSON; exit code 1 when neither list has it.
      --oblast X, --county X         narrow to an oblast or county (any form: Київська, Kyiv oblast, Nordland)
      --raion X                      narrow to a raion
      --lang nb|nn|uk|en                the language of the messages
usage-inspect =
    usage: kommunematch inspect FILE... [options]
    Prints, as JSON, how each file is read: side, sheet, column mapping, row counts, answers not recognised and
    every issue. Exit code 1 when a file cannot be read at all.
      --preset FILE                  a mapping preset saved from the page
      --include-personal-data        show sample answers of columns that may hold contact data (left out by default)
      -o, --output FILE              write there instead of standard output
      --lang nb|nn|uk|en                the language of the messages
usage-letters =
    usage: kommunematch letters --offers FILE... --needs FILE... [options] -o OUT
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
      --lang nb|nn|uk|en                the language of the messages
usage-template =
    usage: kommunematch template --side offers|needs [options]
    Writes next round's questionnaire for one side: every question the matching uses, word for word as the reading
    knows it, with its options, help and the personal data marked. Files made from it are read without guessing.
      --side offers|needs              the Norwegian municipalities' survey (offers) or the Ukrainian communities' (needs)
      --lang nb|nn|uk|en               the questionnaire's language (default en)
      --format xlsx|csv|html           a spreadsheet to fill in (drop-down lists, the official list on a second sheet),
                                       the headers and an example row, or the questions to print and copy into
                                       Microsoft Forms, Google Forms or Nettskjema (default: by the file's name, else html)
      -o, --output FILE                write there instead of standard output (required for xlsx)
usage-compare =
    usage: kommunematch compare A.json B.json [options]
    Compares two results files of the same survey files (and previous rounds): the pairs only in A, only in B and
    in both, each side's headline figures (total score, communities and municipalities with a partner, places used,
    needs met, blocking pairs, the price against the best of each aim) and who gains, loses or changes partner, and
    why. Exit code 1 when the files are not results or were made from other inputs.
      --format json|md|csv           the comparison as JSON (default; docs/schema/compare-1.schema.json), a Markdown
                                     report, or every pair of either as CSV
      -o, --output FILE              write there instead of standard output
      --lang nb|nn|uk|en                the language of the messages, the report and the CSV

## Why a pair was not made, with the names (the results JSON keeps the English)

why-offer-locked = { $capacity ->
        [one] The one place of { $offer } is in a locked pair.
       *[other] All { $capacity } places of { $offer } are in locked pairs.
    }
why-need-locked = { $wanted ->
        [one] The one partner { $need } wants is in a locked pair.
       *[other] All { $wanted } partners { $need } wants are in locked pairs.
    }
why-both-full = { $offer } and { $need } both have all their partners, in pairs that give a higher total.
why-offer-full = { $capacity ->
        [one] { $offer } has used its one place on a pair that gives a higher total.
       *[other] { $offer } has used all its { $capacity } places on pairs that give a higher total.
    }
why-need-full = { $wanted ->
        [one] { $need } already has the one partner it wants, in a pair that gives a higher total.
       *[other] { $need } already has the { $wanted } partners it wants, in pairs that give a higher total.
    }

## The questionnaires for next round's surveys (their questions are known to the reading word for word)

survey-heading = Next round's survey
survey-lede = The questionnaires kommunematch reads best: every question the matching uses, with its answer options, so that next year's exports are read without guessing. A spreadsheet to fill in, a CSV, or a printable list to copy into Microsoft Forms, Google Forms or Nettskjema.
survey-language = Language of the questionnaire
survey-offers = For Norwegian municipalities (offers)
survey-needs = For Ukrainian communities (needs)
survey-xlsx = Spreadsheet (.xlsx)
survey-csv = CSV
survey-html = Questions to print (.html)
survey-download = Download { $what }: { $format }
meta-questionnaire = {" "}· made from kommunematch questionnaire { $version }
meta-questionnaire_questions = {" "}· its questions are kommunematch questionnaire { $version }'s
columns-by_questionnaire = the questionnaire's mark (its version)
question-municipality_name = Municipality (name and kommunenummer)
question-community_name = Hromada (name and KATOTTG code)
question-contact_name = Contact person's name
question-contact_role = Contact person's position
question-contact_email = Contact person's e-mail
question-contact_phone = Contact person's phone
question-areas = Which areas of competence can the municipality offer?
question-capacity = How many Ukrainian partner communities can the municipality cooperate with?
question-form = Which form of cooperation can the municipality offer?
question-preference = Which category of partner community does the municipality prefer?
question-languages = Which languages can those who will cooperate work in?
question-ties = Does the municipality already have contact with a Ukrainian community? If so, which?
question-learn = What does the municipality want to learn from its partner?
question-category = Is the hromada in the war zone or outside it?
question-urgent_needs = Urgent needs of the hromada (up to 5)
question-long_term_needs = Long-term needs of the hromada
question-partners_wanted = How many Norwegian partner municipalities does the hromada want?
question-international_partners = Does the hromada have international partners? If so, which?
help-municipality_name = Choose from the list: the kommunenummer identifies the municipality, and its county and population come from the official list.
help-community_name = Choose from the list: the KATOTTG code identifies the hromada, and its oblast, raion and population come from the official list.
help-contact_name = Named in the letters that introduce the partners to each other.
help-contact_role = Said in the letters, so that the partner knows whom they are writing to.
help-contact_email = The letters of introduction are addressed to it.
help-contact_phone = Given to the partner in the letters of introduction.
help-areas = Matched against the communities' needs: each need met gives points. Choose every area the municipality can really help with.
help-capacity = At most this many partners are given to the municipality.
help-form = Acute help meets urgent needs; long-term cooperation meets long-term needs.
help-preference = A partner of the preferred category gives points; no preference gives none either way.
help-languages = Partners with a common working language get points.
help-ties = An existing contact gives points, and is named in the letters.
help-learn = Said in the letters, so that the partner knows what the municipality hopes to learn.
help-category = Communities in the war zone can be given a share of the partners, as the coordinator chooses.
help-urgent_needs = Matched against the areas the municipalities offer, before the long-term needs.
help-long_term_needs = Matched against the areas the municipalities offer. An area also chosen as urgent counts as urgent.
help-partners_wanted = At most this many partners are given to the hromada.
help-international_partners = A Norwegian municipality named here gets points as a partner it already knows.
template-personal = Personal data
template-personal-why = Asked only to introduce the partners to each other; never part of the shared results, and left out of every download unless the coordinator includes it.
option-form-acute = Acute help (short term)
option-form-long_term = Long-term cooperation
option-form-both = Both
option-preference-none = No preference
template-title-offers = Survey for Norwegian municipalities: what you can offer
template-title-needs = Survey for Ukrainian communities: what you need
template-intro = kommunematch questionnaire { $version } · { $side } · { $language }. Each question below is one the matching uses; its help says what for. Copy each question's text and options exactly: kommunematch then knows every column of the export.
template-side-offers = offers
template-side-needs = needs
template-guide = How to build the form
template-guide-ms = Microsoft Forms: a text question for a short answer; “Choice” for a list, with “Multiple answers” on where several may be chosen, and “Drop-down” for the long lists. Export with “Open results in Excel”.
template-guide-google = Google Forms: “Short answer” for text; “Multiple choice” or “Drop-down” for one answer; “Checkboxes” where several may be chosen. Paste a list into the first option: one option per line. Export with Responses › Download responses (.csv).
template-guide-nettskjema = Nettskjema: “Short text” for text; “Radio buttons” or “Drop-down list” for one answer; “Checkboxes” where several may be chosen. Export the results as Excel or CSV.
template-guide-sheet = Or send the spreadsheet: one row per respondent, the lists to choose from in drop-downs, an x under each option that applies.
template-kind-entity = One answer from the list below (a drop-down)
template-kind-text = Short text
template-kind-count = One answer: 1 to 5
template-kind-one = One answer
template-kind-many = Several answers may be chosen
template-list = The { $count } entries of the list, one per line, to paste as the question's options
template-version-note = Made from kommunematch questionnaire { $version }
template-example = example
template-pick = Choose from the list.
template-tick = Write x under each option that applies.
template-sheet-answers = Answers
template-sheet-kommuner = Municipalities
template-sheet-hromady = Hromady
template-list-choice = Choose
template-list-name = Name
template-list-code = Code
template-list-county = County
template-list-oblast = Oblast
template-list-raion = Raion
