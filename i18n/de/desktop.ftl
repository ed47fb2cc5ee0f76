# German texts of the desktop entry and the AppStream metainfo (packaging/linux/).

desktop-generic-name = Chat-Status
desktop-comment = Ihren Bitrix24-Chatstatus setzen: Online, Nicht stören, Abwesend
# Search words, separated and ended by ";". Keep Bitrix24 and B24; add the words people would type.
desktop-keywords = Bitrix24;B24;Status;Anwesenheit;Präsenz;DND;Nicht stören;Abwesend;Pause;Chat;status;presence;away;
metainfo-summary = Ihren Bitrix24-Chatstatus aus der Systemleiste setzen
metainfo-intro = Setzen Sie Ihren Bitrix24-Chatstatus — Online, Nicht stören, Abwesend — mit einem Klick oder einem Tastenkürzel und sehen Sie stets den Status, den das Portal tatsächlich bestätigt hat.
metainfo-feature-tray = Ein Symbol in der Systemleiste, dessen Farbe Ihren bestätigten Status zeigt, mit einem Menü zum Ändern
metainfo-feature-shortcut = Ein globales Tastenkürzel (standardmäßig Ctrl+Alt+Shift+D), das „Nicht stören“ ein- und ausschaltet
metainfo-feature-timed = „Nicht stören“ oder „Abwesend“ für eine Weile — 30 Minuten, eine Stunde, bis morgen früh — das von selbst endet
metainfo-feature-automatic = Automatischer Status: „Abwesend“, wenn der Bildschirm gesperrt wird, „Nicht stören“ in Anrufen und Kalenderbesprechungen
metainfo-feature-cli = Eine Befehlszeile für Skripte und Desktop-Verknüpfungen: set, get, toggle-dnd, doctor
metainfo-feature-sign-in = Anmeldung mit einem eingehenden Webhook; sein Geheimnis wird nur in Ihrem Schlüsselbund gespeichert
metainfo-needs = Benötigt wird eine Systemleiste (unter GNOME die Erweiterung AppIndicator) und ein Secret-Service-Schlüsselbund wie GNOME Keyring oder KeePassXC.
