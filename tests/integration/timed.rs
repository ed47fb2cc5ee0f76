//! Timed statuses from the command line with no tray running: `set --for/--until`, `toggle-dnd --for`,
//! `get --json`, `cancel-timer`, the revert kept in the state file, and every bad input refused before
//! any call. Times are read and shown in Europe/Berlin's rule, given as a POSIX TZ string (no zone
//! database needed).

use std::time::Duration;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::helpers::*;

const SET: &str = "im.user.status.set";
const BERLIN: &str = "CET-1CEST,M3.5.0,M10.5.0/3";

fn berlin() -> TimeZone {
    TimeZone::posix(BERLIN).unwrap()
}

/// Runs the binary in Berlin's time zone.
fn run(home: &Home, args: &[&str]) -> Run {
    let mut cmd = home.command(args);
    cmd.env("TZ", BERLIN);
    home.run_with(cmd, "")
}

fn state_file(home: &Home) -> std::path::PathBuf {
    home.path().join(".local/state/b24-status/state.toml")
}

fn json(home: &Home) -> serde_json::Value {
    let get = run(home, &["get", "--json"]);
    get.expect(0);
    assert_eq!(get.stdout.lines().count(), 1, "{get:?}");
    serde_json::from_str(&get.stdout).unwrap()
}

/// An RFC 3339 time with its offset, as an instant.
fn instant(value: &serde_json::Value) -> Timestamp {
    value.as_str().expect("a time").parse().unwrap()
}

/// "HH:MM" of `t` in Berlin.
fn clock(t: Timestamp) -> String {
    t.to_zoned(berlin()).strftime("%H:%M").to_string()
}

/// A signed-in home whose portal shows `status`.
fn signed_in(status: &str) -> (Home, Simulator) {
    let home = Home::new();
    let sim = sim();
    home.login(&sim);
    sim.set_status(Some(status));
    (home, sim)
}

fn finish(home: &Home, sim: &Simulator) {
    home.run(&["logout"]).expect(0);
    home.assert_no_secret_in_files(&sim.secret());
}

#[test]
fn a_timed_status_without_the_tray_is_set_kept_and_explained() {
    let (home, sim) = signed_in("away");
    let before = Timestamp::now();
    let set = run(&home, &["set", "dnd", "--for", "45m"]);
    set.expect(0);
    let after = Timestamp::now();
    assert_eq!(sim.status().as_deref(), Some("dnd"));
    assert_eq!(calls_of(&sim, SET), 1);

    // The JSON names the moment (45 minutes after the command), what follows, and when it was confirmed.
    let value = json(&home);
    assert_eq!(value["status"], "dnd");
    assert_eq!(value["then"], "away");
    let until = instant(&value["until"]);
    let span = Duration::from_secs(45 * 60);
    assert!(
        until >= before + span - Duration::from_secs(1) && until <= after + span,
        "{value}"
    );
    let offset = value["until"].as_str().unwrap();
    assert!(
        offset.ends_with("+01:00") || offset.ends_with("+02:00"),
        "{value}"
    );
    let confirmed_at = instant(&value["confirmed_at"]);
    assert!(confirmed_at >= before - Duration::from_secs(1) && confirmed_at <= Timestamp::now());

    // What the command said: the confirmation with its end, and that the revert needs the tray.
    let lines: Vec<&str> = set.stdout.lines().collect();
    let at = clock(until);
    assert_eq!(
        lines,
        vec![
            format!("Do Not Disturb until {at} — then Away (confirmed)").as_str(),
            format!(
                "It goes back to Away at {at} while b24-status runs in the tray: start it with `b24-status`."
            )
            .as_str(),
        ],
        "{set:?}"
    );
    // `get` stays one word; the revert is in the state file.
    assert_eq!(run(&home, &["get"]).stdout, "dnd\n");
    let state = std::fs::read_to_string(state_file(&home)).unwrap();
    assert!(
        state.contains("[timer]") && state.contains("guard = \"dnd\""),
        "{state}"
    );
    finish(&home, &sim);
}

#[test]
fn until_reads_a_clock_time_tomorrow_and_rfc3339() {
    let (home, sim) = signed_in("online");
    let set = run(&home, &["set", "away", "--until", "tomorrow", "09:00"]);
    set.expect(0);
    let value = json(&home);
    let tomorrow = Timestamp::now()
        .to_zoned(berlin())
        .date()
        .tomorrow()
        .unwrap();
    let expected = tomorrow
        .at(9, 0, 0, 0)
        .to_zoned(berlin())
        .unwrap()
        .strftime("%Y-%m-%dT%H:%M:%S%:z")
        .to_string();
    assert_eq!(value["until"], expected.as_str());
    assert_eq!(
        (value["status"].as_str(), value["then"].as_str()),
        (Some("away"), Some("online"))
    );
    assert!(
        set.stdout
            .starts_with("Away until tomorrow 09:00 — then Online (confirmed)\n"),
        "{set:?}"
    );
    // The clock is the locale's time format's: 12-hour in the US, 24-hour by LC_TIME over it.
    let in_locale = |vars: &[(&str, &str)]| {
        let mut cmd = home.command(&["set", "away", "--until", "tomorrow", "09:00"]);
        for (name, value) in vars {
            cmd.env(name, value);
        }
        let set = home.run_with(cmd, "");
        set.expect(0);
        set.stdout
    };
    let us = in_locale(&[("LANG", "en_US.UTF-8")]);
    assert!(
        us.starts_with("Away until tomorrow 9:00 AM — then Online (confirmed)\n"),
        "{us}"
    );
    let us_with_gb_times = in_locale(&[("LANG", "en_US.UTF-8"), ("LC_TIME", "en_GB.UTF-8")]);
    assert!(
        us_with_gb_times.starts_with("Away until tomorrow 09:00 — then Online (confirmed)\n"),
        "{us_with_gb_times}"
    );

    // An RFC 3339 moment, also quoted as one word.
    let moment = (Timestamp::now() + Duration::from_secs(2 * 3600))
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    run(&home, &["set", "dnd", "--until", &moment]).expect(0);
    let value = json(&home);
    assert_eq!(
        instant(&value["until"]),
        moment.parse::<Timestamp>().unwrap()
    );
    // It replaced the timed Away: its revert goes to what was there before the Away.
    assert_eq!(value["then"], "online");
    finish(&home, &sim);
}

#[test]
fn bad_durations_and_times_change_nothing() {
    let (home, sim) = signed_in("online");
    sim.reset_calls();
    let cases: [&[&str]; 8] = [
        &["set", "dnd", "--for", "banana"],
        &["set", "dnd", "--for", "0s"],
        &["set", "dnd", "--for", "8d"],
        &["set", "dnd", "--until", "25:99"],
        &["set", "dnd", "--until", "2020-01-01T00:00:00Z"],
        &["set", "away", "--until", "next", "week"],
        &["toggle-dnd", "--for", "-5m"],
        &["toggle-dnd", "--for", "1.5h"],
    ];
    for args in cases {
        let bad = run(&home, args);
        bad.expect(2);
        let line = bad.one_line_error();
        assert!(
            [
                "not a duration",
                "a duration of zero",
                "days ahead",
                "not a time",
                "already passed"
            ]
            .iter()
            .any(|reason| line.contains(reason)),
            "{args:?}: {bad:?}"
        );
    }
    assert!(sim.calls().is_empty(), "{:?}", sim.calls());
    assert!(!state_file(&home).exists(), "nothing stored");
    assert_eq!(sim.status().as_deref(), Some("online"));
    finish(&home, &sim);
}

#[test]
fn cancel_timer_keeps_the_status_and_a_newer_choice_or_a_change_elsewhere_ends_the_revert() {
    let (home, sim) = signed_in("away");
    run(&home, &["toggle-dnd", "--for", "1h"]).expect(0);
    let value = json(&home);
    assert_eq!(
        (value["status"].as_str(), value["then"].as_str()),
        (Some("dnd"), Some("away"))
    );
    let until = clock(instant(&value["until"]));

    sim.reset_calls();
    let cancel = run(&home, &["cancel-timer"]);
    cancel.expect(0);
    assert_eq!(
        cancel.stdout,
        format!("Do Not Disturb stays until you change it: it no longer ends at {until}.\n")
    );
    assert!(sim.calls().is_empty(), "cancelling calls nothing");
    let value = json(&home);
    assert_eq!(
        (value["status"].as_str(), &value["until"], &value["then"]),
        (
            Some("dnd"),
            &serde_json::Value::Null,
            &serde_json::Value::Null
        )
    );
    assert_eq!(
        run(&home, &["cancel-timer"]).stdout,
        "No timed status to cancel.\n"
    );

    // A newer untimed choice ends a revert.
    run(&home, &["set", "away", "--for", "15m"]).expect(0);
    assert_eq!(json(&home)["then"], "dnd");
    run(&home, &["set", "online"]).expect(0);
    assert_eq!(json(&home)["until"], serde_json::Value::Null);

    // So does a change made elsewhere, seen by the next read.
    run(&home, &["set", "dnd", "--for", "2h"]).expect(0);
    sim.set_status(Some("break"));
    let value = json(&home);
    assert_eq!(
        (value["status"].as_str(), &value["until"]),
        (Some("break"), &serde_json::Value::Null)
    );
    let state = std::fs::read_to_string(state_file(&home)).unwrap();
    assert!(!state.contains("[timer]"), "{state}");
    finish(&home, &sim);
}
