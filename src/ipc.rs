//! The local socket through which the CLI drives the running tray, and which keeps the tray to one
//! instance: the protocol (one JSON line each way), as data. The transport is per OS: a Unix socket
//! (`ipc/unix.rs`: its folder, the lock, the client the CLI uses and the listener the tray binds); a
//! named pipe on Windows (`ipc/windows.rs`: open to this user alone, its first instance deciding which
//! tray serves it).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::engine::{Timer, WallTime};
use crate::portal_error::PortalError;
use crate::status::Status;
use crate::store::config::ConfigError;

#[cfg(any(unix, windows))]
mod serve;
#[cfg(unix)]
mod unix;
#[cfg(windows)]
mod windows;

/// What the CLI asks of the running tray.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "cmd", rename_all = "kebab-case")]
pub enum Request {
    /// `until`: the moment a timed status ends, as the user chose it.
    Set {
        status: Status,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        until: Option<WallTime>,
    },
    ToggleDnd {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        until: Option<WallTime>,
    },
    /// Keep the status, drop the revert of a timed status.
    CancelTimer,
    Get,
    /// "Is a tray of mine listening?": answered by the listener itself with [`Reply::Pong`], touching
    /// neither the engine nor the portal (`doctor` and a starting tray ask it).
    Ping,
    /// What became of the tray's DND shortcut (`doctor` asks): answered at once with
    /// [`Reply::Shortcut`], touching neither the engine nor the portal.
    Shortcut,
}

/// The tray's answer, sent once the portal confirmed (or the change failed, or the wait ran out). Data
/// only: the CLI renders a failure from the message catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reply", rename_all = "kebab-case")]
pub enum Reply {
    /// The status the portal confirmed (`None`: it stores none), the revert of a timed status if one is
    /// armed, and when the status was confirmed.
    Confirmed {
        status: Option<Status>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        timer: Option<Timer>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        confirmed_at: Option<WallTime>,
        /// Why, when an automatic rule set it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<crate::automatic::Reason>,
    },
    /// What went wrong, and the exit code the CLI should end with.
    Failed { failure: Failure, exit: u8 },
    /// The answer to [`Request::Ping`].
    Pong,
    /// The answer to [`Request::Shortcut`]; `None` where the tray does not report it (macOS: its
    /// shortcut is registered on the UI thread).
    Shortcut { shortcut: Option<ShortcutState> },
}

/// What became of the tray's DND shortcut, as data: the answer to [`Request::Shortcut`], and what the
/// menu's line and `doctor` render (`platform/shortcut.rs` has the sentences). `keys` as the config or
/// the desktop writes them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum ShortcutState {
    /// Grabbed by the tray itself (X11, macOS, Windows).
    Active {
        keys: String,
    },
    /// Bound by the desktop through its GlobalShortcuts portal (Wayland); `keys` as the desktop says.
    Portal {
        keys: String,
    },
    /// Being bound through the desktop portal (which may be asking the user).
    Binding {
        keys: String,
    },
    /// `dnd_shortcut = ""`.
    Off,
    Invalid {
        keys: String,
    },
    /// Another program holds the key.
    Taken {
        keys: String,
    },
    Unavailable {
        why: NoShortcut,
    },
}

/// Why no global shortcut works here.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum NoShortcut {
    /// A Wayland session whose desktop offers no GlobalShortcuts portal.
    Wayland,
    /// The desktop portal did not bind it (the user cancelled its dialog, or the desktop refused).
    PortalRefused,
    /// The desktop portal failed; its words.
    PortalFailed { reason: String },
    /// The desktop portal closed the shortcut's session after binding it (or left the bus).
    PortalClosed,
    /// No X11 display to grab the key on.
    NoX11Display,
    /// The X11 grab failed, for another reason than the key being taken.
    X11 { problem: X11Problem },
    /// global-hotkey cannot start here (macOS, Windows).
    NotSupported,
    /// global-hotkey did not register the key, for another reason than its being taken.
    NotRegistered,
}

/// Why X11 cannot grab the key (besides another client holding it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum X11Problem {
    UnnamedKey,
    NoDisplay,
    NoSuchKey,
    NoAnswer,
    NoThread,
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
    KeyringBusy,
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

pub use crate::tuning::{IPC_CLIENT_TIMEOUT as CLIENT_TIMEOUT, IPC_SERVER_WAIT as SERVER_WAIT};

#[derive(Debug, thiserror::Error)]
pub enum IpcError {
    /// The request could not be sent (the system's reason).
    #[error("{}", text!("ipc-no-answer", reason = .0))]
    NoAnswer(String),
    /// The request was sent, and no answer this program can read came back: the tray may still act on
    /// it.
    #[error("{}", text!("ipc-no-answer", reason = .0.to_string()))]
    Lost(Silence),
    #[error("{}", text!("ipc-already-running"))]
    AlreadyRunning,
    #[error("{}", text!("ipc-bind", path = .path.display().to_string(), reason = .reason))]
    Bind { path: PathBuf, reason: String },
    /// The socket at the path answers for another user's program (its uid, from the kernel).
    #[error("{}", text!("ipc-foreign", path = .path.display().to_string(), uid = .uid.to_string()))]
    Foreign { path: PathBuf, uid: u32 },
    /// The control pipe is held by a program that refuses this user, or runs as another user.
    #[cfg(windows)]
    #[error("{}", text!("ipc-foreign-pipe", name = .name))]
    ForeignPipe { name: String },
    /// The socket's folder is not this user's alone (the reason: who owns it, or its mode).
    #[error("{}", text!("ipc-not-private", path = .path.display().to_string(), reason = .reason))]
    NotPrivate { path: PathBuf, reason: String },
}

/// How a sent request went unanswered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Silence {
    /// Nothing came within [`CLIENT_TIMEOUT`].
    TimedOut,
    /// The connection ended first (the system's reason, or none for a plain close).
    Closed(Option<String>),
    /// Something came that is not a reply.
    Unreadable,
}

impl std::fmt::Display for Silence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Silence::TimedOut => f.write_str(&text!(
                "ipc-silence-timed-out",
                seconds = CLIENT_TIMEOUT.as_secs()
            )),
            Silence::Closed(Some(reason)) => f.write_str(reason),
            Silence::Closed(None) => f.write_str(&text!("ipc-silence-closed")),
            Silence::Unreadable => f.write_str(&text!("ipc-silence-unreadable")),
        }
    }
}

#[cfg(unix)]
pub use unix::{Listener, private_runtime_dir, request, socket_path, tray_running};

#[cfg(windows)]
pub use windows::{Listener, request, tray_running};

#[cfg(not(any(unix, windows)))]
pub fn request(_: &Request) -> Result<Option<Reply>, IpcError> {
    Ok(None)
}

/// True when a tray of this user answers on the control socket.
#[cfg(not(any(unix, windows)))]
pub fn tray_running() -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_protocol_is_one_readable_json_line() {
        let request = Request::Set {
            status: Status::Dnd,
            until: None,
        };
        assert_eq!(
            serde_json::to_string(&request).unwrap(),
            r#"{"cmd":"set","status":"dnd"}"#
        );
        let timed = Request::Set {
            status: Status::Away,
            until: Some(WallTime::from_unix_millis(1_796_198_400_000)),
        };
        let line = serde_json::to_string(&timed).unwrap();
        assert_eq!(
            line,
            r#"{"cmd":"set","status":"away","until":1796198400000}"#
        );
        assert_eq!(serde_json::from_str::<Request>(&line).unwrap(), timed);
        assert_eq!(
            serde_json::to_string(&Request::ToggleDnd { until: None }).unwrap(),
            r#"{"cmd":"toggle-dnd"}"#
        );
        assert_eq!(
            serde_json::to_string(&Request::CancelTimer).unwrap(),
            r#"{"cmd":"cancel-timer"}"#
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
            Failure::KeyringBusy,
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
