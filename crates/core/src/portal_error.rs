//! Everything that can go wrong talking to a portal and what class of failure it is — as data: the
//! sentences a user reads are in the message catalogue.
//!
//! Decisions follow the `error` code (compared case-insensitively), never the HTTP status alone: the
//! Bitrix24 docs disagree with themselves on statuses. No variant carries a URL or a secret.

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// How the app reacts to a failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorClass {
    /// The credentials were refused: sign in again; never retry with them.
    Auth,
    /// The webhook lacks the `im` scope: the user must tick it; never retry.
    Scope,
    /// Refused before running because of the rate limit: always safe to retry, later.
    RateLimited,
    /// The network or the portal hiccuped: retry a bounded number of times.
    Transient,
    /// Anything else: retrying will not help.
    Fatal,
}

/// A failed portal call. Data only: `src/text/` turns it into the sentence a user reads (with the fix);
/// `Display` is the short machine form for logs. Serialised as `{"kind": "timeout", "host": …}` (the tray
/// sends it to the CLI over the control socket).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum PortalError {
    #[error("webhook rejected ({code})")]
    Rejected { code: String },
    #[error("missing scope im")]
    MissingScope,
    #[error("rate limited ({code})")]
    RateLimited {
        code: String,
        /// How long the portal asks us to wait, when it says.
        retry_after: Option<Duration>,
    },
    #[error("OVERLOAD_LIMIT")]
    Overloaded,
    #[error("ACCESS_DENIED")]
    AccessDenied,
    #[error("PORTAL_DELETED")]
    PortalDeleted,
    #[error("ERROR_METHOD_NOT_FOUND ({method})")]
    MethodNotFound { method: String },
    #[error("refused ({code}: {description})")]
    Refused { code: String, description: String },
    #[error("server error ({code})")]
    ServerError { code: String },
    #[error("unreachable {host} ({reason:?})")]
    Unreachable {
        host: String,
        reason: ConnectFailure,
    },
    #[error("timeout {host}")]
    Timeout { host: String },
    #[error("dropped {host}")]
    Dropped { host: String },
    #[error("truncated {host}")]
    Truncated { host: String },
    #[error("not Bitrix24 data from {host} (HTTP {status}, {body:?})")]
    NotBitrix {
        host: String,
        status: u16,
        body: Body,
    },
    #[error("not confirmed (result: {result})")]
    NotConfirmed { result: String },
    #[error("bad redirect ({problem:?})")]
    BadRedirect { problem: RedirectProblem },
}

/// Why a connection could not be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConnectFailure {
    Refused,
    TimedOut,
    NetworkUnreachable,
    NameNotResolved,
    /// A secure (TLS) connection could not be made.
    Tls,
    Other,
}

/// What came back instead of Bitrix24's JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Body {
    Empty,
    WebPage,
    Unreadable,
    /// More than [`crate::tuning::MAX_ANSWER_BYTES`]: reading stopped there (an answer of these methods
    /// is a few KB). A bad answer like the others, so retried like them: each try reads at most the cap.
    TooLarge,
}

/// What was wrong with a renamed portal's new address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RedirectProblem {
    /// More hops than a rename takes.
    Loop,
    /// No `Location` was given.
    NoLocation,
    InvalidUrl,
    NotHttps,
    NotWebhook,
    /// The address belongs to another webhook (another user or code).
    OtherWebhook,
}

impl PortalError {
    /// Classifies an API `error` code (case-insensitively) as the API notes tabulate.
    pub fn from_code(code: &str, description: &str, method: &str) -> PortalError {
        // The code is shown to the user too: one short line, whatever the server sent.
        let code = &one_line(code, 60);
        let upper = code.to_ascii_uppercase();
        match upper.as_str() {
            "INVALID_CREDENTIALS"
            | "NO_AUTH_FOUND"
            | "INVALID_TOKEN"
            | "EXPIRED_TOKEN"
            | "WRONG_AUTH_TYPE"
            | "AUTHORIZATION_ERROR" => PortalError::Rejected {
                code: code.to_string(),
            },
            "INSUFFICIENT_SCOPE" => PortalError::MissingScope,
            "QUERY_LIMIT_EXCEEDED" | "OPERATION_TIME_LIMIT" => PortalError::RateLimited {
                code: code.to_string(),
                retry_after: None,
            },
            "OVERLOAD_LIMIT" => PortalError::Overloaded,
            "ACCESS_DENIED" => PortalError::AccessDenied,
            "PORTAL_DELETED" => PortalError::PortalDeleted,
            "ERROR_METHOD_NOT_FOUND" => PortalError::MethodNotFound {
                method: method.to_string(),
            },
            "INTERNAL_SERVER_ERROR" | "ERROR_CORE" => PortalError::ServerError {
                code: code.to_string(),
            },
            _ => PortalError::Refused {
                code: code.to_string(),
                description: one_line(description, 120),
            },
        }
    }

    pub fn class(&self) -> ErrorClass {
        match self {
            PortalError::Rejected { .. } => ErrorClass::Auth,
            PortalError::MissingScope => ErrorClass::Scope,
            PortalError::RateLimited { .. } => ErrorClass::RateLimited,
            PortalError::ServerError { .. }
            | PortalError::Unreachable { .. }
            | PortalError::Timeout { .. }
            | PortalError::Dropped { .. }
            | PortalError::Truncated { .. }
            | PortalError::NotBitrix { .. }
            | PortalError::NotConfirmed { .. } => ErrorClass::Transient,
            PortalError::Overloaded
            | PortalError::AccessDenied
            | PortalError::PortalDeleted
            | PortalError::MethodNotFound { .. }
            | PortalError::Refused { .. }
            | PortalError::BadRedirect { .. } => ErrorClass::Fatal,
        }
    }

    /// True when the portal could not be reached or kept failing in a way that retrying may fix later.
    pub fn is_unavailable(&self) -> bool {
        matches!(
            self.class(),
            ErrorClass::Transient | ErrorClass::RateLimited
        ) || matches!(self, PortalError::Overloaded)
    }
}

/// Server-provided text is shown to the user: keep it on one line (no control characters, no Unicode
/// line or paragraph separators, no bidi overrides: [`crate::safe_text::displayable`]) and at most `max`
/// characters.
pub fn one_line(text: &str, max: usize) -> String {
    let flat = crate::safe_text::displayable(text);
    match flat.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &flat[..cut]),
        None => flat,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_classified_case_insensitively() {
        let cases = [
            ("INVALID_CREDENTIALS", ErrorClass::Auth),
            ("invalid_credentials", ErrorClass::Auth),
            ("NO_AUTH_FOUND", ErrorClass::Auth),
            ("expired_token", ErrorClass::Auth),
            ("invalid_token", ErrorClass::Auth),
            ("insufficient_scope", ErrorClass::Scope),
            ("INSUFFICIENT_SCOPE", ErrorClass::Scope),
            ("QUERY_LIMIT_EXCEEDED", ErrorClass::RateLimited),
            ("OPERATION_TIME_LIMIT", ErrorClass::RateLimited),
            ("INTERNAL_SERVER_ERROR", ErrorClass::Transient),
            ("OVERLOAD_LIMIT", ErrorClass::Fatal),
            ("ACCESS_DENIED", ErrorClass::Fatal),
            ("PORTAL_DELETED", ErrorClass::Fatal),
            ("ERROR_METHOD_NOT_FOUND", ErrorClass::Fatal),
            ("INVALID_REQUEST", ErrorClass::Fatal),
            ("STATUS_ERROR", ErrorClass::Fatal),
            ("SOMETHING_NEW", ErrorClass::Fatal),
        ];
        for (code, class) in cases {
            assert_eq!(
                PortalError::from_code(code, "x", "profile").class(),
                class,
                "{code}"
            );
        }
    }

    #[test]
    fn server_codes_and_separators_never_break_the_line() {
        // Found by fuzzing: an unknown code made of a newline, and Unicode line separators.
        for (code, description) in [
            ("\n", ""),
            ("X", "a\u{2028}b\u{2029}c"),
            (&*"E".repeat(500), "d"),
        ] {
            let text = PortalError::from_code(code, description, "m").to_string();
            assert!(!text.contains(['\n', '\u{2028}', '\u{2029}']), "{text:?}");
            assert!(text.chars().count() < 300, "{text}");
        }
    }

    #[test]
    fn server_text_loses_escapes_and_bidi_overrides() {
        match PortalError::from_code("WEIRD\u{1b}[2J", "a\u{202E}b\u{2066}c", "profile") {
            PortalError::Refused { code, description } => {
                assert_eq!((code.as_str(), description.as_str()), ("WEIRD[2J", "abc"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn server_descriptions_are_flattened_and_capped() {
        let long = "a".repeat(500);
        match PortalError::from_code("WEIRD", &long, "profile") {
            PortalError::Refused { description, .. } => assert!(description.chars().count() <= 121),
            other => panic!("{other:?}"),
        }
    }
}
