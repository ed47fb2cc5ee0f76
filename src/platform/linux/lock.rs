//! The screen lock, on Linux, event-driven: logind's session (`Lock`/`Unlock` signals and the
//! `LockedHint` property, system bus) and the screen savers' `ActiveChanged` signals on the session bus
//! (`org.freedesktop.ScreenSaver`: KDE, Xfce, MATE, Cinnamon; `org.gnome.ScreenSaver`: GNOME). The latest
//! change any of them reports wins: lockers differ in which they tell, and an unlock seen by one must not
//! wait for another that never says so.

use futures_util::StreamExt;
use zbus::proxy::SignalStream;

use crate::platform::automatic::{LockSource, Report};

const LOGIND: &str = "org.freedesktop.login1";
const SESSION_IFACE: &str = "org.freedesktop.login1.Session";

/// The screen savers on the session bus: (bus name, object path, interface).
const SCREEN_SAVERS: [(&str, &str, &str, LockSource); 2] = [
    (
        "org.freedesktop.ScreenSaver",
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        LockSource::FreedesktopScreenSaver,
    ),
    (
        "org.gnome.ScreenSaver",
        "/org/gnome/ScreenSaver",
        "org.gnome.ScreenSaver",
        LockSource::GnomeScreenSaver,
    ),
];

/// One source's stream of lock states.
type States = std::pin::Pin<Box<dyn futures_util::Stream<Item = bool> + Send>>;

/// Watches every lock source, reporting the initial state and then each change, until `report` returns
/// false or no source can be listened to. The screen savers are listened to even when none runs yet (one
/// may start after the tray, as at login). Returns the sources found running.
pub async fn watch(report: Report) -> Vec<LockSource> {
    let (found, initial, streams) = connect().await;
    if streams.is_empty() {
        tracing::info!("no bus to hear the screen lock on");
        return found;
    }
    tracing::info!("watching the screen lock; running now: {found:?}");
    let mut locked = initial;
    if !report(crate::automatic::Signal::Locked(locked)) {
        return found;
    }
    let mut all = futures_util::stream::select_all(streams);
    while let Some(state) = all.next().await {
        if state != locked {
            locked = state;
            tracing::info!(locked, "the screen lock changed");
            if !report(crate::automatic::Signal::Locked(locked)) {
                break;
            }
        }
    }
    found
}

/// The sources running now (for `doctor`), without watching them.
pub async fn probe() -> Vec<LockSource> {
    connect().await.0
}

/// Connects to every source: which run now, whether any says locked now, and the streams of all that
/// can be listened to.
async fn connect() -> (Vec<LockSource>, bool, Vec<States>) {
    let mut found = vec![];
    let mut locked = false;
    let mut streams: Vec<States> = vec![];
    if let Some((now, stream)) = logind().await {
        found.push(LockSource::Logind);
        locked |= now;
        streams.push(stream);
    }
    if let Ok(conn) = zbus::Connection::session().await {
        for (name, path, iface, source) in SCREEN_SAVERS {
            if let Some((now, stream)) = screen_saver(&conn, name, path, iface).await {
                if let Some(now) = now {
                    found.push(source);
                    locked |= now;
                }
                streams.push(stream);
            }
        }
    }
    (found, locked, streams)
}

/// This process's logind session: its `LockedHint` now, and a stream of `Lock` (true), `Unlock` (false)
/// and `LockedHint` changes.
async fn logind() -> Option<(bool, States)> {
    let conn = zbus::Connection::system().await.ok()?;
    let path = session_path(&conn).await?;
    let session = super::bus::proxy(&conn, LOGIND, path.clone(), SESSION_IFACE).await?;
    let lock = session.receive_signal("Lock").await.ok()?;
    let unlock = session.receive_signal("Unlock").await.ok()?;
    let hint = properties_changed(&conn, &path).await;
    let now = session
        .get_property::<bool>("LockedHint")
        .await
        .unwrap_or(false);
    let lock = lock.map(|_| true);
    let unlock = unlock.map(|_| false);
    let mut merged: Vec<States> = vec![Box::pin(lock), Box::pin(unlock)];
    if let Some(hint) = hint {
        merged.push(Box::pin(hint.filter_map(|message| async move {
            let (iface, changed, _): (
                String,
                std::collections::HashMap<String, zbus::zvariant::OwnedValue>,
                Vec<String>,
            ) = message.body().deserialize().ok()?;
            if iface != SESSION_IFACE {
                return None;
            }
            bool::try_from(changed.get("LockedHint")?.clone()).ok()
        })));
    }
    Some((now, Box::pin(futures_util::stream::select_all(merged))))
}

/// The object path of this process's session: the one `XDG_SESSION_ID` names, else the session of
/// this process (logind's `GetSessionByPID`), else the user's display session ("auto"). The idle
/// source (`idle.rs`) uses it too.
pub(super) async fn session_path(
    conn: &zbus::Connection,
) -> Option<zbus::zvariant::OwnedObjectPath> {
    let manager = super::bus::proxy(
        conn,
        LOGIND,
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager",
    )
    .await?;
    if let Ok(id) = std::env::var("XDG_SESSION_ID")
        && let Ok(path) = manager.call("GetSession", &(id.as_str(),)).await
    {
        return Some(path);
    }
    if let Ok(path) = manager
        .call("GetSessionByPID", &(std::process::id(),))
        .await
    {
        return Some(path);
    }
    manager.call("GetSession", &("auto",)).await.ok()
}

pub(super) async fn properties_changed(
    conn: &zbus::Connection,
    path: &zbus::zvariant::OwnedObjectPath,
) -> Option<SignalStream<'static>> {
    let props = super::bus::proxy(
        conn,
        LOGIND,
        path.clone(),
        "org.freedesktop.DBus.Properties",
    )
    .await?;
    props.receive_signal("PropertiesChanged").await.ok()
}

/// A screen saver on the session bus: whether it is active now (`None`: nothing owns `name` yet), and
/// its `ActiveChanged` signals (zbus follows the name to whichever program owns it, later ones too).
async fn screen_saver(
    conn: &zbus::Connection,
    name: &'static str,
    path: &'static str,
    iface: &'static str,
) -> Option<(Option<bool>, States)> {
    let dbus = zbus::fdo::DBusProxy::new(conn).await.ok()?;
    let owned = dbus
        .name_has_owner(zbus::names::BusName::try_from(name).ok()?)
        .await
        .unwrap_or(false);
    let proxy = super::bus::proxy(conn, name, path, iface).await?;
    let changes = proxy.receive_signal("ActiveChanged").await.ok()?;
    let now = if owned {
        Some(proxy.call("GetActive", &()).await.unwrap_or(false))
    } else {
        None
    };
    let states =
        changes.filter_map(|message| async move { message.body().deserialize::<bool>().ok() });
    Some((now, Box::pin(states)))
}
