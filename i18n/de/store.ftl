# German messages of src/store/.

## Files (src/store/files.rs)

file-no-home = ~ nicht gefunden: der Benutzerordner ist unbekannt (HOME ist nicht gesetzt)
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
config-file-header = Einstellungen von b24-status. Das Webhook-Geheimnis steht nicht hier: Es liegt im Schlüsselbund des Systems.
# The written file's comments: each setting is written with its default, commented out.
config-file-defaults = Eine Zeile, die mit # beginnt, ist ein Kommentar; eine auskommentierte Einstellung zeigt ihren Standardwert. Einstellungen der obersten Ebene stehen über der ersten [Tabelle].
config-about-language = Die Sprache des Menüs und der Meldungen, z. B. "ru", "uk", "de", "pl", "es", "pt-BR" oder "en"; fehlt sie, wird die Systemsprache (LANG) verwendet.
config-language-invalid = language muss ein Sprachcode wie "ru", "de" oder "pt-BR" sein, nicht "{ $value }"
config-about-poll-interval = Wie oft die Systemleiste Ihren Status abfragt, in Sekunden (1 bis 86400).
config-about-dnd-shortcut = Die Tasten, die „Nicht stören“ umschalten, z. B. "Ctrl+Alt+Shift+D"; "" schaltet das Tastenkürzel aus.
config-about-dnd-shortcut-for = Wie lange das Tastenkürzel „Nicht stören“ einschaltet, z. B. "1h" oder "30m"; "" bis Sie es ausschalten.
config-about-morning = Wann „Bis morgen früh“ endet, nach Ihrer Uhr (24-Stunden-Format).
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
keyring-locked = { $store } ist gesperrt: Entsperren Sie ihn (zum Beispiel mit der Passwortverwaltung Ihres Desktops) und versuchen Sie es erneut
keyring-busy = { $store } war mit einer anderen Änderung an diesem Eintrag beschäftigt und hat nicht rechtzeitig geantwortet: Versuchen Sie es gleich noch einmal
keyring-corrupt = der Schlüsselbund-Eintrag für { $account } ist unlesbar: Führen Sie `b24-status logout` und dann `b24-status login` aus
keyring-failed = { $store } hat den Vorgang abgelehnt: { $fix }
# The keyring of each system, as $store above.
keyring-store-secret-service = der Secret-Service-Schlüsselbund
keyring-store-macos = der macOS-Schlüsselbund
keyring-store-windows = der Windows-Schlüsselbund (Anmeldeinformationsverwaltung)
# What to do when it cannot be reached, as $fix above: Linux, then macOS and Windows.
keyring-fix-secret-service = Starten Sie GNOME Keyring oder KeePassXC (mit Secret-Service-Integration) in Ihrer Desktop-Sitzung und versuchen Sie es dann erneut
keyring-fix-session = Prüfen Sie, ob Ihre Benutzersitzung vollständig gestartet ist, und versuchen Sie es dann erneut
