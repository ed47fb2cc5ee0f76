# Messages of src/portal/.

webhook-empty = no se indicó ninguna URL de webhook: pega la URL de tu webhook entrante
webhook-not-a-url = esto no es una URL de webhook: se esperaba https://tu-portal.bitrix24.com/rest/<id de usuario>/<código>/
webhook-scheme = la URL debe empezar por https:// (empezaba por { $scheme }://)
webhook-insecure-http = se requiere HTTPS: un webhook http:// enviaría su secreto sin cifrar (solo las direcciones de loopback pueden usar http)
webhook-no-rest-path = la URL no tiene la parte /rest/<id de usuario>/<código>/: copia la URL completa del webhook desde Bitrix24
webhook-no-user-id = la URL del webhook no tiene id de usuario después de /rest/: copia la URL completa del webhook desde Bitrix24
webhook-no-secret = la URL del webhook no tiene código secreto después del id de usuario: copia la URL completa del webhook desde Bitrix24
webhook-bad-secret = el código del webhook tiene caracteres que Bitrix24 nunca usa: vuelve a copiar la URL
webhook-trailing-path = la URL del webhook tiene partes de más después del nombre del método: vuelve a copiar la URL

client-init-failed = no se pudo iniciar el cliente HTTP: falló la configuración de TLS o del proxy
client-init-failed-because = no se pudo iniciar el cliente HTTP: falló la configuración de TLS o del proxy ({ $cause })

body-too-large = una respuesta mucho más grande de lo que Bitrix24 envía nunca (la lectura se detuvo en 1 MiB)
