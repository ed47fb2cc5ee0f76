### The Russian catalogue of b24-status (ru): i18n/en.ftl, the reference, says where each
### message is shown.

### The statuses, and what goes wrong talking to a portal (crates/core's data, rendered by src/text/), in Russian.

## Statuses, as Bitrix24 names them

status-online = Онлайн
status-dnd = Не беспокоить
status-away = Отсутствую
status-break = Перерыв
status-unknown-word = неизвестный статус '{ $word }': используйте online, dnd, away или break

## Timed statuses: what is wrong with a duration or a time as typed (crates/core/src/timed.rs), and moments

when-not-a-duration = '{ $text }' не является длительностью: укажите её в виде 45m, 1h30m, 90s или 2h
when-zero = нулевая длительность: укажите, например, 45m или 1h
when-not-a-moment = '{ $text }' не является временем: укажите его в виде 15:30, "tomorrow 09:00" или 2026-12-01T15:30:00+01:00
when-in-the-past = это время уже прошло: укажите более позднее (завтрашнее — как "tomorrow 09:00")
when-too-far = { $days ->
    [one] более чем на { $days } день вперёд: временный статус действует не более { $days } дня (не указывайте --for и --until, чтобы он действовал, пока вы его не смените)
    [few] более чем на { $days } дня вперёд: временный статус действует не более { $days } дней (не указывайте --for и --until, чтобы он действовал, пока вы его не смените)
    [many] более чем на { $days } дней вперёд: временный статус действует не более { $days } дней (не указывайте --for и --until, чтобы он действовал, пока вы его не смените)
   *[other] более чем на { $days } дня вперёд: временный статус действует не более { $days } дня (не указывайте --for и --until, чтобы он действовал, пока вы его не смените)
}
# A moment, always shown after «до» ("until"): so the weekdays below are in the genitive («до пятницы 09:00»).
moment-today = { $time }
moment-tomorrow = завтра { $time }
moment-this-week = { $weekday } { $time }
moment-other-day = { $date } { $time }
time-of-day = { $hour }:{ $minute }
time-of-day-12h = { $hour12 }:{ $minute } { $half ->
    [am] AM
   *[pm] PM
}
# A date without its year: month names in the genitive («9 декабря»).
date-day-month = { $day } { $month }
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
weekday-monday = понедельника
weekday-tuesday = вторника
weekday-wednesday = среды
weekday-thursday = четверга
weekday-friday = пятницы
weekday-saturday = субботы
weekday-sunday = воскресенья

## Portal errors: one line each, with the fix

portal-rejected = портал отклонил вебхук ({ $code }): он удалён, заблокирован или его код изменён; создайте новый входящий вебхук в Bitrix24 и выполните `b24-status login`
portal-missing-scope = у вебхука нет прав `im`: в Bitrix24 откройте Приложения → Разработчикам → ваш входящий вебхук, отметьте `im` (Чат и уведомления), сохраните и снова выполните `b24-status login`
portal-rate-limited = превышен лимит запросов к порталу ({ $code }); подождите минуту и повторите попытку
portal-overloaded = Bitrix24 заблокировал доступ к REST для этого портала (OVERLOAD_LIMIT); обратитесь к администратору Bitrix24 или в поддержку
portal-access-denied = тариф портала не включает доступ к REST (ACCESS_DENIED); обратитесь к администратору Bitrix24
portal-deleted = портал удалён или закрыт (PORTAL_DELETED); уточните адрес у администратора
portal-method-not-found = портал не поддерживает метод { $method } (ERROR_METHOD_NOT_FOUND): возможно, модуль мессенджера отключён или устарел; обратитесь к администратору
portal-refused = портал отклонил запрос ({ $code }: { $description }); это ошибка в b24-status, пожалуйста, сообщите о ней
portal-server-error = внутренняя ошибка портала ({ $code }); повторите попытку через минуту
portal-unreachable = не удаётся подключиться к { $host }: { $reason }; проверьте подключение к сети и адрес портала
portal-timeout = нет ответа от { $host }; проверьте подключение к сети или повторите попытку позже
portal-dropped = соединение с { $host } прервалось до получения ответа; повторите попытку
portal-truncated = ответ от { $host } пришёл не полностью; повторите попытку
portal-not-bitrix = ответ от { $host }: HTTP { $status }, { $body } вместо данных Bitrix24 (прокси или сбой); повторите попытку позже
portal-not-confirmed = портал ответил, не подтвердив изменение (result: { $result }); повторите попытку
portal-bad-redirect = портал переехал, но его новый адрес { $problem }; войдите снова с новым URL вебхука

## Pieces of the lines above

connect-refused = в соединении отказано
connect-timed-out = истекло время ожидания соединения
connect-network-unreachable = сеть недоступна
connect-name-not-resolved = не удалось разрешить имя
connect-tls = не удалось установить защищённое (TLS) соединение
connect-other = ошибка соединения
body-empty = пустое тело ответа
body-web-page = веб-страница
body-unreadable = нечитаемые данные
redirect-loop = бесконечно перенаправляет
redirect-no-location = не указан
redirect-invalid-url = не является корректным URL
redirect-not-https = не использует HTTPS
redirect-not-webhook = не является URL вебхука
redirect-other-webhook = принадлежит другому вебхуку

### Messages of src/portal/ (Russian).

## A pasted webhook URL that was refused (src/portal/webhook.rs). Never repeat the input: it holds the secret.

webhook-empty = URL вебхука не указан: вставьте URL вашего входящего вебхука
webhook-not-a-url = это не URL вебхука: ожидается https://your-portal.bitrix24.com/rest/<user id>/<code>/
webhook-scheme = URL должен начинаться с https:// (а начинается с { $scheme }://)
webhook-insecure-http = требуется HTTPS: вебхук по http:// передал бы свой секрет открытым текстом (http допустим только для loopback-адресов)
webhook-no-rest-path = в URL нет части /rest/<user id>/<code>/: скопируйте URL вебхука из Bitrix24 целиком
webhook-no-user-id = в URL вебхука нет ID пользователя после /rest/: скопируйте URL вебхука из Bitrix24 целиком
webhook-no-secret = в URL вебхука нет секретного кода после ID пользователя: скопируйте URL вебхука из Bitrix24 целиком
webhook-bad-secret = в коде вебхука есть символы, которые Bitrix24 никогда не использует: скопируйте URL ещё раз
webhook-trailing-path = в URL вебхука есть лишние части после имени метода: скопируйте URL ещё раз

## The HTTP client (src/portal/client.rs)

client-init-failed = не удалось запустить HTTP-клиент: ошибка настройки TLS или прокси
client-init-failed-because = не удалось запустить HTTP-клиент: ошибка настройки TLS или прокси ({ $cause })

## Answers a hostile or broken portal sends (issue #12; the piece of portal-not-bitrix in core.ftl)

body-too-large = ответ намного больше тех, что когда-либо присылает Bitrix24 (чтение прервано на 1 МиБ)

### Messages of src/store/, in Russian.

## Files (src/store/files.rs)

file-no-home = не удаётся найти ~: домашняя папка неизвестна (переменная HOME не задана)
file-cannot-read = не удаётся прочитать { $path }: { $reason }
file-cannot-write = не удаётся записать { $path }: { $reason }
file-cannot-remove = не удаётся удалить { $path }: { $reason }

## The config file (src/store/config.rs)

config-invalid = файл настроек { $path } содержит ошибку: { $message }; исправьте или удалите его
config-invalid-at-line = файл настроек { $path } содержит ошибку в строке { $line }: { $message }; исправьте или удалите его
config-poll-interval-range = poll_interval_secs должен быть от 1 до 86400
config-morning-invalid = morning должен быть временем вида "09:00" (24-часовой формат), а не "{ $value }"
config-weekend-day-invalid = weekend_days принимает названия дней, например "saturday" и "sunday", а не "{ $value }"
config-dnd-shortcut-for-invalid = dnd_shortcut_for: { $reason } ("" оставляет «Не беспокоить» включённым, пока вы его не выключите)
config-file-header = Настройки b24-status. Секретного кода вебхука здесь нет: он в хранилище паролей ОС.
# The written file's comments: each setting is written with its default, commented out.
config-file-defaults = Строка, начинающаяся с #, — комментарий; закомментированная настройка показывает значение по умолчанию. Настройки верхнего уровня располагаются выше первой [таблицы].
config-about-language = Язык меню и сообщений, например "ru", "uk", "de", "pl", "es", "pt-BR" или "en"; если не указан, используется язык системы (LANG).
config-language-invalid = language должен быть кодом языка вида "ru", "de" или "pt-BR", а не "{ $value }"
config-about-poll-interval = Как часто приложение считывает ваш статус, в секундах (от 1 до 86400).
config-about-dnd-shortcut = Клавиши, включающие и выключающие «Не беспокоить», например "Ctrl+Alt+Shift+D"; "" отключает сочетание клавиш.
config-about-dnd-shortcut-for = На сколько сочетание клавиш включает «Не беспокоить», например "1h" или "30m"; "" — пока вы его не выключите.
config-about-morning = Когда заканчивается «До завтрашнего утра», по вашим часам (24-часовой формат).
config-about-weekend-days = Дни, которые пропускает «До завтрашнего утра»; [] — не пропускать ни одного.
config-about-account = Кто выполнил вход: записывается b24-status при входе и выходе.
# A top-level setting found inside a table (as when a line is appended after [account]); $setting and $table are config keys.
config-setting-in-table = `{ $setting }` — настройка верхнего уровня: перенесите её выше `[{ $table }]`
# A setting of a table found at the top level (as `away_when_locked = false` written above [automatic]).
config-setting-needs-table = настройка `{ $setting }` относится к таблице `[{ $table }]`: перенесите её ниже строки `[{ $table }]`

## The remembered state (src/store/state.rs)

state-broken = повреждённый файл { $path } пропущен: { $message }; он будет перезаписан при следующем изменении

## The keyring (src/store/keyring.rs)

keyring-unavailable = хранилище паролей недоступно ({ $store } не отвечает): { $fix }
keyring-locked = хранилище паролей ({ $store }) заблокировано: разблокируйте его (например, в приложении «Пароли и ключи») и повторите попытку
keyring-busy = хранилище паролей ({ $store }) было занято другим изменением этой записи и не ответило вовремя: повторите попытку чуть позже
keyring-corrupt = не удаётся прочитать запись для { $account } в хранилище паролей: выполните `b24-status logout`, затем `b24-status login`
keyring-failed = хранилище паролей ({ $store }) отклонило операцию: { $fix }
# The keyring of each system, as $store above (nominative; the sentences above name the keyring themselves).
keyring-store-secret-service = Secret Service
keyring-store-macos = Связка ключей macOS
keyring-store-windows = Диспетчер учётных данных Windows
# What to do when it cannot be reached, as $fix above: Linux, then macOS and Windows.
keyring-fix-secret-service = запустите GNOME Keyring или KeePassXC (с интеграцией Secret Service) в сеансе рабочего стола и повторите попытку
keyring-fix-session = убедитесь, что ваш сеанс пользователя полностью запущен, и повторите попытку

### Messages of src/cli/, src/error.rs, src/ipc.rs, src/lib.rs and src/session/, in Russian: what the command line says.

## The command line's help (src/cli/args.rs). A short help has no final full stop, as clap's own.

cli-about = Установка статуса в чате Bitrix24: Онлайн, Не беспокоить, Отсутствую
cli-long-about =
    Установка статуса в чате Bitrix24 — Онлайн, Не беспокоить, Отсутствую — из области уведомлений или командной строки.
    Без команды b24-status работает в области уведомлений. Каждый показанный статус подтверждён порталом.
cli-after-help = Коды выхода: 0 — успех, 1 — другая ошибка, 2 — неверный вызов, 3 — вход не выполнен, 4 — вебхук отклонён или у него нет прав `im`, 5 — портал недоступен.
cli-verbose-help = Больше подробностей в stderr (-v info, -vv debug, -vvv trace). Секреты никогда не попадают в журнал
cli-quiet-help = Только ошибки в stderr
cli-login-about = Войти по URL входящего вебхука (права `im`), прочитанному из терминала (скрытый ввод) или из одной строки stdin
cli-logout-about = Удалить вебхук из хранилища паролей, а портал — из настроек. Можно безопасно повторять
cli-set-about = Установить статус; команда завершается успешно, только когда портал его подтвердит
cli-set-status-help = online, dnd, away или break
cli-for-help = На время, затем вернуть прежний статус: 45m, 1h30m, 90s, 2h (не более 7 дней)
cli-until-help = До указанного времени, затем вернуть прежний статус: 15:30, "tomorrow 09:00" или время в формате RFC 3339
cli-json-help = Вывести один объект JSON: status, until и then (для временного статуса, иначе null), confirmed_at
cli-cancel-timer-about = Оставить текущий статус и отменить его окончание по времени
cli-get-about = Вывести текущий статус одним словом: online, dnd, away, break или unknown
cli-toggle-dnd-about = «Не беспокоить» → прежний статус (иначе «Онлайн»); любой другой → «Не беспокоить»
cli-doctor-about = Проверить хранилище паролей, настройки, портал, вебхук и его права `im`, подсказав, как исправить каждую проблему
cli-demo-about = Запустить приложение в области уведомлений со встроенным имитируемым порталом: попробуйте b24-status без аккаунта Bitrix24
cli-autostart-about = Запускать приложение в области уведомлений при входе в систему: on, off или status (какой исполняемый файл запускает запись)
cli-autostart-action-help = Что сделать: on, off или status

## Before the arguments are parsed (src/lib.rs)

cli-url-argument = не передавайте URL вебхука аргументом (он останется в истории оболочки и будет виден другим программам): выполните `b24-status login` и вставьте его, когда появится запрос

## The commands (src/cli/commands.rs)

cli-confirmed = { $status } (подтверждено)
cli-confirmed-until = { $status } до { $until } — затем { $then } (подтверждено)
cli-revert-needs-tray = Статус действует до { $until }; затем вернётся «{ $then }», если b24-status запущен в области уведомлений: запустите его командой `b24-status`.
cli-cancel-timer-done = Статус «{ $status }» сохранится, пока вы его не смените: ограничение «до { $until }» снято.
cli-cancel-timer-nothing = Нет временного статуса для отмены.
cli-portal-moved = Портал переехал на { $portal }; новый адрес сохранён.
cli-login-hint = Создайте в Bitrix24 входящий вебхук с правами `im` (Приложения → Разработчикам → Другое → Входящий вебхук).
# The prompt for the hidden input; the space after the colon separates it from what is typed.
cli-login-prompt = Вставьте его URL (ввод скрыт):{ " " }
cli-logout-nothing = Вход не выполнен; удалять нечего.
cli-logout-done = Выполнен выход из { $portal }: вебхук удалён из хранилища паролей.

## The doctor's details, after the verdict and the check's name (src/cli/doctor.rs)

doctor-config-defaults = { $path } (ещё не создан: значения по умолчанию)
doctor-keyring-reachable = доступно
doctor-signed-in = { $name } на { $portal } (учётная запись в хранилище паролей: { $account })
doctor-portal-answers = { $portal } отвечает
doctor-webhook-accepted = принят для { $name } (пользователь { $user })
# $status is the status as `b24-status get` prints it: online, dnd, away, break or unknown.
doctor-scope-granted = есть (статус: { $status })
doctor-shortcut-in-tray = зарегистрировано запущенным b24-status, который не сообщает о нём в этой системе: строка сочетания клавиш в его меню показывает, работает ли оно
doctor-shortcut-tray-unreadable = запущенный b24-status не сообщил, что стало с его сочетанием клавиш (старая версия?): перезапустите его и снова выполните doctor
doctor-shortcut-tray-silent = запущенный b24-status не ответил о своём сочетании клавиш ({ $error }): перезапустите его и снова выполните doctor
doctor-shortcut-wayland-no-tray = в Wayland приложение при запуске назначает сочетание клавиш через портал сочетаний клавиш рабочего стола: запустите b24-status и снова выполните doctor
# The automatic rules' signal sources; $sources is a list of D-Bus names.
doctor-lock-sources = «Отсутствую» при блокировке экрана: источники сигналов — { $sources }
doctor-lock-no-source = «Отсутствую» при блокировке экрана: источник событий блокировки не найден (сеанс logind, org.freedesktop.ScreenSaver, org.gnome.ScreenSaver); блокируйте экран штатным средством рабочего стола или запустите блокировщик, который сообщает о блокировке logind, например xss-lock или light-locker
# $server and $version as the sound server names itself ("pulseaudio 16.1", "PulseAudio (on PipeWire 0.3.65) 15.0.0"); $socket, $sockets: file paths.
doctor-calls-server = «Не беспокоить» во время звонков: отслеживается { $server } { $version } по адресу { $socket }
doctor-calls-no-server = «Не беспокоить» во время звонков: звуковой сервер не отвечает (проверено: { $sockets }), поэтому следить за микрофоном нельзя: запустите звуковой сервер рабочего стола — pipewire-pulse из PipeWire (`systemctl --user start pipewire-pulse.socket`) или PulseAudio (`pulseaudio --start`), — и приложение найдёт его в течение пяти минут
# $error is the sound server's own reason, in English.
doctor-calls-server-refused = «Не беспокоить» во время звонков: звуковой сервер по адресу { $socket } отклонил подключение ({ $error }): PulseAudio нужен cookie-файл ~/.config/pulse/cookie или файл, указанный в PULSE_COOKIE, доступный вам для чтения; перезапустите звуковой сервер (`pulseaudio -k`) и снова выполните doctor
# $after: away_after_idle as config.toml gives it ("10m"); $source: the idle source's name (X11 SYNC IDLETIME, org.gnome.Mutter.IdleMonitor).
doctor-idle-source = «Отсутствую» после { $after } без ввода: отслеживается { $source }
doctor-idle-logind = «Отсутствую» при бездействии: используется IdleHint сеанса logind, время бездействия для которого задаёт рабочий стол (его задержка бездействия или гашения экрана), а не away_after_idle = "{ $after }"; в X11 или GNOME приложение само отсчитывает away_after_idle
doctor-idle-no-source = «Отсутствую» при бездействии: источник данных о бездействии не найден (счётчик SYNC IDLETIME X-сервера, org.gnome.Mutter.IdleMonitor, IdleHint сеанса logind); в sway или другом рабочем столе на wlroots запустите `swayidle idlehint 600`, чтобы logind знал о вашем бездействии, или положитесь на «Отсутствую» при блокировке экрана
doctor-presenting-x11 = «Не беспокоить» во время демонстрации: отслеживается полноэкранный режим активного окна (X11 _NET_ACTIVE_WINDOW, _NET_WM_STATE); демонстрация экрана пока не распознаётся
doctor-presenting-no-wm = «Не беспокоить» во время демонстрации: оконный менеджер не сообщает, какое окно активно и развёрнуто на весь экран (_NET_ACTIVE_WINDOW, _NET_WM_STATE_FULLSCREEN в _NET_SUPPORTED); используйте оконный менеджер, который это умеет (EWMH: GNOME, KDE, Xfce, MATE, Cinnamon, Openbox, i3 — все умеют), и приложение начнёт отслеживать окна сразу после запуска
doctor-presenting-wayland = «Не беспокоить» во время демонстрации: в Wayland ни одна программа не видит, какое окно развёрнуто на весь экран, а демонстрация экрана пока не распознаётся; включайте «Не беспокоить» сами на время презентации (сочетанием клавиш или `b24-status set dnd --for 1h`)
doctor-presenting-no-display = «Не беспокоить» во время демонстрации: нет дисплея X, с которого можно узнать активное окно (переменная DISPLAY не задана или дисплей не отвечает); запускайте b24-status в сеансе рабочего стола
# $meetings: how many busy meetings the calendar has from now to the end of tomorrow.
doctor-calendar-read = { $meetings ->
    [one] календарь отвечает: { $meetings } встреча с пометкой «занят» сегодня или завтра
    [few] календарь отвечает: { $meetings } встречи с пометкой «занят» сегодня или завтра
    [many] календарь отвечает: { $meetings } встреч с пометкой «занят» сегодня или завтра
   *[other] календарь отвечает: { $meetings } встречи с пометкой «занят» сегодня или завтра
}
doctor-needs-scope-calendar = у вебхука нет прав `calendar`, поэтому «Не беспокоить» во время встреч отключено: в Bitrix24 откройте Приложения → Разработчикам → ваш входящий вебхук, отметьте `calendar` и сохраните (прежний URL вебхука продолжит работать): приложение учтёт это в течение 15 минут
# $day is the portal's word: OPENED, PAUSED, CLOSED or EXPIRED.
doctor-work-day-read = рабочий день: { $day }
doctor-needs-scope-timeman = у вебхука нет прав `timeman`, поэтому следование рабочему дню отключено: в Bitrix24 откройте Приложения → Разработчикам → ваш входящий вебхук, отметьте `timeman` (Учёт рабочего времени) и сохраните (прежний URL вебхука продолжит работать): приложение учтёт это при следующем опросе
doctor-rule-not-built = в этой версии у этого правила пока нет источника сигналов: оно сохраняется в config.toml, но ни на что не влияет
doctor-needs-sign-in = нужен вход
doctor-needs-webhook-code = нужен код вебхука
doctor-needs-keyring = нужно хранилище паролей
doctor-needs-portal = нужен портал
doctor-needs-accepted-webhook = нужен принятый вебхук

## What a command ends with (src/error.rs)

error-not-signed-in = вы не вошли: выполните `b24-status login` и вставьте URL вашего входящего вебхука
error-secret-missing = вход выполнен как { $account }, но в хранилище паролей нет кода вебхука для этой учётной записи: снова выполните `b24-status login`
error-input = не удалось прочитать URL вебхука: { $reason }
error-tray-keeps-trying = портал ещё не ответил; запущенный b24-status продолжает попытки
error-tray-keeps-trying-after = ещё не подтверждено: { $error }; запущенный b24-status продолжает попытки

## The running tray, through the control socket (src/ipc.rs)

ipc-no-answer = запущенный b24-status не ответил ({ $reason }); закройте его и повторите попытку
# How a sent request went unanswered, as $reason above and in cli-tray-gave-up.
ipc-silence-timed-out = нет ответа в течение { $seconds } с
ipc-silence-closed = он закрыл соединение
ipc-silence-unreadable = нечитаемый ответ
ipc-already-running = уже запущен другой экземпляр b24-status
ipc-bind = не удаётся открыть управляющий сокет { $path }: { $reason }
# $uid is the other user's numeric id.
ipc-foreign = { $path } обслуживается программой другого пользователя (uid { $uid }), а не вашим b24-status: закройте ту программу или удалите файл либо укажите в XDG_RUNTIME_DIR папку, в которую можете писать только вы
ipc-not-private = управляющий сокет в { $path } не создан ({ $reason }): подходит только ваша папка, в которую больше никто не может писать
# A change was sent to the running tray and no answer came: it may have been made all the same.
cli-tray-gave-up = ожидание ответа от запущенного b24-status прекращено ({ $reason }); изменение всё же может быть применено: выполните `b24-status get`, чтобы увидеть статус

## Windows: the control pipe (src/ipc/windows.rs)

ipc-foreign-pipe = канал { $name } занят программой, которая вас не пускает (другого пользователя или запущенной от имени администратора), а не вашим b24-status: закройте ту программу или перезапустите Windows

## The session: signing in and out (src/session/)

login-signed-in = Вход выполнен: { $name } на { $portal } (пользователь { $user }).

## clap's own words, replaced (src/cli/args.rs): the help's headings (clap adds the colon) and placeholders

cli-usage-heading = Использование:
cli-usage-options = ПАРАМЕТРЫ
cli-usage-command = КОМАНДА
cli-commands-heading = Команды
cli-options-heading = Параметры
cli-arguments-heading = Аргументы
cli-help-help = Показать справку (-h — кратко, --help — полностью)
cli-version-help = Показать версию
# The placeholders of values in the help ("--for <DURATION>"): one word, capitals as in English if your language has them.
cli-value-duration = ДЛИТЕЛЬНОСТЬ
cli-value-time = ВРЕМЯ
cli-value-status = СТАТУС
cli-value-action = ДЕЙСТВИЕ

## A command line that cannot be read (src/cli/args.rs); $arg and $option as typed or as the help names them

cli-error-invalid-value = '{ $value }' — недопустимое значение для { $arg }: { $reason }
cli-error-valid-values = используйте одно из значений: { $values }
cli-error-unknown-command = '{ $command }' — не команда: см. `b24-status --help`
cli-error-unknown-command-suggest = '{ $command }' — не команда: возможно, вы имели в виду '{ $suggested }'?
cli-error-unknown-option = параметр '{ $option }' здесь недопустим: см. `b24-status --help`
cli-error-unknown-option-suggest = параметр '{ $option }' здесь недопустим: возможно, вы имели в виду '{ $suggested }'?
cli-error-missing = отсутствует { $arg }: см. `b24-status --help`
cli-error-conflict = { $arg } нельзя использовать вместе с { $other }
cli-error-missing-command = не указана команда: см. `b24-status --help`
cli-error-values = для { $arg } указано неверное число значений: см. `b24-status --help`
cli-error-other = недопустимая командная строка: см. `b24-status --help`

### Messages of src/tray/, in Russian.

## The menu (src/tray/view.rs, src/tray/menu.rs)

menu-header-signed-in = { $name } — { $portal }
menu-header-demo = Демо-портал (имитация)
menu-header-signed-out = Вход не выполнен
menu-starting = Запуск…
menu-shortcut-starting = Сочетание клавиш: запуск…
menu-sign-in = Войти…
menu-sign-out = Выйти
# The state in words too: GNOME's AppIndicator menu draws no check box for an unchecked item.
menu-start-at-login-on = Запуск при входе: вкл.
menu-start-at-login-off = Запуск при входе: выкл.
menu-quit = Завершить
# The timed choices: two submenus below the statuses, and their items.
menu-dnd-for = Не беспокоить на время…
menu-away-for = Отсутствую на время…
menu-for-minutes = { $minutes ->
    [one] На { $minutes } минуту
    [few] На { $minutes } минуты
    [many] На { $minutes } минут
   *[other] На { $minutes } минуты
}
menu-for-hours = { $hours ->
    [one] На { $hours } час
    [few] На { $hours } часа
    [many] На { $hours } часов
   *[other] На { $hours } часа
}
menu-until-morning = До завтрашнего утра
menu-until-turned-off = Пока не выключу

## The menu's status line: what is going on, in a few words ($status is a status label, $at a time HH:MM)

status-line-keyring-locked = Хранилище паролей заблокировано — разблокируйте его
status-line-keyring-busy = Хранилище паролей занято — повторная попытка
status-line-no-keyring = Нет хранилища паролей — выполните b24-status doctor
status-line-bad-config = Файл настроек повреждён — выполните b24-status doctor
status-line-signed-out = Войдите, чтобы установить статус
status-line-missing-scope = У вебхука нет прав im — войдите снова
status-line-rejected = Вебхук отклонён — войдите снова
status-line-setting = Установка: { $status }…
status-line-not-set = Не удалось установить «{ $status }» — { $reason }
status-line-not-read = Статус не получен — { $reason }
status-line-connecting = Подключение…
status-line-break = Перерыв — подтверждено в { $at }
status-line-no-status = На портале нет статуса — проверено в { $at }
status-line-confirmed = Подтверждено в { $at }
# A timed status: what it is, when it ends ($until: "15:30", "завтра 09:00", "пятницы 09:00") and what follows.
status-line-until = { $status } до { $until } — затем { $then }
# The revert of a timed status whose moment passed while no tray ran, applied at start ($at: "15:30").
status-line-ended-while-away = Статус «{ $status }» закончился в { $at }, когда b24-status не был запущен
status-line-portal-busy = Портал занят — повторная попытка
status-line-offline = Нет сети — повторная попытка
# A choice the last run left pending, too old to apply ($hours is a number, $status a status label).
status-line-dropped-choice = Отменён выбор, сделанный { $hours } ч назад ({ $status })

## Why a status was not set or read, as $reason above (the notification carries the full sentence)

status-line-reason-overloaded = REST заблокирован Bitrix24
status-line-reason-access-denied = нет доступа к REST на этом тарифе
status-line-reason-portal-deleted = портал удалён
status-line-reason-method-not-found = портал устарел
status-line-reason-bad-redirect = портал переехал — войдите снова
status-line-reason-refused = портал отказал
status-line-reason-rate-limited = портал занят, повтор позже
status-line-reason-other = портал недоступен

## The icon's tooltip (src/tray/mod.rs)

tray-tooltip = b24-status
tray-tooltip-status = b24-status — { $status_line }

## Starting the tray (src/tray/mod.rs)

tray-already-running = b24-status уже запущен.
tray-demo-failed = не удалось запустить демо-портал: { $error }
tray-demo-no-simulator = b24-status-sim не найден рядом с b24-status (соберите его командой `cargo build -p b24-status-sim`)
tray-demo-no-url = симулятор не вывел URL вебхука
tray-worker-failed = не удалось запустить рабочий поток: { $error }

## Desktop notifications (src/tray/notices.rs); $reason is a portal error as a sentence

notice-sign-in-again = Bitrix24: войдите снова
notice-not-set-yet = Статус «{ $status }» ещё не установлен
notice-keeps-trying = { $reason } b24-status продолжает попытки и установит статус, как только портал ответит.
notice-could-not-set = Не удалось установить «{ $status }»
notice-no-tray = Нет области уведомлений для значка b24-status
notice-broken-file = b24-status пропустил повреждённый файл
notice-runs-on-defaults = b24-status работает с настройками по умолчанию
notice-autostart-unchanged = Запуск при входе не изменён
notice-rule-unchanged = Автоматическое правило не изменено
notice-sign-in-page-failed = Не удалось открыть страницу входа
notice-sign-in-page-failed-body = Не удалось запустить локальную страницу: { $error }. Выполните `b24-status login` в терминале.
notice-no-browser = Не удалось открыть браузер
notice-no-browser-body = Чтобы войти, выполните `b24-status login` в терминале.
notice-sign-out-failed = Выход не завершён
# The portal confirmed the revert of a timed status: "Статус «Не беспокоить» закончился — теперь Онлайн".
notice-timed-ended = Статус «{ $status }» закончился — теперь { $then }

## The sign-in page's answers (src/tray/signin.rs)

signin-closed = Эта страница входа закрыта.
signin-closed-reopen = Эта страница входа закрыта. Откройте её снова из меню b24-status.
signin-signed-in = Вход выполнен.
signin-details-hidden = войти не удалось; подробности не показаны, так как содержат секретный код вебхука
signin-no-random = сбой генератора случайных чисел ОС: { $error }
# A refused sign-in, worded for the page (where the terminal's wording names a command): what to do there.
signin-page-error-rejected = портал отклонил этот вебхук ({ $code }): он удалён, заблокирован или его код изменён; создайте новый входящий вебхук в Bitrix24 и вставьте его URL сюда
signin-page-error-missing-scope = у этого вебхука нет прав im (Чат и уведомления): в Bitrix24 откройте Приложения → Разработчикам → ваш входящий вебхук, отметьте im, сохраните и снова нажмите здесь «Войти»
signin-page-error-keyring-corrupt = не удаётся прочитать запись для { $account } в хранилище паролей: удалите записи b24-status в менеджере паролей системы (например, «Пароли и ключи») и снова нажмите здесь «Войти»

## The sign-in page itself (src/tray/signin_page.html, as {{t:id}} placeholders)
## The page HTML-escapes these; in them `text` shows as code and **text** as a menu path.

signin-page-title = Вход в Bitrix24 — b24-status
signin-page-heading = Вход в Bitrix24
signin-page-how = На своём портале Bitrix24 откройте **Приложения → Разработчикам → Другое → Входящий вебхук**, отметьте право `im` (Чат и уведомления), сохраните и скопируйте URL вебхука.
signin-page-example = Он выглядит так: `https://your-portal.bitrix24.com/rest/1/abc123…/`. b24-status проверит его на вашем портале и сохранит секретный код в хранилище паролей системы.
signin-page-url-label = URL вебхука
signin-page-url-placeholder = https://your-portal.bitrix24.com/rest/…
signin-page-submit = Войти
signin-page-show-url = Показать URL
signin-page-close-tab = Эту вкладку можно закрыть.
# Shown by the page's script; $status is the HTTP status code, filled in by the script.
signin-page-checking = Проверка…
signin-page-refused = Страница входа отклонила запрос (HTTP { $status }). Откройте её снова из меню b24-status.
# The page serves a few connections at a time; more are answered HTTP 503.
signin-page-busy = Страница входа занята: слишком много подключений. Подождите немного и снова нажмите «Войти».
signin-page-gone = b24-status больше не ждёт эту страницу (она закрывается через 10 минут или после входа). Откройте её снова из меню b24-status.

### Messages of the automatic rules (crates/core/src/automatic.rs, rendered by src/text/automatic.rs), in Russian.

## The config file's comments on [automatic] (src/store/config.rs)

config-about-automatic = Автоматический статус: правила, которые сами меняют ваш статус. Статус, выбранный вручную, всегда имеет приоритет, пока условие правила не наступит снова.
automatic-about-locked = «Отсутствую», пока экран заблокирован; после разблокировки возвращается ваш статус.
automatic-about-idle = «Отсутствую» после такого времени без действий с клавиатурой или мышью, например "10m" (от 1 минуты до 24 часов); "" отключает правило.
automatic-about-calls = «Не беспокоить», пока другая программа использует микрофон или камеру.
automatic-about-presenting = «Не беспокоить», пока окно развёрнуто на весь экран или идёт демонстрация экрана.
automatic-about-meetings = «Не беспокоить» во время встреч в календаре Bitrix24, отмеченных как «занят» (вебхуку нужны права calendar).
automatic-about-work-time = Следовать рабочему дню в Bitrix24: приостановлен — «Перерыв», завершён — «Отсутствую», начат — «Онлайн» (вебхуку нужны права timeman).
config-idle-invalid = away_after_idle: { $reason } ("" отключает правило)
config-idle-range = укажите от 1m до 24h, а не '{ $value }'

## The menu's "Automatic" submenu (src/tray/menu.rs)

menu-automatic = Автоматически
menu-rule-locked = Отсутствую при блокировке экрана
menu-rule-idle = { $minutes ->
    [one] Отсутствую через { $minutes } минуту бездействия
    [few] Отсутствую через { $minutes } минуты бездействия
    [many] Отсутствую через { $minutes } минут бездействия
   *[other] Отсутствую через { $minutes } минуты бездействия
}
menu-rule-calls = Не беспокоить во время звонков
menu-rule-presenting = Не беспокоить во время демонстрации
menu-rule-meetings = Не беспокоить во время встреч в календаре
menu-rule-work-time = Следовать моему рабочему дню в Bitrix24
# A rule the webhook cannot serve: $rule is one of the labels above, $scope a scope's code (calendar, timeman).
menu-rule-needs-scope = { $rule } — нужны права { $scope }

## A status a rule set, in the menu's status line ($status is a status label)

status-line-automatic = { $status } — { $reason } (автоматически)
# $name is the event's name as the calendar has it; $until a moment ("11:00", "завтра 09:00").
status-line-meeting = { $status } — встреча «{ $name }» до { $until }
reason-locked = экран заблокирован
reason-idle = бездействие
reason-in-call = идёт звонок
reason-presenting = демонстрация экрана
reason-work-day-opened = рабочий день начат
reason-work-day-paused = рабочий день приостановлен
reason-work-day-closed = рабочий день завершён

### Messages of src/platform/, in Russian.

## The Do Not Disturb shortcut: the menu's line ($keys as the user or the desktop wrote it, e.g. Ctrl+Alt+Shift+D)

shortcut-active = { $keys } переключает «Не беспокоить»
shortcut-off = Нет сочетания клавиш (dnd_shortcut пуст)
shortcut-invalid = Сочетание «{ $keys }» недопустимо — см. doctor
shortcut-taken = Сочетание { $keys } занято другой программой
shortcut-unavailable = Глобальные сочетания клавиш недоступны — см. doctor
shortcut-binding = Сочетание клавиш: ожидание рабочего стола…
# doctor's line for a shortcut the desktop bound through its GlobalShortcuts portal (Wayland).
shortcut-ok-portal = { $keys } переключает «Не беспокоить» (назначено рабочим столом через портал GlobalShortcuts)

## The shortcut's problem, with the fix (doctor and the log); $why is one of the reasons below

shortcut-problem-invalid = dnd_shortcut = "{ $keys }" — не сочетание клавиш: укажите его в виде "Ctrl+Alt+Shift+D" (модификаторы Ctrl, Alt, Shift, Super) или оставьте пустым
shortcut-problem-taken = сочетание { $keys } занято другой программой: укажите другое значение dnd_shortcut в config.toml (например, "Ctrl+Alt+Shift+B") и перезапустите b24-status, или назначьте клавишу для `b24-status toggle-dnd` в настройках клавиатуры рабочего стола
shortcut-problem-binding = рабочий стол ещё не назначил { $keys }: ответьте на его запрос о сочетании клавиш b24-status или назначьте клавишу для `b24-status toggle-dnd` в настройках клавиатуры рабочего стола
shortcut-problem-unavailable = { $why }: вместо этого назначьте клавишу для `b24-status toggle-dnd` в настройках клавиатуры рабочего стола (см. README)

## Why there is no global shortcut

shortcut-why-wayland = этот рабочий стол Wayland не предоставляет портал глобальных сочетаний клавиш (GlobalShortcuts), а Wayland не позволяет программам самим перехватывать клавиши
shortcut-why-portal-refused = рабочий стол не назначил сочетание клавиш (запрос был отменён или отклонён; перезапустите b24-status, чтобы запрос появился снова)
shortcut-why-portal-failed = сбой портала сочетаний клавиш рабочего стола ({ $reason })
shortcut-why-portal-closed = рабочий стол завершил сеанс сочетаний клавиш b24-status (перезапустите b24-status, чтобы назначить сочетание снова)
shortcut-why-no-x11-display = нет дисплея X11, на котором можно перехватить сочетание клавиш
shortcut-why-not-supported = глобальные сочетания клавиш здесь недоступны
shortcut-why-not-registered = не удалось зарегистрировать сочетание клавиш
x11-no-key-name = в X11 нет имени для этой клавиши
x11-no-display = нет дисплея X11
x11-no-such-key = на этой клавиатуре нет такой клавиши
x11-no-answer = X-сервер не ответил
x11-no-thread = нет потока для сочетания клавиш

## The shortcut in the desktop's GlobalShortcuts dialog and settings (Wayland)

shortcut-portal-description = Переключить «Не беспокоить»

## Is there a tray to show the icon in? (doctor, the log, a notification)

tray-host-status-notifier = запущен хост StatusNotifierItem
tray-host-xembed = запущена область уведомлений XEmbed
# Windows (src/platform/tray_host.rs).
tray-host-notification-area = значок показывается в области уведомлений Windows (если он скрыт за стрелкой ^, перетащите его на панель задач)
tray-host-none = на этом рабочем столе нет области уведомлений: показать значок нельзя; в GNOME установите расширение AppIndicator (gnome-shell-extension-appindicator) или пользуйтесь командами b24-status
tray-host-no-display = нет графического сеанса для значка в области уведомлений (переменная DISPLAY не задана или дисплейный сервер не отвечает); команды b24-status работают и без него

## Starting the tray binary (Linux)

exec-failed = не удалось запустить программу для области уведомлений ({ $path }): { $error }; переустановите b24-status
exec-no-path = путь к этой программе неизвестен: { $error }

## Start at login: the line `b24-status autostart` prints ($location is a file or the registry value)

autostart-off = Запуск при входе: выкл.
autostart-on = Запуск при входе: вкл. ({ $location })
autostart-stale = Запуск при входе: вкл., но запись указывает не на эту программу ({ $program }) — выполните b24-status autostart on, чтобы исправить
autostart-starts-not-an-entry = программа не указана: файл не является desktop-файлом
autostart-starts-no-exec = программа не указана: в записи нет строки Exec
autostart-starts-unreadable = `{ $exec }` — не удаётся прочитать
autostart-location-elsewhere = программы автозапуска рабочего стола
autostart-location-login-items = объекты входа
# The Comment of the desktop entry written on Linux (shown in the desktop's startup settings).
autostart-entry-comment = Статус в чате Bitrix24 в области уведомлений

## Start at login: the actions of `b24-status autostart`, in its help

autostart-action-on-help = Запускать приложение в области уведомлений при входе (для этого исполняемого файла); также исправляет запись, запускающую другой файл
autostart-action-off-help = Не запускать при входе; можно безопасно повторять
autostart-action-status-help = Показать, запускается ли b24-status при входе и какой исполняемый файл запускается

## Start at login: errors, each naming the place and the fix

autostart-error-no-home = не удаётся найти папку настроек (переменная HOME не задана): задайте HOME и повторите попытку
autostart-error-current-exe = не удаётся определить путь к запущенному b24-status ({ $reason }): запустите его по полному пути и повторите попытку
autostart-error-unsupported-path = не удаётся добавить { $path } в автозапуск ({ $location }): { $why }; переместите b24-status в папку с более простым именем и снова выполните `b24-status autostart on`
autostart-error-file = { $error } (убедитесь, что этот файл и его папка принадлежат вам, и повторите попытку)
autostart-error-platform = не удаётся изменить автозапуск ({ $location }): { $reason } (убедитесь, что у вас есть права на запись, и повторите попытку)
autostart-error-not-confirmed = запись автозапуска ({ $location }) сохранена, но при повторном чтении она не запускает { $exe }: удалите её и снова выполните `b24-status autostart on`
autostart-error-unsupported = запуск при входе в этой системе не поддерживается: добавьте b24-status в программы автозапуска рабочего стола вручную

## Why a program path cannot go into the entry ($why above)

autostart-path-not-utf8 = путь не является корректным текстом (UTF-8)
autostart-path-control = путь содержит управляющий символ
autostart-path-percent = GNOME и другие рабочие столы на основе GLib пропускают запись автозапуска, если путь к программе содержит %
autostart-path-xml = путь содержит &, < или >, недопустимые в файле LaunchAgent

### The desktop entry and the AppStream metainfo (packaging/linux/), in Russian.

desktop-generic-name = Статус в чате
desktop-comment = Устанавливайте статус в чате Bitrix24: Онлайн, Не беспокоить, Отсутствую
# Search words, separated and ended by ";". Keep Bitrix24 and B24; add the words people would type.
desktop-keywords = Bitrix24;B24;Битрикс24;статус;присутствие;DND;Не беспокоить;отсутствую;чат;status;presence;away;chat;
metainfo-summary = Статус в чате Bitrix24 из области уведомлений
metainfo-intro = Устанавливайте статус в чате Bitrix24 — Онлайн, Не беспокоить, Отсутствую — одним щелчком или сочетанием клавиш и всегда знайте, какой статус портал действительно подтвердил.
metainfo-feature-tray = Значок в области уведомлений, цвет которого показывает подтверждённый статус, и меню для его смены
metainfo-feature-shortcut = Глобальное сочетание клавиш (по умолчанию Ctrl+Alt+Shift+D), включающее и выключающее «Не беспокоить»
metainfo-feature-timed = Временный статус «Не беспокоить» или «Отсутствую» — на 30 минут, на час, до завтрашнего утра, — который снимается сам
metainfo-feature-automatic = Автоматический статус: «Отсутствую», когда экран заблокирован, «Не беспокоить» во время звонков и встреч из календаря
metainfo-feature-cli = Командная строка для скриптов и ярлыков: set, get, toggle-dnd, doctor
metainfo-feature-sign-in = Вход через входящий вебхук; его секретный код хранится только в вашем хранилище паролей
metainfo-needs = Нужны область уведомлений (в GNOME — расширение AppIndicator) и хранилище паролей Secret Service, например GNOME Keyring или KeePassXC.
