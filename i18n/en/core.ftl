# The statuses, and what goes wrong talking to a portal (crates/core's data, rendered by src/text/).

## Statuses, as Bitrix24 names them

status-online = Online
status-dnd = Do Not Disturb
status-away = Away
status-break = Break
status-unknown-word = unknown status '{ $word }': use online, dnd, away or break

## Timed statuses: what is wrong with a duration or a time as typed (crates/core/src/timed.rs), and moments

when-not-a-duration = '{ $text }' is not a duration: write it like 45m, 1h30m, 90s or 2h
when-zero = a duration of zero: give one like 45m or 1h
when-not-a-moment = '{ $text }' is not a time: write it like 15:30, "tomorrow 09:00" or 2026-12-01T15:30:00+01:00
when-in-the-past = that time has already passed: give a later one (tomorrow's as "tomorrow 09:00")
when-too-far = more than { $days } days ahead: a timed status lasts at most { $days } days (leave out --for and --until to keep it until you change it)
# A moment shown to the user: today as the clock time alone; tomorrow and later with the day: its name
# within the coming week ($weekday: one of the weekday-* below), else the date ($date: a date-day-month).
moment-today = { $time }
moment-tomorrow = tomorrow { $time }
moment-this-week = { $weekday } { $time }
moment-other-day = { $date } { $time }
# The clock time: $hour (00–23) and $minute (00–59) with their leading zeros. The languages here all
# write the 24-hour clock; English in the US, Canada, Australia, New Zealand, the Philippines and India
# writes time-of-day-12h instead ($hour12: 1–12 without a leading zero, $half: am or pm).
time-of-day = { $hour }:{ $minute }
time-of-day-12h = { $hour12 }:{ $minute } { $half ->
    [am] AM
   *[pm] PM
}
# A date without its year ($day: 1–31, $month: one of the month-* below, as the date needs it).
date-day-month = { $day } { $month }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-monday = Monday
weekday-tuesday = Tuesday
weekday-wednesday = Wednesday
weekday-thursday = Thursday
weekday-friday = Friday
weekday-saturday = Saturday
weekday-sunday = Sunday

## Portal errors: one line each, with the fix

portal-rejected = the portal rejected the webhook ({ $code }): it was deleted, blocked or re-keyed; create a new inbound webhook in Bitrix24 and run `b24-status login`
portal-missing-scope = the webhook lacks the `im` scope: in Bitrix24 open Applications → Developer resources → your inbound webhook, tick `im` (Chat and notifications), save, and run `b24-status login` again
portal-rate-limited = the portal's rate limit was reached ({ $code }); wait a minute and try again
portal-overloaded = Bitrix24 has blocked REST access for this portal (OVERLOAD_LIMIT); ask your Bitrix24 administrator or support
portal-access-denied = the portal's plan does not include REST access (ACCESS_DENIED); ask your Bitrix24 administrator
portal-deleted = the portal is deleted or closed (PORTAL_DELETED); check the address with your administrator
portal-method-not-found = the portal does not know the method { $method } (ERROR_METHOD_NOT_FOUND): its messenger module may be off or too old; ask your administrator
portal-refused = the portal refused the request ({ $code }: { $description }); this is a bug in b24-status, please report it
portal-server-error = the portal had an internal error ({ $code }); try again in a minute
portal-unreachable = cannot reach { $host }: { $reason }; check your network connection and the portal address
portal-timeout = { $host } did not answer in time; check your network connection, or try again later
portal-dropped = the connection to { $host } dropped before the answer arrived; try again
portal-truncated = the answer from { $host } was cut short; try again
portal-not-bitrix = { $host } answered HTTP { $status } with { $body } instead of Bitrix24 data (a proxy or an outage); try again later
portal-not-confirmed = the portal answered without confirming the change (result: { $result }); try again
portal-bad-redirect = the portal moved, but its new address { $problem }; sign in again with the new webhook URL

## Pieces of the lines above

connect-refused = the connection was refused
connect-timed-out = the connection timed out
connect-network-unreachable = the network is unreachable
connect-name-not-resolved = the name could not be resolved
connect-tls = a secure (TLS) connection could not be made
connect-other = the connection failed
body-empty = an empty body
body-web-page = a web page
body-unreadable = unreadable data
redirect-loop = keeps redirecting
redirect-no-location = was not given
redirect-invalid-url = is not a valid URL
redirect-not-https = is not HTTPS
redirect-not-webhook = is not a webhook URL
redirect-other-webhook = belongs to another webhook
