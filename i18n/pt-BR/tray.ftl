# Messages of src/tray/ (Brazilian Portuguese).

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
status-line-missing-scope = O webhook não tem o escopo im — entre novamente
status-line-rejected = Webhook recusado — entre novamente
status-line-setting = Definindo { $status }…
status-line-not-set = Falha ao definir { $status } — { $reason }
status-line-not-read = Status não lido — { $reason }
status-line-connecting = Conectando…
status-line-break = Pausa — confirmada às { $at }
status-line-no-status = Nenhum status no portal — verificado às { $at }
status-line-confirmed = Confirmado às { $at }
# $until: "15:30", "amanhã às 09:00".
status-line-until = { $status } até { $until } — depois { $then }
status-line-ended-while-away = { $status } terminou às { $at } enquanto o b24-status não estava em execução
status-line-portal-busy = Portal ocupado — tentando novamente
status-line-offline = Sem conexão — tentando novamente
status-line-dropped-choice = Escolha de { $hours } h atrás descartada ({ $status })

## Why a status was not set or read, as $reason above

status-line-reason-overloaded = REST bloqueado pelo Bitrix24
status-line-reason-access-denied = sem acesso REST neste plano
status-line-reason-portal-deleted = portal excluído
status-line-reason-method-not-found = portal desatualizado
status-line-reason-bad-redirect = portal mudou — entre novamente
status-line-reason-refused = portal recusou
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
notice-autostart-unchanged = Iniciar no login não foi alterado
notice-rule-unchanged = A regra automática não foi alterada
notice-sign-in-page-failed = Não foi possível abrir a página de login
notice-sign-in-page-failed-body = A página local não pôde ser iniciada: { $error }. Execute `b24-status login` em um terminal.
notice-no-browser = Não foi possível abrir um navegador
notice-no-browser-body = Execute `b24-status login` em um terminal para entrar.
notice-sign-out-failed = A saída não foi concluída
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
signin-page-example = Ela se parece com `https://seu-portal.bitrix24.com.br/rest/1/abc123…/`. O b24-status a verifica com o seu portal e guarda o código secreto no chaveiro do sistema.
signin-page-url-label = URL do webhook
signin-page-url-placeholder = https://seu-portal.bitrix24.com.br/rest/…
signin-page-submit = Entrar
signin-page-show-url = Mostrar a URL
signin-page-close-tab = Você pode fechar esta aba.
signin-page-checking = Verificando…
signin-page-refused = A página de login recusou a solicitação (HTTP { $status }). Abra-a novamente pelo menu do b24-status.
signin-page-busy = A página de login está ocupada com conexões demais. Aguarde um momento e clique em Entrar novamente.
signin-page-gone = O b24-status não está mais aguardando esta página (ela fecha após 10 minutos ou assim que você entra). Abra-a novamente pelo menu do b24-status.
