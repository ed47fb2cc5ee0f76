//! The `b24-status` binary: everything lives in the library so it can be tested.

// Release builds on Windows use the GUI subsystem, so starting the tray at login opens no console window;
// the commands attach to the console they were started from (see `platform/windows.rs`).
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    #[cfg(windows)]
    b24_status::platform::windows::attach_parent_console();
    // Linux: the commands without GTK; the tray is `b24-status-tray` (src/platform/linux/exec.rs).
    #[cfg(target_os = "linux")]
    let main = b24_status::main_cli;
    #[cfg(not(target_os = "linux"))]
    let main = b24_status::main;
    main()
}
