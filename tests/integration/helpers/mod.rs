//! Shared harness for the integration tests: a throwaway home per scenario, the real binary, the real
//! keyring (gnome-keyring in the D-Bus session that `scripts/test` starts), the simulator, the turns
//! taken on the shared desktop, and a fake desktop portal ([`fake_portal`]).

pub mod fake_portal;

use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};

pub use b24_status_sim::{Fault, SimConfig, Simulator};

/// Fails (never skips) when the tests run outside the prepared environment.
pub fn require_env() {
    assert!(
        std::env::var_os("B24_TEST_ENV").is_some(),
        "these tests need a D-Bus session with an unlocked gnome-keyring: run them with scripts/test"
    );
}

/// The desktop that all tests of this binary share: the well-known names a test claims on the session bus
/// (the tray host's watcher and notification server, the fake desktop portal) and the X11 grab of
/// Ctrl+Alt+D that every tray makes. Tests that claim them or start a tray own it, one at a time; tests
/// whose assertions depend on them (`b24-status doctor` looks for a tray host and tries the grab) see it,
/// any number at once but never while a test owns it. The other tests run beside both.
static DESKTOP: RwLock<()> = RwLock::new(());

/// Takes the shared desktop for this test alone (a failed test before it does not keep it locked).
pub fn own_desktop() -> RwLockWriteGuard<'static, ()> {
    DESKTOP
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Waits until no test owns the shared desktop, and keeps others from taking it until the guard drops.
pub fn see_desktop() -> RwLockReadGuard<'static, ()> {
    DESKTOP
        .read()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A throwaway HOME with its own XDG folders, so each scenario starts from nothing.
pub struct Home {
    dir: tempfile::TempDir,
}

/// What one run of the binary produced.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Home {
    pub fn new() -> Home {
        require_env();
        let home = Home {
            dir: tempfile::tempdir().expect("a temp dir"),
        };
        std::fs::create_dir(home.runtime_dir()).unwrap();
        std::fs::set_permissions(
            home.runtime_dir(),
            std::os::unix::fs::PermissionsExt::from_mode(0o700),
        )
        .unwrap();
        home
    }

    /// This home's `XDG_RUNTIME_DIR` (where the tray's control socket and temporary icons live).
    pub fn runtime_dir(&self) -> PathBuf {
        self.path().join("run")
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn config_file(&self) -> PathBuf {
        self.path().join(".config/b24-status/config.toml")
    }

    /// A command for the real binary with this home's environment.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = self.command_for(env!("CARGO_BIN_EXE_b24-status"));
        cmd.args(args);
        cmd
    }

    /// A command for `program` (a copy of the binary, or a tool that starts it) with the environment
    /// [`Home::command`] gives the real binary.
    pub fn command_for(&self, program: impl AsRef<OsStr>) -> Command {
        let mut cmd = Command::new(program);
        let home = self.path();
        cmd.env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_STATE_HOME", home.join(".local/state"))
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("XDG_CACHE_HOME", home.join(".cache"))
            .env("XDG_RUNTIME_DIR", home.join("run"))
            .env_remove("RUST_LOG")
            // English whatever the machine's locale; the language tests set their own.
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANGUAGE")
            .env("LANG", "C.UTF-8");
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(self.command(args), "")
    }

    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Run {
        self.run_with(self.command(args), stdin)
    }

    pub fn run_with(&self, mut cmd: Command, stdin: &str) -> Run {
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary starts");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .expect("stdin is writable");
        Run::from(child.wait_with_output().expect("the binary finishes"))
    }

    /// Signs in to `sim` through stdin and checks it worked.
    pub fn login(&self, sim: &Simulator) -> Run {
        let run = self.run_stdin(&["login"], &format!("{}\n", sim.webhook_url()));
        assert_eq!(run.code, 0, "login failed: {run:?}");
        run
    }

    /// Asserts the secret appears in no file under this home.
    pub fn assert_no_secret_in_files(&self, secret: &str) {
        for file in files_under(self.path()) {
            let bytes = std::fs::read(&file).unwrap_or_default();
            assert!(
                !contains(&bytes, secret.as_bytes()),
                "the secret leaked into {}",
                file.display()
            );
        }
    }

    pub fn files(&self) -> Vec<PathBuf> {
        files_under(self.path())
    }
}

impl From<Output> for Run {
    fn from(out: Output) -> Run {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

impl Run {
    /// Asserts the secret appears in neither stdout nor stderr.
    pub fn assert_no_secret(&self, secret: &str) -> &Run {
        assert!(!self.stdout.contains(secret), "secret on stdout: {self:?}");
        assert!(!self.stderr.contains(secret), "secret on stderr: {self:?}");
        self
    }

    pub fn expect(&self, code: i32) -> &Run {
        assert_eq!(self.code, code, "unexpected exit code: {self:?}");
        self
    }

    /// The error line the binary printed (exactly one line on stderr).
    pub fn one_line_error(&self) -> &str {
        let lines: Vec<&str> = self.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "expected one error line: {self:?}");
        lines[0]
    }
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// What the keyring holds for an account, read with `secret-tool` (independently of the app).
pub fn keyring_lookup(account: &str) -> Option<String> {
    let out = Command::new("secret-tool")
        .args(["lookup", "service", "b24-status", "username", account])
        .output()
        .expect("secret-tool is installed (scripts/deps test)");
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim_end().to_string())
        .filter(|s| !s.is_empty())
}

/// The keyring account name for the simulator's user.
pub fn account_of(sim: &Simulator) -> String {
    let host = sim.base_url().trim_start_matches("http://").to_string();
    format!("7@{host}")
}

/// A started simulator with default settings.
pub fn sim() -> Simulator {
    Simulator::spawn(SimConfig::default()).expect("the simulator starts")
}

/// Calls the simulator saw for one method.
pub fn calls_of(sim: &Simulator, method: &str) -> usize {
    sim.calls().iter().filter(|c| c.method == method).count()
}
