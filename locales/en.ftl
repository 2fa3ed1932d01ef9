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
worker_crashed = The matching stopped because of an internal error. It was made ready again: press “Run matching” once more. If it happens again, reload the page.
worker_unreachable = The background worker could not be reached. Reload the page.
panic = kommunematch stopped because of an internal error. Reload the page to start again; no data has left this browser.
