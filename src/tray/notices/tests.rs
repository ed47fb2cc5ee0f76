//! When a notification is raised: once per failure, never per retry or background read.

use super::*;
use crate::portal_error::PortalError;
use crate::status::Status;
use crate::test_support::dropped;

fn retrying(target: Status) -> Activity {
    Activity::Setting {
        target,
        retrying: Some(dropped()),
    }
}

#[test]
fn once_per_failure_not_per_retry() {
    let first = notice(
        &Activity::Setting {
            target: Status::Dnd,
            retrying: None,
        },
        &retrying(Status::Dnd),
    )
    .unwrap();
    assert_eq!(first.summary, "Do Not Disturb is not set yet");
    assert!(
        first.body.starts_with("The connection to p dropped"),
        "{first:?}"
    );
    assert_eq!(notice(&retrying(Status::Dnd), &retrying(Status::Dnd)), None);
    assert!(notice(&retrying(Status::Dnd), &retrying(Status::Away)).is_some());
}

#[test]
fn background_reads_stay_quiet() {
    let reading = Activity::Reading {
        retrying: Some(dropped()),
    };
    assert_eq!(notice(&Activity::Idle, &reading), None);
    assert_eq!(notice(&reading, &Activity::Idle), None);
}

#[test]
fn halts_and_failures_are_announced_once() {
    let halted = Activity::Halted(PortalError::MissingScope);
    let n = notice(&Activity::Idle, &halted).unwrap();
    assert_eq!(n.summary, "Bitrix24: sign in again");
    assert!(n.body.starts_with("The webhook lacks the `im` scope"));
    assert_eq!(notice(&halted, &halted), None);
    let failed = Activity::Failed {
        wanted: Some(Status::Away),
        error: PortalError::AccessDenied,
    };
    assert_eq!(
        notice(&Activity::Idle, &failed).unwrap().summary,
        "Could not set Away"
    );
    assert_eq!(notice(&failed, &failed), None);
}
