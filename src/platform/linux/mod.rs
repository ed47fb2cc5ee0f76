//! Linux only: starting the tray binary, tray-host detection and GTK start-up, the X11 shortcut grab,
//! the Wayland GlobalShortcuts portal, and wake-up and network events.

pub mod bus;
pub mod calls;
pub mod exec;
pub mod idle;
pub mod lock;
pub mod presenting;
pub mod shortcut_portal;
pub mod tray_host;
pub mod wake;
pub mod x11_grab;

/// Whether this is a Wayland session (where X11 grabs do not work and the shortcut portal may).
pub fn wayland_session() -> bool {
    std::env::var("XDG_SESSION_TYPE").is_ok_and(|t| t.eq_ignore_ascii_case("wayland"))
        || std::env::var_os("WAYLAND_DISPLAY").is_some()
}
