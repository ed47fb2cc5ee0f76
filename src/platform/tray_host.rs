//! Whether anything in the session can show the tray icon. Without a host the app would run invisibly,
//! so the tray says so (log and notification) and `doctor` reports it.

use std::sync::OnceLock;

/// Which kinds of tray host the session offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hosts {
    /// A StatusNotifierItem host (KDE, GNOME's AppIndicator extension, waybar, XFCE...).
    pub status_notifier: bool,
    /// An XEmbed system tray (older panels, trayer, i3bar...).
    pub xembed: bool,
}

impl Hosts {
    pub fn any(self) -> bool {
        self.status_notifier || self.xembed
    }

    /// One line for `doctor`, the log and the tray's notification. The catalogue's language is fixed for
    /// the life of the process, so each line is rendered once and kept.
    pub fn describe(self) -> &'static str {
        static LINES: [OnceLock<String>; 3] = [const { OnceLock::new() }; 3];
        let (line, render): (usize, fn() -> String) = match (self.status_notifier, self.xembed) {
            (true, _) => (0, || text!("tray-host-status-notifier")),
            (false, true) => (1, || text!("tray-host-xembed")),
            (false, false) => (2, || text!("tray-host-none")),
        };
        LINES[line].get_or_init(render)
    }
}

#[cfg(target_os = "linux")]
pub use crate::platform::linux::tray_host::detect;

/// macOS' menu bar and Windows' notification area are always there.
#[cfg(not(target_os = "linux"))]
pub fn detect() -> Hosts {
    Hosts {
        status_notifier: true,
        xembed: false,
    }
}
