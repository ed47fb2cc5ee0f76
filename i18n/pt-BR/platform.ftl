# Messages of src/platform/ (Brazilian Portuguese).

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
shortcut-why-portal-refused = a área de trabalho não definiu o atalho (a caixa de diálogo foi cancelada ou recusada; reinicie o b24-status para ser perguntado novamente)
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
autostart-error-unsupported = iniciar no login não é compatível com este sistema: adicione o b24-status aos programas de inicialização da sua área de trabalho manualmente

## Why a program path cannot go into the entry ($why above)

autostart-path-not-utf8 = o caminho não é um texto válido (UTF-8)
autostart-path-control = o caminho contém um caractere de controle
autostart-path-percent = o GNOME e outras áreas de trabalho baseadas em GLib ignoram uma entrada de inicialização automática cujo caminho do programa contém %
autostart-path-xml = o caminho contém &, < ou >, que o LaunchAgent não aceita
