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
    /// Windows' notification area (always there).
    #[cfg(windows)]
    pub notification_area: bool,
}

impl Hosts {
    pub fn any(self) -> bool {
        #[cfg(windows)]
        if self.notification_area {
            return true;
        }
        self.status_notifier || self.xembed
    }

    /// One line for `doctor`, the log and the tray's notification. The catalogue's language is fixed for
    /// the life of the process, so each line is rendered once and kept.
    pub fn describe(self) -> &'static str {
        static LINES: [OnceLock<String>; 4] = [const { OnceLock::new() }; 4];
        #[cfg(windows)]
        if self.notification_area {
            return LINES[3].get_or_init(|| text!("tray-host-notification-area"));
        }
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

/// macOS' menu bar is always there.
#[cfg(target_os = "macos")]
pub fn detect() -> Hosts {
    Hosts {
        status_notifier: true,
        xembed: false,
    }
}

/// Windows' notification area is always there (no StatusNotifierItem host, no XEmbed tray).
#[cfg(windows)]
pub fn detect() -> Hosts {
    Hosts {
        status_notifier: false,
        xembed: false,
        notification_area: true,
    }
}
