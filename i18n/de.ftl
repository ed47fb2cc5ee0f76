### The German catalogue of b24-status (de): i18n/en.ftl, the reference, says where each
### message is shown.

### German statuses, and what goes wrong talking to a portal (crates/core's data, rendered by src/text/).

## Statuses, as Bitrix24 names them

status-online = Online
status-dnd = Nicht stören
status-away = Abwesend
status-break = Pause
status-unknown-word = unbekannter Status '{ $word }': verwenden Sie online, dnd, away oder break

## Timed statuses: what is wrong with a duration or a time as typed (crates/core/src/timed.rs), and moments

when-not-a-duration = '{ $text }' ist keine Dauer: Schreiben Sie sie z. B. als 45m, 1h30m, 90s oder 2h
when-zero = die Dauer ist null: Geben Sie z. B. 45m oder 1h an
when-not-a-moment = '{ $text }' ist keine Uhrzeit: Schreiben Sie sie z. B. als 15:30, "tomorrow 09:00" oder 2026-12-01T15:30:00+01:00
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

portal-rejected = das Portal hat den Webhook abgelehnt ({ $code }): Er wurde gelöscht, gesperrt oder sein Code neu erzeugt; erstellen Sie in Bitrix24 einen neuen eingehenden Webhook und führen Sie `b24-status login` aus
portal-missing-scope = dem Webhook fehlt die Berechtigung `im`: Öffnen Sie in Bitrix24 Anwendungen → Entwicklerressourcen → Ihren eingehenden Webhook, aktivieren Sie `im` (Chat und Benachrichtigungen), speichern Sie und führen Sie `b24-status login` erneut aus
portal-rate-limited = das Anfragelimit des Portals wurde erreicht ({ $code }); warten Sie eine Minute und versuchen Sie es erneut
portal-overloaded = Bitrix24 hat den REST-Zugriff für dieses Portal gesperrt (OVERLOAD_LIMIT); wenden Sie sich an Ihren Bitrix24-Administrator oder den Support
portal-access-denied = der Tarif des Portals umfasst keinen REST-Zugriff (ACCESS_DENIED); wenden Sie sich an Ihren Bitrix24-Administrator
portal-deleted = das Portal ist gelöscht oder geschlossen (PORTAL_DELETED); klären Sie die Adresse mit Ihrem Administrator
portal-method-not-found = das Portal kennt die Methode { $method } nicht (ERROR_METHOD_NOT_FOUND): Sein Messenger-Modul ist möglicherweise deaktiviert oder zu alt; wenden Sie sich an Ihren Administrator
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

### German messages of src/portal/.

## A pasted webhook URL that was refused (src/portal/webhook.rs). Never repeat the input: it holds the secret.

webhook-empty = keine Webhook-URL angegeben: Fügen Sie die URL Ihres eingehenden Webhooks ein
webhook-not-a-url = das ist keine Webhook-URL: erwartet wird https://ihr-portal.bitrix24.de/rest/<Benutzer-ID>/<Code>/
webhook-scheme = die URL muss mit https:// beginnen (sie begann mit { $scheme }://)
webhook-insecure-http = HTTPS ist erforderlich: Ein http://-Webhook würde seinen geheimen Code im Klartext senden (nur Loopback-Adressen dürfen http verwenden)
webhook-no-rest-path = der URL fehlt der Teil /rest/<Benutzer-ID>/<Code>/: Kopieren Sie die vollständige Webhook-URL aus Bitrix24
webhook-no-user-id = der Webhook-URL fehlt die Benutzer-ID nach /rest/: Kopieren Sie die vollständige Webhook-URL aus Bitrix24
webhook-no-secret = der Webhook-URL fehlt der geheime Code nach der Benutzer-ID: Kopieren Sie die vollständige Webhook-URL aus Bitrix24
webhook-bad-secret = der Webhook-Code enthält Zeichen, die Bitrix24 nie verwendet: Kopieren Sie die URL erneut
webhook-trailing-path = die Webhook-URL hat nach dem Methodennamen noch weitere Teile: Kopieren Sie die URL erneut

## The HTTP client (src/portal/client.rs)

client-init-failed = der HTTP-Client konnte nicht starten: Einrichtung von TLS oder Proxy fehlgeschlagen
client-init-failed-because = der HTTP-Client konnte nicht starten: Einrichtung von TLS oder Proxy fehlgeschlagen ({ $cause })

## Answers a hostile or broken portal sends (issue #12; the piece of portal-not-bitrix in core.ftl)

body-too-large = eine Antwort, weit größer als alles, was Bitrix24 je sendet (Lesen bei 1 MiB abgebrochen)

### German messages of src/store/.

## Files (src/store/files.rs)

file-no-home = ~ nicht gefunden: Der Benutzerordner ist unbekannt (HOME ist nicht gesetzt)
file-cannot-read = { $path } kann nicht gelesen werden: { $reason }
file-cannot-write = { $path } kann nicht geschrieben werden: { $reason }
file-cannot-remove = { $path } kann nicht entfernt werden: { $reason }

## The config file (src/store/config.rs)

config-invalid = die Konfigurationsdatei { $path } ist ungültig: { $message }; korrigieren oder löschen Sie sie
config-invalid-at-line = die Konfigurationsdatei { $path } ist in Zeile { $line } ungültig: { $message }; korrigieren oder löschen Sie sie
config-poll-interval-range = poll_interval_secs muss zwischen 1 und 86400 liegen
config-morning-invalid = morning muss eine Uhrzeit wie "09:00" sein (24-Stunden-Format), nicht "{ $value }"
config-weekend-day-invalid = weekend_days erwartet englische Tagesnamen wie "saturday" und "sunday", nicht "{ $value }"
config-dnd-shortcut-for-invalid = dnd_shortcut_for: { $reason } ("" lässt „Nicht stören“ an, bis Sie es ausschalten)
config-file-header = Einstellungen von b24-status. Der geheime Code des Webhooks steht nicht hier, sondern im Schlüsselbund des Systems.
# The written file's comments: each setting is written with its default, commented out.
config-file-defaults = Eine Zeile, die mit # beginnt, ist ein Kommentar; eine auskommentierte Einstellung zeigt ihren Standardwert. Einstellungen der obersten Ebene stehen über der ersten [Tabelle].
config-about-language = Die Sprache des Menüs und der Meldungen, z. B. "ru", "uk", "de", "pl", "es", "pt-BR" oder "en"; fehlt sie, wird die Systemsprache (LANG) verwendet.
config-language-invalid = language muss ein Sprachcode wie "ru", "de" oder "pt-BR" sein, nicht "{ $value }"
config-about-poll-interval = Wie oft die Systemleisten-Anwendung Ihren Status abfragt, in Sekunden (1 bis 86400).
config-about-dnd-shortcut = Die Tasten, die „Nicht stören“ umschalten, z. B. "Ctrl+Alt+Shift+D"; "" schaltet das Tastenkürzel aus.
config-about-dnd-shortcut-for = Wie lange das Tastenkürzel „Nicht stören“ einschaltet, z. B. "1h" oder "30m"; "" bis Sie es ausschalten.
config-about-morning = Wann „Bis morgen früh“ endet, in Ihrer Ortszeit (24-Stunden-Format).
config-about-weekend-days = Die Tage, die „Bis morgen früh“ überspringt; [] überspringt keine.
config-about-account = Wer angemeldet ist: wird von b24-status beim An- und Abmelden geschrieben.
# A top-level setting found inside a table (as when a line is appended after [account]); $setting and $table are config keys.
config-setting-in-table = `{ $setting }` ist eine Einstellung der obersten Ebene: Verschieben Sie sie über `[{ $table }]`
# A setting of a table found at the top level (as `away_when_locked = false` written above [automatic]).
config-setting-needs-table = `{ $setting }` gehört in die Tabelle `[{ $table }]`: Verschieben Sie sie unter die Zeile `[{ $table }]`

## The remembered state (src/store/state.rs)

state-broken = die beschädigte Datei { $path } wird ignoriert: { $message }; sie wird bei Ihrer nächsten Änderung ersetzt

## The keyring (src/store/keyring.rs)

keyring-unavailable = kein Schlüsselbund verfügbar ({ $store } ist nicht erreichbar): { $fix }
keyring-locked = { $store } ist gesperrt: Entsperren Sie den Schlüsselbund (zum Beispiel mit der Passwortverwaltung Ihres Desktops) und versuchen Sie es erneut
keyring-busy = { $store } war mit einer anderen Änderung an diesem Eintrag beschäftigt und hat nicht rechtzeitig geantwortet: Versuchen Sie es gleich noch einmal
keyring-corrupt = der Schlüsselbund-Eintrag für { $account } ist unlesbar: Führen Sie `b24-status logout` und dann `b24-status login` aus
keyring-failed = { $store } hat den Vorgang abgelehnt: { $fix }
# The keyring of each system, as $store above.
keyring-store-secret-service = der Secret-Service-Schlüsselbund
keyring-store-macos = der macOS-Schlüsselbund
keyring-store-windows = die Windows-Anmeldeinformationsverwaltung
# What to do when it cannot be reached, as $fix above: Linux, then macOS and Windows.
keyring-fix-secret-service = Starten Sie GNOME Keyring oder KeePassXC (mit Secret-Service-Integration) in Ihrer Desktop-Sitzung und versuchen Sie es dann erneut
keyring-fix-session = Prüfen Sie, ob Ihre Benutzersitzung vollständig gestartet ist, und versuchen Sie es dann erneut

### German messages of src/cli/, src/error.rs, src/ipc.rs, src/lib.rs and src/session/: what the command line says.

## The command line's help (src/cli/args.rs). A short help has no final full stop, as clap's own.

cli-about = Ihren Bitrix24-Chatstatus setzen: Online, Nicht stören, Abwesend
cli-long-about =
    Setzen Sie Ihren Bitrix24-Chatstatus — Online, Nicht stören, Abwesend — aus der Systemleiste oder über die Befehlszeile.
    Ohne Befehl läuft b24-status in der Systemleiste. Jeder angezeigte Status wurde vom Portal bestätigt.
cli-after-help = Exit-Codes: 0 OK, 1 sonstiger Fehler, 2 falsche Verwendung, 3 nicht angemeldet, 4 Webhook abgelehnt oder ohne Berechtigung `im`, 5 Portal nicht erreichbar oder nicht verfügbar.
cli-verbose-help = Mehr Details auf stderr (-v info, -vv debug, -vvv trace). Geheime Daten werden nie protokolliert
cli-quiet-help = Nur Fehler auf stderr
cli-login-about = Mit der URL eines eingehenden Webhooks (Berechtigung `im`) anmelden; sie wird verdeckt im Terminal eingegeben oder als eine Zeile von stdin gelesen
cli-logout-about = Den Webhook aus dem Schlüsselbund und das Portal aus der Konfiguration entfernen. Kann gefahrlos wiederholt werden
cli-set-about = Den Status setzen; gelingt erst, wenn das Portal ihn bestätigt
cli-set-status-help = online, dnd, away oder break
cli-for-help = Für eine Weile, danach zurück zum vorherigen Status: 45m, 1h30m, 90s, 2h (höchstens 7 Tage)
cli-until-help = Bis zu einem Zeitpunkt, danach zurück zum vorherigen Status: 15:30, "tomorrow 09:00" oder eine Zeit nach RFC 3339
cli-json-help = Ein JSON-Objekt ausgeben: status, until und then (bei zeitlich begrenztem Status, sonst null), confirmed_at
cli-cancel-timer-about = Den aktuellen Status behalten und sein geplantes Ende verwerfen
cli-get-about = Den aktuellen Status als ein Wort ausgeben: online, dnd, away, break oder unknown
cli-toggle-dnd-about = Nicht stören → der Status davor (sonst Online); alles andere → Nicht stören
cli-doctor-about = Schlüsselbund, Konfiguration, Portal, Webhook und seine Berechtigung `im` prüfen, mit einer Lösung für jedes Problem
cli-demo-about = Die Systemleisten-Anwendung mit einem eingebauten simulierten Portal starten: b24-status ohne Bitrix24-Konto ausprobieren
cli-autostart-about = Die Systemleisten-Anwendung beim Anmelden starten: on, off oder status (welche ausführbare Datei der Eintrag startet)
cli-autostart-action-help = Was zu tun ist: on, off oder status

## Before the arguments are parsed (src/lib.rs)

cli-url-argument = übergeben Sie die Webhook-URL nicht als Argument (sie bliebe in Ihrem Shell-Verlauf und wäre für andere Programme sichtbar): Führen Sie `b24-status login` aus und fügen Sie sie ein, wenn Sie danach gefragt werden

## The commands (src/cli/commands.rs)

cli-confirmed = { $status } (bestätigt)
cli-confirmed-until = { $status } bis { $until } — danach { $then } (bestätigt)
cli-revert-needs-tray = Der Wechsel zurück zu { $then } ({ $until }) erfolgt nur, wenn b24-status in der Systemleiste läuft: Starten Sie es mit `b24-status`.
cli-cancel-timer-done = { $status } bleibt, bis Sie den Status ändern: Das geplante Ende ({ $until }) entfällt.
cli-cancel-timer-nothing = Kein zeitlich begrenzter Status zum Abbrechen.
cli-portal-moved = Das Portal ist nach { $portal } umgezogen; die neue Adresse wurde gespeichert.
cli-login-hint = Erstellen Sie in Bitrix24 einen eingehenden Webhook mit der Berechtigung `im` (Anwendungen → Entwicklerressourcen → Andere → Eingehender Webhook).
# The prompt for the hidden input; the space after the colon separates it from what is typed.
cli-login-prompt = Fügen Sie seine URL ein (die Eingabe wird nicht angezeigt):{ " " }
cli-logout-nothing = Nicht angemeldet; nichts zu entfernen.
cli-logout-done = Von { $portal } abgemeldet: Der Webhook wurde aus dem Schlüsselbund entfernt.

## The doctor's details, after the verdict and the check's name (src/cli/doctor.rs)

doctor-config-defaults = { $path } (noch nicht angelegt: Standardwerte)
doctor-keyring-reachable = erreichbar
doctor-signed-in = { $name } auf { $portal } (Schlüsselbund-Konto { $account })
doctor-portal-answers = { $portal } antwortet
doctor-webhook-accepted = akzeptiert für { $name } (Benutzer { $user })
# $status is the status as `b24-status get` prints it: online, dnd, away, break or unknown.
doctor-scope-granted = erteilt (Status: { $status })
doctor-shortcut-in-tray = vom laufenden b24-status registriert, das es auf diesem System nicht meldet: Die Tastenkürzel-Zeile in seinem Menü zeigt, ob es funktioniert
doctor-shortcut-tray-unreadable = das laufende b24-status hat nicht mitgeteilt, was aus seinem Tastenkürzel geworden ist (eine ältere Version?): Starten Sie es neu und führen Sie dann doctor erneut aus
doctor-shortcut-tray-silent = das laufende b24-status hat zu seinem Tastenkürzel nicht geantwortet ({ $error }): Starten Sie es neu und führen Sie dann doctor erneut aus
doctor-shortcut-wayland-no-tray = unter Wayland weist die Systemleisten-Anwendung das Tastenkürzel beim Start über das Tastenkürzel-Portal des Desktops zu: Starten Sie b24-status und führen Sie dann doctor erneut aus
# The automatic rules' signal sources; $sources is a list of D-Bus names.
doctor-lock-sources = Abwesend bei gesperrtem Bildschirm: überwacht { $sources }
doctor-lock-no-source = Abwesend bei gesperrtem Bildschirm: keine Quelle für die Bildschirmsperre gefunden (die logind-Sitzung, org.freedesktop.ScreenSaver, org.gnome.ScreenSaver); sperren Sie mit der Bildschirmsperre Ihres Desktops oder starten Sie eine Sperre, die logind Bescheid gibt, etwa xss-lock oder light-locker
# $server and $version as the sound server names itself; $socket, $sockets: file paths.
doctor-calls-server = Nicht stören bei Anrufen: überwacht { $server } { $version } unter { $socket }
doctor-calls-no-server = Nicht stören bei Anrufen: kein Soundserver antwortet (gesucht unter { $sockets }), daher kann das Mikrofon nicht überwacht werden: Starten Sie den Soundserver Ihres Desktops — pipewire-pulse von PipeWire (`systemctl --user start pipewire-pulse.socket`) oder PulseAudio (`pulseaudio --start`) — und die Systemleisten-Anwendung findet ihn innerhalb von fünf Minuten
# $error is the sound server's own reason, in English.
doctor-calls-server-refused = Nicht stören bei Anrufen: der Soundserver unter { $socket } hat die Verbindung abgelehnt ({ $error }): PulseAudio braucht sein Cookie (~/.config/pulse/cookie oder die in PULSE_COOKIE angegebene Datei), und Sie müssen es lesen dürfen; starten Sie den Soundserver neu (`pulseaudio -k`) und führen Sie dann doctor erneut aus
# $after: away_after_idle as config.toml gives it ("10m"); $source: the idle source's name.
doctor-idle-source = Abwesend nach { $after } ohne Eingabe: überwacht { $source }
doctor-idle-logind = Abwesend bei Inaktivität: folgt dem IdleHint der logind-Sitzung, dessen Leerlaufzeit Ihr Desktop festlegt (seine Verzögerung für Leerlauf oder Bildschirmabschaltung), nicht away_after_idle = "{ $after }"; unter X11 oder GNOME zählt die Systemleisten-Anwendung away_after_idle selbst
doctor-idle-no-source = Abwesend bei Inaktivität: keine Quelle für Inaktivität gefunden (der SYNC-IDLETIME-Zähler des X-Servers, org.gnome.Mutter.IdleMonitor, IdleHint der logind-Sitzung); führen Sie unter sway oder einem anderen wlroots-Desktop `swayidle idlehint 600` aus, damit logind weiß, wann Sie inaktiv sind, oder verlassen Sie sich auf „Abwesend bei gesperrtem Bildschirm“
doctor-presenting-x11 = Nicht stören beim Präsentieren: folgt dem Vollbildzustand des aktiven Fensters (X11 _NET_ACTIVE_WINDOW, _NET_WM_STATE); ein geteilter Bildschirm wird noch nicht erkannt
doctor-presenting-no-wm = Nicht stören beim Präsentieren: der Fenstermanager teilt nicht mit, welches Fenster aktiv und im Vollbild ist (_NET_ACTIVE_WINDOW, _NET_WM_STATE_FULLSCREEN in _NET_SUPPORTED); verwenden Sie einen Fenstermanager, der das tut (EWMH: GNOME, KDE, Xfce, MATE, Cinnamon, Openbox, i3 tun es alle), dann folgt ihm die Systemleisten-Anwendung, sobald er läuft
doctor-presenting-wayland = Nicht stören beim Präsentieren: unter Wayland kann kein Programm sehen, welches Fenster im Vollbild ist, und ein geteilter Bildschirm wird noch nicht erkannt; setzen Sie „Nicht stören“ selbst, während Sie präsentieren (mit dem Tastenkürzel oder `b24-status set dnd --for 1h`)
doctor-presenting-no-display = Nicht stören beim Präsentieren: kein X-Display, von dem das aktive Fenster gelesen werden kann (DISPLAY ist nicht gesetzt oder antwortet nicht); starten Sie b24-status in Ihrer Desktop-Sitzung
# $meetings: how many busy meetings the calendar has from now to the end of tomorrow.
doctor-calendar-read = { $meetings ->
    [one] der Kalender antwortet: { $meetings } Termin mit Status „Beschäftigt“ heute oder morgen
   *[other] der Kalender antwortet: { $meetings } Termine mit Status „Beschäftigt“ heute oder morgen
}
doctor-needs-scope-calendar = dem Webhook fehlt die Berechtigung `calendar`, daher ist „Nicht stören bei Kalenderterminen“ aus: Öffnen Sie in Bitrix24 Anwendungen → Entwicklerressourcen → Ihren eingehenden Webhook, aktivieren Sie `calendar` und speichern Sie (dieselbe Webhook-URL funktioniert weiter): Die Systemleisten-Anwendung übernimmt das innerhalb von 15 Minuten
# $day is the portal's word: OPENED, PAUSED, CLOSED or EXPIRED.
doctor-work-day-read = der Arbeitstag ist { $day }
doctor-needs-scope-timeman = dem Webhook fehlt die Berechtigung `timeman`, daher ist „Meinem Bitrix24-Arbeitstag folgen“ aus: Öffnen Sie in Bitrix24 Anwendungen → Entwicklerressourcen → Ihren eingehenden Webhook, aktivieren Sie `timeman` (Arbeitszeit) und speichern Sie (dieselbe Webhook-URL funktioniert weiter): Die Systemleisten-Anwendung übernimmt das bei ihrer nächsten Abfrage
doctor-rule-not-built = diese Version hat noch keine Signalquelle für diese Regel: Sie bleibt in config.toml erhalten, bewirkt aber nichts
doctor-needs-sign-in = erfordert eine Anmeldung
doctor-needs-webhook-code = erfordert den Webhook-Code
doctor-needs-keyring = erfordert den Schlüsselbund
doctor-needs-portal = erfordert das Portal
doctor-needs-accepted-webhook = erfordert einen akzeptierten Webhook

## What a command ends with (src/error.rs)

error-not-signed-in = nicht angemeldet: Führen Sie `b24-status login` aus und fügen Sie die URL Ihres eingehenden Webhooks ein
error-secret-missing = angemeldet als { $account }, aber der Schlüsselbund enthält dafür keinen Webhook-Code: Führen Sie `b24-status login` erneut aus
error-input = die Webhook-URL konnte nicht gelesen werden: { $reason }
error-tray-keeps-trying = das Portal hat noch nicht geantwortet; das laufende b24-status versucht es weiter
error-tray-keeps-trying-after = noch nicht bestätigt: { $error }; das laufende b24-status versucht es weiter

## The running tray, through the control socket (src/ipc.rs)

ipc-no-answer = das laufende b24-status hat nicht geantwortet ({ $reason }); beenden Sie es und versuchen Sie es erneut
# How a sent request went unanswered, as $reason above and in cli-tray-gave-up.
ipc-silence-timed-out = keine Antwort innerhalb von { $seconds } s
ipc-silence-closed = die Verbindung wurde geschlossen
ipc-silence-unreadable = eine unlesbare Antwort
ipc-already-running = ein anderes b24-status läuft bereits
ipc-bind = der Steuer-Socket { $path } kann nicht geöffnet werden: { $reason }
# $uid is the other user's numeric id.
ipc-foreign = { $path } wird vom Programm eines anderen Benutzers bedient (uid { $uid }), nicht von Ihrem b24-status: Beenden Sie dieses Programm oder entfernen Sie die Datei, oder setzen Sie XDG_RUNTIME_DIR auf einen Ordner, in den nur Sie schreiben können
ipc-not-private = kein Steuer-Socket in { $path } ({ $reason }): Nur ein eigener Ordner, in den niemand sonst schreiben kann, ist geeignet
# A change was sent to the running tray and no answer came: it may have been made all the same.
cli-tray-gave-up = Warten auf das laufende b24-status aufgegeben ({ $reason }); die Änderung wird eventuell trotzdem übernommen: Führen Sie `b24-status get` aus, um den Status zu sehen

## Windows: the control pipe (src/ipc/windows.rs)

ipc-foreign-pipe = { $name } wird von einem Programm belegt, das Ihnen keinen Zugriff gewährt (das eines anderen Benutzers oder eines, das als Administrator gestartet wurde), nicht von Ihrem b24-status: Beenden Sie dieses Programm oder starten Sie Windows neu

## The session: signing in and out (src/session/)

login-signed-in = Angemeldet als { $name } auf { $portal } (Benutzer { $user }).

## clap's own words, replaced (src/cli/args.rs): the help's headings (clap adds the colon) and placeholders

cli-usage-heading = Verwendung:
cli-usage-options = OPTIONEN
cli-usage-command = BEFEHL
cli-commands-heading = Befehle
cli-options-heading = Optionen
cli-arguments-heading = Argumente
cli-help-help = Hilfe anzeigen (-h eine Übersicht, --help alles)
cli-version-help = Version anzeigen
# The placeholders of values in the help ("--for <DAUER>"): one word, capitals as in English if your language has them.
cli-value-duration = DAUER
cli-value-time = ZEIT
cli-value-status = STATUS
cli-value-action = AKTION

## A command line that cannot be read (src/cli/args.rs); $arg and $option as typed or as the help names them

cli-error-invalid-value = '{ $value }' ist für { $arg } ungültig: { $reason }
cli-error-valid-values = verwenden Sie einen der Werte { $values }
cli-error-unknown-command = '{ $command }' ist kein Befehl: siehe `b24-status --help`
cli-error-unknown-command-suggest = '{ $command }' ist kein Befehl: Meinten Sie '{ $suggested }'?
cli-error-unknown-option = '{ $option }' ist hier keine Option: siehe `b24-status --help`
cli-error-unknown-option-suggest = '{ $option }' ist hier keine Option: Meinten Sie '{ $suggested }'?
cli-error-missing = { $arg } fehlt: siehe `b24-status --help`
cli-error-conflict = { $arg } kann nicht zusammen mit { $other } verwendet werden
cli-error-missing-command = ein Befehl fehlt: siehe `b24-status --help`
cli-error-values = { $arg } hat die falsche Anzahl von Werten erhalten: siehe `b24-status --help`
cli-error-other = die Befehlszeile ist ungültig: siehe `b24-status --help`

### German messages of src/tray/.

## The menu (src/tray/view.rs, src/tray/menu.rs)

menu-header-signed-in = { $name } — { $portal }
menu-header-demo = Demo-Portal (simuliert)
menu-header-signed-out = Nicht angemeldet
menu-starting = Wird gestartet…
menu-shortcut-starting = Tastenkürzel: wird gestartet…
menu-sign-in = Anmelden…
menu-sign-out = Abmelden
menu-start-at-login-on = Beim Anmelden starten: an
menu-start-at-login-off = Beim Anmelden starten: aus
menu-quit = Beenden
menu-dnd-for = Nicht stören für…
menu-away-for = Abwesend für…
menu-for-minutes = { $minutes ->
    [one] Für { $minutes } Minute
   *[other] Für { $minutes } Minuten
}
menu-for-hours = { $hours ->
    [one] Für { $hours } Stunde
   *[other] Für { $hours } Stunden
}
menu-until-morning = Bis morgen früh
menu-until-turned-off = Bis ich es ausschalte

## The menu's status line: what is going on, in a few words ($status is a status label, $at a time HH:MM)

status-line-keyring-locked = Schlüsselbund gesperrt — bitte entsperren
status-line-keyring-busy = Schlüsselbund beschäftigt — neuer Versuch
status-line-no-keyring = Kein Schlüsselbund — b24-status doctor ausführen
status-line-bad-config = Konfigurationsdatei fehlerhaft — b24-status doctor ausführen
status-line-signed-out = Melden Sie sich an, um Ihren Status zu setzen
status-line-missing-scope = Dem Webhook fehlt die Berechtigung im — erneut anmelden
status-line-rejected = Webhook abgelehnt — erneut anmelden
status-line-setting = { $status } wird gesetzt…
status-line-not-set = { $status } nicht gesetzt — { $reason }
status-line-not-read = Status nicht abgerufen — { $reason }
status-line-connecting = Verbindung wird hergestellt…
status-line-break = Pause — bestätigt um { $at }
status-line-no-status = Kein Status im Portal — geprüft um { $at }
status-line-confirmed = Bestätigt um { $at }
# A timed status: what it is, when it ends ($until: "15:30", "morgen 09:00") and what follows.
status-line-until = { $status } bis { $until } — danach { $then }
# The revert of a timed status whose moment passed while no tray ran, applied at start ($at: "15:30").
status-line-ended-while-away = { $status } endete um { $at }, während b24-status nicht lief
status-line-portal-busy = Portal ausgelastet — neuer Versuch
status-line-offline = Offline — neuer Versuch
# A choice the last run left pending, too old to apply ($hours is a number, $status a status label).
status-line-dropped-choice = Auswahl von vor { $hours } Std. verworfen ({ $status })

## Why a status was not set or read, as $reason above (the notification carries the full sentence)

status-line-reason-overloaded = REST von Bitrix24 gesperrt
status-line-reason-access-denied = kein REST-Zugriff in diesem Tarif
status-line-reason-portal-deleted = Portal gelöscht
status-line-reason-method-not-found = Portal zu alt
status-line-reason-bad-redirect = Portal umgezogen — erneut anmelden
status-line-reason-refused = Portal hat abgelehnt
status-line-reason-rate-limited = Portal ausgelastet, später neuer Versuch
status-line-reason-other = Portal nicht verfügbar

## The icon's tooltip (src/tray/mod.rs)

tray-tooltip = b24-status
tray-tooltip-status = b24-status — { $status_line }

## Starting the tray (src/tray/mod.rs)

tray-already-running = b24-status läuft bereits.
tray-demo-failed = das Demo-Portal konnte nicht starten: { $error }
tray-demo-no-simulator = b24-status-sim wurde nicht neben b24-status gefunden (bauen Sie es mit `cargo build -p b24-status-sim`)
tray-demo-no-url = der Simulator hat keine Webhook-URL ausgegeben
tray-worker-failed = der Worker-Thread konnte nicht starten: { $error }

## Desktop notifications (src/tray/notices.rs); $reason is a portal error as a sentence

notice-sign-in-again = Bitrix24: Bitte erneut anmelden
notice-not-set-yet = { $status } ist noch nicht gesetzt
notice-keeps-trying = { $reason } b24-status versucht es weiter und setzt den Status, sobald das Portal antwortet.
notice-could-not-set = { $status } konnte nicht gesetzt werden
notice-no-tray = b24-status findet keine Systemleiste für sein Symbol
notice-broken-file = b24-status hat eine beschädigte Datei ignoriert
notice-runs-on-defaults = b24-status läuft mit Standardeinstellungen
notice-autostart-unchanged = „Beim Anmelden starten“ wurde nicht geändert
notice-rule-unchanged = Die automatische Regel wurde nicht geändert
notice-sign-in-page-failed = Die Anmeldeseite konnte nicht geöffnet werden
notice-sign-in-page-failed-body = Die lokale Seite konnte nicht starten: { $error }. Führen Sie stattdessen `b24-status login` in einem Terminal aus.
notice-no-browser = Es konnte kein Browser geöffnet werden
notice-no-browser-body = Führen Sie `b24-status login` in einem Terminal aus, um sich anzumelden.
notice-sign-out-failed = Die Abmeldung wurde nicht abgeschlossen
# The portal confirmed the revert of a timed status: "Nicht stören beendet — Ihr Status ist jetzt Online".
notice-timed-ended = { $status } beendet — Ihr Status ist jetzt { $then }

## The sign-in page's answers (src/tray/signin.rs)

signin-closed = Diese Anmeldeseite wurde geschlossen.
signin-closed-reopen = Diese Anmeldeseite wurde geschlossen. Öffnen Sie sie erneut über das Menü von b24-status.
signin-signed-in = Angemeldet.
signin-details-hidden = die Anmeldung ist fehlgeschlagen; die Details werden nicht angezeigt, da sie den geheimen Code des Webhooks enthalten
signin-no-random = der Zufallszahlengenerator des Betriebssystems ist fehlgeschlagen: { $error }
# A refused sign-in, worded for the page (where the terminal's wording names a command): what to do there.
signin-page-error-rejected = das Portal hat diesen Webhook abgelehnt ({ $code }): Er wurde gelöscht, gesperrt oder sein Code neu erzeugt; erstellen Sie in Bitrix24 einen neuen eingehenden Webhook und fügen Sie seine URL hier ein
signin-page-error-missing-scope = diesem Webhook fehlt die Berechtigung im (Chat und Benachrichtigungen): Öffnen Sie in Bitrix24 Anwendungen → Entwicklerressourcen → Ihren eingehenden Webhook, aktivieren Sie im, speichern Sie und klicken Sie dann hier erneut auf „Anmelden“
signin-page-error-keyring-corrupt = der Schlüsselbund-Eintrag für { $account } ist unlesbar: Löschen Sie die Einträge von b24-status in der Passwortverwaltung Ihres Systems (etwa „Passwörter und Verschlüsselung“) und klicken Sie dann hier erneut auf „Anmelden“

## The sign-in page itself (src/tray/signin_page.html, as {{t:id}} placeholders)
## The page HTML-escapes these; in them `text` shows as code and **text** as a menu path.

signin-page-title = Bei Bitrix24 anmelden — b24-status
signin-page-heading = Bei Bitrix24 anmelden
signin-page-how = Öffnen Sie in Ihrem Bitrix24-Portal **Anwendungen → Entwicklerressourcen → Andere → Eingehender Webhook**, aktivieren Sie die Berechtigung `im` (Chat und Benachrichtigungen), speichern Sie und kopieren Sie die Webhook-URL.
signin-page-example = Sie sieht etwa so aus: `https://ihr-portal.bitrix24.de/rest/1/abc123…/`. b24-status prüft sie bei Ihrem Portal und bewahrt ihren geheimen Code im Schlüsselbund Ihres Systems auf.
signin-page-url-label = Webhook-URL
signin-page-url-placeholder = https://ihr-portal.bitrix24.de/rest/…
signin-page-submit = Anmelden
signin-page-show-url = URL anzeigen
signin-page-close-tab = Sie können diesen Tab jetzt schließen.
# Shown by the page's script; $status is the HTTP status code, filled in by the script.
signin-page-checking = Wird geprüft…
signin-page-refused = Die Anmeldeseite hat die Anfrage abgelehnt (HTTP { $status }). Öffnen Sie sie erneut über das Menü von b24-status.
# The page serves a few connections at a time; more are answered HTTP 503.
signin-page-busy = Die Anmeldeseite ist mit zu vielen Verbindungen ausgelastet. Warten Sie einen Moment und klicken Sie dann erneut auf „Anmelden“.
signin-page-gone = b24-status wartet nicht mehr auf diese Seite (sie wird nach 10 Minuten oder nach der Anmeldung geschlossen). Öffnen Sie sie erneut über das Menü von b24-status.

### German messages of the automatic rules (crates/core/src/automatic.rs, rendered by src/text/automatic.rs).

## The config file's comments on [automatic] (src/store/config.rs)

config-about-automatic = Automatischer Status: Regeln, die Ihren Status von selbst setzen. Ein Status, den Sie selbst wählen, hat immer Vorrang, bis die Bedingung der Regel erneut eintritt.
automatic-about-locked = „Abwesend“, solange der Bildschirm gesperrt ist; nach dem Entsperren wieder Ihr vorheriger Status.
automatic-about-idle = „Abwesend“ nach so langer Zeit ohne Tastatur- oder Mauseingabe, z. B. "10m" (1 Minute bis 24 Stunden); "" schaltet es aus.
automatic-about-calls = „Nicht stören“, solange ein anderes Programm das Mikrofon oder die Kamera verwendet.
automatic-about-presenting = „Nicht stören“, solange ein Fenster im Vollbild ist oder Ihr Bildschirm geteilt wird.
automatic-about-meetings = „Nicht stören“ während Ihrer Bitrix24-Kalendertermine mit dem Status „Beschäftigt“ (der Webhook benötigt die Berechtigung calendar).
automatic-about-work-time = Ihrem Bitrix24-Arbeitstag folgen: Ein pausierter Arbeitstag ergibt „Pause“, ein beendeter „Abwesend“, ein begonnener „Online“ (der Webhook benötigt die Berechtigung timeman).
config-idle-invalid = away_after_idle: { $reason } ("" schaltet es aus)
config-idle-range = geben Sie einen Wert zwischen 1m und 24h an, nicht '{ $value }'

## The menu's "Automatic" submenu (src/tray/menu.rs)

menu-automatic = Automatisch
menu-rule-locked = Abwesend bei gesperrtem Bildschirm
menu-rule-idle = { $minutes ->
    [one] Abwesend nach { $minutes } Minute Inaktivität
   *[other] Abwesend nach { $minutes } Minuten Inaktivität
}
menu-rule-calls = Nicht stören bei Anrufen
menu-rule-presenting = Nicht stören beim Präsentieren
menu-rule-meetings = Nicht stören bei Kalenderterminen
menu-rule-work-time = Meinem Bitrix24-Arbeitstag folgen
# A rule the webhook cannot serve: $rule is one of the labels above, $scope a scope's code (calendar, timeman).
menu-rule-needs-scope = { $rule } — benötigt die Berechtigung { $scope }

## A status a rule set, in the menu's status line ($status is a status label)

status-line-automatic = { $status } — { $reason } (automatisch)
# $name is the event's name as the calendar has it; $until a moment ("11:00", "morgen 09:00").
status-line-meeting = { $status } — in „{ $name }“ bis { $until }
reason-locked = Bildschirm gesperrt
reason-idle = inaktiv
reason-in-call = im Anruf
reason-presenting = Präsentation
reason-work-day-opened = Arbeitstag begonnen
reason-work-day-paused = Arbeitstag pausiert
reason-work-day-closed = Arbeitstag beendet

### German messages of src/platform/.

## The Do Not Disturb shortcut: the menu's line ($keys as the user or the desktop wrote it, e.g. Ctrl+Alt+Shift+D)

shortcut-active = { $keys } schaltet „Nicht stören“ um
shortcut-off = Kein Tastenkürzel (dnd_shortcut ist leer)
shortcut-invalid = Tastenkürzel „{ $keys }“ ist ungültig — siehe doctor
shortcut-taken = { $keys } ist von einem anderen Programm belegt
shortcut-unavailable = Kein globales Tastenkürzel verfügbar — siehe doctor
shortcut-binding = Tastenkürzel: Warten auf den Desktop…
# doctor's line for a shortcut the desktop bound through its GlobalShortcuts portal (Wayland).
shortcut-ok-portal = { $keys } schaltet „Nicht stören“ um (vom Tastenkürzel-Portal des Desktops zugewiesen)

## The shortcut's problem, with the fix (doctor and the log); $why is one of the reasons below

shortcut-problem-invalid = dnd_shortcut = "{ $keys }" ist kein Tastenkürzel: Schreiben Sie es z. B. als "Ctrl+Alt+Shift+D" (Zusatztasten Ctrl, Alt, Shift, Super) oder lassen Sie es leer
shortcut-problem-taken = { $keys } ist von einem anderen Programm belegt: Setzen Sie in config.toml ein anderes dnd_shortcut (zum Beispiel "Ctrl+Alt+Shift+B") und starten Sie b24-status neu, oder weisen Sie `b24-status toggle-dnd` in den Tastatureinstellungen Ihres Desktops eine Taste zu
shortcut-problem-binding = der Desktop hat { $keys } noch nicht zugewiesen: Beantworten Sie seinen Dialog zum Tastenkürzel von b24-status, oder weisen Sie `b24-status toggle-dnd` in den Tastatureinstellungen Ihres Desktops eine Taste zu
shortcut-problem-unavailable = { $why }: Weisen Sie stattdessen `b24-status toggle-dnd` in den Tastatureinstellungen Ihres Desktops eine Taste zu (siehe README)

## Why there is no global shortcut

shortcut-why-wayland = dieser Wayland-Desktop bietet kein Portal für globale Tastenkürzel (GlobalShortcuts), und unter Wayland darf kein Programm selbst eine Taste abfangen
shortcut-why-portal-refused = der Desktop hat das Tastenkürzel nicht zugewiesen (sein Dialog wurde abgebrochen oder abgelehnt; starten Sie b24-status neu, um erneut gefragt zu werden)
shortcut-why-portal-failed = das Tastenkürzel-Portal des Desktops ist fehlgeschlagen ({ $reason })
shortcut-why-portal-closed = der Desktop hat die Tastenkürzel-Sitzung von b24-status beendet (starten Sie b24-status neu, um es erneut zuzuweisen)
shortcut-why-no-x11-display = es gibt kein X11-Display, auf dem das Tastenkürzel abgefangen werden könnte
shortcut-why-not-supported = globale Tastenkürzel können hier nicht verwendet werden
shortcut-why-not-registered = das Tastenkürzel konnte nicht registriert werden
x11-no-key-name = X11 kennt keinen Namen für diese Taste
x11-no-display = kein X11-Display
x11-no-such-key = diese Tastatur hat keine solche Taste
x11-no-answer = der X-Server hat nicht geantwortet
x11-no-thread = kein Thread für das Tastenkürzel

## The shortcut in the desktop's GlobalShortcuts dialog and settings (Wayland)

shortcut-portal-description = „Nicht stören“ umschalten

## Is there a tray to show the icon in? (doctor, the log, a notification)

tray-host-status-notifier = ein StatusNotifierItem-Host läuft
tray-host-xembed = eine XEmbed-Systemleiste läuft
# Windows (src/platform/tray_host.rs).
tray-host-notification-area = der Infobereich von Windows zeigt das Symbol (falls es hinter dem Pfeil ^ verborgen ist, ziehen Sie es auf die Taskleiste)
tray-host-none = keine Systemleiste auf diesem Desktop: Das Symbol kann nicht angezeigt werden; installieren Sie unter GNOME die Erweiterung AppIndicator (gnome-shell-extension-appindicator) oder verwenden Sie die Befehle von b24-status
tray-host-no-display = keine grafische Sitzung, in der ein Symbol in der Systemleiste angezeigt werden könnte (DISPLAY ist nicht gesetzt oder der Display-Server antwortet nicht); die Befehle von b24-status funktionieren auch ohne

## Starting the tray binary (Linux)

exec-failed = die Systemleisten-Anwendung ({ $path }) konnte nicht gestartet werden: { $error }; installieren Sie b24-status neu
exec-no-path = der Pfad dieses Programms ist unbekannt: { $error }

## Start at login: the line `b24-status autostart` prints ($location is a file or the registry value)

autostart-off = Beim Anmelden starten: aus
autostart-on = Beim Anmelden starten: an ({ $location })
autostart-stale = Beim Anmelden starten: an, aber es startet { $program } — führen Sie b24-status autostart on aus, um das zu beheben
autostart-starts-not-an-entry = kein Programm (die Datei ist kein Desktop-Eintrag)
autostart-starts-no-exec = kein Programm (der Eintrag hat keine Exec-Zeile)
autostart-starts-unreadable = `{ $exec }`, das nicht lesbar ist
autostart-location-elsewhere = die Autostart-Programme Ihres Desktops
autostart-location-login-items = die Anmeldeobjekte
# The Comment of the desktop entry written on Linux (shown in the desktop's startup settings).
autostart-entry-comment = Bitrix24-Chatstatus in der Systemleiste

## Start at login: the actions of `b24-status autostart`, in its help

autostart-action-on-help = Die Systemleisten-Anwendung beim Anmelden starten (diese ausführbare Datei); korrigiert auch einen Eintrag, der eine andere startet
autostart-action-off-help = Nicht beim Anmelden starten; kann gefahrlos wiederholt werden
autostart-action-status-help = Ausgeben, ob b24-status beim Anmelden startet und welche ausführbare Datei dabei gestartet wird

## Start at login: errors, each naming the place and the fix

autostart-error-no-home = Ihr Konfigurationsordner wurde nicht gefunden (HOME ist nicht gesetzt): Setzen Sie HOME und versuchen Sie es erneut
autostart-error-current-exe = der Pfad des laufenden b24-status wurde nicht gefunden ({ $reason }): Starten Sie es über seinen vollständigen Pfad und versuchen Sie es erneut
autostart-error-unsupported-path = { $path } kann nicht in { $location } eingetragen werden: { $why }; verschieben Sie b24-status in einen Ordner mit einem einfacheren Namen und führen Sie `b24-status autostart on` erneut aus
autostart-error-file = { $error } (prüfen Sie, ob Ihnen diese Datei und ihr Ordner gehören, und versuchen Sie es dann erneut)
autostart-error-platform = { $location }: Änderung nicht möglich: { $reason } (prüfen Sie, ob Sie dort schreiben dürfen, und versuchen Sie es dann erneut)
autostart-error-not-confirmed = der Eintrag wurde geschrieben ({ $location }), startet beim Zurücklesen aber nicht { $exe }: Entfernen Sie ihn und führen Sie `b24-status autostart on` erneut aus
autostart-error-unsupported = Starten beim Anmelden wird auf diesem System nicht unterstützt: Fügen Sie b24-status von Hand zu den Autostart-Programmen Ihres Desktops hinzu

## Why a program path cannot go into the entry ($why above)

autostart-path-not-utf8 = der Pfad ist kein gültiger Text (UTF-8)
autostart-path-control = der Pfad enthält ein Steuerzeichen
autostart-path-percent = GNOME und andere auf GLib aufbauende Desktops überspringen einen Autostart-Eintrag, dessen Programmpfad % enthält
autostart-path-xml = der Pfad enthält &, < oder >, was der LaunchAgent nicht aufnehmen kann

### German texts of the desktop entry and the AppStream metainfo (packaging/linux/).

desktop-generic-name = Chatstatus
desktop-comment = Ihren Bitrix24-Chatstatus setzen: Online, Nicht stören, Abwesend
# Search words, separated and ended by ";". Keep Bitrix24 and B24; add the words people would type.
desktop-keywords = Bitrix24;B24;Status;Anwesenheit;Präsenz;DND;Nicht stören;Abwesend;Pause;Chat;status;presence;away;
metainfo-summary = Ihren Bitrix24-Chatstatus aus der Systemleiste setzen
metainfo-intro = Setzen Sie Ihren Bitrix24-Chatstatus — Online, Nicht stören, Abwesend — mit einem Klick oder einem Tastenkürzel und sehen Sie stets den Status, den das Portal tatsächlich bestätigt hat.
metainfo-feature-tray = Ein Symbol in der Systemleiste, dessen Farbe Ihren bestätigten Status zeigt, mit einem Menü zum Ändern
metainfo-feature-shortcut = Ein globales Tastenkürzel (standardmäßig Ctrl+Alt+Shift+D), das „Nicht stören“ ein- und ausschaltet
metainfo-feature-timed = „Nicht stören“ oder „Abwesend“ für eine Weile — 30 Minuten, eine Stunde, bis morgen früh —, danach endet der Status von selbst
metainfo-feature-automatic = Automatischer Status: „Abwesend“, wenn der Bildschirm gesperrt wird, „Nicht stören“ bei Anrufen und Kalenderterminen
metainfo-feature-cli = Eine Befehlszeile für Skripte und Desktop-Verknüpfungen: set, get, toggle-dnd, doctor
metainfo-feature-sign-in = Anmeldung mit einem eingehenden Webhook; sein geheimer Code wird nur in Ihrem Schlüsselbund gespeichert
metainfo-needs = Benötigt werden eine Systemleiste (unter GNOME die Erweiterung AppIndicator) und ein Secret-Service-Schlüsselbund wie GNOME Keyring oder KeePassXC.
