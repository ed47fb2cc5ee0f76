# Messages of the automatic rules (crates/core/src/automatic.rs, rendered by src/text/automatic.rs), Ukrainian.

## The config file's comments on [automatic] (src/store/config.rs)

config-about-automatic = Автоматичний статус: правила, які самі встановлюють ваш статус. Статус, який ви обрали самі, завжди має перевагу, доки умова правила не настане знову.
automatic-about-locked = «Відсутній», поки екран заблоковано; після розблокування повертається ваш статус.
automatic-about-idle = «Відсутній» після вказаного часу без дій із клавіатурою чи мишею, наприклад "10m" (від 1 хвилини до 24 годин); "" вимикає правило.
automatic-about-calls = «Не турбувати», поки інша програма використовує мікрофон або камеру.
automatic-about-presenting = «Не турбувати», поки вікно розгорнуто на весь екран або ви показуєте свій екран.
automatic-about-meetings = «Не турбувати» під час ваших зустрічей у календарі Bitrix24, позначених як «Зайнятий» (вебхуку потрібен дозвіл calendar).
automatic-about-work-time = Відповідно до робочого дня в Bitrix24: перерва — «Перерва», день завершено — «Відсутній», день розпочато — «Онлайн» (вебхуку потрібен дозвіл timeman).
config-idle-invalid = away_after_idle: { $reason } ("" вимикає правило)
config-idle-range = вкажіть від 1m до 24h, а не '{ $value }'

## The menu's "Automatic" submenu (src/tray/menu.rs)

menu-automatic = Автоматично
menu-rule-locked = «Відсутній», коли екран заблоковано
menu-rule-idle = { $minutes ->
    [one] «Відсутній» через { $minutes } хвилину бездіяльності
    [few] «Відсутній» через { $minutes } хвилини бездіяльності
    [many] «Відсутній» через { $minutes } хвилин бездіяльності
   *[other] «Відсутній» через { $minutes } хвилини бездіяльності
}
menu-rule-calls = «Не турбувати» під час дзвінків
menu-rule-presenting = «Не турбувати» під час демонстрації екрана
menu-rule-meetings = «Не турбувати» під час зустрічей у календарі
menu-rule-work-time = Відповідно до мого робочого дня в Bitrix24
# A rule the webhook cannot serve: $rule is one of the labels above, $scope a scope's code (calendar, timeman).
menu-rule-needs-scope = { $rule } — потрібен дозвіл { $scope }

## A status a rule set, in the menu's status line ($status is a status label)

status-line-automatic = { $status } — { $reason } (автоматично)
# $name is the event's name as the calendar has it; $until a moment ("11:00", "завтра 09:00").
status-line-meeting = { $status } — зустріч «{ $name }» до { $until }
reason-locked = екран заблоковано
reason-idle = бездіяльність
reason-in-call = під час дзвінка
reason-presenting = демонстрація екрана
reason-work-day-opened = робочий день розпочато
reason-work-day-paused = робочий день призупинено
reason-work-day-closed = робочий день завершено
