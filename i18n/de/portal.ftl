# German messages of src/portal/.

## A pasted webhook URL that was refused (src/portal/webhook.rs). Never repeat the input: it holds the secret.

webhook-empty = keine Webhook-URL angegeben: Fügen Sie die URL Ihres eingehenden Webhooks ein
webhook-not-a-url = das ist keine Webhook-URL: erwartet wird https://ihr-portal.bitrix24.de/rest/<Benutzer-ID>/<Code>/
webhook-scheme = die URL muss mit https:// beginnen (sie begann mit { $scheme }://)
webhook-insecure-http = HTTPS ist erforderlich: Ein http://-Webhook würde sein Geheimnis im Klartext senden (nur Loopback-Adressen dürfen http verwenden)
webhook-no-rest-path = der URL fehlt der Teil /rest/<Benutzer-ID>/<Code>/: Kopieren Sie die vollständige Webhook-URL aus Bitrix24
webhook-no-user-id = der Webhook-URL fehlt die Benutzer-ID nach /rest/: Kopieren Sie die vollständige Webhook-URL aus Bitrix24
webhook-no-secret = der Webhook-URL fehlt der geheime Code nach der Benutzer-ID: Kopieren Sie die vollständige Webhook-URL aus Bitrix24
webhook-bad-secret = der Webhook-Code enthält Zeichen, die Bitrix24 nie verwendet: Kopieren Sie die URL erneut
webhook-trailing-path = die Webhook-URL hat nach dem Methodennamen noch weitere Teile: Kopieren Sie die URL erneut

## The HTTP client (src/portal/client.rs)

client-init-failed = der HTTP-Client konnte nicht starten: Einrichtung von TLS oder Proxy fehlgeschlagen
client-init-failed-because = der HTTP-Client konnte nicht starten: Einrichtung von TLS oder Proxy fehlgeschlagen ({ $cause })

## Answers a hostile or broken portal sends (issue #12; the piece of portal-not-bitrix in core.ftl)

body-too-large = eine Antwort, weit größer als alles, was Bitrix24 je sendet (Lesen bei 1 MiB abgebrochen)
