//! Linux only: starting the tray binary, tray-host detection and GTK start-up, the X11 shortcut grab,
//! the Wayland GlobalShortcuts portal, and wake-up and network events.

pub mod exec;
pub mod shortcut_portal;
pub mod tray_host;
pub mod wake;
pub mod x11_grab;
