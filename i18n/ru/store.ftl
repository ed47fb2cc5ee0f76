# Messages of src/store/, in Russian.

## Files (src/store/files.rs)

file-no-home = не удаётся найти ~: домашняя папка неизвестна (переменная HOME не задана)
file-cannot-read = не удаётся прочитать { $path }: { $reason }
file-cannot-write = не удаётся записать { $path }: { $reason }
file-cannot-remove = не удаётся удалить { $path }: { $reason }

## The config file (src/store/config.rs)

config-invalid = файл настроек { $path } содержит ошибку: { $message }; исправьте или удалите его
config-invalid-at-line = файл настроек { $path } содержит ошибку в строке { $line }: { $message }; исправьте или удалите его
config-poll-interval-range = poll_interval_secs должен быть от 1 до 86400
config-morning-invalid = morning должно быть временем вида "09:00" (24-часовой формат), а не "{ $value }"
config-weekend-day-invalid = weekend_days принимает названия дней вида "saturday" и "sunday", а не "{ $value }"
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
keyring-corrupt = запись для { $account } в хранилище паролей не читается: выполните `b24-status logout`, затем `b24-status login`
keyring-failed = хранилище паролей ({ $store }) отклонило операцию: { $fix }
# The keyring of each system, as $store above (nominative; the sentences above name the keyring themselves).
keyring-store-secret-service = Secret Service
keyring-store-macos = Связка ключей macOS
keyring-store-windows = Диспетчер учётных данных Windows
# What to do when it cannot be reached, as $fix above: Linux, then macOS and Windows.
keyring-fix-secret-service = запустите GNOME Keyring или KeePassXC (с интеграцией Secret Service) в сеансе рабочего стола и повторите попытку
keyring-fix-session = убедитесь, что ваш сеанс пользователя полностью запущен, и повторите попытку
