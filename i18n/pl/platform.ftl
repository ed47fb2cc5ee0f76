# Messages of src/platform/ (Polish).

## The Do Not Disturb shortcut: the menu's line

shortcut-active = { $keys } przełącza Nie przeszkadzać
shortcut-off = Brak skrótu (dnd_shortcut jest puste)
shortcut-invalid = Skrót „{ $keys }” jest nieprawidłowy — zobacz doctor
shortcut-taken = Skrót { $keys } jest zajęty przez inny program
shortcut-unavailable = Brak skrótu globalnego — zobacz doctor
shortcut-binding = Skrót: oczekiwanie na pulpit…
shortcut-ok-portal = { $keys } przełącza Nie przeszkadzać (przypisany przez portal skrótów pulpitu)

## The shortcut's problem, with the fix

shortcut-problem-invalid = dnd_shortcut = "{ $keys }" nie jest skrótem: zapisz go np. jako "Ctrl+Alt+Shift+D" (modyfikatory Ctrl, Alt, Shift, Super) lub pozostaw puste
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
tray-host-no-display = brak sesji graficznej, w której można pokazać ikonę w zasobniku (DISPLAY nie jest ustawione lub serwer wyświetlania nie odpowiada); polecenia b24-status działają i bez niej

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
autostart-action-off-help = Nie uruchamiaj przy logowaniu; można powtarzać bezpiecznie
autostart-action-status-help = Pokaż, czy b24-status uruchamia się przy logowaniu i który plik wykonywalny jest uruchamiany

## Start at login: errors, each naming the place and the fix

autostart-error-no-home = nie można znaleźć folderu konfiguracji (HOME nie jest ustawione): ustaw HOME i spróbuj ponownie
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
