# The desktop entry and the AppStream metainfo (Brazilian Portuguese): software centres and menus show these.

desktop-generic-name = Status do chat
desktop-comment = Defina seu status do chat no Bitrix24: Online, Não perturbe, Ausente
# Search words, separated and ended by ";". Keep Bitrix24 and B24.
desktop-keywords = Bitrix24;B24;status;presença;Não perturbe;DND;ausente;pausa;chat;bate-papo;
metainfo-summary = Defina seu status do chat no Bitrix24 pela bandeja do sistema
metainfo-intro = Defina seu status do chat no Bitrix24 — Online, Não perturbe, Ausente — com um clique ou um atalho de teclado, e veja sempre o status que o portal realmente confirmou.
metainfo-feature-tray = Um ícone na bandeja do sistema cuja cor mostra o status confirmado, com um menu para alterá-lo
metainfo-feature-shortcut = Um atalho global (Ctrl+Alt+Shift+D por padrão) que liga e desliga o Não perturbe
metainfo-feature-timed = Não perturbe ou Ausente por um tempo — 30 minutos, uma hora, até amanhã de manhã — que termina sozinho
metainfo-feature-automatic = Status automático: Ausente quando a tela é bloqueada, Não perturbe em chamadas e reuniões da agenda
metainfo-feature-cli = Uma linha de comando para scripts e atalhos da área de trabalho: set, get, toggle-dnd, doctor
metainfo-feature-sign-in = Login com um webhook de entrada; o segredo fica guardado só no seu chaveiro
metainfo-needs = Requer um host de bandeja do sistema (no GNOME, a extensão AppIndicator) e um chaveiro Secret Service, como o GNOME Keyring ou o KeePassXC.
