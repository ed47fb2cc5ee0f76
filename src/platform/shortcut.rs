//! The global shortcut that toggles Do Not Disturb (`dnd_shortcut` in the config, [`DEFAULT`] by
//! default, empty to disable). On Linux/X11 it is our own blocking grab (`platform/linux/x11_grab.rs`);
//! on macOS and Windows global-hotkey registers it. Where it cannot work, it says why: no X11 display (global-hotkey's
//! `register()` would still return `Ok` there), a Wayland session (X11 grabs only fire while an X11 window
//! has focus), or the key taken by another program.

use std::str::FromStr;

use global_hotkey::hotkey::HotKey;
#[cfg(not(target_os = "linux"))]
use global_hotkey::{GlobalHotKeyManager, HotKeyState};

/// The shortcut used when the config does not name one ([`crate::tuning::DEFAULT_DND_SHORTCUT`]).
/// Ctrl+Alt+D, the first default, is Show Desktop on stock XFCE 4.18 and MATE, so the default is
/// Ctrl+Alt+Shift+D: no stock binding uses it on the desktops checked (their shipped defaults, read
/// from the sources; every binding on the D key is listed):
/// - XFCE 4.18: libxfce4ui 4.18.6 `libxfce4kbd-private/xfce4-keyboard-shortcuts.xml`: `<Primary><Alt>d`
///   = show_desktop_key (4.21 moved it to `<Super>d`); nothing else on D.
/// - GNOME 43: gsettings-desktop-schemas 43.0 `schemas/org.gnome.desktop.wm.keybindings.gschema.xml.in`
///   (show-desktop `[]`), mutter 43.0, gnome-shell 43.0 and gnome-settings-daemon 43.0 schemas
///   (media-keys): nothing on D; the same on their 2026 main branches.
/// - KDE Plasma 5.27: kwin 5.x `src/kwinbindings.cpp` (commit 93e0265): Show Desktop = Meta+D;
///   plasma-workspace v5.27.9: no global shortcut on D.
/// - Cinnamon: cinnamon-desktop (master.mint22)
///   `schemas/org.cinnamon.desktop.keybindings.wm.gschema.xml.in`: show-desktop `<Super>d`; cinnamon
///   and muffin schemas: nothing on D.
/// - MATE 1.26: marco v1.26.0 `src/org.mate.marco.gschema.xml`: show-desktop `<Control><Alt>d`;
///   mate-settings-daemon: nothing on D.
///
/// Where another program holds it anyway, the menu says "… is taken by another program" and `doctor`
/// gives the fixes (another `dnd_shortcut`, or the desktop's own keyboard settings).
pub const DEFAULT: &str = crate::tuning::DEFAULT_DND_SHORTCUT;

use crate::ipc::X11Problem;
pub use crate::ipc::{NoShortcut, ShortcutState};

impl X11Problem {
    /// The reason, as the start of the shortcut's problem line.
    pub fn text(self) -> String {
        match self {
            X11Problem::UnnamedKey => text!("x11-no-key-name"),
            X11Problem::NoDisplay => text!("x11-no-display"),
            X11Problem::NoSuchKey => text!("x11-no-such-key"),
            X11Problem::NoAnswer => text!("x11-no-answer"),
            X11Problem::NoThread => text!("x11-no-thread"),
        }
    }
}

impl NoShortcut {
    /// The reason, as the start of a sentence.
    pub fn text(&self) -> String {
        match self {
            NoShortcut::Wayland => text!("shortcut-why-wayland"),
            NoShortcut::PortalRefused => text!("shortcut-why-portal-refused"),
            NoShortcut::PortalFailed { reason } => {
                text!("shortcut-why-portal-failed", reason = reason)
            }
            NoShortcut::PortalClosed => text!("shortcut-why-portal-closed"),
            NoShortcut::NoX11Display => text!("shortcut-why-no-x11-display"),
            NoShortcut::X11 { problem } => problem.text(),
            NoShortcut::NotSupported => text!("shortcut-why-not-supported"),
            NoShortcut::NotRegistered => text!("shortcut-why-not-registered"),
        }
    }
}

impl ShortcutState {
    /// The menu's line about the shortcut.
    pub fn menu_line(&self) -> String {
        match self {
            ShortcutState::Active { keys } | ShortcutState::Portal { keys } => {
                text!("shortcut-active", keys = keys)
            }
            ShortcutState::Binding { .. } => text!("shortcut-binding"),
            ShortcutState::Off => text!("shortcut-off"),
            ShortcutState::Invalid { keys } => text!("shortcut-invalid", keys = keys),
            ShortcutState::Taken { keys } => text!("shortcut-taken", keys = keys),
            ShortcutState::Unavailable { .. } => text!("shortcut-unavailable"),
        }
    }

    /// The doctor's line when all is well.
    pub fn ok_line(&self) -> String {
        match self {
            ShortcutState::Portal { keys } => text!("shortcut-ok-portal", keys = keys),
            other => other.menu_line(),
        }
    }

    /// The doctor's line, with the fix; `None` when all is well.
    pub fn problem(&self) -> Option<String> {
        match self {
            ShortcutState::Active { .. } | ShortcutState::Portal { .. } | ShortcutState::Off => {
                None
            }
            ShortcutState::Binding { keys } => Some(text!("shortcut-problem-binding", keys = keys)),
            ShortcutState::Invalid { keys } => Some(text!("shortcut-problem-invalid", keys = keys)),
            ShortcutState::Taken { keys } => Some(text!("shortcut-problem-taken", keys = keys)),
            ShortcutState::Unavailable { why } => {
                Some(text!("shortcut-problem-unavailable", why = why.text()))
            }
        }
    }
}

/// The keys the setting names (`None`: the default), trimmed.
pub fn keys(setting: Option<&str>) -> String {
    setting.unwrap_or(DEFAULT).trim().to_string()
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
    let keys = keys(setting);
    if keys.is_empty() {
        return Ok(None);
    }
    HotKey::from_str(&keys)
        .map(Some)
        .map_err(|_| ShortcutState::Invalid { keys })
}

/// Registers the configured shortcut; `on_press` runs at each press (on a background thread). On macOS
/// and Windows call it on the UI thread (they require it); on Linux any thread will do (the X11 grab has
/// a connection and a thread of its own).
pub fn register(
    setting: Option<&str>,
    on_press: impl Fn() + Send + Sync + 'static,
) -> (Option<Shortcut>, ShortcutState) {
    let keys = keys(setting);
    let hotkey = match parse(setting) {
        Ok(Some(hotkey)) => hotkey,
        Ok(None) => return (None, ShortcutState::Off),
        Err(state) => return (None, state),
    };
    if let Some(why) = session_problem() {
        return (None, ShortcutState::Unavailable { why });
    }
    match grab(hotkey, on_press) {
        Ok(shortcut) => (Some(shortcut), ShortcutState::Active { keys }),
        Err(None) => (None, ShortcutState::Taken { keys }),
        Err(Some(why)) => {
            tracing::warn!("the shortcut could not be registered: {why:?}");
            (None, ShortcutState::Unavailable { why })
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
        Err(GrabError::Unavailable(problem)) => Err(Some(NoShortcut::X11 { problem })),
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
            ShortcutState::Invalid {
                keys: "Ctrl+Banana".into()
            }
        );
    }

    #[test]
    fn the_default_is_not_a_stock_show_desktop_key() {
        // XFCE 4.18 and MATE bind Ctrl+Alt+D, XFCE 4.21, Cinnamon and KDE Super/Meta+D (see DEFAULT).
        for taken in ["Ctrl+Alt+D", "Super+D"] {
            assert_ne!(parse(None).unwrap(), parse(Some(taken)).unwrap(), "{taken}");
        }
        assert_eq!(
            parse(None).unwrap(),
            parse(Some("ctrl+shift+alt+d")).unwrap()
        );
    }

    #[test]
    fn each_state_has_a_menu_line_and_problems_carry_a_fix() {
        let keys = || "Ctrl+Alt+Shift+D".to_string();
        let active = ShortcutState::Active { keys: keys() };
        assert_eq!(
            active.menu_line(),
            "Ctrl+Alt+Shift+D toggles Do Not Disturb"
        );
        assert_eq!(active.problem(), None);
        let portal = ShortcutState::Portal {
            keys: "Super+F9".into(),
        };
        assert_eq!(portal.menu_line(), "Super+F9 toggles Do Not Disturb");
        assert_eq!(
            portal.ok_line(),
            "Super+F9 toggles Do Not Disturb (bound by the desktop's shortcuts portal)"
        );
        let taken = ShortcutState::Taken { keys: keys() };
        assert_eq!(
            taken.menu_line(),
            "Ctrl+Alt+Shift+D is taken by another program"
        );
        let fix = taken.problem().unwrap();
        assert!(
            fix.contains("dnd_shortcut") && fix.contains("toggle-dnd"),
            "{fix}"
        );
        let wayland = ShortcutState::Unavailable {
            why: NoShortcut::Wayland,
        };
        assert_eq!(
            wayland.problem().unwrap(),
            "this Wayland desktop offers no global shortcuts portal (GlobalShortcuts), and Wayland \
             lets no program grab a key itself: bind `b24-status toggle-dnd` to a key in your \
             desktop's keyboard settings instead (see the README)"
        );
        assert_eq!(wayland.menu_line(), "No global shortcut here — see doctor");
        assert_eq!(
            ShortcutState::Invalid {
                keys: "Ctrl+Banana".into()
            }
            .problem()
            .unwrap(),
            "dnd_shortcut = \"Ctrl+Banana\" is not a shortcut: write it like \"Ctrl+Alt+Shift+D\" \
             (modifiers Ctrl, Alt, Shift, Super) or leave it empty"
        );
        // Every state that is not working says how to fix it.
        for why in [
            NoShortcut::Wayland,
            NoShortcut::PortalRefused,
            NoShortcut::PortalFailed {
                reason: "An app id is required".into(),
            },
            NoShortcut::PortalClosed,
            NoShortcut::NoX11Display,
            NoShortcut::X11 {
                problem: X11Problem::NoSuchKey,
            },
            NoShortcut::NotSupported,
            NoShortcut::NotRegistered,
        ] {
            let line = ShortcutState::Unavailable { why }.problem().unwrap();
            assert!(line.contains("`b24-status toggle-dnd`"), "{line}");
        }
        let binding = ShortcutState::Binding { keys: keys() }.problem().unwrap();
        assert!(binding.contains("`b24-status toggle-dnd`"), "{binding}");
    }

    #[test]
    fn the_state_crosses_the_control_socket_as_data() {
        let state = ShortcutState::Unavailable {
            why: NoShortcut::X11 {
                problem: X11Problem::NoAnswer,
            },
        };
        let text = serde_json::to_string(&state).unwrap();
        assert_eq!(
            text,
            r#"{"state":"unavailable","why":{"kind":"x11","problem":"no-answer"}}"#
        );
        assert_eq!(serde_json::from_str::<ShortcutState>(&text).unwrap(), state);
    }
}
