//! A small inotify descriptor over libc, for the calls rule's two waits: the camera's devices, and a sound
//! server's socket appearing. Watches are added by path; a read blocks (with a limit, or none) and its
//! events are taken apart by [`events`].

use std::ffi::CString;
use std::fs::File;
use std::io::Read;
use std::os::fd::{AsRawFd, FromRawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::time::Duration;

pub(super) struct Inotify {
    file: File,
}

impl Inotify {
    pub(super) fn new() -> std::io::Result<Inotify> {
        // SAFETY: a plain system call; the descriptor it returns is owned by the File from here on.
        let fd = unsafe { libc::inotify_init1(libc::IN_CLOEXEC) };
        if fd < 0 {
            return Err(std::io::Error::last_os_error());
        }
        // SAFETY: `fd` is a fresh descriptor nothing else owns.
        let file = unsafe { File::from_raw_fd(fd) };
        Ok(Inotify { file })
    }

    /// Watches `path` for the events of `mask`; the watch's number.
    pub(super) fn add(&self, path: &Path, mask: u32) -> std::io::Result<i32> {
        let path = CString::new(path.as_os_str().as_bytes())?;
        // SAFETY: `path` is a NUL-terminated string that outlives the call.
        let wd = unsafe { libc::inotify_add_watch(self.file.as_raw_fd(), path.as_ptr(), mask) };
        if wd < 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(wd)
    }

    /// Waits for events, at most `limit` (`None`: as long as it takes), and reads them into `buf`; the
    /// bytes read (none: the limit passed first).
    pub(super) fn read<'b>(
        &mut self,
        buf: &'b mut [u8],
        limit: Option<Duration>,
    ) -> std::io::Result<&'b [u8]> {
        if let Some(limit) = limit
            && !self.readable(i32::try_from(limit.as_millis()).unwrap_or(i32::MAX))?
        {
            return Ok(&buf[..0]);
        }
        loop {
            match self.file.read(buf) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
                Ok(n) => return Ok(&buf[..n]),
            }
        }
    }

    /// Whether events come within `timeout_ms`.
    fn readable(&self, timeout_ms: i32) -> std::io::Result<bool> {
        let mut poll = libc::pollfd {
            fd: self.file.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        loop {
            // SAFETY: one valid pollfd for the length given.
            let n = unsafe { libc::poll(&mut poll, 1, timeout_ms) };
            if n >= 0 {
                return Ok(n > 0);
            }
            let e = std::io::Error::last_os_error();
            if e.kind() != std::io::ErrorKind::Interrupted {
                return Err(e);
            }
        }
    }
}

/// One inotify event.
pub(super) struct Event<'a> {
    pub wd: i32,
    pub mask: u32,
    /// The entry's name, for a folder's watch (without its NUL padding).
    pub name: &'a [u8],
}

/// The events in what one read of an inotify descriptor returned.
pub(super) fn events(mut buf: &[u8]) -> impl Iterator<Item = Event<'_>> {
    const HEADER: usize = std::mem::size_of::<libc::inotify_event>();
    std::iter::from_fn(move || {
        if buf.len() < HEADER {
            return None;
        }
        let word = |at: usize| [buf[at], buf[at + 1], buf[at + 2], buf[at + 3]];
        let wd = i32::from_ne_bytes(word(0));
        let mask = u32::from_ne_bytes(word(4));
        let len = u32::from_ne_bytes(word(12)) as usize;
        let end = (HEADER + len).min(buf.len());
        let raw = &buf[HEADER..end];
        let name = &raw[..raw.iter().position(|b| *b == 0).unwrap_or(raw.len())];
        let event = Event { wd, mask, name };
        buf = &buf[end..];
        Some(event)
    })
}
