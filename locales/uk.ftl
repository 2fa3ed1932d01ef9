## The page

title = kommunematch
lede = Поєднує норвезькі муніципалітети з українськими громадами за відповідями на опитування. Усе відбувається в цьому браузері: жоден файл не залишає ваш комп’ютер.
language = Мова
step-load = 1. Завантажте експорти опитувань
step-settings = 2. Налаштування
step-run = 3. Поєднання
step-results = 4. Результати
drop-text = Перетягніть сюди експорти опитувань (XLSX, XLS, ODS, CSV, TSV; кілька одразу), шаблон відповідності або збережені результати (JSON), або
drop-choose = Виберіть файли…
example = Спробувати на прикладі
clear = Почати знову
files = Завантажені файли
remove = Вилучити
remove-file = Вилучити { $name }
side-offers = Пропозиції (норвезькі муніципалітети)
side-needs = Потреби (українські громади)
side-unknown = не розпізнано
meta-sheet = {" "}· аркуш «{ $sheet }»
meta-header = {" "}· заголовок у рядку { $row } · { $format }
counts-rows = { $rows ->
        [one] { $rows } рядок
        [few] { $rows } рядки
        [many] { $rows } рядків
       *[other] { $rows } рядка
    }:{" "}
counts-accepted = прийнято { $count }
counts-warnings = з попередженнями { $count }
counts-rejected = відхилено { $count }
counts-set_aside = відкладено на користь пізнішої відповіді: { $count }
read-as = Читати як
read-auto = Як розпізнано ({ $side })
columns-summary = Стовпці: зрозуміло { $understood } з { $columns }
columns-caption = Стовпці файлу { $file }
columns-column = Стовпець
columns-header = Заголовок
columns-meaning = Значення
columns-first = Перша відповідь
columns-label = Значення стовпця { $column } «{ $header }»
columns-auto = Автоматично: { $meaning }
columns-why = Як визначено
columns-by_you = ваш вибір
columns-by_dictionary = відоме запитання
columns-by_option = один стовпець на варіант
columns-by_tool = сервіс опитування: { $tool }
columns-by_tool-title = Власний стовпець сервісу опитування (коли й ким заповнено форму), а не питання опитування: ніколи не читається як відповідь.
columns-by_meaning = за словами { $words } ({ $certainty })
columns-sure = напевно
columns-likely = імовірно: перевірте
labels-in_rows = {" "}(рядки { $rows })
columns-unused = не використовується
columns-ignore = Не використовувати
columns-personal = {" "}персональні дані
labels-summary = Нерозпізнані відповіді: { $count }
labels-caption = Нерозпізнані відповіді у файлі { $file }
labels-answer = Відповідь
labels-question = Питання
labels-rows = Рядків
labels-means = Означає
labels-label = Сфера, яку означає «{ $answer }»
labels-left_out = Не розпізнано: пропущено
labels-ignore = Ігнорувати цю відповідь
issues-summary = Зауваження: { $issues } ({ $errors ->
        [one] { $errors } помилка
        [few] { $errors } помилки
        [many] { $errors } помилок
       *[other] { $errors } помилки
    })
cli-issues_more = … і ще { $count }: `kommunematch inspect { $file }` показує всі
issues-more = … і ще { $count } у звіті
issues-download_note = Імена, e-mail і телефони контактних осіб у звіт не входять: для цих стовпців він показує, що вони означають, а не їхній вміст.
issues-download_personal = Звіт міститиме приклади відповідей із контактних стовпців (персональні дані), як обрано в розділі «Поширити».
issues-download = Завантажити звіт цього файлу (JSON)
severity-error = Помилка
resolution-line = Знайдено в офіційних списках: за кодом — { $by_code }, за назвою — { $by_name }, за вашим вибором — { $chosen }; не знайдено — { $not_found }, з них { $ambiguous } через те, що назва підходить кільком.
entity-choose = Що мається на увазі?
entity-pick = Виберіть…
entity-forget = Не знаю: залишити невизначеним
about-map = Мапа: контури країн із Natural Earth 1:10m (суспільне надбання), через npm-пакет world-atlas 2.0.2, спрощені скриптом scripts/make_map.mjs. Крим показано як частину України. Кілька центрів на березі показано в найближчій точці контуру (не далі ніж за 2,8 км), а надто малі для нього острови — як цятки суходолу.
about-title = Про дані
about-lists = 357 норвезьких комун (2024) і 1469 українських територіальних громад вбудовано в застосунок, щоб назви знаходили офіційні коди без жодного запиту.
about-no = Норвегія: aprestmo/norway-geodata (MIT, © 2025 Alexander Prestmo), за даними SSB і Kartverket; центроїди обчислено з robhop/fylker-og-kommuner на основі даних Kartverket (CC BY 4.0).
about-ua = Україна: kse-ua/KSE-Loc-Data-Hub (MIT, © 2021 Andriy V. Koval; Zenodo 10.5281/zenodo.15267573). Воєнний статус у ньому — знімок станом на вересень 2022 року: підказка, а не сама категорія.
severity-note = Примітка
severity-warning = Попередження
preset-count = { $count ->
        [one] { $count } виправлення
        [few] { $count } виправлення
        [many] { $count } виправлень
       *[other] { $count } виправлення
    } у читанні файлів.
preset-save = Зберегти виправлення як шаблон (JSON)
preset-drop = Скасувати всі виправлення
settings-mode = Як обирати пари
mode-optimal = Оптимально: найбільша сума балів
mode-stable = Стабільно: жодні двоє не віддали б перевагу одне одному
mode-greedy = Жадібно: спершу найкраща пара (для порівняння)
settings-proposing = Хто пропонує (стабільно)
proposing-offers = Муніципалітети
proposing-needs = Громади
settings-weights = Ваги
preset-balanced = Збалансовано
preset-urgent_war_zone = Спершу нагальні потреби в зоні бойових дій
preset-long_term = Довгострокова інституційна розбудова
preset-custom = Власні
weight-urgent_need = Нагальна потреба
weight-long_term_need = Довгострокова потреба
weight-category = Бажана категорія
weight-form = Форма співпраці
weight-language = Спільна мова
weight-size = Подібний розмір
weight-existing_tie = Наявний зв’язок
weight-learning = Взаємне навчання
weight-has_partners = Уже має партнерів (мінус)
settings-shares = Найбільша частка місць на категорію (%)
share-war_zone = Зона бойових дій
share-outside = Поза зоною бойових дій
share-none = без обмеження
settings-tie_locks = Закріпити пари, що назвали одне одного з обох боків
settings-locks = Закріплені пари
settings-vetoes = Заборонені пари
settings-none = немає
release = Скасувати
release-pair = Скасувати { $municipality } – { $community }
run = Запустити поєднання
map-partners = партнери
map-title = Мапа пар
map-caption = { $pairs ->
        [one] { $pairs } пара
        [few] { $pairs } пари
        [many] { $pairs } пар
       *[other] { $pairs } пари
    } між { $municipalities ->
        [one] { $municipalities } муніципалітетом
       *[other] { $municipalities } муніципалітетами
    } Норвегії та { $communities ->
        [one] { $communities } громадою
       *[other] { $communities } громадами
    } України. Заповнені позначки мають партнера, порожні — ні.
map-help = Стрілками переходьте між показаними парами, Enter відкриває пояснення для громади, Escape — скасувати вибір.
map-norway = Норвегія
map-ukraine = Україна
map-kommune = Муніципалітет
map-with_partner = з партнером
map-without_partner = без
map-summary = Мапа словами
map-by_oblast = Пари за областями
map-by_county = Пари за фюльке
map-not_drawn = { $count } немає на мапі: не знайдено в офіційних списках, тому без координат.
map-pair_of = Пара { $number } з { $pairs }: { $pair }
map-source = Контури: Natural Earth (суспільне надбання).
map-unavailable = Не вдалося накреслити карту: її контури (static/outlines.json) не надійшли з цього сайту. Пари, діаграми та всі завантаження повні; перезавантажте сторінку, щоб спробувати ще раз.
map-waiting = Карта креслиться…
round-file = Попередній раунд: партнерств { $partnerships }, створено kommunematch { $version }; SHA-256 { $sha256 }…
round-use = Використати як попередній раунд: зберегти його партнерства
share-geojson = Дані для мапи (GeoJSON)
round-use_opened = Натомість використати як попередній раунд
round-unused = Не використано: наступний запуск почнеться з нуля.
settings-kept_in_capacity = Збережені партнерства входять у місткість і бажану кількість партнерів цього раунду
rounds-title = Від попередніх раундів
rounds-builds_on = Спирається на { $file } (SHA-256 { $sha256 }…).
rounds-summary = { $kept ->
        [one] Збережено { $kept } партнерство
        [few] Збережено { $kept } партнерства
        [many] Збережено { $kept } партнерств
       *[other] Збережено { $kept } партнерства
    }, завершено: { $ended }, нових у цьому раунді: { $new }.
rounds-standing = Долучилися в цьому раунді: { $joined }, повернулися: { $returned }, не відповіли (тут через свої партнерства): { $not_answering }.
rounds-kept = Збережені партнерства
rounds-ended = Завершені партнерства
rounds-end = Завершити
rounds-end-pair = Завершити партнерство { $municipality } – { $community }
rounds-resume = Усе ж зберегти
rounds-resume-pair = Усе ж зберегти партнерство { $municipality } – { $community }
rounds-first_score = бали під час створення
standing-joined = долучилася в цьому раунді
standing-returning = повертається
standing-not_answering = не відповіла в цьому раунді; тут через свої партнерства
explain-kept = Збережено з попередніх раундів: { $partners }
explain-ended = Завершено: { $partners }
settings-objective = Мета
objective-total = Найбільша загальна сума балів
objective-coverage = Спершу охопити найбільше громад, потім найбільша сума
objectives-line = Найбільше громад: { $coverage_reached } (із них { $coverage_war_zone } у зоні бойових дій) за { $coverage_score } балів; найбільша сума: { $total_reached } ({ $total_war_zone } у зоні бойових дій) за { $total_score } балів.
file-reading = Читання… (у фоні; сторінкою можна користуватися)
run-running = Поєднання… (у фоні; сторінкою можна користуватися)
run-done = Поєднання готове: { $pairs ->
        [one] { $pairs } пара
        [few] { $pairs } пари
        [many] { $pairs } пар
       *[other] { $pairs } пари
    }, сума балів { $score }.
run-files = Завантажено { $count ->
        [one] { $count } файл
        [few] { $count } файли
        [many] { $count } файлів
       *[other] { $count } файлу
    }.
run-need_both = Завантажте принаймні один файл пропозицій (норвезькі муніципалітети) і один файл потреб (українські громади) з читабельними рядками.
run-loaded_only = Завантажені результати можна переглядати й поширювати; щоб запустити знову, завантажте файли опитувань.
run-from_file = Ці результати завантажено з { $file }. Щоб запустити знову, завантажте файли опитувань.
summary = { $pairs ->
        [one] { $pairs } пара
        [few] { $pairs } пари
        [many] { $pairs } пар
       *[other] { $pairs } пари
    }, сума балів { $score }. Партнера мають { $municipalities_paired } з { $municipalities } муніципалітетів і { $communities_paired } з { $communities } громад; { $places ->
        [one] { $places } місце
        [few] { $places } місця
        [many] { $places } місць
       *[other] { $places } місця
    } запропоновано, { $wanted } бажано.
comparison = Оптимум за тих самих умов — { $optimum }; цей запуск поступається на { $given_up }. Блокувальних пар: { $blocking }.
diff-title = Що змінилося з попереднього запуску
diff-summary = { $added ->
        [one] { $added } нова пара
        [few] { $added } нові пари
        [many] { $added } нових пар
       *[other] { $added } нової пари
    }, { $removed ->
        [one] { $removed } пара зникла
        [few] { $removed } пари зникли
        [many] { $removed } пар зникло
       *[other] { $removed } пари зникло
    }, сума балів { $change }.
diff-added = Нова
diff-removed = Зникла
stop = Зупинити
stop-reading = Зупинити читання
stopped-run = Поєднання зупинено. Запустіть його знову, коли будете готові.
stopped-files = Читання зупинено, тож ці файли пропущено: { $files }. Додайте їх знову, коли будете готові.
results-outdated = Ці результати — до зміни: вони зникнуть, щойно файли буде прочитано знову.
preliminary = Пари готові; точні пояснення ще обчислюються. Завантаження чекають на них.
share-title = Поширити
share-json = Завантажити результати (JSON)
share-csv = Завантажити пари (CSV)
share-xlsx = Завантажити результати (Excel)
share-print = Надрукувати підсумок
share-personal = Додати контактних осіб (імена, e-mail, телефони) до JSON
step-letters = 6. Листи-знайомства
step-scenarios = 5. Зважте сценарії
scenarios-lede = Збережіть запуск як сценарій, змініть налаштування, запустіть і збережіть інший: до шести поруч — що кожен дає і чого коштує. Виберіть той, з яким працюватимете далі; файл результатів фіксує зважені варіанти.
scenarios-name = Назва сценарію
scenarios-keep = Зберегти цей запуск як сценарій
scenarios-kept = Цей запуск збережено як «{ $name }».
scenarios-full = Збережено шість сценаріїв: вилучіть один, щоб зберегти інший.
scenarios-none = Сценаріїв ще немає. Збережіть цей запуск, потім змініть налаштування (мету, ваги, частку, закріплення чи заборону) і збережіть наступний.
scenarios-table = Сценарії поруч (найкраще в кожному рядку позначено)
scenarios-figure = Показник
scenarios-best = найкраще
scenarios-vs_first = { $difference } порівняно з першим
scenarios-outdated = зроблено до зміни файлів чи виправлень: запустіть знову
scenarios-chosen = вибрано
scenarios-choose = Продовжити з { $name }
scenarios-run_again = Запустити { $name } знову
scenarios-remove = Вилучити { $name }
scenarios-settings = Налаштування
scenarios-choice = Вибір
scenarios-compare = Порівняти два сценарії
scenarios-a = Сценарій A
scenarios-b = Сценарій B
scenarios-counts = { $only_a ->
        [one] { $only_a } пара
        [few] { $only_a } пари
        [many] { $only_a } пар
       *[other] { $only_a } пари
    } лише в A, { $only_b } лише в B, { $both } в обох.
scenarios-only_a = лише в A
scenarios-only_b = лише в B
scenarios-changes = Хто отримує, втрачає чи змінює партнера ({ $count })
scenarios-partners = A: { $partners_a } · B: { $partners_b }
scenarios-same = A і B утворюють ті самі пари.
scenarios-map = Різниця на мапі: пунктир — лише в A, суцільні лінії — лише в B
scenarios-by_category = Громади з партнером за категорією
scenarios-by_area = Задоволені потреби за сферою (пари)
scenarios-pick_two = Збережіть ще один сценарій, щоб порівняти два.
scenarios-recorded = Завантажений файл результатів фіксує { $count ->
        [one] { $count } зважений сценарій
        [few] { $count } зважені сценарії
        [many] { $count } зважених сценаріїв
       *[other] { $count } зваженого сценарію
    }.
weighed-line = Сценарії, зважені перед цим результатом: { $scenarios }.
scenario-total = Найбільша сума
scenario-coverage = Спершу найбільше громад
scenario-stable = Стабільний
scenario-greedy = Жадібний
scenario-war_zone = зона бойових дій ≤ { $percent } %
scenario-outside = поза зоною ≤ { $percent } %
scenario-locks = закріплено { $count }
scenario-vetoes = заборонено { $count }
letters-lede = Лист для кожної пари обом сторонам — норвезькою, українською й англійською: хто партнер, чому їх поєднано, до кого звертатися й перший крок. Як чернетки, що ваша поштова програма відкриє готовими до надсилання, або для друку, по листу на сторінку.
letters-contacts = Адресувати листи контактним особам і називати їх (персональні дані)
letters-contacts_warning = Чернетки міститимуть імена, адреси ел. пошти й телефони. Надсилайте їх лише партнерам.
letters-no_contacts = Без контактних осіб кожен лист радить партнерам зв’язатися через координаторів програми.
letters-cc = Копія кожної чернетки на адресу (необов’язково)
letters-cc_bad = «{ $address }» не є адресою, на яку поштова програма може надіслати лист.
letters-edit = Редагувати текст листів
letters-placeholders = Заповнювачі, що підставляються для кожної пари:
letters-save = Зберегти ці слова на наступний рік: шаблон (JSON)
letters-zip = Завантажити чернетки листів (.zip)
letters-print = Завантажити листи для друку (.html)
letters-summary = Листів: { $letters } з { $pairs ->
        [one] { $pairs } пари
       *[other] { $pairs } пар
    }. Адресатів пропущено через відсутню чи непридатну адресу: { $left_out }.
letters-pairs = Які пари отримають лист ({ $ticked } з { $pairs })
letters-all = Вибрати всі
letters-none = Зняти всі
letters-write = Написати лист
letters-write_for = Написати лист: { $pair }
letters-left_out = пропущено: { $recipients }
letters-results_file = Листи пишуться з файлів опитувань: завантажте їх, щоб написати листи.
share-personal_warning = Файл міститиме персональні дані. Передавайте його лише тим, кому він потрібен.
charts-title = Підсумок
charts-areas = Задоволені потреби за сферами (12 найбільших)
charts-category = Громади з партнером за категоріями
charts-oblast = Громади з партнером за областями
charts-county = Використані місця за фюльке (округами)
charts-no_county = Фюльке не вказано
charts-capacity = Використані місця
charts-of = { $part } з { $whole }
category-war_zone = Зона бойових дій
category-outside = Поза зоною бойових дій
category-unknown = Категорію не вказано
table-caption = Пари
table-filter = Фільтр пар (назва, код або сфера)
table-shown = Показано { $shown } з { $pairs ->
        [one] { $pairs } пари
       *[other] { $pairs } пар
    }
table-offer = Муніципалітет
table-need = Громада
table-score = Бали
table-needs_met = Задоволені потреби
table-components = Бали за складовими
table-actions = Коригувати
table-sort = Сортувати за { $column }
lock = Закріпити
veto = Заборонити
lock-pair = Закріпити { $municipality } – { $community }
veto-pair = Заборонити { $municipality } – { $community }
locked = закріплено
locked-tie = закріплено: назвали одне одного
tie = наявний зв’язок
explain-open = Пояснити { $name }
explain-close = Закрити
explain-partners = Партнери
explain-ties_outside = Наявні зв’язки поза цим поєднанням:
explain-alternatives = Найкращі кандидати, яких не обрано
explain-alternatives_later = Вони з’являться разом із точними поясненнями, за мить.
explain-rise = було б обрано з { $points ->
        [one] { $points } балом
        [few] { $points } балами
        [many] { $points } балами
       *[other] { $points } бала
    } більше
explain-capacity = Місць { $capacity }, використано { $used }
explain-wanted = Бажає { $wanted ->
        [one] { $wanted } партнера
        [few] { $wanted } партнерів
        [many] { $wanted } партнерів
       *[other] { $wanted } партнера
    }, отримала { $got }
explain-none = Немає пар.
unmatched-offers = Муніципалітети без партнера ({ $count })
unmatched-needs = Громади без партнера ({ $count })
unmatched-best = Найкращий кандидат: { $name } ({ $points ->
        [one] { $points } бал
        [few] { $points } бали
        [many] { $points } балів
       *[other] { $points } бала
    })
component-urgent_needs = нагальні потреби
component-long_term_needs = довгострокові потреби
component-category = категорія
component-form = форма
component-language = мова
component-size = розмір
component-existing_tie = наявний зв’язок
component-learning = навчання
component-has_partners = має партнерів
reload = Перезавантажити сторінку
update = Нова версія kommunematch готова. Робота на цій сторінці не зберігається: перейдіть, коли закінчите, або вона з'явиться сама, коли всі вкладки kommunematch буде закрито.
update-now = Перейти на нову версію
worker_crashed = Поєднання зупинилося через внутрішню помилку. Його знову підготовлено: натисніть «Запустити поєднання» ще раз. Якщо це повториться, перезавантажте сторінку.
worker_unreachable = Фоновий процес не відповідає. Перезавантажте сторінку.
panic = kommunematch зупинився через внутрішню помилку. Перезавантажте сторінку, щоб почати знову; жодні дані не залишили цей браузер.

## Messages about the data (the reading, the matching, the letters, comparisons) and the command line

reading-headers-match-neither-offers = заголовки не відповідають ні опитуванню пропозицій (норвезькі муніципалітети), ні опитуванню потреб (українські громади). Виберіть бік вручну або перевірте, що це експорт опитування.
reading-column-names-municipality-kommune = жоден стовпець не містить муніципалітету (Kommune) чи його номера (Kommunenummer), тож рядки неможливо розрізнити. Додайте цей стовпець в експорт або призначте стовпець вручну.
reading-column-names-community-katottg = жоден стовпець не містить назви громади чи її коду КАТОТТГ, тож рядки неможливо розрізнити. Додайте цей стовпець в експорт або призначте стовпець вручну.
reading-file-has-header-row = файл має рядок заголовків, але жодної відповіді під ним. Експортуйте знову, коли надійдуть відповіді.
reading-column-gives-map-column = жоден стовпець не містить «{ $name }».{ $what } Призначте стовпець вручну, якщо він є в експорті.
reading-column-gives-most-likely = жоден стовпець не містить «{ $name }».{ $what } Найімовірніші стовпці: { $likely }. Призначте один із них вручну, якщо мається на увазі він.
reading-answered-once-answer-set = { $name } ({ $id }) відповіли більше одного разу; цю відповідь{ $when } відкладено на користь пізнішої у { $kept_file } рядок { $kept_row }{ $kept_when }. Вилучіть зайвий рядок, якщо це помилка.
reading-survey-has-question-address = в опитуванні немає питання про «{ $name }»: замість нього використано адресу чи ім’я, з якими кожен респондент увійшов у { $tool }. Перевірте, що респонденти — контактні особи, або додайте питання наступного року.
reading-row-gives-same-contact = усі рядки мають ту саму електронну пошту контактної особи: це не адреса контактної особи (форма, що не збирає адрес, дає одне значення для всіх). Призначте стовпець з адресами контактних осіб або запитайте їх наступного року.
reading-value-contact-e-mail = жодне значення в стовпці електронної пошти контактної особи не є адресою. Призначте стовпець з адресами контактних осіб.
reading-column-read-holds-only = стовпець, прочитаний як «{ $name }», містить лише позначки (1/0, x, так/ні), а не відповіді: схоже, це один варіант питання, експортованого по стовпцю на варіант. Його клітинки не прочитано як відповіді; призначте стовпець варіанту, який він позначає, або нічому.
reading-example-row = Цей рядок — приклад з анкети: пропущено. Пишіть відповіді в окремих рядках або очистіть останню клітинку прикладу, якщо писали поверх нього.
reading-questionnaire-newer = Файл зроблено з анкети kommunematch { $version }, новішої, ніж знає ця програма (версія { $known }): питання читаються за їхніми словами. Оновіть kommunematch, щоб читати їх дослівно.
reading-blank-1-assumed-fill = { $what }: не вказано; прийнято 1. Заповніть, якщо мається на увазі інше число.
reading-whole-number-least-1 = { $what } «{ $answer }» не є цілим числом не менше 1; прийнято 1. Виправте відповідь у файлі чи у відповідності.
reading-area-taxonomy-knows-was = «{ $answer }» — не сфера з таксономії; її пропущено під час поєднання. Призначте сферу вручну, якщо вона мається на увазі.
reading-area-competence-recognised-so = не розпізнано жодної сфери компетенції, тож муніципалітет не можна поєднати. Перевірте відповідь або відповідність стовпців.
reading-need-recognised-so-community = не розпізнано жодної потреби, тож громаду не можна поєднати. Перевірте відповідь або відповідність стовпців.
reading-neither-municipality-s-name = не вказано ні назви муніципалітету, ні його номера, тож рядок не можна використати. Заповніть назву.
reading-neither-community-s-name = не вказано ні назви громади, ні її коду КАТОТТГ, тож рядок не можна використати. Заповніть назву.
reading-municipality-s-name-blank = назва муніципалітету порожня; його ідентифікує номер { $id }. Заповніть назву.
reading-community-s-name-blank = назва громади порожня; її ідентифікує код КАТОТТГ { $id }. Заповніть назву.
reading-four-digit-kommunenummer-name = «{ $answer }» — не чотиризначний номер комуни; для ідентифікації використано назву.
reading-katottg-code-ua-17 = «{ $answer }» — не код КАТОТТГ (UA і 17 цифр); громаду ідентифікують назва й область.
reading-category-war-zone-outside = категорію (зона бойових дій чи поза нею) не вказано; громаду поєднано без урахування категорії.
reading-neither-war-zone-nor = «{ $answer }» — ні зона бойових дій, ні поза нею; громаду поєднано без урахування категорії.
reading-looks-like-spreadsheet-formula = «{ $text }» схоже на формулу електронної таблиці. Його збережено як звичайний текст і ніколи не виконано; перевірте відповідь.
reading-looks-like-html-markup = «{ $text }» схоже на HTML. Його збережено як звичайний текст і ніколи не виконано; перевірте відповідь.
reading-kommunenummer-357-municipalities-2024 = «{ $code }» не є номером жодної з 357 комун (2024); для ідентифікації використано назву. Перевірте номер.
reading-katottg-code-1-469 = «{ $code }» не є кодом КАТОТТГ жодної з 1469 громад; для ідентифікації використано назву. Перевірте код.
reading-code-but-name-points = код { $code } — це { $official }, але назва вказує на { $named } ({ $named_id }); використано код. Перевірте, що мається на увазі.
reading-name-municipality-give-county = «{ $name }» — назва кількох комун: { $list }. Вкажіть фюльке чи номер комуни або виберіть одну.
reading-name-community-give-oblast = «{ $name }» — назва кількох громад: { $list }. Вкажіть область і район або код КАТОТТГ чи виберіть одну.
reading-municipality-official-list-spelling = «{ $name }» немає в офіційному списку комун у жодному написанні; залишено як написано. Перевірте назву або вкажіть номер комуни.
reading-community-official-list-spelling = «{ $name }» немає в офіційному списку громад у жодному написанні; залишено як написано. Перевірте назву або вкажіть код КАТОТТГ.
reading-category-blank-2022-list = категорію не вказано; за списком 2022 року громада була { $s }, тож її поєднано як { $c }. Перевірте: список відображає стан на той час.
reading-survey-says-2022-list = в опитуванні — { $c }; за списком 2022 року громада була { $s }. Використано відповідь з опитування.
reading-2022-list-has-community = за списком 2022 року ця громада на окупованій території. Координатор вирішує, чи і як її поєднувати.
reading-kommunematch-input-file = не файл вхідних даних kommunematch: { $detail }
reading-input-format-version-known = версія формату вхідних даних { $found } невідома; ця версія читає версію 1
reading-lists-objects-nested-levels = списки й об’єкти вкладено глибше ніж на { $limit } рівнів (рядок { $line }) — набагато більше, ніж має формат вхідних даних
reading-file-empty-export-survey = { $f }: файл порожній. Експортуйте відповіді знову й завантажте новий файл.
reading-looks-like-spreadsheet-but = { $f }: це схоже на електронну таблицю, але її не вдається відкрити ({ $detail }). Файл може бути пошкоджений чи обрізаний: відкрийте його в Excel і збережіть знову або експортуйте як CSV.
reading-neither-spreadsheet-xlsx-xls = { $f }: це не електронна таблиця (XLSX, XLS, ODS) і не текстова таблиця (CSV, TSV). Завантажте сам експорт опитування.
reading-line-quoted-field-starts = { $f } › рядок { $line }: поле в лапках починається тут і ніколи не закривається. Перевірте лапки в цьому рядку або експортуйте знову.
reading-line-quoted-field-followed = { $f } › рядок { $line }: після закривальних лапок поля є ще текст. Перевірте лапки в цьому рядку або експортуйте знову.
reading-header-row-found-row = { $f }: не знайдено рядка заголовків (рядка, що називає принаймні два стовпці). Перший рядок експорту має містити запитання.
reading-survey-answers-json-must = { $f }: { $detail }. Відповіді в JSON мають відповідати формату вхідних даних kommunematch (docs/input-format.md); результати й відповідності завантажуються як такі, а не як опитування.
reading-mb-mb-survey-export = { $f }: { $size } МБ — більше, ніж { $limit } МБ, які може мати експорт. Перевірте, що це експорт опитування; розділіть його, якщо він справді такий великий.
reading-rows-survey-municipalities-has = { $f }: понад { $limit } рядків ({ $found } або більше) — більше, ніж має будь-яке опитування громад. Перевірте, що це експорт опитування.
reading-row-column-cell-longer = { $f } › рядок { $row } › стовпець { $column }: клітинка довша за { $limit } символів — більше за будь-яку відповідь. Перевірте її або експортуйте знову.
reading-columns-survey-export-can = { $f }: { $found } стовпців — більше, ніж { $limit }, які може мати експорт. Перевірте, що це експорт опитування, а не інша таблиця.
reading-browser-could-read-file = { $f }: браузер не зміг прочитати файл ({ $detail }). Перевірте, що він на місці й не відкритий в іншій програмі, і завантажте його знову.
reading-cells-counting-empty-ones = { $f }: понад { $limit } клітинок (разом із порожніми між заповненими) — більше, ніж має будь-який експорт. Перевірте, що це експорт опитування, а не інша таблиця; видаліть зайві клітинки далеко внизу чи праворуч від відповідей.
reading-spreadsheet-unpacks-mb-mb = { $f }: таблиця розпаковується до { $size } МБ — більше, ніж { $limit } МБ, які може мати експорт. Перевірте, що це експорт опитування; відкрийте його в Excel і збережіть знову або експортуйте як CSV.
reading-kommunematch-mapping-preset = не файл відповідностей kommunematch: { $detail }
reading-mapping-preset-version-known = версія файлу відповідностей { $found } невідома; ця версія читає версію 1
reading-preset-maps-answer-which = файл відповідностей зіставляє відповідь із «{ $area }», що не є кодом сфери
reading-preset-maps-name-which = файл відповідностей зіставляє назву з «{ $id }», що не є номером комуни чи кодом КАТОТТГ зі списків
matching-reading-file-s-table = Читання таблиці файлу…
matching-reading-answers-row = Читання відповідей: рядок { $done } з { $of }
matching-scoring-pair = Оцінювання всіх пар…
matching-finding-best-pairs = Пошук найкращих пар…
matching-explaining-choices-municipalities = Пояснення вибору: { $done } з { $of } муніципалітетів
matching-comparing-other-objective = Порівняння з іншою метою…
matching-lock-names-which-loaded = закріплення називає «{ $id }», якого немає в жодному завантаженому файлі. Вилучіть закріплення або завантажте потрібний файл.
matching-veto-names-which-loaded = заборона називає «{ $id }», якого немає в жодному завантаженому файлі. Вилучіть заборону або завантажте потрібний файл.
matching-pair-both-locked-vetoed = пара { $o } – { $n } водночас закріплена й заборонена. Вилучіть одне з двох.
matching-has-locked-pairs-but = { $name } ({ $id }) має { $locked ->
        [one] { $locked } закріплену пару
        [few] { $locked } закріплені пари
        [many] { $locked } закріплених пар
       *[other] { $locked } закріпленої пари
    }, але місць лише { $limit }. Вилучіть { $over ->
        [one] { $over } закріплення
        [few] { $over } закріплення
        [many] { $over } закріплень
       *[other] { $over } закріплення
    } або збільште кількість партнерів.
matching-locked-pairs-communities-but = { $locked ->
        [one] { $locked } закріплена пара
        [few] { $locked } закріплені пари
        [many] { $locked } закріплених пар
       *[other] { $locked } закріпленої пари
    } — з громадами { $which }, але частка { $percent }% з { $total } місць дозволяє лише { $limit }. Збільште частку або вилучіть закріплення ({ $over }).
matching-weight-out-range-weights = вага { $weight } = { $value } поза межами; ваги лежать між −{ $limit } і { $limit }.
matching-war-zone-share-percentage = частка для зони бойових дій — це відсоток: від 0 до 100.
matching-outside-share-percentage-0 = частка поза зоною бойових дій — це відсоток: від 0 до 100.
matching-municipalities-communities-pairs-weigh = { $offers } муніципалітетів × { $needs } громад — це { $pairs } пар для оцінки, більше ніж { $limit }, які поєднання бере за раз (уся Норвегія × уся Україна — 524433). Перевірте, що це експорти опитувань, або поєднуйте частинами, область за областю.
matching-kommunematch-results-file = це не файл результатів kommunematch ({ $detail })
matching-results-schema-version-version = версія формату результатів { $found } — не та, яку читає ця версія ({ $reads }); відкрийте файл версією kommunematch, що його створила ({ $made_by })
matching-id-appears-twice-among = ідентифікатор трапляється двічі серед муніципалітетів чи громад
matching-pair-names-municipality-community = пара { $pair } називає муніципалітет чи громаду, яких немає у файлі
matching-pair-appears-twice = пара { $pair } трапляється двічі
matching-score-sum-components = бал пари { $pair } не дорівнює сумі складників
matching-total-score-sum-pairs = загальна сума не дорівнює сумі балів пар
matching-has-pairs-but-file = { $name } ({ $id }) має { $pairs } пар, але файл каже { $says } з { $of }
matching-listed-unmatched-but-unmatched = { $id } значиться без партнера, але не є муніципалітетом без партнера
matching-listed-unmatched-but-unmatched-2 = { $id } значиться без партнера, але не є громадою без партнера
matching-coordinator-forbade-pair = Координатор заборонив цю пару.
matching-all-places-municipality-locked = Усі місця муніципалітету в закріплених парах.
matching-all-partners-community-wants = Усі бажані партнери громади в закріплених парах.
matching-both-have-all-their = Обидві сторони мають усіх партнерів у парах, що дають більшу суму.
matching-municipality-has-used-all = Муніципалітет використав усі місця на пари, що дають більшу суму.
matching-community-already-has-partners = Громада вже має бажаних партнерів у парах, що дають більшу суму.
matching-share-places-community-s = Частку місць для категорії цієї громади вичерпано.
matching-another-assignment-gives-higher = Інший розподіл дає більшу суму.
matching-area-competence-was-recognised = У відповіді не розпізнано жодної сфери компетенції.
matching-need-was-recognised-answer = У відповіді не розпізнано жодної потреби.
matching-none-areas-competence-matches = Жодна з його сфер компетенції не відповідає потребі завантаженої громади.
matching-loaded-municipality-offers-needs = Жоден завантажений муніципалітет не пропонує жодної з її потреб.
matching-pair-could-make-was = Усі можливі пари заборонив координатор.
matching-community-could-help-got = Усі громади, яким він міг допомогти, отримали партнерів із більшою сумою або не хотіли більше партнерів.
matching-municipality-could-help-used = Усі муніципалітети, що могли допомогти, використали місця на пари з більшою сумою.
letters-introductions-print-them-browser = Листів-знайомств: { $n }. Надрукуйте їх із браузера (Ctrl+P або ⌘P): по листу на сторінку A4.
letters-placeholder-placeholders = «{"{"}{ $name }{"}"}» не є заповнювачем; заповнювачі: { $known }
letters-brace-closed-write-placeholder = дужку не закрито: заповнювач пишіть як {"{"}partner{"}"}, а саму дужку — як {"{"}{"{"} або {"}"}{"}"}
compare = немає в { $w }: { $reason }
compare-two-results-were-made = Два результати зроблено з різних файлів (лише в A: { $a }; лише в B: { $b }). Порівнюйте результати тих самих файлів опитувань і попередніх раундів.
compare-two-results-read-same = Два результати прочитали ті самі файли по-різному (коди лише в A: { $a }; лише в B: { $b }). Запустіть обидва з тими самими виправленнями.
cli-command-given = не вказано команди
cli-unknown-command = невідома команда «{ $c }»
cli-unknown-option = невідомий параметр «{ $o }»
cli-option-command = «{ $o }» не є параметром цієї команди
cli-needs-value = { $o } потребує значення
cli-takes-value = { $o } не приймає значення
cli-choose = { $option } «{ $value }»: виберіть { $choices }
cli-takes-percentage-0-100 = { $o } приймає відсоток від 0 до 100
cli-say-whether-offers-needs = «{ $f }»: вкажіть, це --offers чи --needs
cli-give-least-offers-file = вкажіть принаймні один файл --offers і один --needs або --example
cli-give-least-file-inspect = вкажіть принаймні один файл для перевірки
cli-give-name-look-up = вкажіть назву для пошуку
cli-letters-written-file-give = листи записуються у файл: вкажіть його через -o (.zip із чернетками листів або .html для друку)
cli-give-exactly-two-results = вкажіть рівно два файли результатів для порівняння (A і B), а не { $n }
cli-format-xlsx-writes-workbook = --format xlsx записує книгу: вкажіть файл через -o
cli-template-needs-side = вкажіть опитування: --side offers або --side needs
cli-argument-valid-unicode = аргумент не є коректним Unicode
cli-cannot-read-file = { $p }: не вдається прочитати файл: { $e }
cli-cannot-write = { $p }: не вдається записати: { $e }
cli-cannot-write-standard-output = не вдається записати в стандартний вивід: { $e }
cli-header-must-offer-id = { $p }: заголовок має бути offer_id,need_id
cli-row = { $p } › рядок { $row }: { $detail }
cli-weights-object = { $p }: не об’єкт ваг: { $detail }
cli-workbook-could-made = не вдалося створити книгу: { $detail }
cli-municipality-community-lists-spelling = «{ $name }» немає серед комун і громад зі списків у жодному написанні
cli-cc-e-mail-address = --cc «{ $a }» не є адресою, на яку поштова програма може надіслати лист
cli-pairs-results-these-files = { $n ->
        [one] { $n } пари з результатів немає
       *[other] { $n } пар із результатів немає
    } в цих файлах (інші файли?): { $list }
cli-drafts-could-packed = не вдалося запакувати чернетки: { $detail }
cli-report-could-written = не вдалося записати звіт: { $detail }
cli-letters-letters-recipients-left-out = { $n ->
        [one] { $n } лист
        [few] { $n } листи
        [many] { $n } листів
       *[other] { $n } листа
    }; адресатів пропущено через відсутню чи непридатну адресу: { $left_out }
cli-letters-letters-name-contact-person = листи не називають контактних осіб: додайте --include-personal-data, щоб адресувати їх

## Words of the letters, the exports and comparisons

compare-total-score = Загальна оцінка
compare-pairs = Пари
compare-communities-partner = Громади з партнером
compare-war-zone = … у зоні бойових дій
compare-outside-war-zone = … поза зоною бойових дій
compare-municipalities-partner = Муніципалітети з партнером
compare-places-used = Використані місця
compare-blocking-pairs = Блокувальні пари
compare-points-below-largest-total = Балів менше за найбільшу суму (ті самі обмеження)
compare-communities-below-most-reachable = Громад менше за найбільшу можливу кількість (ті самі обмеження)
compare-gains-partner = отримує партнера
compare-loses-partner = втрачає партнера
compare-changes-partner = змінює партнера
compare-scenarios-compared = Порівняння сценаріїв
compare-headline-figures = Основні показники
compare-b = B − A
compare-pairs-only = Пари лише в A
compare-pairs-only-b = Пари лише в B
compare-pairs-both = Пари в обох
compare-who-gains-loses-changes = Хто отримує, втрачає чи змінює партнера
compare-best = найкраще
compare-municipality = Муніципалітет
compare-community = Громада
compare-2 = У
compare-partner = без партнера
compare-among-best-alternatives-result = немає серед найкращих альтернатив цього результату
export-kommunenummer-municipality-id = Номер комуни
export-municipality = Муніципалітет
export-katottg-community-id = Код КАТОТТГ
export-community = Громада
export-score = Бал
export-urgent-needs-met = Задоволені нагальні потреби
export-long-term-needs-met = Задоволені довгострокові потреби
export-locked = Закріплено
export-score-component = Бал за складниками
export-id = Ідентифікатор
export-name = Назва
export-reason-code = Код причини
export-reason = Причина
letters-partnership = Партнерство
letters-english-both-partners = Українською
letters-your-partner = Ваш партнер
letters-partners = Партнери
letters-why-you-were-matched = Чому вас поєднано
letters-contact-persons = Контактні особи
letters-first-step = Перший крок
letters-name = Назва
letters-county = Фюльке
letters-oblast = Область
letters-raion = Район
letters-population = Населення
letters-situation = Розташування
letters-urgent-needs-met = Нагальні потреби, які закриває партнер
letters-long-term-needs-met = Довгострокові потреби, які закриває партнер
letters-cooperation-offered = Співпраця, яку пропонує партнер
letters-common-working-languages = Спільні робочі мови
letters-what-norwegian-municipality-wants = Чого норвезький муніципалітет хоче навчитися
letters-you-named-other-existing = Одна зі сторін назвала іншу своїм наявним партнером.
letters-contact-details-given-here = Контактних даних тут немає: зв’яжіться з партнером через координаторів програми.
letters-position = Посада
letters-e-mail = Ел. пошта
letters-phone = Телефон
letters-e-mail-address-survey = адресу ел. пошти з анкети неможливо використати
letters-survey-gives-e-mail = в анкеті немає адреси ел. пошти
letters-short-term-acute-help = короткострокова, невідкладна допомога
letters-long-term-cooperation = довгострокова співпраця
letters-acute-help-long-term = невідкладна допомога й довгострокова співпраця
letters-english = англійська
letters-ukrainian = українська
letters-norwegian = норвезька
letters-russian = російська
letters-polish = польська
letters-german = німецька
letters-french = французька
letters-spanish = іспанська
letters-dear-colleagues-through-municipal = Шановні колеги!{"\u000A"}{"\u000A"}У межах програми співпраці KS та Асоціації міст України ваша громада ({"{"}community{"}"}) отримала партнера — норвезький муніципалітет {"{"}partner{"}"}. Тут усе, що потрібно для першого контакту.
letters-please-write-each-other = Напишіть контактній особі муніципалітету {"{"}partner{"}"} протягом двох тижнів і домовтеся про першу онлайн-зустріч. Програма може допомогти з перекладом.
letters-kind-regards-programme-s = З повагою{"\u000A"}Координатори програми
letters-greeting = Привітання
letters-first-step-2 = Перший крок
letters-signature = Підпис
reading-number-partners-wanted = бажана кількість партнерів
reading-number-partners = кількість партнерів

## What a column means, and the words of the reading's messages

field-contact_name = Ім’я контактної особи
field-contact_role = Посада контактної особи
field-contact_email = E-mail контактної особи
field-contact_phone = Телефон контактної особи
field-languages = Робочі мови
field-comment = Коментарі
field-response_id = ID відповіді (сервіс опитування)
field-timestamp = Час відповіді
field-start_time = Час початку (сервіс опитування)
field-completion_time = Час завершення (сервіс опитування)
field-last_modified = Час останньої зміни (сервіс опитування)
field-answer_time = Час на відповідь (сервіс опитування)
field-respondent_email = E-mail респондента (сервіс опитування)
field-respondent_name = Ім’я респондента (сервіс опитування)
field-population = Чисельність населення
field-municipality_name = Муніципалітет (комуна)
field-municipality_number = Номер комуни
field-county = Фюльке (округ)
field-areas = Запропоновані сфери компетенції
field-capacity = Скільки партнерів може взяти
field-form = Форма співпраці (нагальна / довгострокова)
field-preference = Бажана категорія партнера
field-international_experience = Досвід міжнародної співпраці
field-ties = Наявний контакт з українською громадою
field-learn = Чого муніципалітет хоче навчитися
field-refugees = Розселені українські біженці
field-political_anchoring = Політична підтримка
field-community_name = Громада
field-katottg = Код КАТОТТГ
field-oblast = Область
field-raion = Район
field-category = Категорія (зона бойових дій / поза нею)
field-idps = Зареєстровані ВПО
field-damage = Рівень руйнувань
field-urgent_needs = Нагальні потреби
field-long_term_needs = Довгострокові потреби
field-partners_wanted = Бажана кількість партнерів
field-international_partners = Наявні міжнародні партнери
category-words-war_zone = у зоні бойових дій
category-words-outside = поза зоною бойових дій
status-words-not_occupied = не окупована й поза зоною бойових дій
status-words-war_zone = у зоні бойових дій
status-words-deoccupied = окупована й згодом деокупована
status-words-occupied = окупована
field-missing-category = {" "}Де громада є в списку 2022 року, використано її статус; перевірте.
field-missing-count = {" "}Кожен рядок прочитано як 1.
field-missing-other = {" "}Жоден рядок не можна за цим поєднати.

## Where something is, the workbook's sheets, and the command line's usage

location-row = рядок
location-column = стовпець
quote-open = «
quote-close = »
sheet-pairs = Пари
sheet-unmatched-municipalities = Муніципалітети без партнера
sheet-unmatched-communities = Громади без партнера
usage-overview =
    використання:
      kommunematch match --offers ФАЙЛ... --needs ФАЙЛ... [параметри] [-o ФАЙЛ]
      kommunematch match --example [параметри] [-o ФАЙЛ]
      kommunematch scores --offers ФАЙЛ... --needs ФАЙЛ... [--weights В] [--preset ФАЙЛ] [-o ФАЙЛ]
      kommunematch inspect ФАЙЛ... [--preset ФАЙЛ] [--include-personal-data] [-o ФАЙЛ]
      kommunematch gazetteer НАЗВА [--oblast X] [--raion X] [--county X]
      kommunematch letters --offers ФАЙЛ... --needs ФАЙЛ... [--results ФАЙЛ] [--format eml|html] -o ВИХІД
      kommunematch compare A.json B.json [--format json|md|csv] [-o ФАЙЛ]
      kommunematch template --side offers|needs [--lang nb|nn|uk|en] [--format xlsx|csv|html] [-o ФАЙЛ]
      kommunematch КОМАНДА --help      параметри команди
    кожна команда також приймає --lang nb|nn|uk|en для повідомлень (типово en).
    Файли, які не вдається прочитати, дають по повідомленню й код виходу 1; неправильне використання — код 2.
usage-match =
    використання: kommunematch match --offers ФАЙЛ... --needs ФАЙЛ... [параметри] [-o ФАЙЛ]
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
      --lang nb|nn|uk|en                мова повідомлень
usage-scores =
    використання: kommunematch scores --offers ФАЙЛ... --needs ФАЙЛ... [параметри] [-o ФАЙЛ]
    Записує кожну можливу пару з додатним балом як CSV (offer_id,need_id,score).
      --offers ФАЙЛ...               експорти опитування норвезьких муніципалітетів
      --needs ФАЙЛ...                експорти опитування українських громад
      --example                      вбудовані приклади даних
      --weights ФАЙЛ|НАБІР           JSON-об’єкт ваг або balanced, urgent_war_zone, long_term
      --preset ФАЙЛ                  шаблон відповідності, збережений зі сторінки
      -o, --output ФАЙЛ              записати туди замість стандартного виводу
      --lang nb|nn|uk|en                мова повідомлень
usage-gazetteer =
    використання: kommunematch gazetteer НАЗВА [параметри]
    Шукає комуну чи громаду у вбудованих списках (357 комун, 1469 громад) за назвою в будь-якій формі: будь-який
    регістр, з kommune/громада/hromada чи без, кирилицею чи латиницею, за центром. Виводить знайдене або всіх
    кандидатів як JSON; код виходу 1, якщо жоден список її не має.
      --oblast X, --county X         обмежити областю чи фюльке (будь-яка форма: Київська, Kyiv oblast, Nordland)
      --raion X                      обмежити районом
      --lang nb|nn|uk|en                мова повідомлень
usage-inspect =
    використання: kommunematch inspect ФАЙЛ... [параметри]
    Виводить як JSON, як прочитано кожен файл: сторона, аркуш, відповідність стовпців, кількість рядків,
    нерозпізнані відповіді й усі зауваження. Код виходу 1, якщо файл неможливо прочитати взагалі.
      --preset ФАЙЛ                  шаблон відповідності, збережений зі сторінки
      --include-personal-data        показати приклади відповідей зі стовпців, що можуть містити контакти (типово без них)
      -o, --output ФАЙЛ              записати туди замість стандартного виводу
      --lang nb|nn|uk|en                мова повідомлень
usage-letters =
    використання: kommunematch letters --offers ФАЙЛ... --needs ФАЙЛ... [параметри] -o ВИХІД
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
      --lang nb|nn|uk|en                мова повідомлень
usage-template =
    використання: kommunematch template --side offers|needs [параметри]
    Записує анкету наступного раунду для однієї сторони: кожне питання, яке використовує підбір, дослівно так, як
    його знає читання, з варіантами, підказками і позначеними персональними даними. Файли з неї читаються без здогадок.
      --side offers|needs              опитування норвезьких комун (пропозиції) або українських громад (потреби)
      --lang nb|nn|uk|en               мова анкети (типово en)
      --format xlsx|csv|html           таблиця для заповнення (розкривні списки, офіційний список на окремому аркуші),
                                       заголовки і рядок-приклад або питання для друку й копіювання в Microsoft Forms,
                                       Google Forms чи Nettskjema (типово: за назвою файлу, інакше html)
      -o, --output ФАЙЛ                записати туди замість стандартного виводу (обов'язково для xlsx)
usage-compare =
    використання: kommunematch compare A.json B.json [параметри]
    Порівнює два файли результатів із тих самих файлів опитувань (і попередніх раундів): пари лише в A, лише в B
    і в обох, основні показники кожного (загальна оцінка, громади й муніципалітети з партнером, використані місця,
    задоволені потреби, блокувальні пари, ціна порівняно з найкращим для кожної мети) і хто отримує, втрачає чи
    змінює партнера та чому. Код виходу 1, якщо файли — не результати або зроблені з інших вхідних даних.
      --format json|md|csv           порівняння як JSON (типово; docs/schema/compare-1.schema.json), звіт Markdown
                                     або всі пари обох як CSV
      -o, --output ФАЙЛ              записати туди замість стандартного виводу
      --lang nb|nn|uk|en                мова повідомлень, звіту й CSV

## Why a pair was not made, with the names (the results JSON keeps the English)

why-offer-locked = { $capacity ->
        [one] Єдине місце { $offer } — у закріпленій парі.
        [few] Усі { $capacity } місця { $offer } — у закріплених парах.
        [many] Усі { $capacity } місць { $offer } — у закріплених парах.
       *[other] Усі { $capacity } місця { $offer } — у закріплених парах.
    }
why-need-locked = { $wanted ->
        [one] Єдиний партнер, якого бажає { $need }, — у закріпленій парі.
       *[other] Усі партнери, яких бажає { $need } ({ $wanted }), — у закріплених парах.
    }
why-both-full = { $offer } і { $need } уже мають усіх партнерів у парах, що дають більшу суму.
why-offer-full = { $capacity ->
        [one] { $offer } використав єдине місце на пару, що дає більшу суму.
        [few] { $offer } використав усі { $capacity } місця на пари, що дають більшу суму.
        [many] { $offer } використав усі { $capacity } місць на пари, що дають більшу суму.
       *[other] { $offer } використав усі { $capacity } місця на пари, що дають більшу суму.
    }
why-need-full = { $wanted ->
        [one] { $need } уже має єдиного бажаного партнера в парі, що дає більшу суму.
       *[other] { $need } уже має всіх бажаних партнерів ({ $wanted }) у парах, що дають більшу суму.
    }

## Анкети для наступного раунду (їхні питання читання знає дослівно)

survey-heading = Опитування наступного раунду
survey-lede = Анкети, які kommunematch читає найкраще: кожне питання, яке використовує підбір, з варіантами відповіді, щоб наступного року експорт читався без здогадок. Таблиця для заповнення, CSV або список для друку, щоб скопіювати в Microsoft Forms, Google Forms чи Nettskjema.
survey-language = Мова анкети
survey-offers = Для норвезьких комун (пропозиції)
survey-needs = Для українських громад (потреби)
survey-xlsx = Таблиця (.xlsx)
survey-csv = CSV
survey-html = Питання для друку (.html)
survey-download = Завантажити { $what }: { $format }
meta-questionnaire = {" "}· зроблено з анкети kommunematch { $version }
meta-questionnaire_questions = {" "}· питання з анкети kommunematch { $version }
columns-by_questionnaire = позначка анкети (її версія)
question-municipality_name = Комуна (назва і номер комуни)
question-community_name = Громада (назва і код КАТОТТГ)
question-contact_name = Ім'я контактної особи
question-contact_role = Посада контактної особи
question-contact_email = Електронна пошта контактної особи
question-contact_phone = Телефон контактної особи
question-areas = Які сфери компетенції може запропонувати комуна?
question-capacity = Зі скількома українськими громадами-партнерами може співпрацювати комуна?
question-form = Яку форму співпраці може запропонувати комуна?
question-preference = Якій категорії громади-партнера комуна надає перевагу?
question-languages = Якими мовами можуть працювати ті, хто співпрацюватиме?
question-ties = Чи комуна вже має контакт з українською громадою? Якщо так, з якою?
question-learn = Чого комуна хоче навчитися від партнера?
question-category = Громада в зоні бойових дій чи поза нею?
question-urgent_needs = Першочергові потреби громади (до 5)
question-long_term_needs = Довгострокові потреби громади
question-partners_wanted = Скільки норвезьких комун-партнерів хоче громада?
question-international_partners = Чи має громада міжнародних партнерів? Якщо так, яких?
help-municipality_name = Оберіть зі списку: номер комуни її визначає, а фюльке і населення беруться з офіційного списку.
help-community_name = Оберіть зі списку: код КАТОТТГ визначає громаду, а область, район і населення беруться з офіційного списку.
help-contact_name = Називається в листах, що знайомлять партнерів один з одним.
help-contact_role = Зазначається в листах, щоб партнер знав, кому пише.
help-contact_email = На неї адресуються листи-знайомства.
help-contact_phone = Передається партнерові в листах-знайомствах.
help-areas = Порівнюється з потребами громад: кожна задоволена потреба дає бали. Оберіть усі сфери, в яких комуна справді може допомогти.
help-capacity = Комуна отримає щонайбільше стільки партнерів.
help-form = Гостра допомога задовольняє першочергові потреби; довгострокова співпраця — довгострокові.
help-preference = Партнер бажаної категорії дає бали; «без переваги» не дає їх ні в який бік.
help-languages = Партнери зі спільною робочою мовою отримують бали.
help-ties = Наявний контакт дає бали і згадується в листах.
help-learn = Зазначається в листах, щоб партнер знав, чого комуна сподівається навчитися.
help-category = Громадам у зоні бойових дій можна віддати частку партнерів, як вирішить координатор.
help-urgent_needs = Порівнюються зі сферами, які пропонують комуни, раніше за довгострокові потреби.
help-long_term_needs = Порівнюються зі сферами, які пропонують комуни. Сфера, обрана і як першочергова, вважається першочерговою.
help-partners_wanted = Громада отримає щонайбільше стільки партнерів.
help-international_partners = Норвезька комуна, названа тут, отримує бали як партнер, якого громада вже знає.
template-personal = Персональні дані
template-personal-why = Запитуються лише для того, щоб познайомити партнерів; ніколи не входять до спільних результатів і не потрапляють до жодного завантаження, якщо координатор їх не додасть.
option-form-acute = Гостра допомога (короткострокова)
option-form-long_term = Довгострокова співпраця
option-form-both = Обидві
option-preference-none = Без переваги
template-title-offers = Опитування для норвезьких комун: що ви можете запропонувати
template-title-needs = Опитування для українських громад: чого ви потребуєте
template-intro = Анкета kommunematch { $version } · { $side } · { $language }. Кожне питання нижче використовується в підборі; підказка пояснює, навіщо. Копіюйте текст питання і варіанти дослівно: тоді kommunematch знає кожен стовпець експорту.
template-side-offers = пропозиції
template-side-needs = потреби
template-guide = Як створити форму
template-guide-ms = Microsoft Forms: текстове питання для короткої відповіді; «Вибір» для списку, з увімкненим «Кілька відповідей», де можна обрати кілька, і «Розкривний список» для довгих списків. Експорт: «Відкрити результати в Excel».
template-guide-google = Google Forms: «Коротка відповідь» для тексту; «Кілька варіантів» або «Спадний список» для однієї відповіді; «Прапорці», де можна обрати кілька. Вставте список у перший варіант: по одному варіанту в рядку. Експорт: Відповіді › Завантажити відповіді (.csv).
template-guide-nettskjema = Nettskjema: «Короткий текст» для тексту; «Перемикачі» або «Розкривний список» для однієї відповіді; «Прапорці», де можна обрати кілька. Експортуйте результати як Excel або CSV.
template-guide-sheet = Або надішліть таблицю: один рядок на респондента, списки для вибору в розкривних списках, x під кожним варіантом, що підходить.
template-kind-entity = Одна відповідь зі списку нижче (розкривний список)
template-kind-text = Короткий текст
template-kind-count = Одна відповідь: від 1 до 5
template-kind-one = Одна відповідь
template-kind-many = Можна обрати кілька відповідей
template-list = { $count } записів списку, по одному в рядку, щоб вставити як варіанти питання
template-version-note = Зроблено з анкети kommunematch { $version }
template-example = приклад
template-pick = Оберіть зі списку.
template-tick = Напишіть x під кожним варіантом, що підходить.
template-sheet-answers = Відповіді
template-sheet-kommuner = Комуни
template-sheet-hromady = Громади
template-list-choice = Оберіть
template-list-name = Назва
template-list-code = Код
template-list-county = Фюльке
template-list-oblast = Область
template-list-raion = Район
