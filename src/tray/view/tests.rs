//! What the tray shows for each status, activity and sign-in state.

use std::time::Instant;

use super::*;
use crate::test_support::dropped;

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
        timed: None,
        reason_line: None,
        rules: vec![],
    }
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

    // A busy keyring is not a missing one: the line says it is tried again.
    s.blocker = Some(Blocker::KeyringBusy);
    let v = View::from(&s);
    assert_eq!(v.status_line, "Keyring busy — trying again");
    assert!(!v.statuses_enabled);
}

#[test]
fn demo_has_its_own_header_and_no_account_action() {
    let mut s = snap(Some(Some(Status::Online)), Activity::Idle);
    s.identity = Identity::Demo;
    let v = View::from(&s);
    assert_eq!(v.header, "Demo portal (simulated)");
    assert_eq!(v.account_action, AccountAction::Hidden);
}

#[test]
fn start_at_login_says_its_state_in_words() {
    // A host that draws no box for an unchecked item still shows which it is.
    assert_eq!(autostart_label(true), "Start at login: on");
    assert_eq!(autostart_label(false), "Start at login: off");
}

#[test]
fn a_status_a_rule_set_shows_its_reason() {
    let mut s = snap(Some(Some(Status::Away)), Activity::Idle);
    s.reason_line = Some(crate::text::reason_line(
        &crate::automatic::Reason::Locked,
        crate::engine::WallTime::from_unix_millis(0),
        &jiff::tz::TimeZone::UTC,
    ));
    let view = View::from(&s);
    assert_eq!(view.status_line, "Away — screen locked (automatic)");
    assert_eq!(view.checked, Some(Status::Away));
    let meeting = crate::automatic::Reason::Meeting(crate::automatic::Meeting {
        id: "1".into(),
        name: "Weekly sync".into(),
        until: crate::engine::WallTime::from_unix_millis(11 * 3_600_000),
    });
    assert_eq!(
        crate::text::reason_line(
            &meeting,
            crate::engine::WallTime::from_unix_millis(10 * 3_600_000),
            &jiff::tz::TimeZone::UTC
        ),
        "Do Not Disturb — in \"Weekly sync\" until 11:00"
    );
}

#[test]
fn the_rules_are_check_items_and_one_lacking_its_scope_says_so() {
    use crate::automatic::Rule;
    let mut s = snap(Some(Some(Status::Online)), Activity::Idle);
    let state = |rule, on, missing| RuleState {
        rule,
        on,
        idle: std::time::Duration::from_secs(900),
        missing,
    };
    s.rules = vec![
        state(Rule::Locked, true, None),
        state(Rule::Idle, false, None),
        state(Rule::Meetings, true, Some(Missing::Scope("calendar"))),
    ];
    let items = View::from(&s).rules;
    let shown: Vec<(&str, bool, bool)> = items
        .iter()
        .map(|i| (i.label.as_str(), i.checked, i.enabled))
        .collect();
    assert_eq!(
        shown,
        [
            ("Away when the screen is locked", true, true),
            ("Away after 15 minutes idle", false, true),
            (
                "Do Not Disturb in calendar meetings — needs the calendar scope",
                false,
                false
            ),
        ]
    );
}
