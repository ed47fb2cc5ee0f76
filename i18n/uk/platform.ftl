# Messages of src/platform/ (Ukrainian).

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
autostart-location-login-items = елементи входу
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
