# Messages of src/store/ (Polish).

## Files (src/store/files.rs)

file-no-home = nie można znaleźć ~: katalog domowy jest nieznany (HOME nie jest ustawione)
file-cannot-read = nie można odczytać { $path }: { $reason }
file-cannot-write = nie można zapisać { $path }: { $reason }
file-cannot-remove = nie można usunąć { $path }: { $reason }

## The config file (src/store/config.rs)

config-invalid = plik konfiguracyjny { $path } jest nieprawidłowy: { $message }; popraw go lub usuń
config-invalid-at-line = plik konfiguracyjny { $path } jest nieprawidłowy w wierszu { $line }: { $message }; popraw go lub usuń
config-poll-interval-range = poll_interval_secs musi mieścić się w zakresie od 1 do 86400
config-morning-invalid = morning musi być godziną w formacie 24-godzinnym, np. "09:00", a nie "{ $value }"
config-weekend-day-invalid = weekend_days przyjmuje angielskie nazwy dni, np. "saturday" i "sunday", a nie "{ $value }"
config-dnd-shortcut-for-invalid = dnd_shortcut_for: { $reason } ("" pozostawia Nie przeszkadzać włączone do czasu ręcznego wyłączenia)
config-file-header = Ustawienia b24-status. Nie ma tu tajnego kodu webhooka: jest w systemowym magazynie haseł.
config-file-defaults = Wiersz zaczynający się od # to komentarz; zakomentowane ustawienie pokazuje wartość domyślną. Ustawienia najwyższego poziomu należy umieścić powyżej pierwszej [tabeli].
config-about-language = Język menu i komunikatów, np. "ru", "uk", "de", "pl", "es", "pt-BR" lub "en"; jeśli pominięto, używany jest język systemu (LANG).
config-language-invalid = language musi być kodem języka, np. "ru", "de" lub "pt-BR", a nie "{ $value }"
config-about-poll-interval = Jak często zasobnik odczytuje status, w sekundach (od 1 do 86400).
config-about-dnd-shortcut = Klawisze przełączające Nie przeszkadzać, np. "Ctrl+Alt+Shift+D"; "" wyłącza skrót.
config-about-dnd-shortcut-for = Na jak długo skrót włącza Nie przeszkadzać, np. "1h" lub "30m"; "" do czasu ręcznego wyłączenia.
config-about-morning = Kiedy kończy się „Do jutra rana”, według zegara komputera (format 24-godzinny).
config-about-weekend-days = Dni pomijane przez „Do jutra rana”; [] nie pomija żadnego.
config-about-account = Kto jest zalogowany: zapisywane przez b24-status przy logowaniu i wylogowaniu.
config-setting-in-table = `{ $setting }` jest ustawieniem najwyższego poziomu: przenieś je powyżej `[{ $table }]`
config-setting-needs-table = `{ $setting }` należy do tabeli `[{ $table }]`: przenieś je poniżej wiersza `[{ $table }]`

## The remembered state (src/store/state.rs)

state-broken = pominięto uszkodzony plik { $path }: { $message }; zostanie zastąpiony przy następnej zmianie

## The keyring (src/store/keyring.rs)

keyring-unavailable = brak dostępnego magazynu haseł ({ $store } jest nieosiągalny): { $fix }
keyring-locked = { $store } jest zablokowany: odblokuj go (np. w aplikacji Hasła i klucze) i spróbuj ponownie
keyring-busy = { $store } był zajęty inną zmianą tego wpisu i nie odpowiedział na czas: spróbuj ponownie za chwilę
keyring-corrupt = wpis magazynu haseł dla { $account } jest nieczytelny: uruchom `b24-status logout`, a następnie `b24-status login`
keyring-failed = { $store } odmówił wykonania operacji: { $fix }
# The keyring of each system, as $store above (masculine: "magazyn", "pęk").
keyring-store-secret-service = magazyn haseł Secret Service
keyring-store-macos = pęk kluczy macOS
keyring-store-windows = Menedżer poświadczeń Windows
keyring-fix-secret-service = uruchom GNOME Keyring lub KeePassXC (z integracją Secret Service) w sesji pulpitu, a następnie spróbuj ponownie
keyring-fix-session = sprawdź, czy sesja użytkownika w pełni się uruchomiła, a następnie spróbuj ponownie
