# The desktop entry and the AppStream metainfo (packaging/linux/), in Russian.

desktop-generic-name = Статус в чате
desktop-comment = Устанавливайте статус в чате Bitrix24: Онлайн, Не беспокоить, Отсутствую
# Search words, separated and ended by ";". Keep Bitrix24 and B24; add the words people would type.
desktop-keywords = Bitrix24;B24;Битрикс24;статус;присутствие;DND;Не беспокоить;отсутствую;чат;status;presence;away;chat;
metainfo-summary = Статус в чате Bitrix24 из области уведомлений
metainfo-intro = Устанавливайте статус в чате Bitrix24 — Онлайн, Не беспокоить, Отсутствую — одним щелчком или сочетанием клавиш и всегда знайте, какой статус портал действительно подтвердил.
metainfo-feature-tray = Значок в области уведомлений, цвет которого показывает подтверждённый статус, и меню для его смены
metainfo-feature-shortcut = Глобальное сочетание клавиш (по умолчанию Ctrl+Alt+Shift+D), включающее и выключающее «Не беспокоить»
metainfo-feature-timed = Статус «Не беспокоить» или «Отсутствую» на время — 30 минут, час, до завтрашнего утра, — который снимается сам
metainfo-feature-automatic = Автоматический статус: «Отсутствую», когда экран заблокирован, «Не беспокоить» во время звонков и встреч из календаря
metainfo-feature-cli = Командная строка для скриптов и ярлыков: set, get, toggle-dnd, doctor
metainfo-feature-sign-in = Вход через входящий вебхук; его секрет хранится только в вашем хранилище паролей
metainfo-needs = Нужна область уведомлений (в GNOME — расширение AppIndicator) и хранилище паролей Secret Service, например GNOME Keyring или KeePassXC.
