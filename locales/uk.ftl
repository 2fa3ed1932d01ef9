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
worker_crashed = Поєднання зупинилося через внутрішню помилку. Його знову підготовлено: натисніть «Запустити поєднання» ще раз. Якщо це повториться, перезавантажте сторінку.
worker_unreachable = Фоновий процес не відповідає. Перезавантажте сторінку.
panic = kommunematch зупинився через внутрішню помилку. Перезавантажте сторінку, щоб почати знову; жодні дані не залишили цей браузер.
