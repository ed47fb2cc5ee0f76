### The Brazilian Portuguese catalogue of b24-status (pt-BR): i18n/en.ftl, the reference, says where each
### message is shown.

### The statuses, and what goes wrong talking to a portal (Brazilian Portuguese).

## Statuses, as Bitrix24 names them

status-online = Online
status-dnd = Não perturbe
status-away = Ausente
status-break = Pausa
status-unknown-word = status desconhecido '{ $word }': use online, dnd, away ou break

## Timed statuses: what is wrong with a duration or a time as typed, and moments

when-not-a-duration = '{ $text }' não é uma duração: escreva como 45m, 1h30m, 90s ou 2h
when-zero = a duração é zero: informe uma como 45m ou 1h
when-not-a-moment = '{ $text }' não é um horário: escreva como 15:30, "tomorrow 09:00" ou 2026-12-01T15:30:00+01:00
when-in-the-past = esse horário já passou: informe um posterior (para amanhã, use "tomorrow 09:00")
when-too-far = mais de { $days } dias à frente: um status temporário dura no máximo { $days } dias (omita --for e --until para mantê-lo até você alterá-lo)
# Moments: used after "até" ("até 15:30", "até amanhã às 09:00", "até sexta-feira às 09:00").
moment-today = { $time }
moment-tomorrow = amanhã às { $time }
moment-this-week = { $weekday } às { $time }
moment-other-day = { $date } às { $time }
time-of-day = { $hour }:{ $minute }
time-of-day-12h = { $hour12 }:{ $minute } { $half ->
    [am] AM
   *[pm] PM
}
# A date without its year: "1 de dezembro".
date-day-month = { $day } de { $month }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
weekday-monday = segunda-feira
weekday-tuesday = terça-feira
weekday-wednesday = quarta-feira
weekday-thursday = quinta-feira
weekday-friday = sexta-feira
weekday-saturday = sábado
weekday-sunday = domingo

## Portal errors: one line each, with the fix

portal-rejected = o portal recusou o webhook ({ $code }): ele foi excluído, bloqueado ou teve a chave trocada; crie um novo webhook de entrada no Bitrix24 e execute `b24-status login`
portal-missing-scope = o webhook não tem o escopo `im`: no Bitrix24, abra Aplicativos → Recursos do desenvolvedor → seu webhook de entrada, marque `im` (Bate-papo e notificações), salve e execute `b24-status login` novamente
portal-rate-limited = o limite de requisições do portal foi atingido ({ $code }); aguarde um minuto e tente novamente
portal-overloaded = o Bitrix24 bloqueou o acesso REST deste portal (OVERLOAD_LIMIT); fale com o administrador do seu Bitrix24 ou com o suporte
portal-access-denied = o plano do portal não inclui acesso REST (ACCESS_DENIED); fale com o administrador do seu Bitrix24
portal-deleted = o portal foi excluído ou fechado (PORTAL_DELETED); confira o endereço com o seu administrador
portal-method-not-found = o portal não conhece o método { $method } (ERROR_METHOD_NOT_FOUND): o módulo de mensagens pode estar desativado ou desatualizado; fale com o seu administrador
portal-refused = o portal recusou a solicitação ({ $code }: { $description }); isto é um bug do b24-status; por favor, informe-o
portal-server-error = o portal teve um erro interno ({ $code }); tente novamente em um minuto
portal-unreachable = não foi possível acessar { $host }: { $reason }; verifique sua conexão de rede e o endereço do portal
portal-timeout = { $host } não respondeu a tempo; verifique sua conexão de rede ou tente novamente mais tarde
portal-dropped = a conexão com { $host } caiu antes de a resposta chegar; tente novamente
portal-truncated = a resposta de { $host } veio incompleta; tente novamente
portal-not-bitrix = { $host } respondeu HTTP { $status } com { $body } em vez de dados do Bitrix24 (um proxy ou uma falha no serviço); tente novamente mais tarde
portal-not-confirmed = o portal respondeu sem confirmar a alteração (resultado: { $result }); tente novamente
portal-bad-redirect = o portal mudou de endereço, mas o novo endereço { $problem }; entre novamente com a nova URL do webhook

## Pieces of the lines above

connect-refused = a conexão foi recusada
connect-timed-out = a conexão excedeu o tempo limite
connect-network-unreachable = a rede está inacessível
connect-name-not-resolved = o nome não pôde ser resolvido
connect-tls = não foi possível estabelecer uma conexão segura (TLS)
connect-other = a conexão falhou
body-empty = um corpo vazio
body-web-page = uma página da web
body-unreadable = dados ilegíveis
redirect-loop = continua redirecionando
redirect-no-location = não foi informado
redirect-invalid-url = não é uma URL válida
redirect-not-https = não é HTTPS
redirect-not-webhook = não é uma URL de webhook
redirect-other-webhook = pertence a outro webhook

### Messages of src/portal/ (Brazilian Portuguese).

## A pasted webhook URL that was refused (src/portal/webhook.rs). Never repeat the input: it holds the secret.

webhook-empty = nenhuma URL de webhook foi informada: cole a URL do seu webhook de entrada
webhook-not-a-url = isto não é uma URL de webhook: o formato esperado é https://seu-portal.bitrix24.com.br/rest/<id do usuário>/<código>/
webhook-scheme = a URL deve começar com https:// (começava com { $scheme }://)
webhook-insecure-http = HTTPS é obrigatório: um webhook http:// enviaria o segredo sem criptografia (só endereços de loopback podem usar http)
webhook-no-rest-path = a URL não tem a parte /rest/<id do usuário>/<código>/: copie a URL completa do webhook no Bitrix24
webhook-no-user-id = a URL do webhook não tem o id do usuário depois de /rest/: copie a URL completa do webhook no Bitrix24
webhook-no-secret = a URL do webhook não tem o código secreto depois do id do usuário: copie a URL completa do webhook no Bitrix24
webhook-bad-secret = o código do webhook tem caracteres que o Bitrix24 nunca usa: copie a URL novamente
webhook-trailing-path = a URL do webhook tem partes a mais depois do nome do método: copie a URL novamente

## The HTTP client (src/portal/client.rs)

client-init-failed = o cliente HTTP não pôde iniciar: falha na configuração de TLS ou do proxy
client-init-failed-because = o cliente HTTP não pôde iniciar: falha na configuração de TLS ou do proxy ({ $cause })

## Answers a hostile or broken portal sends

body-too-large = uma resposta muito maior do que qualquer uma que o Bitrix24 envia (leitura interrompida em 1 MiB)

### Messages of src/store/ (Brazilian Portuguese).

## Files

file-no-home = não foi possível encontrar ~: a pasta pessoal é desconhecida (HOME não está definido)
file-cannot-read = não foi possível ler { $path }: { $reason }
file-cannot-write = não foi possível gravar { $path }: { $reason }
file-cannot-remove = não foi possível remover { $path }: { $reason }

## The config file

config-invalid = o arquivo de configuração { $path } não é válido: { $message }; corrija-o ou exclua-o
config-invalid-at-line = o arquivo de configuração { $path } não é válido na linha { $line }: { $message }; corrija-o ou exclua-o
config-poll-interval-range = poll_interval_secs deve estar entre 1 e 86400
config-morning-invalid = morning deve ser um horário como "09:00" (24 horas), não "{ $value }"
config-weekend-day-invalid = weekend_days aceita nomes de dias em inglês como "saturday" e "sunday", não "{ $value }"
config-dnd-shortcut-for-invalid = dnd_shortcut_for: { $reason } ("" mantém o Não perturbe ativo até você desativá-lo)
config-file-header = Configurações do b24-status. O segredo do webhook não fica aqui: ele está no chaveiro do sistema.
config-file-defaults = Uma linha que começa com # é um comentário; uma configuração comentada mostra seu valor padrão. As configurações de nível superior ficam acima da primeira [tabela].
config-about-language = O idioma do menu e das mensagens, como "ru", "uk", "de", "pl", "es", "pt-BR" ou "en"; se omitido, é usado o idioma do sistema (LANG).
config-language-invalid = language deve ser um código de idioma como "ru", "de" ou "pt-BR", não "{ $value }"
config-about-poll-interval = Com que frequência a bandeja lê seu status, em segundos (de 1 a 86400).
config-about-dnd-shortcut = As teclas que ativam e desativam o Não perturbe, como "Ctrl+Alt+Shift+D"; "" desativa o atalho.
config-about-dnd-shortcut-for = Por quanto tempo o atalho ativa o Não perturbe, como "1h" ou "30m"; "" até você desativá-lo.
config-about-morning = Hora em que “Até amanhã de manhã” termina, no seu horário local (24 horas).
config-about-weekend-days = Os dias que “Até amanhã de manhã” pula; [] não pula nenhum.
config-about-account = Quem está conectado: gravado pelo b24-status ao entrar e ao sair.
# $setting and $table are config keys.
config-setting-in-table = `{ $setting }` é uma configuração de nível superior: mova-a para antes de `[{ $table }]`
config-setting-needs-table = `{ $setting }` pertence à tabela `[{ $table }]`: mova-a para depois da linha `[{ $table }]`

## The remembered state

state-broken = ignorando o arquivo corrompido { $path }: { $message }; ele será substituído na sua próxima alteração

## The keyring

keyring-unavailable = nenhum chaveiro disponível (não foi possível acessar { $store }): { $fix }
keyring-locked = { $store } está bloqueado: desbloqueie-o (por exemplo, com o aplicativo Senhas e chaves da sua área de trabalho) e tente novamente
keyring-busy = { $store } estava ocupado com outra alteração nesta entrada e não respondeu a tempo: tente novamente em instantes
keyring-corrupt = a entrada do chaveiro de { $account } está ilegível: execute `b24-status logout` e depois `b24-status login`
keyring-failed = { $store } recusou a operação: { $fix }
# The keyring of each system, as $store above.
keyring-store-secret-service = o chaveiro Secret Service
keyring-store-macos = o chaveiro do macOS
keyring-store-windows = o Gerenciador de Credenciais do Windows
# What to do when it cannot be reached, as $fix above.
keyring-fix-secret-service = inicie o GNOME Keyring ou o KeePassXC (com a integração Secret Service) na sua sessão da área de trabalho e tente novamente
keyring-fix-session = verifique se a sua sessão de usuário foi totalmente iniciada e tente novamente

### Messages of the command line (src/cli/, src/error.rs, src/ipc.rs, src/lib.rs, src/session/) in Brazilian Portuguese.

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
cli-cancel-timer-done = { $status } permanece até você mudar de status: o término programado ({ $until }) foi cancelado.
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
ipc-not-private = nenhum socket de controle em { $path } ({ $reason }): é preciso uma pasta sua em que ninguém mais possa gravar
cli-tray-gave-up = a espera pelo b24-status em execução foi interrompida ({ $reason }); a alteração pode ter sido aplicada mesmo assim: execute `b24-status get` para ver o status

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

### Messages of src/tray/ (Brazilian Portuguese).

## The menu

menu-header-signed-in = { $name } — { $portal }
menu-header-demo = Portal de demonstração (simulado)
menu-header-signed-out = Não conectado
menu-starting = Iniciando…
menu-shortcut-starting = Atalho: iniciando…
menu-sign-in = Entrar…
menu-sign-out = Sair
menu-start-at-login-on = Iniciar no login: ativado
menu-start-at-login-off = Iniciar no login: desativado
menu-quit = Encerrar
menu-dnd-for = Não perturbe por…
menu-away-for = Ausente por…
menu-for-minutes = { $minutes ->
    [one] Por { $minutes } minuto
   *[other] Por { $minutes } minutos
}
menu-for-hours = { $hours ->
    [one] Por { $hours } hora
   *[other] Por { $hours } horas
}
menu-until-morning = Até amanhã de manhã
menu-until-turned-off = Até eu desativar

## The menu's status line ($status is a status label, $at a time HH:MM)

status-line-keyring-locked = Chaveiro bloqueado — desbloqueie-o
status-line-keyring-busy = Chaveiro ocupado — tentando novamente
status-line-no-keyring = Sem chaveiro — execute b24-status doctor
status-line-bad-config = Arquivo de configuração corrompido — execute b24-status doctor
status-line-signed-out = Entre para definir seu status
status-line-missing-scope = Webhook sem o escopo im — entre novamente
status-line-rejected = Webhook recusado — entre novamente
status-line-setting = Definindo { $status }…
status-line-not-set = Falha ao definir { $status } — { $reason }
status-line-not-read = Falha ao ler o status — { $reason }
status-line-connecting = Conectando…
status-line-break = Pausa — confirmada às { $at }
status-line-no-status = Nenhum status no portal — verificado às { $at }
status-line-confirmed = Confirmado às { $at }
# $until: "15:30", "amanhã às 09:00".
status-line-until = { $status } até { $until } — depois { $then }
status-line-ended-while-away = { $status } terminou às { $at } enquanto o b24-status não estava em execução
status-line-portal-busy = Portal ocupado — tentando novamente
status-line-offline = Sem conexão — tentando novamente
status-line-dropped-choice = Descartada a escolha feita há { $hours } h ({ $status })

## Why a status was not set or read, as $reason above

status-line-reason-overloaded = REST bloqueado pelo Bitrix24
status-line-reason-access-denied = sem acesso REST neste plano
status-line-reason-portal-deleted = portal excluído
status-line-reason-method-not-found = portal desatualizado
status-line-reason-bad-redirect = portal mudou — entre novamente
status-line-reason-refused = recusado pelo portal
status-line-reason-rate-limited = portal ocupado, nova tentativa em breve
status-line-reason-other = portal indisponível

## The icon's tooltip

tray-tooltip = b24-status
tray-tooltip-status = b24-status — { $status_line }

## Starting the tray

tray-already-running = O b24-status já está em execução.
tray-demo-failed = não foi possível iniciar o portal de demonstração: { $error }
tray-demo-no-simulator = b24-status-sim não foi encontrado junto ao b24-status (compile-o com `cargo build -p b24-status-sim`)
tray-demo-no-url = o simulador não exibiu nenhuma URL de webhook
tray-worker-failed = não foi possível iniciar a thread de trabalho: { $error }

## Desktop notifications; $reason is a portal error as a sentence

notice-sign-in-again = Bitrix24: entre novamente
notice-not-set-yet = Ainda não foi possível definir { $status }
notice-keeps-trying = { $reason } O b24-status continua tentando e vai defini-lo assim que o portal responder.
notice-could-not-set = Não foi possível definir { $status }
notice-no-tray = O b24-status não tem uma bandeja do sistema para exibir seu ícone
notice-broken-file = O b24-status ignorou um arquivo corrompido
notice-runs-on-defaults = O b24-status está usando as configurações padrão
notice-autostart-unchanged = A opção Iniciar no login não foi alterada
notice-rule-unchanged = A regra automática não foi alterada
notice-sign-in-page-failed = Não foi possível abrir a página de login
notice-sign-in-page-failed-body = A página local não pôde ser iniciada: { $error }. Execute `b24-status login` em um terminal.
notice-no-browser = Não foi possível abrir um navegador
notice-no-browser-body = Execute `b24-status login` em um terminal para entrar.
notice-sign-out-failed = Não foi possível concluir o logout
# "Não perturbe terminou — agora: Online".
notice-timed-ended = { $status } terminou — agora: { $then }

## The sign-in page's answers

signin-closed = Esta página de login foi fechada.
signin-closed-reopen = Esta página de login foi fechada. Abra-a novamente pelo menu do b24-status.
signin-signed-in = Conectado.
signin-details-hidden = o login falhou, e os detalhes não são exibidos porque contêm o código secreto do webhook
signin-no-random = o gerador de números aleatórios do sistema falhou: { $error }
signin-page-error-rejected = o portal recusou este webhook ({ $code }): ele foi excluído, bloqueado ou teve a chave trocada; crie um novo webhook de entrada no Bitrix24 e cole a URL dele aqui
signin-page-error-missing-scope = este webhook não tem o escopo im (Bate-papo e notificações): no Bitrix24, abra Aplicativos → Recursos do desenvolvedor → seu webhook de entrada, marque im, salve e clique em Entrar aqui novamente
signin-page-error-keyring-corrupt = a entrada do chaveiro de { $account } está ilegível: exclua as entradas do b24-status no gerenciador de senhas do sistema (como Senhas e chaves) e clique em Entrar aqui novamente

## The sign-in page itself (as {{t:id}} placeholders). `text` shows as code and **text** as a menu path.

signin-page-title = Entrar no Bitrix24 — b24-status
signin-page-heading = Entrar no Bitrix24
signin-page-how = No seu portal Bitrix24, abra **Aplicativos → Recursos do desenvolvedor → Outros → Webhook de entrada**, marque o escopo `im` (Bate-papo e notificações), salve e copie a URL do webhook.
signin-page-example = Ela tem este formato: `https://seu-portal.bitrix24.com.br/rest/1/abc123…/`. O b24-status a verifica com o seu portal e guarda o código secreto no chaveiro do sistema.
signin-page-url-label = URL do webhook
signin-page-url-placeholder = https://seu-portal.bitrix24.com.br/rest/…
signin-page-submit = Entrar
signin-page-show-url = Mostrar a URL
signin-page-close-tab = Você pode fechar esta aba.
signin-page-checking = Verificando…
signin-page-refused = A página de login recusou a solicitação (HTTP { $status }). Abra-a novamente pelo menu do b24-status.
signin-page-busy = A página de login está ocupada com conexões demais. Aguarde um momento e clique em Entrar novamente.
signin-page-gone = O b24-status não está mais aguardando esta página (ela fecha após 10 minutos ou assim que você entra). Abra-a novamente pelo menu do b24-status.

### Messages of the automatic rules (Brazilian Portuguese).

## The config file's comments on [automatic]

config-about-automatic = Status automático: regras que definem seu status sozinhas. Um status que você mesmo escolhe sempre prevalece até a condição da regra começar de novo.
automatic-about-locked = Ausente enquanto a tela estiver bloqueada; volta ao seu status quando você a desbloquear.
automatic-about-idle = Ausente depois desse tempo sem usar teclado ou mouse, como "10m" (de 1 minuto a 24 horas); "" desativa.
automatic-about-calls = Não perturbe enquanto outro programa estiver usando o microfone ou a câmera.
automatic-about-presenting = Não perturbe enquanto uma janela estiver em tela cheia ou sua tela estiver sendo compartilhada.
automatic-about-meetings = Não perturbe durante as reuniões da sua agenda do Bitrix24 marcadas como ocupado (o webhook precisa do escopo calendar).
automatic-about-work-time = Seguir sua jornada de trabalho no Bitrix24: pausada é Pausa, encerrada é Ausente, iniciada é Online (o webhook precisa do escopo timeman).
config-idle-invalid = away_after_idle: { $reason } ("" desativa)
config-idle-range = informe um valor entre 1m e 24h, não '{ $value }'

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

### Messages of src/platform/ (Brazilian Portuguese).

## The Do Not Disturb shortcut: the menu's line

shortcut-active = { $keys } ativa/desativa o Não perturbe
shortcut-off = Nenhum atalho (dnd_shortcut está vazio)
shortcut-invalid = O atalho “{ $keys }” não é válido — veja doctor
shortcut-taken = { $keys } está em uso por outro programa
shortcut-unavailable = Sem atalho global aqui — veja doctor
shortcut-binding = Atalho: aguardando a área de trabalho…
shortcut-ok-portal = { $keys } ativa/desativa o Não perturbe (definido pelo portal de atalhos da área de trabalho)

## The shortcut's problem, with the fix (doctor and the log)

shortcut-problem-invalid = dnd_shortcut = "{ $keys }" não é um atalho: escreva como "Ctrl+Alt+Shift+D" (modificadores Ctrl, Alt, Shift, Super) ou deixe vazio
shortcut-problem-taken = { $keys } está em uso por outro programa: defina outro dnd_shortcut em config.toml (por exemplo "Ctrl+Alt+Shift+B") e reinicie o b24-status, ou associe `b24-status toggle-dnd` a uma tecla nas configurações de teclado da sua área de trabalho
shortcut-problem-binding = a área de trabalho ainda não definiu { $keys }: responda à caixa de diálogo sobre o atalho do b24-status, ou associe `b24-status toggle-dnd` a uma tecla nas configurações de teclado da sua área de trabalho
shortcut-problem-unavailable = { $why }: em vez disso, associe `b24-status toggle-dnd` a uma tecla nas configurações de teclado da sua área de trabalho (veja o README)

## Why there is no global shortcut

shortcut-why-wayland = esta área de trabalho Wayland não oferece um portal de atalhos globais (GlobalShortcuts), e o Wayland não permite que um programa capture uma tecla por conta própria
shortcut-why-portal-refused = a área de trabalho não definiu o atalho (a caixa de diálogo foi cancelada ou recusada; reinicie o b24-status para que ela apareça de novo)
shortcut-why-portal-failed = o portal de atalhos da área de trabalho falhou ({ $reason })
shortcut-why-portal-closed = a área de trabalho encerrou a sessão de atalho do b24-status (reinicie o b24-status para defini-lo novamente)
shortcut-why-no-x11-display = não há uma tela X11 para capturar o atalho
shortcut-why-not-supported = atalhos globais não podem ser usados aqui
shortcut-why-not-registered = não foi possível registrar o atalho
x11-no-key-name = o X11 não tem nome para esta tecla
x11-no-display = nenhuma tela X11
x11-no-such-key = este teclado não tem essa tecla
x11-no-answer = o servidor X não respondeu
x11-no-thread = nenhuma thread para o atalho

## The shortcut in the desktop's GlobalShortcuts dialog and settings (Wayland)

shortcut-portal-description = Ativar/desativar o Não perturbe

## Is there a tray to show the icon in?

tray-host-status-notifier = um host StatusNotifierItem está em execução
tray-host-xembed = uma bandeja do sistema XEmbed está em execução
tray-host-notification-area = a área de notificação do Windows mostra o ícone (se ele estiver escondido atrás da seta ^, arraste-o para a barra de tarefas)
tray-host-none = não há bandeja do sistema nesta área de trabalho: o ícone não pode ser exibido; no GNOME, instale a extensão AppIndicator (gnome-shell-extension-appindicator) ou use os comandos do b24-status
tray-host-no-display = não há sessão gráfica para exibir um ícone na bandeja (DISPLAY não está definido ou o servidor gráfico não responde); os comandos do b24-status funcionam sem ela

## Starting the tray binary (Linux)

exec-failed = não foi possível iniciar a bandeja ({ $path }): { $error }; reinstale o b24-status
exec-no-path = o caminho deste programa é desconhecido: { $error }

## Start at login: the line `b24-status autostart` prints ($location is a file or the registry value)

autostart-off = Iniciar no login: desativado
autostart-on = Iniciar no login: ativado ({ $location })
autostart-stale = Iniciar no login: ativado, mas inicia { $program } — execute b24-status autostart on para corrigir
autostart-starts-not-an-entry = nenhum programa (o arquivo não é uma entrada de desktop)
autostart-starts-no-exec = nenhum programa (a entrada não tem linha Exec)
autostart-starts-unreadable = `{ $exec }`, que não pode ser lido
# Without an article: used after "em" and as an object.
autostart-location-elsewhere = programas de inicialização da sua área de trabalho
autostart-location-login-items = itens de início de sessão
autostart-entry-comment = Status do chat do Bitrix24 na bandeja do sistema

## Start at login: the actions of `b24-status autostart`, in its help

autostart-action-on-help = Inicia a bandeja no login (com este executável); também corrige uma entrada que inicia outro
autostart-action-off-help = Não inicia no login; pode ser repetido sem problemas
autostart-action-status-help = Mostra se o b24-status inicia no login e qual executável ele inicia

## Start at login: errors, each naming the place and the fix

autostart-error-no-home = não foi possível encontrar sua pasta de configuração (HOME não está definido): defina HOME e tente novamente
autostart-error-current-exe = não foi possível encontrar o caminho do b24-status em execução ({ $reason }): inicie-o pelo caminho completo e tente novamente
autostart-error-unsupported-path = não foi possível colocar { $path } em { $location }: { $why }; mova o b24-status para uma pasta com um nome mais simples e execute `b24-status autostart on` novamente
autostart-error-file = { $error } (verifique se você é dono desse arquivo e da pasta dele e tente novamente)
autostart-error-platform = não foi possível alterar { $location }: { $reason } (verifique se você tem permissão de gravação ali e tente novamente)
autostart-error-not-confirmed = { $location } foi gravado, mas ao relê-lo ele não inicia { $exe }: remova-o e execute `b24-status autostart on` novamente
autostart-error-unsupported = iniciar no login não está disponível neste sistema: adicione o b24-status aos programas de inicialização da sua área de trabalho manualmente

## Why a program path cannot go into the entry ($why above)

autostart-path-not-utf8 = o caminho não é um texto válido (UTF-8)
autostart-path-control = o caminho contém um caractere de controle
autostart-path-percent = o GNOME e outras áreas de trabalho baseadas em GLib ignoram uma entrada de inicialização automática cujo caminho do programa contém %
autostart-path-xml = o caminho contém &, < ou >, que o LaunchAgent não aceita

### The desktop entry and the AppStream metainfo (Brazilian Portuguese): software centres and menus show these.

desktop-generic-name = Status do chat
desktop-comment = Defina seu status do chat no Bitrix24: Online, Não perturbe, Ausente
# Search words, separated and ended by ";". Keep Bitrix24 and B24.
desktop-keywords = Bitrix24;B24;status;presença;Não perturbe;DND;ausente;pausa;chat;bate-papo;
metainfo-summary = Defina seu status do chat no Bitrix24 pela bandeja do sistema
metainfo-intro = Defina seu status do chat no Bitrix24 — Online, Não perturbe, Ausente — com um clique ou um atalho de teclado, e veja sempre o status que o portal realmente confirmou.
metainfo-feature-tray = Um ícone na bandeja do sistema cuja cor mostra o status confirmado, com um menu para alterá-lo
metainfo-feature-shortcut = Um atalho global (Ctrl+Alt+Shift+D por padrão) que ativa e desativa o Não perturbe
metainfo-feature-timed = Não perturbe ou Ausente por um tempo — 30 minutos, uma hora, até amanhã de manhã — que termina sozinho
metainfo-feature-automatic = Status automático: Ausente quando a tela é bloqueada, Não perturbe em chamadas e reuniões da agenda
metainfo-feature-cli = Uma linha de comando para scripts e atalhos da área de trabalho: set, get, toggle-dnd, doctor
metainfo-feature-sign-in = Login com um webhook de entrada; o segredo fica guardado só no seu chaveiro
metainfo-needs = Requer um host de bandeja do sistema (no GNOME, a extensão AppIndicator) e um chaveiro Secret Service, como o GNOME Keyring ou o KeePassXC.
