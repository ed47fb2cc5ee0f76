# The desktop entry and the AppStream metainfo (packaging/linux/): software centres and menus show these.

desktop-generic-name = Estado del chat
desktop-comment = Cambia tu estado del chat de Bitrix24: En línea, No molestar, Ausente
# Search words, separated and ended by ";". Keep Bitrix24 and B24; add the words people would type.
desktop-keywords = Bitrix24;B24;estado;presencia;DND;No molestar;ausente;chat;status;
metainfo-summary = Cambia tu estado del chat de Bitrix24 desde la bandeja del sistema
metainfo-intro = Cambia tu estado del chat de Bitrix24 —En línea, No molestar, Ausente— con un clic o un atajo de teclado, y ve siempre el estado que el portal ha confirmado realmente.
metainfo-feature-tray = Un icono en la bandeja del sistema cuyo color muestra tu estado confirmado, con un menú para cambiarlo
metainfo-feature-shortcut = Un atajo de teclado global (Ctrl+Alt+Shift+D por defecto) que activa o desactiva No molestar
metainfo-feature-timed = No molestar o Ausente durante un tiempo —30 minutos, una hora, hasta mañana por la mañana— que termina por sí solo
metainfo-feature-automatic = Estado automático: Ausente cuando se bloquea la pantalla, No molestar en llamadas y reuniones del calendario
metainfo-feature-cli = Una línea de comandos para scripts y accesos directos del escritorio: set, get, toggle-dnd, doctor
metainfo-feature-sign-in = Inicio de sesión con un webhook entrante; su secreto se guarda solo en tu llavero
metainfo-needs = Necesita una bandeja del sistema (en GNOME, la extensión AppIndicator) y un llavero Secret Service como GNOME Keyring o KeePassXC.
