//! The portal client's wire format and transport failures, against hand-written loopback servers.

use std::time::{Duration, Instant};

use b24_status::portal::client::{Client, USER_AGENT};
use b24_status::portal::webhook::Webhook;
use b24_status::portal_error::{ConnectFailure, PortalError, RedirectProblem};
use b24_status::status::Status;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const CODE: &str = "q1w2e3r4t5y6u7i8";

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

async fn listener() -> (TcpListener, Client) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let webhook = Webhook::parse(&format!("http://127.0.0.1:{port}/rest/7/{CODE}/")).unwrap();
    (listener, Client::new(webhook).unwrap())
}

/// Reads one request head and body (by Content-Length) from a socket.
async fn read_request(socket: &mut tokio::net::TcpStream) -> String {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let n = socket.read(&mut chunk).await.unwrap();
        buf.extend_from_slice(&chunk[..n]);
        let text = String::from_utf8_lossy(&buf).to_string();
        if let Some(head_end) = text.find("\r\n\r\n") {
            let length = text[..head_end]
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .map(|v| v.trim().parse::<usize>().unwrap())
                })
                .unwrap_or(0);
            if buf.len() >= head_end + 4 + length {
                return text;
            }
        }
        if n == 0 {
            return String::from_utf8_lossy(&buf).to_string();
        }
    }
}

#[test]
fn calls_are_json_posts_to_the_method_url_with_our_user_agent() {
    runtime().block_on(async {
        let (listener, mut client) = listener().await;
        let server = tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let request = read_request(&mut socket).await;
            let body = r#"{"result":true,"time":{"start":1.0}}"#;
            let reply = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                body.len()
            );
            socket.write_all(reply.as_bytes()).await.unwrap();
            request
        });
        client
            .set_status(Status::Dnd, Duration::from_secs(5))
            .await
            .unwrap();
        let request = server.await.unwrap();
        let lower = request.to_ascii_lowercase();
        assert!(
            request.starts_with(&format!("POST /rest/7/{CODE}/im.user.status.set.json HTTP/1.1\r\n")),
            "{request}"
        );
        assert!(lower.contains(&format!("user-agent: {}", USER_AGENT.to_ascii_lowercase())), "{request}");
        assert!(USER_AGENT.starts_with("b24-status/"));
        assert!(lower.contains("content-type: application/json"), "{request}");
        assert!(request.ends_with(r#"{"STATUS":"dnd"}"#), "{request}");
    });
}

#[test]
fn a_silent_server_times_out_with_a_message_that_has_no_url() {
    runtime().block_on(async {
        let (listener, mut client) = listener().await;
        let _server = tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let _ = read_request(&mut socket).await;
            tokio::time::sleep(Duration::from_secs(30)).await;
        });
        let started = Instant::now();
        let error = client
            .get_status(Duration::from_millis(500))
            .await
            .unwrap_err();
        assert!(matches!(error, PortalError::Timeout { .. }), "{error:?}");
        assert!(started.elapsed() < Duration::from_secs(5));
        let text = error.to_string();
        assert!(!text.contains(CODE) && !text.contains("/rest/"), "{text}");
    });
}

#[test]
fn a_closed_port_is_unreachable_and_says_why() {
    runtime().block_on(async {
        let (listener, mut client) = listener().await;
        drop(listener);
        let error = client.get_status(Duration::from_secs(5)).await.unwrap_err();
        match &error {
            PortalError::Unreachable { reason, .. } => {
                assert_eq!(*reason, ConnectFailure::Refused);
                assert_eq!(
                    b24_status::text::connect_failure(*reason),
                    "the connection was refused"
                );
            }
            other => panic!("{other:?}"),
        }
        assert!(!format!("{error:?}").contains(CODE));
    });
}

#[test]
fn a_redirect_to_plain_http_elsewhere_is_not_followed() {
    runtime().block_on(async {
        let (listener, mut client) = listener().await;
        let server = tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let _ = read_request(&mut socket).await;
            let reply = format!(
                "HTTP/1.1 302 Found\r\nlocation: http://evil.example.com/rest/7/{CODE}/im.user.status.get.json\r\ncontent-length: 0\r\n\r\n"
            );
            socket.write_all(reply.as_bytes()).await.unwrap();
        });
        let error = client.get_status(Duration::from_secs(5)).await.unwrap_err();
        server.await.unwrap();
        assert_eq!(
            error,
            PortalError::BadRedirect {
                problem: RedirectProblem::NotHttps
            }
        );
        assert!(client.moved_to().is_none());
    });
}

/// Answers one request on `listener` with `reply` and returns the request.
async fn answer_once(listener: &TcpListener, reply: &str) -> String {
    let (mut socket, _) = listener.accept().await.unwrap();
    let request = read_request(&mut socket).await;
    socket.write_all(reply.as_bytes()).await.unwrap();
    request
}

fn ok_reply(body: &str) -> String {
    format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    )
}

fn redirect_reply(to: &str) -> String {
    format!(
        "HTTP/1.1 302 Found\r\nlocation: {to}/rest/7/{CODE}/im.user.status.get.json\r\nconnection: close\r\ncontent-length: 0\r\n\r\n"
    )
}

#[test]
fn a_redirect_from_loopback_to_plain_http_on_another_host_is_not_followed() {
    runtime().block_on(async {
        let (listener, mut client) = listener().await;
        // `localhost` is loopback too, but not the host this portal is at.
        let trap = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        trap.set_nonblocking(true).unwrap();
        let port = trap.local_addr().unwrap().port();
        let server = tokio::spawn(async move {
            answer_once(
                &listener,
                &redirect_reply(&format!("http://localhost:{port}")),
            )
            .await
        });
        let error = client.get_status(Duration::from_secs(5)).await.unwrap_err();
        server.await.unwrap();
        assert_eq!(
            error,
            PortalError::BadRedirect {
                problem: RedirectProblem::NotHttps
            }
        );
        let accepted = trap.accept().map(|_| ());
        assert_eq!(
            accepted.unwrap_err().kind(),
            std::io::ErrorKind::WouldBlock,
            "the plain-http listener was called"
        );
        assert!(client.moved_to().is_none());
    });
}

#[test]
fn a_move_is_remembered_only_once_the_new_address_answered() {
    runtime().block_on(async {
        let (listener, mut client) = listener().await;
        let home_port = listener.local_addr().unwrap().port();
        let dead = {
            let nobody = std::net::TcpListener::bind("127.0.0.2:0").unwrap();
            nobody.local_addr().unwrap().port()
        };
        let renamed = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let renamed_port = renamed.local_addr().unwrap().port();
        let server = tokio::spawn(async move {
            // 1: a move to an address that never answers.
            answer_once(&listener, &redirect_reply(&format!("https://127.0.0.2:{dead}"))).await;
            // 2: the next call comes here again; it is answered.
            answer_once(&listener, &ok_reply(r#"{"result":"away"}"#)).await;
            // 3: a move within the loopback host, which answers there.
            answer_once(&listener, &redirect_reply(&format!("http://127.0.0.1:{renamed_port}"))).await;
            answer_once(&renamed, &ok_reply(r#"{"result":"dnd"}"#)).await
        });
        let error = client.get_status(Duration::from_secs(5)).await.unwrap_err();
        assert!(
            matches!(error, PortalError::Unreachable { ref host, .. } if *host == format!("127.0.0.2:{dead}")),
            "{error:?}"
        );
        assert!(client.moved_to().is_none(), "an address that never answered");
        assert_eq!(client.webhook().portal.host(), format!("127.0.0.1:{home_port}"));

        let status = client.get_status(Duration::from_secs(5)).await.unwrap();
        assert_eq!(status, Some(Status::Away));
        assert!(client.moved_to().is_none());

        let status = client.get_status(Duration::from_secs(5)).await.unwrap();
        assert_eq!(status, Some(Status::Dnd));
        let last = server.await.unwrap();
        assert!(last.starts_with(&format!("POST /rest/7/{CODE}/im.user.status.get.json")), "{last}");
        assert_eq!(
            client.moved_to().map(|p| p.host()),
            Some(format!("127.0.0.1:{renamed_port}"))
        );
    });
}

#[test]
fn an_endless_answer_is_cut_off_at_the_cap() {
    runtime().block_on(async {
        let (listener, mut client) = listener().await;
        let server = tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let _ = read_request(&mut socket).await;
            let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
            socket.write_all(head.as_bytes()).await.unwrap();
            let chunk = format!("4000\r\n{}\r\n", "a".repeat(0x4000));
            let mut written = 0u64;
            while socket.write_all(chunk.as_bytes()).await.is_ok() {
                written += 0x4000;
            }
            written
        });
        let error = client.get_status(Duration::from_secs(20)).await.unwrap_err();
        assert!(
            matches!(
                error,
                PortalError::NotBitrix {
                    status: 200,
                    body: b24_status::portal_error::Body::TooLarge,
                    ..
                }
            ),
            "{error:?}"
        );
        drop(client);
        let written = server.await.unwrap();
        assert!(written < 64 << 20, "the client read on: {written} bytes");
    });
}
