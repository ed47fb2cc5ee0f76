# Messages of the automatic rules (crates/core/src/automatic.rs, rendered by src/text/automatic.rs), in Polish.

## The config file's comments on [automatic] (src/store/config.rs)

config-about-automatic = Status automatyczny: reguły, które same ustawiają status. Status wybrany ręcznie zawsze ma pierwszeństwo, dopóki warunek reguły nie zacznie się na nowo.
automatic-about-locked = Nieobecny, gdy ekran jest zablokowany; po odblokowaniu powrót do poprzedniego statusu.
automatic-about-idle = Nieobecny po takim czasie bez użycia klawiatury lub myszy, np. "10m" (od 1 minuty do 24 godzin); "" wyłącza tę regułę.
automatic-about-calls = Nie przeszkadzać, gdy inny program używa mikrofonu lub kamery.
automatic-about-presenting = Nie przeszkadzać, gdy okno jest na pełnym ekranie lub ekran jest udostępniany.
automatic-about-meetings = Nie przeszkadzać podczas spotkań w kalendarzu Bitrix24 oznaczonych jako zajęte (webhook wymaga uprawnienia calendar).
automatic-about-work-time = Zgodnie z dniem pracy w Bitrix24: wstrzymany to Przerwa, zakończony to Nieobecny, rozpoczęty to Online (webhook wymaga uprawnienia timeman).
config-idle-invalid = away_after_idle: { $reason } ("" wyłącza tę regułę)
config-idle-range = podaj wartość od 1m do 24h, a nie '{ $value }'

## The menu's "Automatic" submenu (src/tray/menu.rs)

menu-automatic = Automatycznie
menu-rule-locked = Nieobecny, gdy ekran jest zablokowany
menu-rule-idle = { $minutes ->
    [one] Nieobecny po { $minutes } minucie bezczynności
    [few] Nieobecny po { $minutes } minutach bezczynności
    [many] Nieobecny po { $minutes } minutach bezczynności
   *[other] Nieobecny po { $minutes } minuty bezczynności
}
menu-rule-calls = Nie przeszkadzać podczas rozmów
menu-rule-presenting = Nie przeszkadzać podczas prezentacji
menu-rule-meetings = Nie przeszkadzać podczas spotkań w kalendarzu
menu-rule-work-time = Zgodnie z moim dniem pracy w Bitrix24
# $rule is one of the labels above, $scope a scope's code (calendar, timeman).
menu-rule-needs-scope = { $rule } — wymaga uprawnienia { $scope }

## A status a rule set, in the menu's status line ($status is a status label)

status-line-automatic = { $status } — { $reason } (automatycznie)
# $until a moment ("11:00", "jutro 09:00"): written after "koniec:", so any form reads right.
status-line-meeting = { $status } — „{ $name }”, koniec: { $until }
reason-locked = ekran zablokowany
reason-idle = bezczynność
reason-in-call = trwa rozmowa
reason-presenting = prezentacja
reason-work-day-opened = dzień pracy rozpoczęty
reason-work-day-paused = dzień pracy wstrzymany
reason-work-day-closed = dzień pracy zakończony
