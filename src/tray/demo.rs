//! The demo's portal: the simulator binary `b24-status-sim`, started as a child process (so neither
//! shipping binary contains the simulator) and stopped with the tray.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};

/// The running simulator; dropping it stops it.
pub struct DemoPortal {
    child: Child,
    /// Kept open: the simulator serves until its standard input closes.
    stdin: Option<ChildStdin>,
    webhook_url: String,
}

/// Where `b24-status-sim` is: beside this binary (a build tree), else in `../libexec/b24-status/`
/// (the .deb installs it there, off the PATH).
fn simulator_path() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let name = format!("b24-status-sim{}", std::env::consts::EXE_SUFFIX);
    let dir = exe.parent()?;
    [
        dir.join(&name),
        dir.join("../libexec/b24-status").join(&name),
    ]
    .into_iter()
    .find(|p| p.is_file())
}

impl DemoPortal {
    /// Starts the simulator with the user Online and waits for its webhook URL.
    pub fn start() -> Result<DemoPortal, String> {
        let path = simulator_path().ok_or_else(|| text!("tray-demo-no-simulator"))?;
        let mut child = Command::new(&path)
            .args(["--status", "online"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let stdin = child.stdin.take();
        let mut line = String::new();
        let read = child
            .stdout
            .take()
            .map(|out| BufReader::new(out).read_line(&mut line));
        if !matches!(read, Some(Ok(n)) if n > 0) {
            let _ = child.kill();
            let _ = child.wait();
            return Err(text!("tray-demo-no-url"));
        }
        Ok(DemoPortal {
            child,
            stdin,
            webhook_url: line.trim().to_string(),
        })
    }

    pub fn webhook_url(&self) -> &str {
        &self.webhook_url
    }
}

impl Drop for DemoPortal {
    fn drop(&mut self) {
        // Closing its stdin ends it; kill it in case it hangs.
        drop(self.stdin.take());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
