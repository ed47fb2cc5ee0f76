//! The DND shortcut on X11, grabbed with x11rb on a thread that blocks on the X connection.
//!
//! Why not global-hotkey here: its X11 thread polls the connection every 50 ms — about 20 wake-ups a
//! second for the whole life of the app, which would be every idle wake-up a tray app has. This thread
//! sleeps in `wait_for_event()` until a key event (or our own stop message) arrives. A key taken by
//! another client is reported by the X server as `BadAccess` on the checked `GrabKey`.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use global_hotkey::hotkey::{Code, HotKey, Modifiers};
use x11rb::connection::Connection;
use x11rb::protocol::Event;
use x11rb::protocol::xproto::{
    ClientMessageEvent, ConnectionExt, CreateWindowAux, EventMask, GrabMode, Keycode, ModMask,
    Window, WindowClass,
};
use x11rb::rust_connection::RustConnection;

/// Why a grab did not happen.
#[derive(Debug)]
pub enum GrabError {
    /// Another X client holds the key.
    Taken,
    /// No X display, or a key X11 cannot name.
    Unavailable(X11Problem),
}

/// Why X11 cannot grab the key (data for the control socket; its sentences are in `platform/shortcut.rs`).
pub use crate::ipc::X11Problem;

/// A grabbed shortcut; dropping it releases the key and stops the thread.
pub struct X11Shortcut {
    conn: Arc<RustConnection>,
    wake: Window,
    stop: Arc<AtomicBool>,
}

impl X11Shortcut {
    /// Grabs `hotkey` on the default display's root window; `on_press` runs (on the grab thread) at each
    /// press, not on key repeat or release.
    pub fn grab(
        hotkey: HotKey,
        on_press: impl Fn() + Send + 'static,
    ) -> Result<X11Shortcut, GrabError> {
        let keysym = keysym(hotkey.key).ok_or(GrabError::Unavailable(X11Problem::UnnamedKey))?;
        let (conn, screen) = x11rb::connect(None).map_err(|e| {
            tracing::debug!("connecting to the X server failed: {e}");
            GrabError::Unavailable(X11Problem::NoDisplay)
        })?;
        let conn = Arc::new(conn);
        let root = conn.setup().roots[screen].root;
        let keycode =
            keycode_of(&conn, keysym).ok_or(GrabError::Unavailable(X11Problem::NoSuchKey))?;
        let mods = mod_mask(hotkey.mods);
        // The grab must not depend on Caps Lock or Num Lock being on.
        for extra in [
            ModMask::from(0u16),
            ModMask::LOCK,
            ModMask::M2,
            ModMask::LOCK | ModMask::M2,
        ] {
            let grabbed = conn
                .grab_key(
                    false,
                    root,
                    mods | extra,
                    keycode,
                    GrabMode::ASYNC,
                    GrabMode::ASYNC,
                )
                .map_err(|_| GrabError::Unavailable(X11Problem::NoAnswer))?
                .check();
            if grabbed.is_err() {
                return Err(GrabError::Taken);
            }
        }
        // An unmapped window of our own, for the stop message that wakes the blocked thread.
        let wake = conn
            .generate_id()
            .map_err(|_| GrabError::Unavailable(X11Problem::NoAnswer))?;
        conn.create_window(
            0,
            wake,
            root,
            0,
            0,
            1,
            1,
            0,
            WindowClass::INPUT_ONLY,
            0,
            &CreateWindowAux::new(),
        )
        .map_err(|_| GrabError::Unavailable(X11Problem::NoAnswer))?;
        conn.flush()
            .map_err(|_| GrabError::Unavailable(X11Problem::NoAnswer))?;

        let stop = Arc::new(AtomicBool::new(false));
        let (thread_conn, thread_stop) = (conn.clone(), stop.clone());
        std::thread::Builder::new()
            .name("b24-status shortcut".into())
            .spawn(move || {
                let mut down = false;
                while let Ok(event) = thread_conn.wait_for_event() {
                    if thread_stop.load(Ordering::Acquire) {
                        break;
                    }
                    match event {
                        Event::KeyPress(e) if e.detail == keycode && !down => {
                            down = true;
                            on_press();
                        }
                        Event::KeyRelease(e) if e.detail == keycode => down = false,
                        _ => {}
                    }
                }
            })
            .map_err(|_| GrabError::Unavailable(X11Problem::NoThread))?;
        Ok(X11Shortcut { conn, wake, stop })
    }
}

impl Drop for X11Shortcut {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
        let message = ClientMessageEvent::new(32, self.wake, x11rb::NONE, [0u32; 5]);
        let _ = self
            .conn
            .send_event(false, self.wake, EventMask::NO_EVENT, message);
        let _ = self.conn.flush();
    }
}

fn keycode_of(conn: &RustConnection, keysym: u32) -> Option<Keycode> {
    let setup = conn.setup();
    let (min, max) = (setup.min_keycode, setup.max_keycode);
    let mapping = conn
        .get_keyboard_mapping(min, max - min + 1)
        .ok()?
        .reply()
        .ok()?;
    let per = usize::from(mapping.keysyms_per_keycode.max(1));
    mapping
        .keysyms
        .chunks(per)
        .position(|syms| syms.contains(&keysym))
        .and_then(|i| u8::try_from(i).ok())
        .map(|i| min + i)
}

fn mod_mask(mods: Modifiers) -> ModMask {
    let mut mask = ModMask::from(0u16);
    if mods.contains(Modifiers::SHIFT) {
        mask |= ModMask::SHIFT;
    }
    if mods.contains(Modifiers::CONTROL) {
        mask |= ModMask::CONTROL;
    }
    if mods.contains(Modifiers::ALT) {
        mask |= ModMask::M1;
    }
    // "Super" parses to the legacy SUPER flag in global-hotkey 0.9; META is its successor.
    #[allow(deprecated)]
    if mods.intersects(Modifiers::SUPER | Modifiers::META) {
        mask |= ModMask::M4;
    }
    mask
}

/// The X11 keysym of a key: letters, digits, F1–F24 and the common named keys.
pub fn keysym(code: Code) -> Option<u32> {
    use Code::*;
    let letters = [
        KeyA, KeyB, KeyC, KeyD, KeyE, KeyF, KeyG, KeyH, KeyI, KeyJ, KeyK, KeyL, KeyM, KeyN, KeyO,
        KeyP, KeyQ, KeyR, KeyS, KeyT, KeyU, KeyV, KeyW, KeyX, KeyY, KeyZ,
    ];
    if let Some(i) = letters.iter().position(|c| *c == code) {
        return Some(0x61 + i as u32); // XK_a…XK_z
    }
    let digits = [
        Digit0, Digit1, Digit2, Digit3, Digit4, Digit5, Digit6, Digit7, Digit8, Digit9,
    ];
    if let Some(i) = digits.iter().position(|c| *c == code) {
        return Some(0x30 + i as u32); // XK_0…XK_9
    }
    let functions = [
        F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12, F13, F14, F15, F16, F17, F18, F19, F20,
        F21, F22, F23, F24,
    ];
    if let Some(i) = functions.iter().position(|c| *c == code) {
        return Some(0xffbe + i as u32); // XK_F1…
    }
    Some(match code {
        Space => 0x0020,
        Escape => 0xff1b,
        Tab => 0xff09,
        Enter => 0xff0d,
        Backspace => 0xff08,
        Insert => 0xff63,
        Delete => 0xffff,
        Home => 0xff50,
        End => 0xff57,
        PageUp => 0xff55,
        PageDown => 0xff56,
        ArrowLeft => 0xff51,
        ArrowUp => 0xff52,
        ArrowRight => 0xff53,
        ArrowDown => 0xff54,
        Pause => 0xff13,
        ScrollLock => 0xff14,
        PrintScreen => 0xff61,
        Minus => 0x002d,
        Equal => 0x003d,
        Comma => 0x002c,
        Period => 0x002e,
        Slash => 0x002f,
        Semicolon => 0x003b,
        Quote => 0x0027,
        Backquote => 0x0060,
        BracketLeft => 0x005b,
        BracketRight => 0x005d,
        Backslash => 0x005c,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keysyms_of_common_keys() {
        assert_eq!(keysym(Code::KeyD), Some(0x64));
        assert_eq!(keysym(Code::Digit7), Some(0x37));
        assert_eq!(keysym(Code::F9), Some(0xffc6));
        assert_eq!(keysym(Code::F24), Some(0xffd5));
        assert_eq!(keysym(Code::Space), Some(0x20));
        assert_eq!(keysym(Code::MediaPlayPause), None);
    }

    #[test]
    fn modifiers_map_to_x11_masks() {
        let mask = mod_mask(Modifiers::CONTROL | Modifiers::ALT);
        assert_eq!(mask, ModMask::CONTROL | ModMask::M1);
        assert_eq!(
            mod_mask(Modifiers::META | Modifiers::SHIFT),
            ModMask::M4 | ModMask::SHIFT
        );
    }
}
