//! The sentences for the core crate's data: status labels, portal errors, timed statuses' input errors and moments.

use crate::engine::WallTime;
use crate::portal_error::{Body, ConnectFailure, PortalError, RedirectProblem};
use crate::status::{Status, UnknownStatus};
use crate::text;
use crate::timed::{self, WhenError};
use crate::tuning::MAX_TIMED;

/// The status as the user reads it ("Do Not Disturb"); `get` prints the wire word instead.
pub fn status_label(status: Status) -> String {
    match status {
        Status::Online => text!("status-online"),
        Status::Dnd => text!("status-dnd"),
        Status::Away => text!("status-away"),
        Status::Break => text!("status-break"),
    }
}

/// "unknown status 'busy': use online, dnd, away or break".
pub fn unknown_status(e: &UnknownStatus) -> String {
    text!("status-unknown-word", word = &e.0)
}

/// What is wrong with a duration or a time as typed, with the way to write it.
pub fn when_error(e: &WhenError) -> String {
    match e {
        WhenError::NotADuration(text) => text!("when-not-a-duration", text = text),
        WhenError::Zero => text!("when-zero"),
        WhenError::NotAMoment(text) => text!("when-not-a-moment", text = text),
        WhenError::InThePast => text!("when-in-the-past"),
        WhenError::TooFar => text!("when-too-far", days = MAX_TIMED.as_secs() / 86_400),
    }
}

/// `at` as the user reads it on the clock where they are, next to `now`: "15:30" today, "tomorrow
/// 09:00", "Monday 09:00" within the week after (a timed status lasts at most 7 days, so a weekday is
/// unambiguous up to 6 days ahead), "9 December 09:00" from then on (the catalogue decides the words, their
/// order and the clock).
pub fn moment(at: WallTime, now: WallTime, tz: &jiff::tz::TimeZone) -> String {
    let local = timed::local(at, tz);
    let time = clock(&local);
    let today = timed::local(now, tz).date();
    // Calendar days from today's date to the moment's (a Date's span is in days).
    let days = today
        .until(local.date())
        .map_or(i32::MAX, |span| span.get_days());
    match days {
        0 => text!("moment-today", time = time),
        1 => text!("moment-tomorrow", time = time),
        2..=6 => text!(
            "moment-this-week",
            weekday = weekday(local.date().weekday()),
            time = time
        ),
        _ => text!(
            "moment-other-day",
            date = text!(
                "date-day-month",
                day = local.day().to_string(),
                month = month(local.month())
            ),
            time = time
        ),
    }
}

/// The time of day on the user's clock: "15:30", or "3:30 PM" where the locale writes the 12-hour clock.
pub fn clock(local: &jiff::Zoned) -> String {
    let minute = format!("{:02}", local.minute());
    if crate::text::current().clock_12h {
        let hour12 = match local.hour() % 12 {
            0 => 12,
            h => h,
        };
        let half = if local.hour() < 12 { "am" } else { "pm" };
        text!(
            "time-of-day-12h",
            hour12 = hour12.to_string(),
            minute = minute,
            half = half
        )
    } else {
        text!(
            "time-of-day",
            hour = format!("{:02}", local.hour()),
            minute = minute
        )
    }
}

/// The month's name, as a date needs it ("9 December", «9 декабря»).
fn month(number: i8) -> String {
    match number {
        1 => text!("month-1"),
        2 => text!("month-2"),
        3 => text!("month-3"),
        4 => text!("month-4"),
        5 => text!("month-5"),
        6 => text!("month-6"),
        7 => text!("month-7"),
        8 => text!("month-8"),
        9 => text!("month-9"),
        10 => text!("month-10"),
        11 => text!("month-11"),
        _ => text!("month-12"),
    }
}

/// The day's name, from the catalogue.
fn weekday(day: jiff::civil::Weekday) -> String {
    use jiff::civil::Weekday;
    match day {
        Weekday::Monday => text!("weekday-monday"),
        Weekday::Tuesday => text!("weekday-tuesday"),
        Weekday::Wednesday => text!("weekday-wednesday"),
        Weekday::Thursday => text!("weekday-thursday"),
        Weekday::Friday => text!("weekday-friday"),
        Weekday::Saturday => text!("weekday-saturday"),
        Weekday::Sunday => text!("weekday-sunday"),
    }
}

/// One line with the fix.
pub fn portal_error(e: &PortalError) -> String {
    match e {
        PortalError::Rejected { code } => text!("portal-rejected", code = code),
        PortalError::MissingScope => text!("portal-missing-scope"),
        PortalError::RateLimited { code, .. } => text!("portal-rate-limited", code = code),
        PortalError::Overloaded => text!("portal-overloaded"),
        PortalError::AccessDenied => text!("portal-access-denied"),
        PortalError::PortalDeleted => text!("portal-deleted"),
        PortalError::MethodNotFound { method } => text!("portal-method-not-found", method = method),
        PortalError::Refused { code, description } => {
            text!("portal-refused", code = code, description = description)
        }
        PortalError::ServerError { code } => text!("portal-server-error", code = code),
        PortalError::Unreachable { host, reason } => text!(
            "portal-unreachable",
            host = host,
            reason = connect_failure(*reason)
        ),
        PortalError::Timeout { host } => text!("portal-timeout", host = host),
        PortalError::Dropped { host } => text!("portal-dropped", host = host),
        PortalError::Truncated { host } => text!("portal-truncated", host = host),
        PortalError::NotBitrix { host, status, body } => text!(
            "portal-not-bitrix",
            host = host,
            status = status.to_string(),
            body = body_text(*body)
        ),
        PortalError::NotConfirmed { result } => text!("portal-not-confirmed", result = result),
        PortalError::BadRedirect { problem } => {
            text!("portal-bad-redirect", problem = redirect_problem(*problem))
        }
    }
}

/// Why a connection failed, as the middle of a sentence.
pub fn connect_failure(reason: ConnectFailure) -> String {
    match reason {
        ConnectFailure::Refused => text!("connect-refused"),
        ConnectFailure::TimedOut => text!("connect-timed-out"),
        ConnectFailure::NetworkUnreachable => text!("connect-network-unreachable"),
        ConnectFailure::NameNotResolved => text!("connect-name-not-resolved"),
        ConnectFailure::Tls => text!("connect-tls"),
        ConnectFailure::Other => text!("connect-other"),
    }
}

fn body_text(body: Body) -> String {
    match body {
        Body::Empty => text!("body-empty"),
        Body::WebPage => text!("body-web-page"),
        Body::Unreadable => text!("body-unreadable"),
        Body::TooLarge => text!("body-too-large"),
    }
}

fn redirect_problem(problem: RedirectProblem) -> String {
    match problem {
        RedirectProblem::Loop => text!("redirect-loop"),
        RedirectProblem::NoLocation => text!("redirect-no-location"),
        RedirectProblem::InvalidUrl => text!("redirect-invalid-url"),
        RedirectProblem::NotHttps => text!("redirect-not-https"),
        RedirectProblem::NotWebhook => text!("redirect-not-webhook"),
        RedirectProblem::OtherWebhook => text!("redirect-other-webhook"),
    }
}
