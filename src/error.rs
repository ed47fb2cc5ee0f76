//! The errors a command ends with, and the exit code each maps to (documented in the README):
//! 0 ok · 1 other failure · 2 usage · 3 not signed in · 4 webhook rejected or lacking the `im` scope ·
//! 5 portal unreachable or unavailable after retries.

use crate::ipc::IpcError;
use crate::portal::client::ClientInitError;
use crate::portal::webhook::WebhookError;
use crate::portal_error::{ErrorClass, PortalError};
use crate::store::config::ConfigError;
use crate::store::files::FileError;
use crate::store::keyring::KeyringError;

pub mod exit {
    pub const OK: u8 = 0;
    pub const FAILURE: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const NOT_SIGNED_IN: u8 = 3;
    pub const REJECTED: u8 = 4;
    pub const UNAVAILABLE: u8 = 5;
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    Usage(String),
    #[error("{}", text!("error-not-signed-in"))]
    NotSignedIn,
    #[error("{}", text!("error-secret-missing", account = .account))]
    SecretMissing { account: String },
    #[error("{0}")]
    Webhook(#[from] WebhookError),
    #[error("{}", crate::text::portal_error(.0))]
    Portal(#[from] PortalError),
    #[error("{0}")]
    Keyring(#[from] KeyringError),
    #[error("{0}")]
    Config(#[from] ConfigError),
    #[error("{0}")]
    File(#[from] FileError),
    #[error("{0}")]
    Client(#[from] ClientInitError),
    /// The terminal or stdin could not be read (the system's reason).
    #[error("{}", text!("error-input", reason = .0))]
    Input(String),
    #[error("{0}")]
    Ipc(#[from] IpcError),
    /// A sentence already rendered by the code that failed.
    #[error("{0}")]
    Io(String),
    /// The running tray has not had a change confirmed when its wait ran out; it keeps trying. The last
    /// failure, if there was one.
    #[error("{}", still_trying(.last.as_ref()))]
    StillTrying { last: Option<PortalError> },
    /// The running tray answered a request with this failure and this exit code.
    #[error("{error}")]
    Remote { error: Box<AppError>, code: u8 },
    /// The command already printed what went wrong (the doctor's report); only the code remains.
    #[error("")]
    Reported { code: u8 },
}

fn still_trying(last: Option<&PortalError>) -> String {
    match last {
        Some(e) => text!(
            "error-tray-keeps-trying-after",
            error = crate::text::portal_error(e)
        ),
        None => text!("error-tray-keeps-trying"),
    }
}

impl AppError {
    pub fn exit_code(&self) -> u8 {
        match self {
            AppError::Usage(_) | AppError::Webhook(_) => exit::USAGE,
            AppError::NotSignedIn | AppError::SecretMissing { .. } => exit::NOT_SIGNED_IN,
            AppError::Portal(e) => match e.class() {
                ErrorClass::Auth | ErrorClass::Scope => exit::REJECTED,
                _ if e.is_unavailable() => exit::UNAVAILABLE,
                _ => exit::FAILURE,
            },
            AppError::Keyring(_)
            | AppError::Config(_)
            | AppError::File(_)
            | AppError::Client(_)
            | AppError::Input(_)
            | AppError::Ipc(_)
            | AppError::Io(_) => exit::FAILURE,
            AppError::StillTrying { .. } => exit::UNAVAILABLE,
            AppError::Reported { code } | AppError::Remote { code, .. } => *code,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_the_documented_table() {
        let rejected = PortalError::from_code("INVALID_CREDENTIALS", "", "profile");
        let cases: Vec<(AppError, u8)> = vec![
            (AppError::Usage("x".into()), 2),
            (AppError::Webhook(WebhookError::InsecureHttp), 2),
            (AppError::NotSignedIn, 3),
            (
                AppError::SecretMissing {
                    account: "7@p".into(),
                },
                3,
            ),
            (AppError::Portal(rejected), 4),
            (AppError::Portal(PortalError::MissingScope), 4),
            (
                AppError::Portal(PortalError::Timeout { host: "p".into() }),
                5,
            ),
            (AppError::Portal(PortalError::Overloaded), 5),
            (
                AppError::Portal(PortalError::from_code("QUERY_LIMIT_EXCEEDED", "", "x")),
                5,
            ),
            (AppError::Portal(PortalError::AccessDenied), 1),
            (AppError::Keyring(KeyringError::Locked), 1),
            (AppError::Keyring(KeyringError::Busy), 1),
            (AppError::StillTrying { last: None }, 5),
            (
                AppError::Remote {
                    error: Box::new(AppError::NotSignedIn),
                    code: 3,
                },
                3,
            ),
        ];
        for (error, code) in cases {
            assert_eq!(error.exit_code(), code, "{error}");
        }
    }

    #[test]
    fn the_tray_answers_read_as_one_line_each() {
        let timeout = PortalError::Timeout {
            host: "anna.bitrix24.com".into(),
        };
        assert_eq!(
            AppError::StillTrying {
                last: Some(timeout)
            }
            .to_string(),
            "not confirmed yet: anna.bitrix24.com did not answer in time; check your network \
             connection, or try again later; the running b24-status keeps trying"
        );
        assert_eq!(
            AppError::StillTrying { last: None }.to_string(),
            "the portal has not answered yet; the running b24-status keeps trying"
        );
        let remote = AppError::Remote {
            error: Box::new(AppError::Keyring(KeyringError::Locked)),
            code: 1,
        };
        assert_eq!(
            remote.to_string(),
            AppError::Keyring(KeyringError::Locked).to_string()
        );
    }
}
