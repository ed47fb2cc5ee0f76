//! The sign-in page over loopback: its URL, headers, routes, defences, answers and stopping.

use super::*;
use std::io::{Read, Write};
use std::net::TcpStream;

const SECRET_URL: &str = "https://anna.bitrix24.com/rest/7/s3cr3tc0de4u2find/";

/// A verify that accepts only `SECRET_URL`.
fn page() -> SignInPage {
    SignInPage::start(|url| {
        if url.trim() == SECRET_URL {
            Ok("Signed in as Anna Petrova on anna.bitrix24.com (user 7).".into())
        } else {
            Err("the portal rejected the webhook (INVALID_CREDENTIALS)".to_string())
        }
    })
    .unwrap()
}

struct Answer {
    status: u16,
    head: String,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().skip(1).find_map(|line| {
            let (n, v) = line.split_once(':')?;
            n.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_string())
        })
    }
}

fn host_port(page: &SignInPage) -> String {
    page.url()
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_string()
}

fn path(page: &SignInPage) -> String {
    page.url()
        .trim_start_matches("http://")
        .split_once('/')
        .unwrap()
        .1
        .to_string()
}

/// Sends raw bytes and reads the whole answer (the request asks to close the connection).
fn raw(page: &SignInPage, request: &[u8]) -> Answer {
    let mut stream = TcpStream::connect(host_port(page)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(request).unwrap();
    let mut bytes = vec![];
    stream.read_to_end(&mut bytes).unwrap();
    answer_of(&String::from_utf8(bytes).unwrap())
}

fn answer_of(text: &str) -> Answer {
    let (head, body) = text.split_once("\r\n\r\n").expect("a complete answer");
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    Answer {
        status,
        head: head.to_string(),
        body: body.to_string(),
    }
}

/// One request with the right Host unless `headers` brings its own.
fn request(
    page: &SignInPage,
    method: &str,
    target: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Answer {
    let mut text = format!("{method} {target} HTTP/1.1\r\n");
    if !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case("host")) {
        text.push_str(&format!("Host: {}\r\n", host_port(page)));
    }
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    if !body.is_empty() {
        text.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    text.push_str("Connection: close\r\n\r\n");
    let mut bytes = text.into_bytes();
    bytes.extend_from_slice(body);
    raw(page, &bytes)
}

fn origin(page: &SignInPage) -> String {
    format!("http://{}", host_port(page))
}

/// The page's own JSON submission, sent by the test desktop's browser (as in the tray's end-to-end test).
fn post_json(page: &SignInPage, url: &str) -> Answer {
    answer_of(&b24_status_test_desktop::browser::post_json(page.url(), url).1)
}

fn post_form(page: &SignInPage, url: &str) -> Answer {
    let body: String = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("url", url)
        .finish();
    request(
        page,
        "POST",
        &format!("/{}submit", path(page)),
        &[
            ("Origin", &origin(page)),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        body.as_bytes(),
    )
}

fn wait_until_stopped(page: &SignInPage, within: Duration) {
    let until = Instant::now() + within;
    while page.is_running() && Instant::now() < until {
        thread::sleep(Duration::from_millis(20));
    }
    assert!(!page.is_running(), "the page is still running");
    // And the listener goes away: connections are refused.
    let until = Instant::now() + Duration::from_secs(2);
    while TcpStream::connect(host_port(page)).is_ok() {
        assert!(Instant::now() < until, "the listener is still open");
        thread::sleep(Duration::from_millis(20));
    }
}

fn assert_security_headers(answer: &Answer) {
    assert_eq!(answer.header("Cache-Control").as_deref(), Some("no-store"));
    assert_eq!(
        answer.header("Referrer-Policy").as_deref(),
        Some("no-referrer")
    );
    assert_eq!(
        answer.header("X-Content-Type-Options").as_deref(),
        Some("nosniff")
    );
    assert_eq!(answer.header("X-Frame-Options").as_deref(), Some("DENY"));
    let csp = answer.header("Content-Security-Policy").expect("a CSP");
    assert!(csp.starts_with("default-src 'none'"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
}

#[test]
fn the_url_is_loopback_with_a_64_hex_digit_token() {
    let a = page();
    let b = page();
    let token = path(&a);
    let token = token.trim_end_matches('/');
    assert!(a.url().starts_with("http://127.0.0.1:"), "{}", a.url());
    assert!(a.url().ends_with('/'));
    assert_eq!(token.len(), 64);
    assert!(
        token
            .bytes()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
    );
    assert_ne!(a.url(), b.url(), "each start has its own port and token");
    assert_ne!(path(&a), path(&b));
    assert!(!format!("{a:?}").contains(token), "Debug shows the token");
}

#[test]
fn the_page_is_served_with_the_security_headers() {
    let page = page();
    let answer = request(&page, "GET", &format!("/{}", path(&page)), &[], b"");
    assert_eq!(answer.status, 200, "{}", answer.head);
    assert_security_headers(&answer);
    assert_eq!(
        answer.header("Content-Type").as_deref(),
        Some("text/html; charset=utf-8")
    );
    let csp = answer.header("Content-Security-Policy").unwrap();
    for directive in [
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
    ] {
        assert!(csp.contains(directive), "{csp} lacks {directive}");
    }
    // The inline style and script carry the nonce the policy names, and nothing is loaded from elsewhere.
    let nonce = csp
        .split("script-src 'nonce-")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap();
    assert_eq!(nonce.len(), 32);
    assert!(csp.contains(&format!("style-src 'nonce-{nonce}'")), "{csp}");
    assert!(answer.body.contains(&format!("<script nonce=\"{nonce}\">")));
    assert!(answer.body.contains(&format!("<style nonce=\"{nonce}\">")));
    assert_eq!(answer.body.matches("<script").count(), 1);
    assert!(!answer.body.contains("src="), "no external resources");
    assert!(!answer.body.contains("{{"), "an unfilled placeholder");
    assert!(
        answer
            .body
            .contains("<title>Sign in to Bitrix24 — b24-status</title>")
    );
    assert!(
        answer
            .body
            .contains("Applications → Developer resources → Other → Inbound webhook")
    );
    assert!(
        answer
            .body
            .contains(r#"<label for="url">Webhook URL</label>"#)
    );
    assert!(
        answer
            .body
            .contains(r#"type="password" autocomplete="off" spellcheck="false""#)
    );
    assert!(page.is_running());

    // A HEAD has the headers and no body; a second page has another nonce.
    let head = request(&page, "HEAD", &format!("/{}", path(&page)), &[], b"");
    assert_eq!(head.status, 200);
    assert_eq!(head.body, "");
    assert_security_headers(&head);
    let other = self::page();
    let other_csp = request(&other, "GET", &format!("/{}", path(&other)), &[], b"")
        .header("Content-Security-Policy")
        .unwrap();
    assert_ne!(csp, other_csp);
}

#[test]
fn anything_but_the_token_paths_is_404_without_hints() {
    let page = page();
    let token = path(&page);
    let token = token.trim_end_matches('/');
    let mut wrong_last = token.to_string();
    let last = wrong_last.pop().unwrap();
    wrong_last.push(if last == '0' { '1' } else { '0' });
    for target in [
        "/".to_string(),
        "/favicon.ico".to_string(),
        format!("/{token}"),
        format!("/{wrong_last}/"),
        format!("/{}/", &token[..63]),
        format!("/{token}0/"),
        format!("/{}/", token.to_uppercase()),
        format!("/{token}/?url=https%3A%2F%2Fx"),
        format!("/{token}/submit?url=x"),
        format!("/{token}/other"),
        format!("http://127.0.0.1/{token}/"),
    ] {
        let answer = request(&page, "GET", &target, &[], b"");
        assert_eq!(answer.status, 404, "{target}");
        assert_eq!(answer.body, "Not found", "{target}");
        assert_security_headers(&answer);
    }
    // Submissions to a wrong token are 404 too, and never reach verify.
    let answer = request(
        &page,
        "POST",
        &format!("/{wrong_last}/submit"),
        &[("Content-Type", "application/json")],
        br#"{"url":"x"}"#,
    );
    assert_eq!(answer.status, 404);
}

#[test]
fn a_foreign_host_header_is_rejected() {
    let page = page();
    let target = format!("/{}", path(&page));
    let port = host_port(&page).split(':').nth(1).unwrap().to_string();
    for host in [
        "evil.example".to_string(),
        format!("evil.example:{port}"),
        format!("localhost:{port}"),
        "127.0.0.1".to_string(),
        "127.0.0.1:1".to_string(),
        format!("127.0.0.1:{port}.evil.example"),
    ] {
        let answer = request(&page, "GET", &target, &[("Host", &host)], b"");
        assert_eq!(answer.status, 421, "{host}");
        assert!(!answer.body.contains("<form"), "{host}");
        assert_security_headers(&answer);
    }
    // Two Host headers, even if one is right.
    let answer = request(
        &page,
        "GET",
        &target,
        &[("Host", &host_port(&page)), ("Host", "evil.example")],
        b"",
    );
    assert_eq!(answer.status, 421);
    // No Host at all (HTTP/1.0).
    let answer = raw(&page, format!("GET {target} HTTP/1.0\r\n\r\n").as_bytes());
    assert!(
        answer.status == 421 || answer.status == 400,
        "{}",
        answer.status
    );
}

#[test]
fn a_submission_from_another_origin_is_forbidden() {
    let checked = Arc::new(AtomicBool::new(false));
    let seen = Arc::clone(&checked);
    let page = SignInPage::start(move |_| {
        seen.store(true, Ordering::SeqCst);
        Err("x".to_string())
    })
    .unwrap();
    let target = format!("/{}submit", path(&page));
    let port = host_port(&page).split(':').nth(1).unwrap().to_string();
    for headers in [
        vec![("Origin", "http://evil.example".to_string())],
        vec![("Origin", "null".to_string())],
        vec![("Origin", format!("http://localhost:{port}"))],
        vec![("Origin", format!("https://127.0.0.1:{port}"))],
        vec![("Origin", "http://127.0.0.1:1".to_string())],
        vec![("Sec-Fetch-Site", "cross-site".to_string())],
        vec![("Sec-Fetch-Site", "same-site".to_string())],
    ] {
        let mut all: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
        all.push(("Content-Type", "application/x-www-form-urlencoded"));
        let answer = request(&page, "POST", &target, &all, b"url=https%3A%2F%2Fx");
        assert_eq!(answer.status, 403, "{headers:?}");
        assert_security_headers(&answer);
    }
    assert!(
        !checked.load(Ordering::SeqCst),
        "verify ran for a forbidden request"
    );
    assert!(page.is_running());
}

#[test]
fn only_form_or_json_bodies_of_at_most_8_kib_are_read() {
    let page = page();
    let target = format!("/{}submit", path(&page));
    let origin = origin(&page);
    for content_type in ["text/plain", "multipart/form-data; boundary=x", ""] {
        let mut headers = vec![("Origin", origin.as_str())];
        if !content_type.is_empty() {
            headers.push(("Content-Type", content_type));
        }
        let answer = request(&page, "POST", &target, &headers, b"url=x");
        assert_eq!(answer.status, 415, "{content_type:?}");
    }
    let oversize = format!("url={}", "a".repeat(MAX_BODY));
    let answer = request(
        &page,
        "POST",
        &target,
        &[
            ("Origin", &origin),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        oversize.as_bytes(),
    );
    assert_eq!(answer.status, 413);
    assert_security_headers(&answer);
    // Chunked, so the size is only known by reading.
    let mut chunked = format!(
        "POST {target} HTTP/1.1\r\nHost: {}\r\nOrigin: {origin}\r\n\
         Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
        host_port(&page)
    )
    .into_bytes();
    for _ in 0..3 {
        chunked.extend_from_slice(format!("{:x}\r\n{}\r\n", 4000, "a".repeat(4000)).as_bytes());
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    assert_eq!(raw(&page, &chunked).status, 413);
    // A body without the field, or not JSON, is a plain 400.
    let answer = request(
        &page,
        "POST",
        &target,
        &[("Origin", &origin), ("Content-Type", "application/json")],
        b"{\"link\":\"x\"}",
    );
    assert_eq!(answer.status, 400);
    // GET on the submit path and other methods are refused.
    assert_eq!(request(&page, "GET", &target, &[], b"").status, 405);
    assert_eq!(
        request(&page, "PUT", &format!("/{}", path(&page)), &[], b"").status,
        405
    );
    assert!(page.is_running());
}

#[test]
fn a_huge_declared_body_does_not_hurt_the_server() {
    let page = page();
    let mut stream = TcpStream::connect(host_port(&page)).unwrap();
    write!(
        stream,
        "POST /{}submit HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\n\
         Content-Length: 1000000000000\r\n\r\n{{",
        path(&page),
        host_port(&page)
    )
    .unwrap();
    thread::sleep(Duration::from_millis(300));
    // The page still answers others, and a real submission still works.
    let answer = request(&page, "GET", &format!("/{}", path(&page)), &[], b"");
    assert_eq!(answer.status, 200);
    assert_eq!(post_json(&page, SECRET_URL).status, 200);
    drop(stream);
}

#[test]
fn a_rejected_webhook_is_shown_inline_and_the_page_stays_open() {
    let page = page();
    let wrong = "https://anna.bitrix24.com/rest/7/wrongc0de4u2find/";
    let answer = post_json(&page, wrong);
    assert_eq!(answer.status, 422);
    assert_security_headers(&answer);
    assert_eq!(
        answer.header("Content-Type").as_deref(),
        Some("application/json")
    );
    let json: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(json["ok"], false);
    assert_eq!(
        json["message"],
        "the portal rejected the webhook (INVALID_CREDENTIALS)"
    );
    assert!(page.is_running());

    // A plain form post gets the page back with the error in its alert, and the field left empty.
    let answer = post_form(&page, "not <a> url");
    assert_eq!(answer.status, 422);
    assert!(
        answer.body.contains(
            r#"<p id="error" class="alert" role="alert" >the portal rejected the webhook (INVALID_CREDENTIALS)</p>"#
        ),
        "{}",
        answer.body
    );
    assert!(
        answer
            .body
            .contains(r#"<div id="done" class="done" role="status" hidden>"#)
    );
    assert!(!answer.body.contains("not <a> url"));
    assert!(page.is_running());
    // It can still be used.
    assert_eq!(post_json(&page, SECRET_URL).status, 200);
}

#[test]
fn a_success_is_shown_and_stops_the_server() {
    let page = page();
    let answer = post_json(&page, SECRET_URL);
    assert_eq!(answer.status, 200);
    assert_security_headers(&answer);
    let json: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(json["ok"], true);
    assert_eq!(
        json["message"],
        "Signed in as Anna Petrova on anna.bitrix24.com (user 7)."
    );
    wait_until_stopped(&page, Duration::from_secs(2));
}

#[test]
fn a_plain_form_success_disables_the_form() {
    let page = page();
    let answer = post_form(&page, SECRET_URL);
    assert_eq!(answer.status, 200);
    assert!(answer.body.contains(r#"<fieldset id="fields" disabled>"#));
    assert!(answer.body.contains(
        r#"<p id="done-message">Signed in as Anna Petrova on anna.bitrix24.com (user 7).</p>"#
    ));
    assert!(answer.body.contains(r#"role="alert" hidden>"#));
    wait_until_stopped(&page, Duration::from_secs(2));
}

#[test]
fn the_page_stops_at_its_deadline() {
    let page = SignInPage::start_with(|_| Err("x".to_string()), Duration::from_secs(1)).unwrap();
    assert!(page.is_running());
    assert_eq!(
        request(&page, "GET", &format!("/{}", path(&page)), &[], b"").status,
        200
    );
    let started = Instant::now();
    wait_until_stopped(&page, Duration::from_secs(3));
    assert!(started.elapsed() < Duration::from_secs(3));
}

#[test]
fn stop_is_prompt_and_idempotent_and_drop_stops() {
    let page = page();
    assert!(page.is_running());
    page.stop();
    page.stop();
    wait_until_stopped(&page, Duration::from_millis(10));

    let page = self::page();
    let address = host_port(&page);
    drop(page);
    let until = Instant::now() + Duration::from_secs(2);
    while TcpStream::connect(&address).is_ok() {
        assert!(Instant::now() < until, "the listener outlived the drop");
        thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn the_pasted_url_never_appears_in_an_answer() {
    // A careless verify that puts the URL into its messages.
    let page = SignInPage::start(|url| {
        if url.contains("good") {
            Ok(format!("Signed in with {url}"))
        } else {
            Err(format!("could not use {url}"))
        }
    })
    .unwrap();
    let bad = "https://anna.bitrix24.com/rest/7/badsecretcode123/";
    let code = "badsecretcode123";
    for answer in [post_json(&page, bad), post_form(&page, bad)] {
        assert_eq!(answer.status, 422);
        assert!(!answer.head.contains(code), "{}", answer.head);
        assert!(!answer.body.contains(code), "{}", answer.body);
        assert!(
            answer.body.contains("details are not shown"),
            "{}",
            answer.body
        );
    }
    // Only the code, without the rest of the URL, is caught too.
    let page2 =
        SignInPage::start(|url| Err(format!("bad code {}", url.rsplit('/').nth(1).unwrap())))
            .unwrap();
    let answer = post_json(&page2, bad);
    assert!(!answer.body.contains(code), "{}", answer.body);

    let good = "https://anna.bitrix24.com/rest/7/goodsecretcode12/";
    let answer = post_json(&page, good);
    assert_eq!(answer.status, 200);
    assert!(!answer.head.contains("goodsecretcode12"));
    assert!(!answer.body.contains("goodsecretcode12"), "{}", answer.body);
    assert!(answer.body.contains("Signed in."));
}

#[test]
fn the_page_texts_come_from_the_catalogue() {
    let html = render("n0nce", &View::Blank);
    assert!(!html.contains("{{"), "a placeholder is left: {html}");
    assert!(html.contains("<title>Sign in to Bitrix24 — b24-status</title>"));
    assert!(html.contains(
        r#"open <span class="path">Applications → Developer resources → Other → Inbound webhook</span>, tick the scope <code>im</code> (Chat"#
    ));
    assert!(html.contains(
        r#"data-refused="The sign-in page refused the request (HTTP {status}). Open it again"#
    ));
    assert!(html.contains(r#"<button id="submit" type="submit">Sign in</button>"#));
    assert!(html.contains(
        r#"data-busy="The sign-in page is busy with too many connections. Wait a moment, then press Sign in again.""#
    ));
    // Escaped first, then marked: a mark cannot smuggle markup in, and a lone mark stays.
    assert_eq!(
        marked(&escape_html("a `<b>` c `d"), "`", "<code>", "</code>"),
        "a <code>&lt;b&gt;</code> c `d"
    );
}

#[test]
fn messages_are_html_escaped_in_the_page() {
    let page =
        SignInPage::start(|_| Err("expected https://x/rest/<user id>/\"&'".to_string())).unwrap();
    let answer = post_form(&page, "x");
    assert!(
        answer
            .body
            .contains("expected https://x/rest/&lt;user id&gt;/&quot;&amp;&#39;"),
        "{}",
        answer.body
    );
}

#[test]
fn a_check_under_way_finishes_before_a_second_one_starts() {
    let running = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let overlap = Arc::new(AtomicBool::new(false));
    let (r, o) = (Arc::clone(&running), Arc::clone(&overlap));
    let page = Arc::new(
        SignInPage::start(move |_| {
            if r.fetch_add(1, Ordering::SeqCst) > 0 {
                o.store(true, Ordering::SeqCst);
            }
            thread::sleep(Duration::from_millis(200));
            r.fetch_sub(1, Ordering::SeqCst);
            Err("no".to_string())
        })
        .unwrap(),
    );
    let threads: Vec<_> = (0..3)
        .map(|_| {
            let page = Arc::clone(&page);
            thread::spawn(move || post_json(&page, "x").status)
        })
        .collect();
    for t in threads {
        assert_eq!(t.join().unwrap(), 422);
    }
    assert!(!overlap.load(Ordering::SeqCst), "two checks ran at once");
}

#[test]
fn route_and_redact_details() {
    let token = "ab".repeat(32);
    assert!(route(&token, &format!("/{token}/")) == Some(Route::Page));
    assert!(route(&token, &format!("/{token}/submit")) == Some(Route::Submit));
    assert!(route(&token, "").is_none());
    assert!(route(&token, "/é").is_none());
    assert!(route(&token, &format!("x{token}/")).is_none());
    assert!(constant_time_eq(b"abc", b"abc"));
    assert!(!constant_time_eq(b"abc", b"abd"));
    assert!(!constant_time_eq(b"abc", b"abcd"));
    // Ordinary messages pass: a short paste or a host name are not secrets.
    assert_eq!(redact("no: x".into(), "x", "hidden"), "no: x");
    assert_eq!(
        redact(
            "this is not a webhook URL".into(),
            "this is not a webhook",
            "hidden"
        ),
        "this is not a webhook URL"
    );
    assert_eq!(
        redact("bad abcdefgh1234".into(), "abcdefgh1234", "hidden"),
        "hidden"
    );
    assert_eq!(
        redact("bad https://p/x".into(), "https://p/x", "hidden"),
        "hidden"
    );
    assert_eq!(
        redact(
            "bad abcdefgh123 here".into(),
            "anna.bitrix24.com/rest/7/abcdefgh123",
            "hidden"
        ),
        "hidden"
    );
    assert_eq!(
        redact(
            "bad xyzxyzxyz".into(),
            "https://p.example/?auth=xyzxyzxyz",
            "hidden"
        ),
        "hidden"
    );
    assert_eq!(
        redact(
            "cannot reach anna.bitrix24.com".into(),
            "https://anna.bitrix24.com/rest/7/abcdefgh123/",
            "hidden"
        ),
        "cannot reach anna.bitrix24.com"
    );
}

#[test]
fn connections_beyond_the_limit_are_refused_and_freed_slots_serve_again() {
    let page = page();
    let target = format!("/{}", path(&page));
    // Silent clients, as many as the page serves at once: each holds a slot (its thread waits for a
    // request that does not come).
    let silent: Vec<TcpStream> = (0..SIGN_IN_PAGE_CONNECTIONS)
        .map(|_| TcpStream::connect(host_port(&page)).unwrap())
        .collect();
    // The status of a GET, 0 when the connection was reset (refused before the answer was read).
    let get = || {
        let mut stream = TcpStream::connect(host_port(&page)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let _ = write!(
            stream,
            "GET {target} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            host_port(&page)
        );
        let mut bytes = vec![];
        match stream.read_to_end(&mut bytes) {
            Ok(_) => answer_of(&String::from_utf8(bytes).unwrap()).status,
            Err(e) if e.kind() == io::ErrorKind::ConnectionReset => 0,
            Err(e) => panic!("{e}"),
        }
    };
    let until = Instant::now() + Duration::from_secs(10);
    loop {
        let status = get();
        if status == 503 || status == 0 {
            break;
        }
        // The accept loop may not have taken all of them yet.
        assert_eq!(status, 200);
        assert!(Instant::now() < until, "the page never reached its limit");
        thread::sleep(Duration::from_millis(20));
    }
    // Closing them frees their slots at once (their threads see the end of the stream).
    drop(silent);
    let until = Instant::now() + Duration::from_secs(10);
    loop {
        let status = get();
        if status == 200 {
            break;
        }
        assert!(status == 503 || status == 0, "{status}");
        assert!(Instant::now() < until, "the slots were not freed");
        thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(post_json(&page, SECRET_URL).status, 200);
}

#[test]
fn a_declared_oversize_body_is_refused_before_it_is_sent() {
    let page = page();
    let mut stream = TcpStream::connect(host_port(&page)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    // The head only: the answer must come without a byte of the 2 MB body.
    write!(
        stream,
        "POST /{}submit HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\n\
         Content-Length: 2000000\r\n\r\n",
        path(&page),
        host_port(&page)
    )
    .unwrap();
    let mut text = String::new();
    stream.read_to_string(&mut text).unwrap();
    assert_eq!(answer_of(&text).status, 413, "{text}");
    assert!(page.is_running());
}

#[test]
fn sign_in_errors_are_worded_for_the_page() {
    use crate::error::AppError;
    use crate::portal::webhook::WebhookError;
    use crate::portal_error::{ConnectFailure, PortalError};
    use crate::store::config::ConfigError;
    use crate::store::files::FileError;
    use crate::store::keyring::KeyringError;
    // What `session::login::sign_in` can fail with.
    let errors: Vec<AppError> = vec![
        PortalError::Rejected {
            code: "INVALID_CREDENTIALS".into(),
        }
        .into(),
        PortalError::MissingScope.into(),
        PortalError::Timeout {
            host: "anna.bitrix24.com".into(),
        }
        .into(),
        PortalError::Unreachable {
            host: "anna.bitrix24.com".into(),
            reason: ConnectFailure::Refused,
        }
        .into(),
        PortalError::Overloaded.into(),
        PortalError::AccessDenied.into(),
        PortalError::PortalDeleted.into(),
        WebhookError::InsecureHttp.into(),
        KeyringError::Unavailable.into(),
        KeyringError::Locked.into(),
        KeyringError::Busy.into(),
        KeyringError::Failed.into(),
        KeyringError::Corrupt {
            account: "7@anna.bitrix24.com".into(),
        }
        .into(),
        ConfigError::Invalid {
            path: "/home/anna/.config/b24-status/config.toml".into(),
            line: Some(3),
            message: "expected `=`".into(),
        }
        .into(),
        FileError::Write {
            path: "/home/anna/.config/b24-status/config.toml".into(),
            reason: "No space left on device (os error 28)".into(),
        }
        .into(),
    ];
    for error in errors {
        let terminal = error.to_string();
        let page = error.for_the_page();
        for command in [
            "b24-status login",
            "b24-status logout",
            "b24-status doctor",
            "run `",
        ] {
            assert!(!page.contains(command), "{page:?} (terminal: {terminal:?})");
        }
    }
    let rejected: AppError = PortalError::Rejected {
        code: "INVALID_CREDENTIALS".into(),
    }
    .into();
    assert_eq!(
        rejected.for_the_page(),
        "the portal rejected this webhook (INVALID_CREDENTIALS): it was deleted, blocked or \
         re-keyed; create a new inbound webhook in Bitrix24 and paste its URL here"
    );
    // The terminal keeps its own wording.
    let rejected: AppError = PortalError::Rejected {
        code: "INVALID_CREDENTIALS".into(),
    }
    .into();
    assert!(rejected.to_string().contains("run `b24-status login`"));
}
