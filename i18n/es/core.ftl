# The statuses, and what goes wrong talking to a portal (crates/core's data, rendered by src/text/).

## Statuses, as Bitrix24 names them

status-online = En línea
status-dnd = No molestar
status-away = Ausente
status-break = Descanso
status-unknown-word = estado desconocido '{ $word }': usa online, dnd, away o break

## Timed statuses: what is wrong with a duration or a time as typed (crates/core/src/timed.rs), and moments

when-not-a-duration = '{ $text }' no es una duración: escríbela como 45m, 1h30m, 90s o 2h
when-zero = una duración de cero: indica una como 45m o 1h
when-not-a-moment = '{ $text }' no es una hora: escríbela como 15:30, "tomorrow 09:00" o 2026-12-01T15:30:00+01:00
when-in-the-past = esa hora ya ha pasado: indica una posterior (la de mañana, como "tomorrow 09:00")
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
portal-overloaded = Bitrix24 ha bloqueado el acceso REST de este portal (OVERLOAD_LIMIT); consulta a tu administrador de Bitrix24 o al soporte
portal-access-denied = el plan del portal no incluye acceso REST (ACCESS_DENIED); consulta a tu administrador de Bitrix24
portal-deleted = el portal está eliminado o cerrado (PORTAL_DELETED); comprueba la dirección con tu administrador
portal-method-not-found = el portal no conoce el método { $method } (ERROR_METHOD_NOT_FOUND): puede que su módulo de mensajería esté desactivado o sea demasiado antiguo; consulta a tu administrador
portal-refused = el portal rechazó la solicitud ({ $code }: { $description }); es un error de b24-status, por favor infórmalo
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
