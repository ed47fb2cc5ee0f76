# Messages of src/store/ (Brazilian Portuguese).

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
config-about-morning = Quando “Até amanhã de manhã” termina, no seu relógio (24 horas).
config-about-weekend-days = Os dias que “Até amanhã de manhã” pula; [] não pula nenhum.
config-about-account = Quem está conectado: gravado pelo b24-status ao entrar e ao sair.
# $setting and $table are config keys.
config-setting-in-table = `{ $setting }` é uma configuração de nível superior: mova-a para cima de `[{ $table }]`
config-setting-needs-table = `{ $setting }` pertence à tabela `[{ $table }]`: mova-a para baixo da linha `[{ $table }]`

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
