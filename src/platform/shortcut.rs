//! The global shortcut that toggles Do Not Disturb (`dnd_shortcut` in the config, `Ctrl+Alt+D` by
//! default, empty to disable). On Linux/X11 it is our own blocking grab (`platform/linux/x11_grab.rs`); on macOS and
//! Windows global-hotkey registers it. Where it cannot work, it says why: no X11 display (global-hotkey's
//! `register()` would still return `Ok` there), a Wayland session (X11 grabs only fire while an X11 window
//! has focus), or the key taken by another program.

use std::str::FromStr;

use global_hotkey::hotkey::HotKey;
#[cfg(not(target_os = "linux"))]
use global_hotkey::{GlobalHotKeyManager, HotKeyState};

/// The shortcut used when the config does not name one.
pub const DEFAULT: &str = "Ctrl+Alt+D";

/// What became of the configured shortcut.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShortcutState {
    Active(String),
    /// `dnd_shortcut = ""`.
    Off,
    Invalid(String),
    Taken(String),
    Unavailable(NoShortcut),
}

/// Why no global shortcut works here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoShortcut {
    /// A Wayland session: X11 grabs only fire while an X11 window has focus.
    Wayland,
    /// No X11 display to grab the key on.
    NoX11Display,
    /// The X11 grab failed.
    #[cfg(target_os = "linux")]
    X11(crate::platform::linux::x11_grab::X11Problem),
    /// global-hotkey cannot start here (macOS, Windows).
    NotSupported,
    /// global-hotkey did not register the key, for another reason than its being taken.
    NotRegistered,
}

impl NoShortcut {
    /// The reason, as the start of a sentence.
    pub fn text(self) -> String {
        match self {
            NoShortcut::Wayland => text!("shortcut-why-wayland"),
            NoShortcut::NoX11Display => text!("shortcut-why-no-x11-display"),
            #[cfg(target_os = "linux")]
            NoShortcut::X11(problem) => problem.text(),
            NoShortcut::NotSupported => text!("shortcut-why-not-supported"),
            NoShortcut::NotRegistered => text!("shortcut-why-not-registered"),
        }
    }
}

impl ShortcutState {
    /// The menu's line about the shortcut.
    pub fn menu_line(&self) -> String {
        match self {
            ShortcutState::Active(keys) => text!("shortcut-active", keys = keys),
            ShortcutState::Off => text!("shortcut-off"),
            ShortcutState::Invalid(keys) => text!("shortcut-invalid", keys = keys),
            ShortcutState::Taken(keys) => text!("shortcut-taken", keys = keys),
            ShortcutState::Unavailable(_) => text!("shortcut-unavailable"),
        }
    }

    /// The doctor's line, with the fix; `None` when all is well.
    pub fn problem(&self) -> Option<String> {
        match self {
            ShortcutState::Active(_) | ShortcutState::Off => None,
            ShortcutState::Invalid(keys) => Some(text!("shortcut-problem-invalid", keys = keys)),
            ShortcutState::Taken(keys) => Some(text!("shortcut-problem-taken", keys = keys)),
            ShortcutState::Unavailable(why) => {
                Some(text!("shortcut-problem-unavailable", why = why.text()))
            }
        }
    }
}

/// A registered shortcut; dropping it releases the key.
pub enum Shortcut {
    #[cfg(target_os = "linux")]
    X11(crate::platform::linux::x11_grab::X11Shortcut),
    #[cfg(not(target_os = "linux"))]
    Native {
        manager: GlobalHotKeyManager,
        hotkey: HotKey,
    },
}

#[cfg(not(target_os = "linux"))]
impl Drop for Shortcut {
    fn drop(&mut self) {
        let Shortcut::Native { manager, hotkey } = self;
        let _ = manager.unregister(*hotkey);
    }
}

/// Parses the setting (`None` means the default).
pub fn parse(setting: Option<&str>) -> Result<Option<HotKey>, ShortcutState> {
    let keys = setting.unwrap_or(DEFAULT).trim();
    if keys.is_empty() {
        return Ok(None);
    }
    HotKey::from_str(keys)
        .map(Some)
        .map_err(|_| ShortcutState::Invalid(keys.to_string()))
}

/// Registers the configured shortcut; `on_press` runs at each press (on a background thread). Call on
/// the UI thread (macOS and Windows require it).
pub fn register(
    setting: Option<&str>,
    on_press: impl Fn() + Send + Sync + 'static,
) -> (Option<Shortcut>, ShortcutState) {
    let keys = setting.unwrap_or(DEFAULT).trim().to_string();
    let hotkey = match parse(setting) {
        Ok(Some(hotkey)) => hotkey,
        Ok(None) => return (None, ShortcutState::Off),
        Err(state) => return (None, state),
    };
    if let Some(why) = session_problem() {
        return (None, ShortcutState::Unavailable(why));
    }
    match grab(hotkey, on_press) {
        Ok(shortcut) => (Some(shortcut), ShortcutState::Active(keys)),
        Err(None) => (None, ShortcutState::Taken(keys)),
        Err(Some(why)) => {
            tracing::warn!("the shortcut could not be registered: {why:?}");
            (None, ShortcutState::Unavailable(why))
        }
    }
}

/// Grabs the key: `Err(None)` when another program holds it, `Err(Some(why))` otherwise.
#[cfg(target_os = "linux")]
fn grab(
    hotkey: HotKey,
    on_press: impl Fn() + Send + Sync + 'static,
) -> Result<Shortcut, Option<NoShortcut>> {
    use crate::platform::linux::x11_grab::{GrabError, X11Shortcut};
    match X11Shortcut::grab(hotkey, on_press) {
        Ok(shortcut) => Ok(Shortcut::X11(shortcut)),
        Err(GrabError::Taken) => Err(None),
        Err(GrabError::Unavailable(why)) => Err(Some(NoShortcut::X11(why))),
    }
}

#[cfg(not(target_os = "linux"))]
fn grab(
    hotkey: HotKey,
    on_press: impl Fn() + Send + Sync + 'static,
) -> Result<Shortcut, Option<NoShortcut>> {
    let manager = GlobalHotKeyManager::new().map_err(|_| Some(NoShortcut::NotSupported))?;
    match manager.register(hotkey) {
        Ok(()) => {
            let id = hotkey.id();
            global_hotkey::GlobalHotKeyEvent::set_event_handler(Some(
                move |event: global_hotkey::GlobalHotKeyEvent| {
                    if event.id() == id && event.state() == HotKeyState::Pressed {
                        on_press();
                    }
                },
            ));
            Ok(Shortcut::Native { manager, hotkey })
        }
        Err(global_hotkey::Error::AlreadyRegistered(_)) => Err(None),
        Err(_) => Err(Some(NoShortcut::NotRegistered)),
    }
}

/// Why global-hotkey cannot work in this session, checked before trusting its `register()`.
#[cfg(target_os = "linux")]
pub fn session_problem() -> Option<NoShortcut> {
    if crate::platform::linux::wayland_session() {
        return Some(NoShortcut::Wayland);
    }
    if !crate::platform::linux::tray_host::x11_display_reachable() {
        return Some(NoShortcut::NoX11Display);
    }
    None
}

#[cfg(not(target_os = "linux"))]
pub fn session_problem() -> Option<NoShortcut> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_default_custom_and_empty_settings() {
        assert!(parse(None).unwrap().is_some());
        assert!(parse(Some("Ctrl+Shift+F12")).unwrap().is_some());
        assert!(parse(Some("  ")).unwrap().is_none());
        assert_eq!(
            parse(Some("Ctrl+Banana")).unwrap_err(),
            ShortcutState::Invalid("Ctrl+Banana".into())
        );
    }

    #[test]
    fn each_state_has_a_menu_line_and_problems_carry_a_fix() {
        let active = ShortcutState::Active("Ctrl+Alt+D".into());
        assert_eq!(active.menu_line(), "Ctrl+Alt+D toggles Do Not Disturb");
        assert_eq!(active.problem(), None);
        let taken = ShortcutState::Taken("Ctrl+Alt+D".into());
        assert_eq!(taken.menu_line(), "Ctrl+Alt+D is taken by another program");
        assert!(taken.problem().unwrap().contains("dnd_shortcut"));
        let wayland = ShortcutState::Unavailable(NoShortcut::Wayland);
        assert_eq!(
            wayland.problem().unwrap(),
            "Wayland does not let programs grab a global shortcut: bind `b24-status toggle-dnd` to a \
             key in your desktop's keyboard settings instead (see the README)"
        );
        assert_eq!(wayland.menu_line(), "No global shortcut here — see doctor");
        assert_eq!(
            ShortcutState::Invalid("Ctrl+Banana".into())
                .problem()
                .unwrap(),
            "dnd_shortcut = \"Ctrl+Banana\" is not a shortcut: write it like \"Ctrl+Alt+D\" (modifiers \
             Ctrl, Alt, Shift, Super) or leave it empty"
        );
    }
}
