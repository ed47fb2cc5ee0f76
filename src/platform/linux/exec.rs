//! Linux: `b24-status` links no GTK, so a command such as `b24-status set dnd` does not spend half of its
//! time loading GTK's 70 shared libraries (docs/PERFORMANCE.md). The tray is the `b24-status-tray` binary
//! beside it, which `b24-status` (no command, or `demo`) replaces itself with: same process ID, same
//! arguments, same environment.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::error::AppError;

/// The tray binary's file name, beside `b24-status`.
pub const TRAY_BIN: &str = "b24-status-tray";
/// The commands binary's file name.
pub const CLI_BIN: &str = "b24-status";

/// Replaces this process with the tray; returns only if that failed.
pub fn exec(_demo: bool) -> Result<(), AppError> {
    let tray = tray_path()?;
    // The arguments as given: `demo`, `-v`… mean the same to the tray.
    let error = Command::new(&tray).args(std::env::args_os().skip(1)).exec();
    Err(AppError::Io(text!(
        "exec-failed",
        path = tray.display().to_string(),
        error = error.to_string()
    )))
}

fn tray_path() -> Result<PathBuf, AppError> {
    let exe = std::env::current_exe()
        .map_err(|e| AppError::Io(text!("exec-no-path", error = e.to_string())))?;
    Ok(sibling(&exe, TRAY_BIN))
}

/// `name` in the directory of `exe`.
pub fn sibling(exe: &Path, name: &str) -> PathBuf {
    exe.with_file_name(name)
}
