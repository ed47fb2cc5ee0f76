# Messages of src/store/.

## Files (src/store/files.rs)

file-no-home = no se encuentra ~: la carpeta personal es desconocida (HOME no está definida)
file-cannot-read = no se puede leer { $path }: { $reason }
file-cannot-write = no se puede escribir { $path }: { $reason }
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
