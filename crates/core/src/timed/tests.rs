//! Durations and moments as typed, the next working morning across weekends and DST, and the spread.

use std::collections::HashSet;

use super::*;

/// Europe/Berlin's rule as a POSIX TZ string (CET, CEST from the last Sunday of March 02:00 to the last
/// Sunday of October 03:00): the same transitions as the zone database's, without reading it.
fn berlin() -> TimeZone {
    TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").unwrap()
}

fn new_york() -> TimeZone {
    TimeZone::posix("EST5EDT,M3.2.0,M11.1.0").unwrap()
}

/// A moment written in RFC 3339.
fn at(text: &str) -> WallTime {
    let t: Timestamp = text.parse().unwrap();
    WallTime::from_unix_millis(t.as_millisecond())
}

/// Tuesday 2026-12-01, 13:00 in Berlin.
fn tuesday_1300() -> WallTime {
    at("2026-12-01T12:00:00Z")
}

#[test]
fn durations_read_as_people_write_them() {
    let secs = |s: &str| parse_duration(s).map(|d| d.as_secs());
    assert_eq!(secs("45m"), Ok(2_700));
    assert_eq!(secs("1h30m"), Ok(5_400));
    assert_eq!(secs("90s"), Ok(90));
    assert_eq!(secs("2h"), Ok(7_200));
    assert_eq!(secs(" 1H "), Ok(3_600));
    assert_eq!(secs("1d12h"), Ok(129_600));
    assert_eq!(secs("7d"), Ok(604_800));
    assert_eq!(secs("1h0m5s"), Ok(3_605));
}

#[test]
fn bad_durations_are_refused_with_their_reason() {
    for text in [
        "banana",
        "",
        "45",
        "m",
        "1h1h",
        "30m1h",
        "1.5h",
        "-5m",
        "1 h",
        "1w",
        "9999999999s",
    ] {
        assert_eq!(
            parse_duration(text),
            Err(WhenError::NotADuration(text.trim().to_string())),
            "{text:?}"
        );
    }
    assert_eq!(parse_duration("0s"), Err(WhenError::Zero));
    assert_eq!(parse_duration("0h0m"), Err(WhenError::Zero));
    assert_eq!(parse_duration("7d1s"), Err(WhenError::TooFar));
    assert_eq!(parse_duration("200h"), Err(WhenError::TooFar));
    assert_eq!(parse_duration("999999999d"), Err(WhenError::TooFar));
}

#[test]
fn a_clock_time_is_today_where_the_user_is() {
    let now = tuesday_1300();
    assert_eq!(
        parse_moment("15:30", now, &berlin()),
        Ok(at("2026-12-01T15:30:00+01:00"))
    );
    assert_eq!(
        parse_moment("9:05", now, &new_york()),
        Ok(at("2026-12-01T09:05:00-05:00"))
    );
    assert_eq!(
        parse_moment("tomorrow 09:00", now, &berlin()),
        Ok(at("2026-12-02T09:00:00+01:00"))
    );
    assert_eq!(
        parse_moment("Tomorrow  9:00", now, &berlin()),
        Ok(at("2026-12-02T09:00:00+01:00"))
    );
    assert_eq!(
        parse_moment("2026-12-01T15:30:00+01:00", now, &new_york()),
        Ok(at("2026-12-01T14:30:00Z"))
    );
    assert_eq!(
        parse_moment("2026-12-03T08:00:00Z", now, &berlin()),
        Ok(at("2026-12-03T08:00:00Z"))
    );
}

#[test]
fn bad_moments_are_refused_with_their_reason() {
    let now = tuesday_1300();
    for text in [
        "25:99",
        "24:00",
        "15:3",
        "15:300",
        "15h30",
        "noon",
        "tomorrow",
        "next 09:00",
        "",
        "2026-12-01 15:30",
    ] {
        assert_eq!(
            parse_moment(text, now, &berlin()),
            Err(WhenError::NotAMoment(text.trim().to_string())),
            "{text:?}"
        );
    }
    // 13:00 in Berlin: earlier today has gone by, and so has the moment itself.
    assert_eq!(
        parse_moment("12:59", now, &berlin()),
        Err(WhenError::InThePast)
    );
    assert_eq!(
        parse_moment("13:00", now, &berlin()),
        Err(WhenError::InThePast)
    );
    assert_eq!(
        parse_moment("2026-11-30T09:00:00Z", now, &berlin()),
        Err(WhenError::InThePast)
    );
    assert_eq!(
        parse_moment("2026-12-08T12:00:01Z", now, &berlin()),
        Err(WhenError::TooFar)
    );
    assert!(parse_moment("2026-12-08T12:00:00Z", now, &berlin()).is_ok());
}

#[test]
fn durations_end_at_an_instant() {
    let now = tuesday_1300();
    assert_eq!(
        after(now, Duration::from_secs(2_700)),
        Ok(at("2026-12-01T12:45:00Z"))
    );
    assert_eq!(after(now, Duration::ZERO), Err(WhenError::Zero));
    assert_eq!(
        after(now, MAX_TIMED + Duration::from_secs(1)),
        Err(WhenError::TooFar)
    );
}

#[test]
fn local_times_that_dst_skips_or_repeats_are_read_predictably() {
    // Sunday 2026-03-29 in Berlin: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist.
    let before_spring = at("2026-03-29T00:15:00Z");
    assert_eq!(
        parse_moment("02:30", before_spring, &berlin()),
        Ok(at("2026-03-29T03:30:00+02:00"))
    );
    assert_eq!(
        parse_moment("09:00", before_spring, &berlin()),
        Ok(at("2026-03-29T09:00:00+02:00"))
    );
    // Sunday 2026-10-25: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice: the first one counts.
    let before_autumn = at("2026-10-24T23:00:00Z");
    assert_eq!(
        parse_moment("02:30", before_autumn, &berlin()),
        Ok(at("2026-10-25T02:30:00+02:00"))
    );
}

#[test]
fn the_next_working_morning_skips_the_weekend_unless_there_is_none() {
    let nine = Time::new(9, 0, 0, 0).unwrap();
    let weekend = [Weekday::Saturday, Weekday::Sunday];
    let tz = berlin();
    // Tuesday afternoon → Wednesday 09:00.
    assert_eq!(
        next_morning(tuesday_1300(), &tz, nine, &weekend),
        at("2026-12-02T09:00:00+01:00")
    );
    // Friday 18:00 → Monday 09:00; with no weekend days, Saturday 09:00.
    let friday = at("2026-12-04T18:00:00+01:00");
    assert_eq!(
        next_morning(friday, &tz, nine, &weekend),
        at("2026-12-07T09:00:00+01:00")
    );
    assert_eq!(
        next_morning(friday, &tz, nine, &[]),
        at("2026-12-05T09:00:00+01:00")
    );
    // Working late: at 01:00 on Wednesday the coming morning is Wednesday's; at 04:00 it is Thursday's.
    assert_eq!(
        next_morning(at("2026-12-02T01:00:00+01:00"), &tz, nine, &weekend),
        at("2026-12-02T09:00:00+01:00")
    );
    assert_eq!(
        next_morning(at("2026-12-02T04:00:00+01:00"), &tz, nine, &weekend),
        at("2026-12-03T09:00:00+01:00")
    );
    // Across the spring change: Saturday in CET → Monday 09:00 CEST (07:00 UTC, not 08:00).
    assert_eq!(
        next_morning(at("2026-03-28T12:00:00+01:00"), &tz, nine, &weekend),
        at("2026-03-30T07:00:00Z")
    );
    // Every day a weekend day: tomorrow, rather than never.
    let all = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];
    assert_eq!(
        next_morning(tuesday_1300(), &tz, nine, &all),
        at("2026-12-02T09:00:00+01:00")
    );
}

#[test]
fn a_moment_is_an_instant_whatever_the_zone_shows() {
    // A time-zone change moves nothing: the same instant, shown as another local time.
    let until = at("2026-12-01T15:30:00+01:00");
    assert_eq!(local(until, &berlin()).hour(), 15);
    assert_eq!(local(until, &new_york()).hour(), 9);
    assert!(same_day(until, tuesday_1300(), &berlin()));
    assert!(!same_day(
        at("2026-12-02T00:30:00+01:00"),
        tuesday_1300(),
        &berlin()
    ));
    // The same instant is the next day in Berlin but still today in New York.
    let late = at("2026-12-02T03:00:00Z");
    assert!(!same_day(late, tuesday_1300(), &berlin()));
    assert!(same_day(late, tuesday_1300(), &new_york()));
}

#[test]
fn round_moments_are_spread_per_machine_and_others_are_not() {
    let nine = at("2026-12-02T09:00:00+01:00");
    let spreads: Vec<Duration> = (0..300u64).map(|m| spread_for(nine, m)).collect();
    assert!(spreads.iter().all(|d| *d < ROUND_MOMENT_SPREAD));
    // Each machine's share is fixed…
    assert_eq!(spread_for(nine, 42), spread_for(nine, 42));
    assert_eq!(
        spread_for(nine, 42),
        spread_for(at("2026-12-03T09:00:00+01:00"), 42)
    );
    // …and 300 machines fill the window: no second of it holds more than 20 of them, and most seconds
    // hold some.
    let mut per_second = [0u32; 60];
    for d in &spreads {
        per_second[d.as_secs() as usize] += 1;
    }
    assert!(per_second.iter().all(|n| *n <= 20), "{per_second:?}");
    assert!(
        per_second.iter().filter(|n| **n > 0).count() >= 50,
        "{per_second:?}"
    );
    let distinct: HashSet<_> = spreads.iter().collect();
    assert!(distinct.len() > 250);
    // A moment that came from a duration (not on a whole minute) ends when it ends.
    assert_eq!(
        spread_for(at("2026-12-02T09:00:01+01:00"), 42),
        Duration::ZERO
    );
    assert_eq!(
        spread_for(WallTime::from_unix_millis(nine.unix_millis() + 1), 42),
        Duration::ZERO
    );
}
