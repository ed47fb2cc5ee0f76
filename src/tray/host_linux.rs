//! Session queries on Linux: is there an X11 display, and a tray host — the `org.kde.StatusNotifierWatcher` name on the session bus, and the
//! `_NET_SYSTEM_TRAY_S<screen>` selection owner on X11. Blocking: call it off the UI thread.

use std::ffi::CString;

use crate::tray::host::Hosts;

/// Initialises GTK before tao does: tao aborts the process when GTK cannot open the display. A session
/// that is still starting (an app launched at login races the display server) gets a few tries.
pub fn init_gtk() -> Result<(), crate::app_error::AppError> {
    let no_display =
        std::env::var_os("WAYLAND_DISPLAY").is_none() && std::env::var_os("DISPLAY").is_none();
    if !no_display {
        for attempt in 0..10 {
            match gtk::init() {
                Ok(()) => return Ok(()),
                Err(e) => {
                    tracing::warn!("GTK could not start (try {}): {e}", attempt + 1);
                    std::thread::sleep(std::time::Duration::from_millis(300));
                }
            }
        }
    }
    Err(crate::app_error::AppError::Io(
        "no graphical session to show a tray icon in (DISPLAY is not set or the display server does not answer); the b24-status commands work without one".into(),
    ))
}

pub fn detect() -> Hosts {
    Hosts {
        status_notifier: status_notifier_watcher(),
        xembed: xembed_tray(),
    }
}

fn status_notifier_watcher() -> bool {
    let Ok(conn) = zbus::blocking::Connection::session() else {
        return false;
    };
    let Ok(dbus) = zbus::blocking::fdo::DBusProxy::new(&conn) else {
        return false;
    };
    match zbus::names::BusName::try_from("org.kde.StatusNotifierWatcher") {
        Ok(name) => dbus.name_has_owner(name).unwrap_or(false),
        Err(_) => false,
    }
}

/// True when an X11 display can be opened (`DISPLAY` set and the server answering).
pub fn x11_display_reachable() -> bool {
    let Ok(xlib) = x11_dl::xlib::Xlib::open() else {
        return false;
    };
    // SAFETY: the display is opened and closed here; a null name means `DISPLAY`.
    unsafe {
        let display = (xlib.XOpenDisplay)(std::ptr::null());
        if display.is_null() {
            return false;
        }
        (xlib.XCloseDisplay)(display);
    }
    true
}

fn xembed_tray() -> bool {
    let Ok(xlib) = x11_dl::xlib::Xlib::open() else {
        return false;
    };
    // SAFETY: plain Xlib calls on a display this function opens and closes; every pointer passed is
    // either that display or a NUL-terminated string that outlives the call.
    unsafe {
        let display = (xlib.XOpenDisplay)(std::ptr::null());
        if display.is_null() {
            return false;
        }
        let screen = (xlib.XDefaultScreen)(display);
        let owned = CString::new(format!("_NET_SYSTEM_TRAY_S{screen}"))
            .map(|name| {
                let atom = (xlib.XInternAtom)(display, name.as_ptr(), 0);
                (xlib.XGetSelectionOwner)(display, atom) != 0
            })
            .unwrap_or(false);
        (xlib.XCloseDisplay)(display);
        owned
    }
}
