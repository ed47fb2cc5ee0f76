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
    Unavailable(&'static str),
}

impl ShortcutState {
    /// The menu's line about the shortcut.
    pub fn menu_line(&self) -> String {
        match self {
            ShortcutState::Active(keys) => format!("{keys} toggles Do Not Disturb"),
            ShortcutState::Off => "No shortcut (dnd_shortcut is empty)".into(),
            ShortcutState::Invalid(keys) => format!("Shortcut “{keys}” is not valid — see doctor"),
            ShortcutState::Taken(keys) => format!("{keys} is taken by another program"),
            ShortcutState::Unavailable(_) => "No global shortcut here — see doctor".into(),
        }
    }

    /// The doctor's line, with the fix; `None` when all is well.
    pub fn problem(&self) -> Option<String> {
        match self {
            ShortcutState::Active(_) | ShortcutState::Off => None,
            ShortcutState::Invalid(keys) => Some(format!(
                "dnd_shortcut = \"{keys}\" is not a shortcut: write it like \"Ctrl+Alt+D\" (modifiers Ctrl, Alt, Shift, Super) or leave it empty"
            )),
            ShortcutState::Taken(keys) => Some(format!(
                "{keys} is taken by another program: pick another dnd_shortcut in the config file, or free the key"
            )),
            ShortcutState::Unavailable(why) => Some(format!(
                "{why}: bind `b24-status toggle-dnd` to a key in your desktop's keyboard settings instead (see the README)"
            )),
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
            tracing::warn!("the shortcut could not be registered: {why}");
            (None, ShortcutState::Unavailable(why))
        }
    }
}

/// Grabs the key: `Err(None)` when another program holds it, `Err(Some(why))` otherwise.
#[cfg(target_os = "linux")]
fn grab(
    hotkey: HotKey,
    on_press: impl Fn() + Send + Sync + 'static,
) -> Result<Shortcut, Option<&'static str>> {
    use crate::platform::linux::x11_grab::{GrabError, X11Shortcut};
    match X11Shortcut::grab(hotkey, on_press) {
        Ok(shortcut) => Ok(Shortcut::X11(shortcut)),
        Err(GrabError::Taken) => Err(None),
        Err(GrabError::Unavailable(why)) => Err(Some(why)),
    }
}

#[cfg(not(target_os = "linux"))]
fn grab(
    hotkey: HotKey,
    on_press: impl Fn() + Send + Sync + 'static,
) -> Result<Shortcut, Option<&'static str>> {
    let manager =
        GlobalHotKeyManager::new().map_err(|_| Some("global shortcuts cannot be used here"))?;
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
        Err(_) => Err(Some("the shortcut could not be registered")),
    }
}

/// Why global-hotkey cannot work in this session, checked before trusting its `register()`.
#[cfg(target_os = "linux")]
pub fn session_problem() -> Option<&'static str> {
    if crate::platform::linux::wayland_session() {
        return Some("Wayland does not let programs grab a global shortcut");
    }
    if !crate::platform::linux::tray_host::x11_display_reachable() {
        return Some("there is no X11 display to grab the shortcut on");
    }
    None
}

#[cfg(not(target_os = "linux"))]
pub fn session_problem() -> Option<&'static str> {
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
        let wayland =
            ShortcutState::Unavailable("Wayland does not let programs grab a global shortcut");
        assert!(wayland.problem().unwrap().contains("b24-status toggle-dnd"));
    }
}
