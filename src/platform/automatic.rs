//! Where the automatic rules' signals come from, per OS: each source reports [`Signal`]s through a
//! callback, event-driven (no polling loop). Linux is built (`linux/lock.rs`); on Windows the screen lock
//! is `WTSRegisterSessionNotification` (`WM_WTSSESSION_CHANGE` with `WTS_SESSION_LOCK` / `_UNLOCK`), on
//! macOS the `com.apple.screenIsLocked` / `com.apple.screenIsUnlocked` distributed notifications — not
//! built yet: there `doctor` says the rule has no source.

use crate::automatic::Signal;

/// Hands a signal to the worker; false once the worker is gone (the source then stops).
pub type Report = Box<dyn Fn(Signal) -> bool + Send + Sync>;

/// A screen-lock source, as `doctor` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockSource {
    /// logind's session on the system bus.
    Logind,
    FreedesktopScreenSaver,
    GnomeScreenSaver,
}

impl LockSource {
    /// Its D-Bus name (a machine word: doctor prints it as it is).
    pub fn bus_name(self) -> &'static str {
        match self {
            LockSource::Logind => "org.freedesktop.login1",
            LockSource::FreedesktopScreenSaver => "org.freedesktop.ScreenSaver",
            LockSource::GnomeScreenSaver => "org.gnome.ScreenSaver",
        }
    }
}

/// Watches the screen lock: reports `Locked(now)` once, then every change. Returns when `report` says
/// the worker is gone or no source is left; the sources found (none: the rule has nothing to follow).
pub async fn watch_lock(report: Report) -> Vec<LockSource> {
    #[cfg(target_os = "linux")]
    return crate::platform::linux::lock::watch(report).await;
    #[cfg(not(target_os = "linux"))]
    {
        let _ = report;
        Vec::new()
    }
}

/// The screen-lock sources there are, for `doctor`.
pub async fn lock_sources() -> Vec<LockSource> {
    #[cfg(target_os = "linux")]
    return crate::platform::linux::lock::probe().await;
    #[cfg(not(target_os = "linux"))]
    Vec::new()
}

/// An input-idle source, as `doctor` names it; [`watch_idle`] tries them in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdleSource {
    /// The X server's SYNC `IDLETIME` counter, with alarms.
    X11Sync,
    /// GNOME's idle monitor on the session bus.
    MutterIdleMonitor,
    /// logind's session `IdleHint` (system bus): the desktop's own idle time, not `away_after_idle`.
    LogindIdleHint,
}

impl IdleSource {
    /// Its name (a machine word: doctor prints it as it is).
    pub fn name(self) -> &'static str {
        match self {
            IdleSource::X11Sync => "X11 SYNC IDLETIME",
            IdleSource::MutterIdleMonitor => "org.gnome.Mutter.IdleMonitor",
            IdleSource::LogindIdleHint => "org.freedesktop.login1 IdleHint",
        }
    }
}

/// Watches input idle: `Idle(true)` once there was no input for the threshold, `Idle(false)` at the next
/// input; `Idle(now)` at start and whenever the threshold changes (`None`: the rule is off, not idle).
/// Returns when `report` says the worker is gone or the threshold's sender is dropped; the source it
/// followed (none: the rule has nothing to follow). On Linux `linux/idle.rs`. Not built: on Windows
/// `GetLastInputInfo` has no notification, so a waitable timer would be set for the moment the last
/// input turns idle and, once idle, a low-level input hook (`WH_MOUSE_LL`, `WH_KEYBOARD_LL`) installed
/// until the next input; on macOS the same with `CGEventSourceSecondsSinceLastEventType` and
/// `NSEvent.addGlobalMonitorForEvents`. There `doctor` says the rule has no source.
pub async fn watch_idle(
    threshold: tokio::sync::watch::Receiver<Option<std::time::Duration>>,
    report: Report,
) -> Option<IdleSource> {
    #[cfg(target_os = "linux")]
    return crate::platform::linux::idle::watch(threshold, report).await;
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (threshold, report);
        None
    }
}

/// The idle source [`watch_idle`] would follow now, for `doctor`.
pub async fn idle_source() -> Option<IdleSource> {
    #[cfg(target_os = "linux")]
    return crate::platform::linux::idle::probe().await;
    #[cfg(not(target_os = "linux"))]
    None
}

/// Why the presenting rule has nothing to follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoPresentingSource {
    /// A Wayland session: no protocol tells which window is active or full screen.
    Wayland,
    /// No X display to ask.
    NoDisplay,
    /// The X display's window manager does not publish the active window and full-screen state (EWMH).
    NoWindowManager,
    /// This OS has no source for the rule yet.
    NotBuilt,
}

/// Watches whether the active window is full screen: `Presenting(now)` at start, then every change,
/// from a thread of its own blocked on the source; it ends when `report` says the worker is gone. On
/// Linux (X11) `linux/presenting.rs`, whose docs name the designs not built (the screen shared through
/// PipeWire, Windows' `SHQueryUserNotificationState`, macOS's presentation options): there nothing is
/// reported and `doctor` says the rule has no source.
pub fn watch_presenting(report: Report) {
    #[cfg(target_os = "linux")]
    crate::platform::linux::presenting::watch(report);
    #[cfg(not(target_os = "linux"))]
    let _ = report;
}

/// Whether [`watch_presenting`] has something to follow now, for `doctor`.
pub fn presenting_source() -> Result<(), NoPresentingSource> {
    #[cfg(target_os = "linux")]
    return crate::platform::linux::presenting::probe();
    #[cfg(not(target_os = "linux"))]
    Err(NoPresentingSource::NotBuilt)
}

/// The sound server the calls rule listens to, as `doctor` names it: on Linux PulseAudio, or PipeWire
/// through pipewire-pulse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SoundServer {
    /// As it names itself ("pulseaudio", "PulseAudio (on PipeWire 0.3.65)"), with its version.
    pub name: String,
    pub version: String,
    /// Its socket.
    pub socket: String,
}

/// Why the calls rule has no sound server to listen to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoSoundServer {
    /// Nothing answers at any of these sockets.
    NotFound { looked_at: Vec<String> },
    /// One answers but refused us (an authentication cookie it does not accept, say), or spoke nonsense.
    Refused { socket: String, error: String },
    /// This OS has no source for the rule yet.
    NotBuilt,
}

/// Watches the microphone and the camera: reports `InCall(now)` (either in use by another program)
/// once a source is reached, then every change, from threads of their own that wait on the sources (no
/// polling); they end when `report` says the worker is gone. On Linux, the sound server's recording
/// streams and the video devices' openings (`linux/calls.rs`). On Windows it would be the
/// `HKCU\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore\microphone`
/// (and `webcam`) keys: a program's subkey with `LastUsedTimeStop == 0` is using the device, and
/// `RegNotifyChangeKeyValue` on the tree wakes the watcher at each change. On macOS, the input devices'
/// `kAudioDevicePropertyDeviceIsRunningSomewhere` with an `AudioObjectAddPropertyListener`. Neither is
/// built yet: there nothing is reported and `doctor` says the rule has no source.
pub fn watch_calls(report: Report) {
    #[cfg(target_os = "linux")]
    crate::platform::linux::calls::watch(report);
    #[cfg(not(target_os = "linux"))]
    let _ = report;
}

/// The sound server the calls rule would listen to now, for `doctor`.
pub fn sound_server() -> Result<SoundServer, NoSoundServer> {
    #[cfg(target_os = "linux")]
    return crate::platform::linux::calls::probe();
    #[cfg(not(target_os = "linux"))]
    Err(NoSoundServer::NotBuilt)
}
