# German messages of the automatic rules (crates/core/src/automatic.rs, rendered by src/text/automatic.rs).

## The config file's comments on [automatic] (src/store/config.rs)

config-about-automatic = Automatischer Status: Regeln, die Ihren Status von selbst setzen. Ein Status, den Sie selbst wählen, hat immer Vorrang, bis die Bedingung der Regel erneut eintritt.
automatic-about-locked = „Abwesend“, solange der Bildschirm gesperrt ist; nach dem Entsperren wieder Ihr vorheriger Status.
automatic-about-idle = „Abwesend“ nach so langer Zeit ohne Tastatur- oder Mauseingabe, z. B. "10m" (1 Minute bis 24 Stunden); "" schaltet es aus.
automatic-about-calls = „Nicht stören“, solange ein anderes Programm das Mikrofon oder die Kamera verwendet.
automatic-about-presenting = „Nicht stören“, solange ein Fenster im Vollbild ist oder Ihr Bildschirm geteilt wird.
automatic-about-meetings = „Nicht stören“ während Ihrer Bitrix24-Kalendertermine mit dem Status „Beschäftigt“ (der Webhook benötigt die Berechtigung calendar).
automatic-about-work-time = Ihrem Bitrix24-Arbeitstag folgen: pausiert ist „Pause“, beendet ist „Abwesend“, begonnen ist „Online“ (der Webhook benötigt die Berechtigung timeman).
config-idle-invalid = away_after_idle: { $reason } ("" schaltet es aus)
config-idle-range = geben Sie einen Wert zwischen 1m und 24h an, nicht '{ $value }'

## The menu's "Automatic" submenu (src/tray/menu.rs)

menu-automatic = Automatisch
menu-rule-locked = Abwesend bei gesperrtem Bildschirm
menu-rule-idle = { $minutes ->
    [one] Abwesend nach { $minutes } Minute Inaktivität
   *[other] Abwesend nach { $minutes } Minuten Inaktivität
}
menu-rule-calls = Nicht stören bei Anrufen
menu-rule-presenting = Nicht stören beim Präsentieren
menu-rule-meetings = Nicht stören bei Kalenderterminen
menu-rule-work-time = Meinem Bitrix24-Arbeitstag folgen
# A rule the webhook cannot serve: $rule is one of the labels above, $scope a scope's code (calendar, timeman).
menu-rule-needs-scope = { $rule } — benötigt die Berechtigung { $scope }

## A status a rule set, in the menu's status line ($status is a status label)

status-line-automatic = { $status } — { $reason } (automatisch)
# $name is the event's name as the calendar has it; $until a moment ("11:00", "morgen 09:00").
status-line-meeting = { $status } — in „{ $name }“ bis { $until }
reason-locked = Bildschirm gesperrt
reason-idle = inaktiv
reason-in-call = im Anruf
reason-presenting = Präsentation
reason-work-day-opened = Arbeitstag begonnen
reason-work-day-paused = Arbeitstag pausiert
reason-work-day-closed = Arbeitstag beendet
