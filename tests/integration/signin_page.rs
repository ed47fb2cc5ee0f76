//! The tray's sign-in page in a real browser: Debian's Chromium, driven by Playwright
//! (`tests/browser/signin.mjs`), signs in to the simulator through the page, and the secret ends up in
//! the real keyring. Needs `scripts/deps test` (chromium, node) and `npm ci` in tests/browser, both of
//! which `scripts/test` does; it fails, never skips, when any of them is missing.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use b24_status::tray::signin::SignInPage;

use crate::helpers::*;

const CHROMIUM: &str = "/usr/bin/chromium";

/// Set in the child process that runs the test's body (see [`in_own_process`]): its temporary directory.
const CHILD: &str = "B24_TEST_SIGNIN_PAGE_HOME";

/// Deletes the keyring entry at the end, whatever happened.
struct KeyringCleanup(String);

impl Drop for KeyringCleanup {
    fn drop(&mut self) {
        let _ = b24_status::store::keyring::delete(&self.0);
    }
}

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

/// In the test binary: runs `test` of this module again, alone, in a child process of the binary whose
/// `XDG_CONFIG_HOME` and `XDG_STATE_HOME` are in a new temporary directory, asserts that it passed, and
/// returns `None`. In that child: returns the temporary directory. (Setting them in the test binary would
/// race the tests on its other threads: `std::env::set_var` is unsound there.)
fn in_own_process(test: &str) -> Option<PathBuf> {
    if let Some(home) = std::env::var_os(CHILD) {
        return Some(home.into());
    }
    let home = tempfile::tempdir().expect("a temp dir");
    // The test's name as the harness knows it: the module path without the binary's name.
    let module = module_path!().split_once("::").map_or("", |(_, path)| path);
    let out = Command::new(std::env::current_exe().expect("the test binary's path"))
        .args([&format!("{module}::{test}"), "--exact", "--nocapture"])
        .env(CHILD, home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("XDG_STATE_HOME", home.path().join("state"))
        .output()
        .expect("the test binary runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}{stderr}");
    assert!(
        out.status.success() && stdout.contains("test result: ok. 1 passed"),
        "{test} failed in its own process ({}):\n{stdout}{stderr}",
        out.status
    );
    None
}

#[test]
fn signing_in_through_the_page_in_chromium() {
    require_env();
    require_browser_tools();

    // sign_in reads and writes the config under XDG_CONFIG_HOME (and logs under XDG_STATE_HOME): they
    // point at a throwaway directory, in a process of its own.
    let Some(home) = in_own_process("signing_in_through_the_page_in_chromium") else {
        return;
    };

    let sim = sim();
    let account = account_of(&sim);
    let _cleanup = KeyringCleanup(account.clone());
    assert_eq!(
        keyring_lookup(&account),
        None,
        "the keyring already has {account}"
    );

    let page = SignInPage::start(|url| {
        b24_status::session::login::sign_in(url)
            .map(|a| b24_status::session::login::signed_in_line(&a))
            .map_err(|e| e.to_string())
    })
    .expect("the sign-in page starts");
    assert!(page.is_running());

    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("signin-page");
    let _ = std::fs::remove_dir_all(&shots);
    let out = Command::new("node")
        .arg(browser_dir().join("signin.mjs"))
        .arg(page.url())
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
    let config = std::fs::read_to_string(home.join("config/b24-status/config.toml"))
        .expect("the config was written");
    assert!(config.contains("Anna Petrova"), "{config}");
    assert!(
        !config.contains(&sim.secret()),
        "the secret leaked into the config"
    );

    // The portal saw the wrong secret rejected and the right one verified (profile, then a status read).
    let calls = sim.calls();
    assert!(
        calls
            .iter()
            .any(|c| c.method == "profile" && c.error.as_deref() == Some("INVALID_CREDENTIALS")),
        "the wrong secret never reached the portal: {calls:?}"
    );
    assert!(
        calls
            .iter()
            .any(|c| c.method == "im.user.status.get" && c.http_status == 200),
        "the status was never read: {calls:?}"
    );

    // The page closed after the success.
    let until = Instant::now() + Duration::from_secs(2);
    while page.is_running() && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        !page.is_running(),
        "the sign-in page still runs after signing in"
    );

    assert_eq!(b24_status::store::keyring::delete(&account), Ok(true));
    assert_eq!(keyring_lookup(&account), None);
}
