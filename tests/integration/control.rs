//! The control socket attacked directly, and the tray process around it: probes, trays started
//! together, silent and endless clients, a runtime folder or a socket of another user, a dangling link,
//! signals, and where the icon's files go without `XDG_RUNTIME_DIR`. The real tray binary under Xvfb;
//! each test that starts one owns the shared desktop.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use b24_status_test_desktop::tray_host::TrayHost;

use crate::helpers::*;

const SOCKET: &str = "b24-status.sock";
const WAIT: Duration = Duration::from_secs(20);

/// A running tray process, its stdout and its log (stderr, at debug level for the app).
struct Tray {
    child: Child,
    out: PathBuf,
    log: PathBuf,
}

impl Tray {
    /// Starts `command` (the binary with no command, or `demo`) as a tray, its output in `name.*`.
    fn spawn(home: &Home, mut command: Command, name: &str) -> Tray {
        let out = home.path().join(format!("{name}.out"));
        let log = home.path().join(format!("{name}.log"));
        command
            .env("RUST_LOG", "b24_status=debug")
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&out).unwrap())
            .stderr(std::fs::File::create(&log).unwrap());
        Tray {
            child: command.spawn().expect("the tray starts"),
            out,
            log,
        }
    }

    fn start(home: &Home) -> Tray {
        Tray::spawn(home, home.command(&[]), "tray")
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn out(&self) -> String {
        std::fs::read_to_string(&self.out).unwrap_or_default()
    }

    fn pid(&self) -> i32 {
        self.child.id() as i32
    }

    fn running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    /// The exit code, once it has exited.
    fn code(&mut self) -> Option<i32> {
        self.child.try_wait().unwrap().and_then(|s| s.code())
    }

    /// Waits for the process to exit; its exit code (`None`: still running, or killed by a signal).
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
}

impl Drop for Tray {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Polls `check` until it holds; panics with `what` and `context()` when the time is up.
fn wait_until(
    what: &str,
    timeout: Duration,
    mut check: impl FnMut() -> bool,
    context: impl Fn() -> String,
) {
    let deadline = Instant::now() + timeout;
    while !check() {
        assert!(Instant::now() < deadline, "{what}: {}", context());
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Sends one line on the socket at `path` and reads one line back (`None`: no connection or no answer).
fn exchange(path: &Path, line: &str) -> Option<String> {
    let mut stream = UnixStream::connect(path).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(format!("{line}\n").as_bytes()).ok()?;
    let mut answer = String::new();
    BufReader::new(stream).read_line(&mut answer).ok()?;
    Some(answer)
}

/// True when a tray answers the ping on the socket at `path`.
fn pong(path: &Path) -> bool {
    exchange(path, r#"{"cmd":"ping"}"#).as_deref() == Some("{\"reply\":\"pong\"}\n")
}

/// Waits until `tray` answers on its socket at `path`.
fn wait_for_socket(tray: &mut Tray, path: &Path) {
    let log = tray.log.clone();
    wait_until(
        "the tray answers on its socket",
        WAIT,
        || pong(path),
        || std::fs::read_to_string(&log).unwrap_or_default(),
    );
    assert!(tray.running(), "{}", tray.log());
}

/// A home signed in to `sim`, which shows `status`.
fn signed_in(sim: &Simulator, status: &str) -> Home {
    sim.set_status(Some(status));
    let home = Home::new();
    home.login(sim);
    home
}

/// The peak resident memory of a process, from /proc (VmHWM), in bytes.
fn peak_rss(pid: i32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .expect("a VmHWM line");
    let kb: u64 = line
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .expect("VmHWM in kB");
    kb * 1024
}

fn signal(tray: &Tray, signal: libc::c_int) {
    // SAFETY: kill has no memory effects; the pid is our own child, not yet reaped.
    assert_eq!(unsafe { libc::kill(tray.pid(), signal) }, 0);
}

/// A listener that answers every request with "Away (confirmed)", as a hostile program would; it
/// counts the connections it was given.
fn fake_tray(listener: UnixListener) -> std::sync::Arc<std::sync::atomic::AtomicUsize> {
    let served = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let count = served.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let mut line = String::new();
            let _ = BufReader::new(&stream).read_line(&mut line);
            let _ = stream.write_all(b"{\"reply\":\"confirmed\",\"status\":\"away\"}\n");
        }
    });
    served
}

#[test]
fn doctor_probes_the_tray_with_a_ping_and_leaves_no_warning_in_its_log() {
    let _serial = own_desktop();
    let home = Home::new();
    let socket = home.runtime_dir().join(SOCKET);
    let mut tray = Tray::start(&home);
    wait_for_socket(&mut tray, &socket);
    home.run(&["doctor"]);
    // Answered after the doctor's probes (the listener used to take connections one by one).
    assert!(pong(&socket));
    let log = tray.log();
    assert!(
        !log.lines()
            .any(|l| l.contains("WARN") && l.contains("control")),
        "{log}"
    );
    assert!(tray.running());
}

#[test]
fn of_five_trays_started_together_exactly_one_stays() {
    let _serial = own_desktop();
    let home = Home::new();
    let socket = home.runtime_dir().join(SOCKET);
    for round in 0..8 {
        let mut trays: Vec<Tray> = (0..5)
            .map(|i| Tray::spawn(&home, home.command(&[]), &format!("tray-{round}-{i}")))
            .collect();
        let exited = |trays: &mut Vec<Tray>| {
            trays
                .iter_mut()
                .filter_map(|t| (!t.running()).then_some(()))
                .count()
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while exited(&mut trays) < 4 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        let report = |trays: &[Tray]| {
            trays
                .iter()
                .map(|t| format!("{:?} {}", t.out(), t.log()))
                .collect::<Vec<_>>()
                .join("\n---\n")
        };
        assert_eq!(exited(&mut trays), 4, "round {round}: {}", report(&trays));
        for tray in trays.iter_mut() {
            if tray.running() {
                continue;
            }
            assert_eq!(tray.code(), Some(0), "{}", tray.log());
            assert_eq!(tray.out(), "b24-status is already running.\n");
        }
        let mut winner = trays
            .into_iter()
            .find_map(|mut t| t.running().then_some(t))
            .expect("one tray runs");
        wait_for_socket(&mut winner, &socket);
        // Killed, as a crash would: the next round starts over a stale socket and lock file.
        winner.child.kill().unwrap();
        winner.child.wait().unwrap();
    }
}

#[test]
fn silent_clients_do_not_stall_the_socket() {
    let _serial = own_desktop();
    let sim = sim();
    let home = signed_in(&sim, "online");
    let socket = home.runtime_dir().join(SOCKET);
    let mut tray = Tray::start(&home);
    wait_for_socket(&mut tray, &socket);
    // Fifteen clients that connect and say nothing, and stay.
    let silent: Vec<UnixStream> = (0..15)
        .map(|_| UnixStream::connect(&socket).unwrap())
        .collect();
    let started = Instant::now();
    let get = home.run(&["get"]);
    assert_eq!((get.code, get.stdout.as_str()), (0, "online\n"), "{get:?}");
    let set = home.run(&["set", "dnd"]);
    assert_eq!(
        (set.code, set.stdout.as_str()),
        (0, "Do Not Disturb (confirmed)\n"),
        "{set:?}"
    );
    // Generous: each silent client used to hold the socket for 5 s, one after the other.
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(sim.status().as_deref(), Some("dnd"));
    drop(silent);
    drop(tray);
    home.run(&["logout"]).expect(0);
}

#[test]
fn when_the_cli_gets_no_answer_to_a_change_it_says_the_change_may_still_be_applied() {
    let home = Home::new();
    // A tray that takes the request and goes away without a word (as one that crashes on it would).
    let listener = UnixListener::bind(home.runtime_dir().join(SOCKET)).unwrap();
    let taken = std::thread::spawn(move || {
        let mut requests = vec![];
        for _ in 0..2 {
            let (stream, _) = listener.accept().unwrap();
            let mut line = String::new();
            BufReader::new(&stream).read_line(&mut line).unwrap();
            requests.push(line);
        }
        requests
    });
    let set = home.run(&["set", "dnd"]);
    set.expect(5);
    let error = set.one_line_error();
    assert!(
        error.contains("may still be applied") && error.contains("b24-status get"),
        "{set:?}"
    );
    // A read changes nothing: nothing to warn about.
    let get = home.run(&["get"]);
    get.expect(1);
    assert!(!get.one_line_error().contains("may still"), "{get:?}");
    assert_eq!(
        taken.join().unwrap(),
        vec![
            "{\"cmd\":\"set\",\"status\":\"dnd\"}\n".to_string(),
            "{\"cmd\":\"get\"}\n".to_string()
        ]
    );
}

#[test]
fn when_the_tray_never_answers_a_change_the_cli_gives_up_and_says_it_may_still_be_applied() {
    let home = Home::new();
    // A tray that takes the request and then says nothing, for longer than the CLI waits (65 s).
    let listener = UnixListener::bind(home.runtime_dir().join(SOCKET)).unwrap();
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut line = String::new();
        BufReader::new(&stream).read_line(&mut line).unwrap();
        std::thread::sleep(Duration::from_secs(120));
        drop(stream);
    });
    let set = home.run(&["set", "away"]);
    set.expect(5);
    assert_eq!(
        set.one_line_error(),
        "b24-status: gave up waiting for the running b24-status (no answer within 65 s); the change \
         may still be applied: run `b24-status get` to see the status",
        "{set:?}"
    );
}

#[test]
fn a_runtime_folder_others_can_write_in_is_not_trusted() {
    let _serial = own_desktop();
    let sim = sim();
    let home = signed_in(&sim, "online");
    // XDG_RUNTIME_DIR pointing at a folder anyone may write in, where another program listens.
    let shared = home.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o1777)).unwrap();
    let served = fake_tray(UnixListener::bind(shared.join(SOCKET)).unwrap());
    let in_shared = |args: &[&str]| {
        let mut command = home.command(args);
        command.env("XDG_RUNTIME_DIR", &shared);
        command
    };

    let set = home.run_with(in_shared(&["set", "dnd"]), "");
    assert_eq!(
        (set.code, set.stdout.as_str()),
        (0, "Do Not Disturb (confirmed)\n"),
        "{set:?}"
    );
    assert!(set.stderr.contains("not using XDG_RUNTIME_DIR"), "{set:?}");
    assert_eq!(sim.status().as_deref(), Some("dnd"));

    // The tray does not take that socket for itself running: it serves its own, in the state folder.
    let mut tray = Tray::spawn(&home, in_shared(&[]), "tray");
    let private = home.path().join(".local/state/b24-status").join(SOCKET);
    wait_for_socket(&mut tray, &private);
    assert_eq!(tray.out(), "");
    let get = home.run_with(in_shared(&["get"]), "");
    assert_eq!((get.code, get.stdout.as_str()), (0, "dnd\n"), "{get:?}");
    assert_eq!(
        served.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "the other program was asked"
    );
    drop(tray);
    home.run(&["logout"]).expect(0);
}

/// The uid of `nobody`, whom the next test's listener runs as.
const NOBODY: libc::uid_t = 65534;

#[test]
fn a_socket_served_by_another_user_is_not_trusted() {
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    assert!(
        root,
        "this test needs root, to run a listener as another user (CI runs the tests as root)"
    );
    let _serial = own_desktop();
    let sim = sim();
    let home = signed_in(&sim, "online");
    // Bound by us in our private folder, then listening as `nobody`: the kernel records the user at
    // listen(), which a thread alone can change (the raw syscall, not libc's process-wide setuid).
    let listener = UnixListener::bind(home.runtime_dir().join(SOCKET)).unwrap();
    let (ready, as_nobody) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::os::fd::AsRawFd;
        // SAFETY: plain syscalls on this thread's own credentials and a socket it owns.
        let listening = unsafe {
            libc::syscall(libc::SYS_setuid, NOBODY) == 0
                && libc::listen(listener.as_raw_fd(), 16) == 0
        };
        ready.send(listening).unwrap();
        let _served = fake_tray(listener);
        std::thread::park();
    });
    assert!(as_nobody.recv().unwrap(), "listening as nobody");

    let set = home.run(&["set", "dnd"]);
    set.expect(1);
    assert!(
        set.one_line_error()
            .contains("is served by another user's program (uid 65534)"),
        "{set:?}"
    );
    assert_eq!(sim.status().as_deref(), Some("online"), "nothing changed");

    // The tray does not take it for itself: it runs, and says why it has no socket.
    let mut tray = Tray::start(&home);
    wait_until(
        "the tray says whose socket it is",
        WAIT,
        || tray.log().contains("uid 65534"),
        || tray.log(),
    );
    assert!(tray.running(), "{}", tray.log());
    assert_eq!(tray.out(), "");
    drop(tray);
    home.run(&["logout"]).expect(0);
}

#[test]
fn the_tray_answers_no_other_user_even_through_an_open_socket() {
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    assert!(
        root,
        "this test needs root, to connect as another user (CI runs the tests as root)"
    );
    let _serial = own_desktop();
    let home = Home::new();
    let socket = home.runtime_dir().join(SOCKET);
    let mut tray = Tray::start(&home);
    wait_for_socket(&mut tray, &socket);
    // The folder and the socket opened up by mistake: the kernel lets `nobody` connect.
    std::fs::set_permissions(home.path(), std::fs::Permissions::from_mode(0o711)).unwrap();
    std::fs::set_permissions(home.runtime_dir(), std::fs::Permissions::from_mode(0o711)).unwrap();
    std::fs::set_permissions(&socket, std::fs::Permissions::from_mode(0o666)).unwrap();
    let path = socket.clone();
    let answer = std::thread::spawn(move || {
        // SAFETY: the raw syscall changes this thread's credentials only.
        assert_eq!(unsafe { libc::syscall(libc::SYS_setuid, NOBODY) }, 0);
        exchange(&path, r#"{"cmd":"get"}"#)
    })
    .join()
    .unwrap();
    // Closed without a word (our write may even find it closed already).
    assert_eq!(answer.unwrap_or_default(), "", "the tray answered nobody");
    wait_until(
        "the tray says whom it refused",
        WAIT,
        || {
            tray.log()
                .contains("refusing a control connection from uid 65534")
        },
        || tray.log(),
    );
    assert!(pong(&socket), "{}", tray.log());
}

#[test]
fn a_dangling_link_at_the_socket_path_does_not_stop_the_tray() {
    let _serial = own_desktop();
    let home = Home::new();
    let socket = home.runtime_dir().join(SOCKET);
    std::os::unix::fs::symlink(home.runtime_dir().join("gone.sock"), &socket).unwrap();
    let mut tray = Tray::start(&home);
    wait_for_socket(&mut tray, &socket);
    assert_eq!(tray.out(), "");
}

#[test]
fn sigterm_sigint_and_sighup_end_the_tray_cleanly() {
    let _serial = own_desktop();
    let sim = sim();
    let home = signed_in(&sim, "online");
    let socket = home.runtime_dir().join(SOCKET);
    let icons = home.runtime_dir().join("tray-icon");
    let state = home.path().join(".local/state/b24-status/state.toml");
    let host = TrayHost::start();
    // The portal drops every change: a choice stays pending, on disk.
    for _ in 0..1000 {
        sim.push_fault(Some("im.user.status.set"), Fault::Drop);
    }
    for (number, name) in [
        (libc::SIGTERM, "SIGTERM"),
        (libc::SIGINT, "SIGINT"),
        (libc::SIGHUP, "SIGHUP"),
    ] {
        host.clear();
        let mut tray = Tray::start(&home);
        let item = host
            .wait_for_item(WAIT)
            .unwrap_or_else(|| panic!("no tray item: {}", tray.log()));
        wait_for_socket(&mut tray, &socket);
        if number == libc::SIGTERM {
            host.click(&item, "Away");
        }
        wait_until(
            "the pending choice is on disk",
            WAIT,
            || {
                std::fs::read_to_string(&state)
                    .unwrap_or_default()
                    .contains("status = \"away\"")
            },
            || tray.log(),
        );
        signal(&tray, number);
        assert_eq!(
            tray.wait_exit(Duration::from_secs(10)),
            Some(0),
            "{name}: {}",
            tray.log()
        );
        assert!(!socket.exists(), "{name}: the socket is left");
        let pngs: Vec<_> = std::fs::read_dir(&icons)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .collect();
        assert!(pngs.is_empty(), "{name}: icons left: {pngs:?}");
        assert!(
            host.item_property::<String>(&item, "IconName").is_err(),
            "{name}: the icon is still on the tray host"
        );
        assert!(
            std::fs::read_to_string(&state)
                .unwrap()
                .contains("status = \"away\""),
            "{name}: the pending choice is gone"
        );
    }
    sim.clear_faults();
    home.run(&["logout"]).expect(0);
}

#[test]
fn an_endless_request_line_is_cut_off_and_the_tray_answers_the_next_client() {
    let _serial = own_desktop();
    let home = Home::new();
    let socket = home.runtime_dir().join(SOCKET);
    let mut tray = Tray::start(&home);
    wait_for_socket(&mut tray, &socket);
    let before = peak_rss(tray.pid());
    // 256 MiB without a newline, until the tray stops reading.
    const SENT: usize = 256 << 20;
    let mut stream = UnixStream::connect(&socket).unwrap();
    stream
        .set_write_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let chunk = vec![b'a'; 1 << 20];
    let mut sent = 0;
    while sent < SENT && stream.write_all(&chunk).is_ok() {
        sent += chunk.len();
    }
    drop(stream);
    assert!(
        pong(&socket),
        "the next client got no answer: {}",
        tray.log()
    );
    assert!(tray.running(), "{}", tray.log());
    let grown = peak_rss(tray.pid()).saturating_sub(before);
    // Generous: the cap is a few KiB; the whole line would be 256 MiB.
    assert!(
        grown < 64 << 20,
        "the tray's peak memory grew by {grown} bytes (sent {sent})"
    );
}

#[test]
fn without_xdg_runtime_dir_the_icons_stay_in_a_private_folder() {
    let _serial = own_desktop();
    let home = Home::new();
    // A temporary folder anyone may write in, as /tmp is.
    let tmp = home.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o1777)).unwrap();
    let host = TrayHost::start();
    let mut command = home.command(&[]);
    command.env_remove("XDG_RUNTIME_DIR").env("TMPDIR", &tmp);
    let mut tray = Tray::spawn(&home, command, "tray");
    let item = host
        .wait_for_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item: {}", tray.log()));
    let mut icon = String::new();
    wait_until(
        "the icon's file",
        WAIT,
        || {
            icon = host.item_property(&item, "IconName").unwrap_or_default();
            icon.starts_with('/')
        },
        || tray.log(),
    );
    let folder = Path::new(&icon).parent().unwrap().to_path_buf();
    let meta = std::fs::metadata(&folder).unwrap();
    assert_ne!(folder, tmp.join("tray-icon"), "the shared fallback");
    assert_eq!(
        meta.mode() & 0o7777,
        0o700,
        "{} is open to others",
        folder.display()
    );
    assert_eq!(meta.uid(), std::fs::metadata(home.path()).unwrap().uid());
    host.click_quit(&item);
    assert_eq!(
        tray.wait_exit(Duration::from_secs(10)),
        Some(0),
        "{}",
        tray.log()
    );
    assert!(!folder.exists(), "the icon folder is left behind");
}
