//! A Bitrix24 portal simulator for tests and the demo mode: the public API, the shared state and the accept loops of its two listeners.
//!
//! The HTTP server is written by hand on `tokio::net::TcpListener` and `httparse` rather than on a
//! framework because the simulator must inject byte-level faults (close a connection without an
//! answer, send a body shorter than its `Content-Length`) that a framework would hide or repair.

mod control;
mod http;
mod portal;

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

use http::{ReadError, Request, Response};
use portal::{Auth, Call, Portal};
pub use portal::{SimEvent, SimWorkDay};

/// The starting state of a simulated portal.
#[derive(Clone)]
pub struct SimConfig {
    /// The webhook owner's user id, the first path segment of the webhook URL.
    pub user_id: u64,
    /// The user's first name, as `profile` and `im.user.get` report it.
    pub name: String,
    /// The user's last name.
    pub last_name: String,
    /// The secret in the webhook URL.
    pub webhook_secret: String,
    /// Granted scopes besides `basic`, which is always granted. The default is `im` alone, the one scope
    /// the README has users tick: a test of the calendar (`calendar`) or the work day (`timeman`) grants
    /// them here or with [`Simulator::grant_scopes`], so that a missing scope is what every other test sees,
    /// as most real webhooks would.
    pub scopes: Vec<String>,
    /// When set, `/rest/{method}` calls with `auth=` this token are accepted.
    pub oauth_access_token: Option<String>,
    /// The stored status; `None` makes `im.user.status.get` return `result: false`.
    pub status: Option<String>,
    /// The user's calendar events (none by default).
    pub events: Vec<SimEvent>,
    /// The user's work day; by default `CLOSED` and never opened (see [`SimWorkDay::default`]).
    pub work_day: SimWorkDay,
    /// Users `1..=colleagues` besides `user_id` (an office on one portal, as examples/fleet.rs plays it):
    /// each has a webhook with the same secret and a status of its own; none of them is the webhook
    /// owner the other methods answer for. 0 (the default): no colleagues.
    pub colleagues: u64,
    /// Leaky bucket size (requests).
    pub burst: f64,
    /// Leaky bucket drain rate (requests per second).
    pub drain_per_sec: f64,
}

impl Default for SimConfig {
    fn default() -> SimConfig {
        const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
        let secret = (0..16)
            .map(|_| char::from(ALPHABET[fastrand::usize(..ALPHABET.len())]))
            .collect();
        SimConfig {
            user_id: 7,
            name: "Anna".into(),
            last_name: "Petrova".into(),
            webhook_secret: secret,
            scopes: vec!["im".into()],
            oauth_access_token: None,
            status: None,
            events: Vec::new(),
            work_day: SimWorkDay::default(),
            colleagues: 0,
            burst: 50.0,
            drain_per_sec: 2.0,
        }
    }
}

/// A fault injected into the answer to one request.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fault {
    /// Answer normally after a delay (the call is then processed and counts).
    Delay { ms: u64 },
    /// Read the request, then close the connection without any response.
    Drop,
    /// HTTP 502 with a text/html proxy error page.
    Html502,
    /// A JSON success answer whose body is cut in half (`Content-Length` says the full length), then close.
    Truncated,
    /// 200 `{"result": false, "time": {...}}`.
    ResultFalse,
    /// The API error `code` with its documented HTTP status and description.
    Error { code: String },
    /// A raw answer, e.g. 503 with an empty body.
    HttpStatus { status: u16, body: String },
    /// A 200 JSON answer announcing `bytes` of body (`Content-Length`) and writing them as the client
    /// reads, until it hangs up; what was written is in [`Simulator::streamed`].
    HugeBody { bytes: u64 },
    /// A 200 chunked answer that never ends: chunks are written until the client hangs up.
    EndlessBody,
    /// An API error whose description echoes the request path (and so the webhook's secret), its
    /// slashes escaped as PHP writes them.
    EchoPathInError,
    /// A 200 answer whose `result` is the request path, secret included.
    EchoPathInResult,
    /// A 302 to `to` followed by the request's path (secret included) and query, as a renamed portal
    /// answers, but to any address: one that never answers, or plain HTTP elsewhere.
    Redirect { to: String },
}

impl Fault {
    /// The note recorded in [`CallRecord::error`] for a request this fault answered.
    fn note(&self) -> String {
        match self {
            Fault::Delay { .. } => "fault:delay".into(),
            Fault::Drop => "fault:drop".into(),
            Fault::Html502 => "fault:html502".into(),
            Fault::Truncated => "fault:truncated".into(),
            Fault::ResultFalse => "fault:result_false".into(),
            Fault::Error { code } => format!("fault:error:{code}"),
            Fault::HttpStatus { status, .. } => format!("fault:http_status:{status}"),
            Fault::HugeBody { .. } => "fault:huge_body".into(),
            Fault::EndlessBody => "fault:endless_body".into(),
            Fault::EchoPathInError => "fault:echo_path_in_error".into(),
            Fault::EchoPathInResult => "fault:echo_path_in_result".into(),
            Fault::Redirect { .. } => "fault:redirect".into(),
        }
    }
}

/// One request that reached the portal logic.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct CallRecord {
    /// The method, lowercased and without `.json`; empty for a redirected non-REST path.
    pub method: String,
    /// The decoded parameters (query and body merged).
    pub params: serde_json::Value,
    /// The HTTP status answered, 0 when the connection was dropped without one.
    pub http_status: u16,
    /// The API error code, `"redirect"` for a 302, or `"fault:<kind>"` for an injected fault.
    pub error: Option<String>,
    /// Milliseconds since the simulator started, taken when the request arrived.
    pub at_ms: u64,
    /// `"webhook"`, `"oauth"` or `"none"`.
    pub via: String,
}

/// A running simulated portal with two listeners (its address and its "renamed" address) sharing one state.
pub struct Simulator {
    shared: Arc<Shared>,
    base_url: String,
    /// Dropping the sender tells every task of this simulator to stop.
    shutdown: Option<watch::Sender<()>>,
    /// The thread owning the runtime, for a simulator made by [`Simulator::spawn`].
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Simulator {
    /// Starts the simulator on the current tokio runtime.
    pub async fn start(config: SimConfig) -> std::io::Result<Simulator> {
        let portal_listener = TcpListener::bind("127.0.0.1:0").await?;
        let renamed_listener = TcpListener::bind("127.0.0.1:0").await?;
        let base_url = format!("http://{}", portal_listener.local_addr()?);
        let renamed_base_url = format!("http://{}", renamed_listener.local_addr()?);
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                portal: Portal::new(&config),
                faults: VecDeque::new(),
                renamed: false,
                calls: Vec::new(),
                streamed: Vec::new(),
            }),
            started: Instant::now(),
            renamed_base_url,
        });
        let (shutdown, stopped) = watch::channel(());
        for (listener, side) in [
            (portal_listener, Side::Portal),
            (renamed_listener, Side::Renamed),
        ] {
            let shared = shared.clone();
            let stopped = stopped.clone();
            tokio::spawn(until_shutdown(
                stopped.clone(),
                accept_loop(listener, shared, side, stopped),
            ));
        }
        Ok(Simulator {
            shared,
            base_url,
            shutdown: Some(shutdown),
            thread: None,
        })
    }

    /// Starts the simulator on its own thread with its own runtime, for synchronous tests.
    /// Dropping the simulator stops that runtime and joins the thread.
    pub fn spawn(config: SimConfig) -> std::io::Result<Simulator> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let (sender, receiver) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("b24-sim".into())
            .spawn(move || {
                runtime.block_on(async move {
                    let simulator = match Simulator::start(config).await {
                        Ok(simulator) => simulator,
                        Err(error) => {
                            let _ = sender.send(Err(error));
                            return;
                        }
                    };
                    let stopped = simulator.shutdown.as_ref().map(watch::Sender::subscribe);
                    if sender.send(Ok(simulator)).is_ok()
                        && let Some(mut stopped) = stopped
                    {
                        // Resolves once the simulator, and with it the sender, is dropped.
                        let _ = stopped.changed().await;
                    }
                });
            })?;
        let mut simulator = receiver
            .recv()
            .map_err(|_| std::io::Error::other("simulator thread ended early"))??;
        simulator.thread = Some(thread);
        Ok(simulator)
    }

    /// The portal address, e.g. `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        self.base_url.clone()
    }

    /// The inbound webhook URL, `http://127.0.0.1:PORT/rest/{user_id}/{secret}/`.
    pub fn webhook_url(&self) -> String {
        let state = self.shared.lock();
        format!(
            "{}/rest/{}/{}/",
            self.base_url, state.portal.user_id, state.portal.secret
        )
    }

    /// The second listener's base URL, where the portal lives after a rename.
    pub fn renamed_base_url(&self) -> String {
        self.shared.renamed_base_url.clone()
    }

    /// The webhook secret.
    pub fn secret(&self) -> String {
        self.shared.lock().portal.secret.clone()
    }

    /// Queues a fault for the next request whose method matches (`None` matches any method).
    pub fn push_fault(&self, method: Option<&str>, fault: Fault) {
        self.shared.push_fault(method, fault);
    }

    /// Removes every queued fault.
    pub fn clear_faults(&self) {
        self.shared.lock().faults.clear();
    }

    /// Replaces the stored status. Any string is accepted, so a test can store a value the real API never returns.
    pub fn set_status(&self, status: Option<&str>) {
        self.shared.lock().portal.status = status.map(str::to_owned);
    }

    /// The stored status.
    pub fn status(&self) -> Option<String> {
        self.shared.lock().portal.status.clone()
    }

    /// Makes later webhook calls fail with `INVALID_CREDENTIALS`.
    pub fn revoke_webhook(&self) {
        self.shared.lock().portal.webhook_revoked = true;
    }

    /// Replaces the granted scopes (`basic` stays granted).
    pub fn set_scopes(&self, scopes: &[&str]) {
        self.shared.lock().portal.scopes = scopes.iter().map(|s| (*s).to_owned()).collect();
    }

    /// Adds scopes to the granted ones (those already granted stay once).
    pub fn grant_scopes(&self, scopes: &[&str]) {
        self.shared.grant_scopes(scopes.iter().copied());
    }

    /// Removes scopes from the granted ones (`basic` stays granted whatever the list says).
    pub fn withdraw_scopes(&self, scopes: &[&str]) {
        self.shared.withdraw_scopes(scopes.iter().copied());
    }

    /// The granted scopes besides `basic`.
    pub fn scopes(&self) -> Vec<String> {
        self.shared.lock().portal.scopes.clone()
    }

    /// Replaces the user's calendar. `calendar.event.get.nearest` answers those that overlap its window
    /// from the wall clock's now (`SystemTime::now()`), so place them relative to [`unix_now`].
    pub fn set_events(&self, events: Vec<SimEvent>) {
        self.shared.lock().portal.events = events;
    }

    /// The user's calendar.
    pub fn events(&self) -> Vec<SimEvent> {
        self.shared.lock().portal.events.clone()
    }

    /// Puts the work day in `status` as the user's clicks would have, now ([`SimWorkDay::at`]).
    pub fn set_work_day(&self, status: &str) {
        self.shared.lock().portal.work_day = SimWorkDay::at(status, unix_now());
    }

    /// Replaces the work day with exactly this one.
    pub fn set_work_day_to(&self, day: SimWorkDay) {
        self.shared.lock().portal.work_day = day;
    }

    /// The work day.
    pub fn work_day(&self) -> SimWorkDay {
        self.shared.lock().portal.work_day.clone()
    }

    /// When on, the portal address answers 302 to the same path and query on the renamed address.
    pub fn set_renamed(&self, on: bool) {
        self.shared.lock().renamed = on;
    }

    /// Makes later calls with the OAuth token fail with `expired_token`.
    pub fn expire_oauth_token(&self) {
        self.shared.lock().portal.oauth_expired = true;
    }

    /// Replaces the leaky bucket with an empty one of the given size and drain rate.
    pub fn set_rate_limit(&self, burst: f64, drain_per_sec: f64) {
        self.shared.set_rate_limit(burst, drain_per_sec);
    }

    /// Every request that reached the portal logic, in order.
    pub fn calls(&self) -> Vec<CallRecord> {
        self.shared.lock().calls.clone()
    }

    /// How many recorded calls were of `method` (any spelling: `.json` and case do not matter), whatever
    /// they were answered.
    pub fn call_count(&self, method: &str) -> usize {
        self.shared
            .call_counts()
            .remove(&portal::normalize_method(method))
            .unwrap_or(0)
    }

    /// Forgets the recorded calls.
    pub fn reset_calls(&self) {
        self.shared.lock().calls.clear();
    }

    /// For each answer of [`Fault::HugeBody`] or [`Fault::EndlessBody`] that has ended (the client hung
    /// up, or the announced length was written), how many body bytes the client's socket accepted.
    pub fn streamed(&self) -> Vec<u64> {
        self.shared.lock().streamed.clone()
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        self.shutdown.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Which listener a connection came in on.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Portal,
    Renamed,
}

/// The state both listeners share.
struct Shared {
    state: Mutex<State>,
    started: Instant,
    renamed_base_url: String,
}

struct State {
    portal: Portal,
    /// Queued faults with the method each one waits for.
    faults: VecDeque<(Option<String>, Fault)>,
    renamed: bool,
    calls: Vec<CallRecord>,
    /// Body bytes written by each ended streamed answer.
    streamed: Vec<u64>,
}

/// What to do with a connection after a request.
enum Outcome {
    Reply(Response),
    Drop,
    Truncated(Response),
    /// A 200 JSON body of this length (`None`: chunked and endless), written as the client reads.
    Stream(Option<u64>),
}

/// The portal's decision on a request, made without waiting.
enum Step {
    Done(Outcome),
    /// Run the call after this many milliseconds (the `Delay` fault).
    Delay {
        ms: u64,
        call: Call,
        at_ms: u64,
    },
}

impl Shared {
    /// Locks the state; a panic elsewhere while it was held does not make it unusable.
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn push_fault(&self, method: Option<&str>, fault: Fault) {
        let method = method.map(portal::normalize_method);
        self.lock().faults.push_back((method, fault));
    }

    fn set_rate_limit(&self, burst: f64, drain_per_sec: f64) {
        self.lock().portal.bucket = portal::LeakyBucket::new(burst, drain_per_sec);
    }

    fn grant_scopes<'a>(&self, scopes: impl IntoIterator<Item = &'a str>) {
        let granted = &mut self.lock().portal.scopes;
        for scope in scopes {
            if !granted.iter().any(|s| s == scope) {
                granted.push(scope.to_owned());
            }
        }
    }

    fn withdraw_scopes<'a>(&self, scopes: impl IntoIterator<Item = &'a str>) {
        let withdrawn: Vec<&str> = scopes.into_iter().collect();
        self.lock()
            .portal
            .scopes
            .retain(|s| !withdrawn.contains(&s.as_str()));
    }

    /// The recorded calls counted by method.
    fn call_counts(&self) -> std::collections::BTreeMap<String, usize> {
        let mut counts = std::collections::BTreeMap::new();
        for call in &self.lock().calls {
            *counts.entry(call.method.clone()).or_insert(0) += 1;
        }
        counts
    }

    /// Decides on a request in the order: renamed-302, rate limit, fault, portal logic.
    fn begin(&self, request: &Request, side: Side) -> Step {
        let at_ms = self.started.elapsed().as_millis() as u64;
        let params = http::decode_params(&request.query, &request.content_type, &request.body);
        let call = Call::from_rest_path(&request.path, params.clone());
        let mut state = self.lock();
        if side == Side::Portal && state.renamed {
            let query = if request.query.is_empty() {
                String::new()
            } else {
                format!("?{}", request.query)
            };
            let location = format!("{}{}{query}", self.renamed_base_url, request.path);
            let call = call.unwrap_or(Call {
                method: String::new(),
                auth: Auth::Token(None),
                params,
            });
            state.record(&call, 302, Some("redirect".into()), at_ms);
            return Step::Done(Outcome::Reply(Response::redirect(location)));
        }
        let Some(call) = call else {
            let page = "<html><body><h1>404 Not Found</h1></body></html>";
            return Step::Done(Outcome::Reply(Response::with_type(404, http::HTML, page)));
        };
        if !state.portal.bucket.try_take(Instant::now()) {
            let reply = portal::error_reply("QUERY_LIMIT_EXCEEDED", &call.method);
            state.record(&call, reply.status, reply.error_code(), at_ms);
            return Step::Done(Outcome::Reply(Response::json(reply.status, &reply.body)));
        }
        let Some(fault) = state.take_fault(&call.method) else {
            return Step::Done(Outcome::Reply(state.run(&call, at_ms)));
        };
        let (status, outcome) = match &fault {
            Fault::Delay { ms } => {
                return Step::Delay {
                    ms: *ms,
                    call,
                    at_ms,
                };
            }
            Fault::Drop => (0, Outcome::Drop),
            Fault::Html502 => (
                502,
                Outcome::Reply(Response::with_type(502, http::HTML, BAD_GATEWAY_PAGE)),
            ),
            Fault::Truncated => {
                let reply = state.portal.success(json!(true), now_unix());
                (200, Outcome::Truncated(Response::json(200, &reply.body)))
            }
            Fault::ResultFalse => {
                let reply = state.portal.success(json!(false), now_unix());
                (200, Outcome::Reply(Response::json(200, &reply.body)))
            }
            Fault::Error { code } => {
                let reply = portal::error_reply(code, &call.method);
                (
                    reply.status,
                    Outcome::Reply(Response::json(reply.status, &reply.body)),
                )
            }
            Fault::HttpStatus { status, body } => {
                // A body that looks like JSON is labelled as JSON; anything else is plain text.
                let content_type = match body.trim_start().chars().next() {
                    Some('{' | '[') => Some(http::JSON),
                    Some(_) => Some(http::TEXT),
                    None => None,
                };
                let response = Response {
                    status: *status,
                    content_type,
                    location: None,
                    body: body.clone().into_bytes(),
                };
                (*status, Outcome::Reply(response))
            }
            Fault::HugeBody { bytes } => (200, Outcome::Stream(Some(*bytes))),
            Fault::EndlessBody => (200, Outcome::Stream(None)),
            Fault::EchoPathInError => {
                let description = format!("bad path {}", request.path).replace('/', "\\/");
                let body =
                    format!(r#"{{"error":"WEIRD_ERROR","error_description":"{description}"}}"#);
                (
                    400,
                    Outcome::Reply(Response::with_type(400, http::JSON, body)),
                )
            }
            Fault::EchoPathInResult => {
                let reply = state.portal.success(json!(request.path), now_unix());
                (200, Outcome::Reply(Response::json(200, &reply.body)))
            }
            Fault::Redirect { to } => {
                let query = match request.query.as_str() {
                    "" => String::new(),
                    query => format!("?{query}"),
                };
                let location = format!("{}{}{query}", to.trim_end_matches('/'), request.path);
                (302, Outcome::Reply(Response::redirect(location)))
            }
        };
        state.record(&call, status, Some(fault.note()), at_ms);
        Step::Done(outcome)
    }
}

impl State {
    /// Removes and returns the first queued fault that applies to `method`.
    fn take_fault(&mut self, method: &str) -> Option<Fault> {
        let index = self
            .faults
            .iter()
            .position(|(wanted, _)| wanted.as_deref().is_none_or(|m| m == method))?;
        self.faults.remove(index).map(|(_, fault)| fault)
    }

    /// Runs the portal logic for an admitted call and records it.
    fn run(&mut self, call: &Call, at_ms: u64) -> Response {
        let reply = self.portal.handle(call, now_unix());
        self.record(call, reply.status, reply.error_code(), at_ms);
        Response::json(reply.status, &reply.body)
    }

    fn record(&mut self, call: &Call, http_status: u16, error: Option<String>, at_ms: u64) {
        tracing::debug!(method = %call.method, http_status, ?error, via = call.via(), "simulated portal call");
        self.calls.push(CallRecord {
            method: call.method.clone(),
            params: serde_json::Value::Object(call.params.clone()),
            http_status,
            error,
            at_ms,
            via: call.via().into(),
        });
    }
}

/// The page a reverse proxy shows when the application behind it is down.
const BAD_GATEWAY_PAGE: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

fn now_unix() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

/// The simulator's clock, the wall clock, in whole Unix seconds: what tests place calendar events around.
pub fn unix_now() -> i64 {
    now_unix().floor() as i64
}

/// Runs `task` until it ends or the simulator is dropped.
async fn until_shutdown(mut stopped: watch::Receiver<()>, task: impl Future<Output = ()>) {
    tokio::select! {
        _ = stopped.changed() => {}
        () = task => {}
    }
}

async fn accept_loop(
    listener: TcpListener,
    shared: Arc<Shared>,
    side: Side,
    stopped: watch::Receiver<()>,
) {
    loop {
        match listener.accept().await {
            Ok((stream, peer)) => {
                let task = serve_connection(stream, peer, shared.clone(), side);
                tokio::spawn(until_shutdown(stopped.clone(), task));
            }
            Err(error) => {
                // Typically out of file descriptors: wait a little instead of spinning.
                tracing::debug!(%error, "simulator accept failed");
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        }
    }
}

/// Closes a connection whose request was rejected half-read. Unread input would make the kernel
/// send a reset that can destroy the answer before the client reads it, so the input is drained
/// for a short while first.
async fn linger_close(mut stream: TcpStream) {
    let _ = stream.shutdown().await;
    let drain = async {
        let mut sink = [0u8; 8192];
        let mut drained = 0;
        while drained <= http::MAX_BODY {
            match stream.read(&mut sink).await {
                Ok(0) | Err(_) => break,
                Ok(n) => drained += n,
            }
        }
    };
    let _ = tokio::time::timeout(Duration::from_millis(200), drain).await;
}

/// Serves the requests of one connection until it closes, a fault ends it, or a request asks to close it.
async fn serve_connection(
    mut stream: TcpStream,
    peer: SocketAddr,
    shared: Arc<Shared>,
    side: Side,
) {
    let mut buf = Vec::new();
    loop {
        let request = match http::read_request(&mut stream, &mut buf).await {
            Ok(Some(request)) => request,
            Ok(None) | Err(ReadError::Closed) => return,
            Err(ReadError::Reject(status, message)) => {
                let response = Response::with_type(status, http::TEXT, message);
                let _ = http::write_response(&mut stream, &response, false).await;
                linger_close(stream).await;
                return;
            }
        };
        let outcome = if request.path.starts_with("/_sim/") {
            Outcome::Reply(control::handle(&shared, &request, peer))
        } else {
            match shared.begin(&request, side) {
                Step::Done(outcome) => outcome,
                Step::Delay { ms, call, at_ms } => {
                    tokio::time::sleep(Duration::from_millis(ms)).await;
                    Outcome::Reply(shared.lock().run(&call, at_ms))
                }
            }
        };
        let keep_open = match outcome {
            Outcome::Reply(response) => {
                let written =
                    http::write_response(&mut stream, &response, request.keep_alive).await;
                written.is_ok() && request.keep_alive
            }
            Outcome::Drop => false,
            Outcome::Truncated(response) => {
                let _ = http::write_truncated(&mut stream, &response).await;
                false
            }
            Outcome::Stream(length) => {
                let written = http::write_stream(&mut stream, length).await;
                shared.lock().streamed.push(written);
                false
            }
        };
        if !keep_open {
            let _ = stream.shutdown().await;
            return;
        }
    }
}

#[cfg(test)]
mod tests;
