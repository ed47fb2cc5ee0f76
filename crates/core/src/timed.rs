//! Timed statuses as pure rules: the durations and moments a user types, the next working morning, and the per-machine spread of round moments.
//!
//! Every moment is an instant ([`WallTime`]); a time zone is only used to read what the user typed
//! (`15:30` is today's 15:30 where they are) and to find "tomorrow morning". The caller passes the time
//! zone and the time: nothing here reads a clock or the zone database.

use std::time::Duration;

use jiff::civil::{Date, Time, Weekday};
use jiff::tz::TimeZone;
use jiff::{Timestamp, Zoned};

use crate::tuning::{DAY_STARTS_AT_HOUR, MAX_TIMED, ROUND_MOMENT_SPREAD};
use crate::wall::WallTime;

/// What is wrong with a duration or a moment the user typed. The sentences are the app's.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WhenError {
    /// Not of the form `45m`, `1h30m`, `90s`, `2h`, `1d`.
    #[error("not a duration: {0:?}")]
    NotADuration(String),
    /// `0s`, `0h0m`.
    #[error("a duration of zero")]
    Zero,
    /// Not of the form `15:30`, `tomorrow 09:00` or an RFC 3339 time.
    #[error("not a moment: {0:?}")]
    NotAMoment(String),
    /// The moment is not after now.
    #[error("a moment in the past")]
    InThePast,
    /// Further ahead than [`MAX_TIMED`].
    #[error("more than {} days ahead", MAX_TIMED.as_secs() / 86_400)]
    TooFar,
}

/// Reads a duration: one or more `<number><unit>` with the units `d`, `h`, `m`, `s` from the largest
/// down, each at most once (`45m`, `1h30m`, `90s`, `2h`, `1d12h`; case and surrounding spaces do not
/// matter). Zero and more than [`MAX_TIMED`] are refused.
pub fn parse_duration(text: &str) -> Result<Duration, WhenError> {
    let bad = || WhenError::NotADuration(text.trim().to_string());
    let lower = text.trim().to_ascii_lowercase();
    if lower.is_empty() {
        return Err(bad());
    }
    let mut total: u64 = 0;
    let mut last_unit = u64::MAX;
    let mut rest = lower.as_str();
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 9 {
            return Err(bad());
        }
        let number: u64 = rest[..digits].parse().map_err(|_| bad())?;
        let unit = match rest[digits..].chars().next() {
            Some('d') => 86_400,
            Some('h') => 3_600,
            Some('m') => 60,
            Some('s') => 1,
            _ => return Err(bad()),
        };
        if unit >= last_unit {
            return Err(bad());
        }
        last_unit = unit;
        total = total.saturating_add(number.saturating_mul(unit));
        rest = &rest[digits + 1..];
    }
    if total == 0 {
        return Err(WhenError::Zero);
    }
    let total = Duration::from_secs(total);
    if total > MAX_TIMED {
        return Err(WhenError::TooFar);
    }
    Ok(total)
}

/// The moment a duration from `now` ends, checked like a typed one.
pub fn after(now: WallTime, duration: Duration) -> Result<WallTime, WhenError> {
    if duration.is_zero() {
        return Err(WhenError::Zero);
    }
    if duration > MAX_TIMED {
        return Err(WhenError::TooFar);
    }
    Ok(now.saturating_add(duration))
}

/// Reads a moment: `15:30` (today, in `tz`), `tomorrow 15:30`, or an RFC 3339 time with its offset
/// (`2026-12-01T15:30:00+01:00`, `…Z`). It must be after `now` and at most [`MAX_TIMED`] ahead. A local
/// time that a DST change skips (02:30 on the spring-forward night) is read as the moment the clock
/// shows it after the change (03:30); one that it repeats, as the earlier of the two.
pub fn parse_moment(text: &str, now: WallTime, tz: &TimeZone) -> Result<WallTime, WhenError> {
    let trimmed = text.trim();
    let bad = || WhenError::NotAMoment(trimmed.to_string());
    let lower = trimmed.to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let today = local(now, tz).date();
    let at = match words.as_slice() {
        [clock] if clock.contains(':') && !clock.contains('t') => {
            local_moment(today, parse_clock(clock).ok_or_else(bad)?, tz).ok_or_else(bad)?
        }
        ["tomorrow", clock] => {
            let date = today.tomorrow().map_err(|_| bad())?;
            local_moment(date, parse_clock(clock).ok_or_else(bad)?, tz).ok_or_else(bad)?
        }
        [_] => {
            let moment: Timestamp = trimmed.parse().map_err(|_| bad())?;
            WallTime::from_unix_millis(moment.as_millisecond())
        }
        _ => return Err(bad()),
    };
    within_reach(at, now)
}

/// The next working morning: `morning` o'clock local time on the first day after today that is not in
/// `weekend`. "Today" ends at [`DAY_STARTS_AT_HOUR`] o'clock, not at midnight: at 01:00 the next morning
/// is the same date's (someone working late means the coming morning).
pub fn next_morning(now: WallTime, tz: &TimeZone, morning: Time, weekend: &[Weekday]) -> WallTime {
    let here = local(now, tz);
    let mut date = here.date();
    if here.hour() >= DAY_STARTS_AT_HOUR as i8 {
        date = date.tomorrow().unwrap_or(date);
    }
    // With every day a weekend day there is no working morning: the coming one, then.
    let every_day = (0..7).all(|n| weekend.contains(&Weekday::Monday.wrapping_add(n)));
    for _ in 0..7 {
        if every_day || !weekend.contains(&date.weekday()) {
            break;
        }
        date = date.tomorrow().unwrap_or(date);
    }
    local_moment(date, morning, tz)
        .unwrap_or_else(|| now.saturating_add(Duration::from_secs(86_400)))
}

/// How long after `until` this machine sends the revert: for a moment on a whole minute (what a person
/// picks: `09:00`, "tomorrow morning"), a fraction of [`ROUND_MOMENT_SPREAD`] fixed by `machine` (a
/// number the app derives from the account), so that an office whose statuses all end at 09:00 does
/// not call the portal in the same second; nothing for any other moment (a duration from a click
/// already ends at a moment of its own). The moment shown stays `until`.
pub fn spread_for(until: WallTime, machine: u64) -> Duration {
    if until.unix_millis().rem_euclid(60_000) != 0 {
        return Duration::ZERO;
    }
    // A fixed mix of the machine's number (splitmix64's finaliser): neighbouring numbers spread apart.
    let mut x = machine.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^= x >> 31;
    let spread = ROUND_MOMENT_SPREAD.as_millis() as u64;
    Duration::from_millis(x % spread.max(1))
}

/// `at` as the clock on the wall shows it in `tz`.
pub fn local(at: WallTime, tz: &TimeZone) -> Zoned {
    Timestamp::from_millisecond(at.unix_millis())
        .unwrap_or(Timestamp::UNIX_EPOCH)
        .to_zoned(tz.clone())
}

/// Whether `at` falls on the same local date as `now` in `tz` (a moment shown without its date).
pub fn same_day(at: WallTime, now: WallTime, tz: &TimeZone) -> bool {
    local(at, tz).date() == local(now, tz).date()
}

fn within_reach(at: WallTime, now: WallTime) -> Result<WallTime, WhenError> {
    if at <= now {
        return Err(WhenError::InThePast);
    }
    if at.saturating_duration_since(now) > MAX_TIMED {
        return Err(WhenError::TooFar);
    }
    Ok(at)
}

/// `H:MM` or `HH:MM`, 00:00 to 23:59.
fn parse_clock(text: &str) -> Option<Time> {
    let (hour, minute) = text.split_once(':')?;
    let ok = |s: &str, max: usize| {
        !s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !ok(hour, 2) || !ok(minute, 2) || minute.len() != 2 {
        return None;
    }
    let (hour, minute): (i8, i8) = (hour.parse().ok()?, minute.parse().ok()?);
    Time::new(hour, minute, 0, 0).ok()
}

/// `date` at `time` in `tz`: a skipped local time is moved on by the gap, a repeated one is the earlier.
fn local_moment(date: Date, time: Time, tz: &TimeZone) -> Option<WallTime> {
    let zoned = tz
        .to_ambiguous_zoned(date.to_datetime(time))
        .compatible()
        .ok()?;
    Some(WallTime::from_unix_millis(
        zoned.timestamp().as_millisecond(),
    ))
}

#[cfg(test)]
mod tests;
