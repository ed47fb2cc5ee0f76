//! What the tray shows, as pure data: the menu's texts and checks and the icon's state, derived from the
//! engine's confirmed status and activity and from the sign-in state. No GUI here, so every wording and
//! rule is unit-tested; `menu.rs` only copies a [`View`] onto the widgets. The texts are rendered from the
//! message catalogue (`i18n/en.ftl`) as the view is built.

use std::time::Duration;

use crate::automatic::Rule;
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
    /// The keyring is there but was busy (another program changing the entry, or a call timed out).
    KeyringBusy,
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
    /// The end of the confirmed timed status, if it is one.
    pub timed: Option<TimedEnd>,
    /// The confirmed status's reason when an automatic rule set it ("Away — screen locked
    /// (automatic)"), rendered as the snapshot is taken.
    pub reason_line: Option<String>,
    /// The automatic rules, for the "Automatic" submenu.
    pub rules: Vec<RuleState>,
}

/// One automatic rule as the menu shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleState {
    pub rule: Rule,
    pub on: bool,
    /// The idle rule's time (what it takes when turned on, while off).
    pub idle: Duration,
    /// Why it cannot work here, if it cannot: its item is disabled and says so.
    pub missing: Option<Missing>,
}

/// What an automatic rule lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// The webhook lacks this scope (`calendar`, `timeman`).
    Scope(&'static str),
}

/// An "Automatic" submenu item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleItem {
    pub rule: Rule,
    pub label: String,
    pub checked: bool,
    pub enabled: bool,
}

/// When the confirmed (timed) status ends and what follows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimedEnd {
    /// The moment as the user reads it ("15:30", "tomorrow 09:00"), in the local time of the snapshot.
    pub until: String,
    pub then: Status,
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
    pub rules: Vec<RuleItem>,
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
            rules: s.rules.iter().map(rule_item).collect(),
        }
    }
}

/// A rule's submenu item: its label, checked while on; one that cannot work says why and is disabled.
fn rule_item(state: &RuleState) -> RuleItem {
    let label = crate::text::rule_label(state.rule, state.idle);
    match state.missing {
        Some(Missing::Scope(scope)) => RuleItem {
            rule: state.rule,
            label: text!("menu-rule-needs-scope", rule = label, scope = scope),
            checked: false,
            enabled: false,
        },
        None => RuleItem {
            rule: state.rule,
            label,
            checked: state.on,
            enabled: true,
        },
    }
}

/// The "Start at login" item's label. It says the state in words as well as by its check: GNOME's
/// AppIndicator menu draws no box for an unchecked item, where "Start at login" alone reads as a command.
pub fn autostart_label(on: bool) -> String {
    if on {
        text!("menu-start-at-login-on")
    } else {
        text!("menu-start-at-login-off")
    }
}

fn status_line(s: &Snapshot) -> String {
    match &s.blocker {
        Some(Blocker::KeyringLocked) => return text!("status-line-keyring-locked"),
        Some(Blocker::KeyringBusy) => return text!("status-line-keyring-busy"),
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
    if let Some(line) = &s.reason_line {
        return line.clone();
    }
    let at = s.confirmed_at.as_deref().unwrap_or("");
    if let (Some(end), Some(status)) = (&s.timed, s.confirmed.and_then(|c| c.status)) {
        return text!(
            "status-line-until",
            status = status_label(status),
            until = &end.until,
            then = status_label(end.then)
        );
    }
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
mod tests;
