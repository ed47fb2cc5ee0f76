# German messages of src/cli/, src/error.rs, src/ipc.rs, src/lib.rs and src/session/: what the command line says.

## The command line's help (src/cli/args.rs). A short help has no final full stop, as clap's own.

cli-about = Ihren Bitrix24-Chatstatus setzen: Online, Nicht stören, Abwesend
cli-long-about =
    Setzen Sie Ihren Bitrix24-Chatstatus — Online, Nicht stören, Abwesend — aus der Systemleiste oder über die Befehlszeile.
    Ohne Befehl läuft b24-status in der Systemleiste. Jeder angezeigte Status wurde vom Portal bestätigt.
cli-after-help = Exit-Codes: 0 OK, 1 sonstiger Fehler, 2 falsche Verwendung, 3 nicht angemeldet, 4 Webhook abgelehnt oder ohne Berechtigung `im`, 5 Portal nicht erreichbar oder nicht verfügbar.
cli-verbose-help = Mehr Details auf stderr (-v info, -vv debug, -vvv trace). Geheimnisse werden nie protokolliert
cli-quiet-help = Nur Fehler auf stderr
cli-login-about = Mit der URL eines eingehenden Webhooks (Berechtigung `im`) anmelden, gelesen vom Terminal (verborgen) oder als eine Zeile von stdin
cli-logout-about = Den Webhook aus dem Schlüsselbund und das Portal aus der Konfiguration entfernen. Kann gefahrlos wiederholt werden
cli-set-about = Den Status setzen; gelingt erst, wenn das Portal ihn bestätigt
cli-set-status-help = online, dnd, away oder break
cli-for-help = Für eine Weile, danach zurück zum vorherigen Status: 45m, 1h30m, 90s, 2h (höchstens 7 Tage)
cli-until-help = Bis zu einem Zeitpunkt, danach zurück zum vorherigen Status: 15:30, "tomorrow 09:00" oder eine Zeit nach RFC 3339
cli-json-help = Ein JSON-Objekt ausgeben: status, until und then (bei zeitlich begrenztem Status, sonst null), confirmed_at
cli-cancel-timer-about = Den aktuellen Status behalten und sein geplantes Ende verwerfen
cli-get-about = Den aktuellen Status als ein Wort ausgeben: online, dnd, away, break oder unknown
cli-toggle-dnd-about = Nicht stören → der Status davor (sonst online); alles andere → Nicht stören
cli-doctor-about = Schlüsselbund, Konfiguration, Portal, Webhook und seine Berechtigung `im` prüfen, mit einer Lösung für jedes Problem
cli-demo-about = Die Systemleiste angemeldet an einem eingebauten simulierten Portal starten: b24-status ohne Bitrix24-Konto ausprobieren
cli-autostart-about = Die Systemleiste beim Anmelden starten: on, off oder status (welche ausführbare Datei der Eintrag startet)
cli-autostart-action-help = Was zu tun ist: on, off oder status

## Before the arguments are parsed (src/lib.rs)

cli-url-argument = übergeben Sie die Webhook-URL nicht als Argument (sie bliebe in Ihrem Shell-Verlauf und wäre für andere Programme sichtbar): Führen Sie `b24-status login` aus und fügen Sie sie ein, wenn Sie danach gefragt werden

## The commands (src/cli/commands.rs)

cli-confirmed = { $status } (bestätigt)
cli-confirmed-until = { $status } bis { $until } — danach { $then } (bestätigt)
cli-revert-needs-tray = Der Wechsel zurück zu { $then } ab { $until } erfolgt nur, wenn b24-status in der Systemleiste läuft: Starten Sie es mit `b24-status`.
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
doctor-lock-sources = Abwesend bei gesperrtem Bildschirm: lauscht auf { $sources }
doctor-lock-no-source = Abwesend bei gesperrtem Bildschirm: keine Quelle für die Bildschirmsperre gefunden (die logind-Sitzung, org.freedesktop.ScreenSaver, org.gnome.ScreenSaver); sperren Sie mit der Bildschirmsperre Ihres Desktops oder starten Sie eine Sperre, die logind Bescheid gibt, etwa xss-lock oder light-locker
# $server and $version as the sound server names itself; $socket, $sockets: file paths.
doctor-calls-server = Nicht stören bei Anrufen: lauscht auf { $server } { $version } unter { $socket }
doctor-calls-no-server = Nicht stören bei Anrufen: kein Soundserver antwortet (gesucht unter { $sockets }), daher kann das Mikrofon nicht verfolgt werden: Starten Sie den Soundserver Ihres Desktops — pipewire-pulse von PipeWire (`systemctl --user start pipewire-pulse.socket`) oder PulseAudio (`pulseaudio --start`) — und die Systemleisten-Anwendung findet ihn innerhalb von fünf Minuten
# $error is the sound server's own reason, in English.
doctor-calls-server-refused = Nicht stören bei Anrufen: der Soundserver unter { $socket } hat die Verbindung abgelehnt ({ $error }): PulseAudio verlangt sein Cookie, ~/.config/pulse/cookie oder die in PULSE_COOKIE genannte Datei, lesbar für Sie; starten Sie den Soundserver neu (`pulseaudio -k`) und führen Sie dann doctor erneut aus
# $after: away_after_idle as config.toml gives it ("10m"); $source: the idle source's name.
doctor-idle-source = Abwesend nach { $after } ohne Eingabe: lauscht auf { $source }
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
doctor-needs-scope-calendar = dem Webhook fehlt die Berechtigung `calendar`, daher ist „Nicht stören bei Kalenderterminen“ aus: Öffnen Sie in Bitrix24 Anwendungen → Entwicklerressourcen → Ihren eingehenden Webhook, aktivieren Sie `calendar` und speichern Sie (dieselbe Webhook-URL funktioniert weiter): Die Systemleisten-Anwendung folgt innerhalb von 15 Minuten
# $day is the portal's word: OPENED, PAUSED, CLOSED or EXPIRED.
doctor-work-day-read = der Arbeitstag ist { $day }
doctor-needs-scope-timeman = dem Webhook fehlt die Berechtigung `timeman`, daher ist „Meinem Bitrix24-Arbeitstag folgen“ aus: Öffnen Sie in Bitrix24 Anwendungen → Entwicklerressourcen → Ihren eingehenden Webhook, aktivieren Sie `timeman` (Arbeitszeit) und speichern Sie (dieselbe Webhook-URL funktioniert weiter): Die Systemleisten-Anwendung folgt bei ihrer nächsten Abfrage
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
