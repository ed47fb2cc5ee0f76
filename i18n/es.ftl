### The Spanish catalogue of b24-status (es): i18n/en.ftl, the reference, says where each
### message is shown.

### The statuses, and what goes wrong talking to a portal (crates/core's data, rendered by src/text/).

## Statuses, as Bitrix24 names them

status-online = En línea
status-dnd = No molestar
status-away = Ausente
status-break = Descanso
status-unknown-word = estado desconocido '{ $word }': usa online, dnd, away o break

## Timed statuses: what is wrong with a duration or a time as typed (crates/core/src/timed.rs), and moments

when-not-a-duration = '{ $text }' no es una duración: escríbela como 45m, 1h30m, 90s o 2h
when-zero = la duración no puede ser cero: indica una como 45m o 1h
when-not-a-moment = '{ $text }' no es una hora: escríbela como 15:30, "tomorrow 09:00" o 2026-12-01T15:30:00+01:00
when-in-the-past = esa hora ya ha pasado: indica una posterior (para mañana, escribe "tomorrow 09:00")
when-too-far = más de { $days } días en el futuro: un estado temporal dura como máximo { $days } días (omite --for y --until para mantenerlo hasta que lo cambies)
# A moment shown to the user, after "hasta": today the clock time alone ("hasta 15:30"); then
# "hasta mañana a las 09:00", "hasta el viernes a las 09:00", "hasta el 9 de diciembre a las 09:00".
moment-today = { $time }
moment-tomorrow = mañana a las { $time }
moment-this-week = el { $weekday } a las { $time }
moment-other-day = el { $date } a las { $time }
time-of-day = { $hour }:{ $minute }
time-of-day-12h = { $hour12 }:{ $minute } { $half ->
    [am] AM
   *[pm] PM
}
date-day-month = { $day } de { $month }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
weekday-monday = lunes
weekday-tuesday = martes
weekday-wednesday = miércoles
weekday-thursday = jueves
weekday-friday = viernes
weekday-saturday = sábado
weekday-sunday = domingo

## Portal errors: one line each, with the fix

portal-rejected = el portal rechazó el webhook ({ $code }): se eliminó, se bloqueó o se le cambió la clave; crea un nuevo webhook entrante en Bitrix24 y ejecuta `b24-status login`
portal-missing-scope = al webhook le falta el permiso `im`: en Bitrix24 abre Aplicaciones → Recursos para desarrolladores → tu webhook entrante, marca `im` (Chat y notificaciones), guarda y vuelve a ejecutar `b24-status login`
portal-rate-limited = se alcanzó el límite de solicitudes del portal ({ $code }); espera un minuto y vuelve a intentarlo
portal-overloaded = Bitrix24 ha bloqueado el acceso REST de este portal (OVERLOAD_LIMIT); consulta a tu administrador de Bitrix24 o al soporte técnico
portal-access-denied = el plan del portal no incluye acceso REST (ACCESS_DENIED); consulta a tu administrador de Bitrix24
portal-deleted = el portal se ha eliminado o cerrado (PORTAL_DELETED); comprueba la dirección con tu administrador
portal-method-not-found = el portal no conoce el método { $method } (ERROR_METHOD_NOT_FOUND): puede que su módulo de mensajería esté desactivado o sea demasiado antiguo; consulta a tu administrador
portal-refused = el portal rechazó la solicitud ({ $code }: { $description }); es un error de b24-status: por favor, notifícalo
portal-server-error = el portal tuvo un error interno ({ $code }); vuelve a intentarlo en un minuto
portal-unreachable = no se puede acceder a { $host }: { $reason }; comprueba tu conexión de red y la dirección del portal
portal-timeout = { $host } no respondió a tiempo; comprueba tu conexión de red o vuelve a intentarlo más tarde
portal-dropped = la conexión con { $host } se cortó antes de que llegara la respuesta; vuelve a intentarlo
portal-truncated = la respuesta de { $host } llegó incompleta; vuelve a intentarlo
portal-not-bitrix = { $host } respondió HTTP { $status } con { $body } en lugar de datos de Bitrix24 (un proxy o una caída del servicio); vuelve a intentarlo más tarde
portal-not-confirmed = el portal respondió sin confirmar el cambio (resultado: { $result }); vuelve a intentarlo
portal-bad-redirect = el portal se ha trasladado, pero su nueva dirección { $problem }; vuelve a iniciar sesión con la nueva URL del webhook

## Pieces of the lines above

connect-refused = se rechazó la conexión
connect-timed-out = se agotó el tiempo de espera de la conexión
connect-network-unreachable = la red no está disponible
connect-name-not-resolved = no se pudo resolver el nombre
connect-tls = no se pudo establecer una conexión segura (TLS)
connect-other = falló la conexión
body-empty = un cuerpo vacío
body-web-page = una página web
body-unreadable = datos ilegibles
redirect-loop = redirige sin parar
redirect-no-location = no se indicó
redirect-invalid-url = no es una URL válida
redirect-not-https = no es HTTPS
redirect-not-webhook = no es una URL de webhook
redirect-other-webhook = pertenece a otro webhook

### Messages of src/portal/.

webhook-empty = no se indicó ninguna URL de webhook: pega la URL de tu webhook entrante
webhook-not-a-url = esto no es una URL de webhook: se esperaba https://tu-portal.bitrix24.com/rest/<id de usuario>/<código>/
webhook-scheme = la URL debe empezar por https:// (empezaba por { $scheme }://)
webhook-insecure-http = se requiere HTTPS: un webhook http:// enviaría su secreto sin cifrar (solo las direcciones de loopback pueden usar http)
webhook-no-rest-path = la URL no tiene la parte /rest/<id de usuario>/<código>/: copia la URL completa del webhook desde Bitrix24
webhook-no-user-id = la URL del webhook no tiene id de usuario después de /rest/: copia la URL completa del webhook desde Bitrix24
webhook-no-secret = la URL del webhook no tiene código secreto después del id de usuario: copia la URL completa del webhook desde Bitrix24
webhook-bad-secret = el código del webhook tiene caracteres que Bitrix24 nunca usa: vuelve a copiar la URL
webhook-trailing-path = la URL del webhook tiene partes de más después del nombre del método: vuelve a copiar la URL

client-init-failed = no se pudo iniciar el cliente HTTP: falló la configuración de TLS o del proxy
client-init-failed-because = no se pudo iniciar el cliente HTTP: falló la configuración de TLS o del proxy ({ $cause })

body-too-large = una respuesta mucho mayor que cualquiera que envíe Bitrix24 (la lectura se detuvo en 1 MiB)

### Messages of src/store/.

## Files (src/store/files.rs)

file-no-home = no se encuentra ~: se desconoce la carpeta personal (HOME no está definida)
file-cannot-read = no se puede leer { $path }: { $reason }
file-cannot-write = no se puede escribir en { $path }: { $reason }
file-cannot-remove = no se puede eliminar { $path }: { $reason }

## The config file (src/store/config.rs)

config-invalid = el archivo de configuración { $path } no es válido: { $message }; corrígelo o elimínalo
config-invalid-at-line = el archivo de configuración { $path } no es válido en la línea { $line }: { $message }; corrígelo o elimínalo
config-poll-interval-range = poll_interval_secs debe estar entre 1 y 86400
config-morning-invalid = morning debe ser una hora como "09:00" (formato de 24 horas), no "{ $value }"
config-weekend-day-invalid = weekend_days acepta nombres de día como "saturday" y "sunday", no "{ $value }"
config-dnd-shortcut-for-invalid = dnd_shortcut_for: { $reason } ("" mantiene No molestar activado hasta que lo desactives)
config-file-header = Configuración de b24-status. El secreto del webhook no está aquí: está en el llavero del sistema.
config-file-defaults = Una línea que empieza por # es un comentario; un ajuste comentado muestra su valor por defecto. Los ajustes generales van antes de la primera [tabla].
config-about-language = El idioma del menú y de los mensajes, como "ru", "uk", "de", "pl", "es", "pt-BR" o "en"; si se omite, se usa el idioma del sistema (LANG).
config-language-invalid = language debe ser un código de idioma como "ru", "de" o "pt-BR", no "{ $value }"
config-about-poll-interval = Cada cuánto lee la bandeja tu estado, en segundos (de 1 a 86400).
config-about-dnd-shortcut = Las teclas que activan o desactivan No molestar, como "Ctrl+Alt+Shift+D"; "" desactiva el atajo.
config-about-dnd-shortcut-for = Durante cuánto tiempo activa el atajo No molestar, como "1h" o "30m"; "" hasta que lo desactives.
config-about-morning = Cuándo termina "Hasta mañana por la mañana", según tu reloj (formato de 24 horas).
config-about-weekend-days = Los días que se salta "Hasta mañana por la mañana" (en inglés, como "saturday"); [] no se salta ninguno.
config-about-account = Quién tiene la sesión iniciada: lo escribe b24-status al iniciar y cerrar sesión.
# A top-level setting found inside a table; $setting and $table are config keys.
config-setting-in-table = `{ $setting }` es un ajuste general: muévelo antes de `[{ $table }]`
# A setting of a table found at the top level.
config-setting-needs-table = `{ $setting }` pertenece a la tabla `[{ $table }]`: muévelo debajo de la línea `[{ $table }]`

## The remembered state (src/store/state.rs)

state-broken = se ignora el archivo dañado { $path }: { $message }; se reemplazará en tu próximo cambio

## The keyring (src/store/keyring.rs)

keyring-unavailable = no hay ningún llavero disponible (no se puede acceder a { $store }): { $fix }
keyring-locked = { $store } está bloqueado: desbloquéalo (por ejemplo, con la aplicación Contraseñas y claves de tu escritorio) y vuelve a intentarlo
keyring-busy = { $store } estaba ocupado con otro cambio en esta entrada y no respondió a tiempo: vuelve a intentarlo en un momento
keyring-corrupt = la entrada del llavero de { $account } no se puede leer: ejecuta `b24-status logout` y después `b24-status login`
keyring-failed = { $store } rechazó la operación: { $fix }
# The keyring of each system, as $store above.
keyring-store-secret-service = el llavero Secret Service
keyring-store-macos = el llavero de macOS
keyring-store-windows = el Administrador de credenciales de Windows
# What to do when it cannot be reached, as $fix above.
keyring-fix-secret-service = inicia GNOME Keyring o KeePassXC (con la integración de Secret Service) en tu sesión de escritorio y vuelve a intentarlo
keyring-fix-session = comprueba que tu sesión de usuario se haya iniciado por completo y vuelve a intentarlo

### Messages of src/cli/, src/error.rs, src/ipc.rs, src/lib.rs and src/session/: what the command line says.

## The command line's help (src/cli/args.rs). A short help has no final full stop, as clap's own.

cli-about = Cambia tu estado en el chat de Bitrix24: En línea, No molestar, Ausente
cli-long-about =
    Cambia tu estado en el chat de Bitrix24 —En línea, No molestar, Ausente— desde la bandeja del sistema o la línea de comandos.
    Sin comando, b24-status se ejecuta en la bandeja del sistema. Todo estado que muestra lo ha confirmado el portal.
cli-after-help = Códigos de salida: 0 correcto, 1 otro fallo, 2 uso incorrecto, 3 sin sesión iniciada, 4 webhook rechazado o sin el permiso `im`, 5 portal inaccesible o no disponible.
cli-verbose-help = Más detalles en stderr (-v info, -vv debug, -vvv trace). Los secretos nunca se registran
cli-quiet-help = Solo errores en stderr
cli-login-about = Inicia sesión con la URL de un webhook entrante (permiso `im`), leída de la terminal (oculta) o de una línea de stdin
cli-logout-about = Elimina el webhook del llavero y el portal de la configuración. Se puede repetir sin riesgo
cli-set-about = Cambia el estado; solo tiene éxito cuando el portal lo confirma
cli-set-status-help = online, dnd, away o break
cli-for-help = Durante un tiempo y luego vuelve al estado anterior: 45m, 1h30m, 90s, 2h (como máximo 7 días)
cli-until-help = Hasta una hora y luego vuelve al estado anterior: 15:30, "tomorrow 09:00" o una hora RFC 3339
cli-json-help = Muestra un objeto JSON: status, until y then (de un estado temporal; si no, null), confirmed_at
cli-cancel-timer-about = Mantiene el estado actual y anula su fin programado
cli-get-about = Muestra el estado actual en una palabra: online, dnd, away, break o unknown
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
doctor-shortcut-in-tray = registrado por el b24-status en ejecución, que en este sistema no informa de él: la línea del atajo de su menú indica si funciona
doctor-shortcut-tray-unreadable = el b24-status en ejecución no indicó qué pasó con su atajo (¿una versión anterior?): reinícialo y vuelve a ejecutar doctor
doctor-shortcut-tray-silent = el b24-status en ejecución no respondió sobre su atajo ({ $error }): reinícialo y vuelve a ejecutar doctor
doctor-shortcut-wayland-no-tray = en Wayland, la bandeja asigna el atajo a través del portal de atajos del escritorio al iniciarse: inicia b24-status y vuelve a ejecutar doctor
# The automatic rules' signal sources; $sources is a list of D-Bus names.
doctor-lock-sources = Ausente al bloquear la pantalla: escuchando { $sources }
doctor-lock-no-source = Ausente al bloquear la pantalla: no se encontró ninguna fuente de bloqueo de pantalla (la sesión de logind, org.freedesktop.ScreenSaver, org.gnome.ScreenSaver); bloquea la pantalla con el bloqueador de tu escritorio o inicia un bloqueador que avise a logind, como xss-lock o light-locker
# $server and $version as the sound server names itself; $socket, $sockets: file paths.
doctor-calls-server = No molestar en llamadas: escuchando { $server } { $version } en { $socket }
doctor-calls-no-server = No molestar en llamadas: ningún servidor de sonido responde (se buscó en { $sockets }), así que no se puede seguir el micrófono: inicia el servidor de sonido de tu escritorio —pipewire-pulse de PipeWire (`systemctl --user start pipewire-pulse.socket`) o PulseAudio (`pulseaudio --start`)— y la bandeja lo encontrará en un máximo de cinco minutos
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
    [one] el calendario responde: { $meetings } reunión marcada como ocupado hoy o mañana
   *[other] el calendario responde: { $meetings } reuniones marcadas como ocupado hoy o mañana
}
doctor-needs-scope-calendar = al webhook le falta el permiso `calendar`, así que No molestar en reuniones está desactivado: en Bitrix24 abre Aplicaciones → Recursos para desarrolladores → tu webhook entrante, marca `calendar` y guarda (la misma URL del webhook sigue funcionando): la bandeja lo aplicará en un máximo de 15 minutos
# $day is the portal's word: OPENED, PAUSED, CLOSED or EXPIRED.
doctor-work-day-read = el estado de la jornada laboral es { $day }
doctor-needs-scope-timeman = al webhook le falta el permiso `timeman`, así que seguir la jornada laboral está desactivado: en Bitrix24 abre Aplicaciones → Recursos para desarrolladores → tu webhook entrante, marca `timeman` (Tiempo de trabajo) y guarda (la misma URL del webhook sigue funcionando): la bandeja lo aplicará en su próxima consulta
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
cli-tray-gave-up = se dejó de esperar al b24-status en ejecución ({ $reason }); puede que el cambio se haya aplicado de todos modos: ejecuta `b24-status get` para ver el estado

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
cli-help-help = Muestra la ayuda (-h un resumen, --help la ayuda completa)
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

### Messages of src/tray/.

## The menu (src/tray/view.rs, src/tray/menu.rs)

menu-header-signed-in = { $name } — { $portal }
menu-header-demo = Portal de demostración (simulado)
menu-header-signed-out = Sin sesión iniciada
menu-starting = Iniciando…
menu-shortcut-starting = Atajo: iniciando…
menu-sign-in = Iniciar sesión…
menu-sign-out = Cerrar sesión
menu-start-at-login-on = Abrir al iniciar sesión: sí
menu-start-at-login-off = Abrir al iniciar sesión: no
menu-quit = Salir
menu-dnd-for = No molestar durante…
menu-away-for = Ausente durante…
menu-for-minutes = { $minutes ->
    [one] Durante { $minutes } minuto
   *[other] Durante { $minutes } minutos
}
menu-for-hours = { $hours ->
    [one] Durante { $hours } hora
   *[other] Durante { $hours } horas
}
menu-until-morning = Hasta mañana por la mañana
menu-until-turned-off = Hasta que lo desactive

## The menu's status line: what is going on, in a few words ($status is a status label, $at a time HH:MM)

status-line-keyring-locked = Llavero bloqueado — desbloquéalo
status-line-keyring-busy = Llavero ocupado — reintentando
status-line-no-keyring = Sin llavero — ejecuta b24-status doctor
status-line-bad-config = Archivo de configuración dañado — ejecuta b24-status doctor
status-line-signed-out = Inicia sesión para cambiar tu estado
status-line-missing-scope = Al webhook le falta el permiso im — vuelve a iniciar sesión
status-line-rejected = Webhook rechazado — vuelve a iniciar sesión
status-line-setting = Cambiando a { $status }…
status-line-not-set = No se cambió a { $status } — { $reason }
status-line-not-read = No se pudo leer el estado — { $reason }
status-line-connecting = Conectando…
status-line-break = Descanso — confirmado a las { $at }
status-line-no-status = Sin estado en el portal — comprobado a las { $at }
status-line-confirmed = Confirmado a las { $at }
# A timed status ($until: "15:30", "mañana a las 09:00", "el viernes a las 09:00") and what follows.
status-line-until = { $status } hasta { $until } — después { $then }
status-line-ended-while-away = { $status } terminó a las { $at } mientras b24-status no estaba en ejecución
status-line-portal-busy = Portal ocupado — reintentando
status-line-offline = Sin conexión — reintentando
status-line-dropped-choice = Se descartó una elección de hace { $hours } h ({ $status })

## Why a status was not set or read, as $reason above (the notification carries the full sentence)

status-line-reason-overloaded = REST bloqueado por Bitrix24
status-line-reason-access-denied = sin acceso REST en este plan
status-line-reason-portal-deleted = portal eliminado
status-line-reason-method-not-found = portal demasiado antiguo
status-line-reason-bad-redirect = portal trasladado — vuelve a iniciar sesión
status-line-reason-refused = rechazado por el portal
status-line-reason-rate-limited = portal ocupado, se reintentará más tarde
status-line-reason-other = portal no disponible

## The icon's tooltip (src/tray/mod.rs)

tray-tooltip = b24-status
tray-tooltip-status = b24-status — { $status_line }

## Starting the tray (src/tray/mod.rs)

tray-already-running = b24-status ya se está ejecutando.
tray-demo-failed = no se pudo iniciar el portal de demostración: { $error }
tray-demo-no-simulator = no se encontró b24-status-sim junto a b24-status (compílalo con `cargo build -p b24-status-sim`)
tray-demo-no-url = el simulador no mostró ninguna URL de webhook
tray-worker-failed = no se pudo iniciar el hilo de trabajo: { $error }

## Desktop notifications (src/tray/notices.rs); $reason is a portal error as a sentence

notice-sign-in-again = Bitrix24: vuelve a iniciar sesión
notice-not-set-yet = Aún no se ha cambiado a { $status }
notice-keeps-trying = { $reason } b24-status sigue intentándolo y lo aplicará en cuanto responda el portal.
notice-could-not-set = No se pudo cambiar a { $status }
notice-no-tray = b24-status no tiene una bandeja del sistema donde mostrar su icono
notice-broken-file = b24-status ignoró un archivo dañado
notice-runs-on-defaults = b24-status usa la configuración por defecto
notice-autostart-unchanged = No se cambió «Abrir al iniciar sesión»
notice-rule-unchanged = No se cambió la regla automática
notice-sign-in-page-failed = No se pudo abrir la página de inicio de sesión
notice-sign-in-page-failed-body = No se pudo iniciar la página local: { $error }. En su lugar, ejecuta `b24-status login` en una terminal.
notice-no-browser = No se pudo abrir un navegador
notice-no-browser-body = Ejecuta `b24-status login` en una terminal para iniciar sesión.
notice-sign-out-failed = No se completó el cierre de sesión
# The portal confirmed the revert of a timed status: "No molestar terminó — tu estado es En línea".
notice-timed-ended = { $status } terminó — tu estado es { $then }

## The sign-in page's answers (src/tray/signin.rs)

signin-closed = Esta página de inicio de sesión se ha cerrado.
signin-closed-reopen = Esta página de inicio de sesión se ha cerrado. Vuelve a abrirla desde el menú de b24-status.
signin-signed-in = Sesión iniciada.
signin-details-hidden = falló el inicio de sesión y no se muestran los detalles porque contienen el código secreto del webhook
signin-no-random = falló el generador de números aleatorios del sistema: { $error }
signin-page-error-rejected = el portal rechazó este webhook ({ $code }): se eliminó, se bloqueó o se le cambió la clave; crea un nuevo webhook entrante en Bitrix24 y pega aquí su URL
signin-page-error-missing-scope = a este webhook le falta el permiso im (Chat y notificaciones): en Bitrix24 abre Aplicaciones → Recursos para desarrolladores → tu webhook entrante, marca im, guarda y vuelve a pulsar Iniciar sesión aquí
signin-page-error-keyring-corrupt = la entrada del llavero de { $account } no se puede leer: elimina las entradas de b24-status en el gestor de contraseñas de tu sistema (como Contraseñas y claves) y vuelve a pulsar Iniciar sesión aquí

## The sign-in page itself (src/tray/signin_page.html, as {{t:id}} placeholders)
## The page HTML-escapes these; in them `text` shows as code and **text** as a menu path.

signin-page-title = Iniciar sesión en Bitrix24 — b24-status
signin-page-heading = Iniciar sesión en Bitrix24
signin-page-how = En tu portal de Bitrix24 abre **Aplicaciones → Recursos para desarrolladores → Otros → Webhook entrante**, marca el permiso `im` (Chat y notificaciones), guarda y copia la URL del webhook.
signin-page-example = Tiene este aspecto: `https://tu-portal.bitrix24.com/rest/1/abc123…/`. b24-status la comprueba con tu portal y guarda su código secreto en el llavero del sistema.
signin-page-url-label = URL del webhook
signin-page-url-placeholder = https://tu-portal.bitrix24.com/rest/…
signin-page-submit = Iniciar sesión
signin-page-show-url = Mostrar la URL
signin-page-close-tab = Ya puedes cerrar esta pestaña.
# Shown by the page's script; $status is the HTTP status code, filled in by the script.
signin-page-checking = Comprobando…
signin-page-refused = La página de inicio de sesión rechazó la solicitud (HTTP { $status }). Vuelve a abrirla desde el menú de b24-status.
signin-page-busy = La página de inicio de sesión está ocupada con demasiadas conexiones. Espera un momento y vuelve a pulsar Iniciar sesión.
signin-page-gone = b24-status ya no está esperando esta página (se cierra a los 10 minutos o cuando inicias sesión). Vuelve a abrirla desde el menú de b24-status.

### Messages of the automatic rules (crates/core/src/automatic.rs, rendered by src/text/automatic.rs).

## The config file's comments on [automatic] (src/store/config.rs)

config-about-automatic = Estado automático: reglas que cambian tu estado por sí solas. El estado que elijas tú siempre prevalece hasta que la condición de la regla vuelva a cumplirse.
automatic-about-locked = Ausente mientras la pantalla está bloqueada; vuelve a tu estado al desbloquearla.
automatic-about-idle = Ausente tras este tiempo sin usar el teclado ni el ratón, como "10m" (de 1 minuto a 24 horas); "" lo desactiva.
automatic-about-calls = No molestar mientras otro programa usa el micrófono o la cámara.
automatic-about-presenting = No molestar mientras una ventana está en pantalla completa o compartes la pantalla.
automatic-about-meetings = No molestar durante tus reuniones del calendario de Bitrix24 marcadas como ocupado (el webhook necesita el permiso calendar).
automatic-about-work-time = Sigue tu jornada laboral de Bitrix24: en pausa es Descanso, finalizada es Ausente, iniciada es En línea (el webhook necesita el permiso timeman).
config-idle-invalid = away_after_idle: { $reason } ("" lo desactiva)
config-idle-range = indica un valor entre 1m y 24h, no '{ $value }'

## The menu's "Automatic" submenu (src/tray/menu.rs)

menu-automatic = Automático
menu-rule-locked = Ausente al bloquear la pantalla
menu-rule-idle = { $minutes ->
    [one] Ausente tras { $minutes } minuto de inactividad
   *[other] Ausente tras { $minutes } minutos de inactividad
}
menu-rule-calls = No molestar en llamadas
menu-rule-presenting = No molestar al presentar
menu-rule-meetings = No molestar en reuniones del calendario
menu-rule-work-time = Seguir mi jornada laboral de Bitrix24
# $rule is one of the labels above, $scope a scope's code (calendar, timeman).
menu-rule-needs-scope = { $rule } — necesita el permiso { $scope }

## A status a rule set, in the menu's status line ($status is a status label)

status-line-automatic = { $status } — { $reason } (automático)
# $until is a moment ("11:00", "mañana a las 09:00").
status-line-meeting = { $status } — en «{ $name }» hasta { $until }
reason-locked = pantalla bloqueada
reason-idle = inactividad
reason-in-call = en una llamada
reason-presenting = presentando
reason-work-day-opened = jornada iniciada
reason-work-day-paused = jornada en pausa
reason-work-day-closed = jornada finalizada

### Messages of src/platform/.

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
shortcut-problem-binding = el escritorio aún no ha asignado { $keys }: responde a su cuadro de diálogo sobre el atajo de b24-status, o asigna `b24-status toggle-dnd` a una tecla en la configuración de teclado de tu escritorio
shortcut-problem-unavailable = { $why }: asigna `b24-status toggle-dnd` a una tecla en la configuración de teclado de tu escritorio (consulta el README)

## Why there is no global shortcut

shortcut-why-wayland = este escritorio Wayland no ofrece un portal de atajos globales (GlobalShortcuts), y Wayland no deja que ningún programa capture una tecla por sí mismo
shortcut-why-portal-refused = el escritorio no asignó el atajo (se canceló o se rechazó su cuadro de diálogo; reinicia b24-status para que te lo vuelva a preguntar)
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
autostart-error-unsupported = este sistema no permite abrir b24-status al iniciar sesión: añade b24-status a mano a los programas de inicio de tu escritorio

## Why a program path cannot go into the entry ($why above)

autostart-path-not-utf8 = la ruta no es texto válido (UTF-8)
autostart-path-control = la ruta contiene un carácter de control
autostart-path-percent = GNOME y otros escritorios basados en GLib omiten una entrada de inicio automático cuya ruta de programa contiene %
autostart-path-xml = la ruta contiene &, < o >, que el LaunchAgent no admite

### The desktop entry and the AppStream metainfo (packaging/linux/): software centres and menus show these.

desktop-generic-name = Estado del chat
desktop-comment = Cambia tu estado en el chat de Bitrix24: En línea, No molestar, Ausente
# Search words, separated and ended by ";". Keep Bitrix24 and B24; add the words people would type.
desktop-keywords = Bitrix24;B24;estado;presencia;DND;No molestar;ausente;chat;status;
metainfo-summary = Cambia tu estado en el chat de Bitrix24 desde la bandeja del sistema
metainfo-intro = Cambia tu estado en el chat de Bitrix24 —En línea, No molestar, Ausente— con un clic o un atajo de teclado, y ve siempre el estado que el portal ha confirmado realmente.
metainfo-feature-tray = Un icono en la bandeja del sistema cuyo color muestra tu estado confirmado, con un menú para cambiarlo
metainfo-feature-shortcut = Un atajo de teclado global (Ctrl+Alt+Shift+D por defecto) que activa o desactiva No molestar
metainfo-feature-timed = No molestar o Ausente durante un tiempo —30 minutos, una hora, hasta mañana por la mañana— que termina por sí solo
metainfo-feature-automatic = Estado automático: Ausente cuando se bloquea la pantalla, No molestar en llamadas y reuniones del calendario
metainfo-feature-cli = Una línea de comandos para scripts y accesos directos del escritorio: set, get, toggle-dnd, doctor
metainfo-feature-sign-in = Inicio de sesión con un webhook entrante; su secreto se guarda solo en tu llavero
metainfo-needs = Necesita una bandeja del sistema (en GNOME, la extensión AppIndicator) y un llavero Secret Service como GNOME Keyring o KeePassXC.
