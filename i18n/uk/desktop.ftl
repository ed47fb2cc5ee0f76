# The desktop entry and the AppStream metainfo (packaging/linux/), Ukrainian: software centres and menus show these.

desktop-generic-name = Статус у чаті
desktop-comment = Встановлення статусу в чаті Bitrix24: Онлайн, Не турбувати, Відсутній
# Search words, separated and ended by ";". Keep Bitrix24 and B24; add the words people would type.
desktop-keywords = Bitrix24;B24;Бітрікс24;статус;присутність;DND;Не турбувати;відсутній;перерва;чат;status;presence;away;chat;
metainfo-summary = Встановлюйте статус у чаті Bitrix24 із системного лотка
metainfo-intro = Встановлюйте статус у чаті Bitrix24 — Онлайн, Не турбувати, Відсутній — одним клацанням або однією комбінацією клавіш і завжди бачте статус, який портал справді підтвердив.
metainfo-feature-tray = Значок у системному лотку, колір якого показує ваш підтверджений статус, і меню для його зміни
metainfo-feature-shortcut = Глобальна комбінація клавіш (типово Ctrl+Alt+Shift+D), що вмикає і вимикає «Не турбувати»
metainfo-feature-timed = Статус «Не турбувати» або «Відсутній» на певний час — 30 хвилин, годину, до завтрашнього ранку, — що вимикається сам
metainfo-feature-automatic = Автоматичний статус: «Відсутній», коли екран заблоковано, «Не турбувати» під час дзвінків і зустрічей у календарі
metainfo-feature-cli = Командний рядок для скриптів і ярликів на стільниці: set, get, toggle-dnd, doctor
metainfo-feature-sign-in = Вхід через вхідний вебхук; його секрет зберігається лише у вашому сховищі паролів
metainfo-needs = Потрібні хост системного лотка (у GNOME — розширення AppIndicator) і сховище паролів Secret Service, як-от GNOME Keyring або KeePassXC.
