//! The control socket on Unix: its folder (this user's alone), the lock beside it that decides which
//! tray serves it, the client the CLI uses and the listener the tray binds, each end checking through
//! the kernel (`SO_PEERCRED`) that the other runs as this user.

use std::fs::File;
use std::io::{BufRead, BufReader, ErrorKind, Write};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use tokio::sync::oneshot;

use super::{CLIENT_TIMEOUT, IpcError, Reply, Request, Silence};
use crate::tuning::{IPC_ACCEPT_PAUSE, IPC_PING_TIMEOUT};

const SOCKET: &str = "b24-status.sock";
/// Held by the serving tray for its whole life (`flock`), removed by it on the way out.
const LOCK: &str = "b24-status.lock";

/// This process's effective user id.
fn me() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

/// Why a folder is not this user's alone (`None`: it is): it must be owned by this user and writable
/// by nobody else, since whoever can write in it can put their own socket where the tray's should be.
fn not_private(dir: &Path) -> Option<String> {
    match std::fs::metadata(dir) {
        Err(e) => Some(e.to_string()),
        Ok(meta) if !meta.is_dir() => Some("not a folder".into()),
        Ok(meta) if meta.uid() != me() => Some(format!("owned by uid {}", meta.uid())),
        Ok(meta) if meta.mode() & 0o022 != 0 => Some(format!(
            "mode {:04o}, others may write in it",
            meta.mode() & 0o7777
        )),
        Ok(_) => None,
    }
}

/// `$XDG_RUNTIME_DIR` when it is set and this user's alone; else `None` (logged once per process).
pub fn private_runtime_dir() -> Option<PathBuf> {
    static DIR: OnceLock<Option<PathBuf>> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = directories::BaseDirs::new()?.runtime_dir()?.to_path_buf();
        match not_private(&dir) {
            None => Some(dir),
            Some(why) => {
                tracing::warn!(
                    "not using XDG_RUNTIME_DIR {} ({why}): the control socket and the icons go \
                     to private folders instead",
                    dir.display()
                );
                None
            }
        }
    })
    .clone()
}

/// The socket's path: in `$XDG_RUNTIME_DIR` when that is private, else in the state folder.
pub fn socket_path() -> PathBuf {
    private_runtime_dir()
        .or_else(|| crate::store::files::state_dir().ok())
        .unwrap_or_else(std::env::temp_dir)
        .join(SOCKET)
}

/// The user id of the process at the other end, as the kernel recorded it when the socket was
/// connected (or, for a listener, when it began to listen).
fn peer_uid(stream: &impl std::os::fd::AsRawFd) -> std::io::Result<u32> {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        let mut cred = libc::ucred {
            pid: 0,
            uid: 0,
            gid: 0,
        };
        let mut len = std::mem::size_of::<libc::ucred>() as libc::socklen_t;
        // SAFETY: `cred` and `len` are live locals of the sizes passed; the kernel writes at most
        // `len` bytes into `cred`.
        let done = unsafe {
            libc::getsockopt(
                stream.as_raw_fd(),
                libc::SOL_SOCKET,
                libc::SO_PEERCRED,
                (&raw mut cred).cast(),
                &mut len,
            )
        };
        if done == 0 {
            Ok(cred.uid)
        } else {
            Err(std::io::Error::last_os_error())
        }
    }
    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    {
        let (mut uid, mut gid) = (0, 0);
        // SAFETY: both out-pointers are live locals.
        if unsafe { libc::getpeereid(stream.as_raw_fd(), &mut uid, &mut gid) } == 0 {
            Ok(uid)
        } else {
            Err(std::io::Error::last_os_error())
        }
    }
}

/// Connects to the socket at `path` if something listens there, and checks that it is this user's.
fn connect(path: &Path) -> Result<Option<UnixStream>, IpcError> {
    let Ok(stream) = UnixStream::connect(path) else {
        return Ok(None);
    };
    match peer_uid(&stream) {
        Ok(uid) if uid == me() => Ok(Some(stream)),
        Ok(uid) => Err(IpcError::Foreign {
            path: path.to_path_buf(),
            uid,
        }),
        Err(e) => Err(IpcError::NoAnswer(e.to_string())),
    }
}

/// Sends one request line and reads one reply line, waiting at most `wait` for it.
fn exchange(mut stream: UnixStream, request: &Request, wait: Duration) -> Result<Reply, IpcError> {
    let unsent = |e: std::io::Error| IpcError::NoAnswer(e.to_string());
    stream.set_read_timeout(Some(wait)).map_err(unsent)?;
    stream.set_write_timeout(Some(wait)).map_err(unsent)?;
    let mut line = serde_json::to_string(request).expect("a request serializes");
    line.push('\n');
    stream.write_all(line.as_bytes()).map_err(unsent)?;
    let mut answer = Vec::new();
    match BufReader::new(stream).read_until(b'\n', &mut answer) {
        Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
            Err(IpcError::Lost(Silence::TimedOut))
        }
        Err(e) => Err(IpcError::Lost(Silence::Closed(Some(e.to_string())))),
        Ok(0) => Err(IpcError::Lost(Silence::Closed(None))),
        Ok(_) => serde_json::from_slice(&answer).map_err(|_| IpcError::Lost(Silence::Unreadable)),
    }
}

/// Sends a request to the running tray. `Ok(None)` when no tray of this user runs (no socket, a stale
/// one, or no private folder for one).
pub fn request(request: &Request) -> Result<Option<Reply>, IpcError> {
    let path = socket_path();
    if let Some(why) = path.parent().and_then(not_private) {
        tracing::debug!("no control socket to use in {}: {why}", path.display());
        return Ok(None);
    }
    request_at(&path, request, CLIENT_TIMEOUT)
}

fn request_at(path: &Path, request: &Request, wait: Duration) -> Result<Option<Reply>, IpcError> {
    match connect(path)? {
        Some(stream) => exchange(stream, request, wait).map(Some),
        None => Ok(None),
    }
}

/// What answers at a socket path.
enum Probe {
    /// Nothing accepts connections there.
    Nobody,
    /// A tray of this user answered the ping.
    Tray,
    /// Something of this user accepts there, but did not answer the ping (an older b24-status, or
    /// another program of this user): not ours to remove.
    Other(String),
}

fn probe(path: &Path) -> Result<Probe, IpcError> {
    let Some(stream) = connect(path)? else {
        return Ok(Probe::Nobody);
    };
    Ok(match exchange(stream, &Request::Ping, IPC_PING_TIMEOUT) {
        Ok(Reply::Pong) => Probe::Tray,
        Ok(_) => Probe::Other(Silence::Unreadable.to_string()),
        Err(e) => Probe::Other(e.to_string()),
    })
}

/// True when a tray of this user answers a ping on the control socket.
pub fn tray_running() -> bool {
    let path = socket_path();
    path.parent().and_then(not_private).is_none() && matches!(probe(&path), Ok(Probe::Tray))
}

/// The tray's end: bound once per user session, while the tray holds the lock beside it.
pub struct Listener {
    listener: UnixListener,
    path: PathBuf,
    lock_path: PathBuf,
    /// Held (locked) for as long as this tray serves the socket.
    _lock: File,
}

/// Takes the lock file at `path` (creating it), or `None` when another process holds it. A starter that
/// opened the file just before its holder removed it would lock a file no longer there: the lock counts
/// only if the file at the path is still the one locked.
fn lock(path: &Path) -> std::io::Result<Option<File>> {
    loop {
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW)
            .open(path)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => return Ok(None),
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        }
        let held = file.metadata()?;
        match std::fs::symlink_metadata(path) {
            Ok(now) if (now.dev(), now.ino()) == (held.dev(), held.ino()) => return Ok(Some(file)),
            _ => continue,
        }
    }
}

impl Listener {
    /// Binds the socket, or reports that another instance serves it. The decision is taken under an
    /// exclusive lock on a file beside the socket, which the serving tray holds until it exits: of
    /// trays started together exactly one gets it. A socket nobody answers on (left by a crashed
    /// instance, or a dangling link) is replaced; one that answers is never removed.
    pub fn bind() -> Result<Listener, IpcError> {
        Listener::bind_at(socket_path())
    }

    fn bind_at(path: PathBuf) -> Result<Listener, IpcError> {
        let fail = |e: std::io::Error| IpcError::Bind {
            path: path.clone(),
            reason: e.to_string(),
        };
        let dir = path.parent().expect("the socket path has a folder");
        if !dir.exists() {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .map_err(fail)?;
        }
        if let Some(reason) = not_private(dir) {
            return Err(IpcError::NotPrivate {
                path: dir.to_path_buf(),
                reason,
            });
        }
        let lock_path = dir.join(LOCK);
        let lock = lock(&lock_path)
            .map_err(fail)?
            .ok_or(IpcError::AlreadyRunning)?;
        match probe(&path)? {
            Probe::Tray => return Err(IpcError::AlreadyRunning),
            Probe::Other(reason) => {
                tracing::warn!(
                    "{} accepts connections but did not answer a ping ({reason}): taken for a \
                     b24-status already running",
                    path.display()
                );
                return Err(IpcError::AlreadyRunning);
            }
            Probe::Nobody => {}
        }
        // Nobody answers there: a socket left by a crashed instance, or a link to nothing.
        if std::fs::symlink_metadata(&path).is_ok() {
            tracing::info!("removing a stale control socket {}", path.display());
            std::fs::remove_file(&path).map_err(fail)?;
        }
        let listener = UnixListener::bind(&path).map_err(fail)?;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).map_err(fail)?;
        listener.set_nonblocking(true).map_err(fail)?;
        Ok(Listener {
            listener,
            path,
            lock_path,
            _lock: lock,
        })
    }

    /// Serves requests on the current tokio runtime, each connection on its own task with its own
    /// deadlines, so that a silent or slow client holds up nobody else. A ping is answered here; every
    /// other request is handed to `handle` with a channel for the reply. Runs until the runtime stops.
    pub async fn serve(
        self,
        handle: impl Fn(Request, oneshot::Sender<Reply>) + Send + Sync + 'static,
    ) {
        let listener = match self
            .listener
            .try_clone()
            .and_then(tokio::net::UnixListener::from_std)
        {
            Ok(l) => l,
            Err(e) => {
                tracing::error!("the control socket cannot be served: {e}");
                return;
            }
        };
        let handle = Arc::new(handle);
        loop {
            let stream = match listener.accept().await {
                Ok((stream, _)) => stream,
                Err(e) => {
                    tracing::warn!("the control socket refused a connection: {e}");
                    tokio::time::sleep(IPC_ACCEPT_PAUSE).await;
                    continue;
                }
            };
            match stream.peer_cred().map(|c| c.uid()) {
                Ok(uid) if uid == me() => {}
                Ok(uid) => {
                    tracing::warn!("refusing a control connection from uid {uid}");
                    continue;
                }
                Err(e) => {
                    tracing::warn!("refusing a control connection of unknown origin: {e}");
                    continue;
                }
            }
            tokio::spawn(serve_one(stream, handle.clone()));
        }
    }
}

/// One connection: one request line, one reply line (`serve::answer_one`).
async fn serve_one(
    stream: tokio::net::UnixStream,
    handle: Arc<impl Fn(Request, oneshot::Sender<Reply>) + Send + Sync + 'static>,
) {
    let (mut read, mut write) = stream.into_split();
    super::serve::answer_one(&mut read, &mut write, &*handle).await;
}

impl Drop for Listener {
    /// Removes the socket, then the lock file while still holding it (released as the file closes).
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
        let _ = std::fs::remove_file(&self.lock_path);
    }
}

#[cfg(test)]
mod tests;
