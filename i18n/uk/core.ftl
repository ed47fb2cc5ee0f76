# The statuses, and what goes wrong talking to a portal (crates/core's data, rendered by src/text/), Ukrainian.

## Statuses, as Bitrix24 names them

status-online = Онлайн
status-dnd = Не турбувати
status-away = Відсутній
status-break = Перерва
status-unknown-word = невідомий статус '{ $word }': використовуйте online, dnd, away або break

## Timed statuses: what is wrong with a duration or a time as typed (crates/core/src/timed.rs), and moments

when-not-a-duration = '{ $text }' — не тривалість: пишіть, наприклад, 45m, 1h30m, 90s або 2h
when-zero = нульова тривалість: вкажіть, наприклад, 45m або 1h
when-not-a-moment = '{ $text }' — не час: пишіть, наприклад, 15:30, "tomorrow 09:00" або 2026-12-01T15:30:00+01:00
when-in-the-past = цей час уже минув: вкажіть пізніший (завтрашній — як "tomorrow 09:00")
when-too-far = { $days ->
    [one] більше ніж на { $days } день уперед: тимчасовий статус діє щонайбільше { $days } день (не вказуйте --for і --until, щоб він діяв, доки ви його не зміните)
    [few] більше ніж на { $days } дні вперед: тимчасовий статус діє щонайбільше { $days } дні (не вказуйте --for і --until, щоб він діяв, доки ви його не зміните)
    [many] більше ніж на { $days } днів уперед: тимчасовий статус діє щонайбільше { $days } днів (не вказуйте --for і --until, щоб він діяв, доки ви його не зміните)
   *[other] більше ніж на { $days } дня вперед: тимчасовий статус діє щонайбільше { $days } дня (не вказуйте --for і --until, щоб він діяв, доки ви його не зміните)
}
# A moment shown after "до" (until): weekday-* and month-* are in the genitive.
moment-today = { $time }
moment-tomorrow = завтра { $time }
moment-this-week = { $weekday } { $time }
moment-other-day = { $date } { $time }
time-of-day = { $hour }:{ $minute }
time-of-day-12h = { $hour12 }:{ $minute } { $half ->
    [am] AM
   *[pm] PM
}
date-day-month = { $day } { $month }
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
weekday-monday = понеділка
weekday-tuesday = вівторка
weekday-wednesday = середи
weekday-thursday = четверга
weekday-friday = п'ятниці
weekday-saturday = суботи
weekday-sunday = неділі

## Portal errors: one line each, with the fix

portal-rejected = портал відхилив вебхук ({ $code }): його видалено, заблоковано або змінено його ключ; створіть новий вхідний вебхук у Bitrix24 і виконайте `b24-status login`
portal-missing-scope = вебхук не має дозволу `im`: у Bitrix24 відкрийте Застосунки → Ресурси для розробників → ваш вхідний вебхук, позначте `im` (Чат і сповіщення), збережіть і знову виконайте `b24-status login`
portal-rate-limited = досягнуто ліміту запитів порталу ({ $code }); зачекайте хвилину й спробуйте ще раз
portal-overloaded = Bitrix24 заблокував REST-доступ для цього порталу (OVERLOAD_LIMIT); зверніться до адміністратора Bitrix24 або до служби підтримки
portal-access-denied = тариф порталу не передбачає REST-доступу (ACCESS_DENIED); зверніться до адміністратора Bitrix24
portal-deleted = портал видалено або закрито (PORTAL_DELETED); уточніть адресу в адміністратора
portal-method-not-found = портал не знає методу { $method } (ERROR_METHOD_NOT_FOUND): можливо, його модуль месенджера вимкнено або він застарів; зверніться до адміністратора
portal-refused = портал відхилив запит ({ $code }: { $description }); це помилка в b24-status, будь ласка, повідомте про неї
portal-server-error = внутрішня помилка порталу ({ $code }); спробуйте ще раз за хвилину
portal-unreachable = не вдалося з'єднатися з { $host }: { $reason }; перевірте підключення до мережі та адресу порталу
portal-timeout = { $host } не відповів вчасно; перевірте підключення до мережі або спробуйте пізніше
portal-dropped = з'єднання з { $host } обірвалося до отримання відповіді; спробуйте ще раз
portal-truncated = відповідь від { $host } надійшла не повністю; спробуйте ще раз
portal-not-bitrix = { $host } відповів HTTP { $status }: { $body } замість даних Bitrix24 (проксі або збій); спробуйте пізніше
portal-not-confirmed = портал відповів, не підтвердивши зміну (result: { $result }); спробуйте ще раз
portal-bad-redirect = портал переїхав, але його нова адреса { $problem }; увійдіть знову з новим URL вебхука

## Pieces of the lines above

connect-refused = з'єднання відхилено
connect-timed-out = час очікування з'єднання минув
connect-network-unreachable = мережа недоступна
connect-name-not-resolved = не вдалося визначити адресу за іменем
connect-tls = не вдалося встановити захищене (TLS) з'єднання
connect-other = не вдалося з'єднатися
body-empty = порожня відповідь
body-web-page = вебсторінка
body-unreadable = нечитабельні дані
redirect-loop = переадресовує по колу
redirect-no-location = не вказана
redirect-invalid-url = не є коректним URL
redirect-not-https = не використовує HTTPS
redirect-not-webhook = не є URL вебхука
redirect-other-webhook = належить іншому вебхуку
