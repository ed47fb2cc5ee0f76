//! The idle rule in the real tray: the X server's SYNC `IDLETIME` counter under Xvfb with real input
//! from xdotool (XTEST), and GNOME's Mutter idle monitor played on the session bus; each change
//! confirmed by the simulator and read back from the menu.

use std::sync::{Arc, Mutex};

use super::*;

/// A signed-in tray showing Online, with these `[automatic]` settings and environment variables.
fn scene_with_rules(
    serial: RwLockWriteGuard<'static, ()>,
    settings: &[&str],
    env: &[(&str, &str)],
) -> Scene {
    let scene = Scene::started(serial, "online", 600, settings, env, |_| {});
    eventually(
        "the first status",
        WAIT,
        || shown(&scene.host, &scene.item),
        on(Status::Online),
    );
    scene
}

const IDLE_LINE: &str = "Away — idle (automatic)";

/// `doctor`'s line about the idle rule.
fn doctor_idle_line(home: &Home, env: &[(&str, &str)]) -> String {
    doctor_line(home, env, "idle")
}

#[test]
fn a_minute_without_input_on_x11_is_away_and_a_key_is_back() {
    // The shortest idle time the config takes is a minute (less would turn Away while reading); the X
    // server's idle counter cannot be hurried, so this test waits that minute. A key first: the display
    // may have been idle for longer already.
    let serial = own_desktop();
    xdotool_key("shift");
    let scene = scene_with_rules(serial, &["away_after_idle = \"1m\""], &[]);
    let show = || shown(&scene.host, &scene.item);
    eventually(
        "the idle source armed",
        WAIT,
        || scene.tray.log(),
        |log| log.contains("watching input idle through the X server's IDLETIME counter"),
    );
    assert_eq!(
        doctor_idle_line(&scene.home, &[]),
        "ok    idle      Away after 1m without input: listening to X11 SYNC IDLETIME"
    );
    scene.sim.reset_calls();
    // Input now: the idle time counts from here.
    xdotool_key("shift");
    let quiet = Instant::now();
    std::thread::sleep(Duration::from_secs(30));
    assert!(on(Status::Online)(&show()), "not Away before the minute");
    let away = eventually(
        "Away after a minute without input",
        Duration::from_secs(60),
        show,
        |s| on(Status::Away)(s) && s.status_line == IDLE_LINE,
    );
    let waited = quiet.elapsed();
    assert!(
        waited >= Duration::from_millis(59_500),
        "Away after {waited:?}, before the minute: {away:?}"
    );
    assert_eq!(scene.sim.status().as_deref(), Some("away"));
    let get = scene.home.run(&["get", "--json"]);
    let json: serde_json::Value = serde_json::from_str(&get.stdout).expect("JSON");
    assert_eq!(json["reason"].as_str(), Some("idle"), "{get:?}");

    // Any input ends it: a key (XTEST, as a keyboard would).
    xdotool_key("shift");
    eventually("back to Online at a key", WAIT, show, on(Status::Online));
    assert_eq!(calls_of(&scene.sim, SET), 2, "one call each way");

    // Off from the menu, then on again (at the menu's 10 minutes): the X11 thread re-arms each time.
    scene
        .host
        .click_in(&scene.item, "Automatic", "Away after 1 minute idle");
    eventually(
        "written to the config",
        WAIT,
        || std::fs::read_to_string(scene.home.config_file()).unwrap(),
        // Off is the default, written commented out.
        |text| text.contains("\n# away_after_idle = \"\"\n"),
    );
    scene
        .host
        .click_in(&scene.item, "Automatic", "Away after 10 minutes idle");
    eventually(
        "the source took the new threshold",
        WAIT,
        || scene.tray.log(),
        |log| {
            log.lines()
                .any(|l| l.contains("idle threshold") && l.contains("secs=None"))
                && log
                    .lines()
                    .any(|l| l.contains("idle threshold") && l.contains("secs=Some(600)"))
        },
    );
    assert!(on(Status::Online)(&show()));
    scene.finish();
}

/// GNOME's idle monitor as the tray uses it: the watches it asks for are recorded, and the test fires
/// them (`WatchFired`).
#[derive(Default)]
struct Monitor {
    idle_ms: u64,
    next_id: u32,
    /// (id, interval in ms) of each idle watch added; interval 0 for a user-active watch.
    added: Vec<(u32, u64)>,
    removed: Vec<u32>,
}

struct MonitorIface(Arc<Mutex<Monitor>>);

#[zbus::interface(name = "org.gnome.Mutter.IdleMonitor")]
impl MonitorIface {
    fn get_idletime(&self) -> u64 {
        self.0.lock().unwrap().idle_ms
    }

    fn add_idle_watch(&self, interval: u64) -> u32 {
        let mut monitor = self.0.lock().unwrap();
        monitor.next_id += 1;
        let id = monitor.next_id;
        monitor.added.push((id, interval));
        id
    }

    fn add_user_active_watch(&self) -> u32 {
        self.add_idle_watch(0)
    }

    fn remove_watch(&self, id: u32) {
        self.0.lock().unwrap().removed.push(id);
    }
}

struct FakeMutter {
    conn: zbus::blocking::Connection,
    monitor: Arc<Mutex<Monitor>>,
}

impl FakeMutter {
    const PATH: &str = "/org/gnome/Mutter/IdleMonitor/Core";

    fn start() -> FakeMutter {
        let monitor = Arc::new(Mutex::new(Monitor::default()));
        let conn = zbus::blocking::connection::Builder::session()
            .unwrap()
            .name("org.gnome.Mutter.IdleMonitor")
            .unwrap()
            .serve_at(FakeMutter::PATH, MonitorIface(monitor.clone()))
            .unwrap()
            .build()
            .expect("the fake org.gnome.Mutter.IdleMonitor");
        FakeMutter { conn, monitor }
    }

    /// The watches added so far.
    fn added(&self) -> Vec<(u32, u64)> {
        self.monitor.lock().unwrap().added.clone()
    }

    fn removed(&self) -> Vec<u32> {
        self.monitor.lock().unwrap().removed.clone()
    }

    /// The idle time is now `idle_ms`, and watch `id` fires.
    fn fire(&self, id: u32, idle_ms: u64) {
        self.monitor.lock().unwrap().idle_ms = idle_ms;
        self.conn
            .emit_signal(
                None::<()>,
                FakeMutter::PATH,
                "org.gnome.Mutter.IdleMonitor",
                "WatchFired",
                &(id,),
            )
            .expect("the signal is sent");
    }
}

#[test]
fn on_gnome_wayland_mutters_idle_watches_follow_the_threshold_the_menu_sets() {
    let serial = own_desktop();
    let mutter = FakeMutter::start();
    // A Wayland session as the app sees it (GTK still draws through X11 here): no X11 idle counter.
    let wayland = [("WAYLAND_DISPLAY", "wayland-test")];
    let scene = scene_with_rules(serial, &["away_after_idle = \"1m\""], &wayland);
    let show = || shown(&scene.host, &scene.item);
    let idle_watch = eventually(
        "an idle watch of a minute",
        WAIT,
        || mutter.added(),
        |added| added.len() == 1,
    )[0];
    assert_eq!(idle_watch.1, 60_000);
    assert_eq!(
        doctor_idle_line(&scene.home, &wayland),
        "ok    idle      Away after 1m without input: listening to org.gnome.Mutter.IdleMonitor"
    );

    mutter.fire(idle_watch.0, 60_000);
    eventually("Away once the watch fires", WAIT, show, |s| {
        on(Status::Away)(s) && s.status_line == IDLE_LINE
    });
    let active = eventually(
        "a user-active watch, once idle",
        WAIT,
        || mutter.added(),
        |added| added.len() == 2,
    )[1];
    assert_eq!(active.1, 0, "AddUserActiveWatch");
    mutter.fire(active.0, 0);
    eventually(
        "back to Online at the next input",
        WAIT,
        show,
        on(Status::Online),
    );

    // Off from the menu: the watch is removed. On again: a watch of the menu's 10 minutes.
    scene
        .host
        .click_in(&scene.item, "Automatic", "Away after 1 minute idle");
    eventually(
        "the idle watch removed",
        WAIT,
        || mutter.removed(),
        |removed| removed.contains(&idle_watch.0),
    );
    scene
        .host
        .click_in(&scene.item, "Automatic", "Away after 10 minutes idle");
    let ten = eventually(
        "a watch of 10 minutes",
        WAIT,
        || mutter.added(),
        |added| added.len() == 3,
    )[2];
    assert_eq!(ten.1, 600_000);
    // The old watch firing (as it cannot any more) changes nothing; the new one is followed.
    mutter.fire(idle_watch.0, 60_000);
    std::thread::sleep(Duration::from_millis(700));
    assert!(on(Status::Online)(&show()), "the old watch is not followed");
    mutter.fire(ten.0, 600_000);
    eventually("Away at 10 minutes", WAIT, show, on(Status::Away));
    drop(mutter);
    scene.finish();
}

const SESSION_PATH: &str = "/org/freedesktop/login1/session/_31";
const SESSION_IFACE: &str = "org.freedesktop.login1.Session";

/// logind's manager, as much as the tray asks of it: which session a process is in.
struct Manager;

#[zbus::interface(name = "org.freedesktop.login1.Manager")]
impl Manager {
    fn get_session(&self, _id: &str) -> zbus::zvariant::OwnedObjectPath {
        zbus::zvariant::OwnedObjectPath::try_from(SESSION_PATH).unwrap()
    }

    #[zbus(name = "GetSessionByPID")]
    fn get_session_by_pid(&self, _pid: u32) -> zbus::zvariant::OwnedObjectPath {
        zbus::zvariant::OwnedObjectPath::try_from(SESSION_PATH).unwrap()
    }
}

/// A logind session whose `IdleHint` the test sets, as a desktop does through `SetIdleHint`.
struct Session {
    idle: Arc<Mutex<bool>>,
}

#[zbus::interface(name = "org.freedesktop.login1.Session")]
impl Session {
    #[zbus(property)]
    fn idle_hint(&self) -> bool {
        *self.idle.lock().unwrap()
    }

    #[zbus(property)]
    fn locked_hint(&self) -> bool {
        false
    }
}

/// A fake logind on a private system bus.
struct FakeLogind {
    bus: FakeSystemBus,
    idle: Arc<Mutex<bool>>,
}

impl FakeLogind {
    fn start() -> FakeLogind {
        let bus = FakeSystemBus::start();
        let idle = Arc::new(Mutex::new(false));
        {
            let server = bus.conn.object_server();
            server.at("/org/freedesktop/login1", Manager).unwrap();
            server
                .at(SESSION_PATH, Session { idle: idle.clone() })
                .unwrap();
        }
        FakeLogind { bus, idle }
    }

    /// The desktop says the session is idle (or not): `IdleHint` changes.
    fn hint(&self, idle: bool) {
        *self.idle.lock().unwrap() = idle;
        let changed =
            std::collections::HashMap::from([("IdleHint", zbus::zvariant::Value::from(idle))]);
        self.bus.emit(
            SESSION_PATH,
            "org.freedesktop.DBus.Properties",
            "PropertiesChanged",
            &(SESSION_IFACE, changed, Vec::<&str>::new()),
        );
    }
}

#[test]
fn without_x11_or_mutter_loginds_idle_hint_is_followed_while_the_rule_is_on() {
    let serial = own_desktop();
    let logind = FakeLogind::start();
    let env = [
        ("WAYLAND_DISPLAY", "wayland-test"),
        ("DBUS_SYSTEM_BUS_ADDRESS", logind.bus.address.as_str()),
    ];
    let scene = scene_with_rules(serial, &["away_after_idle = \"1m\""], &env);
    let show = || shown(&scene.host, &scene.item);
    eventually(
        "the idle source found",
        WAIT,
        || scene.tray.log(),
        |log| log.contains("watching input idle through logind's IdleHint"),
    );
    assert!(doctor_idle_line(&scene.home, &env).starts_with(
        "ok    idle      Away when idle: following logind's session IdleHint, whose idle time \
             your desktop sets"
    ));
    logind.hint(true);
    eventually("Away when the desktop says idle", WAIT, show, |s| {
        on(Status::Away)(s) && s.status_line == IDLE_LINE
    });
    logind.hint(false);
    eventually("back to Online", WAIT, show, on(Status::Online));

    // Off: the hint changes nothing. On again: the hint as it is now counts at once.
    scene
        .host
        .click_in(&scene.item, "Automatic", "Away after 1 minute idle");
    eventually(
        "written to the config",
        WAIT,
        || std::fs::read_to_string(scene.home.config_file()).unwrap(),
        |text| text.contains("\n# away_after_idle = \"\"\n"),
    );
    logind.hint(true);
    std::thread::sleep(Duration::from_millis(700));
    assert!(on(Status::Online)(&show()), "the rule is off");
    scene
        .host
        .click_in(&scene.item, "Automatic", "Away after 10 minutes idle");
    eventually("Away once on again", WAIT, show, on(Status::Away));
    scene.finish();
}
