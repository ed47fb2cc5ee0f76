# Messages of src/cli/, src/error.rs, src/ipc.rs, src/lib.rs and src/session/, in Russian: what the command line says.

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
cli-set-about = Установить статус; успешно, только когда портал его подтвердит
cli-set-status-help = online, dnd, away или break
cli-for-help = На время, затем вернуть прежний статус: 45m, 1h30m, 90s, 2h (не более 7 дней)
cli-until-help = До указанного времени, затем вернуть прежний статус: 15:30, "tomorrow 09:00" или время в формате RFC 3339
cli-json-help = Вывести один объект JSON: status, until и then (для статуса на время, иначе null), confirmed_at
cli-cancel-timer-about = Оставить текущий статус и отменить его окончание по времени
cli-get-about = Вывести текущий статус одним словом: online, dnd, away, break или unknown
cli-toggle-dnd-about = «Не беспокоить» → прежний статус (иначе «Онлайн»); любой другой → «Не беспокоить»
cli-doctor-about = Проверить хранилище паролей, настройки, портал, вебхук и его права `im`, с решением для каждой проблемы
cli-demo-about = Запустить приложение в области уведомлений со встроенным имитируемым порталом: попробуйте b24-status без аккаунта Bitrix24
cli-autostart-about = Запуск приложения в области уведомлений при входе в систему: on, off или status (какой исполняемый файл запускает запись)
cli-autostart-action-help = Что сделать: on, off или status

## Before the arguments are parsed (src/lib.rs)

cli-url-argument = не передавайте URL вебхука аргументом (он останется в истории оболочки и будет виден другим программам): выполните `b24-status login` и вставьте его, когда появится запрос

## The commands (src/cli/commands.rs)

cli-confirmed = { $status } (подтверждено)
cli-confirmed-until = { $status } до { $until } — затем { $then } (подтверждено)
cli-revert-needs-tray = Статус действует до { $until }; затем вернётся «{ $then }», если b24-status запущен в области уведомлений: запустите его командой `b24-status`.
cli-cancel-timer-done = Статус «{ $status }» сохранится, пока вы его не смените: ограничение «до { $until }» снято.
cli-cancel-timer-nothing = Нет статуса на время, который можно отменить.
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
doctor-lock-sources = «Отсутствую» при блокировке экрана: отслеживается { $sources }
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
ipc-not-private = нет управляющего сокета в { $path } ({ $reason }): подойдёт только ваша папка, в которую никто другой не может писать
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
