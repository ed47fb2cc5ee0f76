# German statuses, and what goes wrong talking to a portal (crates/core's data, rendered by src/text/).

## Statuses, as Bitrix24 names them

status-online = Online
status-dnd = Nicht stören
status-away = Abwesend
status-break = Pause
status-unknown-word = unbekannter Status '{ $word }': verwenden Sie online, dnd, away oder break

## Timed statuses: what is wrong with a duration or a time as typed (crates/core/src/timed.rs), and moments

when-not-a-duration = '{ $text }' ist keine Dauer: Schreiben Sie sie wie 45m, 1h30m, 90s oder 2h
when-zero = eine Dauer von null: Geben Sie eine wie 45m oder 1h an
when-not-a-moment = '{ $text }' ist keine Uhrzeit: Schreiben Sie sie wie 15:30, "tomorrow 09:00" oder 2026-12-01T15:30:00+01:00
when-in-the-past = dieser Zeitpunkt ist bereits vorbei: Geben Sie einen späteren an (für morgen als "tomorrow 09:00")
when-too-far = mehr als { $days } Tage im Voraus: Ein zeitlich begrenzter Status dauert höchstens { $days } Tage (lassen Sie --for und --until weg, um ihn zu behalten, bis Sie ihn ändern)
# A moment shown to the user: today as the clock time alone; tomorrow and later with the day.
moment-today = { $time }
moment-tomorrow = morgen { $time }
moment-this-week = { $weekday } { $time }
moment-other-day = { $date } { $time }
# The clock time: $hour (00–23) and $minute (00–59) with their leading zeros.
time-of-day = { $hour }:{ $minute }
time-of-day-12h = { $hour12 }:{ $minute } { $half ->
    [am] AM
   *[pm] PM
}
# A date without its year ($day: 1–31, $month: one of the month-* below).
date-day-month = { $day }. { $month }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
weekday-monday = Montag
weekday-tuesday = Dienstag
weekday-wednesday = Mittwoch
weekday-thursday = Donnerstag
weekday-friday = Freitag
weekday-saturday = Samstag
weekday-sunday = Sonntag

## Portal errors: one line each, with the fix

portal-rejected = das Portal hat den Webhook abgelehnt ({ $code }): Er wurde gelöscht, gesperrt oder neu verschlüsselt; erstellen Sie in Bitrix24 einen neuen eingehenden Webhook und führen Sie `b24-status login` aus
portal-missing-scope = dem Webhook fehlt die Berechtigung `im`: Öffnen Sie in Bitrix24 Anwendungen → Entwicklerressourcen → Ihren eingehenden Webhook, aktivieren Sie `im` (Chat und Benachrichtigungen), speichern Sie und führen Sie `b24-status login` erneut aus
portal-rate-limited = das Anfragelimit des Portals wurde erreicht ({ $code }); warten Sie eine Minute und versuchen Sie es erneut
portal-overloaded = Bitrix24 hat den REST-Zugriff für dieses Portal gesperrt (OVERLOAD_LIMIT); wenden Sie sich an Ihren Bitrix24-Administrator oder den Support
portal-access-denied = der Tarif des Portals umfasst keinen REST-Zugriff (ACCESS_DENIED); wenden Sie sich an Ihren Bitrix24-Administrator
portal-deleted = das Portal ist gelöscht oder geschlossen (PORTAL_DELETED); prüfen Sie die Adresse mit Ihrem Administrator
portal-method-not-found = das Portal kennt die Methode { $method } nicht (ERROR_METHOD_NOT_FOUND): Sein Messenger-Modul ist vielleicht deaktiviert oder zu alt; wenden Sie sich an Ihren Administrator
portal-refused = das Portal hat die Anfrage abgelehnt ({ $code }: { $description }); das ist ein Fehler in b24-status, bitte melden Sie ihn
portal-server-error = beim Portal ist ein interner Fehler aufgetreten ({ $code }); versuchen Sie es in einer Minute erneut
portal-unreachable = { $host } ist nicht erreichbar: { $reason }; prüfen Sie Ihre Netzwerkverbindung und die Portaladresse
portal-timeout = { $host } hat nicht rechtzeitig geantwortet; prüfen Sie Ihre Netzwerkverbindung oder versuchen Sie es später erneut
portal-dropped = die Verbindung zu { $host } brach ab, bevor die Antwort eintraf; versuchen Sie es erneut
portal-truncated = die Antwort von { $host } war unvollständig; versuchen Sie es erneut
portal-not-bitrix = { $host } antwortete mit HTTP { $status } und lieferte { $body } statt Bitrix24-Daten (ein Proxy oder eine Störung); versuchen Sie es später erneut
portal-not-confirmed = das Portal hat geantwortet, ohne die Änderung zu bestätigen (Ergebnis: { $result }); versuchen Sie es erneut
portal-bad-redirect = das Portal ist umgezogen, aber seine neue Adresse { $problem }; melden Sie sich mit der neuen Webhook-URL erneut an

## Pieces of the lines above

connect-refused = die Verbindung wurde abgelehnt
connect-timed-out = Zeitüberschreitung der Verbindung
connect-network-unreachable = das Netzwerk ist nicht erreichbar
connect-name-not-resolved = der Name konnte nicht aufgelöst werden
connect-tls = es konnte keine sichere (TLS-)Verbindung hergestellt werden
connect-other = die Verbindung ist fehlgeschlagen
body-empty = eine leere Antwort
body-web-page = eine Webseite
body-unreadable = unlesbare Daten
redirect-loop = leitet endlos weiter
redirect-no-location = wurde nicht angegeben
redirect-invalid-url = ist keine gültige URL
redirect-not-https = ist kein HTTPS
redirect-not-webhook = ist keine Webhook-URL
redirect-other-webhook = gehört zu einem anderen Webhook
