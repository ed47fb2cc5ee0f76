//! The sentences for the automatic rules (crates/core's `automatic`): their settings, menu items and the
//! reason shown beside a status a rule set.

use std::time::Duration;

use crate::automatic::{Reason, Rule, WorkDay};
use crate::engine::WallTime;
use crate::text;

/// The comment above the rule's key in the written config file.
pub fn rule_setting_about(rule: Rule) -> String {
    match rule {
        Rule::Locked => text!("automatic-about-locked"),
        Rule::Idle => text!("automatic-about-idle"),
        Rule::Calls => text!("automatic-about-calls"),
        Rule::Presenting => text!("automatic-about-presenting"),
        Rule::Meetings => text!("automatic-about-meetings"),
        Rule::WorkTime => text!("automatic-about-work-time"),
    }
}

/// The rule's check item in the menu's "Automatic" submenu; `idle` is the idle rule's time (or the
/// time it takes when turned on).
pub fn rule_label(rule: Rule, idle: Duration) -> String {
    match rule {
        Rule::Locked => text!("menu-rule-locked"),
        Rule::Idle => text!("menu-rule-idle", minutes = idle.as_secs().div_ceil(60)),
        Rule::Calls => text!("menu-rule-calls"),
        Rule::Presenting => text!("menu-rule-presenting"),
        Rule::Meetings => text!("menu-rule-meetings"),
        Rule::WorkTime => text!("menu-rule-work-time"),
    }
}

/// The status line of a status a rule set: "Away — screen locked (automatic)", "Do Not Disturb — in
/// "Weekly sync" until 11:00".
pub fn reason_line(reason: &Reason, now: WallTime, tz: &jiff::tz::TimeZone) -> String {
    let status = text::status_label(reason.status());
    let why = match reason {
        Reason::Meeting(meeting) => {
            return text!(
                "status-line-meeting",
                status = status,
                name = meeting.name.as_str(),
                until = text::moment(meeting.until, now, tz)
            );
        }
        Reason::Locked => text!("reason-locked"),
        Reason::Idle => text!("reason-idle"),
        Reason::InCall => text!("reason-in-call"),
        Reason::Presenting => text!("reason-presenting"),
        Reason::WorkDay {
            day: WorkDay::Opened,
        } => text!("reason-work-day-opened"),
        Reason::WorkDay {
            day: WorkDay::Paused,
        } => text!("reason-work-day-paused"),
        Reason::WorkDay { .. } => text!("reason-work-day-closed"),
    };
    text!("status-line-automatic", status = status, reason = why)
}
