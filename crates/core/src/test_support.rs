//! Test fixtures shared by the core's unit tests: the portal errors they fail calls with.

use crate::portal_error::PortalError;

/// A transient failure: the connection dropped before the answer.
pub fn dropped() -> PortalError {
    PortalError::Dropped { host: "p".into() }
}

/// The portal's rate limit refused the call.
pub fn limited() -> PortalError {
    PortalError::from_code("QUERY_LIMIT_EXCEEDED", "", "im.user.status.get")
}

/// The webhook was rejected: the engine halts.
pub fn rejected() -> PortalError {
    PortalError::from_code("INVALID_CREDENTIALS", "", "im.user.status.set")
}
