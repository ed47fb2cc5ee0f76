# German messages of src/tray/.

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
signin-page-error-rejected = das Portal hat diesen Webhook abgelehnt ({ $code }): Er wurde gelöscht, gesperrt oder neu verschlüsselt; erstellen Sie in Bitrix24 einen neuen eingehenden Webhook und fügen Sie seine URL hier ein
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
