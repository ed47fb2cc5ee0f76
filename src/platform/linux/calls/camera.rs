//! The camera in use by another program, event-driven: inotify tells when a video device (`/dev/video*`)
//! is opened or closed, and when one is plugged in or out (`/dev` itself, for its entries only); after
//! each burst of events has been quiet for [`CAMERA_SETTLE`](crate::tuning::CAMERA_SETTLE), `/proc/*/fd` says whether a process other
//! than this one holds one open. The pause is what keeps a program that only lists the cameras (a
//! browser asking for the devices, PipeWire's monitor, udev) from counting: it opens and closes them at
//! once. Nothing is timed otherwise: no camera event, no wake-up.
//!
//! Only the user's own processes can be seen (`/proc/PID/fd` of another user is closed to us), which are
//! the ones that matter; a device the user may not read cannot be watched and is passed over.

use std::collections::HashMap;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::inotify::{Inotify, events};

/// What a device's watch listens for.
const DEVICE_EVENTS: u32 = libc::IN_OPEN | libc::IN_CLOSE_WRITE | libc::IN_CLOSE_NOWRITE;
/// What the folder's watch listens for: entries created, removed, or their permissions changed (udev
/// grants the user a camera's access just after it appears).
const FOLDER_EVENTS: u32 = libc::IN_CREATE | libc::IN_DELETE | libc::IN_ATTRIB;

/// Whether `name` is a video device's.
pub(super) fn is_video(name: &[u8]) -> bool {
    name.strip_prefix(b"video")
        .is_some_and(|n| !n.is_empty() && n.iter().all(u8::is_ascii_digit))
}

/// Watches the video devices in `folder` (`/dev`): reports whether one is in use once at start and then
/// at every change, each looked at once the events have been quiet for `settle` ([`CAMERA_SETTLE`](crate::tuning::CAMERA_SETTLE)),
/// until `report` returns false (seen at the next event) or inotify fails.
pub(super) fn watch(folder: &Path, settle: Duration, report: &dyn Fn(bool) -> bool) {
    let mut watcher = match Watcher::new(folder, settle) {
        Ok(watcher) => watcher,
        Err(e) => {
            tracing::info!("cannot watch the cameras ({e})");
            return;
        }
    };
    tracing::info!(cameras = watcher.devices.len(), "watching the cameras");
    let mut in_use = watcher.in_use();
    if !report(in_use) {
        return;
    }
    loop {
        match watcher.wait() {
            Ok(()) => {}
            Err(e) => {
                tracing::info!("stopped watching the cameras ({e})");
                return;
            }
        }
        let now = watcher.in_use();
        if now != in_use {
            in_use = now;
            tracing::info!(in_use, "a camera changed");
            if !report(in_use) {
                return;
            }
        }
    }
}

struct Watcher {
    inotify: Inotify,
    folder: PathBuf,
    folder_watch: i32,
    /// The devices watched, by their watch.
    devices: HashMap<i32, PathBuf>,
    settle: Duration,
}

impl Watcher {
    fn new(folder: &Path, settle: Duration) -> std::io::Result<Watcher> {
        let mut watcher = Watcher {
            inotify: Inotify::new()?,
            folder: folder.to_path_buf(),
            folder_watch: -1,
            devices: HashMap::new(),
            settle,
        };
        watcher.folder_watch = watcher.inotify.add(folder, FOLDER_EVENTS)?;
        watcher.add_devices();
        Ok(watcher)
    }

    /// Watches every video device of the folder not watched yet (one just plugged in, or now readable).
    fn add_devices(&mut self) {
        let Ok(entries) = std::fs::read_dir(&self.folder) else {
            return;
        };
        for entry in entries.flatten() {
            if !is_video(entry.file_name().as_bytes()) {
                continue;
            }
            let path = entry.path();
            if self.devices.values().any(|p| *p == path) {
                continue;
            }
            match self.inotify.add(&path, DEVICE_EVENTS) {
                Ok(wd) => {
                    self.devices.insert(wd, path);
                }
                Err(e) => tracing::debug!(device = %path.display(), "cannot watch a camera: {e}"),
            }
        }
    }

    /// Blocks until a device event, then until the events have been quiet for the settling pause.
    fn wait(&mut self) -> std::io::Result<()> {
        let mut relevant = false;
        loop {
            let limit = relevant.then_some(self.settle);
            let mut buf = [0u8; 4096];
            let read = self.inotify.read(&mut buf, limit)?;
            if read.is_empty() {
                return Ok(());
            }
            relevant |= self.take(read);
        }
    }

    /// Takes in the events of a read; whether any of them may change the answer.
    fn take(&mut self, read: &[u8]) -> bool {
        let mut relevant = false;
        let mut rescan = false;
        for event in events(read) {
            if event.mask & libc::IN_Q_OVERFLOW != 0 {
                relevant = true;
                rescan = true;
            } else if event.wd == self.folder_watch {
                if is_video(event.name) {
                    relevant = true;
                    rescan = true;
                }
            } else if event.mask & libc::IN_IGNORED != 0 {
                // A device gone (its watch with it).
                self.devices.remove(&event.wd);
                relevant = true;
            } else if self.devices.contains_key(&event.wd) {
                relevant = true;
            }
        }
        if rescan {
            self.add_devices();
        }
        relevant
    }

    /// Whether a process other than this one has a watched device open.
    fn in_use(&self) -> bool {
        let devices: Vec<&Path> = self.devices.values().map(PathBuf::as_path).collect();
        holder(&devices, Path::new("/proc"), std::process::id()).is_some()
    }
}

/// The first process under `proc` other than `own_pid` with one of `devices` open.
pub(super) fn holder(devices: &[&Path], proc: &Path, own_pid: u32) -> Option<u32> {
    if devices.is_empty() {
        return None;
    }
    let processes = std::fs::read_dir(proc).ok()?;
    processes.flatten().find_map(|process| {
        let pid: u32 = process.file_name().to_str()?.parse().ok()?;
        if pid == own_pid {
            return None;
        }
        let fds = std::fs::read_dir(process.path().join("fd")).ok()?;
        fds.flatten()
            .filter_map(|fd| std::fs::read_link(fd.path()).ok())
            .any(|target| devices.contains(&target.as_path()))
            .then_some(pid)
    })
}

#[cfg(test)]
mod tests;
