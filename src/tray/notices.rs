//! When the tray raises a desktop notification: once per failure the user should know about, never per
//! retry, and never for background reads (an app started before the network is up stays quiet).

use crate::engine::Activity;
use crate::text::{portal_error, status_label};

/// A desktop notification: a title and one sentence with what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub summary: String,
    pub body: String,
}

/// The notice for a change of activity, if it deserves one.
pub fn notice(previous: &Activity, next: &Activity) -> Option<Notice> {
    match (previous, next) {
        (Activity::Halted(_), Activity::Halted(_)) => None,
        (_, Activity::Halted(error)) => Some(Notice {
            summary: text!("notice-sign-in-again"),
            body: capitalised(&portal_error(error)),
        }),
        (
            Activity::Setting {
                target: before,
                retrying: Some(_),
            },
            Activity::Setting {
                target: after,
                retrying: Some(_),
            },
        ) if before == after => None,
        (
            _,
            Activity::Setting {
                target,
                retrying: Some(error),
            },
        ) => Some(Notice {
            summary: text!("notice-not-set-yet", status = status_label(*target)),
            body: text!(
                "notice-keeps-trying",
                reason = sentence(&portal_error(error))
            ),
        }),
        (Activity::Failed { .. }, Activity::Failed { .. }) if previous == next => None,
        (
            _,
            Activity::Failed {
                wanted: Some(status),
                error,
            },
        ) => Some(Notice {
            summary: text!("notice-could-not-set", status = status_label(*status)),
            body: sentence(&portal_error(error)),
        }),
        _ => None,
    }
}

/// The text with its first letter in upper case.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn sentence(text: &str) -> String {
    let mut s = capitalised(text);
    if !s.ends_with('.') {
        s.push('.');
    }
    s
}

#[cfg(test)]
mod tests;
