# Messages of src/portal/ (Russian).

## A pasted webhook URL that was refused (src/portal/webhook.rs). Never repeat the input: it holds the secret.

webhook-empty = URL вебхука не указан: вставьте URL вашего входящего вебхука
webhook-not-a-url = это не URL вебхука: ожидается https://your-portal.bitrix24.com/rest/<user id>/<code>/
webhook-scheme = URL должен начинаться с https:// (а начинается с { $scheme }://)
webhook-insecure-http = требуется HTTPS: вебхук по http:// передал бы свой секрет открытым текстом (http допустим только для loopback-адресов)
webhook-no-rest-path = в URL нет части /rest/<user id>/<code>/: скопируйте URL вебхука из Bitrix24 целиком
webhook-no-user-id = в URL вебхука нет ID пользователя после /rest/: скопируйте URL вебхука из Bitrix24 целиком
webhook-no-secret = в URL вебхука нет секретного кода после ID пользователя: скопируйте URL вебхука из Bitrix24 целиком
webhook-bad-secret = в коде вебхука есть символы, которые Bitrix24 никогда не использует: скопируйте URL ещё раз
webhook-trailing-path = в URL вебхука есть лишние части после имени метода: скопируйте URL ещё раз

## The HTTP client (src/portal/client.rs)

client-init-failed = не удалось запустить HTTP-клиент: ошибка настройки TLS или прокси
client-init-failed-because = не удалось запустить HTTP-клиент: ошибка настройки TLS или прокси ({ $cause })

## Answers a hostile or broken portal sends (issue #12; the piece of portal-not-bitrix in core.ftl)

body-too-large = ответ намного больше любого, что присылает Bitrix24 (чтение остановлено на 1 МиБ)
