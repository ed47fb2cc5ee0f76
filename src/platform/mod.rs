//! What differs per operating system, each behind `cfg` in its own files: start at login, tray-host
//! detection, the system's languages, and on Linux the X11 grab, the shortcut portal, wake-up events and starting the tray binary.

pub mod autostart;
pub mod automatic;
#[cfg(target_os = "linux")]
pub mod linux;
pub mod locale;
#[cfg(target_os = "macos")]
pub mod macos;
pub mod shortcut;
pub mod tray_host;
#[cfg(windows)]
pub mod windows;
