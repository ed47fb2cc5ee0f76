# Messages of src/cli/, src/error.rs, src/ipc.rs, src/lib.rs and src/session/ (Ukrainian): what the command line says.

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
cli-set-about = Встановити статус; успішно лише після підтвердження порталом
cli-set-status-help = online, dnd, away або break
cli-for-help = На певний час, потім повернення до попереднього статусу: 45m, 1h30m, 90s, 2h (щонайбільше 7 днів)
cli-until-help = До певного часу, потім повернення до попереднього статусу: 15:30, "tomorrow 09:00" або час у форматі RFC 3339
cli-json-help = Вивести один об'єкт JSON: status, until і then (для тимчасового статусу, інакше null), confirmed_at
cli-cancel-timer-about = Залишити поточний статус і скасувати його завершення за часом
cli-get-about = Вивести поточний статус одним словом: online, dnd, away, break або unknown
cli-toggle-dnd-about = «Не турбувати» → попередній статус (або online); будь-який інший → «Не турбувати»
cli-doctor-about = Перевірити сховище паролів, налаштування, портал, вебхук і його дозвіл `im` та підказати, як виправити кожну проблему
cli-demo-about = Запустити програму в системному лотку з входом у вбудований симульований портал: спробуйте b24-status без облікового запису Bitrix24
cli-autostart-about = Запуск програми в системному лотку під час входу в систему: on, off або status (який виконуваний файл запускає запис)
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
doctor-shortcut-in-tray = зареєстровано запущеним b24-status, який у цій системі не повідомляє про неї: рядок комбінації клавіш у його меню показує, чи вона працює
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
doctor-idle-no-source = «Відсутній» у разі бездіяльності: не знайдено джерела бездіяльності (лічильник SYNC IDLETIME X-сервера, org.gnome.Mutter.IdleMonitor, IdleHint сеансу logind); у sway чи іншому середовищі на основі wlroots запустіть `swayidle idlehint 600`, щоб logind знав, коли ви бездіяльні, або покладіться на «Відсутній», коли екран заблоковано
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
error-tray-keeps-trying = портал ще не відповів; запущений b24-status продовжує спроби
error-tray-keeps-trying-after = ще не підтверджено: { $error }; запущений b24-status продовжує спроби

## The running tray, through the control socket (src/ipc.rs)

ipc-no-answer = запущений b24-status не відповів ({ $reason }); закрийте його і спробуйте ще раз
# How a sent request went unanswered, as $reason above and in cli-tray-gave-up.
ipc-silence-timed-out = немає відповіді протягом { $seconds } с
ipc-silence-closed = він закрив з'єднання
ipc-silence-unreadable = нечитабельна відповідь
ipc-already-running = інший екземпляр b24-status уже запущено
ipc-bind = не вдалося відкрити керувальний сокет { $path }: { $reason }
# $uid is the other user's numeric id.
ipc-foreign = { $path } обслуговує програма іншого користувача (uid { $uid }), а не ваш b24-status: закрийте ту програму або видаліть файл, або вкажіть у XDG_RUNTIME_DIR теку, у яку можете писати лише ви
ipc-not-private = немає керувального сокета в { $path } ({ $reason }): підійде лише ваша тека, у яку ніхто інший не може писати
# A change was sent to the running tray and no answer came: it may have been made all the same.
cli-tray-gave-up = запущений b24-status так і не відповів ({ $reason }); зміну все ж може бути застосовано: виконайте `b24-status get`, щоб побачити статус

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
