# Messages of the automatic rules (crates/core/src/automatic.rs, rendered by src/text/automatic.rs).

## The config file's comments on [automatic] (src/store/config.rs)

config-about-automatic = Estado automático: reglas que cambian tu estado por sí solas. Un estado que eliges tú siempre tiene prioridad hasta que la condición de la regla vuelve a empezar.
automatic-about-locked = Ausente mientras la pantalla está bloqueada; vuelve a tu estado al desbloquearla.
automatic-about-idle = Ausente tras este tiempo sin usar el teclado ni el ratón, como "10m" (de 1 minuto a 24 horas); "" lo desactiva.
automatic-about-calls = No molestar mientras otro programa usa el micrófono o la cámara.
automatic-about-presenting = No molestar mientras una ventana está en pantalla completa o compartes la pantalla.
automatic-about-meetings = No molestar durante tus reuniones del calendario de Bitrix24 marcadas como ocupado (el webhook necesita el permiso calendar).
automatic-about-work-time = Sigue tu jornada laboral de Bitrix24: en pausa es Descanso, finalizada es Ausente, iniciada es En línea (el webhook necesita el permiso timeman).
config-idle-invalid = away_after_idle: { $reason } ("" lo desactiva)
config-idle-range = indica entre 1m y 24h, no '{ $value }'

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
