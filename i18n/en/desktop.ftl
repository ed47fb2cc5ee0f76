# The desktop entry and the AppStream metainfo (packaging/linux/), written from every catalogue by
# `scripts/desktop-files` and checked by src/text/tests.rs: software centres and menus show these.

desktop-generic-name = Chat Status
desktop-comment = Set your Bitrix24 chat status: Online, Do Not Disturb, Away
# Search words, separated and ended by ";". Keep Bitrix24 and B24; add the words people would type.
desktop-keywords = Bitrix24;B24;status;presence;DND;Do Not Disturb;away;chat;
metainfo-summary = Set your Bitrix24 chat status from the tray
metainfo-intro = Set your Bitrix24 chat status — Online, Do Not Disturb, Away — in one click or one keystroke, and always see the status the portal actually confirmed.
metainfo-feature-tray = A tray icon whose colour shows your confirmed status, with a menu to change it
metainfo-feature-shortcut = A global shortcut (Ctrl+Alt+Shift+D by default) that toggles Do Not Disturb
metainfo-feature-timed = Do Not Disturb or Away for a while — 30 minutes, an hour, until tomorrow morning — that ends by itself
metainfo-feature-automatic = Automatic status: Away when the screen locks, Do Not Disturb in calls and calendar meetings
metainfo-feature-cli = A command line for scripts and desktop shortcuts: set, get, toggle-dnd, doctor
metainfo-feature-sign-in = Sign-in with an inbound webhook; its secret is kept only in your keyring
metainfo-needs = It needs a tray host (on GNOME, the AppIndicator extension) and a Secret Service keyring such as GNOME Keyring or KeePassXC.
