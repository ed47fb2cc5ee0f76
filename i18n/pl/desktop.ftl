# The desktop entry and the AppStream metainfo (packaging/linux/), in Polish.

desktop-generic-name = Status czatu
desktop-comment = Ustaw swój status czatu w Bitrix24: Online, Nie przeszkadzać, Nieobecny
desktop-keywords = Bitrix24;B24;status;obecność;dostępność;DND;Nie przeszkadzać;nieobecny;czat;
metainfo-summary = Ustawianie statusu czatu w Bitrix24 z zasobnika systemowego
metainfo-intro = Ustawiaj swój status czatu w Bitrix24 — Online, Nie przeszkadzać, Nieobecny — jednym kliknięciem lub jednym skrótem klawiszowym; widoczny jest zawsze status, który portal faktycznie potwierdził.
metainfo-feature-tray = Ikona w zasobniku systemowym, której kolor pokazuje potwierdzony status, z menu do jego zmiany
metainfo-feature-shortcut = Globalny skrót klawiszowy (domyślnie Ctrl+Alt+Shift+D) przełączający status Nie przeszkadzać
metainfo-feature-timed = Nie przeszkadzać lub Nieobecny na jakiś czas — 30 minut, godzinę, do jutra rana — z samoczynnym zakończeniem
metainfo-feature-automatic = Status automatyczny: Nieobecny po zablokowaniu ekranu, Nie przeszkadzać podczas rozmów i spotkań w kalendarzu
metainfo-feature-cli = Wiersz poleceń dla skryptów i skrótów na pulpicie: set, get, toggle-dnd, doctor
metainfo-feature-sign-in = Logowanie za pomocą webhooka przychodzącego; jego tajny kod jest przechowywany wyłącznie w magazynie haseł
metainfo-needs = Wymaga obsługi zasobnika systemowego (w GNOME rozszerzenia AppIndicator) oraz magazynu haseł zgodnego z Secret Service, takiego jak GNOME Keyring lub KeePassXC.
