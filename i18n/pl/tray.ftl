# Messages of src/tray/ (Polish).

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
status-line-reason-rate-limited = portal zajęty, ponowienie później
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
signin-no-random = systemowy generator liczb losowych zawiódł: { $error }
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
