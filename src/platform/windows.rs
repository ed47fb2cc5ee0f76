//! Windows: the console of a GUI-subsystem binary.
//!
//! Release builds are linked for the GUI subsystem (`windows_subsystem = "windows"` in `main.rs`), so the
//! tray started at login (the per-user Run key) or from the Start menu opens no console window. Such a
//! program gets no console at all, though: [`attach_parent_console`] attaches the commands to the console
//! of the program that started them (cmd.exe, PowerShell, Windows Terminal), so that `b24-status get`,
//! `set`, `doctor`, `--help`, … print there, and `login` can read from it.
//!
//! Not verified on Linux CI: this file is compiled only for Windows, which this project cannot build or
//! test here. What it relies on was read, not run:
//! - `AttachConsole(ATTACH_PARENT_PROCESS)` fails when the parent has no console (Explorer, the Start menu,
//!   the Run key) and when this process already has one (a debug build, console subsystem); otherwise the
//!   standard handles, invalid until then in a GUI-subsystem process, refer to that console (Microsoft's
//!   AttachConsole documentation, Remarks).
//! - A handle the parent passed down (stdout redirected to a file or a pipe) is valid from the start; it
//!   is put back after attaching, so redirection keeps working whatever AttachConsole does to it.
//! - Rust's `std::io::stdout()`/`stderr()`/`stdin()` look the standard handle up (`GetStdHandle`) on
//!   every call rather than once at start-up, so nothing needs reopening after attaching.
//!
//! cmd.exe does not wait for a GUI-subsystem program typed at its prompt (it does in a batch file), so
//! the output appears after the next prompt; see the README for scripts.

use windows_sys::Win32::Foundation::{HANDLE, INVALID_HANDLE_VALUE};
use windows_sys::Win32::System::Console::{
    ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_HANDLE,
    STD_INPUT_HANDLE, STD_OUTPUT_HANDLE, SetStdHandle,
};

const STANDARD_HANDLES: [STD_HANDLE; 3] = [STD_INPUT_HANDLE, STD_OUTPUT_HANDLE, STD_ERROR_HANDLE];

/// Attaches to the parent's console when the program was given arguments (a command, `--help`, `-v`, …)
/// and the parent has a console; does nothing otherwise. Call it first in `main`, before anything is
/// printed.
///
/// A bare `b24-status` is the tray, as the Start menu shortcut and the Run key start it: it stays
/// detached, because every process attached to a console is ended when that console window is closed
/// (CTRL_CLOSE_EVENT), and the tray must outlive the terminal it was typed in.
pub fn attach_parent_console() {
    if std::env::args_os().len() <= 1 {
        return;
    }
    attach_console();
}

/// Attaches to the parent's console, if it has one, keeping the handles the parent passed down. The
/// tray calls it only when it exits at once (another one runs), so it prints where it was started.
pub fn attach_console() {
    // SAFETY: GetStdHandle only reads this process's standard handle slots.
    let inherited = STANDARD_HANDLES.map(|id| unsafe { GetStdHandle(id) });
    // SAFETY: no pointers; a failure (no parent console, or a console already) leaves everything as it was.
    if unsafe { AttachConsole(ATTACH_PARENT_PROCESS) } == 0 {
        return;
    }
    for (id, handle) in STANDARD_HANDLES.into_iter().zip(inherited) {
        if is_valid(handle) {
            // SAFETY: `handle` is a handle this process was started with and has not closed.
            unsafe { SetStdHandle(id, handle) };
        }
    }
}

/// Whether a standard handle slot holds a handle (null: none was given; INVALID_HANDLE_VALUE: an error).
fn is_valid(handle: HANDLE) -> bool {
    !handle.is_null() && handle != INVALID_HANDLE_VALUE
}
