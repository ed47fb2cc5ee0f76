//! The simulator over real sockets: webhook and OAuth calls, faults, limits, control endpoints.

use serde_json::Value;

use super::*;

/// Every network wait in these tests is bounded so a misbehaving server fails instead of hanging.
const WAIT: Duration = Duration::from_secs(2);

struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }
}

fn config() -> SimConfig {
    SimConfig {
        oauth_access_token: Some("tok123".into()),
        ..SimConfig::default()
    }
}

fn hook_path(sim: &Simulator, method: &str) -> String {
    format!("/rest/7/{}/{method}", sim.secret())
}

/// A REST call's request text with a JSON body (keep-alive, no `Origin`). Not a copy of the sign-in page's
/// `post_json` (crates/test-desktop's `browser`): that one posts `{"url": …}` to another server, as a
/// browser would.
fn post_json(path: &str, body: &Value) -> String {
    let body = body.to_string();
    format!(
        "POST {path} HTTP/1.1\r\nHost: portal\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
}

fn post_form(path: &str, body: &str) -> String {
    format!(
        "POST {path} HTTP/1.1\r\nHost: portal\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
}

fn get(path: &str) -> String {
    format!("GET {path} HTTP/1.1\r\nHost: portal\r\n\r\n")
}

async fn connect(base_url: &str) -> TcpStream {
    TcpStream::connect(base_url.trim_start_matches("http://"))
        .await
        .unwrap()
}

/// Reads exactly one response: the head, then `Content-Length` body bytes.
async fn read_answer(stream: &mut TcpStream) -> Answer {
    let mut buf = Vec::new();
    loop {
        let mut headers = [httparse::EMPTY_HEADER; 32];
        let mut response = httparse::Response::new(&mut headers);
        if let httparse::Status::Complete(head_len) = response.parse(&buf).unwrap() {
            let headers: Vec<(String, String)> = response
                .headers
                .iter()
                .map(|h| {
                    let value = String::from_utf8_lossy(h.value).into_owned();
                    (h.name.to_owned(), value)
                })
                .collect();
            let status = response.code.unwrap();
            let length: usize = headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
                .map_or(0, |(_, v)| v.parse().unwrap());
            while buf.len() < head_len + length {
                read_some(stream, &mut buf).await;
            }
            let body = buf[head_len..].to_vec();
            assert_eq!(body.len(), length, "no bytes beyond the announced body");
            return Answer {
                status,
                headers,
                body,
            };
        }
        read_some(stream, &mut buf).await;
    }
}

async fn read_some(stream: &mut TcpStream, buf: &mut Vec<u8>) {
    let mut chunk = [0u8; 8192];
    let n = tokio::time::timeout(WAIT, stream.read(&mut chunk))
        .await
        .expect("the server answered in time")
        .unwrap();
    assert!(n > 0, "unexpected EOF after {} bytes", buf.len());
    buf.extend_from_slice(&chunk[..n]);
}

async fn read_to_end(stream: &mut TcpStream) -> Vec<u8> {
    let mut bytes = Vec::new();
    tokio::time::timeout(WAIT, stream.read_to_end(&mut bytes))
        .await
        .expect("the server closed in time")
        .unwrap();
    bytes
}

/// Sends one raw request on a new connection and reads the answer.
async fn call(base_url: &str, raw: &str) -> Answer {
    let mut stream = connect(base_url).await;
    stream.write_all(raw.as_bytes()).await.unwrap();
    read_answer(&mut stream).await
}

#[tokio::test]
async fn urls_and_secret() {
    let sim = Simulator::start(SimConfig::default()).await.unwrap();
    let secret = sim.secret();
    assert_eq!(secret.len(), 16);
    assert!(
        secret
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    );
    assert_eq!(
        sim.webhook_url(),
        format!("{}/rest/7/{secret}/", sim.base_url())
    );
    assert!(sim.base_url().starts_with("http://127.0.0.1:"));
    assert_ne!(sim.base_url(), sim.renamed_base_url());
    assert_ne!(SimConfig::default().webhook_secret, secret);
    fn shareable<T: Send + Sync>(_: &T) {}
    shareable(&sim);
}

#[tokio::test]
async fn webhook_round_trip_with_and_without_json_suffix() {
    let sim = Simulator::start(config()).await.unwrap();
    let base = sim.base_url();
    let set = call(
        &base,
        &post_json(
            &hook_path(&sim, "im.user.status.set"),
            &json!({"STATUS": "dnd"}),
        ),
    )
    .await;
    assert_eq!(set.status, 200);
    assert_eq!(set.header("content-type"), Some(http::JSON));
    let body = set.json();
    assert_eq!(body["result"], json!(true));
    assert!(
        body["time"]["date_start"]
            .as_str()
            .unwrap()
            .ends_with("+00:00")
    );
    assert_eq!(sim.status().as_deref(), Some("dnd"));

    let got = call(
        &base,
        &post_json(&hook_path(&sim, "im.user.status.get.json"), &json!({})),
    )
    .await;
    assert_eq!(
        (got.status, got.json()["result"].clone()),
        (200, json!("dnd"))
    );

    let calls = sim.calls();
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[0].method, "im.user.status.set");
    assert_eq!(calls[0].params, json!({"STATUS": "dnd"}));
    assert_eq!((calls[0].http_status, calls[0].error.clone()), (200, None));
    assert_eq!(calls[1].method, "im.user.status.get");
    assert!(calls.iter().all(|c| c.via == "webhook"));
    assert!(calls[0].at_ms <= calls[1].at_ms);
}

#[tokio::test]
async fn form_encoded_and_get_forms() {
    let sim = Simulator::start(config()).await.unwrap();
    let base = sim.base_url();
    let form = call(
        &base,
        &post_form(&hook_path(&sim, "im.user.status.set.json"), "STATUS=away"),
    )
    .await;
    assert_eq!(form.status, 200);
    assert_eq!(sim.status().as_deref(), Some("away"));

    // A lowercase parameter name and a percent-encoded value in the query string.
    let query = call(
        &base,
        &get(&format!(
            "{}?status=%62reak",
            hook_path(&sim, "im.user.status.set")
        )),
    )
    .await;
    assert_eq!(query.status, 200);
    assert_eq!(sim.status().as_deref(), Some("break"));

    let bad = call(
        &base,
        &get(&format!(
            "{}?STATUS=DND",
            hook_path(&sim, "im.user.status.set")
        )),
    )
    .await;
    assert_eq!(bad.status, 400);
    assert_eq!(
        bad.json(),
        json!({"error": "STATUS_ERROR", "error_description": "Status is not available"})
    );
    assert_eq!(sim.status().as_deref(), Some("break"));
}

#[tokio::test]
async fn oauth_path() {
    let sim = Simulator::start(config()).await.unwrap();
    let base = sim.base_url();
    let set = call(
        &base,
        &get("/rest/im.user.status.set?auth=tok123&STATUS=dnd"),
    )
    .await;
    assert_eq!(set.status, 200);
    assert_eq!(sim.status().as_deref(), Some("dnd"));
    let got = call(
        &base,
        &post_json("/rest/im.user.status.get.json", &json!({"auth": "tok123"})),
    )
    .await;
    assert_eq!(got.json()["result"], json!("dnd"));

    let missing = call(&base, &post_json("/rest/im.user.status.get", &json!({}))).await;
    assert_eq!(
        (missing.status, missing.json()["error"].clone()),
        (401, json!("NO_AUTH_FOUND"))
    );
    let wrong = call(&base, &post_form("/rest/profile", "auth=nope")).await;
    assert_eq!(
        (wrong.status, wrong.json()["error"].clone()),
        (401, json!("invalid_token"))
    );
    sim.expire_oauth_token();
    let expired = call(&base, &get("/rest/profile?auth=tok123")).await;
    assert_eq!(
        (expired.status, expired.json()["error"].clone()),
        (401, json!("expired_token"))
    );

    let via: Vec<String> = sim.calls().into_iter().map(|c| c.via).collect();
    assert_eq!(via, ["oauth", "oauth", "none", "oauth", "oauth"]);
}

#[tokio::test]
async fn revoked_webhook_and_missing_scope() {
    let sim = Simulator::start(config()).await.unwrap();
    let base = sim.base_url();
    sim.set_scopes(&["crm"]);
    let set = call(
        &base,
        &post_json(
            &hook_path(&sim, "im.user.status.set"),
            &json!({"STATUS": "dnd"}),
        ),
    )
    .await;
    assert_eq!(set.status, 403);
    assert_eq!(set.json()["error"], json!("insufficient_scope"));
    let profile = call(&base, &post_json(&hook_path(&sim, "profile"), &json!({}))).await;
    assert_eq!(profile.json()["result"]["NAME"], json!("Anna"));

    sim.set_scopes(&["im"]);
    sim.revoke_webhook();
    let im = call(
        &base,
        &post_json(&hook_path(&sim, "im.user.status.get"), &json!({})),
    )
    .await;
    assert_eq!(
        (im.status, im.json()["error"].clone()),
        (401, json!("INVALID_CREDENTIALS"))
    );
    let profile = call(&base, &post_json(&hook_path(&sim, "profile"), &json!({}))).await;
    assert_eq!(
        (profile.status, profile.json()["error"].clone()),
        (403, json!("INVALID_CREDENTIALS"))
    );
    let unknown = call(
        &base,
        &post_json("/rest/7/wrong/im.user.status.get", &json!({})),
    )
    .await;
    assert_eq!(unknown.json()["error"], json!("INVALID_CREDENTIALS"));
    let not_rest = call(&base, &get("/index.php")).await;
    assert_eq!(not_rest.status, 404);
    assert_eq!(sim.calls().len(), 5, "non-REST paths are not recorded");
}

#[tokio::test]
async fn fault_drop_closes_without_bytes() {
    let sim = Simulator::start(config()).await.unwrap();
    let base = sim.base_url();
    sim.push_fault(Some("im.user.status.set"), Fault::Drop);
    // A call of another method does not consume the fault.
    let got = call(
        &base,
        &post_json(&hook_path(&sim, "im.user.status.get"), &json!({})),
    )
    .await;
    assert_eq!(got.status, 200);

    let mut stream = connect(&base).await;
    let request = post_json(
        &hook_path(&sim, "im.user.status.set"),
        &json!({"STATUS": "dnd"}),
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    assert!(read_to_end(&mut stream).await.is_empty());
    assert_eq!(sim.status(), None, "a dropped request is not processed");
    let last = sim.calls().pop().unwrap();
    assert_eq!(
        (last.http_status, last.error.as_deref()),
        (0, Some("fault:drop"))
    );

    let again = call(&base, &request).await;
    assert_eq!(again.status, 200, "the fault was consumed");
    assert_eq!(sim.status().as_deref(), Some("dnd"));
}

#[tokio::test]
async fn fault_truncated_sends_less_than_content_length() {
    let sim = Simulator::start(config()).await.unwrap();
    sim.push_fault(None, Fault::Truncated);
    let mut stream = connect(&sim.base_url()).await;
    let request = post_json(
        &hook_path(&sim, "im.user.status.set"),
        &json!({"STATUS": "dnd"}),
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let raw = read_to_end(&mut stream).await;
    let text = String::from_utf8(raw).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    assert!(head.starts_with("HTTP/1.1 200 OK"));
    let length: usize = head
        .lines()
        .find_map(|line| line.strip_prefix("Content-Length: "))
        .unwrap()
        .parse()
        .unwrap();
    assert!(length > 20);
    assert_eq!(body.len(), length / 2);
    assert!(serde_json::from_str::<Value>(body).is_err());
    assert_eq!(sim.calls()[0].error.as_deref(), Some("fault:truncated"));
}

#[tokio::test]
async fn fault_html502() {
    let sim = Simulator::start(config()).await.unwrap();
    sim.push_fault(Some("IM.USER.STATUS.SET.json"), Fault::Html502);
    let answer = call(
        &sim.base_url(),
        &post_json(
            &hook_path(&sim, "im.user.status.set"),
            &json!({"STATUS": "dnd"}),
        ),
    )
    .await;
    assert_eq!(answer.status, 502);
    assert_eq!(answer.header("content-type"), Some(http::HTML));
    assert!(String::from_utf8_lossy(&answer.body).contains("502 Bad Gateway"));
    assert_eq!(sim.status(), None);
    let record = &sim.calls()[0];
    assert_eq!(
        (record.http_status, record.error.as_deref()),
        (502, Some("fault:html502"))
    );
}

#[tokio::test]
async fn other_faults_in_fifo_order() {
    let sim = Simulator::start(config()).await.unwrap();
    let base = sim.base_url();
    let set = post_json(
        &hook_path(&sim, "im.user.status.set"),
        &json!({"STATUS": "away"}),
    );
    sim.push_fault(None, Fault::Delay { ms: 150 });
    sim.push_fault(None, Fault::ResultFalse);
    sim.push_fault(
        None,
        Fault::Error {
            code: "QUERY_LIMIT_EXCEEDED".into(),
        },
    );
    sim.push_fault(
        None,
        Fault::Error {
            code: "INVALID_REQUEST".into(),
        },
    );
    sim.push_fault(
        None,
        Fault::HttpStatus {
            status: 503,
            body: String::new(),
        },
    );

    let started = Instant::now();
    let delayed = call(&base, &set).await;
    assert!(started.elapsed() >= Duration::from_millis(150));
    assert_eq!(
        (delayed.status, delayed.json()["result"].clone()),
        (200, json!(true))
    );
    assert_eq!(
        sim.status().as_deref(),
        Some("away"),
        "a delayed call is processed"
    );

    sim.set_status(None);
    let result_false = call(&base, &set).await;
    assert_eq!(result_false.status, 200);
    assert_eq!(result_false.json()["result"], json!(false));
    assert!(result_false.json()["time"]["start"].is_f64());
    assert_eq!(sim.status(), None);

    let limited = call(&base, &set).await;
    assert_eq!(limited.status, 503);
    assert_eq!(
        limited.json(),
        json!({"error": "QUERY_LIMIT_EXCEEDED", "error_description": "Too many requests"})
    );
    let https = call(&base, &set).await;
    assert_eq!(https.status, 400);
    assert_eq!(
        https.json(),
        json!({"error": "INVALID_REQUEST", "error_description": "Https required"})
    );
    let raw = call(&base, &set).await;
    assert_eq!(
        (raw.status, raw.body.len(), raw.header("content-type")),
        (503, 0, None)
    );

    let notes: Vec<Option<String>> = sim.calls().into_iter().map(|c| c.error).collect();
    assert_eq!(
        notes,
        [
            None,
            Some("fault:result_false".into()),
            Some("fault:error:QUERY_LIMIT_EXCEEDED".into()),
            Some("fault:error:INVALID_REQUEST".into()),
            Some("fault:http_status:503".into()),
        ]
    );
    let normal = call(&base, &set).await;
    assert_eq!(normal.json()["result"], json!(true));

    sim.push_fault(None, Fault::Drop);
    sim.clear_faults();
    assert_eq!(call(&base, &set).await.status, 200);
}

#[tokio::test]
async fn renamed_portal_redirects() {
    let sim = Simulator::start(config()).await.unwrap();
    sim.set_renamed(true);
    let path = format!("{}?x=1", hook_path(&sim, "im.user.status.set"));
    let request = post_json(&path, &json!({"STATUS": "dnd"}));
    let moved = call(&sim.base_url(), &request).await;
    assert_eq!(moved.status, 302);
    let location = format!("{}{path}", sim.renamed_base_url());
    assert_eq!(moved.header("location"), Some(location.as_str()));
    assert_eq!(sim.status(), None);

    let served = call(&sim.renamed_base_url(), &request).await;
    assert_eq!(served.status, 200);
    assert_eq!(sim.status().as_deref(), Some("dnd"));

    sim.set_renamed(false);
    assert_eq!(call(&sim.base_url(), &request).await.status, 200);
    let calls = sim.calls();
    assert_eq!(
        (calls[0].http_status, calls[0].error.as_deref()),
        (302, Some("redirect"))
    );
    assert_eq!(calls[0].params, json!({"STATUS": "dnd", "x": "1"}));
    assert_eq!(calls.len(), 3);
}

#[tokio::test]
async fn rate_limit_after_a_burst() {
    // No draining, so the test does not depend on how fast 50 calls run on a busy machine.
    let sim = Simulator::start(SimConfig {
        drain_per_sec: 0.0,
        ..config()
    })
    .await
    .unwrap();
    assert_eq!(SimConfig::default().burst, 50.0);
    let request = get(&hook_path(&sim, "im.user.status.get"));
    let mut stream = connect(&sim.base_url()).await;
    for i in 0..50 {
        stream.write_all(request.as_bytes()).await.unwrap();
        assert_eq!(read_answer(&mut stream).await.status, 200, "call {i}");
    }
    stream.write_all(request.as_bytes()).await.unwrap();
    let refused = read_answer(&mut stream).await;
    assert_eq!(refused.status, 503);
    assert_eq!(refused.header("content-type"), Some(http::JSON));
    assert_eq!(refused.json()["error"], json!("QUERY_LIMIT_EXCEEDED"));

    // Control requests are neither limited nor recorded.
    assert_eq!(
        call(&sim.base_url(), &get("/_sim/status")).await.status,
        200
    );
    let calls = sim.calls();
    assert_eq!(calls.len(), 51);
    assert_eq!(calls[50].error.as_deref(), Some("QUERY_LIMIT_EXCEEDED"));

    sim.set_rate_limit(1.0, 0.0);
    stream.write_all(request.as_bytes()).await.unwrap();
    assert_eq!(read_answer(&mut stream).await.status, 200);
    stream.write_all(request.as_bytes()).await.unwrap();
    assert_eq!(read_answer(&mut stream).await.status, 503);
}

#[tokio::test]
async fn keep_alive_and_connection_close() {
    let sim = Simulator::start(config()).await.unwrap();
    let mut stream = connect(&sim.base_url()).await;
    let set = post_json(
        &hook_path(&sim, "im.user.status.set"),
        &json!({"STATUS": "dnd"}),
    );
    stream.write_all(set.as_bytes()).await.unwrap();
    let first = read_answer(&mut stream).await;
    assert_eq!(first.header("connection"), Some("keep-alive"));
    stream
        .write_all(get(&hook_path(&sim, "im.user.status.get")).as_bytes())
        .await
        .unwrap();
    let second = read_answer(&mut stream).await;
    assert_eq!(second.json()["result"], json!("dnd"));

    let closing = format!(
        "GET {} HTTP/1.1\r\nConnection: close\r\n\r\n",
        hook_path(&sim, "profile")
    );
    stream.write_all(closing.as_bytes()).await.unwrap();
    let third = read_answer(&mut stream).await;
    assert_eq!(
        (third.status, third.header("connection")),
        (200, Some("close"))
    );
    assert!(
        read_to_end(&mut stream).await.is_empty(),
        "the server closed"
    );
}

#[tokio::test]
async fn control_endpoints() {
    let sim = Simulator::start(config()).await.unwrap();
    let base = sim.base_url();
    let ok = call(
        &base,
        &post_json("/_sim/status", &json!({"status": "away"})),
    )
    .await;
    assert_eq!(ok.json(), json!({"ok": true}));
    assert_eq!(sim.status().as_deref(), Some("away"));
    assert_eq!(
        call(&base, &get("/_sim/status")).await.json(),
        json!({"status": "away"})
    );

    let fault = json!({"method": "im.user.status.get", "fault": {"kind": "result_false"}});
    call(&base, &post_json("/_sim/fault", &fault)).await;
    let got = call(
        &base,
        &post_json(&hook_path(&sim, "im.user.status.get"), &json!({})),
    )
    .await;
    assert_eq!(got.json()["result"], json!(false));
    let calls = call(&base, &get("/_sim/calls")).await.json();
    assert_eq!(calls.as_array().unwrap().len(), 1);
    assert_eq!(calls[0]["error"], json!("fault:result_false"));
    call(&base, &post_json("/_sim/reset_calls", &json!({}))).await;
    assert!(sim.calls().is_empty());

    call(&base, &post_json("/_sim/scopes", &json!({"scopes": []}))).await;
    let scoped = call(
        &base,
        &post_json(&hook_path(&sim, "im.user.status.get"), &json!({})),
    )
    .await;
    assert_eq!(scoped.json()["error"], json!("insufficient_scope"));
    call(&base, &post_json("/_sim/revoke", &json!({}))).await;
    let revoked = call(&base, &post_json(&hook_path(&sim, "profile"), &json!({}))).await;
    assert_eq!(revoked.json()["error"], json!("INVALID_CREDENTIALS"));
    call(&base, &post_json("/_sim/rename", &json!({"on": true}))).await;
    assert_eq!(
        call(&base, &get(&hook_path(&sim, "profile"))).await.status,
        302
    );
    // Control endpoints keep working on a renamed portal.
    call(&base, &post_json("/_sim/status", &json!({"status": null}))).await;
    assert_eq!(sim.status(), None);

    let bad = call(
        &base,
        &post_json("/_sim/fault", &json!({"fault": {"kind": "nope"}})),
    )
    .await;
    assert_eq!(bad.status, 400);
    assert_eq!(call(&base, &get("/_sim/nothing")).await.status, 404);
    assert_eq!(sim.calls().len(), 3, "control requests are not recorded");
}

#[tokio::test]
async fn bad_input_is_rejected() {
    let sim = Simulator::start(config()).await.unwrap();
    let huge_head = format!("GET / HTTP/1.1\r\nX-Big: {}\r\n\r\n", "a".repeat(17 * 1024));
    let cases = [
        ("\u{1}\u{2}garbage\r\n\r\n".to_owned(), 400),
        (huge_head, 400),
        (
            "POST /rest/profile HTTP/1.1\r\nContent-Length: 2000000\r\n\r\n".to_owned(),
            413,
        ),
    ];
    for (raw, status) in cases {
        let mut stream = connect(&sim.base_url()).await;
        stream.write_all(raw.as_bytes()).await.unwrap();
        let answer = read_answer(&mut stream).await;
        assert_eq!(answer.status, status);
        assert_eq!(answer.header("connection"), Some("close"));
        assert!(read_to_end(&mut stream).await.is_empty());
    }
    let fine = call(
        &sim.base_url(),
        &post_json(&hook_path(&sim, "profile"), &json!({})),
    )
    .await;
    assert_eq!(fine.status, 200);
}

#[test]
fn spawned_simulator_serves_synchronous_clients_and_stops_on_drop() {
    use std::io::{Read, Write};

    let sim = Simulator::spawn(config()).unwrap();
    sim.set_status(Some("dnd"));
    let address = sim.base_url().trim_start_matches("http://").to_owned();
    let mut stream = std::net::TcpStream::connect(&address).unwrap();
    stream.set_read_timeout(Some(WAIT)).unwrap();
    let request = format!(
        "GET {} HTTP/1.1\r\nConnection: close\r\n\r\n",
        hook_path(&sim, "im.user.status.get")
    );
    stream.write_all(request.as_bytes()).unwrap();
    let mut text = String::new();
    stream.read_to_string(&mut text).unwrap();
    assert!(text.starts_with("HTTP/1.1 200 OK"), "{text}");
    assert!(text.contains(r#""result":"dnd""#), "{text}");

    drop(sim);
    assert!(
        std::net::TcpStream::connect(&address).is_err(),
        "the listener is closed"
    );
}

#[tokio::test]
async fn faults_that_echo_the_path_or_redirect_anywhere() {
    let sim = Simulator::start(config()).await.unwrap();
    let path = hook_path(&sim, "profile");
    let request = post_json(&path, &json!({}));

    sim.push_fault(None, Fault::EchoPathInError);
    let answer = call(&sim.base_url(), &request).await;
    assert_eq!(answer.status, 400);
    let raw = String::from_utf8(answer.body.clone()).unwrap();
    assert!(
        raw.contains(r"\/rest\/7\/"),
        "slashes escaped as PHP does: {raw}"
    );
    assert_eq!(
        answer.json(),
        json!({"error": "WEIRD_ERROR", "error_description": format!("bad path {path}")})
    );

    sim.push_fault(None, Fault::EchoPathInResult);
    let answer = call(&sim.base_url(), &request).await;
    assert_eq!(
        (answer.status, &answer.json()["result"]),
        (200, &json!(path))
    );

    sim.push_fault(
        None,
        Fault::Redirect {
            to: "http://localhost:9/".into(),
        },
    );
    let answer = call(&sim.base_url(), &request).await;
    assert_eq!(answer.status, 302);
    assert_eq!(
        answer.header("Location"),
        Some(format!("http://localhost:9{path}").as_str())
    );
    let notes: Vec<_> = sim.calls().into_iter().filter_map(|c| c.error).collect();
    assert_eq!(
        notes,
        [
            "fault:echo_path_in_error",
            "fault:echo_path_in_result",
            "fault:redirect"
        ]
    );
}

#[tokio::test]
async fn streamed_faults_stop_when_the_client_hangs_up() {
    let sim = Simulator::start(config()).await.unwrap();
    let request = post_json(&hook_path(&sim, "profile"), &json!({}));
    sim.push_fault(None, Fault::HugeBody { bytes: 1 << 40 });
    sim.push_fault(None, Fault::EndlessBody);
    for _ in 0..2 {
        let mut stream = connect(&sim.base_url()).await;
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut first = vec![0; 100_000];
        let mut got = 0;
        while got < first.len() {
            got += stream.read(&mut first[got..]).await.unwrap();
        }
        assert!(String::from_utf8_lossy(&first).starts_with("HTTP/1.1 200 OK"));
        drop(stream);
    }
    let deadline = Instant::now() + Duration::from_secs(20);
    while sim.streamed().len() < 2 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let streamed = sim.streamed();
    assert_eq!(streamed.len(), 2, "both writers noticed the hang-up");
    for bytes in streamed {
        // What was read, plus what the kernel's socket buffers took.
        assert!((90_000..64 << 20).contains(&bytes), "{bytes}");
    }
}

#[tokio::test]
async fn calendar_and_work_day_through_the_control_endpoints() {
    let sim = Simulator::start(config()).await.unwrap();
    let base = sim.base_url();
    let nearest = hook_path(&sim, "calendar.event.get.nearest");
    let work_day = hook_path(&sim, "timeman.status");

    // Without the scopes (the default webhook has `im` alone): 403 as for any other method.
    for path in [&nearest, &work_day] {
        let denied = call(&base, &post_json(path, &json!({}))).await;
        assert_eq!(denied.status, 403);
        assert_eq!(denied.json()["error"], json!("insufficient_scope"));
    }
    let grant = json!({"scopes": ["calendar", "timeman", "im"]});
    let ok = call(&base, &post_json("/_sim/scopes/grant", &grant)).await;
    assert_eq!(ok.json(), json!({"ok": true}));
    assert_eq!(
        call(&base, &get("/_sim/scopes")).await.json(),
        json!({"scopes": ["im", "calendar", "timeman"]})
    );
    assert_eq!(sim.scopes(), ["im", "calendar", "timeman"]);

    let now = unix_now();
    let events = json!({"events": [
        {"id": "10", "name": "Later", "from": now + 7200, "to": now + 9000},
        {"id": "11", "name": "Now", "from": now - 60, "to": now + 1800,
         "meeting_status": "H", "accessibility": "busy"},
        {"id": "12", "name": "Day off", "from": now, "to": now, "all_day": true,
         "accessibility": "absent"},
    ]});
    let set = call(&base, &post_json("/_sim/events", &events)).await;
    assert_eq!(set.json(), json!({"ok": true}));
    let listed = call(&base, &get("/_sim/events")).await.json();
    assert_eq!(listed["events"][1]["meeting_status"], json!("H"));
    assert_eq!(
        listed["events"][0]["accessibility"],
        json!("busy"),
        "a default"
    );
    assert_eq!(sim.events().len(), 3);

    // Form-encoded, as a form would send it: every number a string.
    let answer = call(
        &base,
        &post_form(
            &nearest,
            "type=user&ownerId=7&days=1&forCurrentUser=true&maxEventsCount=2",
        ),
    )
    .await;
    assert_eq!(answer.status, 200);
    let body = answer.json();
    let result = body["result"].as_array().unwrap();
    let names: Vec<_> = result.iter().map(|e| e["NAME"].as_str().unwrap()).collect();
    assert_eq!(names, ["Now", "Day off"]);
    assert_eq!(result[0]["DATE_FROM_TS_UTC"], json!((now - 60).to_string()));
    assert_eq!(result[1]["DT_SKIP_TIME"], json!("Y"));
    assert!(body["time"]["start"].is_f64());

    let got = call(&base, &post_json(&work_day, &json!({}))).await;
    assert_eq!(got.json()["result"]["STATUS"], json!("CLOSED"));
    for status in ["OPENED", "PAUSED", "EXPIRED", "CLOSED"] {
        let set = json!({"status": status});
        call(&base, &post_json("/_sim/work_day", &set)).await;
        let got = call(&base, &post_json(&work_day, &json!({}))).await;
        assert_eq!(got.json()["result"]["STATUS"], json!(status));
    }
    let exact =
        json!({"status": "CLOSED", "time_start": 0, "time_finish": 3600, "time_leaks": 600});
    call(&base, &post_json("/_sim/work_day", &exact)).await;
    assert_eq!(
        call(&base, &get("/_sim/work_day")).await.json(),
        json!({"status": "CLOSED", "time_start": 0, "time_finish": 3600, "time_leaks": 600})
    );
    let got = call(&base, &get(&work_day)).await.json();
    assert_eq!(got["result"]["DURATION"], json!("00:50:00"));
    assert_eq!(
        got["result"]["TIME_START"],
        json!("1970-01-01T00:00:00+00:00")
    );
    sim.set_work_day("OPENED");
    assert_eq!(sim.work_day().status, "OPENED");
    assert!(sim.work_day().time_start.unwrap() >= now);

    let counts = call(&base, &get("/_sim/counts")).await.json();
    assert_eq!(
        counts,
        json!({"calendar.event.get.nearest": 2, "timeman.status": 7})
    );
    assert_eq!(sim.call_count("calendar.event.get.nearest"), 2);
    assert_eq!(sim.call_count("TIMEMAN.STATUS.json"), 7);
    assert_eq!(sim.call_count("profile"), 0);

    let withdraw = json!({"scopes": ["calendar"]});
    call(&base, &post_json("/_sim/scopes/withdraw", &withdraw)).await;
    let denied = call(&base, &post_json(&nearest, &json!({}))).await;
    assert_eq!(
        (denied.status, denied.json()["error"].clone()),
        (403, json!("insufficient_scope"))
    );
    sim.withdraw_scopes(&["timeman", "basic"]);
    sim.grant_scopes(&["calendar", "calendar"]);
    assert_eq!(sim.scopes(), ["im", "calendar"]);

    let bad = call(
        &base,
        &post_json("/_sim/events", &json!({"events": [{"id": "1"}]})),
    )
    .await;
    assert_eq!(bad.status, 400);
    let bad = call(&base, &post_json("/_sim/work_day", &json!({}))).await;
    assert_eq!(bad.status, 400);
}

#[tokio::test]
async fn calendar_faults_and_the_rate_limit() {
    let sim = Simulator::start(SimConfig {
        scopes: vec!["im".into(), "calendar".into(), "timeman".into()],
        drain_per_sec: 0.0,
        burst: 3.0,
        ..config()
    })
    .await
    .unwrap();
    let base = sim.base_url();
    let nearest = post_json(
        &hook_path(&sim, "calendar.event.get.nearest"),
        &json!({"days": 1}),
    );
    let work_day = post_json(&hook_path(&sim, "timeman.status"), &json!({}));
    sim.push_fault(
        Some("calendar.event.get.nearest"),
        Fault::Error {
            code: String::new(),
        },
    );
    // The work day does not take the calendar's fault.
    assert_eq!(call(&base, &work_day).await.status, 200);
    let refused = call(&base, &nearest).await;
    assert_eq!(
        (refused.status, refused.json()),
        (
            400,
            json!({"error": "", "error_description": "Access denied"})
        )
    );
    assert_eq!(call(&base, &nearest).await.json()["result"], json!([]));
    let limited = call(&base, &work_day).await;
    assert_eq!(
        (limited.status, limited.json()["error"].clone()),
        (503, json!("QUERY_LIMIT_EXCEEDED"))
    );
    let notes: Vec<_> = sim
        .calls()
        .into_iter()
        .map(|c| (c.method, c.error))
        .collect();
    assert_eq!(
        notes,
        [
            ("timeman.status".to_owned(), None),
            (
                "calendar.event.get.nearest".to_owned(),
                Some("fault:error:".to_owned())
            ),
            ("calendar.event.get.nearest".to_owned(), None),
            (
                "timeman.status".to_owned(),
                Some("QUERY_LIMIT_EXCEEDED".to_owned())
            ),
        ]
    );
}
