//! The portal client: one HTTP POST per REST call, answers handed to [`crate::portal::response`].
//!
//! It makes a single attempt per call (retries are the engine's decision), follows a renamed portal's 302
//! by hand (automatic redirects could drop the POST body; only to HTTPS) and remembers the new address
//! once a call there succeeded, reads at most [`MAX_ANSWER_BYTES`] of an answer, redacts the secret from
//! what the portal wrote, and turns transport failures into [`PortalError`]s. The request URL contains
//! the secret, so neither it nor a `reqwest::Error` (whose `Display` includes the URL) is ever logged or
//! shown.

use std::error::Error as _;
use std::sync::Once;
use std::time::{Duration, Instant};

use b24_status_core::automatic::WorkDay;
use b24_status_core::automatic::meeting::Event;
use reqwest::header::{CONTENT_TYPE, LOCATION};
use serde_json::{Value, json};

use crate::engine::{Call, Outcome};
use crate::portal::response::{self, Answer, Profile};
use crate::portal::webhook::{Portal, Webhook};
use crate::portal_error::{Body, ConnectFailure, PortalError, RedirectProblem};
use crate::status::Status;

/// Sent as `User-Agent` on every call.
pub const USER_AGENT: &str = concat!("b24-status/", env!("CARGO_PKG_VERSION"));
pub use crate::tuning::{CALL_TIMEOUT, CONNECT_TIMEOUT};
use crate::tuning::{MAX_ANSWER_BYTES, MAX_REDIRECTS};

/// The methods b24-status calls: the status and the profile (scope `im`, and `basic`), and for the
/// automatic status the calendar (scope `calendar`) and the work day (scope `timeman`).
pub mod method {
    pub const SET: &str = "im.user.status.set";
    pub const GET: &str = "im.user.status.get";
    pub const PROFILE: &str = "profile";
    pub const CALENDAR_NEAREST: &str = "calendar.event.get.nearest";
    pub const WORK_DAY: &str = "timeman.status";
}

/// The most events one calendar read asks for (`maxEventsCount`). The portal lists them by start, so the
/// meetings under way and the next ones come first; a real event is 2–3 KB of JSON, so a hundred keep
/// the answer well below [`MAX_ANSWER_BYTES`], where a crowded calendar could otherwise pass it and fail
/// every read.
pub const MAX_EVENTS: u32 = 100;

/// Talks to one portal as one webhook. Cheap to clone (the HTTP connection pool is shared).
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    /// Whether `http` trusts the system's root certificates (see [`http_client`]).
    tls: bool,
    webhook: Webhook,
    moved: bool,
}

/// The HTTP stack could not be set up (no TLS roots, say). Rare, and not the portal's fault. Holds the
/// builder error's underlying cause, if it has one (it never holds a URL).
#[derive(Debug, thiserror::Error)]
#[error("{}", self.text())]
pub struct ClientInitError {
    cause: Option<String>,
}

impl ClientInitError {
    fn text(&self) -> String {
        match &self.cause {
            Some(cause) => text!("client-init-failed-because", cause = cause),
            None => text!("client-init-failed"),
        }
    }
}

impl Client {
    pub fn new(webhook: Webhook) -> Result<Client, ClientInitError> {
        let tls = webhook.portal.is_https();
        Ok(Client {
            http: http_client(tls).map_err(|e| ClientInitError {
                cause: build_error_cause(&e),
            })?,
            tls,
            webhook,
            moved: false,
        })
    }

    pub fn webhook(&self) -> &Webhook {
        &self.webhook
    }

    /// The portal's new address if it answered with a rename redirect since this client was made, and a
    /// call to that address then succeeded.
    pub fn moved_to(&self) -> Option<&Portal> {
        self.moved.then_some(&self.webhook.portal)
    }

    /// Performs a call the engine asked for and reports its outcome.
    pub async fn perform(&mut self, call: Call, timeout: Duration) -> Outcome {
        let result = match call {
            Call::Set(status) => self
                .set_status(status, timeout)
                .await
                .map(|()| Outcome::SetConfirmed),
            Call::Get => self.get_status(timeout).await.map(Outcome::Read),
        };
        result.unwrap_or_else(Outcome::Failed)
    }

    pub async fn set_status(
        &mut self,
        status: Status,
        timeout: Duration,
    ) -> Result<(), PortalError> {
        let body = json!({ "STATUS": status.wire() });
        self.call(method::SET, &body, timeout, response::parse_set)
            .await
    }

    pub async fn get_status(&mut self, timeout: Duration) -> Result<Option<Status>, PortalError> {
        self.call(method::GET, &json!({}), timeout, response::parse_get)
            .await
    }

    pub async fn profile(&mut self, timeout: Duration) -> Result<Profile, PortalError> {
        self.call(
            method::PROFILE,
            &json!({}),
            timeout,
            response::parse_profile,
        )
        .await
    }

    /// The user's calendar events overlapping the coming `days` (from now), as `calendar.event.get.nearest`
    /// lists them: by start, each occurrence of a recurring event on its own, at most [`MAX_EVENTS`]. A
    /// webhook without the `calendar` scope gets [`PortalError::MissingScope`].
    pub async fn nearest_events(
        &mut self,
        user_id: u64,
        days: u32,
        timeout: Duration,
    ) -> Result<Vec<Event>, PortalError> {
        let body = json!({
            "type": "user",
            "ownerId": user_id,
            "days": days,
            "forCurrentUser": true,
            "maxEventsCount": MAX_EVENTS,
        });
        self.call(
            method::CALENDAR_NEAREST,
            &body,
            timeout,
            response::parse_events,
        )
        .await
    }

    /// The state of the user's work day (`timeman.status`). A webhook without the `timeman` scope gets
    /// [`PortalError::MissingScope`].
    pub async fn work_day(&mut self, timeout: Duration) -> Result<WorkDay, PortalError> {
        self.call(
            method::WORK_DAY,
            &json!({}),
            timeout,
            response::parse_work_day,
        )
        .await
    }

    /// One call: the POST, then the answer parsed with the secret redacted from everything the portal
    /// wrote (a portal may echo the request path, which holds it). A redirect's new address becomes this
    /// client's only once a call there succeeded: an address that never answers is not remembered.
    async fn call<T>(
        &mut self,
        method: &str,
        body: &Value,
        timeout: Duration,
        parse: fn(&Answer<'_>) -> Result<T, PortalError>,
    ) -> Result<T, PortalError> {
        let (http_status, bytes, portal) = self.post(method, body, timeout).await?;
        let bytes = response::redact_secret(&bytes, self.webhook.secret.expose());
        let host = portal.host();
        let result = parse(&answer(&host, method, http_status, &bytes));
        if result.is_ok() && portal != self.webhook.portal {
            tracing::info!(method, from = %self.webhook.portal.host(), to = %host, "the portal moved");
            self.webhook.portal = portal;
            self.moved = true;
        }
        result
    }

    /// POSTs `body` as JSON to `method`, following rename redirects. Returns the final status, the body
    /// (at most [`MAX_ANSWER_BYTES`] of it) and the address that answered.
    async fn post(
        &mut self,
        method: &str,
        body: &Value,
        timeout: Duration,
    ) -> Result<(u16, Vec<u8>, Portal), PortalError> {
        let started = Instant::now();
        let payload = body.to_string();
        let mut target = self.webhook.clone();
        for _ in 0..=MAX_REDIRECTS {
            let host = target.portal.host();
            let left = timeout.saturating_sub(started.elapsed());
            let response = self
                .http
                .post(target.method_url(method))
                .header(CONTENT_TYPE, "application/json")
                .body(payload.clone())
                .timeout(left)
                .send()
                .await
                .map_err(|e| transport_error(&e, &host, false))?;
            let status = response.status();
            if status.is_redirection() {
                let location = response
                    .headers()
                    .get(LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned);
                target.portal = self.follow(&target, method, location)?;
                tracing::info!(method, from = %host, to = %target.portal.host(), "the portal redirects");
                continue;
            }
            let bytes = read_body(response, &host, status.as_u16()).await?;
            tracing::debug!(
                method,
                host = %host,
                status = status.as_u16(),
                bytes = bytes.len(),
                ms = started.elapsed().as_millis() as u64,
                "portal answered"
            );
            return Ok((status.as_u16(), bytes, target.portal));
        }
        Err(PortalError::BadRedirect {
            problem: RedirectProblem::Loop,
        })
    }

    /// The address a redirect's `Location` moves `from` to. Only HTTPS is followed, or plain HTTP from a
    /// plain-HTTP loopback portal (the simulator) to the same loopback host: never from HTTPS down to
    /// HTTP, never to another host in clear text.
    fn follow(
        &mut self,
        from: &Webhook,
        method: &str,
        location: Option<String>,
    ) -> Result<Portal, PortalError> {
        let location = location.ok_or(PortalError::BadRedirect {
            problem: RedirectProblem::NoLocation,
        })?;
        let here = from.method_url(method);
        let target = here.join(&location).map_err(|_| PortalError::BadRedirect {
            problem: RedirectProblem::InvalidUrl,
        })?;
        let moved = Webhook::parse(target.as_str()).map_err(|e| PortalError::BadRedirect {
            problem: match e {
                crate::portal::webhook::WebhookError::InsecureHttp => RedirectProblem::NotHttps,
                _ => RedirectProblem::NotWebhook,
            },
        })?;
        if !may_follow(&here, &target) {
            return Err(PortalError::BadRedirect {
                problem: RedirectProblem::NotHttps,
            });
        }
        if moved.user_id != from.user_id || moved.secret != from.secret {
            return Err(PortalError::BadRedirect {
                problem: RedirectProblem::OtherWebhook,
            });
        }
        if moved.portal.is_https() && !self.tls {
            // A loopback portal that moved to HTTPS: now the roots are needed.
            self.http = http_client(true).map_err(|_| PortalError::Unreachable {
                host: moved.portal.host(),
                reason: ConnectFailure::Tls,
            })?;
            self.tls = true;
        }
        Ok(moved.portal)
    }
}

/// Whether a redirect from `here` to `target` may be followed: to HTTPS, or from a plain-HTTP (loopback)
/// portal to plain HTTP on the same host (the simulator's other port). Never from HTTPS down to HTTP, and
/// never in clear text to another host, loopback or not.
fn may_follow(here: &url::Url, target: &url::Url) -> bool {
    match target.scheme() {
        "https" => true,
        "http" => here.scheme() == "http" && target.host() == here.host(),
        _ => false,
    }
}

/// Reads an answer's body, at most [`MAX_ANSWER_BYTES`] of it: a longer one (announced or not) is a bad
/// answer, and the rest is never read (dropping the response closes the connection).
async fn read_body(
    mut response: reqwest::Response,
    host: &str,
    status: u16,
) -> Result<Vec<u8>, PortalError> {
    let too_large = || PortalError::NotBitrix {
        host: host.to_string(),
        status,
        body: Body::TooLarge,
    };
    if response
        .content_length()
        .is_some_and(|length| length > MAX_ANSWER_BYTES as u64)
    {
        return Err(too_large());
    }
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| transport_error(&e, host, true))?
    {
        if body.len() + chunk.len() > MAX_ANSWER_BYTES {
            tracing::debug!(
                host,
                read = body.len() + chunk.len(),
                "answer too large, reading stopped"
            );
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// The HTTP client. With `tls`, it trusts the system's root certificates, which rustls-platform-verifier
/// reads from disk and parses when the client is built (on Debian the CA bundle and then every one of the
/// ~280 files of /etc/ssl/certs again: about a tenth of a whole `b24-status set`, see docs/PERFORMANCE.md).
/// A loopback portal (the simulator) is plain HTTP and needs none of it, so it gets a client that trusts
/// no root at all.
fn http_client(tls: bool) -> Result<reqwest::Client, reqwest::Error> {
    static TLS: Once = Once::new();
    TLS.call_once(|| {
        // Another part of the process may have installed one already; either is fine.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
    let mut builder = reqwest::Client::builder()
        .user_agent(USER_AGENT)
        .connect_timeout(CONNECT_TIMEOUT)
        .timeout(CALL_TIMEOUT)
        .redirect(reqwest::redirect::Policy::none());
    if !tls {
        builder = builder.tls_certs_only([]);
    }
    builder.build()
}

fn answer<'a>(host: &'a str, method: &'a str, http_status: u16, body: &'a [u8]) -> Answer<'a> {
    Answer {
        host,
        method,
        http_status,
        body,
    }
}

/// Maps a reqwest failure to a sentence-ready error without ever formatting the error (it holds the URL).
fn transport_error(e: &reqwest::Error, host: &str, reading_body: bool) -> PortalError {
    let host = host.to_string();
    if e.is_timeout() {
        return PortalError::Timeout { host };
    }
    if reading_body {
        return PortalError::Truncated { host };
    }
    if e.is_connect() {
        return PortalError::Unreachable {
            reason: connect_reason(e),
            host,
        };
    }
    PortalError::Dropped { host }
}

/// A fixed phrase for why a connection failed, found by walking the error's sources.
fn connect_reason(e: &reqwest::Error) -> ConnectFailure {
    let mut source = e.source();
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            match io.kind() {
                std::io::ErrorKind::ConnectionRefused => return ConnectFailure::Refused,
                std::io::ErrorKind::TimedOut => return ConnectFailure::TimedOut,
                std::io::ErrorKind::NetworkUnreachable | std::io::ErrorKind::HostUnreachable => {
                    return ConnectFailure::NetworkUnreachable;
                }
                _ => {}
            }
        }
        let text = s.to_string().to_ascii_lowercase();
        if text.contains("dns") || text.contains("resolve") || text.contains("lookup") {
            return ConnectFailure::NameNotResolved;
        }
        if text.contains("certificate") || text.contains("tls") || text.contains("handshake") {
            return ConnectFailure::Tls;
        }
        source = s.source();
    }
    ConnectFailure::Other
}

/// What lies under a builder error. A builder error carries no URL, but be as careful as everywhere
/// else: only its source is shown, never the error itself.
fn build_error_cause(e: &reqwest::Error) -> Option<String> {
    e.source().map(|s| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::may_follow;

    #[test]
    fn redirects_are_followed_to_https_or_within_one_loopback_host() {
        let url = |text: &str| url::Url::parse(text).unwrap();
        let cases = [
            ("https://a.bitrix24.com/x", "https://b.bitrix24.com/x", true),
            ("http://127.0.0.1:1/x", "https://127.0.0.2:2/x", true),
            ("http://127.0.0.1:1/x", "http://127.0.0.1:2/x", true),
            ("http://localhost:1/x", "http://localhost:2/x", true),
            ("http://127.0.0.1:1/x", "http://localhost:2/x", false),
            ("http://127.0.0.1:1/x", "http://[::1]:2/x", false),
            ("https://127.0.0.1:1/x", "http://127.0.0.1:2/x", false),
            ("https://a.bitrix24.com/x", "http://127.0.0.1:2/x", false),
            ("http://127.0.0.1:1/x", "ftp://127.0.0.1/x", false),
        ];
        for (here, target, expected) in cases {
            assert_eq!(
                may_follow(&url(here), &url(target)),
                expected,
                "{here} → {target}"
            );
        }
    }
}
