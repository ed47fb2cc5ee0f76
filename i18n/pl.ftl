### The Polish catalogue of b24-status (pl): i18n/en.ftl, the reference, says where each
### message is shown.

### The statuses, and what goes wrong talking to a portal (crates/core's data, rendered by src/text/), in Polish.

## Statuses, as Bitrix24 names them

status-online = Online
status-dnd = Nie przeszkadzać
status-away = Nieobecny
status-break = Przerwa
status-unknown-word = nieznany status '{ $word }': użyj online, dnd, away lub break

## Timed statuses

when-not-a-duration = '{ $text }' nie jest czasem trwania: zapisz go np. jako 45m, 1h30m, 90s lub 2h
when-zero = czas trwania równy zero: podaj np. 45m lub 1h
when-not-a-moment = '{ $text }' nie jest godziną: zapisz ją np. jako 15:30, "tomorrow 09:00" lub 2026-12-01T15:30:00+01:00
when-in-the-past = ten termin już minął: podaj późniejszy (jutrzejszy jako "tomorrow 09:00")
when-too-far = ponad { $days } dni naprzód: status czasowy trwa najwyżej { $days } dni (pomiń --for i --until, aby trwał do czasu zmiany)
# Moments are shown after "koniec:" / "termin:" (see status-line-until), so they are in the nominative.
moment-today = { $time }
moment-tomorrow = jutro { $time }
moment-this-week = { $weekday } { $time }
moment-other-day = { $date } { $time }
time-of-day = { $hour }:{ $minute }
time-of-day-12h = { $hour12 }:{ $minute } { $half ->
    [am] AM
   *[pm] PM
}
# Month names in the genitive, as a date needs them: "9 grudnia".
date-day-month = { $day } { $month }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
weekday-monday = poniedziałek
weekday-tuesday = wtorek
weekday-wednesday = środa
weekday-thursday = czwartek
weekday-friday = piątek
weekday-saturday = sobota
weekday-sunday = niedziela

## Portal errors: one line each, with the fix

portal-rejected = portal odrzucił webhook ({ $code }): został usunięty, zablokowany lub otrzymał nowy klucz; utwórz nowy webhook przychodzący w Bitrix24 i uruchom `b24-status login`
portal-missing-scope = webhook nie ma uprawnienia `im`: w Bitrix24 otwórz Aplikacje → Zasoby dla deweloperów → swój webhook przychodzący, zaznacz `im` (Czat i powiadomienia), zapisz i ponownie uruchom `b24-status login`
portal-rate-limited = osiągnięto limit zapytań portalu ({ $code }); odczekaj minutę i spróbuj ponownie
portal-overloaded = Bitrix24 zablokował dostęp REST dla tego portalu (OVERLOAD_LIMIT); skontaktuj się z administratorem Bitrix24 lub pomocą techniczną
portal-access-denied = plan taryfowy portalu nie obejmuje dostępu REST (ACCESS_DENIED); skontaktuj się z administratorem Bitrix24
portal-deleted = portal został usunięty lub zamknięty (PORTAL_DELETED); sprawdź adres u administratora
portal-method-not-found = portal nie zna metody { $method } (ERROR_METHOD_NOT_FOUND): jego moduł komunikatora może być wyłączony lub zbyt stary; skontaktuj się z administratorem
portal-refused = portal odrzucił żądanie ({ $code }: { $description }); to błąd w b24-status, zgłoś go
portal-server-error = wystąpił błąd wewnętrzny portalu ({ $code }); spróbuj ponownie za minutę
portal-unreachable = nie można połączyć się z { $host }: { $reason }; sprawdź połączenie sieciowe i adres portalu
portal-timeout = { $host } nie odpowiedział na czas; sprawdź połączenie sieciowe lub spróbuj ponownie później
portal-dropped = połączenie z { $host } zostało zerwane przed nadejściem odpowiedzi; spróbuj ponownie
portal-truncated = odpowiedź z { $host } została ucięta; spróbuj ponownie
portal-not-bitrix = { $host } odpowiedział kodem HTTP { $status }, przesyłając { $body } zamiast danych Bitrix24 (serwer proxy lub awaria); spróbuj ponownie później
portal-not-confirmed = portal odpowiedział bez potwierdzenia zmiany (wynik: { $result }); spróbuj ponownie
portal-bad-redirect = portal został przeniesiony, ale jego nowy adres { $problem }; zaloguj się ponownie, podając nowy adres URL webhooka

## Pieces of the lines above

connect-refused = połączenie zostało odrzucone
connect-timed-out = upłynął limit czasu połączenia
connect-network-unreachable = sieć jest nieosiągalna
connect-name-not-resolved = nie udało się rozpoznać nazwy hosta
connect-tls = nie udało się nawiązać bezpiecznego połączenia (TLS)
connect-other = połączenie nie powiodło się
# $body in portal-not-bitrix: "przesyłając …" takes the accusative.
body-empty = pustą treść
body-web-page = stronę internetową
body-unreadable = nieczytelne dane
redirect-loop = ciągle przekierowuje dalej
redirect-no-location = nie został podany
redirect-invalid-url = nie jest prawidłowym adresem URL
redirect-not-https = nie używa HTTPS
redirect-not-webhook = nie jest adresem URL webhooka
redirect-other-webhook = należy do innego webhooka

### Messages of src/portal/ (Polish).

webhook-empty = nie podano adresu URL webhooka: wklej adres URL webhooka przychodzącego
webhook-not-a-url = to nie jest adres URL webhooka: oczekiwano https://your-portal.bitrix24.com/rest/<user id>/<code>/
webhook-scheme = adres URL musi zaczynać się od https:// (zaczynał się od { $scheme }://)
webhook-insecure-http = wymagany jest HTTPS: webhook przez http:// wysyłałby swój tajny kod otwartym tekstem (http mogą używać tylko adresy pętli zwrotnej)
webhook-no-rest-path = w adresie URL brakuje części /rest/<user id>/<code>/: skopiuj z Bitrix24 cały adres URL webhooka
webhook-no-user-id = w adresie URL webhooka brakuje identyfikatora użytkownika po /rest/: skopiuj z Bitrix24 cały adres URL webhooka
webhook-no-secret = w adresie URL webhooka brakuje tajnego kodu po identyfikatorze użytkownika: skopiuj z Bitrix24 cały adres URL webhooka
webhook-bad-secret = kod webhooka zawiera znaki, których Bitrix24 nigdy nie używa: skopiuj adres URL ponownie
webhook-trailing-path = adres URL webhooka ma dodatkowe części po nazwie metody: skopiuj adres URL ponownie

client-init-failed = nie udało się uruchomić klienta HTTP: błąd konfiguracji TLS lub serwera proxy
client-init-failed-because = nie udało się uruchomić klienta HTTP: błąd konfiguracji TLS lub serwera proxy ({ $cause })

# A piece of portal-not-bitrix (core.ftl), after "przesyłając": accusative.
body-too-large = odpowiedź znacznie większą niż jakakolwiek wysyłana przez Bitrix24 (odczyt przerwano po 1 MiB)

### Messages of src/store/ (Polish).

## Files (src/store/files.rs)

file-no-home = nie można znaleźć ~: katalog domowy jest nieznany (zmienna HOME nie jest ustawiona)
file-cannot-read = nie można odczytać { $path }: { $reason }
file-cannot-write = nie można zapisać { $path }: { $reason }
file-cannot-remove = nie można usunąć { $path }: { $reason }

## The config file (src/store/config.rs)

config-invalid = plik konfiguracyjny { $path } jest nieprawidłowy: { $message }; popraw go lub usuń
config-invalid-at-line = plik konfiguracyjny { $path } jest nieprawidłowy w wierszu { $line }: { $message }; popraw go lub usuń
config-poll-interval-range = poll_interval_secs musi mieścić się w zakresie od 1 do 86400
config-morning-invalid = morning musi być godziną w formacie 24-godzinnym, np. "09:00", a nie "{ $value }"
config-weekend-day-invalid = weekend_days przyjmuje angielskie nazwy dni, np. "saturday" i "sunday", a nie "{ $value }"
config-dnd-shortcut-for-invalid = dnd_shortcut_for: { $reason } ("" utrzymuje status Nie przeszkadzać, dopóki go nie wyłączysz)
config-file-header = Ustawienia b24-status. Nie ma tu tajnego kodu webhooka: jest w systemowym magazynie haseł.
config-file-defaults = Wiersz zaczynający się od # to komentarz; zakomentowane ustawienie pokazuje wartość domyślną. Ustawienia najwyższego poziomu należy umieścić powyżej pierwszej [tabeli].
config-about-language = Język menu i komunikatów, np. "ru", "uk", "de", "pl", "es", "pt-BR" lub "en"; jeśli nie podano, używany jest język systemu (LANG).
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

### Messages of src/cli/, src/error.rs, src/ipc.rs, src/lib.rs and src/session/ (Polish): what the command line says.

## The command line's help (src/cli/args.rs). A short help has no final full stop, as clap's own.

cli-about = Ustaw swój status czatu w Bitrix24: Online, Nie przeszkadzać, Nieobecny
cli-long-about =
    Ustaw swój status czatu w Bitrix24 — Online, Nie przeszkadzać, Nieobecny — z zasobnika systemowego lub z wiersza poleceń.
    Bez polecenia b24-status działa w zasobniku systemowym. Każdy pokazywany status został potwierdzony przez portal.
cli-after-help = Kody wyjścia: 0 sukces, 1 inny błąd, 2 błędne użycie, 3 nie zalogowano, 4 webhook odrzucony lub bez uprawnienia `im`, 5 portal nieosiągalny lub niedostępny.
cli-verbose-help = Więcej szczegółów na stderr (-v info, -vv debug, -vvv trace). Tajne dane nigdy nie trafiają do dziennika
cli-quiet-help = Tylko błędy na stderr
cli-login-about = Zaloguj się za pomocą adresu URL webhooka przychodzącego (uprawnienie `im`), wklejonego w terminalu (niewidocznie) lub podanego jako jeden wiersz na stdin
cli-logout-about = Usuń webhook z magazynu haseł, a portal z konfiguracji. Można bezpiecznie powtarzać
cli-set-about = Ustaw status; polecenie powiedzie się dopiero wtedy, gdy portal go potwierdzi
cli-set-status-help = online, dnd, away lub break
cli-for-help = Na pewien czas, potem powrót do poprzedniego statusu: 45m, 1h30m, 90s, 2h (najwyżej 7 dni)
cli-until-help = Do podanego momentu, potem powrót do poprzedniego statusu: 15:30, "tomorrow 09:00" lub czas w formacie RFC 3339
cli-json-help = Wypisz jeden obiekt JSON: status, until i then (statusu czasowego, w przeciwnym razie null), confirmed_at
cli-cancel-timer-about = Zachowaj bieżący status i anuluj jego zaplanowane zakończenie
cli-get-about = Wypisz bieżący status jednym słowem: online, dnd, away, break lub unknown
cli-toggle-dnd-about = Nie przeszkadzać → poprzedni status (albo online); każdy inny → Nie przeszkadzać
cli-doctor-about = Sprawdź magazyn haseł, konfigurację, portal, webhook i jego uprawnienie `im`, z rozwiązaniem każdego problemu
cli-demo-about = Uruchom zasobnik zalogowany do wbudowanego, symulowanego portalu: wypróbuj b24-status bez konta Bitrix24
cli-autostart-about = Uruchamianie zasobnika przy logowaniu: on, off lub status (który plik wykonywalny uruchamia wpis)
cli-autostart-action-help = Co zrobić: on, off lub status

## Before the arguments are parsed (src/lib.rs)

cli-url-argument = nie podawaj adresu URL webhooka jako argumentu (zostałby zapisany w historii powłoki i byłby widoczny dla innych programów): uruchom `b24-status login` i wklej go, gdy pojawi się prośba

## The commands (src/cli/commands.rs)
## $until ("15:30", "jutro 09:00", "piątek 09:00") follows "koniec:" / "termin:", so it stays in the nominative.

cli-confirmed = { $status } (potwierdzono)
cli-confirmed-until = { $status } — koniec: { $until }, potem { $then } (potwierdzono)
cli-revert-needs-tray = Powrót do statusu { $then } (termin: { $until }) nastąpi tylko wtedy, gdy b24-status działa w zasobniku systemowym: uruchom go poleceniem `b24-status`.
cli-cancel-timer-done = Status { $status } pozostanie do czasu zmiany: zaplanowane zakończenie (termin: { $until }) zostało anulowane.
cli-cancel-timer-nothing = Brak statusu czasowego do anulowania.
cli-portal-moved = Portal został przeniesiony pod adres { $portal }; nowy adres został zapisany.
cli-login-hint = Utwórz w Bitrix24 webhook przychodzący z uprawnieniem `im` (Aplikacje → Zasoby dla deweloperów → Inne → Webhook przychodzący).
# The space after the colon separates the prompt from what is typed.
cli-login-prompt = Wklej jego adres URL (wpisywany tekst jest ukryty):{ " " }
cli-logout-nothing = Nie zalogowano; nie ma nic do usunięcia.
cli-logout-done = Wylogowano z { $portal }: webhook został usunięty z magazynu haseł.

## The doctor's details, after the verdict and the check's name (src/cli/doctor.rs)

doctor-config-defaults = { $path } (jeszcze nie utworzono: wartości domyślne)
doctor-keyring-reachable = osiągalny
doctor-signed-in = { $name } na { $portal } (konto w magazynie haseł: { $account })
doctor-portal-answers = { $portal } odpowiada
doctor-webhook-accepted = zaakceptowany dla { $name } (użytkownik { $user })
doctor-scope-granted = przyznane (status: { $status })
doctor-shortcut-in-tray = zarejestrowany przez uruchomiony b24-status, który w tym systemie tego nie zgłasza: wiersz skrótu w jego menu pokazuje, czy skrót działa
doctor-shortcut-tray-unreadable = uruchomiony b24-status nie poinformował, co stało się z jego skrótem (starsza wersja?): uruchom go ponownie, a następnie ponownie uruchom doctor
doctor-shortcut-tray-silent = uruchomiony b24-status nie odpowiedział w sprawie skrótu ({ $error }): uruchom go ponownie, a następnie ponownie uruchom doctor
doctor-shortcut-wayland-no-tray = w Wayland zasobnik przypisuje skrót przy uruchomieniu, przez portal skrótów pulpitu: uruchom b24-status, a następnie ponownie uruchom doctor
doctor-lock-sources = Nieobecny, gdy ekran jest zablokowany: nasłuchiwanie sygnałów z { $sources }
doctor-lock-no-source = Nieobecny, gdy ekran jest zablokowany: nie znaleziono źródła informacji o blokadzie ekranu (sesja logind, org.freedesktop.ScreenSaver, org.gnome.ScreenSaver); blokuj ekran mechanizmem wbudowanym w pulpit lub uruchom program blokujący, który powiadamia logind, np. xss-lock lub light-locker
doctor-calls-server = Nie przeszkadzać podczas rozmów: nasłuchiwanie serwera { $server } { $version } pod { $socket }
doctor-calls-no-server = Nie przeszkadzać podczas rozmów: żaden serwer dźwięku nie odpowiada (sprawdzono { $sockets }), więc nie można śledzić mikrofonu: uruchom serwer dźwięku pulpitu — pipewire-pulse z PipeWire (`systemctl --user start pipewire-pulse.socket`) lub PulseAudio (`pulseaudio --start`) — a zasobnik znajdzie go w ciągu pięciu minut
doctor-calls-server-refused = Nie przeszkadzać podczas rozmów: serwer dźwięku pod { $socket } odrzucił połączenie ({ $error }): PulseAudio wymaga swojego pliku cookie, ~/.config/pulse/cookie lub pliku wskazanego przez PULSE_COOKIE, z prawem odczytu dla bieżącego użytkownika; uruchom ponownie serwer dźwięku (`pulseaudio -k`), a następnie ponownie uruchom doctor
doctor-idle-source = Nieobecny po { $after } bez aktywności: nasłuchiwanie sygnałów z { $source }
doctor-idle-logind = Nieobecny przy bezczynności: według IdleHint sesji logind, którego czas bezczynności ustawia pulpit (opóźnienie bezczynności lub wygaszania ekranu), a nie według away_after_idle = "{ $after }"; w X11 lub GNOME zasobnik sam odlicza away_after_idle
doctor-idle-no-source = Nieobecny przy bezczynności: nie znaleziono źródła informacji o bezczynności (licznik SYNC IDLETIME serwera X, org.gnome.Mutter.IdleMonitor, IdleHint sesji logind); w sway lub innym pulpicie opartym na wlroots uruchom `swayidle idlehint 600`, aby logind wiedział o bezczynności, albo korzystaj z reguły Nieobecny, gdy ekran jest zablokowany
doctor-presenting-x11 = Nie przeszkadzać podczas prezentacji: według stanu pełnoekranowego aktywnego okna (X11 _NET_ACTIVE_WINDOW, _NET_WM_STATE); udostępniany ekran nie jest jeszcze wykrywany
doctor-presenting-no-wm = Nie przeszkadzać podczas prezentacji: menedżer okien nie podaje, które okno jest aktywne i na pełnym ekranie (_NET_ACTIVE_WINDOW, _NET_WM_STATE_FULLSCREEN w _NET_SUPPORTED); użyj menedżera okien, który to robi (EWMH: robią to GNOME, KDE, Xfce, MATE, Cinnamon, Openbox i i3), a zasobnik zacznie go śledzić, gdy tylko menedżer zostanie uruchomiony
doctor-presenting-wayland = Nie przeszkadzać podczas prezentacji: w Wayland żaden program nie może sprawdzić, które okno jest na pełnym ekranie, a udostępniany ekran nie jest jeszcze wykrywany; na czas prezentacji ustaw Nie przeszkadzać samodzielnie (skrótem lub `b24-status set dnd --for 1h`)
doctor-presenting-no-display = Nie przeszkadzać podczas prezentacji: brak ekranu X, z którego można odczytać aktywne okno (zmienna DISPLAY nie jest ustawiona lub ekran nie odpowiada); uruchom b24-status w sesji pulpitu
doctor-calendar-read = { $meetings ->
    [one] kalendarz odpowiada: { $meetings } zajęte spotkanie dziś lub jutro
    [few] kalendarz odpowiada: { $meetings } zajęte spotkania dziś lub jutro
    [many] kalendarz odpowiada: { $meetings } zajętych spotkań dziś lub jutro
   *[other] kalendarz odpowiada: { $meetings } zajętego spotkania dziś lub jutro
}
doctor-needs-scope-calendar = webhook nie ma uprawnienia `calendar`, więc reguła Nie przeszkadzać podczas spotkań jest wyłączona: w Bitrix24 otwórz Aplikacje → Zasoby dla deweloperów → swój webhook przychodzący, zaznacz `calendar` i zapisz (ten sam adres URL webhooka nadal działa): zasobnik uwzględni zmianę w ciągu 15 minut
# $day is the portal's word: OPENED, PAUSED, CLOSED or EXPIRED.
doctor-work-day-read = stan dnia pracy: { $day }
doctor-needs-scope-timeman = webhook nie ma uprawnienia `timeman`, więc śledzenie dnia pracy jest wyłączone: w Bitrix24 otwórz Aplikacje → Zasoby dla deweloperów → swój webhook przychodzący, zaznacz `timeman` (Czas pracy) i zapisz (ten sam adres URL webhooka nadal działa): zasobnik uwzględni zmianę przy następnym odpytaniu
doctor-rule-not-built = ta wersja nie ma jeszcze źródła sygnału dla tej reguły: reguła pozostaje w config.toml, ale niczego nie zmienia
doctor-needs-sign-in = wymaga zalogowania
doctor-needs-webhook-code = wymaga kodu webhooka
doctor-needs-keyring = wymaga magazynu haseł
doctor-needs-portal = wymaga portalu
doctor-needs-accepted-webhook = wymaga zaakceptowanego webhooka

## What a command ends with (src/error.rs)

error-not-signed-in = nie zalogowano: uruchom `b24-status login` i wklej adres URL webhooka przychodzącego
error-secret-missing = zalogowano jako { $account }, ale magazyn haseł nie zawiera dla tego konta kodu webhooka: ponownie uruchom `b24-status login`
error-input = nie udało się odczytać adresu URL webhooka: { $reason }
error-tray-keeps-trying = portal jeszcze nie odpowiedział; uruchomiony b24-status ponawia próby
error-tray-keeps-trying-after = jeszcze nie potwierdzono: { $error }; uruchomiony b24-status ponawia próby

## The running tray, through the control socket (src/ipc.rs)

ipc-no-answer = uruchomiony b24-status nie odpowiedział ({ $reason }); zakończ go i spróbuj ponownie
ipc-silence-timed-out = brak odpowiedzi w ciągu { $seconds } s
ipc-silence-closed = zamknął połączenie
ipc-silence-unreadable = nieczytelna odpowiedź
ipc-already-running = inny b24-status już działa
ipc-bind = nie można otworzyć gniazda sterującego { $path }: { $reason }
ipc-foreign = gniazdo { $path } jest obsługiwane przez program innego użytkownika (uid { $uid }), a nie przez twój b24-status: zakończ ten program lub usuń plik albo ustaw XDG_RUNTIME_DIR na folder, do którego tylko ty masz prawo zapisu
ipc-not-private = brak gniazda sterującego w { $path } ({ $reason }): wymagany jest twój własny folder, do którego nikt inny nie ma prawa zapisu
cli-tray-gave-up = przerwano oczekiwanie na uruchomiony b24-status ({ $reason }); zmiana może mimo to zostać zastosowana: uruchom `b24-status get`, aby sprawdzić status

## Windows: the control pipe (src/ipc/windows.rs)

ipc-foreign-pipe = potok { $name } jest zajęty przez program, który nie daje ci dostępu (należący do innego użytkownika lub uruchomiony jako administrator), a nie przez twój b24-status: zakończ ten program lub uruchom ponownie Windows

## The session: signing in and out (src/session/)

login-signed-in = Zalogowano jako { $name } na { $portal } (użytkownik { $user }).

## clap's own words, replaced (src/cli/args.rs): the help's headings (clap adds the colon) and placeholders

cli-usage-heading = Użycie:
cli-usage-options = OPCJE
cli-usage-command = POLECENIE
cli-commands-heading = Polecenia
cli-options-heading = Opcje
cli-arguments-heading = Argumenty
cli-help-help = Wyświetl pomoc (-h skróconą, --help pełną)
cli-version-help = Wyświetl wersję
cli-value-duration = CZAS
cli-value-time = TERMIN
cli-value-status = STATUS
cli-value-action = AKCJA

## A command line that cannot be read (src/cli/args.rs)

cli-error-invalid-value = '{ $value }' nie jest prawidłową wartością dla { $arg }: { $reason }
cli-error-valid-values = użyj jednej z wartości: { $values }
cli-error-unknown-command = '{ $command }' nie jest poleceniem: zobacz `b24-status --help`
cli-error-unknown-command-suggest = '{ $command }' nie jest poleceniem: czy chodziło o '{ $suggested }'?
cli-error-unknown-option = '{ $option }' nie jest tu dostępną opcją: zobacz `b24-status --help`
cli-error-unknown-option-suggest = '{ $option }' nie jest tu dostępną opcją: czy chodziło o '{ $suggested }'?
cli-error-missing = brak { $arg }: zobacz `b24-status --help`
cli-error-conflict = { $arg } nie można używać razem z { $other }
cli-error-missing-command = brak polecenia: zobacz `b24-status --help`
cli-error-values = podano nieprawidłową liczbę wartości dla { $arg }: zobacz `b24-status --help`
cli-error-other = wiersz poleceń jest nieprawidłowy: zobacz `b24-status --help`

### Messages of src/tray/ (Polish).

## The menu (src/tray/view.rs, src/tray/menu.rs)

menu-header-signed-in = { $name } — { $portal }
menu-header-demo = Portal demonstracyjny (symulowany)
menu-header-signed-out = Nie zalogowano
menu-starting = Uruchamianie…
menu-shortcut-starting = Skrót: uruchamianie…
menu-sign-in = Zaloguj się…
menu-sign-out = Wyloguj się
menu-start-at-login-on = Uruchamianie przy logowaniu: włączone
menu-start-at-login-off = Uruchamianie przy logowaniu: wyłączone
menu-quit = Zakończ
menu-dnd-for = Nie przeszkadzać przez…
menu-away-for = Nieobecny przez…
menu-for-minutes = { $minutes ->
    [one] Przez { $minutes } minutę
    [few] Przez { $minutes } minuty
    [many] Przez { $minutes } minut
   *[other] Przez { $minutes } minuty
}
menu-for-hours = { $hours ->
    [one] Przez { $hours } godzinę
    [few] Przez { $hours } godziny
    [many] Przez { $hours } godzin
   *[other] Przez { $hours } godziny
}
menu-until-morning = Do jutra rana
menu-until-turned-off = Do czasu wyłączenia

## The menu's status line ($status is a status label, $at a time HH:MM)

status-line-keyring-locked = Magazyn haseł zablokowany — odblokuj go
status-line-keyring-busy = Magazyn haseł zajęty — ponawianie
status-line-no-keyring = Brak magazynu haseł — uruchom b24-status doctor
status-line-bad-config = Uszkodzony plik konfiguracyjny — uruchom b24-status doctor
status-line-signed-out = Zaloguj się, aby ustawić status
status-line-missing-scope = Webhook nie ma uprawnienia im — zaloguj się ponownie
status-line-rejected = Webhook odrzucony — zaloguj się ponownie
status-line-setting = Ustawianie statusu { $status }…
status-line-not-set = Nie ustawiono statusu { $status } — { $reason }
status-line-not-read = Nie odczytano statusu — { $reason }
status-line-connecting = Łączenie…
status-line-break = Przerwa — potwierdzono o { $at }
status-line-no-status = Brak statusu na portalu — sprawdzono o { $at }
status-line-confirmed = Potwierdzono o { $at }
# $until ("15:30", "jutro 09:00", "piątek 09:00") follows "koniec:", so it stays in the nominative.
status-line-until = { $status } — koniec: { $until }, potem { $then }
status-line-ended-while-away = Status { $status } zakończył się o { $at }, gdy b24-status nie działał
status-line-portal-busy = Portal zajęty — ponawianie
status-line-offline = Brak połączenia — ponawianie
status-line-dropped-choice = Pominięto wybór sprzed { $hours } godz. ({ $status })

## Why a status was not set or read, as $reason above

status-line-reason-overloaded = REST zablokowany przez Bitrix24
status-line-reason-access-denied = brak dostępu REST w tym planie
status-line-reason-portal-deleted = portal usunięty
status-line-reason-method-not-found = portal zbyt stary
status-line-reason-bad-redirect = portal przeniesiony — zaloguj się ponownie
status-line-reason-refused = portal odmówił
status-line-reason-rate-limited = portal zajęty, ponowna próba później
status-line-reason-other = portal niedostępny

## The icon's tooltip (src/tray/mod.rs)

tray-tooltip = b24-status
tray-tooltip-status = b24-status — { $status_line }

## Starting the tray (src/tray/mod.rs)

tray-already-running = b24-status już działa.
tray-demo-failed = nie udało się uruchomić portalu demonstracyjnego: { $error }
tray-demo-no-simulator = nie znaleziono b24-status-sim obok b24-status (zbuduj go poleceniem `cargo build -p b24-status-sim`)
tray-demo-no-url = symulator nie wypisał adresu URL webhooka
tray-worker-failed = nie udało się uruchomić wątku roboczego: { $error }

## Desktop notifications (src/tray/notices.rs); $reason is a portal error as a sentence

notice-sign-in-again = Bitrix24: zaloguj się ponownie
notice-not-set-yet = Status { $status } nie jest jeszcze ustawiony
notice-keeps-trying = { $reason } b24-status ponawia próby i ustawi status, gdy tylko portal odpowie.
notice-could-not-set = Nie udało się ustawić statusu { $status }
notice-no-tray = b24-status nie ma zasobnika systemowego, w którym mógłby pokazać ikonę
notice-broken-file = b24-status pominął uszkodzony plik
notice-runs-on-defaults = b24-status działa z ustawieniami domyślnymi
notice-autostart-unchanged = Nie zmieniono uruchamiania przy logowaniu
notice-rule-unchanged = Nie zmieniono reguły automatycznej
notice-sign-in-page-failed = Nie udało się otworzyć strony logowania
notice-sign-in-page-failed-body = Nie udało się uruchomić lokalnej strony: { $error }. Zamiast tego uruchom `b24-status login` w terminalu.
notice-no-browser = Nie udało się otworzyć przeglądarki
notice-no-browser-body = Aby się zalogować, uruchom `b24-status login` w terminalu.
notice-sign-out-failed = Wylogowanie nie zostało ukończone
notice-timed-ended = Koniec statusu { $status } — obecny status: { $then }

## The sign-in page's answers (src/tray/signin.rs)

signin-closed = Ta strona logowania została zamknięta.
signin-closed-reopen = Ta strona logowania została zamknięta. Otwórz ją ponownie z menu b24-status.
signin-signed-in = Zalogowano.
signin-details-hidden = logowanie nie powiodło się, a szczegóły nie są wyświetlane, ponieważ zawierają tajny kod webhooka
signin-no-random = błąd systemowego generatora liczb losowych: { $error }
signin-page-error-rejected = portal odrzucił ten webhook ({ $code }): został usunięty, zablokowany lub otrzymał nowy klucz; utwórz nowy webhook przychodzący w Bitrix24 i wklej tutaj jego adres URL
signin-page-error-missing-scope = ten webhook nie ma uprawnienia im (Czat i powiadomienia): w Bitrix24 otwórz Aplikacje → Zasoby dla deweloperów → swój webhook przychodzący, zaznacz im, zapisz, a następnie ponownie naciśnij tutaj Zaloguj się
signin-page-error-keyring-corrupt = wpis magazynu haseł dla { $account } jest nieczytelny: usuń wpisy b24-status w systemowym menedżerze haseł (np. Hasła i klucze), a następnie ponownie naciśnij tutaj Zaloguj się

## The sign-in page itself (src/tray/signin_page.html, as t:id placeholders)
## The page HTML-escapes these; in them `text` shows as code and **text** as a menu path.

signin-page-title = Logowanie do Bitrix24 — b24-status
signin-page-heading = Zaloguj się do Bitrix24
signin-page-how = W portalu Bitrix24 otwórz **Aplikacje → Zasoby dla deweloperów → Inne → Webhook przychodzący**, zaznacz uprawnienie `im` (Czat i powiadomienia), zapisz i skopiuj adres URL webhooka.
signin-page-example = Wygląda on tak: `https://your-portal.bitrix24.com/rest/1/abc123…/`. b24-status sprawdza go w portalu i przechowuje jego tajny kod w systemowym magazynie haseł.
signin-page-url-label = Adres URL webhooka
signin-page-url-placeholder = https://your-portal.bitrix24.com/rest/…
signin-page-submit = Zaloguj się
signin-page-show-url = Pokaż adres URL
signin-page-close-tab = Możesz zamknąć tę kartę.
# $status is the HTTP status code, filled in by the page's script.
signin-page-checking = Sprawdzanie…
signin-page-refused = Strona logowania odrzuciła żądanie (HTTP { $status }). Otwórz ją ponownie z menu b24-status.
signin-page-busy = Strona logowania jest zajęta zbyt wieloma połączeniami. Odczekaj chwilę, a następnie ponownie naciśnij Zaloguj się.
signin-page-gone = b24-status nie czeka już na tę stronę (zamyka się ona po 10 minutach lub po zalogowaniu). Otwórz ją ponownie z menu b24-status.

### Messages of the automatic rules (crates/core/src/automatic.rs, rendered by src/text/automatic.rs), in Polish.

## The config file's comments on [automatic] (src/store/config.rs)

config-about-automatic = Status automatyczny: reguły, które same ustawiają status. Status wybrany ręcznie zawsze ma pierwszeństwo, dopóki warunek reguły nie zostanie ponownie spełniony.
automatic-about-locked = Nieobecny, gdy ekran jest zablokowany; po odblokowaniu powrót do poprzedniego statusu.
automatic-about-idle = Nieobecny po takim czasie bez użycia klawiatury lub myszy, np. "10m" (od 1 minuty do 24 godzin); "" wyłącza tę regułę.
automatic-about-calls = Nie przeszkadzać, gdy inny program używa mikrofonu lub kamery.
automatic-about-presenting = Nie przeszkadzać, gdy okno jest na pełnym ekranie lub ekran jest udostępniany.
automatic-about-meetings = Nie przeszkadzać podczas spotkań w kalendarzu Bitrix24 oznaczonych jako zajęte (webhook wymaga uprawnienia calendar).
automatic-about-work-time = Zgodnie z dniem pracy w Bitrix24: wstrzymany to Przerwa, zakończony to Nieobecny, rozpoczęty to Online (webhook wymaga uprawnienia timeman).
config-idle-invalid = away_after_idle: { $reason } ("" wyłącza tę regułę)
config-idle-range = podaj wartość od 1m do 24h, a nie '{ $value }'

## The menu's "Automatic" submenu (src/tray/menu.rs)

menu-automatic = Automatycznie
menu-rule-locked = Nieobecny, gdy ekran jest zablokowany
menu-rule-idle = { $minutes ->
    [one] Nieobecny po { $minutes } minucie bezczynności
    [few] Nieobecny po { $minutes } minutach bezczynności
    [many] Nieobecny po { $minutes } minutach bezczynności
   *[other] Nieobecny po { $minutes } minuty bezczynności
}
menu-rule-calls = Nie przeszkadzać podczas rozmów
menu-rule-presenting = Nie przeszkadzać podczas prezentacji
menu-rule-meetings = Nie przeszkadzać podczas spotkań w kalendarzu
menu-rule-work-time = Zgodnie z moim dniem pracy w Bitrix24
# $rule is one of the labels above, $scope a scope's code (calendar, timeman).
menu-rule-needs-scope = { $rule } — wymaga uprawnienia { $scope }

## A status a rule set, in the menu's status line ($status is a status label)

status-line-automatic = { $status } — { $reason } (automatycznie)
# $until a moment ("11:00", "jutro 09:00"): written after "koniec:", so any form reads right.
status-line-meeting = { $status } — „{ $name }”, koniec: { $until }
reason-locked = ekran zablokowany
reason-idle = bezczynność
reason-in-call = trwa rozmowa
reason-presenting = prezentacja
reason-work-day-opened = dzień pracy rozpoczęty
reason-work-day-paused = dzień pracy wstrzymany
reason-work-day-closed = dzień pracy zakończony

### Messages of src/platform/ (Polish).

## The Do Not Disturb shortcut: the menu's line

shortcut-active = { $keys } przełącza Nie przeszkadzać
shortcut-off = Brak skrótu (dnd_shortcut jest puste)
shortcut-invalid = Skrót „{ $keys }” jest nieprawidłowy — zobacz doctor
shortcut-taken = Skrót { $keys } jest zajęty przez inny program
shortcut-unavailable = Brak skrótu globalnego — zobacz doctor
shortcut-binding = Skrót: oczekiwanie na pulpit…
shortcut-ok-portal = { $keys } przełącza Nie przeszkadzać (przypisany przez portal skrótów pulpitu)

## The shortcut's problem, with the fix

shortcut-problem-invalid = dnd_shortcut = "{ $keys }" nie jest skrótem: zapisz go np. jako "Ctrl+Alt+Shift+D" (modyfikatory Ctrl, Alt, Shift, Super) lub pozostaw pustą wartość
shortcut-problem-taken = skrót { $keys } jest zajęty przez inny program: ustaw inny dnd_shortcut w config.toml (np. "Ctrl+Alt+Shift+B") i uruchom ponownie b24-status albo przypisz `b24-status toggle-dnd` do klawisza w ustawieniach klawiatury pulpitu
shortcut-problem-binding = pulpit nie przypisał jeszcze skrótu { $keys }: odpowiedz na jego okno dialogowe dotyczące skrótu b24-status albo przypisz `b24-status toggle-dnd` do klawisza w ustawieniach klawiatury pulpitu
shortcut-problem-unavailable = { $why }: zamiast tego przypisz `b24-status toggle-dnd` do klawisza w ustawieniach klawiatury pulpitu (zobacz README)

## Why there is no global shortcut

shortcut-why-wayland = ten pulpit Wayland nie oferuje portalu skrótów globalnych (GlobalShortcuts), a Wayland nie pozwala żadnemu programowi samodzielnie przechwycić klawisza
shortcut-why-portal-refused = pulpit nie przypisał skrótu (jego okno dialogowe zostało anulowane lub odrzucone; uruchom ponownie b24-status, aby pytanie pojawiło się znowu)
shortcut-why-portal-failed = portal skrótów pulpitu zgłosił błąd ({ $reason })
shortcut-why-portal-closed = pulpit zakończył sesję skrótu b24-status (uruchom ponownie b24-status, aby przypisać go znowu)
shortcut-why-no-x11-display = brak ekranu X11, na którym można przechwycić skrót
shortcut-why-not-supported = nie można tu używać skrótów globalnych
shortcut-why-not-registered = nie udało się zarejestrować skrótu
x11-no-key-name = X11 nie ma nazwy dla tego klawisza
x11-no-display = brak ekranu X11
x11-no-such-key = ta klawiatura nie ma takiego klawisza
x11-no-answer = serwer X nie odpowiedział
x11-no-thread = brak wątku dla skrótu

## The shortcut in the desktop's GlobalShortcuts dialog and settings (Wayland)

shortcut-portal-description = Przełącz Nie przeszkadzać

## Is there a tray to show the icon in?

tray-host-status-notifier = działa host StatusNotifierItem
tray-host-xembed = działa zasobnik systemowy XEmbed
tray-host-notification-area = obszar powiadomień Windows pokazuje ikonę (jeśli jest ukryta za strzałką ^, przeciągnij ją na pasek zadań)
tray-host-none = brak zasobnika systemowego na tym pulpicie: nie można pokazać ikony; w GNOME zainstaluj rozszerzenie AppIndicator (gnome-shell-extension-appindicator) lub używaj poleceń b24-status
tray-host-no-display = brak sesji graficznej, w której można pokazać ikonę w zasobniku (zmienna DISPLAY nie jest ustawiona lub serwer wyświetlania nie odpowiada); polecenia b24-status działają i bez niej

## Starting the tray binary (Linux)

exec-failed = nie udało się uruchomić zasobnika ({ $path }): { $error }; zainstaluj ponownie b24-status
exec-no-path = ścieżka tego programu jest nieznana: { $error }

## Start at login: the line `b24-status autostart` prints ($location is a file or the registry value)
## $location and $program are shown after a colon or in parentheses: the pieces are in the nominative.

autostart-off = Uruchamianie przy logowaniu: wyłączone
autostart-on = Uruchamianie przy logowaniu: włączone ({ $location })
autostart-stale = Uruchamianie przy logowaniu: włączone, ale wpis uruchamia: { $program } — uruchom b24-status autostart on, aby to naprawić
autostart-starts-not-an-entry = brak programu (plik nie jest wpisem pulpitu)
autostart-starts-no-exec = brak programu (wpis nie ma wiersza Exec)
autostart-starts-unreadable = `{ $exec }`, którego nie można odczytać
autostart-location-elsewhere = programy startowe pulpitu
autostart-location-login-items = rzeczy otwierane podczas logowania
autostart-entry-comment = Status czatu Bitrix24 w zasobniku systemowym

## Start at login: the actions of `b24-status autostart`, in its help

autostart-action-on-help = Uruchamiaj zasobnik przy logowaniu (ten plik wykonywalny); naprawia też wpis, który uruchamia inny
autostart-action-off-help = Nie uruchamiaj przy logowaniu; można bezpiecznie powtarzać
autostart-action-status-help = Pokaż, czy b24-status uruchamia się przy logowaniu i który plik wykonywalny jest uruchamiany

## Start at login: errors, each naming the place and the fix

autostart-error-no-home = nie można znaleźć folderu konfiguracji (zmienna HOME nie jest ustawiona): ustaw HOME i spróbuj ponownie
autostart-error-current-exe = nie można ustalić ścieżki uruchomionego b24-status ({ $reason }): uruchom go, podając pełną ścieżkę, i spróbuj ponownie
autostart-error-unsupported-path = nie można dodać { $path } do autostartu ({ $location }): { $why }; przenieś b24-status do folderu o prostszej nazwie i ponownie uruchom `b24-status autostart on`
autostart-error-file = { $error } (sprawdź, czy jesteś właścicielem tego pliku i jego folderu, a następnie spróbuj ponownie)
autostart-error-platform = nie można zmienić autostartu ({ $location }): { $reason } (sprawdź, czy masz tam prawo zapisu, a następnie spróbuj ponownie)
autostart-error-not-confirmed = wpis autostartu ({ $location }) został zapisany, ale po ponownym odczytaniu nie uruchamia { $exe }: usuń go i ponownie uruchom `b24-status autostart on`
autostart-error-unsupported = uruchamianie przy logowaniu nie jest obsługiwane w tym systemie: dodaj b24-status ręcznie do programów startowych pulpitu

## Why a program path cannot go into the entry ($why above)

autostart-path-not-utf8 = ścieżka nie jest prawidłowym tekstem (UTF-8)
autostart-path-control = ścieżka zawiera znak sterujący
autostart-path-percent = GNOME i inne pulpity oparte na GLib pomijają wpis autostartu, którego ścieżka programu zawiera %
autostart-path-xml = ścieżka zawiera &, < lub >, których LaunchAgent nie może przechować

### The desktop entry and the AppStream metainfo (packaging/linux/), in Polish.

desktop-generic-name = Status czatu
desktop-comment = Ustaw swój status czatu w Bitrix24: Online, Nie przeszkadzać, Nieobecny
desktop-keywords = Bitrix24;B24;status;obecność;dostępność;DND;Nie przeszkadzać;nieobecny;czat;
metainfo-summary = Ustawianie statusu czatu w Bitrix24 z zasobnika systemowego
metainfo-intro = Ustawiaj swój status czatu w Bitrix24 — Online, Nie przeszkadzać, Nieobecny — jednym kliknięciem lub jednym skrótem klawiszowym; widoczny jest zawsze status, który portal faktycznie potwierdził.
metainfo-feature-tray = Ikona w zasobniku systemowym, której kolor pokazuje potwierdzony status, z menu do jego zmiany
metainfo-feature-shortcut = Globalny skrót klawiszowy (domyślnie Ctrl+Alt+Shift+D) przełączający status Nie przeszkadzać
metainfo-feature-timed = Nie przeszkadzać lub Nieobecny na jakiś czas — 30 minut, godzinę, do jutra rana — z samoczynnym zakończeniem
metainfo-feature-automatic = Status automatyczny: Nieobecny po zablokowaniu ekranu, Nie przeszkadzać podczas rozmów i spotkań w kalendarzu
metainfo-feature-cli = Wiersz poleceń dla skryptów i skrótów na pulpicie: set, get, toggle-dnd, doctor
metainfo-feature-sign-in = Logowanie za pomocą webhooka przychodzącego; jego tajny kod jest przechowywany wyłącznie w magazynie haseł
metainfo-needs = Wymaga obsługi zasobnika systemowego (w GNOME rozszerzenia AppIndicator) oraz magazynu haseł zgodnego z Secret Service, takiego jak GNOME Keyring lub KeePassXC.
