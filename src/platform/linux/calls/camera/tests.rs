//! The calls rule's camera: inotify's events taken apart, and the watcher on a folder of stand-in
//! devices (regular files) held open by other processes, found through /proc.

use std::fs::File;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;

use super::*;

#[test]
fn video_devices_are_known_by_their_names() {
    for name in ["video0", "video12"] {
        assert!(is_video(name.as_bytes()), "{name}");
    }
    for name in ["video", "videox", "video0.bak", "media0", "vhci", "v4l"] {
        assert!(!is_video(name.as_bytes()), "{name}");
    }
}

/// One event as the kernel lays it out: the header, then the name padded with NULs to `len`.
fn raw_event(wd: i32, mask: u32, name: &str, len: usize) -> Vec<u8> {
    let mut out = vec![];
    out.extend(wd.to_ne_bytes());
    out.extend(mask.to_ne_bytes());
    out.extend(0u32.to_ne_bytes());
    out.extend(u32::try_from(len).unwrap().to_ne_bytes());
    let mut padded = name.as_bytes().to_vec();
    padded.resize(len, 0);
    out.extend(padded);
    out
}

#[test]
fn a_reads_events_are_taken_apart() {
    let mut buf = raw_event(1, libc::IN_CREATE, "video2", 16);
    buf.extend(raw_event(2, libc::IN_OPEN, "", 0));
    buf.extend(raw_event(3, libc::IN_IGNORED, "", 0));
    let got: Vec<(i32, u32, Vec<u8>)> = events(&buf)
        .map(|e| (e.wd, e.mask, e.name.to_vec()))
        .collect();
    assert_eq!(
        got,
        [
            (1, libc::IN_CREATE, b"video2".to_vec()),
            (2, libc::IN_OPEN, vec![]),
            (3, libc::IN_IGNORED, vec![]),
        ]
    );
    // A cut-off event ends the list instead of reading past it.
    assert_eq!(events(&buf[..10]).count(), 0);
}

/// A program holding `path` open (as its standard input) until it is dropped.
struct Holding(Child);

impl Holding {
    fn open(path: &Path) -> Holding {
        let child = Command::new("sleep")
            .arg("60")
            .stdin(File::open(path).unwrap())
            .stdout(Stdio::null())
            .spawn()
            .expect("sleep runs");
        Holding(child)
    }
}

impl Drop for Holding {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn the_holder_of_a_device_is_found_in_proc_and_this_process_is_not_one() {
    let dir = tempfile::tempdir().unwrap();
    let device = dir.path().join("video0");
    std::fs::write(&device, b"").unwrap();
    let proc = Path::new("/proc");
    assert_eq!(holder(&[&device], proc, std::process::id()), None);
    // Open here: this process does not count.
    let _ours = File::open(&device).unwrap();
    assert_eq!(holder(&[&device], proc, std::process::id()), None);
    let other = Holding::open(&device);
    assert_eq!(
        holder(&[&device], proc, std::process::id()),
        Some(other.0.id())
    );
    assert_eq!(holder(&[], proc, std::process::id()), None);
}

/// Runs the watcher on `dir` with a short settling pause; what it reports comes out of the receiver.
fn watching(dir: &Path) -> mpsc::Receiver<bool> {
    let (tx, rx) = mpsc::channel();
    let dir = dir.to_path_buf();
    std::thread::spawn(move || {
        watch(&dir, Duration::from_millis(150), &|on| tx.send(on).is_ok());
    });
    rx
}

const WAIT: Duration = Duration::from_secs(5);

#[test]
fn a_camera_held_open_is_in_use_one_only_listed_is_not_and_one_plugged_in_later_is_watched() {
    let dir = tempfile::tempdir().unwrap();
    let video0 = dir.path().join("video0");
    std::fs::write(&video0, b"").unwrap();
    std::fs::write(dir.path().join("other"), b"").unwrap();
    let reports = watching(dir.path());
    assert_eq!(reports.recv_timeout(WAIT), Ok(false), "the state at start");

    // A program that lists the cameras opens and closes them at once: nothing changes.
    let listed = Command::new("cat").arg(&video0).status().unwrap();
    assert!(listed.success());
    // Another file of the folder opened and held: not a camera.
    let other = Holding::open(&dir.path().join("other"));
    assert!(reports.recv_timeout(Duration::from_millis(600)).is_err());
    drop(other);

    let call = Holding::open(&video0);
    assert_eq!(reports.recv_timeout(WAIT), Ok(true), "held open");
    drop(call);
    assert_eq!(reports.recv_timeout(WAIT), Ok(false), "closed");

    // Plugged in after the start.
    let video1 = dir.path().join("video1");
    std::fs::write(&video1, b"").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let call = Holding::open(&video1);
    assert_eq!(reports.recv_timeout(WAIT), Ok(true), "the new camera held");
    // Unplugged while held: no camera left to hold.
    std::fs::remove_file(&video1).unwrap();
    assert_eq!(reports.recv_timeout(WAIT), Ok(false), "unplugged");
    drop(call);
}
