//! Desktop notifications (freedesktop Notifications on Linux, through notify-rust). Blocking: call from a
//! thread that may wait on D-Bus, never the UI thread. No notification ever carries a URL or a secret:
//! they are built from the same sentences as the CLI's errors.

use crate::tray::notices::Notice;

/// Shows a notification; failures (no notification daemon) are logged, never fatal.
pub fn send(notice: &Notice) {
    tracing::info!(summary = %notice.summary, body = %notice.body, "notification");
    let result = notify_rust::Notification::new()
        .appname("b24-status")
        .summary(&notice.summary)
        .body(&notice.body)
        .icon("b24-status")
        .show();
    if let Err(e) = result {
        tracing::warn!("the notification could not be shown: {e}");
    }
}
