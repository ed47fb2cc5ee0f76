//! The performance benchmark's driver (run by `bench/run`, inside `scripts/with-desktop-env`). It plays
//! the tray host with the tests' own host (`crates/test-desktop`: StatusNotifierWatcher, dbusmenu
//! client, notification server) and prints its results as `key=value` lines on stdout (progress goes
//! to stderr).
//!
//! ```text
//! bench-driver tray --app BIN --floor BIN --config FILE [--starts N] [--settle S] [--window S]
//!                   [--clicks N] [--spacing-ms MS] [--dump DIR]
//! bench-driver time N -- CMD [ARGS...] -- CMD [ARGS...] ...
//! ```
//!
//! `tray` holds an X11 connection for its whole run and starts the floor once as a primer, as a desktop
//! session would have done (see below), then measures, for the signed-in tray (`--app`, no arguments)
//! and the floor (`--floor`):
//! - start → `RegisterStatusNotifierItem` (timestamped by a D-Bus monitor connection), median of N
//!   starts each (one warm-up each first, not counted; app and floor alternate; each run ends with a
//!   click on Quit);
//! - private memory after S seconds of idling (`RssAnon` from `/proc/PID/status`, USS = private clean +
//!   private dirty from `smaps_rollup`), both running side by side;
//! - context switches of all threads over the next W seconds, per second; then the app's again over W
//!   seconds with a timed status armed (`b24-status set dnd --for 2h`, through the running tray: one
//!   wall-clock timer two hours ahead), to show that waiting for the revert costs no wake-ups;
//! - click → `NewIcon`: a dbusmenu `Event` "clicked" on Do Not Disturb / Online (alternating) until the
//!   item's `NewIcon` signal arrives and the icon it names shows the clicked status; N clicks, one every
//!   MS milliseconds (the floor is clicked too, 200 ms after the app answered, as the GUI's own cost);
//! - context switches of the app over W seconds with every automatic rule on (the app's `config.toml`,
//!   `--config`, rewritten between two runs: the earlier ones ran with every rule off), after S seconds
//!   of idling.
//!
//! `time` runs each command N times (after one warm-up each, interleaved so that load drifts hit all
//! of them alike), each as a whole process with stdout and stderr captured, and reports the median and
//! p95 wall time; any non-zero exit fails the benchmark.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use b24_status::status::Status;
use b24_status::tray::icon::dominant_status;
use b24_status_test_desktop::tray_host::{self, Item, TrayHost};
use zbus::blocking::{Connection, MessageIterator, Proxy};
use zbus::zvariant::{OwnedObjectPath, Value};

const WAIT: Duration = Duration::from_secs(20);
const CLICK_TIMEOUT: Duration = Duration::from_secs(10);

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("tray") => tray(&options(&args[1..])),
        Some("time") => time(&args[1..]),
        _ => {
            eprintln!(
                "usage: bench-driver tray --app BIN --floor BIN [--starts N] [--settle S] [--window S] [--clicks N] [--spacing-ms MS] [--dump DIR]\n       bench-driver time N -- CMD [ARGS...] -- CMD [ARGS...]"
            );
            std::process::exit(2);
        }
    }
}

/// `--key value` pairs.
fn options(args: &[String]) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut it = args.iter();
    while let Some(key) = it.next() {
        let key = key
            .strip_prefix("--")
            .unwrap_or_else(|| panic!("expected --option, got {key:?}"));
        let value = it.next().unwrap_or_else(|| panic!("--{key} needs a value"));
        out.insert(key.to_string(), value.clone());
    }
    out
}

fn number(options: &HashMap<String, String>, key: &str, default: u64) -> u64 {
    options
        .get(key)
        .map(|v| {
            v.parse()
                .unwrap_or_else(|_| panic!("--{key}: not a number"))
        })
        .unwrap_or(default)
}

fn result(key: &str, value: impl std::fmt::Display) {
    println!("{key}={value}");
}

/// One `key=value` line: the `p`th percentile of `samples` (milliseconds), to 0.1.
fn result_percentile(key: &str, samples: &[f64], p: f64) {
    result(key, format!("{:.1}", percentile(samples, p)));
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Nearest-rank percentile of unsorted samples.
fn percentile(samples: &[f64], p: f64) -> f64 {
    let mut sorted = samples.to_vec();
    sorted.sort_by(f64::total_cmp);
    let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted[rank.min(sorted.len()) - 1]
}

// ---------------------------------------------------------------------------------------------------
// tray

/// A tray process under test.
struct Tray {
    name: &'static str,
    child: Child,
    item: Item,
}

fn tray(options: &HashMap<String, String>) {
    let app = options.get("app").expect("--app BIN").clone();
    let app_bin = app.clone();
    let floor = options.get("floor").expect("--floor BIN").clone();
    let starts = number(options, "starts", 10) as usize;
    let settle = Duration::from_secs(number(options, "settle", 30));
    let window = Duration::from_secs(number(options, "window", 60));
    let clicks = number(options, "clicks", 100) as usize;
    let spacing = Duration::from_millis(number(options, "spacing-ms", 2100));
    let dump = options.get("dump").map(PathBuf::from);
    if let Some(dir) = &dump {
        fs::create_dir_all(dir).expect("the dump directory");
    }
    let logs = dump.clone().unwrap_or_else(std::env::temp_dir);

    // Like a desktop session, keep the X server from resetting between runs (Xvfb resets when its last
    // client leaves): GTK 3 caches its GL visuals on the root window (`GDK_VISUALS`), so only the
    // first GTK process of a session probes GLX — loading Mesa and LLVM, and keeping them mapped.
    // The primer below is that first process; every measured process finds the cache.
    let (_x11, _) = x11rb::connect(None).expect("an X11 connection (DISPLAY)");
    let registrations = registration_monitor();
    let host = TrayHost::start();
    let primer = start_once(&host, &registrations, "primer", &floor, &logs);
    eprintln!(
        "bench-driver: primer (first GTK process, probes GL): {:.1} ms",
        ms(primer)
    );

    // Start → registered.
    let mut app_starts = vec![];
    let mut floor_starts = vec![];
    for run in 0..=starts {
        for (name, bin, samples) in [
            ("app", &app, &mut app_starts),
            ("floor", &floor, &mut floor_starts),
        ] {
            let took = start_once(&host, &registrations, name, bin, &logs);
            eprintln!("bench-driver: start {name} #{run}: {:.1} ms", ms(took));
            if run > 0 {
                samples.push(ms(took));
            }
        }
    }
    result_percentile("start_app_median_ms", &app_starts, 50.0);
    result_percentile("start_floor_median_ms", &floor_starts, 50.0);

    // Idle: both side by side.
    let mut app = launch(&host, &registrations, "app", &app, &logs);
    eventually("the app's first confirmed status", WAIT, || {
        icon_status(&host, &app.item).is_some()
    });
    let mut floor = launch(&host, &registrations, "floor", &floor, &logs);
    eprintln!("bench-driver: idling {} s", settle.as_secs());
    std::thread::sleep(settle);
    for t in [&app, &floor] {
        let memory = Memory::of(t.child.id());
        result(&format!("rss_anon_{}_kb", t.name), memory.rss_anon_kb);
        result(&format!("uss_{}_kb", t.name), memory.uss_kb);
        result(&format!("rss_{}_kb", t.name), memory.rss_kb);
        result(&format!("pss_{}_kb", t.name), memory.pss_kb);
        if let Some(dir) = &dump {
            dump_proc(t.child.id(), &dir.join(t.name));
        }
    }
    count_wakeups(&[&app, &floor], window, "");

    // The same with a timed status armed two hours ahead: the tray waits on one timer.
    let timed = Command::new(&app_bin)
        .args(["set", "dnd", "--for", "2h"])
        .env_remove("RUST_LOG")
        .output()
        .expect("b24-status set dnd --for 2h runs");
    assert!(
        timed.status.success(),
        "set dnd --for 2h failed: {}",
        String::from_utf8_lossy(&timed.stderr)
    );
    eventually("the app's icon to turn DND", WAIT, || {
        icon_status(&host, &app.item) == Some(Status::Dnd)
    });
    // Let the click's own work (the notification-free confirmation, the state file) pass first.
    std::thread::sleep(Duration::from_secs(2));
    count_wakeups(&[&app], window, "timed_");

    // Click → NewIcon.
    let app_clicks = Clicker::new(&host, &app.item);
    let floor_clicks = Clicker::new(&host, &floor.item);
    let mut app_latency = vec![];
    let mut floor_latency = vec![];
    let mut target = match icon_status(&host, &app.item) {
        Some(Status::Dnd) => Status::Online,
        _ => Status::Dnd,
    };
    for i in 0..clicks {
        let began = Instant::now();
        match app_clicks.click(&host, target) {
            Some(took) => app_latency.push(ms(took)),
            None => panic!("click {i}: the app's icon did not turn {target:?}"),
        }
        std::thread::sleep(Duration::from_millis(200));
        match floor_clicks.click(&host, target) {
            Some(took) => floor_latency.push(ms(took)),
            None => panic!("click {i}: the floor's icon did not turn {target:?}"),
        }
        eprintln!(
            "bench-driver: click {i} {target:?}: app {:.1} ms, floor {:.1} ms",
            app_latency[i], floor_latency[i]
        );
        target = if target == Status::Dnd {
            Status::Online
        } else {
            Status::Dnd
        };
        if let Some(rest) = spacing.checked_sub(began.elapsed()) {
            std::thread::sleep(rest);
        }
    }
    for (name, samples) in [("app", &app_latency), ("floor", &floor_latency)] {
        result_percentile(&format!("click_{name}_p50_ms"), samples, 50.0);
        result_percentile(&format!("click_{name}_p95_ms"), samples, 95.0);
    }

    quit(&host, &mut app);
    quit(&host, &mut floor);

    // Every automatic rule on: the sources only listen, so the tray's idle cost stays where it was.
    let config = options.get("config").expect("--config FILE");
    every_rule_on(Path::new(config));
    let mut app = launch(&host, &registrations, "app", &app_bin, &logs);
    eventually("the app's first confirmed status", WAIT, || {
        icon_status(&host, &app.item).is_some()
    });
    std::thread::sleep(settle);
    count_wakeups(&[&app], window, "rules_");
    quit(&host, &mut app);
}

/// Turns every rule of `[automatic]` on in the app's config.toml (the idle rule at 10 minutes).
fn every_rule_on(path: &Path) {
    let on = [
        ("away_when_locked", "true"),
        ("away_after_idle", "\"10m\""),
        ("dnd_in_calls", "true"),
        ("dnd_when_presenting", "true"),
        ("dnd_in_meetings", "true"),
        ("follow_worktime", "true"),
    ];
    let text = fs::read_to_string(path).expect("the app's config.toml");
    let mut found = 0;
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            let bare = line.trim_start_matches("# ");
            match on
                .iter()
                .find(|(key, _)| bare.starts_with(&format!("{key} =")))
            {
                Some((key, value)) => {
                    found += 1;
                    format!("{key} = {value}")
                }
                None => line.to_string(),
            }
        })
        .collect();
    assert_eq!(
        found,
        on.len(),
        "not every rule is in {}:\n{text}",
        path.display()
    );
    fs::write(path, lines.join("\n") + "\n").expect("config.toml written");
}

/// Counts the context switches of every thread of each tray over `window`, and reports them per second as
/// `wakeups_{prefix}{name}_per_s` (and `threads_{prefix}{name}`).
fn count_wakeups(trays: &[&Tray], window: Duration, prefix: &str) {
    eprintln!(
        "bench-driver: counting context switches for {} s{}",
        window.as_secs(),
        match prefix {
            "" => "",
            "timed_" => " (a timed status armed)",
            _ => " (every automatic rule on)",
        }
    );
    let before: Vec<_> = trays.iter().map(|t| switches(t.child.id())).collect();
    let started = Instant::now();
    std::thread::sleep(window);
    let elapsed = started.elapsed().as_secs_f64();
    for (t, before) in trays.iter().zip(before) {
        let after = switches(t.child.id());
        // Per thread, so a thread that ended during the window (its count
        // gone from `after`) cannot make the sum go backwards.
        let total: u64 = after
            .iter()
            .map(|(tid, (_, n))| n.saturating_sub(before.get(tid).map_or(0, |(_, was)| *was)))
            .sum();
        result(
            &format!("wakeups_{prefix}{}_per_s", t.name),
            format!("{:.2}", total as f64 / elapsed),
        );
        result(&format!("threads_{prefix}{}", t.name), after.len());
        // Which thread woke: for the analysis.
        for (tid, (comm, n)) in &after {
            let was = before.get(tid).map(|(_, n)| *n).unwrap_or(0);
            eprintln!(
                "bench-driver: {prefix}{} thread {tid} {comm:?}: {} switches in the window",
                t.name,
                n.saturating_sub(was)
            );
        }
        let gone = before.keys().filter(|tid| !after.contains_key(tid)).count();
        if gone > 0 {
            eprintln!(
                "bench-driver: {} lost {gone} thread(s) during the window (their switches are not counted)",
                t.name
            );
        }
    }
}

/// The times at which items register with the watcher, seen by a D-Bus monitor: exact, unlike polling
/// the watcher's list.
fn registration_monitor() -> Receiver<Instant> {
    let conn = Connection::session().expect("a session bus");
    let messages = MessageIterator::from(&conn);
    let rule = "type='method_call',interface='org.kde.StatusNotifierWatcher',member='RegisterStatusNotifierItem'";
    conn.call_method(
        Some("org.freedesktop.DBus"),
        "/org/freedesktop/DBus",
        Some("org.freedesktop.DBus.Monitoring"),
        "BecomeMonitor",
        &(vec![rule], 0u32),
    )
    .expect("BecomeMonitor (a monitor connection on the session bus)");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _conn = conn;
        for message in messages {
            let at = Instant::now();
            let Ok(message) = message else { continue };
            let header = message.header();
            if header.member().map(|m| m.as_str()) == Some("RegisterStatusNotifierItem")
                && tx.send(at).is_err()
            {
                return;
            }
        }
    });
    rx
}

fn spawn(name: &str, bin: &str, logs: &Path) -> Child {
    let log = fs::File::create(logs.join(format!("{name}.log"))).expect("a log file");
    Command::new(bin)
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap_or_else(|e| panic!("{bin} does not start: {e}"))
}

/// Starts a tray and waits for its item; returns how long registration took.
fn start_once(
    host: &TrayHost,
    registrations: &Receiver<Instant>,
    name: &'static str,
    bin: &str,
    logs: &Path,
) -> Duration {
    host.clear();
    while registrations.try_recv().is_ok() {}
    let started = Instant::now();
    let child = spawn(name, bin, logs);
    let registered = registrations
        .recv_timeout(WAIT)
        .unwrap_or_else(|_| panic!("{name} registered no tray item (see {name}.log)"));
    let item = host
        .wait_for_item(WAIT)
        .expect("the watcher saw the registration");
    let mut tray = Tray { name, child, item };
    quit(host, &mut tray);
    registered - started
}

fn launch(
    host: &TrayHost,
    registrations: &Receiver<Instant>,
    name: &'static str,
    bin: &str,
    logs: &Path,
) -> Tray {
    host.clear();
    while registrations.try_recv().is_ok() {}
    let child = spawn(name, bin, logs);
    let item = host
        .wait_for_item(WAIT)
        .unwrap_or_else(|| panic!("{name} registered no tray item"));
    Tray { name, child, item }
}

/// Clicks Quit once the menu is there; kills the process if it does not exit within 5 s.
fn quit(host: &TrayHost, tray: &mut Tray) {
    eventually(&format!("{}'s Quit entry", tray.name), WAIT, || {
        host.menu(&tray.item).iter().any(|e| e.label == "Quit")
    });
    host.click_quit(&tray.item);
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if tray.child.try_wait().expect("waitpid").is_some() {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    eprintln!("bench-driver: {} did not quit; killing it", tray.name);
    let _ = tray.child.kill();
    let _ = tray.child.wait();
}

fn eventually(what: &str, timeout: Duration, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !check() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Decodes the item's icon (tray-icon's default backend publishes a PNG path as `IconName`).
fn icon_status(host: &TrayHost, item: &Item) -> Option<Status> {
    let name: String = host.item_property(item, "IconName").ok()?;
    let path = if name.starts_with('/') {
        PathBuf::from(&name)
    } else {
        let theme: String = host.item_property(item, "IconThemePath").ok()?;
        Path::new(&theme).join(format!("{name}.png"))
    };
    let decoder = png::Decoder::new(std::io::BufReader::new(fs::File::open(&path).ok()?));
    let mut reader = decoder.read_info().ok()?;
    let mut buf = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buf).ok()?;
    dominant_status(&buf[..info.buffer_size()])
}

/// Clicks menu entries on its own connection and times them to the item's `NewIcon` signal.
struct Clicker {
    menu: Proxy<'static>,
    ids: HashMap<String, i32>,
    new_icon: Receiver<Instant>,
    item: Item,
}

impl Clicker {
    fn new(host: &TrayHost, item: &Item) -> Clicker {
        let conn = Connection::session().expect("a session bus");
        let proxy = |path: &str, iface| tray_host::proxy_on(&conn, &item.bus, path, iface);
        let menu_path: OwnedObjectPath = host
            .item_property(item, "Menu")
            .expect("the item has a menu");
        let menu = proxy(menu_path.as_str(), "com.canonical.dbusmenu");
        let signals = proxy(&item.path, "org.kde.StatusNotifierItem")
            .receive_signal("NewIcon")
            .expect("a NewIcon subscription");
        let (tx, new_icon) = mpsc::channel();
        std::thread::spawn(move || {
            for _ in signals {
                if tx.send(Instant::now()).is_err() {
                    return;
                }
            }
        });
        let ids = host
            .menu(item)
            .into_iter()
            .map(|e| (e.label, e.id))
            .collect();
        Clicker {
            menu,
            ids,
            new_icon,
            item: item.clone(),
        }
    }

    /// Clicks `status`; returns the time until a `NewIcon` whose icon shows it (`None`: timed out).
    fn click(&self, host: &TrayHost, status: Status) -> Option<Duration> {
        let id = self.ids[b24_status::text::status_label(status).as_str()];
        while self.new_icon.try_recv().is_ok() {}
        let clicked = Instant::now();
        self.menu
            .call_method("Event", &(id, "clicked", Value::from(0i32), 0u32))
            .expect("the click is delivered");
        let deadline = clicked + CLICK_TIMEOUT;
        loop {
            let left = deadline.checked_duration_since(Instant::now())?;
            let at = self.new_icon.recv_timeout(left).ok()?;
            if icon_status(host, &self.item) == Some(status) {
                return Some(at - clicked);
            }
        }
    }
}

/// Private memory from `/proc`.
struct Memory {
    rss_kb: u64,
    rss_anon_kb: u64,
    uss_kb: u64,
    pss_kb: u64,
}

impl Memory {
    fn of(pid: u32) -> Memory {
        let status = kb_fields(&format!("/proc/{pid}/status"));
        let rollup = kb_fields(&format!("/proc/{pid}/smaps_rollup"));
        Memory {
            rss_kb: status["VmRSS"],
            rss_anon_kb: status["RssAnon"],
            uss_kb: rollup["Private_Clean"] + rollup["Private_Dirty"],
            pss_kb: rollup["Pss"],
        }
    }
}

/// `Name:   123 kB` lines of a /proc file.
fn kb_fields(path: &str) -> HashMap<String, u64> {
    fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .filter_map(|line| {
            let (key, rest) = line.split_once(':')?;
            let value = rest.trim().strip_suffix(" kB")?.trim().parse().ok()?;
            Some((key.to_string(), value))
        })
        .collect()
}

/// Context switches (voluntary + involuntary) of every live thread: tid → (name, count).
fn switches(pid: u32) -> HashMap<u32, (String, u64)> {
    let mut out = HashMap::new();
    let Ok(tasks) = fs::read_dir(format!("/proc/{pid}/task")) else {
        return out;
    };
    for task in tasks.flatten() {
        let Ok(tid) = task.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(status) = fs::read_to_string(task.path().join("status")) else {
            continue;
        };
        let mut name = String::new();
        let mut count = 0;
        for line in status.lines() {
            if let Some(n) = line.strip_prefix("Name:") {
                name = n.trim().to_string();
            } else if let Some((key, value)) = line.split_once(':')
                && key.ends_with("ctxt_switches")
            {
                count += value.trim().parse::<u64>().unwrap_or(0);
            }
        }
        out.insert(tid, (name, count));
    }
    out
}

/// Copies what the analysis needs: status, smaps_rollup, smaps and the threads' names and stack pointers.
fn dump_proc(pid: u32, to: &Path) {
    fs::create_dir_all(to).expect("the dump directory");
    for file in ["status", "smaps_rollup", "smaps", "maps"] {
        if let Ok(text) = fs::read_to_string(format!("/proc/{pid}/{file}")) {
            let _ = fs::write(to.join(file), text);
        }
    }
    // Each thread's stack pointer (from its `syscall` file) tells which mapping is its stack.
    let threads: Vec<String> = switches(pid)
        .into_iter()
        .map(|(tid, (name, _))| {
            let syscall =
                fs::read_to_string(format!("/proc/{pid}/task/{tid}/syscall")).unwrap_or_default();
            let sp = syscall.split_whitespace().nth(7).unwrap_or("?").to_string();
            format!("{tid} {name:?} sp={sp}")
        })
        .collect();
    let _ = fs::write(to.join("threads"), threads.join("\n") + "\n");
}

// ---------------------------------------------------------------------------------------------------
// time

fn time(args: &[String]) {
    let runs: usize = args
        .first()
        .and_then(|n| n.parse().ok())
        .expect("time N -- CMD...");
    let commands: Vec<&[String]> = args[1..]
        .split(|a| a == "--")
        .filter(|c| !c.is_empty())
        .collect();
    assert!(!commands.is_empty(), "time N -- CMD...");
    let mut samples = vec![vec![]; commands.len()];
    for run in 0..=runs {
        for (i, command) in commands.iter().enumerate() {
            let started = Instant::now();
            let output = Command::new(&command[0])
                .args(&command[1..])
                .stdin(Stdio::null())
                .output()
                .unwrap_or_else(|e| panic!("{:?} does not start: {e}", command[0]));
            let took = started.elapsed();
            assert!(
                output.status.success(),
                "{command:?} failed ({}): {}",
                output.status,
                String::from_utf8_lossy(&output.stderr)
            );
            // The first round warms the caches; it is not counted.
            if run > 0 {
                samples[i].push(ms(took));
            }
        }
    }
    for (i, samples) in samples.iter().enumerate() {
        result_percentile(&format!("time_{i}_median_ms"), samples, 50.0);
        result_percentile(&format!("time_{i}_p95_ms"), samples, 95.0);
    }
}
