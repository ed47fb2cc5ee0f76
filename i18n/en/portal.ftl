# Messages of src/portal/.

## A pasted webhook URL that was refused (src/portal/webhook.rs). Never repeat the input: it holds the secret.

webhook-empty = no webhook URL was given: paste the URL of your inbound webhook
webhook-not-a-url = this is not a webhook URL: expected https://your-portal.bitrix24.com/rest/<user id>/<code>/
webhook-scheme = the URL must start with https:// (it was { $scheme }://)
webhook-insecure-http = HTTPS is required: an http:// webhook would send its secret in clear text (only loopback addresses may use http)
webhook-no-rest-path = the URL has no /rest/<user id>/<code>/ part: copy the whole webhook URL from Bitrix24
webhook-no-user-id = the webhook URL has no user id after /rest/: copy the whole webhook URL from Bitrix24
webhook-no-secret = the webhook URL has no secret code after the user id: copy the whole webhook URL from Bitrix24
webhook-bad-secret = the webhook code has characters Bitrix24 never uses: copy the URL again
webhook-trailing-path = the webhook URL has extra parts after the method name: copy the URL again

## The HTTP client (src/portal/client.rs)

client-init-failed = the HTTP client could not start: TLS or proxy setup failed
client-init-failed-because = the HTTP client could not start: TLS or proxy setup failed ({ $cause })

## Answers a hostile or broken portal sends (issue #12; the piece of portal-not-bitrix in core.ftl)

body-too-large = an answer far larger than Bitrix24 ever sends (reading stopped at 1 MiB)
