//! Presenting on Linux, event-driven: the active X11 window is full screen (`_NET_ACTIVE_WINDOW`, `_NET_WM_STATE`).
//!
//! A thread of its own, on its own X connection, blocked in `wait_for_event()`: it selects
//! `PropertyChangeMask` on the root window (the window manager sets `_NET_ACTIVE_WINDOW` there, EWMH)
//! and on the window now active (its `_NET_WM_STATE` holds `_NET_WM_STATE_FULLSCREEN` while full
//! screen), selecting again on each newly active window. It reports `Presenting(now)` at start, then
//! each change. The window manager may start after the tray: the root's property is followed from the
//! moment it appears.
//!
//! Not built (the rule has no source there, and `doctor` says so):
//! - **The screen shared** (a PipeWire screen-cast stream): the video source node
//!   (`media.class = "Video/Source"`) the compositor makes for the desktop portal's ScreenCast, heard
//!   through a PipeWire registry listener (event-driven) and told from a camera by its node properties —
//!   the way to see sharing on Wayland, and from browsers on X11.
//! - **Wayland**: no protocol tells a client which window is active or full screen (XWayland's
//!   `_NET_ACTIVE_WINDOW` names X11 windows only), so a Wayland session has no source.
//! - **Windows**: `SHQueryUserNotificationState`, presenting while it answers `QUNS_PRESENTATION_MODE`
//!   (presentation settings on) or `QUNS_BUSY` / `QUNS_RUNNING_D3D_FULL_SCREEN` (a full-screen
//!   application, a slide show); it has no change notification, so it would be asked again when the
//!   foreground window changes (`SetWinEventHook(EVENT_SYSTEM_FOREGROUND)`), not on a timer.
//! - **macOS**: the frontmost application's presentation options
//!   (`NSApplication.currentSystemPresentationOptions` with `NSApplicationPresentationFullScreen` /
//!   `HideDock`), re-read on `NSWorkspaceDidActivateApplicationNotification` and
//!   `NSWorkspaceActiveSpaceDidChangeNotification` (a full-screen app has a Space of its own).

use x11rb::connection::Connection;
use x11rb::protocol::Event;
use x11rb::protocol::xproto::{
    Atom, AtomEnum, ChangeWindowAttributesAux, ConnectionExt as _, EventMask, Window,
};
use x11rb::rust_connection::RustConnection;

use crate::automatic::Signal;
use crate::platform::automatic::{NoPresentingSource, Report};

/// The atoms the watch reads.
#[derive(Clone, Copy)]
struct Atoms {
    supported: Atom,
    active: Atom,
    state: Atom,
    fullscreen: Atom,
}

/// Starts the watch on its own thread (it connects there: the worker never waits on the X server).
/// Nothing to watch (a Wayland session, no X display): the thread says so in the log and ends.
pub fn watch(report: Report) {
    let started = std::thread::Builder::new()
        .name("b24-status presenting".into())
        .spawn(move || {
            if super::wayland_session() {
                tracing::info!("presenting: no full-screen source on Wayland");
                return;
            }
            match connect() {
                Ok((conn, root, atoms)) => {
                    tracing::info!("watching the active window's full-screen state (X11)");
                    if let Err(e) = run(&conn, root, atoms, &report) {
                        tracing::warn!("the full-screen watch ended: {e}");
                    }
                }
                Err(e) => tracing::info!("presenting: no X display to watch: {e}"),
            }
        });
    if let Err(e) = started {
        tracing::warn!("the full-screen watch could not start: {e}");
    }
}

/// Whether the watch has something to follow now (for `doctor`): an X display whose window manager
/// publishes the active window and the full-screen state (EWMH's `_NET_SUPPORTED`).
pub fn probe() -> Result<(), NoPresentingSource> {
    if super::wayland_session() {
        return Err(NoPresentingSource::Wayland);
    }
    let (conn, root, atoms) = connect().map_err(|_| NoPresentingSource::NoDisplay)?;
    let supported = atom_list(&conn, root, atoms.supported);
    if supported.contains(&atoms.active) && supported.contains(&atoms.fullscreen) {
        Ok(())
    } else {
        Err(NoPresentingSource::NoWindowManager)
    }
}

type X11Result<T> = Result<T, Box<dyn std::error::Error>>;

fn connect() -> X11Result<(RustConnection, Window, Atoms)> {
    let (conn, screen) = x11rb::connect(None)?;
    let root = conn.setup().roots[screen].root;
    let cookies = [
        conn.intern_atom(false, b"_NET_SUPPORTED")?,
        conn.intern_atom(false, b"_NET_ACTIVE_WINDOW")?,
        conn.intern_atom(false, b"_NET_WM_STATE")?,
        conn.intern_atom(false, b"_NET_WM_STATE_FULLSCREEN")?,
    ];
    let mut atoms = [0; 4];
    for (atom, cookie) in atoms.iter_mut().zip(cookies) {
        *atom = cookie.reply()?.atom;
    }
    let [supported, active, state, fullscreen] = atoms;
    Ok((
        conn,
        root,
        Atoms {
            supported,
            active,
            state,
            fullscreen,
        },
    ))
}

/// Follows the active window until `report` says the worker is gone (or the connection is lost).
fn run(conn: &RustConnection, root: Window, atoms: Atoms, report: &Report) -> X11Result<()> {
    conn.change_window_attributes(
        root,
        &ChangeWindowAttributesAux::new().event_mask(EventMask::PROPERTY_CHANGE),
    )?
    .check()?;
    let mut active = None;
    let mut full = false;
    let mut first = true;
    loop {
        let now = active_window(conn, root, atoms.active);
        if now != active {
            // Selected before reading its state, so that no change falls in between.
            follow(conn, active, now, root);
            active = now;
        }
        let is = active.is_some_and(|w| is_fullscreen(&atom_list(conn, w, atoms.state), atoms));
        if is != full || first {
            full = is;
            first = false;
            tracing::info!(presenting = full, window = ?active, "the active window's full-screen state");
            if !report(Signal::Presenting(full)) {
                return Ok(());
            }
        }
        // Sleep until the active window or its state changes.
        loop {
            match conn.wait_for_event()? {
                Event::PropertyNotify(e)
                    if (e.window == root && e.atom == atoms.active)
                        || (Some(e.window) == active && e.atom == atoms.state) =>
                {
                    break;
                }
                // A window gone before we selected on it or read it: it is not full screen.
                Event::Error(e) => tracing::debug!("full-screen watch: {e:?}"),
                _ => {}
            }
        }
    }
}

/// Stops hearing of the window that was active and starts hearing of the one now active (the root
/// keeps its own selection).
fn follow(conn: &RustConnection, old: Option<Window>, new: Option<Window>, root: Window) {
    let select = |window: Window, mask: EventMask| {
        if window != root {
            let aux = ChangeWindowAttributesAux::new().event_mask(mask);
            // A window already destroyed answers BadWindow, as an event: nothing to hear of.
            let _ = conn.change_window_attributes(window, &aux);
        }
    };
    if let Some(old) = old {
        select(old, EventMask::NO_EVENT);
    }
    if let Some(new) = new {
        select(new, EventMask::PROPERTY_CHANGE);
    }
    let _ = conn.flush();
}

/// The root's `_NET_ACTIVE_WINDOW` (`None`: no window manager says, or none is active).
fn active_window(conn: &RustConnection, root: Window, active: Atom) -> Option<Window> {
    let reply = conn
        .get_property(false, root, active, AtomEnum::WINDOW, 0, 1)
        .ok()?
        .reply()
        .ok()?;
    window_of(reply.value32().and_then(|mut v| v.next()))
}

/// A window property's value as a window: 0 (`None` in X11) is no window.
fn window_of(value: Option<u32>) -> Option<Window> {
    value.filter(|w| *w != x11rb::NONE)
}

/// A property holding a list of atoms (`_NET_WM_STATE`, `_NET_SUPPORTED`); empty when unset or gone.
fn atom_list(conn: &RustConnection, window: Window, property: Atom) -> Vec<Atom> {
    conn.get_property(false, window, property, AtomEnum::ATOM, 0, 1024)
        .ok()
        .and_then(|cookie| cookie.reply().ok())
        .and_then(|reply| reply.value32().map(|v| v.collect()))
        .unwrap_or_default()
}

/// Whether a window's `_NET_WM_STATE` says full screen.
fn is_fullscreen(states: &[Atom], atoms: Atoms) -> bool {
    states.contains(&atoms.fullscreen)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ATOMS: Atoms = Atoms {
        supported: 300,
        active: 301,
        state: 302,
        fullscreen: 303,
    };

    #[test]
    fn full_screen_is_the_fullscreen_atom_in_the_window_state() {
        let (above, maximized) = (310, 311);
        assert!(!is_fullscreen(&[], ATOMS));
        assert!(!is_fullscreen(&[above, maximized], ATOMS));
        assert!(is_fullscreen(&[ATOMS.fullscreen], ATOMS));
        assert!(is_fullscreen(&[above, ATOMS.fullscreen, maximized], ATOMS));
    }

    #[test]
    fn no_active_window_is_none_or_zero() {
        assert_eq!(window_of(None), None);
        assert_eq!(window_of(Some(0)), None);
        assert_eq!(window_of(Some(0x0140_0007)), Some(0x0140_0007));
    }
}
