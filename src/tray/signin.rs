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

pub use crate::tuning::SIGN_IN_PAGE_LIFE as DEADLINE;
/// The largest submission accepted.
const MAX_BODY: usize = 8 * 1024;
/// A declared body up to this size is answered 413 and drained by tiny_http; a larger one is not
/// answered at all (tiny_http would allocate a buffer of the declared size to drain it).
const MAX_DRAIN: usize = 1024 * 1024;
use crate::tuning::SIGN_IN_PAGE_POLL as POLL;
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
mod tests;
