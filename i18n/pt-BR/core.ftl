# The statuses, and what goes wrong talking to a portal (Brazilian Portuguese).

## Statuses, as Bitrix24 names them

status-online = Online
status-dnd = Não perturbe
status-away = Ausente
status-break = Pausa
status-unknown-word = status desconhecido '{ $word }': use online, dnd, away ou break

## Timed statuses: what is wrong with a duration or a time as typed, and moments

when-not-a-duration = '{ $text }' não é uma duração: escreva como 45m, 1h30m, 90s ou 2h
when-zero = uma duração de zero: informe uma como 45m ou 1h
when-not-a-moment = '{ $text }' não é um horário: escreva como 15:30, "tomorrow 09:00" ou 2026-12-01T15:30:00+01:00
when-in-the-past = esse horário já passou: informe um posterior (o de amanhã como "tomorrow 09:00")
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
portal-refused = o portal recusou a solicitação ({ $code }: { $description }); isto é um bug do b24-status, por favor relate-o
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
