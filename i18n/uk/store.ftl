# Messages of src/store/ (Ukrainian).

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
config-dnd-shortcut-for-invalid = dnd_shortcut_for: { $reason } ("" — «Не турбувати» діє, доки ви його не вимкнете)
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

state-broken = пошкоджений файл { $path } пропущено: { $message }; його буде замінено під час вашої наступної зміни

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
