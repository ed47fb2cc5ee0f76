//! The tray's sign-in page: a one-time web server on 127.0.0.1 that the tray opens in the user's browser,
//! where they paste their inbound-webhook URL. It owns the page (`signin_page.html`), its HTTP handling and
//! its defences; what "signing in" means is the caller's `verify` callback (in the app,
//! [`crate::session::login::sign_in`]).
//!
//! Defences, all of which the tests below exercise:
//! - Loopback only, on a random port; the page lives under a one-time path token of 32 bytes from the
//!   OS CSPRNG, compared in constant time. Anything else is a bare 404.
//! - `Host` must be exactly `127.0.0.1:PORT` (DNS rebinding) → 421. A submission must come from the page
//!   itself: `Origin` (when present) must be the page's origin and `Sec-Fetch-Site` (when present)
//!   `same-origin` → 403; the body must be form-encoded or JSON → 415, at most 8 KiB → 413. `GET` never
//!   reads anything from the URL (a query string is a 404).
//! - Every answer carries `Cache-Control: no-store`, `Referrer-Policy: no-referrer`, `nosniff`,
//!   `X-Frame-Options: DENY`, `Connection: close` and a Content-Security-Policy that allows nothing
//!   external: the page's one inline style and script run by a per-start nonce.
//! - The pasted URL contains the webhook's secret: it is never logged nor echoed (an answer that would
//!   contain it is replaced by a generic one), and the copies this module makes are zeroed once `verify`
//!   returns. (tiny_http's own read buffers are outside its reach.)
//! - The server stops after a successful sign-in, at its deadline (10 minutes) or on [`SignInPage::stop`]
//!   / drop. Its threads never keep the process alive, and a slow or silent client only ever ties up the
//!   thread answering it, never the accept loop, so stopping is always prompt.

use std::io::{self, Read};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use secrecy::zeroize::{Zeroize, Zeroizing};
use tiny_http::{Header, Method, Request, Response, Server};

use crate::text;

/// How long the page waits for a sign-in before it closes itself.
pub const DEADLINE: Duration = Duration::from_secs(10 * 60);
/// The largest submission accepted.
const MAX_BODY: usize = 8 * 1024;
/// A declared body up to this size is answered 413 and drained by tiny_http; a larger one is not
/// answered at all (tiny_http would allocate a buffer of the declared size to drain it).
const MAX_DRAIN: usize = 1024 * 1024;
/// How often the accept loop checks the stop flag and the deadline.
const POLL: Duration = Duration::from_millis(100);
/// The page, with `{{NAME}}` placeholders and `{{t:message-id}}` texts filled by [`render`].
const PAGE: &str = include_str!("signin_page.html");

/// A running sign-in page. Dropping it stops the server.
pub struct SignInPage {
    url: String,
    shared: Arc<Shared>,
}

type Verify = dyn Fn(&str) -> Result<String, String> + Send;

/// What the accept loop and the request threads share.
struct Shared {
    /// Set by `stop()`, by a successful sign-in, at the deadline, or when the accept loop ends.
    closed: AtomicBool,
    /// The path token, lowercase hex.
    token: String,
    /// The per-start nonce of the page's inline style and script.
    nonce: String,
    /// The only acceptable `Host` header: `127.0.0.1:PORT`.
    host: String,
    /// The page's origin: `http://127.0.0.1:PORT`.
    origin: String,
    /// The caller's check; the lock also makes submissions take turns.
    verify: Mutex<Box<Verify>>,
}

impl SignInPage {
    /// Starts the server on 127.0.0.1 with a random port, in a background thread.
    ///
    /// `verify` is called (on one of the server's threads, one call at a time) with the pasted URL:
    /// `Ok(message)` means signed in (the page shows the message, then the server stops);
    /// `Err(one-line message)` is shown inline and the user may try again. The messages must not contain
    /// the pasted URL (if one does, a generic message is shown instead).
    pub fn start(
        verify: impl Fn(&str) -> Result<String, String> + Send + 'static,
    ) -> io::Result<SignInPage> {
        SignInPage::start_with(verify, DEADLINE)
    }

    /// [`SignInPage::start`] with another deadline (the tests use a short one).
    fn start_with(
        verify: impl Fn(&str) -> Result<String, String> + Send + 'static,
        deadline: Duration,
    ) -> io::Result<SignInPage> {
        let token = random_hex::<32>()?;
        let nonce = random_hex::<16>()?;
        let server = Server::http(("127.0.0.1", 0)).map_err(io::Error::other)?;
        let port = server
            .server_addr()
            .to_ip()
            .ok_or_else(|| io::Error::other(text!("signin-no-address")))?
            .port();
        let host = format!("127.0.0.1:{port}");
        let shared = Arc::new(Shared {
            closed: AtomicBool::new(false),
            token,
            nonce,
            origin: format!("http://{host}"),
            host,
            verify: Mutex::new(Box::new(verify)),
        });
        let url = format!("{}/{}/", shared.origin, shared.token);
        let ends_at = Instant::now() + deadline;
        let loop_shared = Arc::clone(&shared);
        thread::Builder::new()
            .name("signin-page".into())
            .spawn(move || accept_loop(server, loop_shared, ends_at))?;
        tracing::info!(
            "sign-in page: serving on 127.0.0.1:{port} for up to {} s",
            deadline.as_secs()
        );
        Ok(SignInPage { url, shared })
    }

    /// The page's address, `http://127.0.0.1:PORT/<token>/`. It is the key to the page: hand it to the
    /// user's browser and nowhere else (no logs).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// False after a successful sign-in, after the deadline, or after [`SignInPage::stop`].
    pub fn is_running(&self) -> bool {
        !self.shared.closed.load(Ordering::SeqCst)
    }

    /// Stops serving (the listener closes within 0.1 s). Idempotent. A check already under way still
    /// finishes and its answer is still delivered.
    pub fn stop(&self) {
        if !self.shared.closed.swap(true, Ordering::SeqCst) {
            tracing::info!("sign-in page: stopped");
        }
    }
}

impl Drop for SignInPage {
    fn drop(&mut self) {
        self.stop();
    }
}

impl std::fmt::Debug for SignInPage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL carries the token: keep it out of debug output.
        f.debug_struct("SignInPage")
            .field("running", &self.is_running())
            .finish_non_exhaustive()
    }
}

/// `N` bytes from the OS CSPRNG, as lowercase hex.
fn random_hex<const N: usize>() -> io::Result<String> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes)
        .map_err(|e| io::Error::other(text!("signin-no-random", error = e.to_string())))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Receives requests until closed or the deadline, and hands each to a thread of its own, so that a
/// client that is slow to send its body cannot hold the loop.
fn accept_loop(server: Server, shared: Arc<Shared>, ends_at: Instant) {
    loop {
        if shared.closed.load(Ordering::SeqCst) {
            break;
        }
        let now = Instant::now();
        if now >= ends_at {
            if !shared.closed.swap(true, Ordering::SeqCst) {
                tracing::info!("sign-in page: closed, nobody signed in before its deadline");
            }
            break;
        }
        match server.recv_timeout(POLL.min(ends_at - now)) {
            Ok(Some(request)) => dispatch(&shared, request),
            Ok(None) => {}
            Err(e) => {
                tracing::warn!("sign-in page: the server failed: {e}");
                break;
            }
        }
    }
    shared.closed.store(true, Ordering::SeqCst);
    // Answer whatever is already queued (410), so that no browser waits for an answer that never comes.
    while let Ok(Some(request)) = server.try_recv() {
        dispatch(&shared, request);
    }
    // Dropping the server closes the listener.
}

fn dispatch(shared: &Arc<Shared>, request: Request) {
    let shared = Arc::clone(shared);
    let spawned = thread::Builder::new()
        .name("signin-request".into())
        .spawn(move || handle(&shared, request));
    if let Err(e) = spawned {
        // The request is dropped with the closure: tiny_http answers 500.
        tracing::warn!("sign-in page: could not start a thread for a request: {e}");
    }
}

/// What to answer.
enum Reply {
    /// A bare status line and short text, for everything that is not the page or a submission. The
    /// texts are HTTP's reason phrases (protocol words, as a browser would show them), except a closed
    /// page's, which is from the catalogue.
    Text(u16, String),
    /// The page (a plain form POST gets it back with the outcome filled in).
    Page(u16, View),
    /// The answer to the page's script.
    Json(u16, serde_json::Value),
    /// No answer at all: the request declared a body too large to drain safely.
    Abandon,
}

/// What the page shows besides the form.
enum View {
    Blank,
    Error(String),
    Done(String),
}

/// Where a request with the right token goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Route {
    /// `/<token>/`
    Page,
    /// `/<token>/submit`
    Submit,
}

/// Which kind of body a submission has; the answer is of the same kind.
#[derive(Clone, Copy, PartialEq, Eq)]
enum BodyKind {
    Form,
    Json,
}

fn handle(shared: &Shared, mut request: Request) {
    let method = request.method().clone();
    let reply = decide(shared, &mut request);
    let response = match reply {
        Reply::Abandon => {
            tracing::debug!("sign-in page: {method} with an oversized body left unanswered");
            // Leaked on purpose: dropping it would make tiny_http allocate and read the declared size.
            std::mem::forget(request);
            return;
        }
        Reply::Text(status, text) => {
            tracing::debug!("sign-in page: {method} answered {status}");
            Response::from_string(text)
                .with_status_code(status)
                .with_header(header("Content-Type", "text/plain; charset=utf-8"))
                .with_header(header(
                    "Content-Security-Policy",
                    "default-src 'none'; frame-ancestors 'none'",
                ))
        }
        Reply::Page(status, view) => Response::from_string(render(&shared.nonce, &view))
            .with_status_code(status)
            .with_header(header("Content-Type", "text/html; charset=utf-8"))
            .with_header(header("Content-Security-Policy", &page_csp(&shared.nonce))),
        Reply::Json(status, value) => Response::from_string(value.to_string())
            .with_status_code(status)
            .with_header(header("Content-Type", "application/json"))
            .with_header(header(
                "Content-Security-Policy",
                "default-src 'none'; frame-ancestors 'none'",
            )),
    };
    let response = response
        .with_header(header("Cache-Control", "no-store"))
        .with_header(header("Referrer-Policy", "no-referrer"))
        .with_header(header("X-Content-Type-Options", "nosniff"))
        .with_header(header("X-Frame-Options", "DENY"))
        .with_header(header("Cross-Origin-Opener-Policy", "same-origin"))
        .with_header(header("Cross-Origin-Resource-Policy", "same-origin"))
        // One request per connection: a browser never reuses a connection that outlives the server.
        .with_header(header("Connection", "close"));
    if let Err(e) = request.respond(response) {
        tracing::debug!("sign-in page: could not send an answer: {e}");
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("a valid header")
}

/// The page's policy: nothing but itself, its own nonce-tagged inline style and script, and fetches and
/// form posts to itself.
fn page_csp(nonce: &str) -> String {
    format!(
        "default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; \
         connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    )
}

/// The value of the only header called `name`; `Err(())` when it appears more than once.
fn single_header<'a>(request: &'a Request, name: &'static str) -> Result<Option<&'a str>, ()> {
    let mut found = request
        .headers()
        .iter()
        .filter(|h| h.field.equiv(name))
        .map(|h| h.value.as_str());
    let first = found.next();
    match found.next() {
        Some(_) => Err(()),
        None => Ok(first),
    }
}

fn decide(shared: &Shared, request: &mut Request) -> Reply {
    match single_header(request, "Host") {
        Ok(Some(host)) if host == shared.host => {}
        _ => return Reply::Text(421, "Misdirected request".into()),
    }
    let Some(route) = route(&shared.token, request.url()) else {
        return Reply::Text(404, "Not found".into());
    };
    let method = request.method().clone();
    match (route, method) {
        (Route::Page, Method::Get | Method::Head) => {
            if shared.closed.load(Ordering::SeqCst) {
                Reply::Text(410, text!("signin-closed"))
            } else {
                Reply::Page(200, View::Blank)
            }
        }
        (_, Method::Post) => submit(shared, request),
        _ => Reply::Text(405, "Method not allowed".into()),
    }
}

/// Matches `/<token>/` and `/<token>/submit` exactly (no query); the token in constant time.
fn route(token: &str, target: &str) -> Option<Route> {
    let target = target.as_bytes();
    let token = token.as_bytes();
    let given = target.get(1..1 + token.len())?;
    let token_ok = target.first() == Some(&b'/') && constant_time_eq(given, token);
    let route = match &target[1 + token.len()..] {
        b"/" => Route::Page,
        b"/submit" => Route::Submit,
        _ => return None,
    };
    token_ok.then_some(route)
}

/// Equality that takes the same time wherever the inputs differ.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let diff = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(diff) == 0
}

fn submit(shared: &Shared, request: &mut Request) -> Reply {
    // Only the page itself may submit.
    match single_header(request, "Origin") {
        Ok(None) => {}
        Ok(Some(origin)) if origin == shared.origin => {}
        _ => return Reply::Text(403, "Forbidden".into()),
    }
    match single_header(request, "Sec-Fetch-Site") {
        Ok(None | Some("same-origin")) => {}
        _ => return Reply::Text(403, "Forbidden".into()),
    }
    let kind = match single_header(request, "Content-Type") {
        Ok(Some(value)) => {
            let media = value.split(';').next().unwrap_or("").trim();
            if media.eq_ignore_ascii_case("application/x-www-form-urlencoded") {
                BodyKind::Form
            } else if media.eq_ignore_ascii_case("application/json") {
                BodyKind::Json
            } else {
                return Reply::Text(415, "Unsupported media type".into());
            }
        }
        _ => return Reply::Text(415, "Unsupported media type".into()),
    };
    match request.body_length() {
        Some(n) if n > MAX_DRAIN => return Reply::Abandon,
        Some(n) if n > MAX_BODY => return Reply::Text(413, "Payload too large".into()),
        _ => {}
    }

    // Capacity for the whole limit up front, so that reading never reallocates and leaves copies behind.
    let mut body = Zeroizing::new(Vec::with_capacity(MAX_BODY + 1));
    if request
        .as_reader()
        .take(MAX_BODY as u64 + 1)
        .read_to_end(&mut body)
        .is_err()
    {
        return Reply::Text(400, "Bad request".into());
    }
    if body.len() > MAX_BODY {
        return Reply::Text(413, "Payload too large".into());
    }
    let Some(pasted) = pasted_url(kind, &body) else {
        return Reply::Text(400, "Bad request".into());
    };
    drop(body);

    let outcome = {
        let verify = shared.verify.lock().unwrap_or_else(|e| e.into_inner());
        // Another submission may have signed in, or the page was stopped, while this one waited.
        if shared.closed.load(Ordering::SeqCst) {
            return closed_reply(kind);
        }
        verify(&pasted)
    };
    let outcome = match outcome {
        Ok(message) => Ok(redact(message, &pasted, &text!("signin-signed-in"))),
        Err(message) => Err(redact(message, &pasted, &text!("signin-details-hidden"))),
    };
    drop(pasted);

    match outcome {
        Ok(message) => {
            shared.closed.store(true, Ordering::SeqCst);
            tracing::info!("sign-in page: signed in; the page is closing");
            match kind {
                BodyKind::Json => {
                    Reply::Json(200, serde_json::json!({ "ok": true, "message": message }))
                }
                BodyKind::Form => Reply::Page(200, View::Done(message)),
            }
        }
        Err(message) => {
            tracing::info!(
                "sign-in page: the pasted webhook was not accepted; waiting for another try"
            );
            match kind {
                BodyKind::Json => {
                    Reply::Json(422, serde_json::json!({ "ok": false, "message": message }))
                }
                BodyKind::Form => Reply::Page(422, View::Error(message)),
            }
        }
    }
}

fn closed_reply(kind: BodyKind) -> Reply {
    let closed = text!("signin-closed-reopen");
    match kind {
        BodyKind::Json => Reply::Json(410, serde_json::json!({ "ok": false, "message": closed })),
        BodyKind::Form => Reply::Text(410, closed),
    }
}

/// The `url` field of a submission, in memory that is zeroed on drop.
fn pasted_url(kind: BodyKind, body: &[u8]) -> Option<Zeroizing<String>> {
    match kind {
        BodyKind::Form => url::form_urlencoded::parse(body)
            .find(|(name, _)| name == "url")
            .map(|(_, value)| Zeroizing::new(value.into_owned())),
        BodyKind::Json => {
            #[derive(serde::Deserialize)]
            struct Submission {
                url: String,
            }
            let mut submission: Submission = serde_json::from_slice(body).ok()?;
            let pasted = Zeroizing::new(submission.url.clone());
            submission.url.zeroize();
            Some(pasted)
        }
    }
}

/// `message`, unless it contains the pasted URL or a code-like part of it (8 or more letters and digits
/// between separators), in which case `instead`. The host name is left out (a message naming the portal
/// is fine), and so is a paste that is not URL-like at all (no `/`): it carries no secret to protect.
fn redact(message: String, pasted: &str, instead: &str) -> String {
    let pasted = pasted.trim();
    let without_scheme = pasted.split_once("://").map_or(pasted, |(_, rest)| rest);
    let (whole, after_host) = match without_scheme.find(['/', '?', '#']) {
        Some(at) => (
            pasted.len() >= 8 && message.contains(pasted),
            &without_scheme[at..],
        ),
        // No path: only a bare code could be a secret.
        None => (false, without_scheme),
    };
    let part = after_host
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| p.len() >= 8)
        .any(|p| message.contains(p));
    if whole || part {
        tracing::warn!(
            "sign-in page: a message contained the pasted webhook code; it was replaced"
        );
        instead.to_string()
    } else {
        message
    }
}

/// The page with its placeholders filled in: `{{t:id}}` with catalogue message `id` (see [`page_text`]),
/// the others with the nonce and the outcome. Everything inserted is HTML-escaped.
fn render(nonce: &str, view: &View) -> String {
    let (error, done) = match view {
        View::Blank => (None, None),
        View::Error(m) => (Some(m.as_str()), None),
        View::Done(m) => (None, Some(m.as_str())),
    };
    let mut out = String::with_capacity(PAGE.len() + 256);
    let mut rest = PAGE;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after
            .find("}}")
            .expect("a closed placeholder in signin_page.html");
        match &after[..end] {
            "NONCE" => out.push_str(nonce),
            "ERROR" => out.push_str(&escape_html(error.unwrap_or(""))),
            "ERROR_HIDDEN" => out.push_str(if error.is_some() { "" } else { "hidden" }),
            "DONE" => out.push_str(&escape_html(done.unwrap_or(""))),
            "DONE_HIDDEN" => out.push_str(if done.is_some() { "" } else { "hidden" }),
            "FORM_DISABLED" => out.push_str(if done.is_some() { "disabled" } else { "" }),
            other => match other.strip_prefix("t:") {
                Some(id) => out.push_str(&page_text(id)),
                None => panic!("unknown placeholder {other} in signin_page.html"),
            },
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

/// Catalogue message `id` for the page, HTML-escaped, with its two marks made markup: `` `…` `` a
/// `<code>`, `**…**` a menu path. A `{ $status }` in it is left as `{status}` for the page's script to
/// fill in (the HTTP status of an answer it did not expect).
fn page_text(id: &str) -> String {
    let message = text::message(id, &[("status", text::Arg::from("{status}"))]);
    let escaped = escape_html(&message);
    let paths = marked(&escaped, "**", r#"<span class="path">"#, "</span>");
    marked(&paths, "`", "<code>", "</code>")
}

/// `text` with each pair of `mark`s around a part replaced by `open` and `close`; a mark without its
/// pair stays as it is.
fn marked(text: &str, mark: &str, open: &str, close: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(mark) {
        let after = &rest[start + mark.len()..];
        let Some(end) = after.find(mark) else {
            break;
        };
        out.push_str(&rest[..start]);
        out.push_str(open);
        out.push_str(&after[..end]);
        out.push_str(close);
        rest = &after[end + mark.len()..];
    }
    out.push_str(rest);
    out
}

fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::net::TcpStream;

    const SECRET_URL: &str = "https://anna.bitrix24.com/rest/7/s3cr3tc0de4u2find/";

    /// A verify that accepts only `SECRET_URL`.
    fn page() -> SignInPage {
        SignInPage::start(|url| {
            if url.trim() == SECRET_URL {
                Ok("Signed in as Anna Petrova on anna.bitrix24.com (user 7).".into())
            } else {
                Err("the portal rejected the webhook (INVALID_CREDENTIALS)".into())
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
        let text = String::from_utf8(bytes).unwrap();
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

    fn post_json(page: &SignInPage, url: &str) -> Answer {
        let body = serde_json::json!({ "url": url }).to_string();
        request(
            page,
            "POST",
            &format!("/{}submit", path(page)),
            &[
                ("Origin", &origin(page)),
                ("Content-Type", "application/json"),
                ("Sec-Fetch-Site", "same-origin"),
            ],
            body.as_bytes(),
        )
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
            Err("x".into())
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
            let mut all: Vec<(&str, &str)> =
                headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
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
        let page = SignInPage::start_with(|_| Err("x".into()), Duration::from_secs(1)).unwrap();
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
        // Escaped first, then marked: a mark cannot smuggle markup in, and a lone mark stays.
        assert_eq!(
            marked(&escape_html("a `<b>` c `d"), "`", "<code>", "</code>"),
            "a <code>&lt;b&gt;</code> c `d"
        );
    }

    #[test]
    fn messages_are_html_escaped_in_the_page() {
        let page =
            SignInPage::start(|_| Err("expected https://x/rest/<user id>/\"&'".into())).unwrap();
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
                Err("no".into())
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
}
