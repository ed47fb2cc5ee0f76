# The statuses, and what goes wrong talking to a portal (crates/core's data, rendered by src/text/), in Polish.

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
when-in-the-past = ten moment już minął: podaj późniejszy (jutrzejszy jako "tomorrow 09:00")
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
portal-deleted = portal został usunięty lub zamknięty (PORTAL_DELETED); sprawdź adres z administratorem
portal-method-not-found = portal nie zna metody { $method } (ERROR_METHOD_NOT_FOUND): jego moduł komunikatora może być wyłączony lub zbyt stary; skontaktuj się z administratorem
portal-refused = portal odrzucił żądanie ({ $code }: { $description }); to błąd w b24-status, zgłoś go
portal-server-error = wystąpił błąd wewnętrzny portalu ({ $code }); spróbuj ponownie za minutę
portal-unreachable = nie można połączyć się z { $host }: { $reason }; sprawdź połączenie sieciowe i adres portalu
portal-timeout = { $host } nie odpowiedział na czas; sprawdź połączenie sieciowe lub spróbuj ponownie później
portal-dropped = połączenie z { $host } zostało zerwane przed nadejściem odpowiedzi; spróbuj ponownie
portal-truncated = odpowiedź z { $host } została ucięta; spróbuj ponownie
portal-not-bitrix = { $host } odpowiedział HTTP { $status }, przesyłając { $body } zamiast danych Bitrix24 (serwer proxy lub awaria); spróbuj ponownie później
portal-not-confirmed = portal odpowiedział bez potwierdzenia zmiany (wynik: { $result }); spróbuj ponownie
portal-bad-redirect = portal został przeniesiony, ale jego nowy adres { $problem }; zaloguj się ponownie, podając nowy adres URL webhooka

## Pieces of the lines above

connect-refused = połączenie zostało odrzucone
connect-timed-out = upłynął limit czasu połączenia
connect-network-unreachable = sieć jest nieosiągalna
connect-name-not-resolved = nie udało się przetłumaczyć nazwy
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
