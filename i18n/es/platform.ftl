# Messages of src/platform/.

## The Do Not Disturb shortcut: the menu's line ($keys as the user or the desktop wrote it, e.g. Ctrl+Alt+Shift+D)

shortcut-active = { $keys } activa o desactiva No molestar
shortcut-off = Sin atajo (dnd_shortcut está vacío)
shortcut-invalid = El atajo “{ $keys }” no es válido — consulta doctor
shortcut-taken = { $keys } lo usa otro programa
shortcut-unavailable = Sin atajo global aquí — consulta doctor
shortcut-binding = Atajo: esperando al escritorio…
shortcut-ok-portal = { $keys } activa o desactiva No molestar (asignado por el portal de atajos del escritorio)

## The shortcut's problem, with the fix (doctor and the log); $why is one of the reasons below

shortcut-problem-invalid = dnd_shortcut = "{ $keys }" no es un atajo: escríbelo como "Ctrl+Alt+Shift+D" (modificadores Ctrl, Alt, Shift, Super) o déjalo vacío
shortcut-problem-taken = { $keys } lo usa otro programa: pon otro dnd_shortcut en config.toml (por ejemplo, "Ctrl+Alt+Shift+B") y reinicia b24-status, o asigna `b24-status toggle-dnd` a una tecla en la configuración de teclado de tu escritorio
shortcut-problem-binding = el escritorio aún no ha asignado { $keys }: responde a su diálogo sobre el atajo de b24-status, o asigna `b24-status toggle-dnd` a una tecla en la configuración de teclado de tu escritorio
shortcut-problem-unavailable = { $why }: asigna `b24-status toggle-dnd` a una tecla en la configuración de teclado de tu escritorio (consulta el README)

## Why there is no global shortcut

shortcut-why-wayland = este escritorio Wayland no ofrece un portal de atajos globales (GlobalShortcuts), y Wayland no deja que ningún programa capture una tecla por sí mismo
shortcut-why-portal-refused = el escritorio no asignó el atajo (su diálogo se canceló o se rechazó; reinicia b24-status para que te lo vuelva a preguntar)
shortcut-why-portal-failed = falló el portal de atajos del escritorio ({ $reason })
shortcut-why-portal-closed = el escritorio cerró la sesión de atajos de b24-status (reinicia b24-status para volver a asignarlo)
shortcut-why-no-x11-display = no hay ninguna pantalla X11 en la que capturar el atajo
shortcut-why-not-supported = aquí no se pueden usar atajos globales
shortcut-why-not-registered = no se pudo registrar el atajo
x11-no-key-name = X11 no tiene nombre para esta tecla
x11-no-display = no hay pantalla X11
x11-no-such-key = este teclado no tiene esa tecla
x11-no-answer = el servidor X no respondió
x11-no-thread = no hay hilo para el atajo

## The shortcut in the desktop's GlobalShortcuts dialog and settings (Wayland)

shortcut-portal-description = Activar o desactivar No molestar

## Is there a tray to show the icon in? (doctor, the log, a notification)

tray-host-status-notifier = hay un host StatusNotifierItem en ejecución
tray-host-xembed = hay una bandeja del sistema XEmbed en ejecución
tray-host-notification-area = el área de notificación de Windows muestra el icono (si está oculto tras la flecha ^, arrástralo a la barra de tareas)
tray-host-none = no hay bandeja del sistema en este escritorio: no se puede mostrar el icono; en GNOME instala la extensión AppIndicator (gnome-shell-extension-appindicator) o usa los comandos de b24-status
tray-host-no-display = no hay sesión gráfica en la que mostrar un icono en la bandeja (DISPLAY no está definida o el servidor gráfico no responde); los comandos de b24-status funcionan sin ella

## Starting the tray binary (Linux)

exec-failed = no se pudo iniciar la bandeja ({ $path }): { $error }; reinstala b24-status
exec-no-path = se desconoce la ruta de este programa: { $error }

## Start at login: the line `b24-status autostart` prints ($location is a file or the registry value)

autostart-off = Abrir al iniciar sesión: no
autostart-on = Abrir al iniciar sesión: sí ({ $location })
autostart-stale = Abrir al iniciar sesión: sí, pero inicia otra cosa: { $program } — ejecuta b24-status autostart on para corregirlo
autostart-starts-not-an-entry = ningún programa (el archivo no es una entrada de escritorio)
autostart-starts-no-exec = ningún programa (la entrada no tiene línea Exec)
autostart-starts-unreadable = `{ $exec }`, que no se puede leer
autostart-location-elsewhere = los programas de inicio de tu escritorio
autostart-location-login-items = los ítems de inicio de sesión
# The Comment of the desktop entry written on Linux (shown in the desktop's startup settings).
autostart-entry-comment = Estado del chat de Bitrix24 en la bandeja del sistema

## Start at login: the actions of `b24-status autostart`, in its help

autostart-action-on-help = Abre la bandeja al iniciar sesión (con este ejecutable); también corrige una entrada que inicia otro
autostart-action-off-help = Deja de abrir la bandeja al iniciar sesión; se puede repetir sin riesgo
autostart-action-status-help = Muestra si b24-status se abre al iniciar sesión y qué ejecutable inicia

## Start at login: errors, each naming the place and the fix

autostart-error-no-home = no se encuentra tu carpeta de configuración (HOME no está definida): define HOME y vuelve a intentarlo
autostart-error-current-exe = no se encuentra la ruta del b24-status en ejecución ({ $reason }): inícialo con su ruta completa y vuelve a intentarlo
autostart-error-unsupported-path = no se puede poner { $path } en { $location }: { $why }; mueve b24-status a una carpeta con un nombre más sencillo y vuelve a ejecutar `b24-status autostart on`
autostart-error-file = { $error } (comprueba que ese archivo y su carpeta sean tuyos y vuelve a intentarlo)
autostart-error-platform = no se puede cambiar { $location }: { $reason } (comprueba que tienes permiso de escritura ahí y vuelve a intentarlo)
autostart-error-not-confirmed = se escribió en { $location }, pero al volver a leerlo no inicia { $exe }: elimínalo y vuelve a ejecutar `b24-status autostart on`
autostart-error-unsupported = abrir al iniciar sesión no es compatible con este sistema: añade b24-status a mano a los programas de inicio de tu escritorio

## Why a program path cannot go into the entry ($why above)

autostart-path-not-utf8 = la ruta no es texto válido (UTF-8)
autostart-path-control = la ruta contiene un carácter de control
autostart-path-percent = GNOME y otros escritorios basados en GLib omiten una entrada de inicio automático cuya ruta de programa contiene %
autostart-path-xml = la ruta contiene &, < o >, que el LaunchAgent no admite
