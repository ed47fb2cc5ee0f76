# Messages of the automatic rules (crates/core/src/automatic.rs, rendered by src/text/automatic.rs).

## The config file's comments on [automatic] (src/store/config.rs)

config-about-automatic = Automatic status: rules that set your status by themselves. A status you choose yourself always wins until the rule's condition starts again.
automatic-about-locked = Away while the screen is locked; back to your status when you unlock it.
automatic-about-idle = Away after this long without keyboard or mouse input, like "10m" (1 minute to 24 hours); "" turns it off.
automatic-about-calls = Do Not Disturb while another program uses the microphone or the camera.
automatic-about-presenting = Do Not Disturb while a window is full screen or your screen is shared.
automatic-about-meetings = Do Not Disturb during your Bitrix24 calendar meetings marked busy (the webhook needs the calendar scope).
automatic-about-work-time = Follow your Bitrix24 work day: paused is Break, closed is Away, started is Online (the webhook needs the timeman scope).
config-idle-invalid = away_after_idle: { $reason } ("" turns it off)
config-idle-range = give between 1m and 24h, not '{ $value }'

## The menu's "Automatic" submenu (src/tray/menu.rs)

menu-automatic = Automatic
menu-rule-locked = Away when the screen is locked
menu-rule-idle = { $minutes ->
    [one] Away after { $minutes } minute idle
   *[other] Away after { $minutes } minutes idle
}
menu-rule-calls = Do Not Disturb in calls
menu-rule-presenting = Do Not Disturb when presenting
menu-rule-meetings = Do Not Disturb in calendar meetings
menu-rule-work-time = Follow my Bitrix24 work day
# A rule the webhook cannot serve: $rule is one of the labels above, $scope a scope's code (calendar, timeman).
menu-rule-needs-scope = { $rule } — needs the { $scope } scope

## A status a rule set, in the menu's status line ($status is a status label)

status-line-automatic = { $status } — { $reason } (automatic)
# $name is the event's name as the calendar has it; $until a moment ("11:00", "tomorrow 09:00").
status-line-meeting = { $status } — in "{ $name }" until { $until }
reason-locked = screen locked
reason-idle = idle
reason-in-call = in a call
reason-presenting = presenting
reason-work-day-opened = work day started
reason-work-day-paused = work day paused
reason-work-day-closed = work day closed
