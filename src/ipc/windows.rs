//! The control pipe on Windows, `\\.\pipe\b24-status-<user SID>`: open to this user alone (its DACL), its first instance deciding which tray serves it, each end checking through the other's process token that it runs as this user; the client the CLI uses and the listener the tray binds.

use std::io::ErrorKind;
use std::os::windows::io::{AsRawHandle, FromRawHandle, IntoRawHandle, OwnedHandle};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};
use tokio::net::windows::named_pipe::{ClientOptions, NamedPipeClient, NamedPipeServer};
use tokio::sync::oneshot;
use windows_sys::Win32::Foundation::{
    ERROR_ACCESS_DENIED, ERROR_FILE_NOT_FOUND, ERROR_PIPE_BUSY, HANDLE, INVALID_HANDLE_VALUE,
    LocalFree,
};
use windows_sys::Win32::Security::Authorization::{
    ConvertSidToStringSidW, ConvertStringSecurityDescriptorToSecurityDescriptorW, SDDL_REVISION_1,
};
use windows_sys::Win32::Security::{
    GetLengthSid, GetTokenInformation, PSECURITY_DESCRIPTOR, SECURITY_ATTRIBUTES, TOKEN_QUERY,
    TOKEN_USER, TokenUser,
};
use windows_sys::Win32::Storage::FileSystem::{
    FILE_FLAG_FIRST_PIPE_INSTANCE, FILE_FLAG_OVERLAPPED, PIPE_ACCESS_DUPLEX,
};
use windows_sys::Win32::System::Pipes::{
    CreateNamedPipeW, GetNamedPipeClientProcessId, GetNamedPipeServerProcessId, PIPE_READMODE_BYTE,
    PIPE_REJECT_REMOTE_CLIENTS, PIPE_TYPE_BYTE, PIPE_UNLIMITED_INSTANCES, PIPE_WAIT,
};
use windows_sys::Win32::System::Threading::{
    GetCurrentProcess, OpenProcess, OpenProcessToken, PROCESS_QUERY_LIMITED_INFORMATION,
};

use super::{CLIENT_TIMEOUT, IpcError, Reply, Request, Silence};
use crate::tuning::{
    IPC_ACCEPT_PAUSE, IPC_PING_TIMEOUT, IPC_REQUEST_MAX_BYTES, IPC_REQUEST_TIMEOUT,
};

const PREFIX: &str = r"\\.\pipe\b24-status-";
/// The pipe's buffers each way: a request or reply line is far shorter.
const BUFFER: u32 = IPC_REQUEST_MAX_BYTES as u32;

/// A user as the system knows them: the SID's bytes and its text (`S-1-5-21-…`).
struct User {
    sid: Vec<u8>,
    text: String,
}

fn wide(text: &str) -> Vec<u16> {
    text.encode_utf16().chain([0]).collect()
}

/// The text of a NUL-terminated wide string the system allocated, freed here.
///
/// # Safety
/// `text` points to a NUL-terminated UTF-16 string allocated with LocalAlloc.
unsafe fn take_local_wide(text: *mut u16) -> String {
    let mut len = 0;
    // SAFETY: the string is NUL-terminated (the caller's promise).
    while unsafe { *text.add(len) } != 0 {
        len += 1;
    }
    // SAFETY: `len` u16s were just read.
    let out = String::from_utf16_lossy(unsafe { std::slice::from_raw_parts(text, len) });
    // SAFETY: allocated with LocalAlloc (the caller's promise), not used after this.
    unsafe { LocalFree(text.cast()) };
    out
}

/// The user of a process token.
fn token_user(token: HANDLE) -> std::io::Result<User> {
    let mut len = 0u32;
    // SAFETY: a size query: no buffer, `len` a live local.
    unsafe { GetTokenInformation(token, TokenUser, std::ptr::null_mut(), 0, &mut len) };
    // u64s: TOKEN_USER holds a pointer and must be aligned for it.
    let mut buffer = vec![0u64; (len as usize).div_ceil(8).max(1)];
    // SAFETY: `buffer` holds at least `len` bytes.
    if unsafe { GetTokenInformation(token, TokenUser, buffer.as_mut_ptr().cast(), len, &mut len) }
        == 0
    {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: the call filled the buffer with a TOKEN_USER whose SID points into it.
    let sid = unsafe { (*buffer.as_ptr().cast::<TOKEN_USER>()).User.Sid };
    // SAFETY: `sid` is a valid SID inside `buffer`.
    let bytes = unsafe {
        std::slice::from_raw_parts(sid.cast::<u8>(), GetLengthSid(sid) as usize).to_vec()
    };
    let mut text = std::ptr::null_mut();
    // SAFETY: `sid` is valid; the system allocates `text`.
    if unsafe { ConvertSidToStringSidW(sid, &mut text) } == 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(User {
        sid: bytes,
        // SAFETY: ConvertSidToStringSidW returns a LocalAlloc'd NUL-terminated string.
        text: unsafe { take_local_wide(text) },
    })
}

/// The user a process runs as.
fn process_user(process: HANDLE) -> std::io::Result<User> {
    let mut token = std::ptr::null_mut();
    // SAFETY: `process` is a live process handle; `token` a live local.
    if unsafe { OpenProcessToken(process, TOKEN_QUERY, &mut token) } == 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: a handle just opened, owned here.
    let token = unsafe { OwnedHandle::from_raw_handle(token) };
    token_user(token.as_raw_handle())
}

/// The user the process `pid` runs as.
fn user_of(pid: u32) -> std::io::Result<User> {
    // SAFETY: no pointers.
    let process = unsafe { OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid) };
    if process.is_null() {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: a handle just opened, owned here.
    let process = unsafe { OwnedHandle::from_raw_handle(process) };
    process_user(process.as_raw_handle())
}

/// This process's user (read once).
fn me() -> Result<&'static User, String> {
    static ME: OnceLock<Result<User, String>> = OnceLock::new();
    ME.get_or_init(|| {
        // SAFETY: the pseudo-handle of this process needs no closing.
        process_user(unsafe { GetCurrentProcess() }).map_err(|e| e.to_string())
    })
    .as_ref()
    .map_err(Clone::clone)
}

/// The pipe's name: this user's, by their SID.
pub fn pipe_name() -> Result<String, String> {
    Ok(format!("{PREFIX}{}", me()?.text))
}

/// Whether the process at the other end of `pipe` (found by `which`) runs as this user.
fn peer_is_me(
    pipe: HANDLE,
    which: unsafe extern "system" fn(HANDLE, *mut u32) -> windows_sys::core::BOOL,
) -> std::io::Result<bool> {
    let mut pid = 0;
    // SAFETY: `pipe` is a live pipe handle; `pid` a live local.
    if unsafe { which(pipe, &mut pid) } == 0 {
        return Err(std::io::Error::last_os_error());
    }
    let me = me().map_err(std::io::Error::other)?;
    Ok(user_of(pid)?.sid == me.sid)
}

/// A security descriptor that admits only this user: `D:P(A;;GA;;;<SID>)`.
struct OnlyMe(PSECURITY_DESCRIPTOR);

// SAFETY: the descriptor is immutable memory owned by this value alone.
unsafe impl Send for OnlyMe {}
// SAFETY: as above; it is only read.
unsafe impl Sync for OnlyMe {}

impl OnlyMe {
    fn new() -> std::io::Result<OnlyMe> {
        let me = me().map_err(std::io::Error::other)?;
        let sddl = wide(&format!("D:P(A;;GA;;;{})", me.text));
        let mut descriptor = std::ptr::null_mut();
        // SAFETY: `sddl` is NUL-terminated; the system allocates `descriptor`.
        if unsafe {
            ConvertStringSecurityDescriptorToSecurityDescriptorW(
                sddl.as_ptr(),
                SDDL_REVISION_1,
                &mut descriptor,
                std::ptr::null_mut(),
            )
        } == 0
        {
            return Err(std::io::Error::last_os_error());
        }
        Ok(OnlyMe(descriptor))
    }
}

impl Drop for OnlyMe {
    fn drop(&mut self) {
        // SAFETY: allocated by ConvertStringSecurityDescriptorToSecurityDescriptorW.
        unsafe { LocalFree(self.0) };
    }
}

/// One server instance of the pipe, overlapped (as tokio needs it); `first`: fails with
/// ERROR_ACCESS_DENIED when the name exists already.
fn create_instance(name: &str, only_me: &OnlyMe, first: bool) -> std::io::Result<OwnedHandle> {
    let name = wide(name);
    let attributes = SECURITY_ATTRIBUTES {
        nLength: size_of::<SECURITY_ATTRIBUTES>() as u32,
        lpSecurityDescriptor: only_me.0,
        bInheritHandle: 0,
    };
    let mut open_mode = PIPE_ACCESS_DUPLEX | FILE_FLAG_OVERLAPPED;
    if first {
        open_mode |= FILE_FLAG_FIRST_PIPE_INSTANCE;
    }
    // SAFETY: `name` is NUL-terminated and `attributes` live for the call.
    let handle = unsafe {
        CreateNamedPipeW(
            name.as_ptr(),
            open_mode,
            PIPE_TYPE_BYTE | PIPE_READMODE_BYTE | PIPE_WAIT | PIPE_REJECT_REMOTE_CLIENTS,
            PIPE_UNLIMITED_INSTANCES,
            BUFFER,
            BUFFER,
            0,
            &attributes,
        )
    };
    if handle == INVALID_HANDLE_VALUE {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: a handle just created, owned here.
    Ok(unsafe { OwnedHandle::from_raw_handle(handle) })
}

fn is(e: &std::io::Error, code: u32) -> bool {
    e.raw_os_error() == Some(code as i32)
}

/// A runtime for the CLI's side of one exchange (the CLI has none of its own at that point).
fn runtime() -> Result<tokio::runtime::Runtime, IpcError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| IpcError::NoAnswer(e.to_string()))
}

/// Opens the pipe if a tray serves it, waiting while all its instances are busy, and checks that the
/// server runs as this user. `None`: no such pipe.
async fn connect(name: &str, wait: Duration) -> Result<Option<NamedPipeClient>, IpcError> {
    let deadline = Instant::now() + wait;
    let client = loop {
        match ClientOptions::new().open(name) {
            Ok(client) => break client,
            Err(e) if is(&e, ERROR_FILE_NOT_FOUND) => return Ok(None),
            Err(e) if is(&e, ERROR_PIPE_BUSY) && Instant::now() < deadline => {
                tokio::time::sleep(IPC_ACCEPT_PAUSE).await;
            }
            // The pipe's DACL keeps this user out: not this user's tray.
            Err(e) if is(&e, ERROR_ACCESS_DENIED) => {
                return Err(IpcError::ForeignPipe {
                    name: name.to_string(),
                });
            }
            Err(e) => return Err(IpcError::NoAnswer(e.to_string())),
        }
    };
    match peer_is_me(client.as_raw_handle(), GetNamedPipeServerProcessId) {
        Ok(true) => Ok(Some(client)),
        Ok(false) => Err(IpcError::ForeignPipe {
            name: name.to_string(),
        }),
        Err(e) => Err(IpcError::NoAnswer(e.to_string())),
    }
}

/// Sends one request line and reads one reply line, waiting at most `wait` for each.
async fn exchange(
    mut pipe: NamedPipeClient,
    request: &Request,
    wait: Duration,
) -> Result<Reply, IpcError> {
    let mut line = serde_json::to_string(request).expect("a request serializes");
    line.push('\n');
    match tokio::time::timeout(wait, pipe.write_all(line.as_bytes())).await {
        Err(_) => {
            return Err(IpcError::NoAnswer(
                std::io::Error::from(ErrorKind::TimedOut).to_string(),
            ));
        }
        Ok(Err(e)) => return Err(IpcError::NoAnswer(e.to_string())),
        Ok(Ok(())) => {}
    }
    let mut answer = Vec::new();
    let mut reader = tokio::io::BufReader::new(pipe);
    match tokio::time::timeout(wait, reader.read_until(b'\n', &mut answer)).await {
        Err(_) => Err(IpcError::Lost(Silence::TimedOut)),
        Ok(Err(e)) if e.kind() == ErrorKind::BrokenPipe => {
            Err(IpcError::Lost(Silence::Closed(None)))
        }
        Ok(Err(e)) => Err(IpcError::Lost(Silence::Closed(Some(e.to_string())))),
        Ok(Ok(0)) => Err(IpcError::Lost(Silence::Closed(None))),
        Ok(Ok(_)) => {
            serde_json::from_slice(&answer).map_err(|_| IpcError::Lost(Silence::Unreadable))
        }
    }
}

/// Sends a request to the running tray. `Ok(None)` when no tray of this user runs. Not to be called
/// on a tokio runtime (it runs one of its own).
pub fn request(request: &Request) -> Result<Option<Reply>, IpcError> {
    let name = match pipe_name() {
        Ok(name) => name,
        Err(why) => {
            tracing::debug!("no control pipe to use: {why}");
            return Ok(None);
        }
    };
    request_at(&name, request, CLIENT_TIMEOUT)
}

fn request_at(name: &str, request: &Request, wait: Duration) -> Result<Option<Reply>, IpcError> {
    runtime()?.block_on(async {
        match connect(name, wait).await? {
            Some(pipe) => exchange(pipe, request, wait).await.map(Some),
            None => Ok(None),
        }
    })
}

/// What answers on a pipe name.
enum Probe {
    Nobody,
    Tray,
    /// Something of this user serves it, but did not answer the ping.
    Other(String),
}

fn probe(name: &str) -> Result<Probe, IpcError> {
    runtime()?.block_on(async {
        let Some(pipe) = connect(name, IPC_PING_TIMEOUT).await? else {
            return Ok(Probe::Nobody);
        };
        Ok(
            match exchange(pipe, &Request::Ping, IPC_PING_TIMEOUT).await {
                Ok(Reply::Pong) => Probe::Tray,
                Ok(_) => Probe::Other(Silence::Unreadable.to_string()),
                Err(e) => Probe::Other(e.to_string()),
            },
        )
    })
}

/// True when a tray of this user answers a ping on the control pipe.
pub fn tray_running() -> bool {
    pipe_name().is_ok_and(|name| matches!(probe(&name), Ok(Probe::Tray)))
}

/// The tray's end: the pipe's first instance, held from the moment it is bound, so that no second
/// tray can create it.
pub struct Listener {
    name: String,
    only_me: OnlyMe,
    first: OwnedHandle,
}

impl Listener {
    /// Creates the pipe's first instance, or reports that another instance serves it. Of trays started
    /// together exactly one creates it (`FILE_FLAG_FIRST_PIPE_INSTANCE`); the pipe goes with the
    /// process that holds it, so nothing stale is ever left to remove.
    pub fn bind() -> Result<Listener, IpcError> {
        let name = pipe_name().map_err(|reason| IpcError::Bind {
            path: PathBuf::from(PREFIX),
            reason,
        })?;
        Listener::bind_at(name)
    }

    fn bind_at(name: String) -> Result<Listener, IpcError> {
        let fail = |e: std::io::Error| IpcError::Bind {
            path: PathBuf::from(&name),
            reason: e.to_string(),
        };
        let only_me = OnlyMe::new().map_err(fail)?;
        // A tray that held the name may be on its way out: a few tries.
        for _ in 0..3 {
            // Asked first as well: Wine 8.0 does not enforce FILE_FLAG_FIRST_PIPE_INSTANCE (a second
            // first instance is created there), Windows does, also for trays started together.
            let taken = match probe(&name)? {
                Probe::Nobody => create_instance(&name, &only_me, true),
                Probe::Tray => return Err(IpcError::AlreadyRunning),
                Probe::Other(reason) => Err(std::io::Error::other(reason)),
            };
            match taken {
                Ok(first) => {
                    return Ok(Listener {
                        name,
                        only_me,
                        first,
                    });
                }
                Err(e)
                    if is(&e, ERROR_ACCESS_DENIED)
                        || is(&e, ERROR_PIPE_BUSY)
                        || e.kind() == ErrorKind::Other =>
                {
                    match probe(&name)? {
                        Probe::Tray => return Err(IpcError::AlreadyRunning),
                        Probe::Other(reason) => {
                            tracing::warn!(
                                "{name} is served but did not answer a ping ({reason}): taken for \
                                 a b24-status already running"
                            );
                            return Err(IpcError::AlreadyRunning);
                        }
                        Probe::Nobody => std::thread::sleep(IPC_ACCEPT_PAUSE),
                    }
                }
                Err(e) => return Err(fail(e)),
            }
        }
        Err(IpcError::AlreadyRunning)
    }

    /// Serves requests on the current tokio runtime, each connection on its own task with its own
    /// deadlines. The next instance is created as soon as one is connected, so that the pipe never
    /// disappears while the tray runs. A ping is answered here; every other request is handed to
    /// `handle` with a channel for the reply. Runs until the runtime stops.
    pub async fn serve(
        self,
        handle: impl Fn(Request, oneshot::Sender<Reply>) + Send + Sync + 'static,
    ) {
        let handle = Arc::new(handle);
        let Listener {
            name,
            only_me,
            first,
        } = self;
        let mut next = Some(first);
        loop {
            let instance = match next.take() {
                Some(instance) => instance,
                None => match create_instance(&name, &only_me, false) {
                    Ok(instance) => instance,
                    Err(e) => {
                        tracing::warn!("the control pipe cannot take a connection: {e}");
                        tokio::time::sleep(IPC_ACCEPT_PAUSE).await;
                        continue;
                    }
                },
            };
            // SAFETY: an overlapped named pipe server handle, handed over whole.
            let server =
                match unsafe { NamedPipeServer::from_raw_handle(instance.into_raw_handle()) } {
                    Ok(server) => server,
                    Err(e) => {
                        tracing::error!("the control pipe cannot be served: {e}");
                        return;
                    }
                };
            if let Err(e) = server.connect().await {
                tracing::warn!("the control pipe refused a connection: {e}");
                tokio::time::sleep(IPC_ACCEPT_PAUSE).await;
                continue;
            }
            match create_instance(&name, &only_me, false) {
                Ok(instance) => next = Some(instance),
                Err(e) => tracing::warn!("the control pipe cannot take a connection: {e}"),
            }
            match peer_is_me(server.as_raw_handle(), GetNamedPipeClientProcessId) {
                Ok(true) => {}
                Ok(false) => {
                    tracing::warn!("refusing a control connection from another user");
                    continue;
                }
                Err(e) => {
                    tracing::warn!("refusing a control connection of unknown origin: {e}");
                    continue;
                }
            }
            tokio::spawn(serve_one(server, handle.clone()));
        }
    }
}

/// One connection: one request line, one reply line (`serve::answer_one`); the instance is closed
/// once the client has closed its end (or the deadline passed), so that the reply is read before the
/// pipe goes.
async fn serve_one(
    server: NamedPipeServer,
    handle: Arc<impl Fn(Request, oneshot::Sender<Reply>) + Send + Sync + 'static>,
) {
    let (mut read, mut write) = tokio::io::split(server);
    if super::serve::answer_one(&mut read, &mut write, &*handle).await {
        // Until the client closes its end: closing first could discard the unread reply.
        let _ = tokio::time::timeout(IPC_REQUEST_TIMEOUT, async {
            let mut rest = [0u8; 64];
            while read.read(&mut rest).await? > 0 {}
            Ok::<_, std::io::Error>(())
        })
        .await;
    }
}

#[cfg(test)]
mod tests;
