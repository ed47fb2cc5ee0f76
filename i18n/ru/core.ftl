# The statuses, and what goes wrong talking to a portal (crates/core's data, rendered by src/text/), in Russian.

## Statuses, as Bitrix24 names them

status-online = Онлайн
status-dnd = Не беспокоить
status-away = Отсутствую
status-break = Перерыв
status-unknown-word = неизвестный статус '{ $word }': используйте online, dnd, away или break

## Timed statuses: what is wrong with a duration or a time as typed (crates/core/src/timed.rs), and moments

when-not-a-duration = '{ $text }' — не длительность: укажите её в виде 45m, 1h30m, 90s или 2h
when-zero = нулевая длительность: укажите, например, 45m или 1h
when-not-a-moment = '{ $text }' — не время: укажите его в виде 15:30, "tomorrow 09:00" или 2026-12-01T15:30:00+01:00
when-in-the-past = это время уже прошло: укажите более позднее (завтрашнее — как "tomorrow 09:00")
when-too-far = { $days ->
    [one] больше { $days } дня вперёд: статус на время действует не более { $days } дня (не указывайте --for и --until, чтобы он действовал, пока вы его не смените)
    [few] больше { $days } дней вперёд: статус на время действует не более { $days } дней (не указывайте --for и --until, чтобы он действовал, пока вы его не смените)
    [many] больше { $days } дней вперёд: статус на время действует не более { $days } дней (не указывайте --for и --until, чтобы он действовал, пока вы его не смените)
   *[other] больше { $days } дня вперёд: статус на время действует не более { $days } дня (не указывайте --for и --until, чтобы он действовал, пока вы его не смените)
}
# A moment, always shown after «до» ("until"): so the weekdays below are in the genitive («до пятницы 09:00»).
moment-today = { $time }
moment-tomorrow = завтра { $time }
moment-this-week = { $weekday } { $time }
moment-other-day = { $date } { $time }
time-of-day = { $hour }:{ $minute }
time-of-day-12h = { $hour12 }:{ $minute } { $half ->
    [am] AM
   *[pm] PM
}
# A date without its year: month names in the genitive («9 декабря»).
date-day-month = { $day } { $month }
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
weekday-monday = понедельника
weekday-tuesday = вторника
weekday-wednesday = среды
weekday-thursday = четверга
weekday-friday = пятницы
weekday-saturday = субботы
weekday-sunday = воскресенья

## Portal errors: one line each, with the fix

portal-rejected = портал отклонил вебхук ({ $code }): он удалён, заблокирован или его код изменён; создайте новый входящий вебхук в Bitrix24 и выполните `b24-status login`
portal-missing-scope = у вебхука нет прав `im`: в Bitrix24 откройте Приложения → Разработчикам → ваш входящий вебхук, отметьте `im` (Чат и уведомления), сохраните и снова выполните `b24-status login`
portal-rate-limited = превышен лимит запросов к порталу ({ $code }); подождите минуту и повторите попытку
portal-overloaded = Bitrix24 заблокировал доступ к REST для этого портала (OVERLOAD_LIMIT); обратитесь к администратору Bitrix24 или в поддержку
portal-access-denied = тариф портала не включает доступ к REST (ACCESS_DENIED); обратитесь к администратору Bitrix24
portal-deleted = портал удалён или закрыт (PORTAL_DELETED); уточните адрес у администратора
portal-method-not-found = портал не знает метод { $method } (ERROR_METHOD_NOT_FOUND): возможно, модуль мессенджера отключён или устарел; обратитесь к администратору
portal-refused = портал отклонил запрос ({ $code }: { $description }); это ошибка в b24-status, пожалуйста, сообщите о ней
portal-server-error = внутренняя ошибка портала ({ $code }); повторите попытку через минуту
portal-unreachable = не удаётся подключиться к { $host }: { $reason }; проверьте подключение к сети и адрес портала
portal-timeout = нет ответа от { $host }; проверьте подключение к сети или повторите попытку позже
portal-dropped = соединение с { $host } прервалось до получения ответа; повторите попытку
portal-truncated = ответ от { $host } пришёл не полностью; повторите попытку
portal-not-bitrix = ответ от { $host }: HTTP { $status }, { $body } вместо данных Bitrix24 (прокси или сбой); повторите попытку позже
portal-not-confirmed = портал ответил, не подтвердив изменение (result: { $result }); повторите попытку
portal-bad-redirect = портал переехал, но его новый адрес { $problem }; войдите снова с новым URL вебхука

## Pieces of the lines above

connect-refused = в соединении отказано
connect-timed-out = истекло время ожидания соединения
connect-network-unreachable = сеть недоступна
connect-name-not-resolved = не удалось разрешить имя
connect-tls = не удалось установить защищённое (TLS) соединение
connect-other = ошибка соединения
body-empty = пустое тело ответа
body-web-page = веб-страница
body-unreadable = нечитаемые данные
redirect-loop = бесконечно перенаправляет
redirect-no-location = не указан
redirect-invalid-url = не является корректным URL
redirect-not-https = не использует HTTPS
redirect-not-webhook = не является URL вебхука
redirect-other-webhook = принадлежит другому вебхуку
