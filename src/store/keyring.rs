//! The secret's only home: the OS keyring, through the `keyring` crate (Secret Service on Linux, Keychain
//! on macOS, Credential Manager on Windows), under the service name `b24-status`. There is no plaintext
//! fallback. Keyring errors are mapped to fixed sentences and never formatted themselves: one of them
//! (`BadEncoding`) carries the stored bytes.

use keyring::{Entry, Error as KeyringLibError};

use crate::secret::Secret;

/// The keyring service name every entry is stored under.
pub const SERVICE: &str = "b24-status";

#[cfg(target_os = "macos")]
const STORE: &str = "the macOS Keychain";
#[cfg(target_os = "windows")]
const STORE: &str = "the Windows Credential Manager";
#[cfg(not(any(target_os = "macos", target_os = "windows")))]
const STORE: &str = "the Secret Service keyring";

#[cfg(not(any(target_os = "macos", target_os = "windows")))]
const UNAVAILABLE_FIX: &str = "start GNOME Keyring or KeePassXC (with Secret Service integration) in your desktop session, then try again";
#[cfg(any(target_os = "macos", target_os = "windows"))]
const UNAVAILABLE_FIX: &str = "check that your user session is fully started, then try again";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyringError {
    #[error("no keyring is available ({STORE} cannot be reached): {UNAVAILABLE_FIX}")]
    Unavailable,
    #[error(
        "{STORE} is locked: unlock it (for example with your desktop's Passwords and Keys app) and try again"
    )]
    Locked,
    #[error(
        "the keyring entry for {account} is unreadable: run `b24-status logout`, then `b24-status login`"
    )]
    Corrupt { account: String },
    #[error("{STORE} refused the operation: {UNAVAILABLE_FIX}")]
    Failed,
}

fn entry(account: &str) -> Result<Entry, KeyringError> {
    Entry::new(SERVICE, account).map_err(|e| map_error(e, account))
}

fn map_error(e: KeyringLibError, account: &str) -> KeyringError {
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
        Err(_) => Err(KeyringError::Unavailable),
    }
}

/// Stores (or replaces) the secret of `account`.
pub fn store(account: &str, secret: &Secret) -> Result<(), KeyringError> {
    entry(account)?
        .set_password(secret.expose())
        .map_err(|e| map_error(e, account))
}

/// Reads the secret of `account`; `Ok(None)` when there is none.
pub fn load(account: &str) -> Result<Option<Secret>, KeyringError> {
    match entry(account)?.get_password() {
        Ok(text) => Ok(Some(Secret::new(text))),
        Err(KeyringLibError::NoEntry) => Ok(None),
        Err(e) => Err(map_error(e, account)),
    }
}

/// Deletes the secret of `account`; returns whether there was one.
pub fn delete(account: &str) -> Result<bool, KeyringError> {
    match entry(account)?.delete_credential() {
        Ok(()) => Ok(true),
        Err(KeyringLibError::NoEntry) => Ok(false),
        Err(e) => Err(map_error(e, account)),
    }
}
