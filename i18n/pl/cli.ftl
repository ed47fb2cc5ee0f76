# Messages of src/cli/, src/error.rs, src/ipc.rs, src/lib.rs and src/session/ (Polish): what the command line says.

## The command line's help (src/cli/args.rs). A short help has no final full stop, as clap's own.

cli-about = Ustaw swój status czatu w Bitrix24: Online, Nie przeszkadzać, Nieobecny
cli-long-about =
    Ustaw swój status czatu w Bitrix24 — Online, Nie przeszkadzać, Nieobecny — z zasobnika systemowego lub z wiersza poleceń.
    Bez polecenia b24-status działa w zasobniku systemowym. Każdy pokazywany status został potwierdzony przez portal.
cli-after-help = Kody wyjścia: 0 sukces, 1 inny błąd, 2 błędne użycie, 3 brak zalogowania, 4 webhook odrzucony lub bez uprawnienia `im`, 5 portal nieosiągalny lub niedostępny.
cli-verbose-help = Więcej szczegółów na stderr (-v info, -vv debug, -vvv trace). Tajne dane nigdy nie trafiają do dziennika
cli-quiet-help = Tylko błędy na stderr
cli-login-about = Zaloguj się adresem URL webhooka przychodzącego (uprawnienie `im`), wpisanym w terminalu (ukrytym) lub podanym jako jeden wiersz stdin
cli-logout-about = Usuń webhook z magazynu haseł, a portal z konfiguracji. Można bezpiecznie powtarzać
cli-set-about = Ustaw status; kończy się sukcesem dopiero wtedy, gdy portal go potwierdzi
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
doctor-lock-sources = Nieobecny, gdy ekran jest zablokowany: nasłuchiwanie { $sources }
doctor-lock-no-source = Nieobecny, gdy ekran jest zablokowany: nie znaleziono źródła informacji o blokadzie ekranu (sesja logind, org.freedesktop.ScreenSaver, org.gnome.ScreenSaver); blokuj ekran mechanizmem wbudowanym w pulpit lub uruchom program blokujący, który powiadamia logind, np. xss-lock lub light-locker
doctor-calls-server = Nie przeszkadzać podczas rozmów: nasłuchiwanie { $server } { $version } pod { $socket }
doctor-calls-no-server = Nie przeszkadzać podczas rozmów: żaden serwer dźwięku nie odpowiada (sprawdzono { $sockets }), więc nie można śledzić mikrofonu: uruchom serwer dźwięku pulpitu — pipewire-pulse z PipeWire (`systemctl --user start pipewire-pulse.socket`) lub PulseAudio (`pulseaudio --start`) — a zasobnik znajdzie go w ciągu pięciu minut
doctor-calls-server-refused = Nie przeszkadzać podczas rozmów: serwer dźwięku pod { $socket } odrzucił połączenie ({ $error }): PulseAudio wymaga swojego pliku cookie, ~/.config/pulse/cookie lub pliku wskazanego przez PULSE_COOKIE, z prawem odczytu dla bieżącego użytkownika; uruchom ponownie serwer dźwięku (`pulseaudio -k`), a następnie ponownie uruchom doctor
doctor-idle-source = Nieobecny po { $after } bez aktywności: nasłuchiwanie { $source }
doctor-idle-logind = Nieobecny przy bezczynności: według IdleHint sesji logind, którego czas bezczynności ustawia pulpit (opóźnienie bezczynności lub wygaszania ekranu), a nie według away_after_idle = "{ $after }"; w X11 lub GNOME zasobnik sam odlicza away_after_idle
doctor-idle-no-source = Nieobecny przy bezczynności: nie znaleziono źródła informacji o bezczynności (licznik SYNC IDLETIME serwera X, org.gnome.Mutter.IdleMonitor, IdleHint sesji logind); w sway lub innym pulpicie opartym na wlroots uruchom `swayidle idlehint 600`, aby logind wiedział o bezczynności, albo korzystaj z reguły Nieobecny, gdy ekran jest zablokowany
doctor-presenting-x11 = Nie przeszkadzać podczas prezentacji: według stanu pełnoekranowego aktywnego okna (X11 _NET_ACTIVE_WINDOW, _NET_WM_STATE); udostępniany ekran nie jest jeszcze wykrywany
doctor-presenting-no-wm = Nie przeszkadzać podczas prezentacji: menedżer okien nie podaje, które okno jest aktywne i na pełnym ekranie (_NET_ACTIVE_WINDOW, _NET_WM_STATE_FULLSCREEN w _NET_SUPPORTED); użyj menedżera okien, który to robi (EWMH: robią to GNOME, KDE, Xfce, MATE, Cinnamon, Openbox i i3), a zasobnik zacznie go śledzić, gdy tylko menedżer zostanie uruchomiony
doctor-presenting-wayland = Nie przeszkadzać podczas prezentacji: w Wayland żaden program nie może sprawdzić, które okno jest na pełnym ekranie, a udostępniany ekran nie jest jeszcze wykrywany; na czas prezentacji ustaw Nie przeszkadzać samodzielnie (skrótem lub `b24-status set dnd --for 1h`)
doctor-presenting-no-display = Nie przeszkadzać podczas prezentacji: brak ekranu X, z którego można odczytać aktywne okno (DISPLAY nie jest ustawione lub nie odpowiada); uruchom b24-status w sesji pulpitu
doctor-calendar-read = { $meetings ->
    [one] kalendarz odpowiada: { $meetings } zajęte spotkanie dziś lub jutro
    [few] kalendarz odpowiada: { $meetings } zajęte spotkania dziś lub jutro
    [many] kalendarz odpowiada: { $meetings } zajętych spotkań dziś lub jutro
   *[other] kalendarz odpowiada: { $meetings } zajętego spotkania dziś lub jutro
}
doctor-needs-scope-calendar = webhook nie ma uprawnienia `calendar`, więc Nie przeszkadzać podczas spotkań jest wyłączone: w Bitrix24 otwórz Aplikacje → Zasoby dla deweloperów → swój webhook przychodzący, zaznacz `calendar` i zapisz (ten sam adres URL webhooka nadal działa): zasobnik uwzględni zmianę w ciągu 15 minut
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
ipc-foreign = { $path } jest obsługiwane przez program innego użytkownika (uid { $uid }), a nie przez twój b24-status: zakończ ten program lub usuń plik albo ustaw XDG_RUNTIME_DIR na folder, do którego tylko ty masz prawo zapisu
ipc-not-private = brak gniazda sterującego w { $path } ({ $reason }): wymagany jest twój własny folder, do którego nikt inny nie ma prawa zapisu
cli-tray-gave-up = przerwano oczekiwanie na uruchomiony b24-status ({ $reason }); zmiana może mimo to zostać zastosowana: uruchom `b24-status get`, aby sprawdzić status

## Windows: the control pipe (src/ipc/windows.rs)

ipc-foreign-pipe = { $name } jest zajęty przez program, który nie daje ci dostępu (należący do innego użytkownika lub uruchomiony jako administrator), a nie przez twój b24-status: zakończ ten program lub uruchom ponownie Windows

## The session: signing in and out (src/session/)

login-signed-in = Zalogowano jako { $name } na { $portal } (użytkownik { $user }).

## clap's own words, replaced (src/cli/args.rs): the help's headings (clap adds the colon) and placeholders

cli-usage-heading = Użycie:
cli-usage-options = OPCJE
cli-usage-command = POLECENIE
cli-commands-heading = Polecenia
cli-options-heading = Opcje
cli-arguments-heading = Argumenty
cli-help-help = Wyświetl pomoc (-h skrót, --help całość)
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
