# Messages of src/portal/ (Polish).

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
