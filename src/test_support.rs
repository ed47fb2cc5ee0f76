//! Fixtures shared by the app's unit tests (core has its own: its tests cannot reach these).

use crate::portal_error::PortalError;

/// A transient failure: the connection dropped before the answer.
pub fn dropped() -> PortalError {
    PortalError::Dropped { host: "p".into() }
}
