# Messages of src/portal/ (Ukrainian).

## A pasted webhook URL that was refused (src/portal/webhook.rs). Never repeat the input: it holds the secret.

webhook-empty = URL вебхука не вказано: вставте URL вашого вхідного вебхука
webhook-not-a-url = це не URL вебхука: очікується https://your-portal.bitrix24.com/rest/<user id>/<code>/
webhook-scheme = URL має починатися з https:// (а починається з { $scheme }://)
webhook-insecure-http = потрібен HTTPS: вебхук через http:// передаватиме свій секрет відкритим текстом (http дозволено лише для адрес loopback)
webhook-no-rest-path = в URL немає частини /rest/<user id>/<code>/: скопіюйте з Bitrix24 повний URL вебхука
webhook-no-user-id = в URL вебхука немає ID користувача після /rest/: скопіюйте з Bitrix24 повний URL вебхука
webhook-no-secret = в URL вебхука немає секретного коду після ID користувача: скопіюйте з Bitrix24 повний URL вебхука
webhook-bad-secret = код вебхука містить символи, яких Bitrix24 ніколи не використовує: скопіюйте URL ще раз
webhook-trailing-path = в URL вебхука є зайві частини після назви методу: скопіюйте URL ще раз

## The HTTP client (src/portal/client.rs)

client-init-failed = не вдалося запустити HTTP-клієнт: помилка налаштування TLS або проксі
client-init-failed-because = не вдалося запустити HTTP-клієнт: помилка налаштування TLS або проксі ({ $cause })

## Answers a hostile or broken portal sends (issue #12; the piece of portal-not-bitrix in core.ftl)

body-too-large = відповідь, набагато більша, ніж будь-коли надсилає Bitrix24 (читання зупинено на 1 МіБ)
