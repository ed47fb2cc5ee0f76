# Messages of the automatic rules (crates/core/src/automatic.rs, rendered by src/text/automatic.rs), in Russian.

## The config file's comments on [automatic] (src/store/config.rs)

config-about-automatic = Автоматический статус: правила, которые сами меняют ваш статус. Статус, выбранный вами вручную, всегда важнее — пока условие правила не наступит снова.
automatic-about-locked = «Отсутствую», пока экран заблокирован; после разблокировки возвращается ваш статус.
automatic-about-idle = «Отсутствую» после такого времени без действий с клавиатурой или мышью, например "10m" (от 1 минуты до 24 часов); "" отключает правило.
automatic-about-calls = «Не беспокоить», пока другая программа использует микрофон или камеру.
automatic-about-presenting = «Не беспокоить», пока окно развёрнуто на весь экран или идёт демонстрация экрана.
automatic-about-meetings = «Не беспокоить» во время встреч в календаре Bitrix24, отмеченных как «занят» (вебхуку нужны права calendar).
automatic-about-work-time = Следовать рабочему дню в Bitrix24: приостановлен — «Перерыв», завершён — «Отсутствую», начат — «Онлайн» (вебхуку нужны права timeman).
config-idle-invalid = away_after_idle: { $reason } ("" отключает правило)
config-idle-range = укажите от 1m до 24h, а не '{ $value }'

## The menu's "Automatic" submenu (src/tray/menu.rs)

menu-automatic = Автоматически
menu-rule-locked = Отсутствую при блокировке экрана
menu-rule-idle = { $minutes ->
    [one] Отсутствую через { $minutes } минуту бездействия
    [few] Отсутствую через { $minutes } минуты бездействия
    [many] Отсутствую через { $minutes } минут бездействия
   *[other] Отсутствую через { $minutes } минуты бездействия
}
menu-rule-calls = Не беспокоить во время звонков
menu-rule-presenting = Не беспокоить во время демонстрации
menu-rule-meetings = Не беспокоить во время встреч в календаре
menu-rule-work-time = Следовать моему рабочему дню в Bitrix24
# A rule the webhook cannot serve: $rule is one of the labels above, $scope a scope's code (calendar, timeman).
menu-rule-needs-scope = { $rule } — нужны права { $scope }

## A status a rule set, in the menu's status line ($status is a status label)

status-line-automatic = { $status } — { $reason } (автоматически)
# $name is the event's name as the calendar has it; $until a moment ("11:00", "завтра 09:00").
status-line-meeting = { $status } — встреча «{ $name }» до { $until }
reason-locked = экран заблокирован
reason-idle = бездействие
reason-in-call = идёт звонок
reason-presenting = демонстрация экрана
reason-work-day-opened = рабочий день начат
reason-work-day-paused = рабочий день приостановлен
reason-work-day-closed = рабочий день завершён
