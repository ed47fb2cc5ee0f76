//! The automatic rules in the real tray: the screen lock from a fake logind on a private system bus and
//! fake screen savers on the session bus, over the real D-Bus protocol; each change confirmed by the
//! simulator and read back from the menu.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use zbus::zvariant::{OwnedObjectPath, Value};

use super::*;

const SESSION_PATH: &str = "/org/freedesktop/login1/session/_31";
const SESSION_IFACE: &str = "org.freedesktop.login1.Session";

/// logind's manager, as much as the tray asks of it: which session a process is in.
struct Manager;

#[zbus::interface(name = "org.freedesktop.login1.Manager")]
impl Manager {
    fn get_session(&self, _id: &str) -> OwnedObjectPath {
        OwnedObjectPath::try_from(SESSION_PATH).unwrap()
    }

    #[zbus(name = "GetSessionByPID")]
    fn get_session_by_pid(&self, _pid: u32) -> OwnedObjectPath {
        OwnedObjectPath::try_from(SESSION_PATH).unwrap()
    }
}

/// A logind session whose `LockedHint` the test sets.
struct Session {
    locked: Arc<AtomicBool>,
}

#[zbus::interface(name = "org.freedesktop.login1.Session")]
impl Session {
    #[zbus(property)]
    fn locked_hint(&self) -> bool {
        self.locked.load(Ordering::SeqCst)
    }
}

/// A fake logind on a private system bus (the tray is pointed at it with DBUS_SYSTEM_BUS_ADDRESS).
struct FakeLogind {
    bus: FakeSystemBus,
    locked: Arc<AtomicBool>,
}

impl FakeLogind {
    fn start(locked: bool) -> FakeLogind {
        let bus = FakeSystemBus::start();
        let locked = Arc::new(AtomicBool::new(locked));
        {
            let server = bus.conn.object_server();
            server.at("/org/freedesktop/login1", Manager).unwrap();
            server
                .at(
                    SESSION_PATH,
                    Session {
                        locked: locked.clone(),
                    },
                )
                .unwrap();
        }
        FakeLogind { bus, locked }
    }

    /// `loginctl lock-session` / `unlock-session`: logind's `Lock` or `Unlock` signal.
    fn request(&self, lock: bool) {
        let member = if lock { "Lock" } else { "Unlock" };
        self.bus.emit(SESSION_PATH, SESSION_IFACE, member, &());
    }

    /// A locker telling logind the screen is (un)locked: `LockedHint` changes.
    fn hint(&self, locked: bool) {
        self.locked.store(locked, Ordering::SeqCst);
        let changed: HashMap<&str, Value> = HashMap::from([("LockedHint", Value::from(locked))]);
        self.bus.emit(
            SESSION_PATH,
            "org.freedesktop.DBus.Properties",
            "PropertiesChanged",
            &(SESSION_IFACE, changed, Vec::<&str>::new()),
        );
    }

    fn env(&self) -> [(&str, &str); 1] {
        [("DBUS_SYSTEM_BUS_ADDRESS", self.bus.address.as_str())]
    }
}

/// A screen saver on the test session's bus, under `name` at `path` (KDE/Xfce's or GNOME's).
struct FakeScreenSaver {
    conn: zbus::blocking::Connection,
    path: &'static str,
    iface: &'static str,
}

struct ScreenSaverIface {
    active: Arc<AtomicBool>,
}

#[zbus::interface(name = "org.freedesktop.ScreenSaver")]
impl ScreenSaverIface {
    fn get_active(&self) -> bool {
        self.active.load(Ordering::SeqCst)
    }
}

struct GnomeScreenSaverIface {
    active: Arc<AtomicBool>,
}

#[zbus::interface(name = "org.gnome.ScreenSaver")]
impl GnomeScreenSaverIface {
    fn get_active(&self) -> bool {
        self.active.load(Ordering::SeqCst)
    }
}

impl FakeScreenSaver {
    fn freedesktop(active: bool) -> (FakeScreenSaver, Arc<AtomicBool>) {
        let flag = Arc::new(AtomicBool::new(active));
        let conn = zbus::blocking::connection::Builder::session()
            .unwrap()
            .name("org.freedesktop.ScreenSaver")
            .unwrap()
            .serve_at(
                "/org/freedesktop/ScreenSaver",
                ScreenSaverIface {
                    active: flag.clone(),
                },
            )
            .unwrap()
            .build()
            .expect("the fake org.freedesktop.ScreenSaver");
        let saver = FakeScreenSaver {
            conn,
            path: "/org/freedesktop/ScreenSaver",
            iface: "org.freedesktop.ScreenSaver",
        };
        (saver, flag)
    }

    fn gnome(active: bool) -> (FakeScreenSaver, Arc<AtomicBool>) {
        let flag = Arc::new(AtomicBool::new(active));
        let conn = zbus::blocking::connection::Builder::session()
            .unwrap()
            .name("org.gnome.ScreenSaver")
            .unwrap()
            .serve_at(
                "/org/gnome/ScreenSaver",
                GnomeScreenSaverIface {
                    active: flag.clone(),
                },
            )
            .unwrap()
            .build()
            .expect("the fake org.gnome.ScreenSaver");
        let saver = FakeScreenSaver {
            conn,
            path: "/org/gnome/ScreenSaver",
            iface: "org.gnome.ScreenSaver",
        };
        (saver, flag)
    }

    fn active_changed(&self, flag: &AtomicBool, active: bool) {
        flag.store(active, Ordering::SeqCst);
        self.conn
            .emit_signal(
                None::<()>,
                self.path,
                self.iface,
                "ActiveChanged",
                &(active,),
            )
            .expect("the signal is sent");
    }
}

/// The status line and the status both show `status`, with `line` as the menu's status line.
fn showing(status: Status, line: &'static str) -> impl Fn(&Shown) -> bool {
    move |s: &Shown| on(status)(s) && s.status_line == line
}

#[test]
fn locked_through_logind_is_away_and_unlocked_is_back_a_choice_while_locked_is_kept() {
    let logind = FakeLogind::start(false);
    let scene = Scene::signed_in_with(own_desktop(), "online", 600, &logind.env());
    let show = || shown(&scene.host, &scene.item);
    // The tray subscribes after its first read; give it a moment.
    std::thread::sleep(Duration::from_millis(500));
    scene.sim.reset_calls();

    // `loginctl lock-session`: logind asks the locker, the tray hears the request.
    logind.request(true);
    eventually(
        "Away, screen locked",
        WAIT,
        show,
        showing(Status::Away, "Away — screen locked (automatic)"),
    );
    assert_eq!(scene.sim.status().as_deref(), Some("away"));
    let get = scene.home.run(&["get", "--json"]);
    let json: serde_json::Value = serde_json::from_str(&get.stdout).expect("JSON");
    assert_eq!(
        (json["status"].as_str(), json["reason"].as_str()),
        (Some("away"), Some("locked")),
        "{get:?}"
    );
    logind.request(false);
    eventually("back to Online", WAIT, show, on(Status::Online));
    assert_eq!(calls_of(&scene.sim, SET), 2, "one call each way");
    let get = scene.home.run(&["get", "--json"]);
    assert!(get.stdout.contains("\"reason\":null"), "{get:?}");

    // The locker's LockedHint alone does it too; a choice made while locked is kept on unlock.
    logind.hint(true);
    eventually("Away again", WAIT, show, on(Status::Away));
    let set = scene.home.run(&["set", "dnd"]);
    assert_eq!(set.code, 0, "{set:?}");
    eventually("the choice", WAIT, show, on(Status::Dnd));
    logind.hint(false);
    std::thread::sleep(Duration::from_millis(700));
    let after = show();
    assert!(
        on(Status::Dnd)(&after),
        "the choice is kept on unlock: {after:?}"
    );
    assert_eq!(scene.sim.status().as_deref(), Some("dnd"));
    // Locking starts the rule anew.
    logind.request(true);
    eventually("Away once more", WAIT, show, on(Status::Away));
    logind.request(false);
    eventually("back to the choice", WAIT, show, on(Status::Dnd));
    scene.finish();
}

#[test]
fn a_change_made_elsewhere_while_locked_is_kept_on_unlock() {
    let logind = FakeLogind::start(false);
    let scene = Scene::signed_in_with(own_desktop(), "online", 1, &logind.env());
    let show = || shown(&scene.host, &scene.item);
    std::thread::sleep(Duration::from_millis(500));
    logind.request(true);
    eventually("Away", WAIT, show, on(Status::Away));
    // Set on the phone; the next poll (every second here) reads it.
    scene.sim.set_status(Some("break"));
    eventually("the change read", WAIT, show, on(Status::Break));
    scene.sim.reset_calls();
    logind.request(false);
    std::thread::sleep(Duration::from_millis(1500));
    assert!(on(Status::Break)(&show()), "not back to Online");
    assert_eq!(calls_of(&scene.sim, SET), 0);
    scene.finish();
}

#[test]
fn the_screen_savers_on_the_session_bus_lock_too_even_one_started_after_the_tray() {
    // The screen savers are on the shared session bus: this test owns it first, and its savers are gone
    // before it lets go. GNOME's is active (locked) before the tray starts: the first status read is
    // followed by Away.
    let serial = own_desktop();
    let (gnome, gnome_active) = FakeScreenSaver::gnome(true);
    let sim = sim();
    sim.set_status(Some("online"));
    let home = signed_in_home(&sim, 600);
    let host = TrayHost::start();
    let tray = Tray::start(&home, &[]);
    let item = host
        .wait_for_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item: {}", tray.log()));
    let show = || shown(&host, &item);
    eventually(
        "Away at start: the screen is locked",
        WAIT,
        show,
        showing(Status::Away, "Away — screen locked (automatic)"),
    );
    gnome.active_changed(&gnome_active, false);
    eventually("unlocked: Online", WAIT, show, on(Status::Online));
    drop(gnome);

    // Xfce's or KDE's screen saver, started after the tray.
    let (saver, active) = FakeScreenSaver::freedesktop(false);
    std::thread::sleep(Duration::from_millis(500));
    saver.active_changed(&active, true);
    eventually(
        "Away through org.freedesktop.ScreenSaver",
        WAIT,
        show,
        on(Status::Away),
    );
    saver.active_changed(&active, false);
    eventually("Online again", WAIT, show, on(Status::Online));

    // Turned off in the menu, locking changes nothing; the setting is kept in config.toml.
    host.click_in(&item, "Automatic", "Away when the screen is locked");
    eventually(
        "written to the config",
        WAIT,
        || std::fs::read_to_string(home.config_file()).unwrap(),
        |text| text.contains("\naway_when_locked = false\n"),
    );
    sim.reset_calls();
    saver.active_changed(&active, true);
    std::thread::sleep(Duration::from_millis(1000));
    assert!(on(Status::Online)(&show()));
    assert_eq!(calls_of(&sim, SET), 0);
    drop(tray);
    drop(saver);
    home.assert_no_secret_in_files(&sim.secret());
    home.run(&["logout"]).expect(0);
    drop(serial);
}

/// A signed-in tray with these `[automatic]` settings and its system bus at `logind`.
fn scene_with_rules(
    status: &str,
    poll_secs: u64,
    settings: &[&str],
    logind: &FakeLogind,
    setup: impl FnOnce(&Simulator),
) -> Scene {
    Scene::started(
        own_desktop(),
        status,
        poll_secs,
        settings,
        &logind.env(),
        setup,
    )
}

fn clock(unix: i64) -> String {
    jiff::Timestamp::from_second(unix)
        .unwrap()
        .to_zoned(jiff::tz::TimeZone::system())
        .strftime("%H:%M")
        .to_string()
}

fn wake_up(logind: &FakeLogind) {
    let manager = "org.freedesktop.login1.Manager";
    logind.bus.emit(
        "/org/freedesktop/login1",
        manager,
        "PrepareForSleep",
        &(false,),
    );
}

#[test]
fn a_busy_meeting_is_dnd_to_the_second_above_a_locked_screen_and_a_moved_one_is_followed() {
    let logind = FakeLogind::start(false);
    // The meeting's moments count from when this test owns the desktop (the setup runs then): it starts
    // a few seconds after the tray does.
    let moments = std::cell::Cell::new((0, 0));
    let scene = scene_with_rules("online", 600, &["dnd_in_meetings = true"], &logind, |sim| {
        let now = b24_status_sim::unix_now();
        let (from, to) = (now + 8, now + 13);
        moments.set((from, to));
        sim.grant_scopes(&["calendar"]);
        sim.set_events(vec![
            b24_status_sim::SimEvent::new("41", "Weekly sync", from, to),
            // Neither of these turns Do Not Disturb on.
            {
                let mut declined = b24_status_sim::SimEvent::new("42", "Declined", now, now + 60);
                declined.meeting_status = "N".into();
                declined
            },
            {
                let mut free = b24_status_sim::SimEvent::new("43", "Lunch", now, now + 60);
                free.accessibility = "free".into();
                free
            },
        ]);
    });
    let (from, to) = moments.get();
    let show = || shown(&scene.host, &scene.item);
    eventually("the first status", WAIT, show, on(Status::Online));
    assert!(
        b24_status_sim::unix_now() < from,
        "the tray took too long to start for this test"
    );
    let line = format!("Do Not Disturb — in \"Weekly sync\" until {}", clock(to));
    let started = eventually("Do Not Disturb once the meeting starts", WAIT, show, |s| {
        on(Status::Dnd)(s) && s.status_line == line
    });
    assert!(b24_status_sim::unix_now() >= from, "{started:?}");
    let get = scene.home.run(&["get", "--json"]);
    let json: serde_json::Value = serde_json::from_str(&get.stdout).expect("JSON");
    assert_eq!(json["reason"].as_str(), Some("meeting"), "{get:?}");
    assert_eq!(
        json["meeting"]["name"].as_str(),
        Some("Weekly sync"),
        "{get:?}"
    );
    // Locked during the meeting: the meeting ranks higher.
    logind.request(true);
    std::thread::sleep(Duration::from_millis(700));
    assert!(on(Status::Dnd)(&show()));
    // The meeting ends: the screen is still locked.
    eventually(
        "Away when the meeting ends on a locked screen",
        WAIT,
        show,
        showing(Status::Away, "Away — screen locked (automatic)"),
    );
    assert!(b24_status_sim::unix_now() >= to);
    logind.request(false);
    eventually("back to the base", WAIT, show, on(Status::Online));

    // A meeting later today, then moved to start now: the wake-up's read follows it.
    let later = b24_status_sim::unix_now() + 3600;
    scene.sim.set_events(vec![b24_status_sim::SimEvent::new(
        "44",
        "Planning",
        later,
        later + 600,
    )]);
    wake_up(&logind);
    std::thread::sleep(Duration::from_secs(1));
    assert!(on(Status::Online)(&show()));
    let now = b24_status_sim::unix_now();
    scene.sim.set_events(vec![b24_status_sim::SimEvent::new(
        "44",
        "Planning",
        now - 60,
        now + 600,
    )]);
    wake_up(&logind);
    eventually("the moved meeting", WAIT, show, on(Status::Dnd));
    // Deleted: back to the base at the next read.
    scene.sim.set_events(vec![]);
    wake_up(&logind);
    eventually("the deleted meeting ends", WAIT, show, on(Status::Online));
    scene.finish();
}

#[test]
fn without_the_calendar_scope_the_rule_says_so_and_nothing_else_breaks() {
    let logind = FakeLogind::start(false);
    let now = b24_status_sim::unix_now();
    let scene = scene_with_rules("online", 600, &["dnd_in_meetings = true"], &logind, |sim| {
        sim.set_events(vec![b24_status_sim::SimEvent::new(
            "1",
            "Sync",
            now - 60,
            now + 600,
        )]);
    });
    let show = || shown(&scene.host, &scene.item);
    let item_says = |label: &'static str, enabled: bool| {
        move |menu: &Vec<Entry>| {
            menu.iter()
                .find(|e| e.label == "Automatic")
                .and_then(|a| a.children.iter().find(|c| c.label == label))
                .is_some_and(|c| c.enabled == enabled)
        }
    };
    eventually(
        "the menu item says what is missing",
        WAIT,
        || scene.host.menu(&scene.item),
        item_says(
            "Do Not Disturb in calendar meetings — needs the calendar scope",
            false,
        ),
    );
    assert!(on(Status::Online)(&show()));
    // The status still works.
    let set = scene.home.run(&["set", "away"]);
    assert_eq!(set.code, 0, "{set:?}");
    let doctor = scene.home.run(&["doctor"]);
    assert!(
        doctor
            .stdout
            .lines()
            .any(|l| l.starts_with("warn  dnd_in_meetings the webhook lacks the `calendar` scope")),
        "{doctor:?}"
    );
    // Ticked later on the same webhook: the next read (here the wake-up's) finds it.
    scene.sim.grant_scopes(&["calendar"]);
    wake_up(&logind);
    eventually(
        "the rule works once the scope is there",
        WAIT,
        || scene.host.menu(&scene.item),
        item_says("Do Not Disturb in calendar meetings", true),
    );
    eventually("in the meeting", WAIT, show, on(Status::Dnd));
    scene.finish();
}

#[test]
fn the_work_day_paused_is_break_closed_is_away_and_opened_is_online() {
    let logind = FakeLogind::start(false);
    let scene = scene_with_rules("dnd", 1, &["follow_worktime = true"], &logind, |sim| {
        sim.grant_scopes(&["timeman"]);
        sim.set_work_day("OPENED");
    });
    let show = || shown(&scene.host, &scene.item);
    eventually("the first status", WAIT, show, on(Status::Dnd));
    std::thread::sleep(Duration::from_millis(1500));
    assert!(
        on(Status::Dnd)(&show()),
        "a day found open at start changes nothing"
    );
    assert!(scene.sim.call_count("timeman.status") >= 1);
    scene.sim.set_work_day("PAUSED");
    eventually(
        "Break while paused",
        WAIT,
        show,
        showing(Status::Break, "Break — work day paused (automatic)"),
    );
    scene.sim.set_work_day("CLOSED");
    eventually(
        "Away once closed",
        WAIT,
        show,
        showing(Status::Away, "Away — work day closed (automatic)"),
    );
    scene.sim.set_work_day("OPENED");
    eventually(
        "Online once opened again",
        WAIT,
        show,
        showing(Status::Online, "Online — work day started (automatic)"),
    );
    scene.finish();
}

#[test]
fn an_automatic_status_left_by_a_quit_tray_returns_to_its_base_at_the_next_start() {
    let logind = FakeLogind::start(false);
    let mut scene = Scene::signed_in_with(own_desktop(), "online", 600, &logind.env());
    let show = || shown(&scene.host, &scene.item);
    std::thread::sleep(Duration::from_millis(500));
    logind.hint(true);
    eventually("Away, locked", WAIT, show, on(Status::Away));
    // The session ends while the screen is locked (the tray is killed), and the next one starts unlocked.
    scene.crash();
    let state = std::fs::read_to_string(state_file(&scene.home)).unwrap();
    assert!(state.contains("[automatic]"), "{state}");
    logind.hint(false);
    scene.restart_with(&logind.env());
    eventually(
        "back to Online after the restart",
        WAIT,
        || shown(&scene.host, &scene.item),
        on(Status::Online),
    );
    assert_eq!(scene.sim.status().as_deref(), Some("online"));

    // Locked again and quit; meanwhile the status is changed on the phone: that stays.
    logind.hint(true);
    eventually(
        "Away again",
        WAIT,
        || shown(&scene.host, &scene.item),
        on(Status::Away),
    );
    scene.crash();
    logind.hint(false);
    scene.sim.set_status(Some("dnd"));
    scene.sim.reset_calls();
    scene.restart_with(&logind.env());
    eventually(
        "the phone's choice shown",
        WAIT,
        || shown(&scene.host, &scene.item),
        on(Status::Dnd),
    );
    std::thread::sleep(Duration::from_millis(1000));
    assert!(on(Status::Dnd)(&shown(&scene.host, &scene.item)));
    assert_eq!(calls_of(&scene.sim, SET), 0, "nothing set over it");
    scene.finish();
}
