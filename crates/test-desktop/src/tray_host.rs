//! A test tray host: owns `org.kde.StatusNotifierWatcher` on the session bus, accepts the app's
//! StatusNotifierItem registration, reads the item's properties and drives its `com.canonical.dbusmenu`
//! menu — what KDE, GNOME's AppIndicator extension or waybar do. The integration tests and the
//! benchmark's driver (`examples/bench-driver.rs`) both play the desktop with it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use zbus::blocking::{Connection, Proxy};
use zbus::zvariant::{OwnedValue, Structure, Value};

/// The registered item: its bus name and object path.
#[derive(Clone, Debug)]
pub struct Item {
    pub bus: String,
    pub path: String,
}

struct Watcher {
    items: Arc<Mutex<Vec<Item>>>,
}

#[zbus::interface(name = "org.kde.StatusNotifierWatcher")]
impl Watcher {
    fn register_status_notifier_item(
        &self,
        service: &str,
        #[zbus(header)] header: zbus::message::Header<'_>,
    ) {
        let sender = header.sender().map(|s| s.to_string()).unwrap_or_default();
        // libappindicator passes its object path; other implementations pass a bus name.
        let item = if service.starts_with('/') {
            Item {
                bus: sender,
                path: service.to_string(),
            }
        } else {
            Item {
                bus: service.to_string(),
                path: "/StatusNotifierItem".to_string(),
            }
        };
        self.items.lock().unwrap().push(item);
    }

    fn register_status_notifier_host(&self, _service: &str) {}

    #[zbus(property)]
    fn registered_status_notifier_items(&self) -> Vec<String> {
        self.items
            .lock()
            .unwrap()
            .iter()
            .map(|i| format!("{}{}", i.bus, i.path))
            .collect()
    }

    #[zbus(property)]
    fn is_status_notifier_host_registered(&self) -> bool {
        true
    }

    #[zbus(property)]
    fn protocol_version(&self) -> i32 {
        0
    }
}

/// A notification server (`org.freedesktop.Notifications`) that records what it is asked to show.
struct Notifications {
    shown: Arc<Mutex<Vec<(String, String)>>>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Notifications {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        _app_name: &str,
        _replaces_id: u32,
        _app_icon: &str,
        summary: &str,
        body: &str,
        _actions: Vec<String>,
        _hints: HashMap<String, OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut shown = self.shown.lock().unwrap();
        shown.push((summary.to_string(), body.to_string()));
        shown.len() as u32
    }

    fn get_capabilities(&self) -> Vec<String> {
        vec!["body".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "test-host".into(),
            "b24-status".into(),
            "1".into(),
            "1.2".into(),
        )
    }

    fn close_notification(&self, _id: u32) {}
}

/// A dbusmenu layout node: id, properties, children (each a variant holding another node).
type Layout = (i32, HashMap<String, OwnedValue>, Vec<OwnedValue>);

/// One menu entry as dbusmenu reports it.
#[derive(Clone, Debug)]
pub struct Entry {
    pub id: i32,
    pub label: String,
    pub enabled: bool,
    /// `Some(checked)` for check items.
    pub toggle: Option<bool>,
    pub separator: bool,
    /// A submenu's entries (empty for an item).
    pub children: Vec<Entry>,
}

pub struct TrayHost {
    conn: Connection,
    items: Arc<Mutex<Vec<Item>>>,
    notifications: Arc<Mutex<Vec<(String, String)>>>,
}

impl TrayHost {
    /// Owns the watcher and notification names on the session bus (tests using it must not run in
    /// parallel).
    pub fn start() -> TrayHost {
        let items = Arc::new(Mutex::new(Vec::new()));
        let notifications = Arc::new(Mutex::new(Vec::new()));
        let conn = zbus::blocking::connection::Builder::session()
            .expect("a session bus")
            .name("org.kde.StatusNotifierWatcher")
            .expect("the watcher name")
            .serve_at(
                "/StatusNotifierWatcher",
                Watcher {
                    items: items.clone(),
                },
            )
            .expect("the watcher object")
            .name("org.freedesktop.Notifications")
            .expect("the notifications name")
            .serve_at(
                "/org/freedesktop/Notifications",
                Notifications {
                    shown: notifications.clone(),
                },
            )
            .expect("the notifications object")
            .build()
            .expect("the watcher is on the bus");
        let host = format!("org.kde.StatusNotifierHost-{}", std::process::id());
        conn.request_name(host.as_str()).expect("the host name");
        TrayHost {
            conn,
            items,
            notifications,
        }
    }

    /// The notifications shown so far: (summary, body).
    pub fn notifications(&self) -> Vec<(String, String)> {
        self.notifications.lock().unwrap().clone()
    }

    /// Forgets the registered items, to notice a new registration.
    pub fn clear(&self) {
        self.items.lock().unwrap().clear();
    }

    /// Waits for an item to register; returns the newest one.
    pub fn wait_for_item(&self, timeout: Duration) -> Option<Item> {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if let Some(item) = self.items.lock().unwrap().last().cloned() {
                return Some(item);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }

    fn proxy(&self, bus: &str, path: &str, iface: &'static str) -> Proxy<'static> {
        proxy_on(&self.conn, bus, path, iface)
    }

    /// A property of the StatusNotifierItem, read fresh.
    pub fn item_property<T>(&self, item: &Item, name: &str) -> zbus::Result<T>
    where
        T: TryFrom<OwnedValue>,
        T::Error: Into<zbus::Error>,
    {
        self.proxy(&item.bus, &item.path, "org.kde.StatusNotifierItem")
            .get_property(name)
    }

    /// The item's menu: every entry of the root level, in order.
    pub fn menu(&self, item: &Item) -> Vec<Entry> {
        let path: zbus::zvariant::OwnedObjectPath = self
            .item_property(item, "Menu")
            .expect("the item has a menu");
        let menu = self.proxy(&item.bus, path.as_str(), "com.canonical.dbusmenu");
        let _ = menu.call_method("AboutToShow", &(0i32,));
        let reply = menu
            .call_method("GetLayout", &(0i32, -1i32, Vec::<String>::new()))
            .expect("GetLayout answers");
        let (_revision, root): (u32, Layout) =
            reply.body().deserialize().expect("a dbusmenu layout");
        root.2.iter().map(entry).collect()
    }

    /// Clicks the entry with this label.
    pub fn click(&self, item: &Item, label: &str) {
        self.try_click(item, label).expect("the click is delivered");
    }

    /// Clicks the entry `label` of the root level's submenu `submenu` (a host opens the submenu first).
    pub fn click_in(&self, item: &Item, submenu: &str, label: &str) {
        let parent = self
            .menu(item)
            .into_iter()
            .find(|e| e.label == submenu)
            .unwrap_or_else(|| panic!("no submenu {submenu:?}"));
        let entry = parent
            .children
            .iter()
            .find(|e| e.label == label)
            .unwrap_or_else(|| panic!("no entry {label:?} in {submenu:?}: {:?}", parent.children));
        let path: zbus::zvariant::OwnedObjectPath = self
            .item_property(item, "Menu")
            .expect("the item has a menu");
        let menu = self.proxy(&item.bus, path.as_str(), "com.canonical.dbusmenu");
        let _ = menu.call_method("AboutToShow", &(parent.id,));
        menu.call_method("Event", &(entry.id, "clicked", Value::from(0i32), 0u32))
            .expect("the click is delivered");
    }

    /// Clicks "Quit": the app may leave the bus before it answers the click.
    pub fn click_quit(&self, item: &Item) {
        match self.try_click(item, "Quit") {
            Ok(()) => {}
            Err(zbus::Error::MethodError(name, _, _))
                if name.as_str() == "org.freedesktop.DBus.Error.NoReply" => {}
            Err(e) => panic!("the Quit click failed: {e}"),
        }
    }

    fn try_click(&self, item: &Item, label: &str) -> zbus::Result<()> {
        let entry = self
            .menu(item)
            .into_iter()
            .find(|e| e.label == label)
            .unwrap_or_else(|| panic!("no menu entry {label:?}"));
        let path: zbus::zvariant::OwnedObjectPath = self.item_property(item, "Menu")?;
        let menu = self.proxy(&item.bus, path.as_str(), "com.canonical.dbusmenu");
        menu.call_method("Event", &(entry.id, "clicked", Value::from(0i32), 0u32))?;
        Ok(())
    }
}

fn entry(value: &OwnedValue) -> Entry {
    let value: Value<'_> = value.try_clone().expect("clonable").into();
    let value = match value {
        Value::Value(inner) => *inner,
        other => other,
    };
    let structure = Structure::try_from(value).expect("a (ia{sv}av) entry");
    let fields = structure.into_fields();
    let id = i32::try_from(&fields[0]).expect("an id");
    let props: HashMap<String, OwnedValue> =
        HashMap::try_from(fields[1].try_clone().unwrap()).unwrap_or_default();
    let text = |key: &str| {
        props
            .get(key)
            .and_then(|v| String::try_from(v.try_clone().unwrap()).ok())
    };
    let label = text("label").unwrap_or_default().replace('_', "");
    let enabled = props
        .get("enabled")
        .and_then(|v| bool::try_from(v.try_clone().unwrap()).ok())
        .unwrap_or(true);
    let toggle = match text("toggle-type").as_deref() {
        Some("checkmark") | Some("radio") => Some(
            props
                .get("toggle-state")
                .and_then(|v| i32::try_from(v.try_clone().unwrap()).ok())
                == Some(1),
        ),
        _ => None,
    };
    let children = fields
        .get(2)
        .and_then(|v| Vec::<OwnedValue>::try_from(v.try_clone().ok()?).ok())
        .map(|children| children.iter().map(entry).collect())
        .unwrap_or_default();
    Entry {
        id,
        label,
        enabled,
        toggle,
        separator: text("type").as_deref() == Some("separator"),
        children,
    }
}

/// A proxy on `conn` for `iface` at `bus`/`path`, reading properties afresh at every call (an item's
/// properties change under us).
pub fn proxy_on(conn: &Connection, bus: &str, path: &str, iface: &'static str) -> Proxy<'static> {
    zbus::blocking::proxy::Builder::new(conn)
        .destination(bus.to_string())
        .unwrap()
        .path(path.to_string())
        .unwrap()
        .interface(iface)
        .unwrap()
        .cache_properties(zbus::proxy::CacheProperties::No)
        .build()
        .expect("a proxy")
}
