//! A fake `org.freedesktop.portal.Desktop` offering the `GlobalShortcuts` portal (version 1) on the session
//! bus, for testing the Wayland shortcut without a desktop. It follows xdg-desktop-portal's conduct as its
//! interface files (`org.freedesktop.portal.{GlobalShortcuts,Request,Session}.xml`) describe it:
//!
//! - each call returns the handle of a `Request` object at
//!   `/org/freedesktop/portal/desktop/request/SENDER/TOKEN` (SENDER: the caller's unique name without
//!   `:`, dots made underscores; TOKEN: the caller's `handle_token`), and answers later, after the method
//!   reply, with that object's `Response(u, a{sv})` signal sent to the caller only;
//! - `CreateSession` creates a `Session` object at `/org/freedesktop/portal/desktop/session/SENDER/TOKEN`
//!   (TOKEN: `session_handle_token`) and reports it as `session_handle`, a string as the real portal does;
//! - `BindShortcuts` accepts only its caller's own open session, records what it was asked to bind, and
//!   answers with the bound shortcuts and their `trigger_description`, or refuses with response 1 (the
//!   user cancelled);
//! - `Activated` and `Deactivated` go to the session's owner only; `Closed` likewise.
//!
//! The fake owns the well-known name while it lives, so tests using it own the shared desktop
//! ([`super::own_desktop`]) meanwhile.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use zbus::message::Header;
use zbus::object_server::ObjectServer;
use zbus::zvariant::{ObjectPath, OwnedObjectPath, OwnedValue, Value};
use zbus::{Connection, fdo, interface};

pub const PORTAL_NAME: &str = "org.freedesktop.portal.Desktop";
pub const PORTAL_PATH: &str = "/org/freedesktop/portal/desktop";
pub const SHORTCUTS_INTERFACE: &str = "org.freedesktop.portal.GlobalShortcuts";
const REQUEST_INTERFACE: &str = "org.freedesktop.portal.Request";
const SESSION_INTERFACE: &str = "org.freedesktop.portal.Session";

/// How the fake portal answers.
#[derive(Clone, Debug)]
pub enum Behaviour {
    /// Binds every shortcut asked for and describes each one's trigger with this text.
    Bind { trigger_description: String },
    /// Answers `BindShortcuts` with response 1, as when the user cancels the desktop's dialog.
    Refuse,
    /// Owns the portal's name but has no `GlobalShortcuts` interface, like a desktop without a backend
    /// for it.
    WithoutGlobalShortcuts,
}

/// One shortcut a client asked to bind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bound {
    pub session: String,
    pub id: String,
    pub description: Option<String>,
    pub preferred_trigger: Option<String>,
    pub parent_window: String,
}

/// A session the fake portal created.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionRecord {
    pub path: String,
    pub owner: String,
    /// Closed by the client's `Close` call.
    pub closed_by_client: bool,
    /// Closed by the portal (see [`FakePortal::close_sessions`]).
    pub closed_by_portal: bool,
}

impl SessionRecord {
    fn open(&self) -> bool {
        !self.closed_by_client && !self.closed_by_portal
    }
}

#[derive(Debug, Default)]
struct State {
    /// Every request handle handed out, in order.
    requests: Vec<String>,
    /// Requests whose answer has not been sent yet.
    pending: Vec<String>,
    sessions: Vec<SessionRecord>,
    bound: Vec<Bound>,
}

type Shared = Arc<Mutex<State>>;

fn lock(state: &Shared) -> MutexGuard<'_, State> {
    state
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The fake portal, serving on its own connection to the session bus until dropped.
pub struct FakePortal {
    connection: Connection,
    state: Shared,
}

impl FakePortal {
    /// Takes the portal's name on the session bus and serves it; panics when the name is taken.
    pub async fn start(behaviour: Behaviour) -> FakePortal {
        let state = Shared::default();
        let builder = zbus::connection::Builder::session().expect("a session bus address");
        let builder = match behaviour {
            Behaviour::WithoutGlobalShortcuts => builder.serve_at(PORTAL_PATH, OtherPortal),
            behaviour => builder.serve_at(
                PORTAL_PATH,
                GlobalShortcuts {
                    state: state.clone(),
                    behaviour,
                },
            ),
        };
        let connection = builder
            .expect("the portal object can be served")
            .name(PORTAL_NAME)
            .expect("a valid name")
            .build()
            .await
            .expect("the fake portal takes org.freedesktop.portal.Desktop on the session bus");
        FakePortal { connection, state }
    }

    /// The shortcuts clients asked to bind, in order.
    pub fn bound(&self) -> Vec<Bound> {
        lock(&self.state).bound.clone()
    }

    /// The sessions created, in order.
    pub fn sessions(&self) -> Vec<SessionRecord> {
        lock(&self.state).sessions.clone()
    }

    /// The request handles handed out, in order.
    pub fn requests(&self) -> Vec<String> {
        lock(&self.state).requests.clone()
    }

    /// Emits `Activated` and then `Deactivated` for `shortcut_id` in every open session, to its owner, as
    /// a press and release of the key would; returns how many sessions were told.
    pub async fn press(&self, shortcut_id: &str) -> usize {
        let open: Vec<SessionRecord> = self
            .sessions()
            .into_iter()
            .filter(SessionRecord::open)
            .collect();
        for session in &open {
            self.press_in(&session.owner, &session.path, shortcut_id)
                .await;
        }
        open.len()
    }

    /// Emits `Activated` and then `Deactivated` for `shortcut_id` in the session at `session_path`, to
    /// `owner`, whether or not that session exists (to check that a client ignores other sessions).
    pub async fn press_in(&self, owner: &str, session_path: &str, shortcut_id: &str) {
        let session_path = ObjectPath::try_from(session_path).expect("a session path");
        let timestamp = now_millis();
        for (signal, at) in [("Activated", timestamp), ("Deactivated", timestamp + 80)] {
            self.connection
                .emit_signal(
                    Some(owner),
                    PORTAL_PATH,
                    SHORTCUTS_INTERFACE,
                    signal,
                    &(
                        &session_path,
                        shortcut_id,
                        at,
                        HashMap::<&str, Value<'_>>::new(),
                    ),
                )
                .await
                .expect("the signal is sent");
        }
    }

    /// Whether `name` (a client's unique name) is still on the bus.
    pub async fn on_bus(&self, name: &str) -> bool {
        let bus = fdo::DBusProxy::new(&self.connection)
            .await
            .expect("the bus answers");
        bus.name_has_owner(name.try_into().expect("a bus name"))
            .await
            .expect("the bus answers")
    }

    /// Closes every open session from the portal's side, emitting `Closed` to its owner, as when the
    /// desktop ends the sessions.
    pub async fn close_sessions(&self) {
        let open: Vec<SessionRecord> = self
            .sessions()
            .into_iter()
            .filter(SessionRecord::open)
            .collect();
        for session in open {
            for record in lock(&self.state).sessions.iter_mut() {
                if record.path == session.path {
                    record.closed_by_portal = true;
                }
            }
            self.connection
                .emit_signal(
                    Some(session.owner.as_str()),
                    session.path.as_str(),
                    SESSION_INTERFACE,
                    "Closed",
                    &(HashMap::<&str, Value<'_>>::new(),),
                )
                .await
                .expect("the signal is sent");
            let _ = self
                .connection
                .object_server()
                .remove::<SessionObject, _>(session.path.as_str())
                .await;
        }
    }
}

impl Drop for FakePortal {
    /// Gives the name back at once, so that the next test sees the bus without a portal.
    fn drop(&mut self) {
        let connection = zbus::blocking::Connection::from(self.connection.clone());
        let _ = connection.release_name(PORTAL_NAME);
    }
}

/// `/org/freedesktop/portal/desktop` with the `GlobalShortcuts` interface.
struct GlobalShortcuts {
    state: Shared,
    behaviour: Behaviour,
}

#[interface(name = "org.freedesktop.portal.GlobalShortcuts")]
impl GlobalShortcuts {
    async fn create_session(
        &self,
        #[zbus(header)] header: Header<'_>,
        #[zbus(connection)] connection: &Connection,
        options: HashMap<String, OwnedValue>,
    ) -> fdo::Result<OwnedObjectPath> {
        let sender = sender_of(&header)?;
        let request = handle_path("request", &sender, &token(&options, "handle_token")?)?;
        let session = handle_path(
            "session",
            &sender,
            &token(&options, "session_handle_token")?,
        )?;
        if lock(&self.state).sessions.iter().any(|s| s.path == session) {
            return Err(fdo::Error::InvalidArgs(format!(
                "session {session} exists already"
            )));
        }
        export_request(connection, &self.state, &request).await?;
        connection
            .object_server()
            .at(
                session.as_str(),
                SessionObject {
                    state: self.state.clone(),
                    path: session.clone(),
                    owner: sender.clone(),
                },
            )
            .await?;
        lock(&self.state).sessions.push(SessionRecord {
            path: session.clone(),
            owner: sender.clone(),
            closed_by_client: false,
            closed_by_portal: false,
        });
        // The real portal reports the session handle as a string, for compatibility with its first
        // versions.
        let results = HashMap::from([("session_handle".to_string(), Value::from(session))]);
        answer_later(connection, &self.state, &sender, &request, 0, results);
        Ok(OwnedObjectPath::try_from(request).unwrap())
    }

    async fn bind_shortcuts(
        &self,
        #[zbus(header)] header: Header<'_>,
        #[zbus(connection)] connection: &Connection,
        session_handle: OwnedObjectPath,
        shortcuts: Vec<(String, HashMap<String, OwnedValue>)>,
        parent_window: String,
        options: HashMap<String, OwnedValue>,
    ) -> fdo::Result<OwnedObjectPath> {
        let sender = sender_of(&header)?;
        let session = session_handle.as_str().to_string();
        let owns_open_session = lock(&self.state)
            .sessions
            .iter()
            .any(|s| s.path == session && s.owner == sender && s.open());
        if !owns_open_session {
            return Err(fdo::Error::AccessDenied("Invalid session".into()));
        }
        let request = handle_path("request", &sender, &token(&options, "handle_token")?)?;
        let mut asked = vec![];
        for (id, details) in shortcuts {
            if id.is_empty() {
                return Err(fdo::Error::InvalidArgs(
                    "Unexpected empty shortcut id".into(),
                ));
            }
            asked.push(Bound {
                session: session.clone(),
                id,
                description: string_option(&details, "description")?,
                preferred_trigger: string_option(&details, "preferred_trigger")?,
                parent_window: parent_window.clone(),
            });
        }
        export_request(connection, &self.state, &request).await?;
        lock(&self.state).bound.extend(asked.iter().cloned());
        let (code, results) = match &self.behaviour {
            Behaviour::Bind {
                trigger_description,
            } => {
                let bound: Vec<(String, HashMap<String, Value<'static>>)> = asked
                    .into_iter()
                    .map(|b| {
                        let details = HashMap::from([
                            (
                                "description".to_string(),
                                Value::from(b.description.unwrap_or_default()),
                            ),
                            (
                                "trigger_description".to_string(),
                                Value::from(trigger_description.clone()),
                            ),
                        ]);
                        (b.id, details)
                    })
                    .collect();
                (
                    0,
                    HashMap::from([("shortcuts".to_string(), Value::from(bound))]),
                )
            }
            _ => (1, HashMap::new()),
        };
        answer_later(connection, &self.state, &sender, &request, code, results);
        Ok(OwnedObjectPath::try_from(request).unwrap())
    }

    #[zbus(property)]
    fn version(&self) -> u32 {
        1
    }
}

/// What stands at the portal's path when the desktop has no global shortcuts backend: some other portal.
struct OtherPortal;

#[interface(name = "org.freedesktop.portal.Settings")]
impl OtherPortal {
    #[zbus(property)]
    fn version(&self) -> u32 {
        2
    }
}

/// A `Request` object; `Close` ends it without an answer.
struct RequestObject {
    state: Shared,
    path: String,
}

#[interface(name = "org.freedesktop.portal.Request")]
impl RequestObject {
    async fn close(&self, #[zbus(object_server)] server: &ObjectServer) -> fdo::Result<()> {
        lock(&self.state).pending.retain(|p| *p != self.path);
        server
            .remove::<RequestObject, _>(self.path.as_str())
            .await?;
        Ok(())
    }
}

/// A `Session` object; only its owner may close it.
struct SessionObject {
    state: Shared,
    path: String,
    owner: String,
}

#[interface(name = "org.freedesktop.portal.Session")]
impl SessionObject {
    async fn close(
        &self,
        #[zbus(header)] header: Header<'_>,
        #[zbus(object_server)] server: &ObjectServer,
    ) -> fdo::Result<()> {
        if sender_of(&header)? != self.owner {
            return Err(fdo::Error::AccessDenied("Not the session's owner".into()));
        }
        for record in lock(&self.state).sessions.iter_mut() {
            if record.path == self.path {
                record.closed_by_client = true;
            }
        }
        server
            .remove::<SessionObject, _>(self.path.as_str())
            .await?;
        Ok(())
    }

    #[zbus(property)]
    fn version(&self) -> u32 {
        1
    }
}

/// Exports a `Request` object at `path` before the method replies, as the real portal does.
async fn export_request(connection: &Connection, state: &Shared, path: &str) -> fdo::Result<()> {
    let added = connection
        .object_server()
        .at(
            path,
            RequestObject {
                state: state.clone(),
                path: path.to_string(),
            },
        )
        .await?;
    if !added {
        return Err(fdo::Error::InvalidArgs(format!(
            "request {path} exists already"
        )));
    }
    let mut state = lock(state);
    state.requests.push(path.to_string());
    state.pending.push(path.to_string());
    Ok(())
}

/// Sends the request's `Response` to `caller` from another thread a moment after the method has replied
/// (the real portal answers once its backend has), unless the request was closed meanwhile; then the
/// request object goes away.
fn answer_later(
    connection: &Connection,
    state: &Shared,
    caller: &str,
    request: &str,
    code: u32,
    results: HashMap<String, Value<'static>>,
) {
    let connection = zbus::blocking::Connection::from(connection.clone());
    let (state, caller, request) = (state.clone(), caller.to_string(), request.to_string());
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(20));
        let still_pending = {
            let mut state = lock(&state);
            let pending = state.pending.contains(&request);
            state.pending.retain(|p| *p != request);
            pending
        };
        if still_pending {
            connection
                .emit_signal(
                    Some(caller.as_str()),
                    request.as_str(),
                    REQUEST_INTERFACE,
                    "Response",
                    &(code, results),
                )
                .expect("the Response signal is sent");
            let _ = connection
                .object_server()
                .remove::<RequestObject, _>(request.as_str());
        }
    });
}

fn sender_of(header: &Header<'_>) -> fdo::Result<String> {
    header
        .sender()
        .map(|s| s.to_string())
        .ok_or_else(|| fdo::Error::Failed("a call without a sender".into()))
}

/// A token from the options, checked as the real portal checks it (an object path element). Without one
/// the real portal uses `t`.
fn token(options: &HashMap<String, OwnedValue>, key: &str) -> fdo::Result<String> {
    let Some(token) = string_option(options, key)? else {
        return Ok("t".into());
    };
    let valid = !token.is_empty()
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if valid {
        Ok(token)
    } else {
        Err(fdo::Error::InvalidArgs(format!("Invalid token: {token}")))
    }
}

/// `/org/freedesktop/portal/desktop/KIND/SENDER/TOKEN`.
fn handle_path(kind: &str, sender: &str, token: &str) -> fdo::Result<String> {
    let sender = sender.trim_start_matches(':').replace('.', "_");
    let path = format!("{PORTAL_PATH}/{kind}/{sender}/{token}");
    ObjectPath::try_from(path.as_str())
        .map_err(|e| fdo::Error::InvalidArgs(format!("{path}: {e}")))?;
    Ok(path)
}

/// A string entry of a vardict; an entry of another type is an error, as in the real portal.
fn string_option(options: &HashMap<String, OwnedValue>, key: &str) -> fdo::Result<Option<String>> {
    match options.get(key) {
        None => Ok(None),
        Some(value) => match &**value {
            Value::Str(s) => Ok(Some(s.to_string())),
            other => Err(fdo::Error::InvalidArgs(format!(
                "{key} should be a string, not {}",
                other.value_signature()
            ))),
        },
    }
}

fn now_millis() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}
