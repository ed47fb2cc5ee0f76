//! Whether anything in the session can show the tray icon. Without a host the app would run invisibly,
//! so the tray says so (log and notification) and `doctor` reports it.

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

    /// One line for `doctor` and the log.
    pub fn describe(self) -> &'static str {
        match (self.status_notifier, self.xembed) {
            (true, _) => "a StatusNotifierItem host is running",
            (false, true) => "an XEmbed system tray is running",
            (false, false) => {
                "no system tray on this desktop: the icon cannot be shown; on GNOME install the AppIndicator extension (gnome-shell-extension-appindicator), or use the b24-status commands"
            }
        }
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
