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
    /// Granted scopes besides `basic`, which is always granted.
    pub scopes: Vec<String>,
    /// When set, `/rest/{method}` calls with `auth=` this token are accepted.
    pub oauth_access_token: Option<String>,
    /// The stored status; `None` makes `im.user.status.get` return `result: false`.
    pub status: Option<String>,
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

    /// Forgets the recorded calls.
    pub fn reset_calls(&self) {
        self.shared.lock().calls.clear();
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
}

/// What to do with a connection after a request.
enum Outcome {
    Reply(Response),
    Drop,
    Truncated(Response),
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
        };
        if !keep_open {
            let _ = stream.shutdown().await;
            return;
        }
    }
}

#[cfg(test)]
mod tests {
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
}
