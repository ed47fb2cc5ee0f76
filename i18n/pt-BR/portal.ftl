# Messages of src/portal/ (Brazilian Portuguese).

## A pasted webhook URL that was refused (src/portal/webhook.rs). Never repeat the input: it holds the secret.

webhook-empty = nenhuma URL de webhook foi informada: cole a URL do seu webhook de entrada
webhook-not-a-url = isto não é uma URL de webhook: esperado https://seu-portal.bitrix24.com.br/rest/<id do usuário>/<código>/
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

body-too-large = uma resposta muito maior do que o Bitrix24 jamais envia (leitura interrompida em 1 MiB)
