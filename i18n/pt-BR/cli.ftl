# Messages of the command line (src/cli/, src/error.rs, src/ipc.rs, src/lib.rs, src/session/) in Brazilian Portuguese.

## The command line's help. A short help has no final full stop, as clap's own.

cli-about = Defina seu status do chat no Bitrix24: Online, Não perturbe, Ausente
cli-long-about =
    Defina seu status do chat no Bitrix24 — Online, Não perturbe, Ausente — pela bandeja do sistema ou pela linha de comando.
    Sem um comando, o b24-status é executado na bandeja do sistema. Todo status que ele mostra foi confirmado pelo portal.
cli-after-help = Códigos de saída: 0 ok, 1 outra falha, 2 uso incorreto, 3 não conectado, 4 webhook recusado ou sem o escopo `im`, 5 portal inacessível ou indisponível.
cli-verbose-help = Mais detalhes no stderr (-v info, -vv debug, -vvv trace). Segredos nunca são registrados
cli-quiet-help = Somente erros no stderr
cli-login-about = Entra com a URL de um webhook de entrada (escopo `im`), lida do terminal (oculta) ou de uma linha do stdin
cli-logout-about = Remove o webhook do chaveiro e o portal da configuração. Pode ser repetido sem problemas
cli-set-about = Define o status; só tem sucesso quando o portal o confirma
cli-set-status-help = online, dnd, away ou break
cli-for-help = Por um tempo, depois volta ao status anterior: 45m, 1h30m, 90s, 2h (no máximo 7 dias)
cli-until-help = Até um horário, depois volta ao status anterior: 15:30, "tomorrow 09:00" ou um horário RFC 3339
cli-json-help = Imprime um objeto JSON: status, until e then (de um status temporário, senão null), confirmed_at
cli-cancel-timer-about = Mantém o status atual e cancela o fim programado
cli-get-about = Imprime o status atual em uma palavra: online, dnd, away, break ou unknown
cli-toggle-dnd-about = Não perturbe → o status anterior (ou online); qualquer outro → Não perturbe
cli-doctor-about = Verifica o chaveiro, a configuração, o portal, o webhook e o escopo `im`, com uma solução para cada problema
cli-demo-about = Executa a bandeja conectada a um portal simulado embutido: experimente o b24-status sem uma conta Bitrix24
cli-autostart-about = Inicia a bandeja quando você faz login: on, off ou status (qual executável a entrada inicia)
cli-autostart-action-help = O que fazer: on, off ou status

## Before the arguments are parsed

cli-url-argument = não passe a URL do webhook como argumento (ela ficaria no histórico do shell e visível para outros programas): execute `b24-status login` e cole-a quando for solicitado

## The commands

cli-confirmed = { $status } (confirmado)
cli-confirmed-until = { $status } até { $until } — depois { $then } (confirmado)
cli-revert-needs-tray = A volta para { $then } ({ $until }) só acontece enquanto o b24-status estiver em execução na bandeja do sistema: inicie-o com `b24-status`.
cli-cancel-timer-done = { $status } permanece até você mudar de status: o fim programado para { $until } foi cancelado.
cli-cancel-timer-nothing = Nenhum status temporário para cancelar.
cli-portal-moved = O portal mudou para { $portal }; o novo endereço foi salvo.
cli-login-hint = Crie um webhook de entrada com o escopo `im` no Bitrix24 (Aplicativos → Recursos do desenvolvedor → Outros → Webhook de entrada).
# The prompt for the hidden input; the space after the colon separates it from what is typed.
cli-login-prompt = Cole a URL dele (a digitação fica oculta):{ " " }
cli-logout-nothing = Não conectado; nada a remover.
cli-logout-done = Você saiu de { $portal }: o webhook foi removido do chaveiro.

## The doctor's details, after the verdict and the check's name

doctor-config-defaults = { $path } (ainda não criado: valores padrão)
doctor-keyring-reachable = acessível
doctor-signed-in = { $name } em { $portal } (conta no chaveiro { $account })
doctor-portal-answers = { $portal } responde
doctor-webhook-accepted = aceito para { $name } (usuário { $user })
# $status is the status as `b24-status get` prints it: online, dnd, away, break or unknown.
doctor-scope-granted = concedido (status: { $status })
doctor-shortcut-in-tray = registrado pelo b24-status em execução, que não o informa neste sistema: a linha do atalho no menu dele diz se funciona
doctor-shortcut-tray-unreadable = o b24-status em execução não disse o que aconteceu com o atalho (uma versão mais antiga?): reinicie-o e execute doctor novamente
doctor-shortcut-tray-silent = o b24-status em execução não respondeu sobre o atalho ({ $error }): reinicie-o e execute doctor novamente
doctor-shortcut-wayland-no-tray = no Wayland, a bandeja define o atalho pelo portal de atalhos da área de trabalho ao iniciar: inicie o b24-status e execute doctor novamente
doctor-lock-sources = Ausente quando a tela é bloqueada: escutando { $sources }
doctor-lock-no-source = Ausente quando a tela é bloqueada: nenhuma fonte de bloqueio de tela encontrada (a sessão do logind, org.freedesktop.ScreenSaver, org.gnome.ScreenSaver); bloqueie com o bloqueador da própria área de trabalho, ou inicie um bloqueador que avise o logind, como xss-lock ou light-locker
doctor-calls-server = Não perturbe em chamadas: escutando { $server } { $version } em { $socket }
doctor-calls-no-server = Não perturbe em chamadas: nenhum servidor de som responde (procurado em { $sockets }), então o microfone não pode ser acompanhado: inicie o servidor de som da sua área de trabalho — o pipewire-pulse do PipeWire (`systemctl --user start pipewire-pulse.socket`) ou o PulseAudio (`pulseaudio --start`) — e a bandeja o encontra em até cinco minutos
doctor-calls-server-refused = Não perturbe em chamadas: o servidor de som em { $socket } recusou a conexão ({ $error }): o PulseAudio exige o cookie dele, ~/.config/pulse/cookie ou o arquivo indicado por PULSE_COOKIE, legível por você; reinicie o servidor de som (`pulseaudio -k`) e execute doctor novamente
doctor-idle-source = Ausente após { $after } sem atividade: escutando { $source }
doctor-idle-logind = Ausente por inatividade: seguindo o IdleHint da sessão do logind, cujo tempo de inatividade é definido pela sua área de trabalho (o atraso de inatividade ou de apagar a tela), não away_after_idle = "{ $after }"; no X11 ou no GNOME, a bandeja conta o away_after_idle ela mesma
doctor-idle-no-source = Ausente por inatividade: nenhuma fonte de inatividade encontrada (o contador SYNC IDLETIME do servidor X, org.gnome.Mutter.IdleMonitor, o IdleHint da sessão do logind); no sway ou em outra área de trabalho wlroots, execute `swayidle idlehint 600` para que o logind saiba quando você está inativo, ou conte com Ausente quando a tela é bloqueada
doctor-presenting-x11 = Não perturbe ao apresentar: seguindo o estado de tela cheia da janela ativa (X11 _NET_ACTIVE_WINDOW, _NET_WM_STATE); uma tela compartilhada ainda não é detectada
doctor-presenting-no-wm = Não perturbe ao apresentar: o gerenciador de janelas não informa qual janela está ativa e em tela cheia (_NET_ACTIVE_WINDOW, _NET_WM_STATE_FULLSCREEN em _NET_SUPPORTED); use um gerenciador de janelas que informe (EWMH: GNOME, KDE, Xfce, MATE, Cinnamon, Openbox e i3 informam), e a bandeja o acompanha assim que ele estiver em execução
doctor-presenting-wayland = Não perturbe ao apresentar: no Wayland, nenhum programa consegue ver qual janela está em tela cheia, e uma tela compartilhada ainda não é detectada; ative o Não perturbe você mesmo enquanto apresenta (o atalho, ou `b24-status set dnd --for 1h`)
doctor-presenting-no-display = Não perturbe ao apresentar: não há tela X para ler a janela ativa (DISPLAY não está definido ou não responde); execute o b24-status na sua sessão da área de trabalho
doctor-calendar-read = { $meetings ->
    [one] a agenda responde: { $meetings } reunião marcada como ocupado hoje ou amanhã
   *[other] a agenda responde: { $meetings } reuniões marcadas como ocupado hoje ou amanhã
}
doctor-needs-scope-calendar = o webhook não tem o escopo `calendar`, então Não perturbe em reuniões está desativado: no Bitrix24, abra Aplicativos → Recursos do desenvolvedor → seu webhook de entrada, marque `calendar` e salve (a mesma URL do webhook continua funcionando): a bandeja passa a acompanhar em até 15 minutos
# $day is the portal's word: OPENED, PAUSED, CLOSED or EXPIRED.
doctor-work-day-read = a jornada de trabalho está { $day }
doctor-needs-scope-timeman = o webhook não tem o escopo `timeman`, então seguir a jornada de trabalho está desativado: no Bitrix24, abra Aplicativos → Recursos do desenvolvedor → seu webhook de entrada, marque `timeman` (Controle de horário) e salve (a mesma URL do webhook continua funcionando): a bandeja passa a acompanhar na próxima consulta
doctor-rule-not-built = esta versão ainda não tem fonte de sinal para esta regra: ela fica em config.toml, mas não altera nada
doctor-needs-sign-in = requer login
doctor-needs-webhook-code = requer o código do webhook
doctor-needs-keyring = requer o chaveiro
doctor-needs-portal = requer o portal
doctor-needs-accepted-webhook = requer um webhook aceito

## What a command ends with

error-not-signed-in = não conectado: execute `b24-status login` e cole a URL do seu webhook de entrada
error-secret-missing = conectado como { $account }, mas o chaveiro não tem o código do webhook dessa conta: execute `b24-status login` novamente
error-input = não foi possível ler a URL do webhook: { $reason }
error-tray-keeps-trying = o portal ainda não respondeu; o b24-status em execução continua tentando
error-tray-keeps-trying-after = ainda não confirmado: { $error }; o b24-status em execução continua tentando

## The running tray, through the control socket

ipc-no-answer = o b24-status em execução não respondeu ({ $reason }); encerre-o e tente novamente
ipc-silence-timed-out = nenhuma resposta em { $seconds } s
ipc-silence-closed = ele fechou a conexão
ipc-silence-unreadable = uma resposta ilegível
ipc-already-running = outro b24-status já está em execução
ipc-bind = não foi possível abrir o socket de controle { $path }: { $reason }
# $uid is the other user's numeric id.
ipc-foreign = { $path } é servido pelo programa de outro usuário (uid { $uid }), não pelo seu b24-status: encerre esse programa ou remova o arquivo, ou defina XDG_RUNTIME_DIR para uma pasta em que só você possa gravar
ipc-not-private = nenhum socket de controle em { $path } ({ $reason }): só serve uma pasta sua em que ninguém mais possa gravar
cli-tray-gave-up = desisti de esperar pelo b24-status em execução ({ $reason }); a alteração ainda pode ser aplicada: execute `b24-status get` para ver o status

## Windows: the control pipe

ipc-foreign-pipe = { $name } está em uso por um programa que não permite seu acesso (de outro usuário, ou iniciado como administrador), não pelo seu b24-status: encerre esse programa ou reinicie o Windows

## The session: signing in and out

login-signed-in = Conectado como { $name } em { $portal } (usuário { $user }).

## clap's own words, replaced: the help's headings (clap adds the colon) and placeholders

cli-usage-heading = Uso:
cli-usage-options = OPÇÕES
cli-usage-command = COMANDO
cli-commands-heading = Comandos
cli-options-heading = Opções
cli-arguments-heading = Argumentos
cli-help-help = Mostra a ajuda (-h um resumo, --help completa)
cli-version-help = Mostra a versão
cli-value-duration = DURAÇÃO
cli-value-time = HORÁRIO
cli-value-status = STATUS
cli-value-action = AÇÃO

## A command line that cannot be read; $arg and $option as typed or as the help names them

cli-error-invalid-value = '{ $value }' não é válido para { $arg }: { $reason }
cli-error-valid-values = use um destes: { $values }
cli-error-unknown-command = '{ $command }' não é um comando: veja `b24-status --help`
cli-error-unknown-command-suggest = '{ $command }' não é um comando: você quis dizer '{ $suggested }'?
cli-error-unknown-option = '{ $option }' não é uma opção aqui: veja `b24-status --help`
cli-error-unknown-option-suggest = '{ $option }' não é uma opção aqui: você quis dizer '{ $suggested }'?
cli-error-missing = { $arg } está faltando: veja `b24-status --help`
cli-error-conflict = { $arg } não pode ser usado com { $other }
cli-error-missing-command = falta um comando: veja `b24-status --help`
cli-error-values = { $arg } recebeu um número incorreto de valores: veja `b24-status --help`
cli-error-other = a linha de comando não é válida: veja `b24-status --help`
