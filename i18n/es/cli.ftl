# Messages of src/cli/, src/error.rs, src/ipc.rs, src/lib.rs and src/session/: what the command line says.

## The command line's help (src/cli/args.rs). A short help has no final full stop, as clap's own.

cli-about = Cambia tu estado del chat de Bitrix24: En línea, No molestar, Ausente
cli-long-about =
    Cambia tu estado del chat de Bitrix24 —En línea, No molestar, Ausente— desde la bandeja del sistema o la línea de comandos.
    Sin comando, b24-status se ejecuta en la bandeja del sistema. Cada estado que muestra es uno que el portal ha confirmado.
cli-after-help = Códigos de salida: 0 correcto, 1 otro fallo, 2 uso incorrecto, 3 sin sesión iniciada, 4 webhook rechazado o sin el permiso `im`, 5 portal inaccesible o no disponible.
cli-verbose-help = Más detalle en stderr (-v info, -vv debug, -vvv trace). Los secretos nunca se registran
cli-quiet-help = Solo errores en stderr
cli-login-about = Inicia sesión con la URL de un webhook entrante (permiso `im`), leída de la terminal (oculta) o de una línea de stdin
cli-logout-about = Elimina el webhook del llavero y el portal de la configuración. Se puede repetir sin riesgo
cli-set-about = Cambia el estado; solo tiene éxito cuando el portal lo confirma
cli-set-status-help = online, dnd, away o break
cli-for-help = Durante un tiempo, y luego vuelve al estado anterior: 45m, 1h30m, 90s, 2h (como máximo 7 días)
cli-until-help = Hasta una hora, y luego vuelve al estado anterior: 15:30, "tomorrow 09:00" o una hora RFC 3339
cli-json-help = Imprime un objeto JSON: status, until y then (de un estado temporal; si no, null), confirmed_at
cli-cancel-timer-about = Mantiene el estado actual y anula su fin programado
cli-get-about = Imprime el estado actual en una palabra: online, dnd, away, break o unknown
cli-toggle-dnd-about = No molestar → el estado anterior (si no, online); cualquier otro → No molestar
cli-doctor-about = Comprueba el llavero, la configuración, el portal, el webhook y su permiso `im`, con una solución para cada problema
cli-demo-about = Ejecuta la bandeja con sesión iniciada en un portal simulado integrado: prueba b24-status sin cuenta de Bitrix24
cli-autostart-about = Abre la bandeja al iniciar sesión: on, off o status (qué ejecutable inicia la entrada)
cli-autostart-action-help = Qué hacer: on, off o status

## Before the arguments are parsed (src/lib.rs)

cli-url-argument = no pases la URL del webhook como argumento (quedaría en el historial de tu shell y visible para otros programas): ejecuta `b24-status login` y pégala cuando se te pida

## The commands (src/cli/commands.rs)

cli-confirmed = { $status } (confirmado)
# $until is a moment: "15:30", "mañana a las 09:00", "el viernes a las 09:00".
cli-confirmed-until = { $status } hasta { $until } — después { $then } (confirmado)
cli-revert-needs-tray = Volverá a { $then } ({ $until }) solo si b24-status se está ejecutando en la bandeja del sistema: inícialo con `b24-status`.
cli-cancel-timer-done = { $status } se mantiene hasta que lo cambies: ya no termina a la hora prevista ({ $until }).
cli-cancel-timer-nothing = No hay ningún estado temporal que cancelar.
cli-portal-moved = El portal se trasladó a { $portal }; se ha guardado la nueva dirección.
cli-login-hint = Crea un webhook entrante con el permiso `im` en Bitrix24 (Aplicaciones → Recursos para desarrolladores → Otros → Webhook entrante).
# The prompt for the hidden input; the space after the colon separates it from what is typed.
cli-login-prompt = Pega su URL (no se mostrará lo que escribas):{ " " }
cli-logout-nothing = No hay ninguna sesión iniciada; no hay nada que eliminar.
cli-logout-done = Sesión cerrada en { $portal }: el webhook se eliminó del llavero.

## The doctor's details, after the verdict and the check's name (src/cli/doctor.rs)

doctor-config-defaults = { $path } (aún no creado: valores por defecto)
doctor-keyring-reachable = accesible
doctor-signed-in = { $name } en { $portal } (cuenta del llavero { $account })
doctor-portal-answers = { $portal } responde
doctor-webhook-accepted = aceptado para { $name } (usuario { $user })
# $status is the status as `b24-status get` prints it: online, dnd, away, break or unknown.
doctor-scope-granted = concedido (estado: { $status })
doctor-shortcut-in-tray = registrado por el b24-status en ejecución, que no lo informa en este sistema: la línea del atajo en su menú indica si funciona
doctor-shortcut-tray-unreadable = el b24-status en ejecución no indicó qué pasó con su atajo (¿una versión anterior?): reinícialo y vuelve a ejecutar doctor
doctor-shortcut-tray-silent = el b24-status en ejecución no respondió sobre su atajo ({ $error }): reinícialo y vuelve a ejecutar doctor
doctor-shortcut-wayland-no-tray = en Wayland, la bandeja asigna el atajo a través del portal de atajos del escritorio al iniciarse: inicia b24-status y vuelve a ejecutar doctor
# The automatic rules' signal sources; $sources is a list of D-Bus names.
doctor-lock-sources = Ausente al bloquear la pantalla: escuchando { $sources }
doctor-lock-no-source = Ausente al bloquear la pantalla: no se encontró ninguna fuente de bloqueo de pantalla (la sesión de logind, org.freedesktop.ScreenSaver, org.gnome.ScreenSaver); bloquea con el bloqueo propio de tu escritorio o inicia un bloqueador que avise a logind, como xss-lock o light-locker
# $server and $version as the sound server names itself; $socket, $sockets: file paths.
doctor-calls-server = No molestar en llamadas: escuchando { $server } { $version } en { $socket }
doctor-calls-no-server = No molestar en llamadas: ningún servidor de sonido responde (se buscó en { $sockets }), así que no se puede seguir el micrófono: inicia el servidor de sonido de tu escritorio —pipewire-pulse de PipeWire (`systemctl --user start pipewire-pulse.socket`) o PulseAudio (`pulseaudio --start`)— y la bandeja lo encontrará en cinco minutos
# $error is the sound server's own reason, in English.
doctor-calls-server-refused = No molestar en llamadas: el servidor de sonido en { $socket } rechazó la conexión ({ $error }): PulseAudio necesita su cookie, ~/.config/pulse/cookie o el archivo que indique PULSE_COOKIE, con permiso de lectura para ti; reinicia el servidor de sonido (`pulseaudio -k`) y vuelve a ejecutar doctor
# $after: away_after_idle as config.toml gives it ("10m"); $source: the idle source's name.
doctor-idle-source = Ausente tras { $after } sin actividad: escuchando { $source }
doctor-idle-logind = Ausente por inactividad: se sigue el IdleHint de la sesión de logind, cuyo tiempo de inactividad fija tu escritorio (su retardo de inactividad o de apagado de pantalla), no away_after_idle = "{ $after }"; en X11 o GNOME la bandeja cuenta away_after_idle por sí misma
doctor-idle-no-source = Ausente por inactividad: no se encontró ninguna fuente de inactividad (el contador SYNC IDLETIME del servidor X, org.gnome.Mutter.IdleMonitor, el IdleHint de la sesión de logind); en sway u otro escritorio wlroots ejecuta `swayidle idlehint 600` para que logind sepa cuándo estás inactivo, o usa Ausente al bloquear la pantalla
doctor-presenting-x11 = No molestar al presentar: se sigue el estado de pantalla completa de la ventana activa (X11 _NET_ACTIVE_WINDOW, _NET_WM_STATE); todavía no se detecta una pantalla compartida
doctor-presenting-no-wm = No molestar al presentar: el gestor de ventanas no indica qué ventana está activa y en pantalla completa (_NET_ACTIVE_WINDOW, _NET_WM_STATE_FULLSCREEN en _NET_SUPPORTED); usa un gestor de ventanas que lo haga (EWMH: GNOME, KDE, Xfce, MATE, Cinnamon, Openbox e i3 lo hacen), y la bandeja lo seguirá en cuanto se ejecute
doctor-presenting-wayland = No molestar al presentar: en Wayland ningún programa puede ver qué ventana está en pantalla completa, y todavía no se detecta una pantalla compartida; activa No molestar tú mismo mientras presentas (con el atajo o con `b24-status set dnd --for 1h`)
doctor-presenting-no-display = No molestar al presentar: no hay pantalla X de la que leer la ventana activa (DISPLAY no está definida o no responde); ejecuta b24-status en tu sesión de escritorio
# $meetings: how many busy meetings the calendar has from now to the end of tomorrow.
doctor-calendar-read = { $meetings ->
    [one] el calendario responde: { $meetings } reunión ocupada hoy o mañana
   *[other] el calendario responde: { $meetings } reuniones ocupadas hoy o mañana
}
doctor-needs-scope-calendar = al webhook le falta el permiso `calendar`, así que No molestar en reuniones está desactivado: en Bitrix24 abre Aplicaciones → Recursos para desarrolladores → tu webhook entrante, marca `calendar` y guarda (la misma URL del webhook sigue funcionando): la bandeja lo seguirá en 15 minutos
# $day is the portal's word: OPENED, PAUSED, CLOSED or EXPIRED.
doctor-work-day-read = el estado de la jornada laboral es { $day }
doctor-needs-scope-timeman = al webhook le falta el permiso `timeman`, así que seguir la jornada laboral está desactivado: en Bitrix24 abre Aplicaciones → Recursos para desarrolladores → tu webhook entrante, marca `timeman` (Tiempo de trabajo) y guarda (la misma URL del webhook sigue funcionando): la bandeja lo seguirá en su próxima consulta
doctor-rule-not-built = esta versión aún no tiene fuente de señales para esta regla: se mantiene en config.toml, pero no cambia nada
doctor-needs-sign-in = requiere iniciar sesión
doctor-needs-webhook-code = requiere el código del webhook
doctor-needs-keyring = requiere el llavero
doctor-needs-portal = requiere el portal
doctor-needs-accepted-webhook = requiere un webhook aceptado

## What a command ends with (src/error.rs)

error-not-signed-in = no hay ninguna sesión iniciada: ejecuta `b24-status login` y pega la URL de tu webhook entrante
error-secret-missing = sesión iniciada como { $account }, pero el llavero no tiene su código de webhook: vuelve a ejecutar `b24-status login`
error-input = no se pudo leer la URL del webhook: { $reason }
error-tray-keeps-trying = el portal aún no ha respondido; el b24-status en ejecución sigue intentándolo
error-tray-keeps-trying-after = aún no confirmado: { $error }; el b24-status en ejecución sigue intentándolo

## The running tray, through the control socket (src/ipc.rs)

ipc-no-answer = el b24-status en ejecución no respondió ({ $reason }); ciérralo y vuelve a intentarlo
# How a sent request went unanswered, as $reason above and in cli-tray-gave-up.
ipc-silence-timed-out = sin respuesta en { $seconds } s
ipc-silence-closed = cerró la conexión
ipc-silence-unreadable = una respuesta ilegible
ipc-already-running = ya se está ejecutando otro b24-status
ipc-bind = no se puede abrir el socket de control { $path }: { $reason }
# $uid is the other user's numeric id.
ipc-foreign = { $path } lo atiende un programa de otro usuario (uid { $uid }), no tu b24-status: cierra ese programa o elimina el archivo, o define XDG_RUNTIME_DIR como una carpeta en la que solo tú puedas escribir
ipc-not-private = no hay socket de control en { $path } ({ $reason }): solo sirve una carpeta tuya en la que nadie más pueda escribir
# A change was sent to the running tray and no answer came: it may have been made all the same.
cli-tray-gave-up = se dejó de esperar al b24-status en ejecución ({ $reason }); puede que el cambio se aplique de todos modos: ejecuta `b24-status get` para ver el estado

## Windows: the control pipe (src/ipc/windows.rs)

ipc-foreign-pipe = { $name } lo ocupa un programa que no te deja acceder (de otro usuario, o iniciado como administrador), no tu b24-status: cierra ese programa o reinicia Windows

## The session: signing in and out (src/session/)

login-signed-in = Sesión iniciada como { $name } en { $portal } (usuario { $user }).

## clap's own words, replaced (src/cli/args.rs): the help's headings (clap adds the colon) and placeholders

cli-usage-heading = Uso:
cli-usage-options = OPCIONES
cli-usage-command = COMANDO
cli-commands-heading = Comandos
cli-options-heading = Opciones
cli-arguments-heading = Argumentos
cli-help-help = Muestra la ayuda (-h un resumen, --help toda)
cli-version-help = Muestra la versión
# The placeholders of values in the help ("--for <DURATION>"): one word, capitals.
cli-value-duration = DURACIÓN
cli-value-time = HORA
cli-value-status = ESTADO
cli-value-action = ACCIÓN

## A command line that cannot be read (src/cli/args.rs); $arg and $option as typed or as the help names them

cli-error-invalid-value = '{ $value }' no es válido para { $arg }: { $reason }
cli-error-valid-values = usa uno de estos: { $values }
cli-error-unknown-command = '{ $command }' no es un comando: consulta `b24-status --help`
cli-error-unknown-command-suggest = '{ $command }' no es un comando: ¿quisiste decir '{ $suggested }'?
cli-error-unknown-option = '{ $option }' no es una opción válida aquí: consulta `b24-status --help`
cli-error-unknown-option-suggest = '{ $option }' no es una opción válida aquí: ¿quisiste decir '{ $suggested }'?
cli-error-missing = falta { $arg }: consulta `b24-status --help`
cli-error-conflict = { $arg } no se puede usar con { $other }
cli-error-missing-command = falta un comando: consulta `b24-status --help`
cli-error-values = { $arg } recibió un número incorrecto de valores: consulta `b24-status --help`
cli-error-other = la línea de comandos no es válida: consulta `b24-status --help`
