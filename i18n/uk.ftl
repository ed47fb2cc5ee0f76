### The Ukrainian catalogue of b24-status (uk): i18n/en.ftl, the reference, says where each
### message is shown.

### The statuses, and what goes wrong talking to a portal (crates/core's data, rendered by src/text/), Ukrainian.

## Statuses, as Bitrix24 names them

status-online = Онлайн
status-dnd = Не турбувати
status-away = Відсутній
status-break = Перерва
status-unknown-word = невідомий статус '{ $word }': використовуйте online, dnd, away або break

## Timed statuses: what is wrong with a duration or a time as typed (crates/core/src/timed.rs), and moments

when-not-a-duration = '{ $text }' — не тривалість: пишіть, наприклад, 45m, 1h30m, 90s або 2h
when-zero = нульова тривалість: вкажіть, наприклад, 45m або 1h
when-not-a-moment = '{ $text }' — не час: пишіть, наприклад, 15:30, "tomorrow 09:00" або 2026-12-01T15:30:00+01:00
when-in-the-past = цей час уже минув: вкажіть пізніший (завтрашній — як "tomorrow 09:00")
when-too-far = { $days ->
    [one] більше ніж на { $days } день уперед: тимчасовий статус діє щонайбільше { $days } день (не вказуйте --for і --until, щоб він діяв, доки ви його не зміните)
    [few] більше ніж на { $days } дні вперед: тимчасовий статус діє щонайбільше { $days } дні (не вказуйте --for і --until, щоб він діяв, доки ви його не зміните)
    [many] більше ніж на { $days } днів уперед: тимчасовий статус діє щонайбільше { $days } днів (не вказуйте --for і --until, щоб він діяв, доки ви його не зміните)
   *[other] більше ніж на { $days } дня вперед: тимчасовий статус діє щонайбільше { $days } дня (не вказуйте --for і --until, щоб він діяв, доки ви його не зміните)
}
# A moment shown after "до" (until): weekday-* and month-* are in the genitive.
moment-today = { $time }
moment-tomorrow = завтра { $time }
moment-this-week = { $weekday } { $time }
moment-other-day = { $date } { $time }
time-of-day = { $hour }:{ $minute }
time-of-day-12h = { $hour12 }:{ $minute } { $half ->
    [am] AM
   *[pm] PM
}
date-day-month = { $day } { $month }
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
weekday-monday = понеділка
weekday-tuesday = вівторка
weekday-wednesday = середи
weekday-thursday = четверга
weekday-friday = п'ятниці
weekday-saturday = суботи
weekday-sunday = неділі

## Portal errors: one line each, with the fix

portal-rejected = портал відхилив вебхук ({ $code }): його видалено, заблоковано або змінено його ключ; створіть новий вхідний вебхук у Bitrix24 і виконайте `b24-status login`
portal-missing-scope = вебхук не має дозволу `im`: у Bitrix24 відкрийте Застосунки → Ресурси для розробників → ваш вхідний вебхук, позначте `im` (Чат і сповіщення), збережіть і знову виконайте `b24-status login`
portal-rate-limited = досягнуто ліміту запитів порталу ({ $code }); зачекайте хвилину й спробуйте ще раз
portal-overloaded = Bitrix24 заблокував REST-доступ для цього порталу (OVERLOAD_LIMIT); зверніться до адміністратора Bitrix24 або до служби підтримки
portal-access-denied = тариф порталу не передбачає REST-доступу (ACCESS_DENIED); зверніться до адміністратора Bitrix24
portal-deleted = портал видалено або закрито (PORTAL_DELETED); уточніть адресу в адміністратора
portal-method-not-found = портал не знає методу { $method } (ERROR_METHOD_NOT_FOUND): можливо, його модуль месенджера вимкнено або він застарів; зверніться до адміністратора
portal-refused = портал відхилив запит ({ $code }: { $description }); це помилка в b24-status, будь ласка, повідомте про неї
portal-server-error = внутрішня помилка порталу ({ $code }); спробуйте ще раз за хвилину
portal-unreachable = не вдалося з'єднатися з { $host }: { $reason }; перевірте підключення до мережі та адресу порталу
portal-timeout = { $host } не відповів вчасно; перевірте підключення до мережі або спробуйте пізніше
portal-dropped = з'єднання з { $host } обірвалося до отримання відповіді; спробуйте ще раз
portal-truncated = відповідь від { $host } надійшла не повністю; спробуйте ще раз
portal-not-bitrix = { $host } відповів HTTP { $status }: { $body } замість даних Bitrix24 (проксі або збій); спробуйте пізніше
portal-not-confirmed = портал відповів, не підтвердивши зміну (result: { $result }); спробуйте ще раз
portal-bad-redirect = портал переїхав, але його нова адреса { $problem }; увійдіть знову з новим URL вебхука

## Pieces of the lines above

connect-refused = з'єднання відхилено
connect-timed-out = час очікування з'єднання минув
connect-network-unreachable = мережа недоступна
connect-name-not-resolved = не вдалося визначити адресу за іменем
connect-tls = не вдалося встановити захищене (TLS) з'єднання
connect-other = не вдалося з'єднатися
body-empty = порожня відповідь
body-web-page = вебсторінка
body-unreadable = нечитабельні дані
redirect-loop = переадресовує по колу
redirect-no-location = не вказана
redirect-invalid-url = не є коректним URL
redirect-not-https = не використовує HTTPS
redirect-not-webhook = не є URL вебхука
redirect-other-webhook = належить іншому вебхуку

### Messages of src/portal/ (Ukrainian).

## A pasted webhook URL that was refused (src/portal/webhook.rs). Never repeat the input: it holds the secret.

webhook-empty = URL вебхука не вказано: вставте URL вашого вхідного вебхука
webhook-not-a-url = це не URL вебхука: очікується https://your-portal.bitrix24.com/rest/<user id>/<code>/
webhook-scheme = URL має починатися з https:// (а починається з { $scheme }://)
webhook-insecure-http = потрібен HTTPS: вебхук через http:// передаватиме свій секрет відкритим текстом (http дозволено лише для локальних адрес loopback)
webhook-no-rest-path = в URL немає частини /rest/<user id>/<code>/: скопіюйте з Bitrix24 повний URL вебхука
webhook-no-user-id = в URL вебхука немає ID користувача після /rest/: скопіюйте з Bitrix24 повний URL вебхука
webhook-no-secret = в URL вебхука немає секретного коду після ID користувача: скопіюйте з Bitrix24 повний URL вебхука
webhook-bad-secret = код вебхука містить символи, яких Bitrix24 ніколи не використовує: скопіюйте URL ще раз
webhook-trailing-path = в URL вебхука є зайві частини після назви методу: скопіюйте URL ще раз

## The HTTP client (src/portal/client.rs)

client-init-failed = не вдалося запустити HTTP-клієнт: помилка налаштування TLS або проксі
client-init-failed-because = не вдалося запустити HTTP-клієнт: помилка налаштування TLS або проксі ({ $cause })

## Answers a hostile or broken portal sends (issue #12; the piece of portal-not-bitrix in core.ftl)

body-too-large = відповідь, значно більша за будь-яку, яку надсилає Bitrix24 (читання зупинено на 1 МіБ)

### Messages of src/store/ (Ukrainian).

## Files (src/store/files.rs)

file-no-home = не вдалося знайти ~: домашня тека невідома (HOME не задано)
file-cannot-read = не вдалося прочитати { $path }: { $reason }
file-cannot-write = не вдалося записати { $path }: { $reason }
file-cannot-remove = не вдалося видалити { $path }: { $reason }

## The config file (src/store/config.rs)

config-invalid = файл налаштувань { $path } некоректний: { $message }; виправте або видаліть його
config-invalid-at-line = файл налаштувань { $path } некоректний у рядку { $line }: { $message }; виправте або видаліть його
config-poll-interval-range = poll_interval_secs має бути від 1 до 86400
config-morning-invalid = morning має бути часом на зразок "09:00" (24-годинний формат), а не "{ $value }"
config-weekend-day-invalid = weekend_days приймає назви днів на зразок "saturday" і "sunday", а не "{ $value }"
config-dnd-shortcut-for-invalid = dnd_shortcut_for: { $reason } ("" залишає «Не турбувати» увімкненим, доки ви його не вимкнете)
config-file-header = Налаштування b24-status. Секрету вебхука тут немає: він у сховищі паролів системи.
# The written file's comments: each setting is written with its default, commented out.
config-file-defaults = Рядок, що починається з #, — це коментар; закоментоване налаштування показує типове значення. Налаштування верхнього рівня пишіть над першою [таблицею].
config-about-language = Мова меню та повідомлень, наприклад "ru", "uk", "de", "pl", "es", "pt-BR" або "en"; якщо не вказано, використовується мова системи (LANG).
config-language-invalid = language має бути кодом мови на зразок "ru", "de" або "pt-BR", а не "{ $value }"
config-about-poll-interval = Як часто програма в системному лотку зчитує ваш статус, у секундах (від 1 до 86400).
config-about-dnd-shortcut = Клавіші, що вмикають і вимикають «Не турбувати», наприклад "Ctrl+Alt+Shift+D"; "" вимикає комбінацію.
config-about-dnd-shortcut-for = На скільки комбінація вмикає «Не турбувати», наприклад "1h" або "30m"; "" — доки ви його не вимкнете.
config-about-morning = Коли закінчується «До завтрашнього ранку», за вашим годинником (24-годинний формат).
config-about-weekend-days = Дні, які пропускає «До завтрашнього ранку»; [] — не пропускати жодного.
config-about-account = Хто ввійшов: записує b24-status під час входу та виходу.
# A top-level setting found inside a table (as when a line is appended after [account]); $setting and $table are config keys.
config-setting-in-table = `{ $setting }` — налаштування верхнього рівня: перенесіть його вище `[{ $table }]`
# A setting of a table found at the top level (as `away_when_locked = false` written above [automatic]).
config-setting-needs-table = `{ $setting }` належить до таблиці `[{ $table }]`: перенесіть його нижче рядка `[{ $table }]`

## The remembered state (src/store/state.rs)

state-broken = пошкоджений файл { $path } проігноровано: { $message }; його буде замінено, коли ви наступного разу щось зміните

## The keyring (src/store/keyring.rs)

keyring-unavailable = немає доступу до сховища паролів ({ $store } не відповідає): { $fix }
keyring-locked = { $store } заблоковано: розблокуйте його (наприклад, у програмі «Паролі та ключі» вашого середовища) і спробуйте ще раз
keyring-busy = { $store } було зайняте іншою зміною цього запису й не відповіло вчасно: спробуйте ще раз за мить
keyring-corrupt = запис сховища паролів для { $account } не читається: виконайте `b24-status logout`, потім `b24-status login`
keyring-failed = { $store } відхилило операцію: { $fix }
# The keyring of each system, as $store above.
keyring-store-secret-service = сховище паролів Secret Service
keyring-store-macos = сховище паролів macOS (Зв'язка ключів)
keyring-store-windows = сховище паролів Windows (Диспетчер облікових даних)
# What to do when it cannot be reached, as $fix above: Linux, then macOS and Windows.
keyring-fix-secret-service = запустіть GNOME Keyring або KeePassXC (з інтеграцією Secret Service) у своєму сеансі робочого середовища, потім спробуйте ще раз
keyring-fix-session = перевірте, що ваш сеанс користувача повністю запущено, потім спробуйте ще раз

### Messages of src/cli/, src/error.rs, src/ipc.rs, src/lib.rs and src/session/ (Ukrainian): what the command line says.

## The command line's help (src/cli/args.rs). A short help has no final full stop, as clap's own.

cli-about = Встановлення статусу в чаті Bitrix24: Онлайн, Не турбувати, Відсутній
cli-long-about =
    Встановлюйте статус у чаті Bitrix24 — Онлайн, Не турбувати, Відсутній — із системного лотка або командного рядка.
    Без команди b24-status працює в системному лотку. Кожен статус, який він показує, підтверджено порталом.
cli-after-help = Коди виходу: 0 — успіх, 1 — інша помилка, 2 — неправильний виклик, 3 — вхід не виконано, 4 — вебхук відхилено або він не має дозволу `im`, 5 — портал недосяжний або недоступний.
cli-verbose-help = Більше подробиць у stderr (-v info, -vv debug, -vvv trace). Секрети ніколи не потрапляють у журнал
cli-quiet-help = Лише помилки в stderr
cli-login-about = Увійти за URL вхідного вебхука (дозвіл `im`), прочитаним із термінала (приховано) або з одного рядка stdin
cli-logout-about = Видалити вебхук зі сховища паролів, а портал — із налаштувань. Повторювати безпечно
cli-set-about = Встановити статус; команда успішна лише після підтвердження порталом
cli-set-status-help = online, dnd, away або break
cli-for-help = На певний час, потім повернення до попереднього статусу: 45m, 1h30m, 90s, 2h (щонайбільше 7 днів)
cli-until-help = До певного часу, потім повернення до попереднього статусу: 15:30, "tomorrow 09:00" або час у форматі RFC 3339
cli-json-help = Вивести один об'єкт JSON: status, until і then (для тимчасового статусу, інакше null), confirmed_at
cli-cancel-timer-about = Залишити поточний статус і скасувати його завершення за часом
cli-get-about = Вивести поточний статус одним словом: online, dnd, away, break або unknown
cli-toggle-dnd-about = «Не турбувати» → попередній статус (або online); будь-який інший → «Не турбувати»
cli-doctor-about = Перевірити сховище паролів, налаштування, портал, вебхук і його дозвіл `im` та підказати, як виправити кожну проблему
cli-demo-about = Запустити програму в системному лотку з входом у вбудований симульований портал: спробуйте b24-status без облікового запису Bitrix24
cli-autostart-about = Запускати програму в системному лотку під час входу в систему: on, off або status (який виконуваний файл запускає запис)
cli-autostart-action-help = Що зробити: on, off або status

## Before the arguments are parsed (src/lib.rs)

cli-url-argument = не передавайте URL вебхука як аргумент (він залишиться в історії оболонки й буде видимий іншим програмам): виконайте `b24-status login` і вставте його, коли з'явиться запит

## The commands (src/cli/commands.rs)

cli-confirmed = { $status } (підтверджено)
cli-confirmed-until = { $status } до { $until } — потім { $then } (підтверджено)
cli-revert-needs-tray = Статус діє до { $until }, а потім зміниться на «{ $then }», лише якщо b24-status працюватиме в системному лотку: запустіть його командою `b24-status`.
cli-cancel-timer-done = Статус «{ $status }» діятиме, доки ви його не зміните: обмеження до { $until } знято.
cli-cancel-timer-nothing = Немає тимчасового статусу, який можна скасувати.
cli-portal-moved = Портал переїхав на { $portal }; нову адресу збережено.
cli-login-hint = Створіть у Bitrix24 вхідний вебхук із дозволом `im` (Застосунки → Ресурси для розробників → Інше → Вхідний вебхук).
# The prompt for the hidden input; the space after the colon separates it from what is typed.
cli-login-prompt = Вставте його URL (введення приховано):{ " " }
cli-logout-nothing = Вхід не виконано; видаляти нічого.
cli-logout-done = Вихід із { $portal } виконано: вебхук видалено зі сховища паролів.

## The doctor's details, after the verdict and the check's name (src/cli/doctor.rs)

doctor-config-defaults = { $path } (ще не створено: типові значення)
doctor-keyring-reachable = доступне
doctor-signed-in = { $name } на { $portal } (обліковий запис у сховищі паролів: { $account })
doctor-portal-answers = { $portal } відповідає
doctor-webhook-accepted = прийнято для { $name } (користувач { $user })
# $status is the status as `b24-status get` prints it: online, dnd, away, break or unknown.
doctor-scope-granted = надано (статус: { $status })
doctor-shortcut-in-tray = зареєстровано запущеним b24-status, який у цій системі не повідомляє її стану: рядок комбінації клавіш у його меню показує, чи вона працює
doctor-shortcut-tray-unreadable = запущений b24-status не повідомив, що сталося з його комбінацією клавіш (старіша версія?): перезапустіть його, потім знову виконайте doctor
doctor-shortcut-tray-silent = запущений b24-status не відповів щодо своєї комбінації клавіш ({ $error }): перезапустіть його, потім знову виконайте doctor
doctor-shortcut-wayland-no-tray = у Wayland програма в системному лотку під час запуску призначає комбінацію клавіш через портал комбінацій клавіш середовища: запустіть b24-status, потім знову виконайте doctor
# The automatic rules' signal sources; $sources is a list of D-Bus names.
doctor-lock-sources = «Відсутній», коли екран заблоковано: відстежується { $sources }
doctor-lock-no-source = «Відсутній», коли екран заблоковано: не знайдено джерела блокування екрана (сеанс logind, org.freedesktop.ScreenSaver, org.gnome.ScreenSaver); блокуйте екран засобом самого середовища або запустіть блокувальник, який повідомляє logind, як-от xss-lock чи light-locker
# $server and $version as the sound server names itself ("pulseaudio 16.1", "PulseAudio (on PipeWire 0.3.65) 15.0.0"); $socket, $sockets: file paths.
doctor-calls-server = «Не турбувати» під час дзвінків: відстежується { $server } { $version } на { $socket }
doctor-calls-no-server = «Не турбувати» під час дзвінків: жоден звуковий сервер не відповідає (перевірено { $sockets }), тож стежити за мікрофоном неможливо: запустіть звуковий сервер вашого середовища — pipewire-pulse від PipeWire (`systemctl --user start pipewire-pulse.socket`) або PulseAudio (`pulseaudio --start`), — і програма в системному лотку знайде його протягом п'яти хвилин
# $error is the sound server's own reason, in English.
doctor-calls-server-refused = «Не турбувати» під час дзвінків: звуковий сервер на { $socket } відхилив з'єднання ({ $error }): PulseAudio потрібен його cookie — ~/.config/pulse/cookie або файл, указаний у PULSE_COOKIE, — доступний вам для читання; перезапустіть звуковий сервер (`pulseaudio -k`), потім знову виконайте doctor
# $after: away_after_idle as config.toml gives it ("10m"); $source: the idle source's name (X11 SYNC IDLETIME, org.gnome.Mutter.IdleMonitor).
doctor-idle-source = «Відсутній» через { $after } без дій: відстежується { $source }
doctor-idle-logind = «Відсутній» у разі бездіяльності: за IdleHint сеансу logind, час бездіяльності для якого задає ваше середовище (його затримка бездіяльності чи вимкнення екрана), а не away_after_idle = "{ $after }"; в X11 або GNOME програма в системному лотку сама відлічує away_after_idle
doctor-idle-no-source = «Відсутній» у разі бездіяльності: не знайдено джерела бездіяльності (лічильник SYNC IDLETIME X-сервера, org.gnome.Mutter.IdleMonitor, IdleHint сеансу logind); у sway чи іншому середовищі на основі wlroots запустіть `swayidle idlehint 600`, щоб logind знав, коли ви неактивні, або покладіться на «Відсутній», коли екран заблоковано
doctor-presenting-x11 = «Не турбувати» під час демонстрації: за повноекранним станом активного вікна (X11 _NET_ACTIVE_WINDOW, _NET_WM_STATE); показ екрана поки що не відстежується
doctor-presenting-no-wm = «Не турбувати» під час демонстрації: віконний менеджер не повідомляє, яке вікно активне й розгорнуте на весь екран (_NET_ACTIVE_WINDOW, _NET_WM_STATE_FULLSCREEN у _NET_SUPPORTED); використовуйте віконний менеджер, який це робить (EWMH: GNOME, KDE, Xfce, MATE, Cinnamon, Openbox, i3 — усі підтримують), і програма в системному лотку відстежуватиме його, щойно він запуститься
doctor-presenting-wayland = «Не турбувати» під час демонстрації: у Wayland жодна програма не бачить, яке вікно розгорнуте на весь екран, а показ екрана поки що не відстежується; вмикайте «Не турбувати» самі, коли виступаєте (комбінацією клавіш або `b24-status set dnd --for 1h`)
doctor-presenting-no-display = «Не турбувати» під час демонстрації: немає дисплея X, з якого можна дізнатися активне вікно (DISPLAY не задано або він не відповідає); запускайте b24-status у сеансі вашого середовища
# $meetings: how many busy meetings the calendar has from now to the end of tomorrow.
doctor-calendar-read = { $meetings ->
    [one] календар відповідає: сьогодні або завтра { $meetings } зустріч зі статусом «Зайнятий»
    [few] календар відповідає: сьогодні або завтра { $meetings } зустрічі зі статусом «Зайнятий»
    [many] календар відповідає: сьогодні або завтра { $meetings } зустрічей зі статусом «Зайнятий»
   *[other] календар відповідає: сьогодні або завтра { $meetings } зустрічі зі статусом «Зайнятий»
}
doctor-needs-scope-calendar = вебхук не має дозволу `calendar`, тому «Не турбувати» під час зустрічей вимкнено: у Bitrix24 відкрийте Застосунки → Ресурси для розробників → ваш вхідний вебхук, позначте `calendar` і збережіть (той самий URL вебхука працює й далі): програма в системному лотку підхопить зміну протягом 15 хвилин
# $day is the portal's word: OPENED, PAUSED, CLOSED or EXPIRED.
doctor-work-day-read = робочий день: { $day }
doctor-needs-scope-timeman = вебхук не має дозволу `timeman`, тому відстеження робочого дня вимкнено: у Bitrix24 відкрийте Застосунки → Ресурси для розробників → ваш вхідний вебхук, позначте `timeman` (Облік робочого часу) і збережіть (той самий URL вебхука працює й далі): програма в системному лотку підхопить зміну під час наступного опитування
doctor-rule-not-built = у цій версії ще немає джерела сигналів для цього правила: воно зберігається в config.toml, але нічого не змінює
doctor-needs-sign-in = потрібен вхід
doctor-needs-webhook-code = потрібен код вебхука
doctor-needs-keyring = потрібне сховище паролів
doctor-needs-portal = потрібен портал
doctor-needs-accepted-webhook = потрібен прийнятий вебхук

## What a command ends with (src/error.rs)

error-not-signed-in = вхід не виконано: виконайте `b24-status login` і вставте URL вашого вхідного вебхука
error-secret-missing = вхід виконано як { $account }, але в сховищі паролів немає коду вебхука для цього облікового запису: знову виконайте `b24-status login`
error-input = не вдалося прочитати URL вебхука: { $reason }
error-tray-keeps-trying = портал ще не відповів; запущений b24-status і далі намагається
error-tray-keeps-trying-after = ще не підтверджено: { $error }; запущений b24-status і далі намагається

## The running tray, through the control socket (src/ipc.rs)

ipc-no-answer = запущений b24-status не відповів ({ $reason }); закрийте його і спробуйте ще раз
# How a sent request went unanswered, as $reason above and in cli-tray-gave-up.
ipc-silence-timed-out = немає відповіді протягом { $seconds } с
ipc-silence-closed = він закрив з'єднання
ipc-silence-unreadable = нечитабельна відповідь
ipc-already-running = інший екземпляр b24-status уже запущено
ipc-bind = не вдалося відкрити керувальний сокет { $path }: { $reason }
# $uid is the other user's numeric id.
ipc-foreign = { $path } обслуговує програма іншого користувача (uid { $uid }), а не ваш b24-status: закрийте ту програму чи видаліть файл або вкажіть у XDG_RUNTIME_DIR теку, у яку можете писати лише ви
ipc-not-private = немає керувального сокета в { $path } ({ $reason }): підійде лише ваша тека, у яку ніхто інший не може писати
# A change was sent to the running tray and no answer came: it may have been made all the same.
cli-tray-gave-up = не вдалося дочекатися відповіді від запущеного b24-status ({ $reason }); зміну все ж може бути застосовано: виконайте `b24-status get`, щоб побачити статус

## Windows: the control pipe (src/ipc/windows.rs)

ipc-foreign-pipe = { $name } утримує програма, яка вас не пускає (програма іншого користувача або запущена від імені адміністратора), а не ваш b24-status: закрийте ту програму або перезапустіть Windows

## The session: signing in and out (src/session/)

login-signed-in = Вхід виконано як { $name } на { $portal } (користувач { $user }).

## clap's own words, replaced (src/cli/args.rs): the help's headings (clap adds the colon) and placeholders

cli-usage-heading = Використання:
cli-usage-options = ПАРАМЕТРИ
cli-usage-command = КОМАНДА
cli-commands-heading = Команди
cli-options-heading = Параметри
cli-arguments-heading = Аргументи
cli-help-help = Показати довідку (-h — коротко, --help — повністю)
cli-version-help = Показати версію
# The placeholders of values in the help ("--for <DURATION>"): one word, capitals as in English if your language has them.
cli-value-duration = ТРИВАЛІСТЬ
cli-value-time = ЧАС
cli-value-status = СТАТУС
cli-value-action = ДІЯ

## A command line that cannot be read (src/cli/args.rs); $arg and $option as typed or as the help names them

cli-error-invalid-value = '{ $value }' — неприпустиме значення для { $arg }: { $reason }
cli-error-valid-values = використовуйте одне з: { $values }
cli-error-unknown-command = '{ $command }' — не команда: див. `b24-status --help`
cli-error-unknown-command-suggest = '{ $command }' — не команда: можливо, ви мали на увазі '{ $suggested }'?
cli-error-unknown-option = параметра '{ $option }' тут немає: див. `b24-status --help`
cli-error-unknown-option-suggest = параметра '{ $option }' тут немає: можливо, ви мали на увазі '{ $suggested }'?
cli-error-missing = не вказано { $arg }: див. `b24-status --help`
cli-error-conflict = { $arg } не можна використовувати разом з { $other }
cli-error-missing-command = не вказано команду: див. `b24-status --help`
cli-error-values = для { $arg } задано неправильну кількість значень: див. `b24-status --help`
cli-error-other = командний рядок некоректний: див. `b24-status --help`

### Messages of src/tray/ (Ukrainian).

## The menu (src/tray/view.rs, src/tray/menu.rs)

menu-header-signed-in = { $name } — { $portal }
menu-header-demo = Демопортал (симуляція)
menu-header-signed-out = Вхід не виконано
menu-starting = Запуск…
menu-shortcut-starting = Комбінація клавіш: запуск…
menu-sign-in = Увійти…
menu-sign-out = Вийти з облікового запису
menu-start-at-login-on = Запуск під час входу: увімкнено
menu-start-at-login-off = Запуск під час входу: вимкнено
menu-quit = Вийти
menu-dnd-for = «Не турбувати» на…
menu-away-for = «Відсутній» на…
menu-for-minutes = { $minutes ->
    [one] На { $minutes } хвилину
    [few] На { $minutes } хвилини
    [many] На { $minutes } хвилин
   *[other] На { $minutes } хвилини
}
menu-for-hours = { $hours ->
    [one] На { $hours } годину
    [few] На { $hours } години
    [many] На { $hours } годин
   *[other] На { $hours } години
}
menu-until-morning = До завтрашнього ранку
menu-until-turned-off = Доки не вимкну

## The menu's status line: what is going on, in a few words ($status is a status label, $at a time HH:MM)

status-line-keyring-locked = Сховище паролів заблоковано — розблокуйте його
status-line-keyring-busy = Сховище паролів зайняте — повторна спроба
status-line-no-keyring = Немає сховища паролів — виконайте b24-status doctor
status-line-bad-config = Файл налаштувань пошкоджено — виконайте b24-status doctor
status-line-signed-out = Увійдіть, щоб установити статус
status-line-missing-scope = Вебхук не має дозволу im — увійдіть знову
status-line-rejected = Вебхук відхилено — увійдіть знову
status-line-setting = Встановлення статусу «{ $status }»…
status-line-not-set = «{ $status }» не встановлено — { $reason }
status-line-not-read = Статус не отримано — { $reason }
status-line-connecting = Підключення…
status-line-break = Перерва — підтверджено о { $at }
status-line-no-status = На порталі немає статусу — перевірено о { $at }
status-line-confirmed = Підтверджено о { $at }
# A timed status: what it is, when it ends ($until: "15:30", "завтра 09:00", "п'ятниці 09:00") and what follows.
status-line-until = { $status } до { $until } — потім { $then }
status-line-ended-while-away = Статус «{ $status }» завершився о { $at }, поки b24-status не працював
status-line-portal-busy = Портал зайнятий — повторна спроба
status-line-offline = Немає з'єднання — повторна спроба
status-line-dropped-choice = Відкинуто вибір, зроблений { $hours } год тому ({ $status })

## Why a status was not set or read, as $reason above (the notification carries the full sentence)

status-line-reason-overloaded = Bitrix24 заблокував REST
status-line-reason-access-denied = тариф не має доступу до REST
status-line-reason-portal-deleted = портал видалено
status-line-reason-method-not-found = портал застарів
status-line-reason-bad-redirect = портал переїхав — увійдіть знову
status-line-reason-refused = портал відхилив запит
status-line-reason-rate-limited = портал зайнятий, повторна спроба згодом
status-line-reason-other = портал недоступний

## The icon's tooltip (src/tray/mod.rs)

tray-tooltip = b24-status
tray-tooltip-status = b24-status — { $status_line }

## Starting the tray (src/tray/mod.rs)

tray-already-running = b24-status уже запущено.
tray-demo-failed = не вдалося запустити демопортал: { $error }
tray-demo-no-simulator = b24-status-sim не знайдено поруч із b24-status (зберіть його командою `cargo build -p b24-status-sim`)
tray-demo-no-url = симулятор не вивів URL вебхука
tray-worker-failed = не вдалося запустити робочий потік: { $error }

## Desktop notifications (src/tray/notices.rs); $reason is a portal error as a sentence

notice-sign-in-again = Bitrix24: увійдіть знову
notice-not-set-yet = «{ $status }» ще не встановлено
notice-keeps-trying = { $reason } b24-status продовжить спроби й установить статус, щойно портал відповість.
notice-could-not-set = Не вдалося встановити «{ $status }»
notice-no-tray = Немає системного лотка для значка b24-status
notice-broken-file = b24-status проігнорував пошкоджений файл
notice-runs-on-defaults = b24-status працює з типовими налаштуваннями
notice-autostart-unchanged = Запуск під час входу не змінено
notice-rule-unchanged = Автоматичне правило не змінено
notice-sign-in-page-failed = Не вдалося відкрити сторінку входу
notice-sign-in-page-failed-body = Не вдалося запустити локальну сторінку: { $error }. Натомість виконайте `b24-status login` у терміналі.
notice-no-browser = Не вдалося відкрити браузер
notice-no-browser-body = Щоб увійти, виконайте `b24-status login` у терміналі.
notice-sign-out-failed = Вихід не завершено
# The portal confirmed the revert of a timed status: "«Не турбувати» завершено — ваш статус: Онлайн".
notice-timed-ended = «{ $status }» завершено — ваш статус: { $then }

## The sign-in page's answers (src/tray/signin.rs)

signin-closed = Цю сторінку входу закрито.
signin-closed-reopen = Цю сторінку входу закрито. Відкрийте її знову з меню b24-status.
signin-signed-in = Вхід виконано.
signin-details-hidden = не вдалося ввійти; подробиці не показано, бо вони містять секретний код вебхука
signin-no-random = збій генератора випадкових чисел ОС: { $error }
signin-page-error-rejected = портал відхилив цей вебхук ({ $code }): його видалено, заблоковано або змінено його ключ; створіть новий вхідний вебхук у Bitrix24 і вставте його URL сюди
signin-page-error-missing-scope = цей вебхук не має дозволу im (Чат і сповіщення): у Bitrix24 відкрийте Застосунки → Ресурси для розробників → ваш вхідний вебхук, позначте im, збережіть і знову натисніть тут «Увійти»
signin-page-error-keyring-corrupt = запис сховища паролів для { $account } не читається: видаліть записи b24-status у менеджері паролів вашої системи (наприклад, «Паролі та ключі»), потім знову натисніть тут «Увійти»

## The sign-in page itself (src/tray/signin_page.html, as {{t:id}} placeholders)
## The page HTML-escapes these; in them `text` shows as code and **text** as a menu path.

signin-page-title = Вхід у Bitrix24 — b24-status
signin-page-heading = Вхід у Bitrix24
signin-page-how = На своєму порталі Bitrix24 відкрийте **Застосунки → Ресурси для розробників → Інше → Вхідний вебхук**, позначте дозвіл `im` (Чат і сповіщення), збережіть і скопіюйте URL вебхука.
signin-page-example = Він має вигляд `https://your-portal.bitrix24.com/rest/1/abc123…/`. b24-status перевіряє його на вашому порталі й зберігає секретний код у сховищі паролів системи.
signin-page-url-label = URL вебхука
signin-page-url-placeholder = https://your-portal.bitrix24.com/rest/…
signin-page-submit = Увійти
signin-page-show-url = Показати URL
signin-page-close-tab = Цю вкладку можна закрити.
signin-page-checking = Перевірка…
signin-page-refused = Сторінка входу відхилила запит (HTTP { $status }). Відкрийте її знову з меню b24-status.
signin-page-busy = Сторінка входу перевантажена: забагато з'єднань. Зачекайте трохи, потім знову натисніть «Увійти».
signin-page-gone = b24-status більше не чекає на цю сторінку (вона закривається через 10 хвилин або після входу). Відкрийте її знову з меню b24-status.

### Messages of the automatic rules (crates/core/src/automatic.rs, rendered by src/text/automatic.rs), Ukrainian.

## The config file's comments on [automatic] (src/store/config.rs)

config-about-automatic = Автоматичний статус: правила, які самі встановлюють ваш статус. Статус, який ви обрали самі, завжди має перевагу, доки умова правила знову не справдиться.
automatic-about-locked = «Відсутній», поки екран заблоковано; після розблокування повертається ваш статус.
automatic-about-idle = «Відсутній» після вказаного часу без введення з клавіатури чи миші, наприклад "10m" (від 1 хвилини до 24 годин); "" вимикає правило.
automatic-about-calls = «Не турбувати», поки інша програма використовує мікрофон або камеру.
automatic-about-presenting = «Не турбувати», поки вікно розгорнуто на весь екран або ви показуєте свій екран.
automatic-about-meetings = «Не турбувати» під час ваших зустрічей у календарі Bitrix24, позначених як «Зайнятий» (вебхуку потрібен дозвіл calendar).
automatic-about-work-time = Стежити за робочим днем у Bitrix24: перерва — «Перерва», день завершено — «Відсутній», день розпочато — «Онлайн» (вебхуку потрібен дозвіл timeman).
config-idle-invalid = away_after_idle: { $reason } ("" вимикає правило)
config-idle-range = вкажіть від 1m до 24h, а не '{ $value }'

## The menu's "Automatic" submenu (src/tray/menu.rs)

menu-automatic = Автоматично
menu-rule-locked = «Відсутній», коли екран заблоковано
menu-rule-idle = { $minutes ->
    [one] «Відсутній» через { $minutes } хвилину бездіяльності
    [few] «Відсутній» через { $minutes } хвилини бездіяльності
    [many] «Відсутній» через { $minutes } хвилин бездіяльності
   *[other] «Відсутній» через { $minutes } хвилини бездіяльності
}
menu-rule-calls = «Не турбувати» під час дзвінків
menu-rule-presenting = «Не турбувати» під час демонстрації екрана
menu-rule-meetings = «Не турбувати» під час зустрічей у календарі
menu-rule-work-time = Стежити за моїм робочим днем у Bitrix24
# A rule the webhook cannot serve: $rule is one of the labels above, $scope a scope's code (calendar, timeman).
menu-rule-needs-scope = { $rule } — потрібен дозвіл { $scope }

## A status a rule set, in the menu's status line ($status is a status label)

status-line-automatic = { $status } — { $reason } (автоматично)
# $name is the event's name as the calendar has it; $until a moment ("11:00", "завтра 09:00").
status-line-meeting = { $status } — зустріч «{ $name }» до { $until }
reason-locked = екран заблоковано
reason-idle = бездіяльність
reason-in-call = під час дзвінка
reason-presenting = демонстрація екрана
reason-work-day-opened = робочий день розпочато
reason-work-day-paused = робочий день призупинено
reason-work-day-closed = робочий день завершено

### Messages of src/platform/ (Ukrainian).

## The Do Not Disturb shortcut: the menu's line ($keys as the user or the desktop wrote it, e.g. Ctrl+Alt+Shift+D)

shortcut-active = { $keys } вмикає і вимикає «Не турбувати»
shortcut-off = Без комбінації клавіш (dnd_shortcut порожній)
shortcut-invalid = Комбінація «{ $keys }» некоректна — див. doctor
shortcut-taken = { $keys } уже використовує інша програма
shortcut-unavailable = Глобальні комбінації клавіш тут недоступні — див. doctor
shortcut-binding = Комбінація клавіш: очікування середовища…
# doctor's line for a shortcut the desktop bound through its GlobalShortcuts portal (Wayland).
shortcut-ok-portal = { $keys } вмикає і вимикає «Не турбувати» (призначено порталом комбінацій клавіш середовища)

## The shortcut's problem, with the fix (doctor and the log); $why is one of the reasons below

shortcut-problem-invalid = dnd_shortcut = "{ $keys }" — не комбінація клавіш: запишіть її на зразок "Ctrl+Alt+Shift+D" (модифікатори Ctrl, Alt, Shift, Super) або залиште порожньою
shortcut-problem-taken = { $keys } уже використовує інша програма: задайте інший dnd_shortcut у config.toml (наприклад, "Ctrl+Alt+Shift+B") і перезапустіть b24-status або призначте клавішу для `b24-status toggle-dnd` у налаштуваннях клавіатури вашого середовища
shortcut-problem-binding = середовище ще не призначило { $keys }: дайте відповідь у його діалозі щодо комбінації клавіш b24-status або призначте клавішу для `b24-status toggle-dnd` у налаштуваннях клавіатури вашого середовища
shortcut-problem-unavailable = { $why }: натомість призначте клавішу для `b24-status toggle-dnd` у налаштуваннях клавіатури вашого середовища (див. README)

## Why there is no global shortcut

shortcut-why-wayland = це середовище Wayland не має порталу глобальних комбінацій клавіш (GlobalShortcuts), а Wayland не дозволяє програмам самим перехоплювати клавіші
shortcut-why-portal-refused = середовище не призначило комбінацію клавіш (його діалог скасовано або відхилено; перезапустіть b24-status, щоб отримати запит знову)
shortcut-why-portal-failed = збій порталу комбінацій клавіш середовища ({ $reason })
shortcut-why-portal-closed = середовище завершило сеанс комбінацій клавіш b24-status (перезапустіть b24-status, щоб призначити комбінацію знову)
shortcut-why-no-x11-display = немає дисплея X11, на якому можна перехопити комбінацію клавіш
shortcut-why-not-supported = глобальні комбінації клавіш тут не підтримуються
shortcut-why-not-registered = не вдалося зареєструвати комбінацію клавіш
x11-no-key-name = X11 не має назви для цієї клавіші
x11-no-display = немає дисплея X11
x11-no-such-key = на цій клавіатурі немає такої клавіші
x11-no-answer = X-сервер не відповів
x11-no-thread = немає потоку для комбінації клавіш

## The shortcut in the desktop's GlobalShortcuts dialog and settings (Wayland)

shortcut-portal-description = Увімкнути або вимкнути «Не турбувати»

## Is there a tray to show the icon in? (doctor, the log, a notification)

tray-host-status-notifier = хост StatusNotifierItem запущено
tray-host-xembed = системний лоток XEmbed запущено
# Windows (src/platform/tray_host.rs).
tray-host-notification-area = область сповіщень Windows показує значок (якщо він схований за стрілкою ^, перетягніть його на панель завдань)
tray-host-none = у цьому середовищі немає системного лотка: значок неможливо показати; у GNOME встановіть розширення AppIndicator (gnome-shell-extension-appindicator) або користуйтеся командами b24-status
tray-host-no-display = немає графічного сеансу, щоб показати значок у системному лотку (DISPLAY не задано або дисплейний сервер не відповідає); команди b24-status працюють і без нього

## Starting the tray binary (Linux)

exec-failed = не вдалося запустити програму для системного лотка ({ $path }): { $error }; перевстановіть b24-status
exec-no-path = шлях до цієї програми невідомий: { $error }

## Start at login: the line `b24-status autostart` prints ($location is a file or the registry value)

autostart-off = Запуск під час входу: вимкнено
autostart-on = Запуск під час входу: увімкнено ({ $location })
autostart-stale = Запуск під час входу: увімкнено, але запис запускає інше: { $program } — виконайте b24-status autostart on, щоб виправити
autostart-starts-not-an-entry = програми немає (файл не є записом .desktop)
autostart-starts-no-exec = програми немає (у записі немає рядка Exec)
autostart-starts-unreadable = `{ $exec }` (файл не вдається прочитати)
autostart-location-elsewhere = програми автозапуску вашого середовища
autostart-location-login-items = об'єкти входу
# The Comment of the desktop entry written on Linux (shown in the desktop's startup settings).
autostart-entry-comment = Статус у чаті Bitrix24 у системному лотку

## Start at login: the actions of `b24-status autostart`, in its help

autostart-action-on-help = Запускати програму в системному лотку під час входу (для цього виконуваного файлу); також виправляє запис, що запускає інший
autostart-action-off-help = Не запускати під час входу; повторювати безпечно
autostart-action-status-help = Показати, чи запускається b24-status під час входу і який виконуваний файл він запускає

## Start at login: errors, each naming the place and the fix

autostart-error-no-home = не вдалося знайти теку налаштувань (HOME не задано): задайте HOME і спробуйте ще раз
autostart-error-current-exe = не вдалося визначити шлях до запущеного b24-status ({ $reason }): запустіть його за повним шляхом і спробуйте ще раз
autostart-error-unsupported-path = не вдалося додати { $path } до автозапуску ({ $location }): { $why }; перемістіть b24-status у теку з простішою назвою і знову виконайте `b24-status autostart on`
autostart-error-file = { $error } (перевірте, що ви власник цього файлу і його теки, потім спробуйте ще раз)
autostart-error-platform = не вдалося змінити автозапуск ({ $location }): { $reason } (перевірте, що у вас є право запису туди, потім спробуйте ще раз)
autostart-error-not-confirmed = запис автозапуску ({ $location }) збережено, але, судячи з повторного читання, він не запускає { $exe }: видаліть його і знову виконайте `b24-status autostart on`
autostart-error-unsupported = запуск під час входу в цій системі не підтримується: додайте b24-status до програм автозапуску вашого середовища вручну

## Why a program path cannot go into the entry ($why above)

autostart-path-not-utf8 = шлях не є коректним текстом (UTF-8)
autostart-path-control = шлях містить керівний символ
autostart-path-percent = GNOME та інші середовища на основі GLib пропускають запис автозапуску, якщо шлях до програми містить %
autostart-path-xml = шлях містить &, < або >, яких не може бути в LaunchAgent

### The desktop entry and the AppStream metainfo (packaging/linux/), Ukrainian: software centres and menus show these.

desktop-generic-name = Статус у чаті
desktop-comment = Встановлення статусу в чаті Bitrix24: Онлайн, Не турбувати, Відсутній
# Search words, separated and ended by ";". Keep Bitrix24 and B24; add the words people would type.
desktop-keywords = Bitrix24;B24;Бітрікс24;статус;присутність;DND;Не турбувати;відсутній;перерва;чат;status;presence;away;chat;
metainfo-summary = Встановлюйте статус у чаті Bitrix24 із системного лотка
metainfo-intro = Встановлюйте статус у чаті Bitrix24 — Онлайн, Не турбувати, Відсутній — одним клацанням або однією комбінацією клавіш; ви завжди бачите статус, який портал справді підтвердив.
metainfo-feature-tray = Значок у системному лотку, колір якого показує ваш підтверджений статус, і меню для його зміни
metainfo-feature-shortcut = Глобальна комбінація клавіш (типово Ctrl+Alt+Shift+D), що вмикає і вимикає «Не турбувати»
metainfo-feature-timed = Статус «Не турбувати» або «Відсутній» на певний час — 30 хвилин, годину, до завтрашнього ранку, — що вимикається сам
metainfo-feature-automatic = Автоматичний статус: «Відсутній», коли екран заблоковано, «Не турбувати» під час дзвінків і зустрічей у календарі
metainfo-feature-cli = Командний рядок для скриптів і комбінацій клавіш середовища: set, get, toggle-dnd, doctor
metainfo-feature-sign-in = Вхід через вхідний вебхук; його секрет зберігається лише у вашому сховищі паролів
metainfo-needs = Потрібні хост системного лотка (у GNOME — розширення AppIndicator) і сховище паролів Secret Service, як-от GNOME Keyring або KeePassXC.
