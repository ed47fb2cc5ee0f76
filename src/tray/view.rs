//! What the tray shows, as pure data: the menu's texts and checks and the icon's state, derived from the
//! engine's confirmed status and activity and from the sign-in state. No GUI here, so every wording and
//! rule is unit-tested; `menu.rs` only copies a [`View`] onto the widgets. The texts are rendered from the
//! message catalogue (`i18n/en/tray.ftl`) as the view is built.

use crate::engine::{Activity, Confirmed};
use crate::portal_error::{ErrorClass, PortalError};
use crate::status::Status;
use crate::text::status_label;
use crate::tray::icon::IconState;

/// The statuses offered as menu check items, in order. `Break` is shown, never offered.
pub const MENU_STATUSES: [Status; 3] = [Status::Online, Status::Dnd, Status::Away];

/// Who the tray acts for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Identity {
    SignedIn { name: String, portal: String },
    Demo,
    SignedOut,
}

/// Why the tray cannot act, when it cannot (besides being signed out).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Blocker {
    KeyringLocked,
    KeyringUnavailable,
    /// The config file could not be read; the message names it.
    BadConfig(crate::store::config::ConfigError),
}

/// Everything the view is computed from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub identity: Identity,
    pub blocker: Option<Blocker>,
    pub confirmed: Option<Confirmed>,
    /// `HH:MM` local time of the last confirmation.
    pub confirmed_at: Option<String>,
    pub activity: Activity,
    /// A one-off remark shown instead of the confirmation time (e.g. a dropped old choice).
    pub note: Option<String>,
}

/// The menu item that changes with the sign-in state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountAction {
    SignIn,
    SignOut,
    /// The demo has nothing to sign in or out of.
    Hidden,
}

/// What the tray shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct View {
    pub header: String,
    /// The checked status item; `None` checks none (break, unknown, signed out).
    pub checked: Option<Status>,
    pub statuses_enabled: bool,
    pub status_line: String,
    pub account_action: AccountAction,
    pub icon: IconState,
}

impl View {
    pub fn from(s: &Snapshot) -> View {
        let confirmed = s.confirmed.and_then(|c| c.status);
        let can_act = !matches!(s.identity, Identity::SignedOut)
            && s.blocker.is_none()
            && !matches!(s.activity, Activity::Halted(_));
        let header = match &s.identity {
            Identity::SignedIn { name, portal } => {
                text!("menu-header-signed-in", name = name, portal = portal)
            }
            Identity::Demo => text!("menu-header-demo"),
            Identity::SignedOut => text!("menu-header-signed-out"),
        };
        let account_action = match (&s.identity, &s.activity) {
            (Identity::Demo, _) => AccountAction::Hidden,
            (Identity::SignedOut, _) | (_, Activity::Halted(_)) => AccountAction::SignIn,
            (Identity::SignedIn { .. }, _) => AccountAction::SignOut,
        };
        let signed_out = matches!(s.identity, Identity::SignedOut);
        View {
            header,
            checked: confirmed.filter(|c| MENU_STATUSES.contains(c) && !signed_out),
            statuses_enabled: can_act,
            status_line: status_line(s),
            account_action,
            icon: IconState {
                status: if signed_out { None } else { confirmed },
                alert: is_alert(s),
            },
        }
    }
}

fn status_line(s: &Snapshot) -> String {
    match &s.blocker {
        Some(Blocker::KeyringLocked) => return text!("status-line-keyring-locked"),
        Some(Blocker::KeyringUnavailable) => return text!("status-line-no-keyring"),
        Some(Blocker::BadConfig(_)) => return text!("status-line-bad-config"),
        None => {}
    }
    if matches!(s.identity, Identity::SignedOut) {
        return text!("status-line-signed-out");
    }
    match &s.activity {
        Activity::Halted(e) if e.class() == ErrorClass::Scope => {
            text!("status-line-missing-scope")
        }
        Activity::Halted(_) => text!("status-line-rejected"),
        Activity::Setting {
            target,
            retrying: None,
        } => text!("status-line-setting", status = status_label(*target)),
        Activity::Setting {
            retrying: Some(e), ..
        }
        | Activity::Reading { retrying: Some(e) } => retrying_line(e),
        Activity::Failed { wanted, error } => match wanted {
            Some(w) => text!(
                "status-line-not-set",
                status = status_label(*w),
                reason = short_reason(error)
            ),
            None => text!("status-line-not-read", reason = short_reason(error)),
        },
        Activity::Idle | Activity::Reading { retrying: None } => match &s.note {
            Some(note) => note.clone(),
            None => confirmed_line(s),
        },
    }
}

fn confirmed_line(s: &Snapshot) -> String {
    let at = s.confirmed_at.as_deref().unwrap_or("");
    match s.confirmed {
        None => text!("status-line-connecting"),
        Some(Confirmed {
            status: Some(Status::Break),
            ..
        }) => text!("status-line-break", at = at),
        Some(Confirmed { status: None, .. }) => text!("status-line-no-status", at = at),
        Some(_) => text!("status-line-confirmed", at = at),
    }
}

fn retrying_line(e: &PortalError) -> String {
    match e.class() {
        ErrorClass::RateLimited => text!("status-line-portal-busy"),
        _ => text!("status-line-offline"),
    }
}

/// A few words for the status line; the notification carries the full sentence.
pub fn short_reason(e: &PortalError) -> String {
    match e {
        PortalError::Overloaded => text!("status-line-reason-overloaded"),
        PortalError::AccessDenied => text!("status-line-reason-access-denied"),
        PortalError::PortalDeleted => text!("status-line-reason-portal-deleted"),
        PortalError::MethodNotFound { .. } => text!("status-line-reason-method-not-found"),
        PortalError::BadRedirect { .. } => text!("status-line-reason-bad-redirect"),
        PortalError::Refused { .. } => text!("status-line-reason-refused"),
        PortalError::RateLimited { .. } => text!("status-line-reason-rate-limited"),
        _ => text!("status-line-reason-other"),
    }
}

fn is_alert(s: &Snapshot) -> bool {
    s.blocker.is_some()
        || matches!(
            s.activity,
            Activity::Halted(_)
                | Activity::Failed { .. }
                | Activity::Setting {
                    retrying: Some(_),
                    ..
                }
                | Activity::Reading { retrying: Some(_) }
        )
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use super::*;

    fn signed_in() -> Identity {
        Identity::SignedIn {
            name: "Anna Petrova".into(),
            portal: "anna.bitrix24.com".into(),
        }
    }

    fn snap(confirmed: Option<Option<Status>>, activity: Activity) -> Snapshot {
        Snapshot {
            identity: signed_in(),
            blocker: None,
            confirmed: confirmed.map(|status| Confirmed {
                status,
                at: Instant::now(),
            }),
            confirmed_at: confirmed.map(|_| "14:02".into()),
            activity,
            note: None,
        }
    }

    fn dropped() -> PortalError {
        PortalError::Dropped { host: "p".into() }
    }

    #[test]
    fn a_confirmed_status_is_checked_and_coloured() {
        let v = View::from(&snap(Some(Some(Status::Dnd)), Activity::Idle));
        assert_eq!(v.header, "Anna Petrova — anna.bitrix24.com");
        assert_eq!(v.checked, Some(Status::Dnd));
        assert_eq!(v.status_line, "Confirmed 14:02");
        assert_eq!(
            v.icon,
            IconState {
                status: Some(Status::Dnd),
                alert: false
            }
        );
        assert_eq!(v.account_action, AccountAction::SignOut);
        assert!(v.statuses_enabled);
    }

    #[test]
    fn pending_keeps_the_confirmed_status() {
        let v = View::from(&snap(
            Some(Some(Status::Online)),
            Activity::Setting {
                target: Status::Away,
                retrying: None,
            },
        ));
        assert_eq!(v.checked, Some(Status::Online));
        assert_eq!(v.icon.status, Some(Status::Online));
        assert_eq!(v.status_line, "Setting Away…");
        assert!(!v.icon.alert);
    }

    #[test]
    fn retrying_and_failure_keep_the_colour_and_add_the_alert() {
        let v = View::from(&snap(
            Some(Some(Status::Online)),
            Activity::Setting {
                target: Status::Dnd,
                retrying: Some(dropped()),
            },
        ));
        assert_eq!(v.status_line, "Offline — retrying");
        assert_eq!(
            v.icon,
            IconState {
                status: Some(Status::Online),
                alert: true
            }
        );
        let limited = PortalError::from_code("QUERY_LIMIT_EXCEEDED", "", "x");
        let v = View::from(&snap(
            None,
            Activity::Reading {
                retrying: Some(limited),
            },
        ));
        assert_eq!(v.status_line, "Portal busy — retrying");
        let v = View::from(&snap(
            Some(Some(Status::Away)),
            Activity::Failed {
                wanted: Some(Status::Dnd),
                error: PortalError::AccessDenied,
            },
        ));
        assert_eq!(
            v.status_line,
            "Do Not Disturb not set — no REST access on this plan"
        );
        assert_eq!(v.checked, Some(Status::Away));
    }

    #[test]
    fn break_checks_nothing_and_says_so() {
        let v = View::from(&snap(Some(Some(Status::Break)), Activity::Idle));
        assert_eq!(v.checked, None);
        assert_eq!(v.status_line, "Break — confirmed 14:02");
        assert_eq!(v.icon.status, Some(Status::Break));
    }

    #[test]
    fn unknown_and_not_yet_read_are_grey() {
        let v = View::from(&snap(Some(None), Activity::Idle));
        assert_eq!((v.checked, v.icon.status), (None, None));
        assert_eq!(v.status_line, "No status on the portal — checked 14:02");
        let v = View::from(&snap(None, Activity::Reading { retrying: None }));
        assert_eq!(v.status_line, "Connecting…");
        assert_eq!(v.icon.status, None);
    }

    #[test]
    fn rejected_credentials_offer_sign_in() {
        let e = PortalError::from_code("INVALID_CREDENTIALS", "", "x");
        let v = View::from(&snap(Some(Some(Status::Dnd)), Activity::Halted(e)));
        assert_eq!(v.status_line, "Webhook rejected — sign in again");
        assert_eq!(v.account_action, AccountAction::SignIn);
        assert!(!v.statuses_enabled);
        assert_eq!(
            v.icon,
            IconState {
                status: Some(Status::Dnd),
                alert: true
            }
        );
        let v = View::from(&snap(None, Activity::Halted(PortalError::MissingScope)));
        assert_eq!(v.status_line, "Webhook lacks the im scope — sign in again");
    }

    #[test]
    fn signed_out_and_blocked_states() {
        let mut s = snap(None, Activity::Idle);
        s.identity = Identity::SignedOut;
        let v = View::from(&s);
        assert_eq!(v.header, "Not signed in");
        assert_eq!(v.status_line, "Sign in to set your status");
        assert_eq!(v.account_action, AccountAction::SignIn);
        assert_eq!(
            v.icon,
            IconState {
                status: None,
                alert: false
            }
        );
        assert!(!v.statuses_enabled);

        let mut s = snap(Some(Some(Status::Away)), Activity::Idle);
        s.blocker = Some(Blocker::KeyringLocked);
        let v = View::from(&s);
        assert_eq!(v.status_line, "Keyring locked — unlock it");
        assert!(!v.statuses_enabled);
        assert!(v.icon.alert);
    }

    #[test]
    fn demo_has_its_own_header_and_no_account_action() {
        let mut s = snap(Some(Some(Status::Online)), Activity::Idle);
        s.identity = Identity::Demo;
        let v = View::from(&s);
        assert_eq!(v.header, "Demo portal (simulated)");
        assert_eq!(v.account_action, AccountAction::Hidden);
    }
}
