//! The Do Not Disturb shortcut on Wayland, through the XDG desktop portal's `GlobalShortcuts` interface
//! (KDE Plasma ≥ 5.27, GNOME ≥ 48, Hyprland). X11 keeps using global-hotkey (`platform/shortcut.rs`); Wayland
//! does not let a program grab keys, so there the desktop binds the shortcut for us and tells us when it
//! is pressed.
//!
//! The protocol: `CreateSession` opens a session, `BindShortcuts` offers our one shortcut (`toggle-dnd`)
//! with a preferred trigger, and each press arrives as an `Activated` signal. Both calls answer through a
//! `Request` object's `Response` signal, which ashpd waits for. The module uses ashpd 0.13, which is built
//! on zbus 5 like the rest of the app, with its `async-io` backend so that zbus keeps the features it
//! already has (its `tokio` backend would switch every zbus user in the binary, keyring and notifications
//! included, to another runtime).
//!
//! Each [`PortalShortcut`] has a D-Bus connection of its own. The portal closes a session when its owner
//! leaves the bus, so dropping the shortcut ends the session even when the explicit `Close` cannot be sent.
//!
//! Note for packaging: xdg-desktop-portal refuses `CreateSession` from an app it cannot name ("An app id
//! is required"). A host app gets its id from the systemd scope its launcher puts it in (started from a
//! `.desktop` file) or, with xdg-desktop-portal ≥ 1.19.3, by calling `org.freedesktop.host.portal.Registry`
//! first. That refusal comes back as [`PortalShortcutError::Failed`] with the portal's words.

use std::pin::Pin;

use ashpd::desktop::global_shortcuts::{
    Activated, BindShortcutsOptions, GlobalShortcuts, NewShortcut,
};
use ashpd::desktop::{CreateSessionOptions, ResponseError, Session};
use ashpd::{Error as AshpdError, PortalError};
use futures_util::{Stream, StreamExt};
use zbus::zvariant::OwnedObjectPath;

/// The shortcut's id in the portal session.
pub const SHORTCUT_ID: &str = "toggle-dnd";

/// What the desktop shows next to the shortcut in its dialog and settings.
pub fn description() -> String {
    text!("shortcut-portal-description")
}

/// The well-known bus name of the desktop portal.
const PORTAL_NAME: &str = "org.freedesktop.portal.Desktop";

use crate::tuning::{
    SHORTCUT_PORTAL_TIDY_TIMEOUT as TIDY_TIMEOUT, SHORTCUT_PORTAL_TIMEOUT as ANSWER_TIMEOUT,
};

/// Why no portal shortcut could be bound.
#[derive(Debug, thiserror::Error)]
pub enum PortalShortcutError {
    /// There is no desktop portal on the session bus, or it has no `GlobalShortcuts` interface.
    #[error("the desktop offers no global shortcuts portal")]
    Unavailable,
    /// The user or the desktop refused to bind the shortcut.
    #[error("the desktop did not bind the shortcut")]
    Refused,
    /// Anything else went wrong; the text says what.
    #[error("the global shortcuts portal failed: {0}")]
    Failed(String),
}

type Activations = Pin<Box<dyn Stream<Item = Activated> + Send>>;
type Closings = Pin<Box<dyn Stream<Item = zbus::Message> + Send>>;

/// A bound portal shortcut; dropping it closes the portal session.
pub struct PortalShortcut {
    /// The portal session; `None` only once `Drop` has taken it to close it.
    session: Option<Session<GlobalShortcuts>>,
    session_path: OwnedObjectPath,
    trigger: Option<String>,
    activations: Activations,
    closings: Closings,
    ended: bool,
}

impl std::fmt::Debug for PortalShortcut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PortalShortcut")
            .field("session", &self.session_path.as_str())
            .field("trigger", &self.trigger)
            .field("ended", &self.ended)
            .finish()
    }
}

impl PortalShortcut {
    /// Opens a GlobalShortcuts session and binds one shortcut, [`SHORTCUT_ID`] ("Toggle Do Not Disturb"),
    /// suggesting `preferred_trigger` in our notation (for example "Ctrl+Alt+D", see [`to_portal_trigger`]).
    /// A trigger that cannot be translated is left out, and the desktop lets the user pick one.
    ///
    /// Without a portal on the session bus (neither running nor activatable) this fails at once with
    /// [`PortalShortcutError::Unavailable`]. Otherwise it may wait for the user to answer the desktop's
    /// dialog. Needs a tokio runtime with the time driver.
    pub async fn bind(preferred_trigger: &str) -> Result<PortalShortcut, PortalShortcutError> {
        let connection = connect().await?;
        let portal = answer_in_time(GlobalShortcuts::with_connection(connection.clone())).await?;
        // ashpd asserts that the session handle is the one the protocol derives from our token, which
        // every xdg-desktop-portal since 0.9 (2017) reports.
        let session =
            answer_in_time(portal.create_session(CreateSessionOptions::default())).await?;
        match bind_in(&connection, &portal, session, preferred_trigger).await {
            Ok(shortcut) => Ok(shortcut),
            Err((session, error)) => {
                // A session without our shortcut is of no use; closing it is only tidiness, as the
                // connection is dropped right after, so it gets little time.
                let _ = tokio::time::timeout(TIDY_TIMEOUT, session.close()).await;
                Err(error)
            }
        }
    }

    /// The trigger the desktop actually assigned, in the desktop's own words for the menu (for example
    /// "Ctrl+Alt+D"), if it reported one.
    pub fn trigger(&self) -> Option<&str> {
        self.trigger.as_deref()
    }

    /// Waits for the next activation of the shortcut. `None` once the session has ended: the portal
    /// closed it or went away.
    pub async fn activated(&mut self) -> Option<()> {
        while !self.ended {
            tokio::select! {
                biased;
                _ = self.closings.next() => self.ended = true,
                activation = self.activations.next() => match activation {
                    None => self.ended = true,
                    Some(a) if a.shortcut_id() == SHORTCUT_ID
                        && a.session_handle() == self.session_path.as_ref() => return Some(()),
                    // Another session's or another shortcut's activation is not ours.
                    Some(_) => {}
                },
            }
        }
        None
    }
}

impl Drop for PortalShortcut {
    fn drop(&mut self) {
        let Some(session) = self.session.take() else {
            return;
        };
        // `Close` is asynchronous: it is sent from the runtime this is dropped on. Without one, dropping
        // the session drops the connection, and the portal closes the session of a peer that left.
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(async move {
                let _ = session.close().await;
            });
        }
    }
}

/// The part of [`PortalShortcut::bind`] after the session is open; on failure the session comes back so
/// that the caller can close it.
async fn bind_in(
    connection: &zbus::Connection,
    portal: &GlobalShortcuts,
    session: Session<GlobalShortcuts>,
    preferred_trigger: &str,
) -> Result<PortalShortcut, (Session<GlobalShortcuts>, PortalShortcutError)> {
    let session_path = match session_path(&session) {
        Ok(path) => path,
        Err(e) => return Err((session, e)),
    };
    // Both subscriptions exist before the shortcut is bound, so no activation or closing is missed.
    let subscriptions = async {
        let activations = portal.receive_activated().await.map_err(classify)?;
        let closings = async {
            zbus::proxy::Builder::<zbus::Proxy<'_>>::new(connection)
                .destination(PORTAL_NAME)?
                .path(session_path.clone())?
                .interface("org.freedesktop.portal.Session")?
                .cache_properties(zbus::proxy::CacheProperties::No)
                .build()
                .await?
                .receive_signal("Closed")
                .await
        };
        let closings = closings.await.map_err(|e| classify(e.into()))?;
        Ok::<_, PortalShortcutError>((activations, closings))
    };
    let (activations, closings) = match subscriptions.await {
        Ok(streams) => streams,
        Err(e) => return Err((session, e)),
    };

    let portal_trigger = to_portal_trigger(preferred_trigger);
    let shortcut =
        NewShortcut::new(SHORTCUT_ID, description()).preferred_trigger(portal_trigger.as_deref());
    let bound = async {
        portal
            .bind_shortcuts(&session, &[shortcut], None, BindShortcutsOptions::default())
            .await?
            .response()
    };
    let bound = match bound.await {
        Ok(bound) => bound,
        Err(e) => return Err((session, classify(e))),
    };
    // The desktop answers with the subset of the shortcuts it bound; an empty one is a refusal.
    let Some(ours) = bound.shortcuts().iter().find(|s| s.id() == SHORTCUT_ID) else {
        return Err((session, PortalShortcutError::Refused));
    };
    let trigger = Some(ours.trigger_description().trim())
        .filter(|t| !t.is_empty())
        .map(str::to_string);
    Ok(PortalShortcut {
        session: Some(session),
        session_path,
        trigger,
        activations: Box::pin(activations),
        closings: Box::pin(closings),
        ended: false,
    })
}

/// A connection of our own to the session bus, once the portal is known to be there: running, or
/// startable by D-Bus activation. Asking first keeps "no portal" quick instead of waiting for the bus's
/// activation timeout.
async fn connect() -> Result<zbus::Connection, PortalShortcutError> {
    let probe = async {
        let connection = zbus::Connection::session().await?;
        let bus = zbus::fdo::DBusProxy::new(&connection).await?;
        let name = zbus::names::BusName::try_from(PORTAL_NAME)?;
        let present = bus.name_has_owner(name).await?
            || bus
                .list_activatable_names()
                .await?
                .iter()
                .any(|n| n.as_str() == PORTAL_NAME);
        Ok::<_, zbus::Error>(present.then_some(connection))
    };
    match tokio::time::timeout(ANSWER_TIMEOUT, probe).await {
        Ok(Ok(Some(connection))) => Ok(connection),
        // No portal; or no session bus at all, which has no portal either.
        Ok(Ok(None)) | Ok(Err(_)) => Err(PortalShortcutError::Unavailable),
        Err(_) => Err(PortalShortcutError::Failed(
            "the session bus did not answer".into(),
        )),
    }
}

/// Awaits a portal call that needs no user, within [`ANSWER_TIMEOUT`].
async fn answer_in_time<T>(
    call: impl Future<Output = Result<T, AshpdError>>,
) -> Result<T, PortalShortcutError> {
    match tokio::time::timeout(ANSWER_TIMEOUT, call).await {
        Ok(result) => result.map_err(classify),
        Err(_) => Err(PortalShortcutError::Failed(format!(
            "the desktop portal did not answer within {} s",
            ANSWER_TIMEOUT.as_secs()
        ))),
    }
}

/// The session's object path. ashpd keeps it private but serializes a session as that path, so the path
/// is read back from the serialized form.
fn session_path(
    session: &Session<GlobalShortcuts>,
) -> Result<OwnedObjectPath, PortalShortcutError> {
    use zbus::zvariant::{LE, serialized::Context, to_bytes};
    let failed = |e: zbus::zvariant::Error| PortalShortcutError::Failed(e.to_string());
    let bytes = to_bytes(Context::new_dbus(LE, 0), session).map_err(failed)?;
    let (path, _) = bytes.deserialize::<OwnedObjectPath>().map_err(failed)?;
    Ok(path)
}

/// D-Bus errors meaning that nobody at the portal's address implements what we called.
const ABSENT: [&str; 5] = [
    "org.freedesktop.DBus.Error.ServiceUnknown",
    "org.freedesktop.DBus.Error.NameHasNoOwner",
    "org.freedesktop.DBus.Error.UnknownObject",
    "org.freedesktop.DBus.Error.UnknownInterface",
    "org.freedesktop.DBus.Error.UnknownMethod",
];

/// Sorts ashpd's errors into ours.
fn classify(error: AshpdError) -> PortalShortcutError {
    match error {
        // Since xdg-desktop-portal 0.9 a missing interface shows in its `version` property.
        AshpdError::PortalNotFound(_) => PortalShortcutError::Unavailable,
        AshpdError::Response(ResponseError::Cancelled | ResponseError::Other) => {
            PortalShortcutError::Refused
        }
        AshpdError::Portal(PortalError::Cancelled(_)) => PortalShortcutError::Refused,
        AshpdError::Portal(PortalError::ZBus(e)) | AshpdError::Zbus(e) => classify_zbus(e),
        AshpdError::Portal(PortalError::NotAllowed(why)) => {
            PortalShortcutError::Failed(format!("the desktop portal did not allow it: {why}"))
        }
        AshpdError::NoResponse => {
            PortalShortcutError::Failed("the desktop portal ended the request unanswered".into())
        }
        other => PortalShortcutError::Failed(other.to_string()),
    }
}

fn classify_zbus(error: zbus::Error) -> PortalShortcutError {
    let absent = match &error {
        zbus::Error::MethodError(name, _, _) => ABSENT.contains(&name.as_str()),
        zbus::Error::FDO(e) => matches!(
            **e,
            zbus::fdo::Error::ServiceUnknown(_)
                | zbus::fdo::Error::NameHasNoOwner(_)
                | zbus::fdo::Error::UnknownObject(_)
                | zbus::fdo::Error::UnknownInterface(_)
                | zbus::fdo::Error::UnknownMethod(_)
        ),
        _ => false,
    };
    if absent {
        PortalShortcutError::Unavailable
    } else {
        PortalShortcutError::Failed(error.to_string())
    }
}

/// Translates a shortcut in our notation (global-hotkey's, as in the `dnd_shortcut` setting: "Ctrl+Alt+D",
/// modifiers Ctrl, Alt, Shift, Super in any case) into the portal's, the XDG shortcuts specification:
/// modifiers `CTRL`, `ALT`, `SHIFT`, `LOGO` and an xkbcommon key name, joined by `+` ("CTRL+ALT+d").
/// `None` when the text is not a shortcut or its key has no portal name.
pub fn to_portal_trigger(shortcut: &str) -> Option<String> {
    let tokens: Vec<&str> = shortcut.split('+').map(str::trim).collect();
    let (key, modifiers) = tokens.split_last()?;
    // Bits in the specification's usual order: CTRL, ALT, SHIFT, LOGO.
    let mut held = [false; 4];
    for modifier in modifiers {
        let index = match modifier.to_ascii_uppercase().as_str() {
            "CTRL" | "CONTROL" | "COMMANDORCONTROL" | "COMMANDORCTRL" | "CMDORCTRL"
            | "CMDORCONTROL" => 0,
            "ALT" | "OPTION" => 1,
            "SHIFT" => 2,
            "SUPER" | "META" | "COMMAND" | "CMD" => 3,
            _ => return None,
        };
        held[index] = true;
    }
    let mut trigger = String::new();
    for (name, _) in ["CTRL", "ALT", "SHIFT", "LOGO"]
        .iter()
        .zip(held)
        .filter(|(_, on)| *on)
    {
        trigger.push_str(name);
        trigger.push('+');
    }
    trigger.push_str(&portal_key(key)?);
    Some(trigger)
}

/// The xkbcommon key name (`XKB_KEY_` left off) for one of global-hotkey's key names.
fn portal_key(key: &str) -> Option<String> {
    let upper = key.to_ascii_uppercase();
    // Letters and digits, alone or as W3C codes ("KeyD", "Digit1"); letters are lowercase keysyms.
    let single = upper
        .strip_prefix("KEY")
        .or_else(|| upper.strip_prefix("DIGIT"))
        .unwrap_or(&upper);
    if let [c] = single.as_bytes()
        && c.is_ascii_alphanumeric()
    {
        return Some(char::from(c.to_ascii_lowercase()).to_string());
    }
    // F1 to F24, written without a sign or leading zero.
    if let Some(digits) = upper.strip_prefix('F')
        && !digits.starts_with('0')
        && digits.bytes().all(|b| b.is_ascii_digit())
        && let Ok(n) = digits.parse::<u8>()
        && (1..=24).contains(&n)
    {
        return Some(format!("F{n}"));
    }
    for prefix in ["NUMPAD", "NUM"] {
        if let Some(rest) = upper.strip_prefix(prefix)
            && let [d] = rest.as_bytes()
            && d.is_ascii_digit()
        {
            return Some(format!("KP_{}", *d as char));
        }
    }
    let name = match upper.as_str() {
        "SPACE" => "space",
        "ENTER" => "Return",
        "TAB" => "Tab",
        "ESCAPE" | "ESC" => "Escape",
        "BACKSPACE" => "BackSpace",
        "DELETE" => "Delete",
        "INSERT" => "Insert",
        "HOME" => "Home",
        "END" => "End",
        "PAGEUP" => "Page_Up",
        "PAGEDOWN" => "Page_Down",
        "ARROWUP" | "UP" => "Up",
        "ARROWDOWN" | "DOWN" => "Down",
        "ARROWLEFT" | "LEFT" => "Left",
        "ARROWRIGHT" | "RIGHT" => "Right",
        "PRINTSCREEN" => "Print",
        "PAUSE" | "PAUSEBREAK" => "Pause",
        "SCROLLLOCK" => "Scroll_Lock",
        "CONTEXTMENU" => "Menu",
        "BACKQUOTE" | "`" => "grave",
        "BACKSLASH" | "\\" => "backslash",
        "BRACKETLEFT" | "[" => "bracketleft",
        "BRACKETRIGHT" | "]" => "bracketright",
        "COMMA" | "," => "comma",
        "EQUAL" | "=" => "equal",
        "MINUS" | "-" => "minus",
        "PERIOD" | "." => "period",
        "QUOTE" | "'" => "apostrophe",
        "SEMICOLON" | ";" => "semicolon",
        "SLASH" | "/" => "slash",
        "NUMPADADD" | "NUMADD" | "NUMPADPLUS" | "NUMPLUS" => "KP_Add",
        "NUMPADSUBTRACT" | "NUMSUBTRACT" => "KP_Subtract",
        "NUMPADMULTIPLY" | "NUMMULTIPLY" | "NUMPADSTAR" => "KP_Multiply",
        "NUMPADDIVIDE" | "NUMDIVIDE" => "KP_Divide",
        "NUMPADDECIMAL" | "NUMDECIMAL" => "KP_Decimal",
        "NUMPADENTER" | "NUMENTER" => "KP_Enter",
        "NUMPADEQUAL" | "NUMEQUAL" => "KP_Equal",
        "AUDIOVOLUMEUP" | "VOLUMEUP" => "XF86AudioRaiseVolume",
        "AUDIOVOLUMEDOWN" | "VOLUMEDOWN" => "XF86AudioLowerVolume",
        "AUDIOVOLUMEMUTE" | "VOLUMEMUTE" => "XF86AudioMute",
        "MEDIAPLAYPAUSE" | "MEDIAPLAY" => "XF86AudioPlay",
        "MEDIAPAUSE" => "XF86AudioPause",
        "MEDIASTOP" => "XF86AudioStop",
        "MEDIATRACKNEXT" => "XF86AudioNext",
        "MEDIATRACKPREV" | "MEDIATRACKPREVIOUS" => "XF86AudioPrev",
        _ => return None,
    };
    Some(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translates_modifiers_into_the_portal_names() {
        assert_eq!(
            to_portal_trigger("Ctrl+Alt+D").as_deref(),
            Some("CTRL+ALT+d")
        );
        assert_eq!(
            to_portal_trigger("Shift+Super+K").as_deref(),
            Some("SHIFT+LOGO+k")
        );
        assert_eq!(
            to_portal_trigger("control+option+meta+shift+x").as_deref(),
            Some("CTRL+ALT+SHIFT+LOGO+x")
        );
        // The order of the modifiers does not matter, nor spaces around the `+`.
        assert_eq!(
            to_portal_trigger(" Alt + ctrl + d ").as_deref(),
            Some("CTRL+ALT+d")
        );
        // A key alone is a shortcut too.
        assert_eq!(to_portal_trigger("F9").as_deref(), Some("F9"));
    }

    #[test]
    fn translates_key_names_into_xkb_names() {
        let cases = [
            ("Ctrl+KeyD", "CTRL+d"),
            ("Ctrl+7", "CTRL+7"),
            ("Ctrl+Digit0", "CTRL+0"),
            ("Ctrl+Shift+F12", "CTRL+SHIFT+F12"),
            ("Alt+F24", "ALT+F24"),
            ("Super+Space", "LOGO+space"),
            ("Ctrl+Enter", "CTRL+Return"),
            ("Ctrl+Esc", "CTRL+Escape"),
            ("Ctrl+Backspace", "CTRL+BackSpace"),
            ("Ctrl+PageDown", "CTRL+Page_Down"),
            ("Ctrl+ArrowUp", "CTRL+Up"),
            ("Ctrl+Left", "CTRL+Left"),
            ("Ctrl+PrintScreen", "CTRL+Print"),
            ("Ctrl+Minus", "CTRL+minus"),
            ("Ctrl+.", "CTRL+period"),
            ("Ctrl+Backquote", "CTRL+grave"),
            ("Ctrl+Numpad5", "CTRL+KP_5"),
            ("Ctrl+NumAdd", "CTRL+KP_Add"),
            ("Ctrl+MediaPlayPause", "CTRL+XF86AudioPlay"),
        ];
        for (ours, portal) in cases {
            assert_eq!(to_portal_trigger(ours).as_deref(), Some(portal), "{ours}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_shortcut() {
        for bad in [
            "",
            "  ",
            "Ctrl+",
            "Ctrl+Alt",
            "+D",
            "Ctrl++D",
            "Ctrl+Banana",
            "Hyper+D",
            "Ctrl+D+Alt",
            "Ctrl+F0",
            "Ctrl+F25",
            "Ctrl+F07",
            "Ctrl+ä",
        ] {
            assert_eq!(to_portal_trigger(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn sorts_portal_errors() {
        let unavailable = |e| matches!(classify(e), PortalShortcutError::Unavailable);
        assert!(unavailable(AshpdError::PortalNotFound(
            "org.freedesktop.portal.GlobalShortcuts".try_into().unwrap()
        )));
        assert!(unavailable(AshpdError::Zbus(zbus::Error::FDO(Box::new(
            zbus::fdo::Error::ServiceUnknown("no portal".into())
        )))));
        assert!(unavailable(AshpdError::Portal(PortalError::ZBus(
            zbus::Error::FDO(Box::new(zbus::fdo::Error::UnknownMethod("no".into())))
        ))));
        assert!(matches!(
            classify(AshpdError::Response(ResponseError::Cancelled)),
            PortalShortcutError::Refused
        ));
        assert!(matches!(
            classify(AshpdError::Response(ResponseError::Other)),
            PortalShortcutError::Refused
        ));
        match classify(AshpdError::Portal(PortalError::NotAllowed(
            "An app id is required".into(),
        ))) {
            PortalShortcutError::Failed(why) => assert!(why.contains("An app id is required")),
            other => panic!("expected Failed, got {other:?}"),
        }
        assert!(matches!(
            classify(AshpdError::Zbus(zbus::Error::FDO(Box::new(
                zbus::fdo::Error::AccessDenied("Invalid session".into())
            )))),
            PortalShortcutError::Failed(_)
        ));
    }
}
