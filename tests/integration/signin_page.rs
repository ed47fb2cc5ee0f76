//! The tray's sign-in page as the real tray serves it: the tray binary under Xvfb opens it from its menu
//! (clicked over D-Bus by the test tray host) in a "browser" that records the address; then Debian's
//! Chromium, driven by Playwright (`tests/browser/signin.mjs`), signs in through it to the simulator,
//! and the secret ends up in the real keyring; and a flood of connections leaves the tray's threads and
//! file descriptors where they were. The browser test needs `scripts/deps test` (chromium, node) and
//! `npm ci` in tests/browser, both of which `scripts/test` does; it fails, never skips, when any of them
//! is missing.

use std::io::Write;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use b24_status::tuning::{SIGN_IN_PAGE_CONNECTIONS, SIGN_IN_PAGE_READ_DEADLINE};
use b24_status_test_desktop::browser::post_json;
use b24_status_test_desktop::tray_host::{Item, TrayHost};

use crate::helpers::*;

const CHROMIUM: &str = "/usr/bin/chromium";
const WAIT: Duration = Duration::from_secs(20);

fn browser_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

/// Fails with what to do when a tool the test needs is missing.
fn require_browser_tools() {
    match Command::new("node").arg("--version").output() {
        Ok(out) if out.status.success() => {}
        Ok(out) => panic!("`node --version` failed: {out:?}"),
        Err(e) => panic!(
            "Node.js is needed for the browser test but `node` cannot be run ({e}): install it \
             with scripts/deps test"
        ),
    }
    assert!(
        Path::new(CHROMIUM).exists(),
        "Chromium is needed for the browser test but {CHROMIUM} is missing: install it with scripts/deps test"
    );
    assert!(
        browser_dir().join("node_modules/playwright-core").is_dir(),
        "playwright-core is not installed in tests/browser: run `npm ci` there (scripts/test does)"
    );
}

/// Polls `probe` until `check` holds or `timeout` passes; panics with `what` and the last value.
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
        assert!(Instant::now() < deadline, "{what}: last seen {value:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The real tray in `home`, signed out, with its sign-in page open: the page's address came to the
/// default browser, a script that records it.
struct TrayWithPage {
    child: Child,
    host: TrayHost,
    item: Item,
    page: String,
    log: PathBuf,
}

/// A failed test must not leave its tray running: it would register with every later test's tray host.
impl Drop for TrayWithPage {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl TrayWithPage {
    fn open(home: &Home) -> TrayWithPage {
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
        let log = home.path().join("tray.log");
        let mut cmd = home.command(&[]);
        cmd.env("RUST_LOG", "debug")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap());
        let child = cmd.spawn().expect("the tray starts");
        let item = host.wait_for_item(WAIT).expect("a tray item");
        eventually(
            "the Sign in… entry",
            WAIT,
            || {
                host.menu(&item)
                    .iter()
                    .map(|e| e.label.clone())
                    .collect::<Vec<_>>()
            },
            |labels| labels.iter().any(|l| l == "Sign in…"),
        );
        host.click(&item, "Sign in…");
        let page = eventually(
            "the browser was opened",
            WAIT,
            || std::fs::read_to_string(&opened).unwrap_or_default(),
            |u| !u.is_empty(),
        );
        assert!(page.starts_with("http://127.0.0.1:"), "{page}");
        TrayWithPage {
            child,
            host,
            item,
            page,
            log,
        }
    }

    /// `127.0.0.1:PORT`.
    fn authority(&self) -> String {
        self.page
            .trim_start_matches("http://")
            .split('/')
            .next()
            .unwrap()
            .to_string()
    }

    /// `/TOKEN/`.
    fn path(&self) -> String {
        format!(
            "/{}",
            self.page
                .trim_start_matches("http://")
                .split_once('/')
                .unwrap()
                .1
        )
    }

    /// The number of open file descriptors and of threads of the tray process.
    fn fds_and_threads(&self) -> (usize, usize) {
        let count = |what: &str| {
            std::fs::read_dir(format!("/proc/{}/{what}", self.child.id()))
                .expect("the tray runs")
                .count()
        };
        (count("fd"), count("task"))
    }

    /// What the tray's file descriptors are (for a failure's message).
    fn fd_targets(&self) -> Vec<String> {
        std::fs::read_dir(format!("/proc/{}/fd", self.child.id()))
            .into_iter()
            .flatten()
            .flatten()
            .map(|fd| {
                std::fs::read_link(fd.path())
                    .map(|to| to.display().to_string())
                    .unwrap_or_default()
            })
            .collect()
    }

    /// Whether the page still accepts connections.
    fn listens(&self) -> bool {
        TcpStream::connect(self.authority()).is_ok()
    }

    fn quit(mut self) -> String {
        self.host.click_quit(&self.item);
        let until = Instant::now() + WAIT;
        while self.child.try_wait().unwrap().is_none() {
            if Instant::now() > until {
                let _ = self.child.kill();
                panic!("the tray did not quit");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

#[test]
fn signing_in_through_the_trays_page_in_chromium() {
    require_env();
    require_browser_tools();
    let _desktop = own_desktop();
    let sim = sim();
    let account = account_of(&sim);
    let home = Home::new();
    let tray = TrayWithPage::open(&home);

    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("signin-page");
    let _ = std::fs::remove_dir_all(&shots);
    let out = Command::new("node")
        .arg(browser_dir().join("signin.mjs"))
        .arg(&tray.page)
        .arg(sim.webhook_url())
        .arg(&shots)
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}{stderr}");
    assert!(
        out.status.success(),
        "the browser test failed ({}):\n{stdout}{stderr}",
        out.status
    );
    for shot in [
        "initial.png",
        "error-malformed.png",
        "error.png",
        "success.png",
    ] {
        assert!(shots.join(shot).is_file(), "no screenshot {shot}");
    }
    assert!(
        !stdout.contains(&sim.secret()) && !stderr.contains(&sim.secret()),
        "the secret appeared in the browser test's output"
    );

    // Signed in for real: the secret is in the keyring, the account in the config.
    assert_eq!(
        keyring_lookup(&account).as_deref(),
        Some(sim.secret().as_str()),
        "the keyring does not hold the simulator's secret"
    );
    let config = std::fs::read_to_string(home.config_file()).expect("the config was written");
    assert!(config.contains("Anna Petrova"), "{config}");
    // The portal saw the wrong secret rejected and the right one verified.
    let calls = sim.calls();
    assert!(
        calls
            .iter()
            .any(|c| c.method == "profile" && c.error.as_deref() == Some("INVALID_CREDENTIALS")),
        "the wrong secret never reached the portal: {calls:?}"
    );
    // The page closed after the success.
    eventually("the page closed", WAIT, || tray.listens(), |on| !on);

    let log = tray.quit();
    assert!(
        !log.contains(&sim.secret()),
        "the secret is in the tray's log"
    );
    home.run(&["logout"]).expect(0);
    assert_eq!(keyring_lookup(&account), None);
    home.assert_no_secret_in_files(&sim.secret());
}

fn capitalised(sentence: &str) -> String {
    let mut chars = sentence.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[test]
fn the_page_speaks_the_browsers_language_and_else_the_apps() {
    require_env();
    require_browser_tools();
    let _desktop = own_desktop();
    let home = Home::new();
    // The app runs in English (the harness's LANG=C.UTF-8): a browser in a language without a
    // catalogue gets the app's.
    let tray = TrayWithPage::open(&home);
    let expect = |locale: &str, catalogue: &'static str| {
        let said = |id: &str| {
            let locale = b24_status::text::Locale {
                catalogue,
                clock_12h: false,
            };
            b24_status::text::in_language(locale, || b24_status::text::message(id, &[]))
        };
        serde_json::json!({
            "locale": locale,
            "lang": catalogue,
            "title": said("signin-page-title"),
            "heading": said("signin-page-heading"),
            "label": said("signin-page-url-label"),
            "button": said("signin-page-submit"),
            // The page starts the sentence with a capital.
            "malformed": capitalised(&said("webhook-not-a-url")),
        })
    };
    let expected = serde_json::json!([expect("pt-BR", "pt-BR"), expect("ja-JP", "en")]);
    assert_ne!(expected[0]["title"], expected[1]["title"], "{expected}");
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("signin-page-languages");
    let _ = std::fs::remove_dir_all(&shots);
    let out = Command::new("node")
        .arg(browser_dir().join("signin-language.mjs"))
        .arg(&tray.page)
        .arg(expected.to_string())
        .arg(&shots)
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "the browser test failed ({}):\n{stdout}{stderr}",
        out.status
    );
    assert!(shots.join("pt-BR.png").is_file(), "no screenshot");
    tray.quit();
}

#[test]
fn a_flood_of_connections_leaves_the_trays_threads_and_files_as_they_were() {
    require_env();
    let _desktop = own_desktop();
    let sim = sim();
    let home = Home::new();
    let tray = TrayWithPage::open(&home);
    // Let the tray settle after opening the browser, then take its baseline.
    std::thread::sleep(Duration::from_secs(1));
    let (fds, threads) = tray.fds_and_threads();
    let before = tray.fd_targets();

    // Any local user: half-open requests without the token. And with the token: submissions announcing
    // a 2 MB body, of which a few bytes come.
    let authority = tray.authority();
    let mut clients: Vec<TcpStream> = Vec::new();
    for n in 0..1200 {
        let Ok(mut stream) = TcpStream::connect(&authority) else {
            // The listen queue is full for a moment: the flood is as big as it gets.
            continue;
        };
        let _ = if n % 4 == 0 {
            write!(
                stream,
                "POST {}submit HTTP/1.1\r\nHost: {authority}\r\nContent-Type: application/json\r\n\
                 Content-Length: 2000000\r\n\r\n{{\"url\":\"",
                tray.path()
            )
        } else {
            write!(stream, "GET / HTTP/1.1\r\nHost: {authority}\r\n")
        };
        clients.push(stream);
    }
    assert!(clients.len() > 500, "only {} connections", clients.len());
    // While they are open, the tray holds at most its few connections' threads (and a spare few of
    // its own, such as tokio's blocking pool).
    let bound = threads + SIGN_IN_PAGE_CONNECTIONS + 4;
    for _ in 0..20 {
        let (_, now) = tray.fds_and_threads();
        assert!(
            now <= bound,
            "{now} threads under the flood (baseline {threads})"
        );
        std::thread::sleep(Duration::from_millis(50));
    }

    // Once the clients are gone, and at the latest when the read deadline has passed, everything
    // the flood took is given back.
    drop(clients);
    let until = Instant::now() + SIGN_IN_PAGE_READ_DEADLINE + WAIT;
    loop {
        let (f, t) = tray.fds_and_threads();
        // Generous: the tray may open a few descriptors of its own meanwhile (a runtime's epoll,
        // eventfd and timerfd appear once); the flood was over a thousand connections.
        if f <= fds + 8 && t <= threads + 4 {
            println!("baseline {fds} fds, {threads} threads; after the flood {f}, {t}");
            break;
        }
        assert!(
            Instant::now() < until,
            "after the flood the tray has {f} file descriptors and {t} threads, against {fds} and \
             {threads} before; its descriptors before: {before:?}, now: {:?}",
            tray.fd_targets()
        );
        std::thread::sleep(Duration::from_millis(100));
    }

    // And the page still works: a normal sign-in.
    let (status, answer) = post_json(&tray.page, &sim.webhook_url());
    assert_eq!(status, 200, "{answer}");
    assert!(answer.contains("Signed in as Anna Petrova"), "{answer}");
    assert!(!answer.contains(&sim.secret()));
    eventually("the page closed", WAIT, || tray.listens(), |on| !on);
    let log = tray.quit();
    assert!(
        !log.contains(&sim.secret()),
        "the secret is in the tray's log"
    );
    home.run(&["logout"]).expect(0);
    assert_eq!(keyring_lookup(&account_of(&sim)), None);
}
