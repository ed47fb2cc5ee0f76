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

/// Runs `build` (tao's event loop, which creates and registers a GtkApplication) with the session bus
/// out of GApplication's reach, so that nothing at start asks D-Bus to activate the desktop portal.
///
/// Why: GTK 3's GtkApplication, when it finds neither GNOME's nor Xfce's session manager on the bus
/// (KDE, sway, i3, trayer, a bare X11 session), falls back to `org.freedesktop.portal.Desktop`'s
/// Inhibit interface through a D-Bus proxy made without `G_DBUS_PROXY_FLAGS_DO_NOT_AUTO_START`
/// (`gtk_application_impl_dbus_startup` in gtk/gtkapplication-dbus.c, 3.24): the bus starts the portal
/// and GTK waits for it on the main thread — start-up time, and on a desktop whose portal is broken a
/// backend that crashes, or the bus's activation timeout. The tray uses none of what GApplication does
/// on the bus (a unique name, session management, inhibition, exported actions); the tray icon,
/// notifications and the keyring connect later, with the address restored.
///
/// How: GApplication connects to the session bus while it registers, reading
/// `DBUS_SESSION_BUS_ADDRESS`; for that moment the variable names a socket that cannot exist, so the
/// connection fails at once (GLib then carries on as a non-unique application) and GLib caches no bus.
/// (Left unset instead, GLib would try `$XDG_RUNTIME_DIR/bus` and X11 autolaunch.)
pub fn without_gapplication_bus<T>(build: impl FnOnce() -> T) -> T {
    const VAR: &str = "DBUS_SESSION_BUS_ADDRESS";
    let saved = std::env::var_os(VAR);
    // SAFETY: called on the main thread before the tray starts any thread of its own (the worker, the
    // shortcut, the sign-in page); GTK's initialisation before it starts none that reads the
    // environment.
    unsafe {
        std::env::set_var(
            VAR,
            "unix:path=/dev/null/b24-status-no-bus-for-gapplication",
        )
    };
    let built = build();
    // SAFETY: as above; the tray's own threads start after this.
    unsafe {
        match &saved {
            Some(address) => std::env::set_var(VAR, address),
            None => std::env::remove_var(VAR),
        }
    }
    if saved.is_some() {
        hold_session_bus();
    }
    built
}

/// GLib keeps the connection that just failed as its session-bus singleton until the last reference to
/// it is dropped, which can happen a moment later on GLib's own worker thread; a `g_bus_get_sync` in
/// that moment fails, and the tray icon (libayatana-appindicator) would be left without a bus and
/// never appear. So: wait, briefly, until GLib hands out a working session bus, and keep that one for
/// the process's life, so that the tray icon and everything after it share it.
fn hold_session_bus() {
    use gtk::gio;
    static SESSION: std::sync::OnceLock<gio::DBusConnection> = std::sync::OnceLock::new();
    let started = std::time::Instant::now();
    for attempt in 0.. {
        match gio::bus_get_sync(gio::BusType::Session, gio::Cancellable::NONE) {
            Ok(bus) => {
                if attempt > 0 {
                    tracing::debug!(
                        "GLib's session bus was ready after {attempt} retries ({:?})",
                        started.elapsed()
                    );
                }
                let _ = SESSION.set(bus);
                return;
            }
            Err(e) if started.elapsed() >= crate::tuning::SESSION_BUS_WAIT => {
                tracing::warn!("no session bus for the tray icon: {e}");
                return;
            }
            Err(_) => std::thread::sleep(std::time::Duration::from_millis(5)),
        }
    }
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
