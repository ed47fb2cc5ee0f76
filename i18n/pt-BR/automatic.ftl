# Messages of the automatic rules (Brazilian Portuguese).

## The config file's comments on [automatic]

config-about-automatic = Status automático: regras que definem seu status sozinhas. Um status que você mesmo escolhe sempre prevalece até a condição da regra começar de novo.
automatic-about-locked = Ausente enquanto a tela estiver bloqueada; volta ao seu status quando você a desbloquear.
automatic-about-idle = Ausente depois desse tempo sem usar teclado ou mouse, como "10m" (de 1 minuto a 24 horas); "" desativa.
automatic-about-calls = Não perturbe enquanto outro programa usa o microfone ou a câmera.
automatic-about-presenting = Não perturbe enquanto uma janela estiver em tela cheia ou sua tela estiver sendo compartilhada.
automatic-about-meetings = Não perturbe durante as reuniões da sua agenda do Bitrix24 marcadas como ocupado (o webhook precisa do escopo calendar).
automatic-about-work-time = Seguir sua jornada de trabalho no Bitrix24: pausada é Pausa, encerrada é Ausente, iniciada é Online (o webhook precisa do escopo timeman).
config-idle-invalid = away_after_idle: { $reason } ("" desativa)
config-idle-range = informe entre 1m e 24h, não '{ $value }'

## The menu's "Automatic" submenu

menu-automatic = Automático
menu-rule-locked = Ausente quando a tela estiver bloqueada
menu-rule-idle = { $minutes ->
    [one] Ausente após { $minutes } minuto de inatividade
   *[other] Ausente após { $minutes } minutos de inatividade
}
menu-rule-calls = Não perturbe em chamadas
menu-rule-presenting = Não perturbe ao apresentar
menu-rule-meetings = Não perturbe em reuniões da agenda
menu-rule-work-time = Seguir minha jornada de trabalho no Bitrix24
# $rule is one of the labels above, $scope a scope's code (calendar, timeman).
menu-rule-needs-scope = { $rule } — requer o escopo { $scope }

## A status a rule set, in the menu's status line

status-line-automatic = { $status } — { $reason } (automático)
status-line-meeting = { $status } — em “{ $name }” até { $until }
reason-locked = tela bloqueada
reason-idle = inativo
reason-in-call = em uma chamada
reason-presenting = apresentando
reason-work-day-opened = jornada iniciada
reason-work-day-paused = jornada pausada
reason-work-day-closed = jornada encerrada
