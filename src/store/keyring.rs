//! The secret's only home: the OS keyring, through the `keyring` crate (Secret Service on Linux, Keychain
//! on macOS, Credential Manager on Windows), under the service name `b24-status`. There is no plaintext
//! fallback. Keyring errors are mapped to fixed variants and never formatted themselves: one of them
//! (`BadEncoding`) carries the stored bytes.

use keyring::{Entry, Error as KeyringLibError};

use crate::secret::Secret;
use crate::tuning::KEYRING_RETRY_PAUSE;

/// The keyring service name every entry is stored under.
pub const SERVICE: &str = "b24-status";

/// The keyring as the user knows it, for the middle of a sentence.
fn store_name() -> String {
    #[cfg(target_os = "macos")]
    return text!("keyring-store-macos");
    #[cfg(target_os = "windows")]
    return text!("keyring-store-windows");
    #[cfg(not(any(target_os = "macos", target_os = "windows")))]
    return text!("keyring-store-secret-service");
}

/// What to do when the keyring cannot be reached.
fn unavailable_fix() -> String {
    #[cfg(not(any(target_os = "macos", target_os = "windows")))]
    return text!("keyring-fix-secret-service");
    #[cfg(any(target_os = "macos", target_os = "windows"))]
    return text!("keyring-fix-session");
}

/// Why the keyring could not be used. The `keyring` crate's own errors are never shown (see the module
/// docs); the sentences are the catalogue's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyringError {
    #[error("{}", text!("keyring-unavailable", store = store_name(), fix = unavailable_fix()))]
    Unavailable,
    #[error("{}", text!("keyring-locked", store = store_name()))]
    Locked,
    /// The keyring is there but did not answer in time (busy with other programs' requests).
    #[error("{}", text!("keyring-busy", store = store_name()))]
    Busy,
    #[error("{}", text!("keyring-corrupt", account = .account))]
    Corrupt { account: String },
    #[error("{}", text!("keyring-failed", store = store_name(), fix = unavailable_fix()))]
    Failed,
}

fn entry(account: &str) -> Result<Entry, KeyringError> {
    Entry::new(SERVICE, account).map_err(|e| map_error(e, account))
}

/// The D-Bus errors of a Secret Service that is there but busy: an item that another program (often
/// another b24-status) replaced or deleted between finding it and using it, or a call that timed out.
/// Seen with 20 parallel `login`/`set`/`logout` runs against gnome-keyring: "No such interface
/// “org.freedesktop.Secret.Item” on object at path …/collection/login/5" (UnknownMethod).
const BUSY_ERRORS: [&str; 5] = [
    "org.freedesktop.DBus.Error.UnknownMethod",
    "org.freedesktop.DBus.Error.UnknownObject",
    "org.freedesktop.DBus.Error.NoReply",
    "org.freedesktop.DBus.Error.Timeout",
    "org.freedesktop.DBus.Error.TimedOut",
];

fn map_error(e: KeyringLibError, account: &str) -> KeyringError {
    if let KeyringLibError::PlatformFailure(inner) | KeyringLibError::NoStorageAccess(inner) = &e {
        // The platform's own error: D-Bus names and reasons, never the stored bytes.
        let reason = inner.to_string();
        tracing::debug!("keyring: the store failed: {reason}");
        if BUSY_ERRORS.iter().any(|name| reason.contains(name)) {
            return KeyringError::Busy;
        }
    }
    match e {
        KeyringLibError::NoDefaultStore => KeyringError::Unavailable,
        KeyringLibError::NoStorageAccess(_) => KeyringError::Locked,
        KeyringLibError::BadEncoding(_)
        | KeyringLibError::BadDataFormat(..)
        | KeyringLibError::Ambiguous(_) => KeyringError::Corrupt {
            account: account.to_string(),
        },
        KeyringLibError::PlatformFailure(_) => KeyringError::Unavailable,
        _ => KeyringError::Failed,
    }
}

/// Checks that a keyring can be reached at all (it may still be locked).
pub fn probe() -> Result<(), KeyringError> {
    match Entry::store_status() {
        Ok(()) => Ok(()),
        Err(e) => {
            if let KeyringLibError::PlatformFailure(inner)
            | KeyringLibError::NoStorageAccess(inner) = e
            {
                tracing::debug!("keyring: the store could not start: {inner}");
            }
            Err(KeyringError::Unavailable)
        }
    }
}

/// `operation`, and once more after [`KEYRING_RETRY_PAUSE`] when the keyring was busy: the entry it
/// found was changed by another program meanwhile, and a second look sees the change settled.
fn once_more_if_busy<T>(
    mut operation: impl FnMut() -> Result<T, KeyringError>,
) -> Result<T, KeyringError> {
    match operation() {
        Err(KeyringError::Busy) => {
            tracing::debug!("keyring: busy; trying once more");
            std::thread::sleep(KEYRING_RETRY_PAUSE);
            operation()
        }
        other => other,
    }
}

/// Stores (or replaces) the secret of `account`.
pub fn store(account: &str, secret: &Secret) -> Result<(), KeyringError> {
    once_more_if_busy(|| {
        entry(account)?
            .set_password(secret.expose())
            .map_err(|e| map_error(e, account))
    })
}

/// Reads the secret of `account`; `Ok(None)` when there is none.
pub fn load(account: &str) -> Result<Option<Secret>, KeyringError> {
    once_more_if_busy(|| match entry(account)?.get_password() {
        Ok(text) => Ok(Some(Secret::new(text))),
        Err(KeyringLibError::NoEntry) => Ok(None),
        Err(e) => Err(map_error(e, account)),
    })
}

/// Deletes the secret of `account`; returns whether there was one.
pub fn delete(account: &str) -> Result<bool, KeyringError> {
    once_more_if_busy(|| match entry(account)?.delete_credential() {
        Ok(()) => Ok(true),
        Err(KeyringLibError::NoEntry) => Ok(false),
        Err(e) => Err(map_error(e, account)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keyring crate's error for a platform failure with this text (as zbus renders a D-Bus error).
    fn platform(text: &str) -> KeyringLibError {
        KeyringLibError::PlatformFailure(Box::new(std::io::Error::other(text.to_string())))
    }

    #[test]
    fn an_item_changed_under_a_call_is_busy_not_unavailable() {
        // What 20 parallel runs against gnome-keyring produced.
        let vanished = platform(
            "zbus error: org.freedesktop.DBus.Error.UnknownMethod: No such interface \
             “org.freedesktop.Secret.Item” on object at path /org/freedesktop/secrets/collection/login/5",
        );
        assert_eq!(map_error(vanished, "7@a"), KeyringError::Busy);
        let timed_out =
            platform("zbus error: org.freedesktop.DBus.Error.NoReply: Did not receive a reply");
        assert_eq!(map_error(timed_out, "7@a"), KeyringError::Busy);
        // A failure that is not about being busy stays what it was.
        let other = platform("no secret service provider or dbus session found");
        assert_eq!(map_error(other, "7@a"), KeyringError::Unavailable);
        // The sentence names the Secret Service; macOS and Windows name their own store there.
        #[cfg(not(any(target_os = "macos", target_os = "windows")))]
        assert_eq!(
            KeyringError::Busy.to_string(),
            "the Secret Service keyring was busy with another change to this entry and did not \
             answer in time: try again in a moment"
        );
    }

    #[test]
    fn a_busy_keyring_is_tried_once_more() {
        let mut calls = 0;
        let outcome = once_more_if_busy(|| {
            calls += 1;
            if calls == 1 {
                Err(KeyringError::Busy)
            } else {
                Ok(calls)
            }
        });
        assert_eq!(outcome, Ok(2));
        let mut calls = 0;
        let outcome: Result<(), _> = once_more_if_busy(|| {
            calls += 1;
            Err(KeyringError::Busy)
        });
        assert_eq!(
            (outcome, calls),
            (Err(KeyringError::Busy), 2),
            "only once more"
        );
        let mut calls = 0;
        let outcome: Result<(), _> = once_more_if_busy(|| {
            calls += 1;
            Err(KeyringError::Locked)
        });
        assert_eq!(
            (outcome, calls),
            (Err(KeyringError::Locked), 1),
            "not busy: no retry"
        );
    }
}
