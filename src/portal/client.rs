//! The portal client: one HTTP POST per REST call, answers handed to [`crate::portal::response`].
//!
//! It makes a single attempt per call (retries are the engine's decision), follows a renamed portal's 302
//! by hand (automatic redirects could drop the POST body) and remembers the new address, and turns
//! transport failures into [`PortalError`]s. The request URL contains the secret, so neither it nor a
//! `reqwest::Error` (whose `Display` includes the URL) is ever logged or shown.

use std::error::Error as _;
use std::sync::Once;
use std::time::{Duration, Instant};

use reqwest::header::{CONTENT_TYPE, LOCATION};
use serde_json::{Value, json};

use crate::engine::{Call, Outcome};
use crate::portal::response::{self, Answer, Profile};
use crate::portal::webhook::{Portal, Webhook};
use crate::portal_error::{ConnectFailure, PortalError, RedirectProblem};
use crate::status::Status;

/// Sent as `User-Agent` on every call.
pub const USER_AGENT: &str = concat!("b24-status/", env!("CARGO_PKG_VERSION"));
use crate::tuning::MAX_REDIRECTS;
pub use crate::tuning::{CALL_TIMEOUT, CONNECT_TIMEOUT};

/// The three methods b24-status calls.
pub mod method {
    pub const SET: &str = "im.user.status.set";
    pub const GET: &str = "im.user.status.get";
    pub const PROFILE: &str = "profile";
}

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

    /// The portal's new address if it answered with a rename redirect since this client was made.
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
        let (http_status, bytes) = self.post(method::SET, &body, timeout).await?;
        response::parse_set(&answer(&self.host(), method::SET, http_status, &bytes))
    }

    pub async fn get_status(&mut self, timeout: Duration) -> Result<Option<Status>, PortalError> {
        let (http_status, bytes) = self.post(method::GET, &json!({}), timeout).await?;
        response::parse_get(&answer(&self.host(), method::GET, http_status, &bytes))
    }

    pub async fn profile(&mut self, timeout: Duration) -> Result<Profile, PortalError> {
        let (http_status, bytes) = self.post(method::PROFILE, &json!({}), timeout).await?;
        response::parse_profile(&answer(&self.host(), method::PROFILE, http_status, &bytes))
    }

    fn host(&self) -> String {
        self.webhook.portal.host()
    }

    /// POSTs `body` as JSON to `method`, following rename redirects. Returns the final status and body.
    async fn post(
        &mut self,
        method: &str,
        body: &Value,
        timeout: Duration,
    ) -> Result<(u16, Vec<u8>), PortalError> {
        let started = Instant::now();
        let payload = body.to_string();
        for _ in 0..=MAX_REDIRECTS {
            let host = self.webhook.portal.host();
            let left = timeout.saturating_sub(started.elapsed());
            let response = self
                .http
                .post(self.webhook.method_url(method))
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
                self.follow(method, location)?;
                tracing::info!(method, from = %host, to = %self.webhook.portal.host(), "the portal moved");
                continue;
            }
            let bytes = response
                .bytes()
                .await
                .map_err(|e| transport_error(&e, &host, true))?;
            tracing::debug!(
                method,
                host = %host,
                status = status.as_u16(),
                bytes = bytes.len(),
                ms = started.elapsed().as_millis() as u64,
                "portal answered"
            );
            return Ok((status.as_u16(), bytes.to_vec()));
        }
        Err(PortalError::BadRedirect {
            problem: RedirectProblem::Loop,
        })
    }

    /// Re-targets this client at a renamed portal's address from a redirect's `Location`.
    fn follow(&mut self, method: &str, location: Option<String>) -> Result<(), PortalError> {
        let location = location.ok_or(PortalError::BadRedirect {
            problem: RedirectProblem::NoLocation,
        })?;
        let target = self
            .webhook
            .method_url(method)
            .join(&location)
            .map_err(|_| PortalError::BadRedirect {
                problem: RedirectProblem::InvalidUrl,
            })?;
        let moved = Webhook::parse(target.as_str()).map_err(|e| PortalError::BadRedirect {
            problem: match e {
                crate::portal::webhook::WebhookError::InsecureHttp => RedirectProblem::NotHttps,
                _ => RedirectProblem::NotWebhook,
            },
        })?;
        if moved.user_id != self.webhook.user_id || moved.secret != self.webhook.secret {
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
        self.webhook.portal = moved.portal;
        self.moved = true;
        Ok(())
    }
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
