//! The `b24-status` binary: everything lives in the library so it can be tested.

// Release builds on Windows use the GUI subsystem, so starting the tray at login opens no console window;
// the commands attach to the console they were started from (see `platform_windows.rs`).
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

#[cfg(windows)]
mod platform_windows;

fn main() -> std::process::ExitCode {
    #[cfg(windows)]
    platform_windows::attach_parent_console();
    b24_status::main()
}
