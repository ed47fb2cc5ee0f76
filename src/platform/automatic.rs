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
