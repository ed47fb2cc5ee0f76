//! The local socket through which the CLI drives the running tray, and which keeps the tray to one
//! instance: its path, the protocol (one JSON line each way), the client the CLI uses and the listener
//! the tray binds. A Unix socket in `$XDG_RUNTIME_DIR` (mode 0600); a named pipe on Windows is not built
//! yet, so there the CLI always talks to the portal directly and a second tray is not detected.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::engine::Intent;
use crate::portal_error::PortalError;
use crate::status::Status;
use crate::store::config::ConfigError;

/// What the CLI asks of the running tray.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "cmd", rename_all = "kebab-case")]
pub enum Request {
    Set { status: Status },
    ToggleDnd,
    Get,
}

/// The tray's answer, sent once the portal confirmed (or the change failed, or the wait ran out). Data
/// only: the CLI renders a failure from the message catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reply", rename_all = "kebab-case")]
pub enum Reply {
    /// The status the portal confirmed (`None`: it stores none).
    Confirmed { status: Option<Status> },
    /// What went wrong, and the exit code the CLI should end with.
    Failed { failure: Failure, exit: u8 },
}

/// Why the tray did not confirm a request: `{"kind": "portal", "error": {"kind": "timeout", …}}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Failure {
    /// The portal refused, or the tray gave up on it (it keeps the choice pending).
    Portal {
        error: PortalError,
    },
    NotSignedIn,
    KeyringLocked,
    KeyringUnavailable,
    /// The config file cannot be used; the tray runs on defaults.
    ConfigBroken {
        error: ConfigError,
    },
    /// Not confirmed when the wait ran out; the tray keeps trying. The last failure, if there was one.
    StillTrying {
        last: Option<PortalError>,
    },
}

impl Request {
    /// What the engine is asked to do for it: the CLI's direct path and the tray make the same intent.
    pub fn intent(self) -> Intent {
        match self {
            Request::Set { status } => Intent::Set(status),
            Request::ToggleDnd => Intent::ToggleDnd,
            Request::Get => Intent::Refresh,
        }
    }
}

pub use crate::tuning::{IPC_CLIENT_TIMEOUT as CLIENT_TIMEOUT, IPC_SERVER_WAIT as SERVER_WAIT};

#[derive(Debug, thiserror::Error)]
pub enum IpcError {
    /// The system's reason (`std::io::Error`'s text).
    #[error("{}", text!("ipc-no-answer", reason = .0))]
    NoAnswer(String),
    /// It answered, but not with a reply this program can read.
    #[error("{}", text!("ipc-unreadable-answer"))]
    Unreadable,
    #[error("{}", text!("ipc-already-running"))]
    AlreadyRunning,
    #[error("{}", text!("ipc-bind", path = .path.display().to_string(), reason = .reason))]
    Bind { path: PathBuf, reason: String },
}

/// The socket's path: `$XDG_RUNTIME_DIR/b24-status.sock`, else in the state folder.
pub fn socket_path() -> PathBuf {
    let dir = directories::BaseDirs::new()
        .and_then(|d| d.runtime_dir().map(PathBuf::from))
        .or_else(|| crate::store::files::state_dir().ok())
        .unwrap_or_else(std::env::temp_dir);
    dir.join("b24-status.sock")
}

#[cfg(unix)]
pub use unix::{Listener, request};

#[cfg(not(unix))]
pub fn request(_: &Request) -> Result<Option<Reply>, IpcError> {
    Ok(None)
}

/// True when a tray instance accepts on the control socket.
pub fn tray_running() -> bool {
    #[cfg(unix)]
    return std::os::unix::net::UnixStream::connect(socket_path()).is_ok();
    #[cfg(not(unix))]
    return false;
}

#[cfg(unix)]
mod unix {
    use std::io::{BufRead, BufReader, Write};
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::net::{UnixListener, UnixStream};

    use super::*;

    /// Sends a request to the running tray. `Ok(None)` when no tray runs (no socket, or a stale one).
    pub fn request(request: &Request) -> Result<Option<Reply>, IpcError> {
        let mut stream = match UnixStream::connect(socket_path()) {
            Ok(stream) => stream,
            Err(_) => return Ok(None),
        };
        let fail = |e: std::io::Error| IpcError::NoAnswer(e.to_string());
        stream
            .set_read_timeout(Some(CLIENT_TIMEOUT))
            .map_err(fail)?;
        let mut line = serde_json::to_string(request).expect("a request serializes");
        line.push('\n');
        stream.write_all(line.as_bytes()).map_err(fail)?;
        let mut answer = String::new();
        BufReader::new(stream)
            .read_line(&mut answer)
            .map_err(fail)?;
        serde_json::from_str(&answer)
            .map(Some)
            .map_err(|_| IpcError::Unreadable)
    }

    /// The tray's end: bound once per user session; its existence is the single-instance lock.
    pub struct Listener {
        listener: UnixListener,
        path: PathBuf,
    }

    impl Listener {
        /// Binds the socket, or reports that another instance holds it. A socket left by a crashed
        /// instance (nobody accepts on it) is replaced.
        pub fn bind() -> Result<Listener, IpcError> {
            let path = socket_path();
            let fail = |e: std::io::Error| IpcError::Bind {
                path: path.clone(),
                reason: e.to_string(),
            };
            if tray_running() {
                return Err(IpcError::AlreadyRunning);
            }
            if path.exists() {
                tracing::info!("removing a stale control socket {}", path.display());
                std::fs::remove_file(&path).map_err(fail)?;
            }
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(fail)?;
            }
            let listener = match UnixListener::bind(&path) {
                Ok(l) => l,
                // Another instance bound it between our check and our bind.
                Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
                    return Err(IpcError::AlreadyRunning);
                }
                Err(e) => return Err(fail(e)),
            };
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))
                .map_err(fail)?;
            listener.set_nonblocking(true).map_err(fail)?;
            Ok(Listener { listener, path })
        }

        /// Serves requests on the current tokio runtime: each is handed to `handle` with a channel for
        /// the reply. Runs until the runtime stops.
        pub async fn serve(
            self,
            handle: impl Fn(Request, tokio::sync::oneshot::Sender<Reply>) + Send + 'static,
        ) {
            let listener = match self
                .listener
                .try_clone()
                .and_then(tokio::net::UnixListener::from_std)
            {
                Ok(l) => l,
                Err(e) => {
                    tracing::error!("the control socket cannot be served: {e}");
                    return;
                }
            };
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let (read, mut write) = stream.into_split();
                let mut lines = tokio::io::BufReader::new(read);
                let mut line = String::new();
                use tokio::io::{AsyncBufReadExt, AsyncWriteExt};
                // One request per connection, read with a bound so a silent client cannot pile up.
                let read = tokio::time::timeout(
                    crate::tuning::IPC_REQUEST_TIMEOUT,
                    lines.read_line(&mut line),
                )
                .await;
                let Ok(Ok(_)) = read else { continue };
                let Ok(request) = serde_json::from_str::<Request>(&line) else {
                    tracing::warn!("ignoring an unreadable control request");
                    continue;
                };
                let (tx, rx) = tokio::sync::oneshot::channel();
                handle(request, tx);
                tokio::spawn(async move {
                    if let Ok(reply) = rx.await {
                        let mut text = serde_json::to_string(&reply).expect("a reply serializes");
                        text.push('\n');
                        let _ = write.write_all(text.as_bytes()).await;
                    }
                });
            }
        }
    }

    impl Drop for Listener {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_protocol_is_one_readable_json_line() {
        let request = Request::Set {
            status: Status::Dnd,
        };
        assert_eq!(
            serde_json::to_string(&request).unwrap(),
            r#"{"cmd":"set","status":"dnd"}"#
        );
        assert_eq!(
            serde_json::to_string(&Request::ToggleDnd).unwrap(),
            r#"{"cmd":"toggle-dnd"}"#
        );
        let reply = Reply::Failed {
            failure: Failure::StillTrying {
                last: Some(PortalError::Timeout {
                    host: "anna.bitrix24.com".into(),
                }),
            },
            exit: 5,
        };
        let text = serde_json::to_string(&reply).unwrap();
        assert_eq!(
            text,
            r#"{"reply":"failed","failure":{"kind":"still-trying","last":{"kind":"timeout","host":"anna.bitrix24.com"}},"exit":5}"#
        );
        assert_eq!(serde_json::from_str::<Reply>(&text).unwrap(), reply);
    }

    #[test]
    fn every_failure_crosses_the_socket_as_data() {
        use crate::portal_error::{Body, ConnectFailure, RedirectProblem};
        use crate::store::files::FileError;
        let failures = [
            Failure::NotSignedIn,
            Failure::KeyringLocked,
            Failure::KeyringUnavailable,
            Failure::StillTrying { last: None },
            Failure::Portal {
                error: PortalError::RateLimited {
                    code: "QUERY_LIMIT_EXCEEDED".into(),
                    retry_after: Some(std::time::Duration::from_millis(1500)),
                },
            },
            Failure::Portal {
                error: PortalError::Unreachable {
                    host: "h".into(),
                    reason: ConnectFailure::NameNotResolved,
                },
            },
            Failure::Portal {
                error: PortalError::NotBitrix {
                    host: "h".into(),
                    status: 502,
                    body: Body::WebPage,
                },
            },
            Failure::Portal {
                error: PortalError::BadRedirect {
                    problem: RedirectProblem::OtherWebhook,
                },
            },
            Failure::Portal {
                error: PortalError::MissingScope,
            },
            Failure::ConfigBroken {
                error: ConfigError::Invalid {
                    path: "/home/anna/.config/b24-status/config.toml".into(),
                    line: Some(2),
                    message: "invalid table header".into(),
                },
            },
            Failure::ConfigBroken {
                error: ConfigError::File(FileError::Read {
                    path: "/home/anna/.config/b24-status/config.toml".into(),
                    reason: "Permission denied (os error 13)".into(),
                }),
            },
            Failure::ConfigBroken {
                error: ConfigError::File(FileError::NoHome),
            },
        ];
        for failure in failures {
            let reply = Reply::Failed { failure, exit: 1 };
            let text = serde_json::to_string(&reply).unwrap();
            assert!(!text.contains('\n'), "{text}");
            assert_eq!(
                serde_json::from_str::<Reply>(&text).unwrap(),
                reply,
                "{text}"
            );
        }
    }
}
