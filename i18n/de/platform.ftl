# German messages of src/platform/.

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

shortcut-problem-invalid = dnd_shortcut = "{ $keys }" ist kein Tastenkürzel: Schreiben Sie es wie "Ctrl+Alt+Shift+D" (Zusatztasten Ctrl, Alt, Shift, Super) oder lassen Sie es leer
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
autostart-error-not-confirmed = der Eintrag in { $location } wurde geschrieben, startet beim erneuten Lesen aber nicht { $exe }: Entfernen Sie ihn und führen Sie `b24-status autostart on` erneut aus
autostart-error-unsupported = Starten beim Anmelden wird auf diesem System nicht unterstützt: Fügen Sie b24-status von Hand zu den Autostart-Programmen Ihres Desktops hinzu

## Why a program path cannot go into the entry ($why above)

autostart-path-not-utf8 = der Pfad ist kein gültiger Text (UTF-8)
autostart-path-control = der Pfad enthält ein Steuerzeichen
autostart-path-percent = GNOME und andere auf GLib aufbauende Desktops überspringen einen Autostart-Eintrag, dessen Programmpfad % enthält
autostart-path-xml = der Pfad enthält &, < oder >, was der LaunchAgent nicht aufnehmen kann
