//! Session queries on Linux: is there an X11 display, and a tray host — the `org.kde.StatusNotifierWatcher` name on the session bus, and the
//! `_NET_SYSTEM_TRAY_S<screen>` selection owner on X11. Blocking: call it off the UI thread.

use std::ffi::CString;

use crate::platform::tray_host::Hosts;

/// Initialises GTK before tao does: tao aborts the process when GTK cannot open the display. A session
/// that is still starting (an app launched at login races the display server) gets a few tries.
pub fn init_gtk() -> Result<(), crate::error::AppError> {
    let no_display =
        std::env::var_os("WAYLAND_DISPLAY").is_none() && std::env::var_os("DISPLAY").is_none();
    if !no_display {
        for attempt in 0..crate::tuning::GTK_INIT_TRIES {
            match gtk::init() {
                Ok(()) => return Ok(()),
                Err(e) => {
                    tracing::warn!("GTK could not start (try {}): {e}", attempt + 1);
                    std::thread::sleep(crate::tuning::GTK_INIT_PAUSE);
                }
            }
        }
    }
    Err(crate::error::AppError::Io(text!("tray-host-no-display")))
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

/// Runs `query` on the default X11 display (`DISPLAY`), opened and closed around it; `None` when there is
/// no display to open.
fn with_display<T>(
    query: impl FnOnce(&x11_dl::xlib::Xlib, *mut x11_dl::xlib::Display) -> T,
) -> Option<T> {
    let xlib = x11_dl::xlib::Xlib::open().ok()?;
    // SAFETY: the display is opened here, checked for null, handed to `query` only for the duration of
    // the call, and closed once; a null name means `DISPLAY`.
    unsafe {
        let display = (xlib.XOpenDisplay)(std::ptr::null());
        if display.is_null() {
            return None;
        }
        let answer = query(&xlib, display);
        (xlib.XCloseDisplay)(display);
        Some(answer)
    }
}

/// True when an X11 display can be opened (`DISPLAY` set and the server answering).
pub fn x11_display_reachable() -> bool {
    with_display(|_, _| ()).is_some()
}

/// True when an XEmbed system tray owns the `_NET_SYSTEM_TRAY_S<screen>` selection.
fn xembed_tray() -> bool {
    with_display(|xlib, display| {
        // SAFETY: `display` is open for the duration of this closure, and `name` is a NUL-terminated
        // string that outlives the calls using it.
        unsafe {
            let screen = (xlib.XDefaultScreen)(display);
            CString::new(format!("_NET_SYSTEM_TRAY_S{screen}"))
                .map(|name| {
                    let atom = (xlib.XInternAtom)(display, name.as_ptr(), 0);
                    (xlib.XGetSelectionOwner)(display, atom) != 0
                })
                .unwrap_or(false)
        }
    })
    .unwrap_or(false)
}
