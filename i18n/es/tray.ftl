# Messages of src/tray/.

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
status-line-not-read = Estado no leído — { $reason }
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
status-line-reason-bad-redirect = el portal se trasladó — vuelve a iniciar sesión
status-line-reason-refused = el portal lo rechazó
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
notice-sign-in-page-failed-body = No se pudo iniciar la página local: { $error }. Ejecuta `b24-status login` en una terminal.
notice-no-browser = No se pudo abrir un navegador
notice-no-browser-body = Ejecuta `b24-status login` en una terminal para iniciar sesión.
notice-sign-out-failed = No se completó el cierre de sesión
# The portal confirmed the revert of a timed status: "No molestar terminó — tu estado es En línea".
notice-timed-ended = { $status } terminó — tu estado es { $then }

## The sign-in page's answers (src/tray/signin.rs)

signin-closed = Esta página de inicio de sesión se ha cerrado.
signin-closed-reopen = Esta página de inicio de sesión se ha cerrado. Vuelve a abrirla desde el menú de b24-status.
signin-signed-in = Sesión iniciada.
signin-details-hidden = el inicio de sesión falló, y los detalles no se muestran porque contienen el código secreto del webhook
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
