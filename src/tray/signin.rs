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
//!   `same-origin` → 403; the body must be form-encoded or JSON → 415, at most 8 KiB → 413, decided
//!   from its declared length before any of it is read. `GET` never reads anything from the URL (a query
//!   string is a 404).
//! - Every answer carries `Cache-Control: no-store`, `Referrer-Policy: no-referrer`, `nosniff`,
//!   `X-Frame-Options: DENY`, `Connection: close` and a Content-Security-Policy that allows nothing
//!   external: the page's one inline style and script run by a per-start nonce.
//! - The pasted URL contains the webhook's secret: it is never logged nor echoed (an answer that would
//!   contain it is replaced by a generic one), and every copy this module makes, its read buffers
//!   included, is zeroed once used.
//! - Whoever can connect (any local user, token or not) ties up little: at most
//!   [`SIGN_IN_PAGE_CONNECTIONS`] connections are served at a time (one thread each; more are answered
//!   503 and closed at once), each must send its request within [`SIGN_IN_PAGE_READ_DEADLINE`], and every
//!   connection is closed when its thread ends. Nothing is leaked on purpose.
//! - The server stops after a successful sign-in, at its deadline (10 minutes) or on [`SignInPage::stop`]
//!   / drop. Its threads never keep the process alive, and a slow or silent client only ever ties up the
//!   thread answering it, never the accept loop, so stopping is always prompt.
//!
//! What the page says is its own: a refused sign-in is worded for the page ([`ForThePage`]: what to do
//! here, not which command to run), and it adds "You can close this tab." to the caller's signed-in line.

use std::io;
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use secrecy::zeroize::{Zeroize, Zeroizing};

use crate::error::AppError;
use crate::portal_error::PortalError;
use crate::store::keyring::KeyringError;
use crate::text;
use crate::tuning::{
    SIGN_IN_PAGE_CONNECTIONS, SIGN_IN_PAGE_LINGER, SIGN_IN_PAGE_POLL as POLL,
    SIGN_IN_PAGE_READ_DEADLINE,
};

mod http;
use http::{Connection, Head, ReadError};

pub use crate::tuning::SIGN_IN_PAGE_LIFE as DEADLINE;
/// The largest submission accepted.
const MAX_BODY: usize = 8 * 1024;
/// The page, with `{{NAME}}` placeholders and `{{t:message-id}}` texts filled by [`render`].
const PAGE: &str = include_str!("signin_page.html");

/// A refused sign-in as the page shows it: worded for the page, where the user can paste another URL
/// and press Sign in, rather than for the terminal.
pub trait ForThePage {
    fn for_the_page(self) -> String;
}

/// A message already worded for the page.
impl ForThePage for String {
    fn for_the_page(self) -> String {
        self
    }
}

/// The errors of [`crate::session::login::sign_in`]: those whose terminal wording names a command get
/// the page's own; the others read the same anywhere.
impl ForThePage for AppError {
    fn for_the_page(self) -> String {
        match self {
            AppError::Portal(PortalError::Rejected { code }) => {
                text!("signin-page-error-rejected", code = code)
            }
            AppError::Portal(PortalError::MissingScope) => text!("signin-page-error-missing-scope"),
            AppError::Keyring(KeyringError::Corrupt { account }) => {
                text!("signin-page-error-keyring-corrupt", account = account)
            }
            other => other.to_string(),
        }
    }
}

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
    /// Connections being served (each by a thread of its own).
    open: AtomicUsize,
}

impl SignInPage {
    /// Starts the server on 127.0.0.1 with a random port, in a background thread.
    ///
    /// `verify` is called (on one of the server's threads, one call at a time) with the pasted URL:
    /// `Ok(line)` means signed in (the page shows the line, says the tab can be closed, and the server
    /// stops); `Err(reason)` is shown inline, worded for the page by [`ForThePage`], and the user may try
    /// again. The texts must not contain the pasted URL (if one does, a generic message is shown
    /// instead).
    pub fn start<E: ForThePage>(
        verify: impl Fn(&str) -> Result<String, E> + Send + 'static,
    ) -> io::Result<SignInPage> {
        SignInPage::start_with(verify, DEADLINE)
    }

    /// [`SignInPage::start`] with another deadline (the tests use a short one).
    fn start_with<E: ForThePage>(
        verify: impl Fn(&str) -> Result<String, E> + Send + 'static,
        deadline: Duration,
    ) -> io::Result<SignInPage> {
        let token = random_hex::<32>()?;
        let nonce = random_hex::<16>()?;
        let listener = TcpListener::bind(("127.0.0.1", 0))?;
        // Accepting never blocks, so that the loop sees a stop or its deadline within `POLL`.
        listener.set_nonblocking(true)?;
        let port = listener.local_addr()?.port();
        let host = format!("127.0.0.1:{port}");
        let verify: Box<Verify> = Box::new(move |pasted| verify(pasted).map_err(E::for_the_page));
        let shared = Arc::new(Shared {
            closed: AtomicBool::new(false),
            token,
            nonce,
            origin: format!("http://{host}"),
            host,
            verify: Mutex::new(verify),
            open: AtomicUsize::new(0),
        });
        let url = format!("{}/{}/", shared.origin, shared.token);
        let ends_at = Instant::now() + deadline;
        let loop_shared = Arc::clone(&shared);
        thread::Builder::new()
            .name("signin-page".into())
            .spawn(move || accept_loop(listener, loop_shared, ends_at))?;
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

    /// Stops serving (the listener closes within [`POLL`]). Idempotent. A check already under way still
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

/// Accepts connections until closed or the deadline, and hands each to a thread of its own, so that a
/// client that is slow to send its request cannot hold the loop; at most [`SIGN_IN_PAGE_CONNECTIONS`]
/// at a time.
fn accept_loop(listener: TcpListener, shared: Arc<Shared>, ends_at: Instant) {
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
        match listener.accept() {
            Ok((stream, _)) => admit(&shared, stream),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                thread::sleep(POLL.min(ends_at - now));
            }
            Err(e) => {
                // Out of file descriptors, or a connection reset while queued: try again shortly.
                tracing::debug!("sign-in page: accepting a connection failed: {e}");
                thread::sleep(POLL.min(ends_at - now));
            }
        }
    }
    shared.closed.store(true, Ordering::SeqCst);
    // Dropping the listener closes it; connections still queued are reset.
}

/// Serves `stream` on a thread of its own, or answers 503 and closes it when the page already serves
/// its limit of connections.
fn admit(shared: &Arc<Shared>, stream: TcpStream) {
    if shared.open.fetch_add(1, Ordering::SeqCst) >= SIGN_IN_PAGE_CONNECTIONS {
        shared.open.fetch_sub(1, Ordering::SeqCst);
        tracing::debug!("sign-in page: too many connections; one was refused");
        refuse(stream);
        return;
    }
    let slot = Slot(Arc::clone(shared));
    let spawned = thread::Builder::new()
        .name("signin-connection".into())
        .spawn(move || serve(&slot.0, stream));
    if let Err(e) = spawned {
        // The closure, with the stream and the slot, is dropped: the connection closes, the slot frees.
        tracing::warn!("sign-in page: could not start a thread for a connection: {e}");
    }
}

/// One of the page's connection slots, freed when dropped (whatever way its thread ends).
struct Slot(Arc<Shared>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.open.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A best-effort 503 on a connection beyond the limit, without waiting for anything: what the client
/// has already sent is read and dropped first, so that closing is less likely to reset the connection
/// before the answer is read. (A browser that gets the reset instead shows the page's "gone" message.)
fn refuse(stream: TcpStream) {
    use std::io::{Read, Write};
    if stream.set_nonblocking(true).is_err() {
        return;
    }
    let mut scratch = Zeroizing::new([0u8; 4096]);
    for _ in 0..4 {
        match (&stream).read(&mut scratch[..]) {
            Ok(n) if n > 0 => {}
            _ => break,
        }
    }
    let _ = (&stream).write_all(
        b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    );
    let _ = stream.shutdown(std::net::Shutdown::Write);
}

/// Reads one request from `stream` (within [`SIGN_IN_PAGE_READ_DEADLINE`]), answers it and closes it.
fn serve(shared: &Shared, stream: TcpStream) {
    let Ok(mut connection) = Connection::new(stream, Instant::now() + SIGN_IN_PAGE_READ_DEADLINE)
    else {
        return;
    };
    let head = connection.read_head();
    // The page speaks the browser's language if it has a catalogue, else the app's.
    let locale = head
        .as_ref()
        .ok()
        .and_then(|head| {
            let wanted: Vec<&str> = head.values("Accept-Language").collect();
            text::language::from_accept_language(&wanted.join(","))
        })
        .unwrap_or_else(text::current);
    text::in_language(locale, || answer(shared, connection, head));
}

/// Answers the request read (or not) from `connection`, in this thread's language.
fn answer(shared: &Shared, mut connection: Connection, head: Result<Head, ReadError>) {
    let (reply, head_only) = match head {
        Ok(head) => (
            decide(shared, &mut connection, &head),
            head.method == "HEAD",
        ),
        Err(e) => (read_failed(e), false),
    };
    let (status, headers, body) = match reply {
        Reply::Silence => {
            tracing::debug!("sign-in page: a connection closed or ran out of time unanswered");
            return;
        }
        Reply::Text(status, text) => (
            status,
            vec![
                ("Content-Type", "text/plain; charset=utf-8".to_string()),
                (
                    "Content-Security-Policy",
                    "default-src 'none'; frame-ancestors 'none'".to_string(),
                ),
            ],
            text,
        ),
        Reply::Page(status, view) => (
            status,
            vec![
                ("Content-Type", "text/html; charset=utf-8".to_string()),
                ("Content-Security-Policy", page_csp(&shared.nonce)),
            ],
            render(&shared.nonce, &view),
        ),
        Reply::Json(status, value) => (
            status,
            vec![
                ("Content-Type", "application/json".to_string()),
                (
                    "Content-Security-Policy",
                    "default-src 'none'; frame-ancestors 'none'".to_string(),
                ),
            ],
            value.to_string(),
        ),
    };
    tracing::debug!("sign-in page: answered {status}");
    let mut headers: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (*n, v.as_str())).collect();
    headers.extend([
        ("Cache-Control", "no-store"),
        ("Referrer-Policy", "no-referrer"),
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        // One request per connection: a browser never reuses a connection that outlives the server.
        ("Connection", "close"),
    ]);
    if let Err(e) = connection.answer(
        status,
        &headers,
        body.as_bytes(),
        head_only,
        SIGN_IN_PAGE_LINGER,
    ) {
        tracing::debug!("sign-in page: could not send an answer: {e}");
    }
}

/// The answer to a request, or a body, that could not be read. The plain-text answers here and in
/// `decide`/`submit` are HTTP's own reason phrases, machine words like `get`'s: only a client other than
/// the page sees them, and the page shows `signin-page-refused` in the user's language instead.
fn read_failed(e: ReadError) -> Reply {
    let (status, text) = match e {
        ReadError::Gone => return Reply::Silence,
        ReadError::Bad => (400, "Bad request"),
        ReadError::HeadTooLarge => (431, "Request header fields too large"),
        ReadError::TooLarge => (413, "Payload too large"),
        ReadError::Unsupported => (501, "Not implemented"),
    };
    Reply::Text(status, text.into())
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
    /// No answer: the client closed the connection or did not send its request in time.
    Silence,
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

/// The page's policy: nothing but itself, its own nonce-tagged inline style and script, and fetches and
/// form posts to itself.
fn page_csp(nonce: &str) -> String {
    format!(
        "default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; \
         connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    )
}

/// The value of the only header called `name`; `Err(())` when it appears more than once.
fn single_header<'a>(head: &'a Head, name: &'static str) -> Result<Option<&'a str>, ()> {
    let mut found = head.values(name);
    let first = found.next();
    match found.next() {
        Some(_) => Err(()),
        None => Ok(first),
    }
}

fn decide(shared: &Shared, connection: &mut Connection, head: &Head) -> Reply {
    match single_header(head, "Host") {
        Ok(Some(host)) if host == shared.host => {}
        _ => return Reply::Text(421, "Misdirected request".into()),
    }
    let Some(route) = route(&shared.token, &head.target) else {
        return Reply::Text(404, "Not found".into());
    };
    match (route, head.method.as_str()) {
        (Route::Page, "GET" | "HEAD") => {
            if shared.closed.load(Ordering::SeqCst) {
                Reply::Text(410, text!("signin-closed"))
            } else {
                Reply::Page(200, View::Blank)
            }
        }
        (_, "POST") => submit(shared, connection, head),
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

fn submit(shared: &Shared, connection: &mut Connection, head: &Head) -> Reply {
    // Only the page itself may submit.
    match single_header(head, "Origin") {
        Ok(None) => {}
        Ok(Some(origin)) if origin == shared.origin => {}
        _ => return Reply::Text(403, "Forbidden".into()),
    }
    match single_header(head, "Sec-Fetch-Site") {
        Ok(None | Some("same-origin")) => {}
        _ => return Reply::Text(403, "Forbidden".into()),
    }
    let kind = match single_header(head, "Content-Type") {
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
    // The declared length is checked before anything of the body is read.
    let body = match connection.read_body(head, MAX_BODY) {
        Ok(body) => body,
        Err(e) => return read_failed(e),
    };
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
            "LANG" => out.push_str(text::current().catalogue),
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
