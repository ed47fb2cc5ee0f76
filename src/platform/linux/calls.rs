//! Calls, on Linux: the microphone or the camera in use by another program, each followed by a thread
//! of its own and reported together (in a call while either is in use). The camera is `calls/camera.rs`.
//!
//! The microphone, event-driven, over the PulseAudio native protocol (the pure-Rust `pulseaudio`
//! crate). On PipeWire — the default of Debian 12's and most other desktops — it goes through
//! pipewire-pulse, which serves the same protocol at the same socket and lists PipeWire's own streams
//! too: one implementation for both, and no libpipewire (a C library, bound through bindgen and libclang
//! at build time) to link.
//!
//! One thread blocks on the socket, subscribed to the server's `SOURCE_OUTPUT` events (a recording stream
//! created, changed, moved, corked or removed). At each event (a burst of them read together) it lists
//! the recording streams and the sources, and tells when the answer changes (and once at first).
//! Connected, nothing is timed: no event, no wake-up. When the server goes away (a daemon restart, a
//! log-out of it) the streams went with it (not in use), and it connects again
//! [`SOUND_SERVER_RETRY_FIRST`] later. With no server there, it waits on inotify for a socket to appear
//! where one would (at most [`SOUND_SERVER_RETRY_MAX`]); one that refuses it is tried again after 5 s,
//! doubling up to 5 min.
//!
//! Which streams count is [`counts`]: a recording stream of a program (not a module's own, such as a
//! loopback or an echo canceller), not corked, on a real capture source — not on a sink's `.monitor`
//! (level meters, recorders of what the speakers play) — and not the level meters of the volume controls
//! (pavucontrol, GNOME's), nor b24-status's own.
//!
//! The server is found as libpulse finds it: `PULSE_SERVER`'s `unix:` entries, else
//! `$PULSE_RUNTIME_PATH/native`, `$XDG_RUNTIME_DIR/pulse/native`, and the system-wide daemon's
//! `/run/pulse/native`. PulseAudio asks for its cookie (`PULSE_COOKIE`, `$XDG_CONFIG_HOME/pulse/cookie`,
//! `~/.config/pulse/cookie`, `~/.pulse-cookie`); pipewire-pulse trusts the socket's permissions.

use std::ffi::CString;
use std::io::{BufReader, Read, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use pulseaudio::protocol::{
    self, AuthParams, AuthReply, Command, CommandTag, Prop, Props, ServerInfo, SetClientNameReply,
    SourceInfo, SourceOutputInfo, SubscriptionEvent, SubscriptionEventFacility, SubscriptionMask,
    TagStructRead, TagStructReader,
};

use self::inotify::Inotify;
use crate::automatic::Signal;
use crate::platform::automatic::{NoSoundServer, Report, SoundServer};
use crate::tuning::{
    CAMERA_SETTLE, SOUND_SERVER_RETRY_FIRST, SOUND_SERVER_RETRY_MAX, SOUND_SERVER_TIMEOUT,
};

/// The application ids of the volume controls' level meters, which record from every source while
/// their window shows the levels (GNOME Shell's microphone indicator leaves the same two out).
const LEVEL_METERS: [&str; 2] = ["org.PulseAudio.pavucontrol", "org.gnome.VolumeControl"];

/// How long a message from the server may be: a list of streams is a few KiB; anything near this is not
/// the server we know.
const MAX_MESSAGE: u32 = 16 * 1024 * 1024;

/// A recording stream ("source output"), as far as the rule looks at it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Capture {
    /// The source it records from.
    pub source: u32,
    pub corked: bool,
    /// The program's connection; `None` for a module's own stream.
    pub client: Option<u32>,
    /// `application.process.id`.
    pub pid: Option<u32>,
    /// `application.id`.
    pub app_id: Option<String>,
    /// `application.name`, for the log.
    pub app_name: Option<String>,
}

/// A capture source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Source {
    pub index: u32,
    /// The monitor of a sink (what the speakers play), not a microphone.
    pub monitor: bool,
}

/// Whether `capture` means the microphone is in use by another program (see the module docs).
pub(crate) fn counts(capture: &Capture, sources: &[Source], own_pid: u32) -> bool {
    let real_source = sources
        .iter()
        .any(|s| s.index == capture.source && !s.monitor);
    let meter = capture
        .app_id
        .as_deref()
        .is_some_and(|id| LEVEL_METERS.contains(&id));
    capture.client.is_some()
        && !capture.corked
        && real_source
        && !meter
        && capture.pid != Some(own_pid)
}

/// The first stream that counts, if any.
pub(crate) fn recording<'a>(
    captures: &'a [Capture],
    sources: &[Source],
    own_pid: u32,
) -> Option<&'a Capture> {
    captures.iter().find(|c| counts(c, sources, own_pid))
}

impl From<&SourceOutputInfo> for Capture {
    fn from(output: &SourceOutputInfo) -> Capture {
        Capture {
            source: output.source_index,
            corked: output.corked,
            client: output.client_index,
            pid: prop(&output.props, Prop::ApplicationProcessId).and_then(|p| p.parse().ok()),
            app_id: prop(&output.props, Prop::ApplicationId),
            app_name: prop(&output.props, Prop::ApplicationName),
        }
    }
}

impl From<&SourceInfo> for Source {
    fn from(source: &SourceInfo) -> Source {
        Source {
            index: source.index,
            monitor: source.monitor_of_sink_index.is_some()
                || source.name.to_bytes().ends_with(b".monitor"),
        }
    }
}

/// A property's text (the protocol keeps the string's NUL).
fn prop(props: &Props, key: Prop) -> Option<String> {
    let bytes = props.get(key)?;
    let text = bytes.strip_suffix(&[0]).unwrap_or(bytes);
    Some(String::from_utf8_lossy(text).into_owned())
}

mod camera;
mod inotify;

/// Starts the microphone's and the camera's threads (see the module docs).
pub fn watch(report: Report) {
    let either = Arc::new(Either {
        report,
        state: Mutex::default(),
    });
    let microphone = either.clone();
    let started = std::thread::Builder::new()
        .name("microphone".into())
        .spawn(move || follow_forever(&|on| microphone.set(Device::Microphone, on)));
    if let Err(e) = started {
        tracing::warn!("cannot start the microphone's watcher: {e}");
    }
    let started = std::thread::Builder::new()
        .name("camera".into())
        .spawn(move || {
            camera::watch(Path::new("/dev"), CAMERA_SETTLE, &|on| {
                either.set(Device::Camera, on)
            });
        });
    if let Err(e) = started {
        tracing::warn!("cannot start the camera's watcher: {e}");
    }
}

#[derive(Clone, Copy)]
enum Device {
    Microphone,
    Camera,
}

/// The two sources reported as one: in a call while either is in use.
struct Either {
    report: Report,
    state: Mutex<EitherState>,
}

#[derive(Default)]
struct EitherState {
    microphone: bool,
    camera: bool,
    /// What was reported last (none yet: the first report is sent whatever it says).
    reported: Option<bool>,
}

impl Either {
    /// One device's state; reports the two together when that changes. False once the worker is gone.
    fn set(&self, device: Device, on: bool) -> bool {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        match device {
            Device::Microphone => state.microphone = on,
            Device::Camera => state.camera = on,
        }
        let now = state.microphone || state.camera;
        if state.reported == Some(now) {
            return true;
        }
        state.reported = Some(now);
        (self.report)(Signal::InCall(now))
    }
}

/// The sound server there is now, for `doctor`.
pub fn probe() -> Result<SoundServer, NoSoundServer> {
    Connection::open().map(|(_, server)| server)
}

/// Connects, follows, and connects again when the server goes away, until the worker is gone. With no
/// server at all it waits for a socket to appear; one that refuses us is tried again ever later.
fn follow_forever(report: &dyn Fn(bool) -> bool) {
    let mut in_call: Option<bool> = None;
    let mut pause = SOUND_SERVER_RETRY_FIRST;
    let mut said_none = false;
    loop {
        match Connection::open() {
            Ok((mut conn, server)) => {
                tracing::info!(
                    server = server.name,
                    version = server.version,
                    socket = server.socket,
                    "watching the microphone"
                );
                said_none = false;
                pause = SOUND_SERVER_RETRY_FIRST;
                match conn.follow(&mut in_call, report) {
                    Ok(()) => return,
                    Err(e) => tracing::info!("the sound server went away ({e})"),
                }
                // Its streams went with it.
                if in_call == Some(true) {
                    in_call = Some(false);
                    tracing::info!(in_use = false, "the microphone is free");
                    if !report(false) {
                        return;
                    }
                }
                std::thread::sleep(SOUND_SERVER_RETRY_FIRST);
            }
            Err(NoSoundServer::NotFound { .. }) => {
                if !said_none {
                    tracing::info!("no sound server to hear the microphone on; waiting for one");
                    said_none = true;
                }
                wait_for_socket(&sockets());
                // Its socket appears a moment before it answers.
                std::thread::sleep(SOUND_SERVER_RETRY_FIRST);
            }
            Err(why) => {
                tracing::info!(
                    "the sound server cannot be listened to ({why:?}); trying again later"
                );
                std::thread::sleep(pause);
                pause = next_pause(pause);
            }
        }
    }
}

/// Waits until something changes where a socket of `sockets` would appear (its folder, or the folder
/// above while `pulse/` does not exist), and at most [`SOUND_SERVER_RETRY_MAX`]. Returns at once when
/// one answers after all (it came while the watches were set up).
fn wait_for_socket(sockets: &[PathBuf]) {
    const EVENTS: u32 = libc::IN_CREATE | libc::IN_MOVED_TO | libc::IN_ATTRIB;
    let watching = Inotify::new().ok().filter(|inotify| {
        let mut any = false;
        for socket in sockets {
            let folder = socket.parent();
            let folder = folder
                .filter(|f| f.is_dir())
                .or_else(|| folder.and_then(Path::parent));
            any |= folder.is_some_and(|f| inotify.add(f, EVENTS).is_ok());
        }
        any
    });
    if sockets.iter().any(|s| UnixStream::connect(s).is_ok()) {
        return;
    }
    match watching {
        Some(mut inotify) => {
            let mut buf = [0u8; 4096];
            let _ = inotify.read(&mut buf, Some(SOUND_SERVER_RETRY_MAX));
        }
        None => std::thread::sleep(SOUND_SERVER_RETRY_MAX),
    }
}

/// Why a connection ended.
#[derive(Debug)]
enum Lost {
    Protocol(protocol::ProtocolError),
    /// The server answered a request with this error.
    Refused(protocol::PulseError),
    /// A message of a size the server would not send.
    Oversized(u32),
}

impl std::fmt::Display for Lost {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Lost::Protocol(e) => write!(f, "{e}"),
            Lost::Refused(e) => write!(f, "{e}"),
            Lost::Oversized(n) => write!(f, "a message of {n} bytes"),
        }
    }
}

impl From<protocol::ProtocolError> for Lost {
    fn from(e: protocol::ProtocolError) -> Lost {
        Lost::Protocol(e)
    }
}

impl From<std::io::Error> for Lost {
    fn from(e: std::io::Error) -> Lost {
        Lost::Protocol(e.into())
    }
}

/// One message from the server.
enum Message {
    /// The answer to the request `seq`, its payload still to be read.
    Reply {
        seq: u32,
        payload: Vec<u8>,
    },
    Error {
        seq: u32,
        error: protocol::PulseError,
    },
    Event(SubscriptionEvent),
    /// Anything else (a stream's data, an event of no interest).
    Other,
}

/// A connection to the sound server, each request answered before the next goes.
struct Connection {
    reader: BufReader<UnixStream>,
    version: u16,
    next_seq: u32,
    /// A recording stream changed while a request was answered.
    changed: bool,
}

impl Connection {
    /// Connects to the first socket that answers and introduces itself.
    fn open() -> Result<(Connection, SoundServer), NoSoundServer> {
        let sockets = sockets();
        for path in &sockets {
            let Ok(stream) = UnixStream::connect(path) else {
                continue;
            };
            let socket = path.display().to_string();
            return Connection::handshake(stream)
                .map(|(conn, info)| {
                    let text = |s: Option<CString>| {
                        s.map(|s| s.to_string_lossy().into_owned())
                            .unwrap_or_default()
                    };
                    let server = SoundServer {
                        name: text(info.server_name),
                        version: text(info.server_version),
                        socket: socket.clone(),
                    };
                    (conn, server)
                })
                .map_err(|e| NoSoundServer::Refused {
                    socket,
                    error: e.to_string(),
                });
        }
        Err(NoSoundServer::NotFound {
            looked_at: sockets.iter().map(|p| p.display().to_string()).collect(),
        })
    }

    /// Authenticates, names this client, and asks who the server is.
    fn handshake(stream: UnixStream) -> Result<(Connection, ServerInfo), Lost> {
        stream.set_read_timeout(Some(SOUND_SERVER_TIMEOUT))?;
        stream.set_write_timeout(Some(SOUND_SERVER_TIMEOUT))?;
        let mut conn = Connection {
            reader: BufReader::new(stream),
            version: protocol::MAX_VERSION,
            next_seq: 0,
            changed: false,
        };
        let auth: AuthReply = conn.call(Command::Auth(AuthParams {
            version: protocol::MAX_VERSION,
            supports_shm: false,
            supports_memfd: false,
            cookie: cookie(),
        }))?;
        conn.version = auth
            .version
            .clamp(protocol::MIN_VERSION, protocol::MAX_VERSION);
        let mut props = Props::new();
        props.set(Prop::ApplicationName, c"b24-status");
        props.set(Prop::ApplicationId, c"io.github.b24status.B24Status");
        if let Ok(pid) = CString::new(std::process::id().to_string()) {
            props.set(Prop::ApplicationProcessId, pid);
        }
        let _: SetClientNameReply = conn.call(Command::SetClientName(props))?;
        let info: ServerInfo = conn.call(Command::GetServerInfo)?;
        Ok((conn, info))
    }

    /// Subscribes and reports the microphone's state at first and at every change, until `report` says
    /// the worker is gone (`Ok`) or the connection fails.
    fn follow(
        &mut self,
        in_call: &mut Option<bool>,
        report: &dyn Fn(bool) -> bool,
    ) -> Result<(), Lost> {
        self.call_ack(Command::Subscribe(SubscriptionMask::SOURCE_OUTPUT))?;
        loop {
            self.changed = false;
            let now = self.recording_now()?;
            if *in_call != Some(now) {
                *in_call = Some(now);
                tracing::info!(in_use = now, "the microphone changed");
                if !report(now) {
                    return Ok(());
                }
            }
            // A stream that changed while the lists came: list again before waiting.
            if !self.changed {
                self.wait_for_change()?;
            }
        }
    }

    /// Lists the recording streams, then the sources (a stream's source exists when it is listed after
    /// it, unless it is removed meanwhile, which moves the stream: another event); whether one counts.
    fn recording_now(&mut self) -> Result<bool, Lost> {
        let outputs: Vec<SourceOutputInfo> = self.call(Command::GetSourceOutputInfoList)?;
        let sources: Vec<SourceInfo> = self.call(Command::GetSourceInfoList)?;
        let captures: Vec<Capture> = outputs.iter().map(Capture::from).collect();
        let sources: Vec<Source> = sources.iter().map(Source::from).collect();
        let found = recording(&captures, &sources, std::process::id());
        if let Some(capture) = found {
            tracing::debug!(
                app = capture.app_name.as_deref().unwrap_or("?"),
                source = capture.source,
                "recording from a microphone"
            );
        }
        Ok(found.is_some())
    }

    /// Blocks, with no timeout, until a recording stream changes, and reads the events that came with
    /// it.
    fn wait_for_change(&mut self) -> Result<(), Lost> {
        self.reader.get_ref().set_read_timeout(None)?;
        loop {
            if let Message::Event(event) = self.read()?
                && event.event_facility == SubscriptionEventFacility::SourceOutput
            {
                self.changed = true;
            }
            if self.changed && self.reader.buffer().is_empty() {
                break;
            }
        }
        self.reader
            .get_ref()
            .set_read_timeout(Some(SOUND_SERVER_TIMEOUT))?;
        Ok(())
    }

    /// Sends `command` and reads its reply.
    fn call<T: TagStructRead>(&mut self, command: Command) -> Result<T, Lost> {
        let payload = self.request(command)?;
        let mut rest: &[u8] = &payload;
        let mut reader = TagStructReader::new(&mut rest, self.version);
        Ok(reader.read::<T>()?)
    }

    /// Sends `command`, whose reply is empty.
    fn call_ack(&mut self, command: Command) -> Result<(), Lost> {
        self.request(command).map(drop)
    }

    /// Sends `command` and returns its reply's payload; events meanwhile are noted.
    fn request(&mut self, command: Command) -> Result<Vec<u8>, Lost> {
        let seq = self.next_seq;
        self.next_seq = self.next_seq.wrapping_add(1);
        let mut out = Vec::new();
        protocol::write_command_message(&mut out, seq, &command, self.version)?;
        self.reader.get_mut().write_all(&out)?;
        loop {
            match self.read()? {
                Message::Reply { seq: s, payload } if s == seq => return Ok(payload),
                Message::Error { seq: s, error } if s == seq => return Err(Lost::Refused(error)),
                Message::Event(event)
                    if event.event_facility == SubscriptionEventFacility::SourceOutput =>
                {
                    self.changed = true;
                }
                _ => {}
            }
        }
    }

    /// Reads one message.
    fn read(&mut self) -> Result<Message, Lost> {
        let descriptor = protocol::read_descriptor(&mut self.reader)?;
        if descriptor.length > MAX_MESSAGE {
            return Err(Lost::Oversized(descriptor.length));
        }
        let mut payload = vec![0; descriptor.length as usize];
        self.reader.read_exact(&mut payload)?;
        // A stream's data (this client has none), not a command.
        if descriptor.channel != u32::MAX {
            return Ok(Message::Other);
        }
        parse(payload, self.version)
    }
}

/// A command message's payload: its tag, its sequence number, and what follows.
fn parse(payload: Vec<u8>, version: u16) -> Result<Message, Lost> {
    let mut rest: &[u8] = &payload;
    let (tag, seq) = {
        let mut reader = TagStructReader::new(&mut rest, version);
        (reader.read_u32()?, reader.read_u32()?)
    };
    let message = if tag == CommandTag::Reply as u32 {
        Message::Reply {
            seq,
            payload: rest.to_vec(),
        }
    } else if tag == CommandTag::Error as u32 || tag == CommandTag::SubscribeEvent as u32 {
        match Command::read_tag_prefixed(&mut payload.as_slice(), version)?.1 {
            Command::Error(error) => Message::Error { seq, error },
            Command::SubscribeEvent(event) => Message::Event(event),
            _ => Message::Other,
        }
    } else {
        Message::Other
    };
    Ok(message)
}

/// Where the server's socket may be, in libpulse's order (see the module docs).
fn sockets() -> Vec<PathBuf> {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(servers) = var("PULSE_SERVER") {
        return servers
            .to_string_lossy()
            .split_whitespace()
            .filter_map(unix_server)
            .collect();
    }
    let mut paths = vec![];
    if let Some(dir) = var("PULSE_RUNTIME_PATH") {
        paths.push(Path::new(&dir).join("native"));
    }
    if let Some(dir) = var("XDG_RUNTIME_DIR") {
        paths.push(Path::new(&dir).join("pulse/native"));
    }
    paths.push(PathBuf::from("/run/pulse/native"));
    paths
}

/// A `PULSE_SERVER` entry's socket: `unix:/path` or `/path`, after an optional `{machine id}`; a TCP
/// server is no use for this machine's microphone.
fn unix_server(entry: &str) -> Option<PathBuf> {
    let entry = match entry.strip_prefix('{') {
        Some(rest) => rest.split_once('}')?.1,
        None => entry,
    };
    let path = entry.strip_prefix("unix:").unwrap_or(entry);
    path.starts_with('/').then(|| PathBuf::from(path))
}

/// PulseAudio's cookie, from the first of its places that has one; none for pipewire-pulse.
fn cookie() -> Vec<u8> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    let home = var("HOME");
    let places = [
        var("PULSE_COOKIE"),
        var("XDG_CONFIG_HOME").map(|d| d.join("pulse/cookie")),
        home.as_ref().map(|h| h.join(".config/pulse/cookie")),
        home.as_ref().map(|h| h.join(".pulse-cookie")),
    ];
    places
        .into_iter()
        .flatten()
        .find_map(|path| read_small(&path))
        .unwrap_or_default()
}

/// A file of at most a few KiB (a cookie is 256 bytes).
fn read_small(path: &Path) -> Option<Vec<u8>> {
    let mut bytes = vec![];
    std::fs::File::open(path)
        .ok()?
        .take(4096)
        .read_to_end(&mut bytes)
        .ok()?;
    (!bytes.is_empty()).then_some(bytes)
}

/// The pause after `pause`: doubled, up to [`SOUND_SERVER_RETRY_MAX`].
fn next_pause(pause: Duration) -> Duration {
    (pause * 2).min(SOUND_SERVER_RETRY_MAX)
}

#[cfg(test)]
mod tests;
