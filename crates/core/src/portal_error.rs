//! Everything that can go wrong talking to a portal, what class of failure it is, and the sentence a user
//! reads for it.
//!
//! Decisions follow the `error` code (compared case-insensitively), never the HTTP status alone: the
//! Bitrix24 docs disagree with themselves on statuses. No variant carries a URL or a secret.

use std::time::Duration;

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

/// A failed portal call.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PortalError {
    #[error(
        "the portal rejected the webhook ({code}): it was deleted, blocked or re-keyed; create a new inbound webhook in Bitrix24 and run `b24-status login`"
    )]
    Rejected { code: String },
    #[error(
        "the webhook lacks the `im` scope: in Bitrix24 open Applications → Developer resources → your inbound webhook, tick `im` (Chat and notifications), save, and run `b24-status login` again"
    )]
    MissingScope,
    #[error("the portal's rate limit was reached ({code}); wait a minute and try again")]
    RateLimited {
        code: String,
        /// How long the portal asks us to wait, when it says.
        retry_after: Option<Duration>,
    },
    #[error(
        "Bitrix24 has blocked REST access for this portal (OVERLOAD_LIMIT); ask your Bitrix24 administrator or support"
    )]
    Overloaded,
    #[error(
        "the portal's plan does not include REST access (ACCESS_DENIED); ask your Bitrix24 administrator"
    )]
    AccessDenied,
    #[error(
        "the portal is deleted or closed (PORTAL_DELETED); check the address with your administrator"
    )]
    PortalDeleted,
    #[error(
        "the portal does not know the method {method} (ERROR_METHOD_NOT_FOUND): its messenger module may be off or too old; ask your administrator"
    )]
    MethodNotFound { method: String },
    #[error(
        "the portal refused the request ({code}: {description}); this is a bug in b24-status, please report it"
    )]
    Refused { code: String, description: String },
    #[error("the portal had an internal error ({code}); try again in a minute")]
    ServerError { code: String },
    #[error("cannot reach {host}: {reason}; check your network connection and the portal address")]
    Unreachable { host: String, reason: String },
    #[error("{host} did not answer in time; check your network connection, or try again later")]
    Timeout { host: String },
    #[error("the connection to {host} dropped before the answer arrived; try again")]
    Dropped { host: String },
    #[error("the answer from {host} was cut short; try again")]
    Truncated { host: String },
    #[error(
        "{host} answered HTTP {status} with {what} instead of Bitrix24 data (a proxy or an outage); try again later"
    )]
    NotBitrix {
        host: String,
        status: u16,
        what: &'static str,
    },
    #[error("the portal answered without confirming the change (result: {result}); try again")]
    NotConfirmed { result: String },
    #[error(
        "the portal moved, but its new address {reason}; sign in again with the new webhook URL"
    )]
    BadRedirect { reason: &'static str },
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
/// line or paragraph separators) and at most `max` characters.
pub fn one_line(text: &str, max: usize) -> String {
    let flat: String = text
        .chars()
        .map(|c| if breaks_lines(c) { ' ' } else { c })
        .collect();
    let trimmed = flat.trim();
    match trimmed.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &trimmed[..cut]),
        None => trimmed.to_string(),
    }
}

/// Characters that start a new line (or are invisible controls) where a message is displayed.
fn breaks_lines(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')
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
    fn messages_are_one_actionable_line() {
        let samples = [
            PortalError::from_code("INVALID_CREDENTIALS", "", "profile"),
            PortalError::MissingScope,
            PortalError::from_code(
                "STATUS_ERROR",
                "Status is not available\nsecond line",
                "im.user.status.set",
            ),
            PortalError::Unreachable {
                host: "anna.bitrix24.com".into(),
                reason: "connection refused".into(),
            },
        ];
        for e in samples {
            let text = e.to_string();
            assert!(!text.contains('\n'), "{text}");
            assert!(text.len() > 30, "{text}");
        }
        assert!(PortalError::MissingScope.to_string().contains("`im`"));
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
    fn server_descriptions_are_flattened_and_capped() {
        let long = "a".repeat(500);
        match PortalError::from_code("WEIRD", &long, "profile") {
            PortalError::Refused { description, .. } => assert!(description.chars().count() <= 121),
            other => panic!("{other:?}"),
        }
    }
}
