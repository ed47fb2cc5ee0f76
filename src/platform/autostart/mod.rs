//! Start at login ("autostart"): the facade used by `b24-status autostart on|off|status` and by the tray.
//!
//! The entry always starts the tray (the program with no arguments) of the current executable. The
//! platform code lives in `linux.rs` (an XDG autostart desktop entry, written by this crate) and in
//! `other.rs` (a LaunchAgent on macOS, the per-user Run key on Windows, both through auto-launch). Each
//! platform module offers the same five functions: `status`, `enable`, `disable`, `repair`, `location`.

use std::path::{Path, PathBuf};

use crate::error::AppError;
use crate::store::files::FileError;

#[cfg(target_os = "linux")]
pub mod linux;
#[cfg(target_os = "linux")]
use linux as platform;

#[cfg(any(target_os = "macos", target_os = "windows"))]
mod other;
#[cfg(any(windows, test))]
mod run_value;
#[cfg(any(target_os = "macos", target_os = "windows"))]
use other as platform;

/// The name of the entry: the desktop file's stem, the LaunchAgent's label, the Run value's name.
pub const APP_NAME: &str = "b24-status";

/// Whether b24-status starts at login.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AutostartState {
    /// Nothing of ours starts at login (or the entry is switched off in it, e.g. `Hidden=true`).
    Off,
    /// The entry starts the tray of this executable.
    On,
    /// On, but the entry starts another binary (the app was moved or reinstalled).
    Stale { points_to: Starts },
}

/// What a stale entry starts instead of this executable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Starts {
    /// Another program: its path, or its name as the entry writes it.
    Program(String),
    /// The file at the entry's path is not a desktop entry.
    NotAnEntry,
    /// The entry has no `Exec` line.
    NoExec,
    /// The entry's `Exec` line (as written), which cannot be read.
    Unreadable(String),
}

impl Starts {
    /// The end of "it starts …".
    pub fn text(&self) -> String {
        match self {
            Starts::Program(program) => program.clone(),
            Starts::NotAnEntry => text!("autostart-starts-not-an-entry"),
            Starts::NoExec => text!("autostart-starts-no-exec"),
            Starts::Unreadable(exec) => text!("autostart-starts-unreadable", exec = exec),
        }
    }
}

/// Why the autostart entry could not be read or changed; each message names the place and the fix.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.text())]
pub enum AutostartError {
    NoHome,
    CurrentExe {
        reason: String,
    },
    UnsupportedPath {
        path: PathBuf,
        location: String,
        why: PathProblem,
    },
    File(#[from] FileError),
    Platform {
        location: String,
        reason: String,
    },
    NotConfirmed {
        location: String,
        exe: String,
    },
    Unsupported,
}

/// Why a program path cannot be written into the entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathProblem {
    NotUtf8,
    ControlCharacter,
    /// GLib skips such an entry (Linux).
    Percent,
    /// `&`, `<` or `>`, which auto-launch writes into the plist unescaped (macOS).
    XmlCharacters,
}

impl AutostartError {
    /// The one-line message, with the fix.
    pub fn text(&self) -> String {
        match self {
            AutostartError::NoHome => text!("autostart-error-no-home"),
            AutostartError::CurrentExe { reason } => {
                text!("autostart-error-current-exe", reason = reason)
            }
            AutostartError::UnsupportedPath {
                path,
                location,
                why,
            } => text!(
                "autostart-error-unsupported-path",
                path = path.display().to_string(),
                location = location,
                why = why.text()
            ),
            AutostartError::File(e) => text!("autostart-error-file", error = e.to_string()),
            AutostartError::Platform { location, reason } => text!(
                "autostart-error-platform",
                location = location,
                reason = reason
            ),
            AutostartError::NotConfirmed { location, exe } => text!(
                "autostart-error-not-confirmed",
                location = location,
                exe = exe
            ),
            AutostartError::Unsupported => text!("autostart-error-unsupported"),
        }
    }
}

impl PathProblem {
    fn text(self) -> String {
        match self {
            PathProblem::NotUtf8 => text!("autostart-path-not-utf8"),
            PathProblem::ControlCharacter => text!("autostart-path-control"),
            PathProblem::Percent => text!("autostart-path-percent"),
            PathProblem::XmlCharacters => text!("autostart-path-xml"),
        }
    }
}

/// Whether the entry starts this executable, another one, or nothing.
pub fn status() -> Result<AutostartState, AutostartError> {
    platform::status()
}

/// Makes the tray of the current executable (`std::env::current_exe`) start at login; replaces any entry
/// of ours that was there, and checks what it wrote by reading it back.
pub fn enable() -> Result<(), AutostartError> {
    platform::enable()
}

/// Stops b24-status from starting at login; removes only our own entry. Succeeds when it is already off.
pub fn disable() -> Result<(), AutostartError> {
    platform::disable()
}

/// At tray start: if on but stale, rewrite it for the current executable. Returns true when repaired.
///
/// An entry that was edited by hand (a wrapper, extra arguments, another program's name) is left alone
/// and only logged: `b24-status autostart on` replaces it when the user asks.
pub fn repair() -> Result<bool, AutostartError> {
    platform::repair()
}

/// Where the entry lives, for messages: a file path, or the registry value on Windows.
pub fn location() -> Result<String, AutostartError> {
    platform::location()
}

/// What `b24-status autostart` does (its help lines are `autostart-action-…` in the catalogue).
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum AutostartAction {
    #[value(help = text!("autostart-action-on-help"))]
    On,
    #[value(help = text!("autostart-action-off-help"))]
    Off,
    #[value(help = text!("autostart-action-status-help"))]
    Status,
}

/// `b24-status autostart on|off|status`: changes the entry if asked, then prints what is in place now.
pub fn command(action: AutostartAction) -> Result<(), AppError> {
    let fail = |e: AutostartError| AppError::Io(e.to_string());
    match action {
        AutostartAction::On => enable().map_err(fail)?,
        AutostartAction::Off => disable().map_err(fail)?,
        AutostartAction::Status => {}
    }
    let state = status().map_err(fail)?;
    let location = location().map_err(fail)?;
    println!("{}", describe(&state, &location));
    Ok(())
}

/// The one line `b24-status autostart` prints for a state.
pub fn describe(state: &AutostartState, location: &str) -> String {
    match state {
        AutostartState::Off => text!("autostart-off"),
        AutostartState::On => text!("autostart-on", location = location),
        AutostartState::Stale { points_to } => {
            text!("autostart-stale", program = points_to.text())
        }
    }
}

/// The running executable, as the entry should name it. On Linux the tray runs as `b24-status-tray`,
/// which `b24-status` starts (`platform/linux/exec.rs`): the entry names `b24-status`, the program users know.
pub(crate) fn current_exe() -> Result<PathBuf, AutostartError> {
    let exe = std::env::current_exe().map_err(|e| AutostartError::CurrentExe {
        reason: e.to_string(),
    })?;
    let exe = without_deleted_suffix(exe);
    #[cfg(target_os = "linux")]
    let exe = {
        use crate::platform::linux::exec::{CLI_BIN, TRAY_BIN, sibling};
        let cli = sibling(&exe, CLI_BIN);
        if exe.file_name().is_some_and(|n| n == TRAY_BIN) && cli.exists() {
            cli
        } else {
            exe
        }
    };
    Ok(canonical(&exe))
}

/// On Linux a binary replaced while it runs (a package upgrade) reads as `PATH (deleted)`: the new
/// binary at PATH is the one the entry should start.
fn without_deleted_suffix(exe: PathBuf) -> PathBuf {
    match exe.to_str().and_then(|s| s.strip_suffix(" (deleted)")) {
        Some(stripped) if !exe.exists() => PathBuf::from(stripped),
        _ => exe,
    }
}

/// The path with symlinks resolved, or as it is when it does not exist (a moved binary).
pub(crate) fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Whether the entry's program is the executable `exe` (both compared with symlinks resolved).
pub(crate) fn same_program(program: &Path, exe: &Path) -> bool {
    canonical(program) == canonical(exe)
}

/// Any other system: no entry can be written; the commands say so instead of pretending.
#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
mod platform {
    use super::{AutostartError, AutostartState};

    pub fn status() -> Result<AutostartState, AutostartError> {
        Ok(AutostartState::Off)
    }

    pub fn enable() -> Result<(), AutostartError> {
        Err(AutostartError::Unsupported)
    }

    pub fn disable() -> Result<(), AutostartError> {
        Ok(())
    }

    pub fn repair() -> Result<bool, AutostartError> {
        Ok(false)
    }

    pub fn location() -> Result<String, AutostartError> {
        Ok(text!("autostart-location-elsewhere"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_state_prints_one_line_with_its_fix() {
        let at = "/home/u/.config/autostart/b24-status.desktop";
        assert_eq!(describe(&AutostartState::Off, at), "Start at login: off");
        assert_eq!(
            describe(&AutostartState::On, at),
            "Start at login: on (/home/u/.config/autostart/b24-status.desktop)"
        );
        let stale = AutostartState::Stale {
            points_to: Starts::Program("/old/path/b24-status".into()),
        };
        assert_eq!(
            describe(&stale, at),
            "Start at login: on, but it starts /old/path/b24-status — run b24-status autostart on to fix it"
        );
        let no_exec = AutostartState::Stale {
            points_to: Starts::NoExec,
        };
        assert_eq!(
            describe(&no_exec, at),
            "Start at login: on, but it starts no program (the entry has no Exec line) — run b24-status autostart on to fix it"
        );
    }

    #[test]
    fn a_replaced_binary_is_named_by_its_path_without_the_deleted_mark() {
        let dir = tempfile::tempdir().unwrap();
        let gone = dir.path().join("b24-status (deleted)");
        assert_eq!(without_deleted_suffix(gone), dir.path().join("b24-status"));
        // A file really called so keeps its name.
        let real = dir.path().join("odd (deleted)");
        std::fs::write(&real, "").unwrap();
        assert_eq!(without_deleted_suffix(real.clone()), real);
    }

    #[cfg(unix)]
    #[test]
    fn programs_are_compared_through_symlinks() {
        let dir = tempfile::tempdir().unwrap();
        let exe = dir.path().join("b24-status");
        std::fs::write(&exe, "").unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&exe, &link).unwrap();
        assert!(same_program(&link, &exe));
        assert!(!same_program(&dir.path().join("elsewhere"), &exe));
    }

    #[test]
    fn errors_are_one_line_and_name_the_fix() {
        let errors = [
            AutostartError::NoHome,
            AutostartError::CurrentExe {
                reason: "gone".into(),
            },
            AutostartError::UnsupportedPath {
                path: "/x".into(),
                location: "/y".into(),
                why: PathProblem::Percent,
            },
            AutostartError::NotConfirmed {
                location: "/y".into(),
                exe: "/x".into(),
            },
        ];
        for e in errors {
            let text = e.to_string();
            assert!(!text.contains('\n'), "{text}");
            assert!(text.contains(" again"), "no fix in: {text}");
        }
    }
}
