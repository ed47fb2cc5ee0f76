//! End to end: the real tray binary under Xvfb, driven over D-Bus by a test tray host (a
//! StatusNotifierWatcher and a dbusmenu client), against the simulator and the real keyring. Tests here
//! share the watcher name, so they run one at a time (each owns the shared desktop). The menu reaches
//! D-Bus a moment after the icon does (libdbusmenu batches its updates), so a change is awaited until
//! icon and checks both show it; while a change is pending or failing, both are asserted to stay on the
//! confirmed status.

use std::process::{Child, Command, Stdio};
use std::sync::RwLockWriteGuard;
use std::time::{Duration, Instant};

use b24_status::status::Status;
use b24_status::tray::icon::dominant_status;
use b24_status_test_desktop::browser::post_json;
use b24_status_test_desktop::tray_host::{Entry, Item, TrayHost};

use crate::helpers::*;

mod automatic;
mod calls;
mod idle;
mod languages;
mod presenting;

const SET: &str = "im.user.status.set";

/// A running tray process.
struct Tray {
    child: Child,
    runtime_dir: std::path::PathBuf,
    log: std::path::PathBuf,
}

impl Tray {
    fn start(home: &Home, args: &[&str]) -> Tray {
        Tray::start_with(home, args, &[])
    }

    /// Starts it with these environment variables added.
    fn start_with(home: &Home, args: &[&str], env: &[(&str, &str)]) -> Tray {
        let runtime_dir = home.runtime_dir();
        let log = home.path().join("tray.log");
        let mut cmd: Command = home.command(args);
        for (name, value) in env {
            cmd.env(name, value);
        }
        cmd.env("RUST_LOG", "trace")
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(home.path().join("tray.out")).unwrap())
            .stderr(std::fs::File::create(&log).unwrap());
        let child = cmd.spawn().expect("the tray starts");
        Tray {
            child,
            runtime_dir,
            log,
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Waits for the process to exit; returns its exit code.
    fn wait_exit(&mut self, timeout: Duration) -> Option<i32> {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }

    fn temp_pngs(&self) -> Vec<std::path::PathBuf> {
        std::fs::read_dir(self.runtime_dir.join("tray-icon"))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .collect()
    }
}

impl Drop for Tray {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Polls `check` until it holds or the timeout passes; panics with `what` and the last value seen.
fn eventually<T: std::fmt::Debug>(
    what: &str,
    timeout: Duration,
    mut probe: impl FnMut() -> T,
    check: impl Fn(&T) -> bool,
) -> T {
    let deadline = Instant::now() + timeout;
    loop {
        let value = probe();
        if check(&value) {
            return value;
        }
        if Instant::now() > deadline {
            panic!("{what}: last seen {value:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// What the tray shows, read over D-Bus: menu texts, the checked status and the icon's colour.
#[derive(Debug, Clone, PartialEq)]
struct Shown {
    labels: Vec<String>,
    checked: Vec<String>,
    icon: Option<Status>,
    status_line: String,
    /// Labels of the entries that cannot be clicked.
    disabled: Vec<String>,
}

fn shown(host: &TrayHost, item: &Item) -> Shown {
    let menu: Vec<Entry> = host.menu(item);
    let labels: Vec<String> = menu
        .iter()
        .filter(|e| !e.separator)
        .map(|e| e.label.clone())
        .collect();
    let checked = menu
        .iter()
        .filter(|e| e.toggle == Some(true))
        .map(|e| e.label.clone())
        .collect();
    // Header, the three statuses, the two submenus of timed choices, then the status line.
    let status_line = labels.get(6).cloned().unwrap_or_default();
    let disabled = menu
        .iter()
        .filter(|e| !e.separator && !e.enabled)
        .map(|e| e.label.clone())
        .collect();
    Shown {
        disabled,
        labels,
        checked,
        icon: icon_status(host, item),
        status_line,
    }
}

/// Decodes the item's icon (tray-icon's default backend publishes a PNG path as `IconName`).
fn icon_status(host: &TrayHost, item: &Item) -> Option<Status> {
    let name: String = host.item_property(item, "IconName").ok()?;
    let path = if name.starts_with('/') {
        std::path::PathBuf::from(&name)
    } else {
        let theme: String = host.item_property(item, "IconThemePath").ok()?;
        std::path::Path::new(&theme).join(format!("{name}.png"))
    };
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&path).ok()?));
    let mut reader = decoder.read_info().ok()?;
    let mut buf = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buf).ok()?;
    assert_eq!(info.color_type, png::ColorType::Rgba, "the icon is RGBA");
    dominant_status(&buf[..info.buffer_size()])
}

/// A signed-in tray showing its first confirmed status, with its simulator and tray host. Fields drop in
/// order: the tray is stopped first, and the lock that keeps tray tests apart is released last.
struct Scene {
    tray: Tray,
    item: Item,
    host: TrayHost,
    home: Home,
    sim: Simulator,
    _serial: RwLockWriteGuard<'static, ()>,
}

impl Scene {
    /// Starts the tray signed in to a simulator whose status is `status`, polling every `poll_secs`,
    /// and waits until it shows that status.
    fn signed_in(status: &str, poll_secs: u64) -> Scene {
        Scene::signed_in_owning(own_desktop(), status, poll_secs)
    }

    /// The same, for a test that already owns the shared desktop.
    fn signed_in_owning(
        serial: RwLockWriteGuard<'static, ()>,
        status: &str,
        poll_secs: u64,
    ) -> Scene {
        Scene::signed_in_with(serial, status, poll_secs, &[])
    }

    /// The same, with these environment variables added to the tray's.
    fn signed_in_with(
        serial: RwLockWriteGuard<'static, ()>,
        status: &str,
        poll_secs: u64,
        env: &[(&str, &str)],
    ) -> Scene {
        let scene = Scene::started(serial, status, poll_secs, &[], env, |_| {});
        let expected = Status::from_wire(status).expect("a status word");
        eventually(
            "the first status",
            WAIT,
            || shown(&scene.host, &scene.item),
            on(expected),
        );
        scene
    }

    /// The tray started signed in to a simulator whose status is `status` and which `setup` prepared,
    /// with these `[automatic]` settings (`set_rules`) and environment variables; it returns once the
    /// tray's item is registered, without waiting for a status.
    fn started(
        serial: RwLockWriteGuard<'static, ()>,
        status: &str,
        poll_secs: u64,
        settings: &[&str],
        env: &[(&str, &str)],
        setup: impl FnOnce(&Simulator),
    ) -> Scene {
        let sim = sim();
        sim.set_status(Some(status));
        setup(&sim);
        let home = signed_in_home(&sim, poll_secs);
        set_rules(&home, settings);
        let host = TrayHost::start();
        let tray = Tray::start_with(&home, &[], env);
        let item = host
            .wait_for_item(WAIT)
            .unwrap_or_else(|| panic!("no tray item registered: {}", tray.log()));
        Scene {
            tray,
            item,
            host,
            home,
            sim,
            _serial: serial,
        }
    }

    /// The tray dies (kill -9): nothing of its own shutdown runs.
    fn crash(&mut self) {
        self.tray.child.kill().unwrap();
        self.tray.child.wait().unwrap();
    }

    /// Starts the tray again in the same home and waits for its item.
    fn restart(&mut self) {
        self.restart_with(&[]);
    }

    /// The same, with these environment variables added to the tray's.
    fn restart_with(&mut self, env: &[(&str, &str)]) {
        self.host.clear();
        self.tray = Tray::start_with(&self.home, &[], env);
        self.item = self
            .host
            .wait_for_item(WAIT)
            .unwrap_or_else(|| panic!("no tray item after the restart: {}", self.tray.log()));
    }

    /// Stops the tray, checks that the secret is in no file under HOME or XDG_RUNTIME_DIR (the tray's log
    /// included), and signs out.
    fn finish(self) {
        let Scene {
            tray, home, sim, ..
        } = self;
        drop(tray);
        home.assert_no_secret_in_files(&sim.secret());
        home.run(&["logout"]).expect(0);
    }
}

fn signed_in_home(sim: &Simulator, poll_secs: u64) -> Home {
    let home = Home::new();
    home.login(sim);
    let path = home.config_file();
    let config = std::fs::read_to_string(&path).unwrap();
    // The default is written commented out ("# poll_interval_secs = 60"); either form becomes the setting.
    let setting = format!("poll_interval_secs = {poll_secs}");
    let changed: String = config
        .lines()
        .map(|line| match line.trim_start_matches("# ") {
            "poll_interval_secs = 60" => format!("{setting}\n"),
            _ => format!("{line}\n"),
        })
        .collect();
    assert!(changed.contains(&format!("\n{setting}\n")), "{changed}");
    std::fs::write(&path, changed).unwrap();
    home
}

const WAIT: Duration = Duration::from_secs(10);

/// Turns settings of `[automatic]` on in the home's config.toml: each `key = value` replaces the line
/// the app wrote for its default ("# key = default").
fn set_rules(home: &Home, settings: &[&str]) {
    let path = home.config_file();
    let mut text = std::fs::read_to_string(&path).unwrap();
    for setting in settings {
        let key = setting.split(" = ").next().unwrap();
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("# {key} = ")))
            .unwrap_or_else(|| panic!("no default line for {key}:\n{text}"))
            .to_string();
        text = text.replace(&format!("{line}\n"), &format!("{setting}\n"));
    }
    std::fs::write(&path, text).unwrap();
}

/// The icon and the checks both show `status` (`Break` checks nothing).
fn on(status: Status) -> impl Fn(&Shown) -> bool {
    move |s: &Shown| {
        let checked: Vec<String> = match status {
            Status::Break => vec![],
            other => vec![b24_status::text::status_label(other)],
        };
        s.icon == Some(status) && s.checked == checked
    }
}

#[test]
fn the_tray_shows_only_confirmed_statuses() {
    let _serial = own_desktop();
    let sim = sim();
    sim.set_status(Some("online"));
    let home = signed_in_home(&sim, 2);
    let host = TrayHost::start();
    let mut tray = Tray::start(&home, &[]);
    let item = host
        .wait_for_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item registered: {}", tray.log()));
    let host_name = sim.base_url().trim_start_matches("http://").to_string();
    let show = || shown(&host, &item);

    // Start: the status read from the portal, checked and green.
    let s = eventually("the first status", WAIT, show, |s| {
        on(Status::Online)(s) && s.status_line.starts_with("Confirmed ")
    });
    assert_eq!(
        s.labels,
        vec![
            format!("Anna Petrova — {host_name}"),
            "Online".into(),
            "Do Not Disturb".into(),
            "Away".into(),
            "Do Not Disturb for…".into(),
            "Away for…".into(),
            s.status_line.clone(),
            "Ctrl+Alt+Shift+D toggles Do Not Disturb".into(),
            "Automatic".into(),
            // Not on: the state in words, for hosts that draw no box for an unchecked item (GNOME).
            "Start at login: off".into(),
            "Sign out".into(),
            "Quit".into(),
        ]
    );
    assert_eq!(
        s.disabled,
        vec![
            s.labels[0].clone(),
            s.status_line.clone(),
            s.labels[7].clone()
        ]
    );

    // A click reaches the portal; the icon turns red and the check moves once it is confirmed.
    sim.reset_calls();
    host.click(&item, "Do Not Disturb");
    eventually("DND confirmed", WAIT, show, on(Status::Dnd));
    assert_eq!(sim.status().as_deref(), Some("dnd"));
    assert_eq!(calls_of(&sim, SET), 1, "exactly one set");

    // While a change is on its way, the line says so and nothing else moves (muda checks a clicked item
    // by itself; the tray must undo that until the portal confirms).
    sim.push_fault(Some(SET), Fault::Delay { ms: 4000 });
    host.click(&item, "Online");
    eventually("the pending state", WAIT, show, |s| {
        s.status_line == "Setting Online…" && on(Status::Dnd)(s)
    });
    eventually("Online confirmed", WAIT, show, on(Status::Online));
    host.click(&item, "Do Not Disturb");
    eventually("DND again", WAIT, show, on(Status::Dnd));
    assert!(
        host.notifications().is_empty(),
        "no notification while all goes well: {:?}",
        host.notifications()
    );

    // The portal fails every set: icon and check stay on the confirmed DND, and the line explains.
    for _ in 0..50 {
        sim.push_fault(Some(SET), Fault::Html502);
    }
    host.click(&item, "Away");
    eventually("the retrying state", WAIT, show, |s| {
        s.status_line == "Offline — retrying" && on(Status::Dnd)(s)
    });
    assert_eq!(sim.status().as_deref(), Some("dnd"));
    // One notification says what failed and what happens next — once, however many retries follow.
    std::thread::sleep(Duration::from_secs(3));
    let notes = host.notifications();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0].0, "Away is not set yet");
    assert!(notes[0].1.contains("keeps trying"), "{notes:?}");
    assert!(calls_of(&sim, SET) > 3, "the choice is being retried");
    assert!(
        on(Status::Dnd)(&show()),
        "still the confirmed DND while retrying"
    );
    // When the portal recovers, the pending choice is applied.
    sim.clear_faults();
    eventually(
        "Away applied after recovery",
        Duration::from_secs(20),
        show,
        on(Status::Away),
    );
    assert_eq!(sim.status().as_deref(), Some("away"));

    // A change made elsewhere shows up within the poll interval.
    sim.set_status(Some("online"));
    eventually("a change made elsewhere", WAIT, show, on(Status::Online));
    // Break: nothing checked, the line says so, the icon is blue.
    sim.set_status(Some("break"));
    let s = eventually("break", WAIT, show, on(Status::Break));
    assert!(s.status_line.starts_with("Break — confirmed "), "{s:?}");

    // Quit exits and leaves no temporary icon behind.
    host.click_quit(&item);
    assert_eq!(
        tray.wait_exit(Duration::from_secs(5)),
        Some(0),
        "{}",
        tray.log()
    );
    assert!(tray.temp_pngs().is_empty(), "{:?}", tray.temp_pngs());

    let log = tray.log();
    assert!(!log.contains(&sim.secret()), "secret in the tray log");
    // The secret is in no file under HOME or XDG_RUNTIME_DIR, the tray's log included.
    home.assert_no_secret_in_files(&sim.secret());
    home.run(&["logout"]).expect(0);
}

#[test]
fn a_revoked_webhook_stops_the_calls_and_offers_sign_in() {
    let scene = Scene::signed_in("away", 1);
    let Scene {
        sim,
        host,
        tray,
        item,
        ..
    } = &scene;

    sim.revoke_webhook();
    let s = eventually(
        "the rejected state",
        WAIT,
        || shown(host, item),
        |s| s.status_line == "Webhook rejected — sign in again",
    );
    assert!(s.labels.contains(&"Sign in…".to_string()), "{s:?}");
    for status in [
        "Online",
        "Do Not Disturb",
        "Away",
        "Do Not Disturb for…",
        "Away for…",
    ] {
        assert!(
            s.disabled.contains(&status.to_string()),
            "{status} is still clickable: {s:?}"
        );
    }
    assert_eq!(
        s.icon,
        Some(Status::Away),
        "the last confirmed colour stays"
    );
    let calls = sim.calls().len();
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(
        sim.calls().len(),
        calls,
        "no calls with rejected credentials"
    );
    let notes = host.notifications();
    assert_eq!(
        notes.len(),
        1,
        "one notification, not one per poll: {notes:?}"
    );
    assert_eq!(notes[0].0, "Bitrix24: sign in again");
    assert!(
        notes[0].1.contains("create a new inbound webhook"),
        "{notes:?}"
    );
    assert!(!tray.log().contains(&sim.secret()));
    scene.finish();
}

#[test]
fn demo_mode_runs_the_whole_flow_without_an_account() {
    let _serial = own_desktop();
    let home = Home::new();
    let host = TrayHost::start();
    let mut tray = Tray::start(&home, &["demo"]);
    let item = host
        .wait_for_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item: {}", tray.log()));
    let s = eventually(
        "the demo status",
        WAIT,
        || shown(&host, &item),
        |s| s.icon == Some(Status::Online),
    );
    assert_eq!(s.labels[0], "Demo portal (simulated)");
    assert!(!s.labels.iter().any(|l| l.starts_with("Sign")), "{s:?}");
    host.click(&item, "Do Not Disturb");
    eventually(
        "demo DND",
        WAIT,
        || shown(&host, &item),
        |s| s.icon == Some(Status::Dnd),
    );
    host.click_quit(&item);
    assert_eq!(tray.wait_exit(Duration::from_secs(5)), Some(0));
    assert!(
        home.files()
            .iter()
            .all(|f| f.ends_with("tray.log") || f.ends_with("tray.out")),
        "{:?}",
        home.files()
    );
}

#[test]
fn without_a_tray_host_the_app_says_so_and_keeps_running() {
    let _serial = own_desktop();
    let home = Home::new();
    let mut tray = Tray::start(&home, &["demo"]);
    eventually(
        "the no-tray message and its notification",
        WAIT,
        || tray.log(),
        |log| {
            log.contains("no system tray on this desktop")
                && log.contains("b24-status has no tray to show its icon in")
        },
    );
    assert_eq!(
        tray.wait_exit(Duration::from_millis(200)),
        None,
        "it keeps running"
    );
}

#[test]
fn a_corrupt_config_is_a_visible_state_not_a_crash() {
    let _serial = own_desktop();
    let home = Home::new();
    let path = home.config_file();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "poll_interval_secs = [\n").unwrap();
    let host = TrayHost::start();
    let mut tray = Tray::start(&home, &[]);
    let item = host
        .wait_for_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item: {}", tray.log()));
    let s = eventually(
        "the broken-config state",
        WAIT,
        || shown(&host, &item),
        |s| s.status_line == "Config file broken — run b24-status doctor",
    );
    assert_eq!(s.labels[0], "Not signed in");
    assert_eq!(s.icon, None, "grey");
    let notes = eventually(
        "the config notification",
        WAIT,
        || host.notifications(),
        |n| !n.is_empty(),
    );
    assert!(
        notes[0].1.contains(&path.display().to_string()),
        "{notes:?}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "poll_interval_secs = [\n",
        "left untouched"
    );
    assert_eq!(
        tray.wait_exit(Duration::from_millis(200)),
        None,
        "it keeps running"
    );
}

#[test]
fn signing_in_from_the_tray_switches_it_without_a_restart() {
    let _serial = own_desktop();
    let sim = sim();
    sim.set_status(Some("away"));
    let home = Home::new();
    // The default browser (by the XDG rules xdg-open follows) is a script that records the page's address.
    let opened = home.path().join("opened-url");
    let browser = home.path().join("browser.sh");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", opened.display()),
    )
    .unwrap();
    std::fs::set_permissions(
        &browser,
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    let apps = home.path().join(".local/share/applications");
    std::fs::create_dir_all(&apps).unwrap();
    std::fs::write(
        apps.join("test-browser.desktop"),
        format!(
            "[Desktop Entry]\nType=Application\nName=Test browser\nExec={} %u\nMimeType=x-scheme-handler/http;\n",
            browser.display()
        ),
    )
    .unwrap();
    std::fs::create_dir_all(home.path().join(".config")).unwrap();
    std::fs::write(
        home.path().join(".config/mimeapps.list"),
        "[Default Applications]\nx-scheme-handler/http=test-browser.desktop\n",
    )
    .unwrap();

    let host = TrayHost::start();
    let mut cmd = home.command(&[]);
    cmd.env("RUST_LOG", "trace")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(home.path().join("tray.log")).unwrap());
    let mut child = cmd.spawn().unwrap();
    let item = host.wait_for_item(WAIT).expect("a tray item");
    let s = eventually(
        "signed out",
        WAIT,
        || shown(&host, &item),
        |s| s.labels.first().map(String::as_str) == Some("Not signed in"),
    );
    assert!(s.labels.contains(&"Sign in…".to_string()), "{s:?}");

    host.click(&item, "Sign in…");
    let page = eventually(
        "the browser was opened",
        WAIT,
        || std::fs::read_to_string(&opened).unwrap_or_default(),
        |u| !u.is_empty(),
    );
    assert!(page.starts_with("http://127.0.0.1:"), "{page}");
    // Submit the webhook as the page's script does.
    let (status, body) = post_json(&page, &sim.webhook_url());
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("Signed in as Anna Petrova"), "{body}");

    let host_name = sim.base_url().trim_start_matches("http://").to_string();
    let s = eventually(
        "signed in without a restart",
        WAIT,
        || shown(&host, &item),
        |s| s.icon == Some(Status::Away) && s.labels[0] == format!("Anna Petrova — {host_name}"),
    );
    assert!(s.labels.contains(&"Sign out".to_string()), "{s:?}");
    assert_eq!(
        keyring_lookup(&account_of(&sim)).as_deref(),
        Some(sim.secret().as_str())
    );

    // Sign out from the tray removes the secret and goes back to grey.
    host.click(&item, "Sign out");
    eventually(
        "signed out again",
        WAIT,
        || shown(&host, &item),
        |s| s.labels[0] == "Not signed in" && s.icon.is_none(),
    );
    assert_eq!(keyring_lookup(&account_of(&sim)), None);

    host.click_quit(&item);
    let _ = child.wait();
    let log = std::fs::read_to_string(home.path().join("tray.log")).unwrap();
    assert!(!log.contains(&sim.secret()), "secret in the log");
    assert!(
        !log.contains(page.trim_end_matches('/').rsplit('/').next().unwrap()),
        "the page token was logged"
    );
    home.assert_no_secret_in_files(&sim.secret());
}

/// The default shortcut's keys, in the notation of the config, the menu and xdotool.
const DEFAULT_KEYS: &str = "Ctrl+Alt+Shift+D";
const DEFAULT_XDOTOOL: &str = "ctrl+alt+shift+d";

/// Holds a key on the X server as another program would (a window manager's own binding).
struct OtherProgramsKey {
    manager: global_hotkey::GlobalHotKeyManager,
    key: global_hotkey::hotkey::HotKey,
}

impl OtherProgramsKey {
    fn grab(keys: &str) -> OtherProgramsKey {
        let manager = global_hotkey::GlobalHotKeyManager::new().unwrap();
        let key: global_hotkey::hotkey::HotKey = keys.parse().unwrap();
        manager
            .register(key)
            .expect("the key is free before the app starts");
        OtherProgramsKey { manager, key }
    }
}

impl Drop for OtherProgramsKey {
    fn drop(&mut self) {
        let _ = self.manager.unregister(self.key);
    }
}

#[test]
fn the_shortcut_toggles_dnd_both_ways_beside_xfces_show_desktop_key() {
    let serial = own_desktop();
    // Stock XFCE 4.18 (xfwm4) and MATE (marco) hold Ctrl+Alt+D for Show Desktop from login on.
    let _xfwm4 = OtherProgramsKey::grab("Ctrl+Alt+D");
    let scene = Scene::signed_in_owning(serial, "away", 600);
    let Scene {
        sim, host, item, ..
    } = &scene;
    let show = || shown(host, item);
    // Send the key only once the shortcut is registered.
    eventually("the shortcut is registered", WAIT, show, |s| {
        on(Status::Away)(s)
            && s.labels
                .contains(&format!("{DEFAULT_KEYS} toggles Do Not Disturb"))
    });
    sim.reset_calls();
    xdotool_key(DEFAULT_XDOTOOL);
    eventually("DND by shortcut", WAIT, show, on(Status::Dnd));
    assert_eq!(sim.status().as_deref(), Some("dnd"));
    xdotool_key(DEFAULT_XDOTOOL);
    eventually("back to Away by shortcut", WAIT, show, on(Status::Away));
    assert_eq!(sim.status().as_deref(), Some("away"));
    assert_eq!(calls_of(sim, SET), 2, "one call per press");
    scene.finish();
}

fn xdotool_key(keys: &str) {
    let status = Command::new("xdotool")
        .args(["key", keys])
        .status()
        .expect("xdotool runs");
    assert!(status.success());
}

/// `doctor`'s line about `check` (its second column: `shortcut`, `idle`, …), run with these environment
/// variables added.
fn doctor_line(home: &Home, env: &[(&str, &str)], check: &str) -> String {
    let mut cmd = home.command(&["doctor"]);
    for (name, value) in env {
        cmd.env(name, value);
    }
    let run = home.run_with(cmd, "");
    run.stdout
        .lines()
        .find(|l| {
            l.get(6..)
                .is_some_and(|rest| rest.starts_with(&format!("{check} ")))
        })
        .unwrap_or_else(|| panic!("no {check} line: {run:?}"))
        .to_string()
}

/// `doctor`'s line about the shortcut.
fn doctor_shortcut_line(home: &Home, env: &[(&str, &str)]) -> String {
    doctor_line(home, env, "shortcut")
}

#[test]
fn a_shortcut_taken_by_another_program_is_reported_by_the_menu_and_doctor() {
    let _serial = own_desktop();
    // This test process grabs the key first, as another program would.
    let other = OtherProgramsKey::grab(DEFAULT_KEYS);
    let home = Home::new();
    let host = TrayHost::start();
    let tray = Tray::start(&home, &["demo"]);
    let item = host
        .wait_for_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item: {}", tray.log()));
    eventually(
        "the taken shortcut",
        WAIT,
        || shown(&host, &item),
        |s| {
            s.labels
                .contains(&format!("{DEFAULT_KEYS} is taken by another program"))
        },
    );
    // doctor reports what the running tray has, with the fix, even once the key is free again.
    drop(other);
    let line = doctor_shortcut_line(&home, &[]);
    assert_eq!(
        line,
        format!(
            "warn  shortcut  {DEFAULT_KEYS} is taken by another program: set another dnd_shortcut in \
             config.toml (for example \"Ctrl+Alt+Shift+B\") and restart b24-status, or bind \
             `b24-status toggle-dnd` to a key in your desktop's keyboard settings"
        )
    );
    drop(tray);
}

#[test]
fn the_demo_takes_the_configured_shortcut_and_doctor_agrees() {
    let _serial = own_desktop();
    let home = Home::new();
    let path = home.config_file();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "dnd_shortcut = \"Ctrl+Alt+Shift+F9\"\n").unwrap();
    let host = TrayHost::start();
    let tray = Tray::start(&home, &["demo"]);
    let item = host
        .wait_for_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item: {}", tray.log()));
    let show = || shown(&host, &item);
    eventually("the configured shortcut", WAIT, show, |s| {
        on(Status::Online)(s)
            && s.labels
                .contains(&"Ctrl+Alt+Shift+F9 toggles Do Not Disturb".to_string())
    });
    assert_eq!(
        doctor_shortcut_line(&home, &[]),
        "ok    shortcut  Ctrl+Alt+Shift+F9 toggles Do Not Disturb"
    );
    xdotool_key("ctrl+alt+shift+F9");
    eventually("demo DND by the shortcut", WAIT, show, on(Status::Dnd));
    drop(tray);
}

#[test]
fn the_cli_drives_the_running_tray() {
    // A long poll interval: whatever the icon shows next comes from the CLI's change, not a poll.
    let scene = Scene::signed_in("online", 600);
    let Scene {
        sim,
        home,
        host,
        item,
        ..
    } = &scene;
    let show = || shown(host, item);
    let socket = home.runtime_dir().join("b24-status.sock");
    let mode =
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&socket).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600, "the control socket is private");

    sim.reset_calls();
    let set = home.run(&["set", "away"]);
    assert_eq!(
        (set.code, set.stdout.as_str()),
        (0, "Away (confirmed)\n"),
        "{set:?}"
    );
    // The tray confirmed it itself, so its icon shows it without waiting for a poll.
    eventually(
        "amber after the CLI",
        Duration::from_secs(2),
        show,
        on(Status::Away),
    );
    assert_eq!(
        calls_of(sim, SET),
        1,
        "the change reached the portal exactly once"
    );

    let toggled = home.run(&["toggle-dnd"]);
    assert_eq!(
        toggled.stdout, "Do Not Disturb (confirmed)\n",
        "{toggled:?}"
    );
    eventually(
        "red after toggle-dnd",
        Duration::from_secs(2),
        show,
        on(Status::Dnd),
    );
    let back = home.run(&["toggle-dnd"]);
    assert_eq!(back.stdout, "Away (confirmed)\n", "{back:?}");
    assert_eq!(calls_of(sim, SET), 3);

    sim.set_status(Some("break"));
    let get = home.run(&["get"]);
    assert_eq!(get.stdout, "break\n", "{get:?}");
    eventually(
        "the tray read it too",
        Duration::from_secs(2),
        show,
        on(Status::Break),
    );

    // A failure comes back with the CLI's exit codes.
    sim.push_fault(
        Some(SET),
        Fault::Error {
            code: "ACCESS_DENIED".into(),
        },
    );
    let refused = home.run(&["set", "dnd"]);
    refused.expect(1);
    assert!(
        refused
            .one_line_error()
            .contains("plan does not include REST"),
        "{refused:?}"
    );
    for run in [&set, &toggled, &back, &get, &refused] {
        run.assert_no_secret(&sim.secret());
    }
    scene.finish();
}

#[test]
fn a_second_start_leaves_the_first_untouched() {
    let _serial = own_desktop();
    let home = Home::new();
    // A socket file left by a crashed instance does not stop the first start.
    let stale =
        std::os::unix::net::UnixListener::bind(home.runtime_dir().join("b24-status.sock")).unwrap();
    drop(stale);
    let host = TrayHost::start();
    let tray = Tray::start(&home, &["demo"]);
    let item = host
        .wait_for_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item: {}", tray.log()));
    eventually(
        "the first instance",
        WAIT,
        || shown(&host, &item),
        on(Status::Online),
    );

    host.clear();
    let started = Instant::now();
    let second = home.run(&["demo"]);
    assert_eq!(
        (second.code, second.stdout.as_str()),
        (0, "b24-status is already running.\n"),
        "{second:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(
        host.wait_for_item(Duration::from_secs(1)).is_none(),
        "the second start registered an icon"
    );
    // The first still works.
    host.click(&item, "Do Not Disturb");
    eventually(
        "the first instance still works",
        WAIT,
        || shown(&host, &item),
        on(Status::Dnd),
    );
}

#[test]
fn started_before_the_network_is_up_it_waits_quietly() {
    let _serial = own_desktop();
    let sim = sim();
    sim.set_status(Some("dnd"));
    let home = signed_in_home(&sim, 600);
    // The network is not there yet: every read fails for a while.
    for _ in 0..4 {
        sim.push_fault(Some("im.user.status.get"), Fault::Drop);
    }
    let host = TrayHost::start();
    let tray = Tray::start(&home, &[]);
    let item = host
        .wait_for_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item: {}", tray.log()));
    let s = eventually(
        "the offline state",
        WAIT,
        || shown(&host, &item),
        |s| s.status_line == "Offline — retrying",
    );
    assert_eq!(s.icon, None, "nothing confirmed yet: grey");
    // Once the portal answers, the status appears — without any notification on the way.
    eventually(
        "the status after the outage",
        Duration::from_secs(30),
        || shown(&host, &item),
        on(Status::Dnd),
    );
    assert!(
        host.notifications().is_empty(),
        "{:?}",
        host.notifications()
    );
    drop(tray);
    // The secret is in no file under HOME or XDG_RUNTIME_DIR, the tray's log included.
    home.assert_no_secret_in_files(&sim.secret());
    home.run(&["logout"]).expect(0);
}

fn state_file(home: &Home) -> std::path::PathBuf {
    home.path().join(".local/state/b24-status/state.toml")
}

#[test]
fn a_pending_choice_survives_a_crash_and_is_applied_later() {
    let _serial = own_desktop();
    let sim = sim();
    sim.set_status(Some("online"));
    let home = signed_in_home(&sim, 600);
    let host = TrayHost::start();
    let mut tray = Tray::start(&home, &[]);
    let item = host
        .wait_for_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item: {}", tray.log()));
    eventually(
        "the first status",
        WAIT,
        || shown(&host, &item),
        on(Status::Online),
    );

    for _ in 0..100 {
        sim.push_fault(Some(SET), Fault::Drop);
    }
    host.click(&item, "Away");
    eventually(
        "pending and retrying",
        WAIT,
        || shown(&host, &item),
        |s| s.status_line == "Offline — retrying" && on(Status::Online)(s),
    );
    let state = eventually(
        "the choice is on disk",
        WAIT,
        || std::fs::read_to_string(state_file(&home)).unwrap_or_default(),
        |t| t.contains("status = \"away\""),
    );
    assert!(state.contains("chosen_at"), "{state}");

    // The app dies; the portal comes back; the app starts again and applies the choice by itself.
    tray.child.kill().unwrap();
    tray.child.wait().unwrap();
    sim.clear_faults();
    host.clear();
    let tray = Tray::start(&home, &[]);
    let item = host
        .wait_for_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item: {}", tray.log()));
    eventually(
        "the restored choice applied",
        WAIT,
        || shown(&host, &item),
        on(Status::Away),
    );
    assert_eq!(sim.status().as_deref(), Some("away"));
    let state = eventually(
        "the choice is cleared",
        WAIT,
        || std::fs::read_to_string(state_file(&home)).unwrap_or_default(),
        |t| !t.contains("pending"),
    );
    assert!(!state.contains("away\"\nchosen"), "{state}");
    drop(tray);
    // The secret is in no file under HOME or XDG_RUNTIME_DIR, the tray's log included.
    home.assert_no_secret_in_files(&sim.secret());
    home.run(&["logout"]).expect(0);
}

#[test]
fn a_choice_older_than_twelve_hours_is_dropped_with_a_note() {
    let _serial = own_desktop();
    let sim = sim();
    sim.set_status(Some("online"));
    let home = signed_in_home(&sim, 600);
    let chosen_at = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        - 13 * 3600;
    std::fs::create_dir_all(state_file(&home).parent().unwrap()).unwrap();
    std::fs::write(
        state_file(&home),
        format!("[pending]\nstatus = \"dnd\"\nchosen_at = {chosen_at}\n"),
    )
    .unwrap();
    sim.reset_calls();
    let host = TrayHost::start();
    let tray = Tray::start(&home, &[]);
    let item = host
        .wait_for_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item: {}", tray.log()));
    let s = eventually(
        "the note",
        WAIT,
        || shown(&host, &item),
        |s| on(Status::Online)(s) && s.status_line.starts_with("Dropped"),
    );
    assert_eq!(
        s.status_line,
        "Dropped a 13-hour-old choice (Do Not Disturb)"
    );
    assert_eq!(calls_of(&sim, SET), 0, "the old choice was not applied");
    // The next click replaces the note.
    host.click(&item, "Away");
    eventually(
        "a new choice",
        WAIT,
        || shown(&host, &item),
        |s| on(Status::Away)(s) && s.status_line.starts_with("Confirmed"),
    );
    drop(tray);
    // The secret is in no file under HOME or XDG_RUNTIME_DIR, the tray's log included.
    home.assert_no_secret_in_files(&sim.secret());
    home.run(&["logout"]).expect(0);
}

#[test]
fn a_broken_state_file_is_reported_and_kept_until_the_user_acts() {
    let _serial = own_desktop();
    let sim = sim();
    sim.set_status(Some("away"));
    let home = signed_in_home(&sim, 1);
    let broken = "[pending\nstatus = ";
    std::fs::create_dir_all(state_file(&home).parent().unwrap()).unwrap();
    std::fs::write(state_file(&home), broken).unwrap();
    let host = TrayHost::start();
    let tray = Tray::start(&home, &[]);
    let item = host
        .wait_for_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item: {}", tray.log()));
    eventually(
        "running on defaults",
        WAIT,
        || shown(&host, &item),
        on(Status::Away),
    );
    let notes = eventually(
        "the notification",
        WAIT,
        || host.notifications(),
        |n| !n.is_empty(),
    );
    assert!(
        notes[0]
            .1
            .contains(&state_file(&home).display().to_string()),
        "{notes:?}"
    );
    // A change seen by a poll (away → dnd, elsewhere) would be remembered, but the file is left alone.
    sim.set_status(Some("dnd"));
    eventually(
        "the poll saw DND",
        WAIT,
        || shown(&host, &item),
        on(Status::Dnd),
    );
    assert_eq!(std::fs::read_to_string(state_file(&home)).unwrap(), broken);
    // The user's own change may write it again.
    host.click(&item, "Online");
    eventually("online", WAIT, || shown(&host, &item), on(Status::Online));
    let text = eventually(
        "a valid file",
        WAIT,
        || std::fs::read_to_string(state_file(&home)).unwrap_or_default(),
        |t| t != broken,
    );
    assert!(text.contains("before_dnd = \"away\""), "{text}");
    drop(tray);
    // The secret is in no file under HOME or XDG_RUNTIME_DIR, the tray's log included.
    home.assert_no_secret_in_files(&sim.secret());
    home.run(&["logout"]).expect(0);
}

#[test]
fn start_at_login_from_the_menu_and_repair_of_a_moved_binary() {
    let _serial = own_desktop();
    let home = Home::new();
    let entry = home.path().join(".config/autostart/b24-status.desktop");
    // An entry left by an older install, starting a binary that is gone.
    std::fs::create_dir_all(entry.parent().unwrap()).unwrap();
    std::fs::write(
        &entry,
        "[Desktop Entry]\nType=Application\nName=b24-status\nExec=/opt/old/b24-status\n",
    )
    .unwrap();
    let host = TrayHost::start();
    let tray = Tray::start(&home, &[]);
    let item = host
        .wait_for_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item: {}", tray.log()));
    // The label says the state in words, and the check agrees: (label, check) as the host reads them.
    let menu_entry = |host: &TrayHost| {
        host.menu(&item)
            .into_iter()
            .find(|e| e.label.starts_with("Start at login"))
            .map(|e| (e.label, e.toggle))
            .unwrap()
    };
    let on = ("Start at login: on".to_string(), Some(true));
    let off = ("Start at login: off".to_string(), Some(false));
    eventually(
        "repaired and shown as on",
        WAIT,
        || menu_entry(&host),
        |e| *e == on,
    );
    let text = std::fs::read_to_string(&entry).unwrap();
    let exe = std::fs::canonicalize(env!("CARGO_BIN_EXE_b24-status")).unwrap();
    assert!(text.contains(&format!("Exec={}", exe.display())), "{text}");

    host.click(&item, &on.0);
    eventually("off", WAIT, || menu_entry(&host), |e| *e == off);
    assert!(!entry.exists());
    host.click(&item, &off.0);
    eventually("on again", WAIT, || menu_entry(&host), |e| *e == on);
    assert!(entry.exists());
    let status = home.run(&["autostart", "status"]);
    assert!(
        status.stdout.starts_with("Start at login: on ("),
        "{status:?}"
    );
}

/// A private bus standing in for the system bus, with fake logind and NetworkManager names on it.
struct FakeSystemBus {
    daemon: Child,
    address: String,
    conn: zbus::blocking::Connection,
}

impl FakeSystemBus {
    fn start() -> FakeSystemBus {
        use std::io::BufRead;
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon runs");
        let mut address = String::new();
        std::io::BufReader::new(daemon.stdout.take().unwrap())
            .read_line(&mut address)
            .unwrap();
        let address = address.trim().to_string();
        let conn = zbus::blocking::connection::Builder::address(address.as_str())
            .unwrap()
            .name("org.freedesktop.login1")
            .unwrap()
            .name("org.freedesktop.NetworkManager")
            .unwrap()
            .build()
            .expect("the fake system bus");
        FakeSystemBus {
            daemon,
            address,
            conn,
        }
    }

    fn emit<B: serde::Serialize + zbus::zvariant::DynamicType>(
        &self,
        path: &str,
        interface: &str,
        member: &str,
        body: &B,
    ) {
        self.conn
            .emit_signal(None::<()>, path, interface, member, body)
            .expect("the signal is sent");
    }
}

impl Drop for FakeSystemBus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

#[test]
fn waking_up_or_the_network_returning_resyncs_within_seconds() {
    let _serial = own_desktop();
    let system = FakeSystemBus::start();
    let sim = sim();
    sim.set_status(Some("online"));
    // A poll interval far beyond the test: only a resync can show the changes below.
    let home = signed_in_home(&sim, 3600);
    let host = TrayHost::start();
    let mut cmd = home.command(&[]);
    cmd.env("DBUS_SYSTEM_BUS_ADDRESS", &system.address)
        .env("RUST_LOG", "trace")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(home.path().join("tray.log")).unwrap());
    let mut child = cmd.spawn().unwrap();
    let item = host.wait_for_item(WAIT).expect("a tray item");
    let show = || shown(&host, &item);
    eventually("the first status", WAIT, show, on(Status::Online));
    // Give the tray a moment to subscribe to the system bus signals.
    std::thread::sleep(Duration::from_millis(500));

    // The machine sleeps; meanwhile the status changes elsewhere; it wakes up.
    sim.set_status(Some("away"));
    system.emit(
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager",
        "PrepareForSleep",
        &(true,),
    );
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        on(Status::Online)(&show()),
        "going to sleep changes nothing"
    );
    system.emit(
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager",
        "PrepareForSleep",
        &(false,),
    );
    // Within the 5 s spread of a wake-up.
    eventually("resynced after the wake-up", WAIT, show, on(Status::Away));

    // The network comes back (NetworkManager: connected, global).
    sim.set_status(Some("dnd"));
    system.emit(
        "/org/freedesktop/NetworkManager",
        "org.freedesktop.NetworkManager",
        "StateChanged",
        &(70u32,),
    );
    // Within the 15 s spread of a returning network (an office's machines all see it at once).
    eventually(
        "resynced when the network returned",
        Duration::from_secs(15) + WAIT,
        show,
        on(Status::Dnd),
    );

    host.click_quit(&item);
    let _ = child.wait();
    // The secret is in no file under HOME or XDG_RUNTIME_DIR, the tray's log included.
    home.assert_no_secret_in_files(&sim.secret());
    home.run(&["logout"]).expect(0);
}

/// A poll the portal's rate limit refuses is skipped, not retried: the tray keeps showing the confirmed
/// status without an alert, and each refusal pushes the next poll back (the office's shared bucket,
/// docs/FLEET.md). A user's change is still retried.
#[test]
fn a_poll_refused_by_the_rate_limit_is_skipped_and_the_next_waits_longer() {
    const GET: &str = "im.user.status.get";
    let scene = Scene::signed_in("online", 1);
    let Scene {
        sim, host, item, ..
    } = &scene;
    sim.reset_calls();
    for _ in 0..2 {
        sim.push_fault(
            Some(GET),
            Fault::Error {
                code: "QUERY_LIMIT_EXCEEDED".into(),
            },
        );
    }
    let refused = || -> Vec<u64> {
        sim.calls()
            .iter()
            .filter(|c| {
                c.method == GET && c.error.as_deref() == Some("fault:error:QUERY_LIMIT_EXCEEDED")
            })
            .map(|c| c.at_ms)
            .collect()
    };
    // Watch every state the tray shows until two polls were refused and one more was answered.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let now_shown = shown(host, item);
        assert!(
            on(Status::Online)(&now_shown) && now_shown.status_line.starts_with("Confirmed"),
            "a refused poll changed what the tray shows: {now_shown:?}"
        );
        let answered_after = sim
            .calls()
            .iter()
            .filter(|c| c.method == GET && c.error.is_none())
            .count();
        if refused().len() == 2 && answered_after > 0 {
            break;
        }
        assert!(Instant::now() < deadline, "calls: {:?}", sim.calls());
        std::thread::sleep(Duration::from_millis(50));
    }
    // The refusal quadrupled the interval (1 s ±20 %): no quick retry in between.
    let at = refused();
    assert!(
        at[1] - at[0] >= 3_200,
        "{} ms between the refused polls",
        at[1] - at[0]
    );

    // A change refused by the rate limit is retried until confirmed.
    sim.push_fault(
        Some(SET),
        Fault::Error {
            code: "QUERY_LIMIT_EXCEEDED".into(),
        },
    );
    host.click(item, &b24_status::text::status_label(Status::Dnd));
    eventually(
        "the change after a refusal",
        WAIT,
        || shown(host, item),
        on(Status::Dnd),
    );
    scene.finish();
}

#[test]
fn the_menu_stays_responsive_while_the_portal_hangs() {
    let scene = Scene::signed_in("online", 600);
    let Scene {
        sim, host, item, ..
    } = &scene;
    // The portal takes a minute to answer the change.
    sim.push_fault(Some(SET), Fault::Delay { ms: 60_000 });
    host.click(item, "Do Not Disturb");
    eventually(
        "pending",
        WAIT,
        || shown(host, item),
        |s| s.status_line == "Setting Do Not Disturb…",
    );
    // Meanwhile the menu answers every request at once (the UI thread never waits on the portal).
    let mut slowest = Duration::ZERO;
    for _ in 0..20 {
        let started = Instant::now();
        let s = shown(host, item);
        slowest = slowest.max(started.elapsed());
        assert!(on(Status::Online)(&s), "{s:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        slowest < Duration::from_secs(1),
        "the menu took {slowest:?} to answer"
    );
    // A click on another status while the call hangs is taken, and wins once the portal answers.
    host.click(item, "Away");
    eventually(
        "still pending, now for Away",
        WAIT,
        || shown(host, item),
        |s| s.status_line == "Setting Away…",
    );
    scene.finish();
}

#[test]
fn on_wayland_the_shortcut_goes_through_the_desktop_portal() {
    let _serial = own_desktop();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    // The desktop assigns its own key for the shortcut; the menu shows that one.
    let portal = runtime.block_on(fake_portal::FakePortal::start(
        fake_portal::Behaviour::Bind {
            trigger_description: "Super+F9".into(),
        },
    ));
    let sim = sim();
    sim.set_status(Some("online"));
    let home = signed_in_home(&sim, 600);
    let host = TrayHost::start();
    // A Wayland session as the app sees it (GTK itself still draws through X11 here). A `Tray`, so that
    // a failure stops it rather than leave it to the next test.
    let mut tray = Tray::start_with(&home, &[], &[("WAYLAND_DISPLAY", "wayland-test")]);
    let item = host.wait_for_item(WAIT).expect("a tray item");
    let show = || shown(&host, &item);
    eventually("bound through the portal", WAIT, show, |s| {
        on(Status::Online)(s)
            && s.labels
                .contains(&"Super+F9 toggles Do Not Disturb".to_string())
    });
    let bound = portal.bound();
    assert_eq!(bound.len(), 1, "{bound:?}");
    assert_eq!(
        bound[0].preferred_trigger.as_deref(),
        Some("CTRL+ALT+SHIFT+d")
    );
    // doctor reports what the tray has: the desktop's key, bound through its portal.
    assert_eq!(
        doctor_shortcut_line(&home, &[("WAYLAND_DISPLAY", "wayland-test")]),
        "ok    shortcut  Super+F9 toggles Do Not Disturb (bound by the desktop's shortcuts portal)"
    );
    runtime.block_on(portal.press("toggle-dnd"));
    eventually("DND by the portal shortcut", WAIT, show, on(Status::Dnd));
    runtime.block_on(portal.press("toggle-dnd"));
    eventually("back to Online", WAIT, show, on(Status::Online));
    host.click_quit(&item);
    let _ = tray.wait_exit(Duration::from_secs(5));
    home.assert_no_secret_in_files(&sim.secret());
    home.run(&["logout"]).expect(0);
}

#[test]
fn on_wayland_without_a_portal_shortcut_the_menu_and_doctor_agree_and_doctor_gives_the_fix() {
    let _serial = own_desktop();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let fix = "bind `b24-status toggle-dnd` to a key in your desktop's keyboard settings instead (see \
               the README)";
    let cases = [
        // GNOME 43 with the AppIndicator extension, sway: a portal, but no GlobalShortcuts in it.
        (
            fake_portal::Behaviour::WithoutGlobalShortcuts,
            "this Wayland desktop offers no global shortcuts portal (GlobalShortcuts), and Wayland \
             lets no program grab a key itself",
        ),
        // The user cancelled the desktop's dialog.
        (
            fake_portal::Behaviour::Refuse,
            "the desktop did not bind the shortcut (its dialog was cancelled or refused; restart \
             b24-status to be asked again)",
        ),
    ];
    for (behaviour, why) in cases {
        let portal = runtime.block_on(fake_portal::FakePortal::start(behaviour));
        let home = Home::new();
        let host = TrayHost::start();
        let wayland = [("WAYLAND_DISPLAY", "wayland-test")];
        let tray = Tray::start_with(&home, &["demo"], &wayland);
        let item = host
            .wait_for_item(WAIT)
            .unwrap_or_else(|| panic!("no tray item: {}", tray.log()));
        eventually(
            "no shortcut",
            WAIT,
            || shown(&host, &item),
            |s| {
                s.labels
                    .contains(&"No global shortcut here — see doctor".to_string())
            },
        );
        assert_eq!(
            doctor_shortcut_line(&home, &wayland),
            format!("warn  shortcut  {why}: {fix}")
        );
        drop(tray);
        drop(host);
        drop(portal);
    }
}

#[test]
fn on_wayland_the_demo_binds_its_shortcut_through_the_desktop_portal() {
    let _serial = own_desktop();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let portal = runtime.block_on(fake_portal::FakePortal::start(
        fake_portal::Behaviour::Bind {
            trigger_description: "Super+F9".into(),
        },
    ));
    let home = Home::new();
    let host = TrayHost::start();
    let tray = Tray::start_with(&home, &["demo"], &[("WAYLAND_DISPLAY", "wayland-test")]);
    let item = host
        .wait_for_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item: {}", tray.log()));
    let show = || shown(&host, &item);
    eventually("bound through the portal", WAIT, show, |s| {
        on(Status::Online)(s)
            && s.labels
                .contains(&"Super+F9 toggles Do Not Disturb".to_string())
    });
    assert_eq!(portal.bound().len(), 1, "{:?}", portal.bound());
    runtime.block_on(portal.press("toggle-dnd"));
    eventually(
        "demo DND by the portal shortcut",
        WAIT,
        show,
        on(Status::Dnd),
    );
    // The desktop ends the session: the menu and doctor stop claiming the shortcut works.
    runtime.block_on(portal.close_sessions());
    eventually("the shortcut gone", WAIT, show, |s| {
        s.labels
            .contains(&"No global shortcut here — see doctor".to_string())
    });
    assert_eq!(
        doctor_shortcut_line(&home, &[("WAYLAND_DISPLAY", "wayland-test")]),
        "warn  shortcut  the desktop ended b24-status's shortcut session (restart b24-status to \
         bind it again): bind `b24-status toggle-dnd` to a key in your desktop's keyboard settings \
         instead (see the README)"
    );
    drop(tray);
}

/// `dbus-monitor` on the session bus, recording the method calls that match its rules to a file.
struct BusMonitor {
    child: Child,
    out: std::path::PathBuf,
}

impl BusMonitor {
    fn start(home: &Home, rules: &[&str]) -> BusMonitor {
        let out = home.path().join("bus-monitor.txt");
        let child = Command::new("dbus-monitor")
            .arg("--session")
            .args(rules)
            .stdout(std::fs::File::create(&out).unwrap())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-monitor runs");
        let monitor = BusMonitor { child, out };
        // A monitor is told its own name first: from then on it records.
        eventually(
            "the monitor is recording",
            WAIT,
            || monitor.seen(),
            |t| t.contains("member=NameAcquired"),
        );
        monitor
    }

    fn seen(&self) -> String {
        std::fs::read_to_string(&self.out).unwrap_or_default()
    }
}

impl Drop for BusMonitor {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn on_x11_the_tray_starts_without_asking_d_bus_for_the_desktop_portal() {
    let _serial = own_desktop();
    let home = Home::new();
    let monitor = BusMonitor::start(
        &home,
        &[
            "type='method_call',member='StartServiceByName'",
            "type='method_call',destination='org.freedesktop.portal.Desktop'",
            "type='method_call',member='RegisterStatusNotifierItem'",
        ],
    );
    let host = TrayHost::start();
    let tray = Tray::start(&home, &["demo"]);
    let item = host
        .wait_for_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item: {}", tray.log()));
    // Started: the status shown and the shortcut set up (the last step of the demo's start).
    eventually(
        "started",
        WAIT,
        || shown(&host, &item),
        |s| {
            on(Status::Online)(s)
                && s.labels
                    .contains(&format!("{DEFAULT_KEYS} toggles Do Not Disturb"))
        },
    );
    drop(tray);
    let seen = monitor.seen();
    // The monitor saw the tray's start (so an absence below means something).
    assert!(seen.contains("member=RegisterStatusNotifierItem"), "{seen}");
    assert!(
        !seen.contains("org.freedesktop.portal.Desktop"),
        "the portal was asked for at start: {seen}"
    );
}

// ---- timed statuses ----

/// "HH:MM" of a moment `ahead` from now, on the clock the tray reads (the system's time zone).
fn clock_in(ahead: Duration) -> String {
    (jiff::Timestamp::now() + ahead)
        .to_zoned(jiff::tz::TimeZone::system())
        .strftime("%H:%M")
        .to_string()
}

fn sets(sim: &Simulator) -> Vec<String> {
    sim.calls()
        .into_iter()
        .filter(|c| c.method == SET)
        .map(|c| c.params["STATUS"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn a_timed_status_through_the_tray_names_its_end_goes_back_by_itself_and_says_so() {
    let scene = Scene::signed_in("away", 600);
    let Scene {
        host,
        item,
        home,
        sim,
        ..
    } = &scene;
    sim.reset_calls();
    let until = clock_in(Duration::from_secs(3));
    let set = home.run(&["set", "dnd", "--for", "3s"]);
    set.expect(0);
    // The tray runs: one line, no word about starting it.
    assert_eq!(
        set.stdout,
        format!("Do Not Disturb until {until} — then Away (confirmed)\n")
    );
    let s = eventually("the timed DND", WAIT, || shown(host, item), on(Status::Dnd));
    assert_eq!(
        s.status_line,
        format!("Do Not Disturb until {until} — then Away")
    );
    // Back to Away by itself, confirmed, with one notification saying so.
    let s = eventually(
        "back to Away",
        WAIT,
        || shown(host, item),
        |s| on(Status::Away)(s) && s.status_line.starts_with("Confirmed "),
    );
    assert_eq!(sets(sim), vec!["dnd", "away"], "{s:?}");
    let ended: Vec<_> = host
        .notifications()
        .into_iter()
        .filter(|(summary, _)| summary == "Do Not Disturb ended — you are Away")
        .collect();
    assert_eq!(ended.len(), 1, "{:?}", host.notifications());
    scene.finish();
}

#[test]
fn a_timed_choice_from_the_menu_names_its_moment_and_cancel_timer_keeps_the_status() {
    let scene = Scene::signed_in("online", 600);
    let Scene {
        host, item, home, ..
    } = &scene;
    let early = clock_in(Duration::from_secs(30 * 60));
    host.click_in(item, "Do Not Disturb for…", "For 30 minutes");
    let late = clock_in(Duration::from_secs(30 * 60));
    let s = eventually(
        "DND for 30 minutes",
        WAIT,
        || shown(host, item),
        on(Status::Dnd),
    );
    let line = |at: &str| format!("Do Not Disturb until {at} — then Online");
    assert!(
        s.status_line == line(&early) || s.status_line == line(&late),
        "{s:?}"
    );
    let state = std::fs::read_to_string(state_file(home)).unwrap();
    assert!(state.contains("guard = \"dnd\""), "{state}");

    let cancel = home.run(&["cancel-timer"]);
    cancel.expect(0);
    assert!(
        cancel
            .stdout
            .starts_with("Do Not Disturb stays until you change it: it no longer ends at "),
        "{cancel:?}"
    );
    let s = eventually(
        "no end any more",
        WAIT,
        || shown(host, item),
        |s| on(Status::Dnd)(s) && s.status_line.starts_with("Confirmed "),
    );
    assert_eq!(s.icon, Some(Status::Dnd));
    // The submenu's other entries are there, as on every host.
    let menu = host.menu(item);
    let away_for = menu
        .iter()
        .find(|e| e.label == "Away for…")
        .expect("the Away submenu");
    let labels: Vec<&str> = away_for.children.iter().map(|e| e.label.as_str()).collect();
    assert_eq!(labels, vec!["For 15 minutes", "For 1 hour"]);
    let dnd_for = menu
        .iter()
        .find(|e| e.label == "Do Not Disturb for…")
        .unwrap();
    let labels: Vec<&str> = dnd_for.children.iter().map(|e| e.label.as_str()).collect();
    assert_eq!(
        labels,
        vec![
            "For 30 minutes",
            "For 1 hour",
            "For 2 hours",
            "Until tomorrow morning",
            "Until I turn it off"
        ]
    );
    scene.finish();
}

#[test]
fn a_change_made_elsewhere_cancels_the_revert() {
    let scene = Scene::signed_in("away", 1);
    let Scene {
        host,
        item,
        home,
        sim,
        ..
    } = &scene;
    home.run(&["set", "dnd", "--for", "3s"]).expect(0);
    eventually("the timed DND", WAIT, || shown(host, item), on(Status::Dnd));
    sim.reset_calls();
    // Changed in the browser; the next poll sees it.
    sim.set_status(Some("online"));
    eventually(
        "the change elsewhere",
        WAIT,
        || shown(host, item),
        on(Status::Online),
    );
    std::thread::sleep(Duration::from_secs(4));
    assert_eq!(
        sets(sim),
        Vec::<String>::new(),
        "the revert was not applied over it"
    );
    assert_eq!(sim.status().as_deref(), Some("online"));
    scene.finish();
}

#[test]
fn a_revert_is_kept_across_a_restart_and_one_due_meanwhile_is_applied_at_start() {
    let mut scene = Scene::signed_in("away", 600);
    let until = clock_in(Duration::from_secs(2));
    scene.home.run(&["set", "dnd", "--for", "2s"]).expect(0);
    eventually(
        "the timed DND",
        WAIT,
        || shown(&scene.host, &scene.item),
        on(Status::Dnd),
    );
    // The tray dies before the moment; it is not running when the moment comes.
    scene.crash();
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(scene.sim.status().as_deref(), Some("dnd"));
    scene.restart();
    let s = eventually(
        "applied at start",
        WAIT,
        || shown(&scene.host, &scene.item),
        |s| {
            on(Status::Away)(s)
                && s.status_line
                    == format!("Do Not Disturb ended at {until} while b24-status was not running")
        },
    );
    assert_eq!(s.icon, Some(Status::Away));
    assert_eq!(scene.sim.status().as_deref(), Some("away"));
    scene.finish();
}

#[test]
fn a_timed_choice_the_portal_had_not_confirmed_survives_a_crash_and_is_applied_timed() {
    let mut scene = Scene::signed_in("away", 600);
    for _ in 0..100 {
        scene.sim.push_fault(Some(SET), Fault::Drop);
    }
    let early = clock_in(Duration::from_secs(3600));
    scene
        .host
        .click_in(&scene.item, "Do Not Disturb for…", "For 1 hour");
    let late = clock_in(Duration::from_secs(3600));
    let state = eventually(
        "the timed choice is on disk with its end",
        WAIT,
        || std::fs::read_to_string(state_file(&scene.home)).unwrap_or_default(),
        |t| t.contains("status = \"dnd\"") && t.contains("ends"),
    );
    assert!(
        !state.contains("guard"),
        "no revert before the portal confirmed: {state}"
    );

    // The app dies before the portal answers; it starts again with the portal back.
    scene.crash();
    scene.sim.clear_faults();
    scene.restart();
    let s = eventually(
        "the restored choice applied, timed",
        WAIT,
        || shown(&scene.host, &scene.item),
        on(Status::Dnd),
    );
    let line = |at: &str| format!("Do Not Disturb until {at} — then Away");
    assert!(
        s.status_line == line(&early) || s.status_line == line(&late),
        "{s:?}"
    );
    let state = std::fs::read_to_string(state_file(&scene.home)).unwrap();
    assert!(
        state.contains("guard = \"dnd\"") && !state.contains("pending"),
        "{state}"
    );
    scene.finish();
}

#[test]
fn a_portal_down_at_the_moment_leaves_the_revert_pending_until_it_answers() {
    let scene = Scene::signed_in("online", 600);
    let Scene {
        host,
        item,
        home,
        sim,
        ..
    } = &scene;
    home.run(&["set", "away", "--for", "2s"]).expect(0);
    eventually(
        "the timed Away",
        WAIT,
        || shown(host, item),
        on(Status::Away),
    );
    for _ in 0..100 {
        sim.push_fault(Some(SET), Fault::Drop);
    }
    let s = eventually(
        "the revert is retried",
        WAIT,
        || shown(host, item),
        |s| s.status_line == "Offline — retrying",
    );
    assert_eq!(
        s.icon,
        Some(Status::Away),
        "the icon stays on what is confirmed"
    );
    sim.clear_faults();
    eventually(
        "the revert lands",
        Duration::from_secs(20),
        || shown(host, item),
        |s| on(Status::Online)(s) && s.status_line.starts_with("Confirmed "),
    );
    assert_eq!(sim.status().as_deref(), Some("online"));
    scene.finish();
}
