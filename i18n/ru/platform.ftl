# Messages of src/platform/, in Russian.

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
shortcut-problem-taken = сочетание { $keys } занято другой программой: укажите другое dnd_shortcut в config.toml (например, "Ctrl+Alt+Shift+B") и перезапустите b24-status или назначьте клавишу для `b24-status toggle-dnd` в настройках клавиатуры рабочего стола
shortcut-problem-binding = рабочий стол ещё не назначил { $keys }: ответьте на его запрос о сочетании клавиш b24-status или назначьте клавишу для `b24-status toggle-dnd` в настройках клавиатуры рабочего стола
shortcut-problem-unavailable = { $why }: вместо этого назначьте клавишу для `b24-status toggle-dnd` в настройках клавиатуры рабочего стола (см. README)

## Why there is no global shortcut

shortcut-why-wayland = этот рабочий стол Wayland не предоставляет портал глобальных сочетаний клавиш (GlobalShortcuts), а Wayland не позволяет программам самим перехватывать клавиши
shortcut-why-portal-refused = рабочий стол не назначил сочетание клавиш (запрос был отменён или отклонён; перезапустите b24-status, чтобы получить его снова)
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
tray-host-none = на этом рабочем столе нет области уведомлений: значок не может быть показан; в GNOME установите расширение AppIndicator (gnome-shell-extension-appindicator) или пользуйтесь командами b24-status
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

autostart-action-on-help = Запускать значок в области уведомлений при входе (для этого исполняемого файла); также исправляет запись, запускающую другой файл
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
autostart-path-xml = путь содержит &, < или >, которые LaunchAgent не может хранить
