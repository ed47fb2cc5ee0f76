//! The engine's unit tests: one rule each, on a scripted portal and a hand-moved clock.

use super::*;
use crate::test_support::{dropped, limited, rejected};
use crate::tuning;

/// Runs the engine against a scripted portal until it settles, jumping the clock over waits.
/// `script` answers each call; returns the calls made.
fn drive(
    e: &mut Engine,
    t0: Instant,
    mut script: impl FnMut(Call) -> Outcome,
) -> (Vec<Call>, Instant) {
    let mut now = t0;
    let mut calls = vec![];
    for _ in 0..100 {
        match e.next(now) {
            Next::Send(call) => {
                calls.push(call);
                now += Duration::from_millis(10);
                e.outcome(script(call), now);
            }
            Next::WaitUntil(t) => {
                assert!(t > now);
                now = t;
            }
            Next::Idle => return (calls, now),
        }
    }
    panic!("engine did not settle");
}

/// Lets `n` attempts of the engine's work fail (a dropped connection), following its waits; returns
/// the time of the last failure.
fn fail_attempts(e: &mut Engine, mut now: Instant, n: usize) -> Instant {
    for _ in 0..n {
        loop {
            match e.next(now) {
                Next::Send(_) => break,
                Next::WaitUntil(t) => now = t,
                Next::Idle => panic!("work was dropped"),
            }
        }
        e.outcome(Outcome::Failed(dropped()), now);
    }
    now
}

fn portal_ok(call: Call) -> Outcome {
    match call {
        Call::Set(_) => Outcome::SetConfirmed,
        Call::Get => Outcome::Read(Some(Status::Away)),
    }
}

#[test]
fn set_confirms_and_settles() {
    let mut e = Engine::new(tuning::CLI_RETRY, 1);
    let t0 = Instant::now();
    e.intent(Intent::Set(Status::Dnd));
    assert_eq!(
        e.activity(),
        Activity::Setting {
            target: Status::Dnd,
            retrying: None
        }
    );
    assert_eq!(
        e.confirmed(),
        None,
        "nothing is shown before the portal confirms"
    );
    let (calls, _) = drive(&mut e, t0, portal_ok);
    assert_eq!(calls, vec![Call::Set(Status::Dnd)]);
    assert_eq!(e.confirmed().unwrap().status, Some(Status::Dnd));
    assert_eq!(e.activity(), Activity::Idle);
    assert!(e.is_settled());
}

#[test]
fn at_most_one_call_in_flight_and_last_intent_wins() {
    let mut e = Engine::new(tuning::CLI_RETRY, 1);
    let t0 = Instant::now();
    e.intent(Intent::Set(Status::Away));
    assert_eq!(e.next(t0), Next::Send(Call::Set(Status::Away)));
    for s in [Status::Dnd, Status::Online, Status::Break, Status::Dnd] {
        e.intent(Intent::Set(s));
        assert_eq!(
            e.next(t0),
            Next::Idle,
            "a second call while one is in flight"
        );
    }
    e.outcome(Outcome::SetConfirmed, t0);
    assert_eq!(e.confirmed().unwrap().status, Some(Status::Away));
    assert_eq!(
        e.activity(),
        Activity::Setting {
            target: Status::Dnd,
            retrying: None
        }
    );
    let (calls, _) = drive(&mut e, t0, portal_ok);
    assert_eq!(
        calls,
        vec![Call::Set(Status::Dnd)],
        "intermediate choices coalesced"
    );
    assert_eq!(e.confirmed().unwrap().status, Some(Status::Dnd));
}

#[test]
fn returning_to_the_in_flight_choice_needs_no_second_call() {
    let mut e = Engine::new(tuning::CLI_RETRY, 1);
    let t0 = Instant::now();
    e.intent(Intent::Set(Status::Away));
    e.next(t0);
    e.intent(Intent::Set(Status::Dnd));
    e.intent(Intent::Set(Status::Away));
    e.outcome(Outcome::SetConfirmed, t0);
    assert!(e.is_settled());
}

#[test]
fn a_failure_keeps_the_confirmed_status_and_retries_with_growing_delays() {
    let mut e = Engine::new(tuning::CLI_RETRY, 7);
    let t0 = Instant::now();
    e.intent(Intent::Refresh);
    drive(&mut e, t0, portal_ok);
    e.intent(Intent::Set(Status::Dnd));
    let mut waits = vec![];
    let mut now = t0 + Duration::from_secs(1);
    for _ in 0..3 {
        assert_eq!(e.next(now), Next::Send(Call::Set(Status::Dnd)));
        e.outcome(Outcome::Failed(dropped()), now);
        assert_eq!(e.confirmed().unwrap().status, Some(Status::Away));
        assert_eq!(
            e.activity(),
            Activity::Setting {
                target: Status::Dnd,
                retrying: Some(dropped())
            }
        );
        let Next::WaitUntil(t) = e.next(now) else {
            panic!("expected a wait")
        };
        waits.push(t - now);
        now = t;
    }
    assert!(waits[0] >= Duration::from_millis(250) && waits[0] <= Duration::from_millis(500));
    assert!(waits[2] >= Duration::from_secs(1), "{waits:?}");
    assert_eq!(e.next(now), Next::Send(Call::Set(Status::Dnd)));
    e.outcome(Outcome::SetConfirmed, now);
    assert_eq!(e.confirmed().unwrap().status, Some(Status::Dnd));
    assert_eq!(e.activity(), Activity::Idle);
}

#[test]
fn cli_policy_gives_up_within_sixty_seconds_even_when_every_call_hangs() {
    let mut e = Engine::new(tuning::CLI_RETRY, 3);
    let t0 = Instant::now();
    e.intent(Intent::Set(Status::Dnd));
    let mut now = t0;
    let mut attempts = 0;
    loop {
        match e.next(now) {
            Next::Send(_) => {
                attempts += 1;
                now += e.call_timeout(now); // the call hangs until its timeout
                e.outcome(
                    Outcome::Failed(PortalError::Timeout { host: "p".into() }),
                    now,
                );
            }
            Next::WaitUntil(t) => now = t,
            Next::Idle => break,
        }
    }
    assert!(now - t0 <= Duration::from_secs(60), "{:?}", now - t0);
    assert_eq!(attempts, 2);
    assert_eq!(e.confirmed(), None);
    assert!(matches!(
        e.activity(),
        Activity::Failed {
            wanted: Some(Status::Dnd),
            ..
        }
    ));
}

#[test]
fn cli_policy_gives_up_after_five_quick_failures() {
    let mut e = Engine::new(tuning::CLI_RETRY, 3);
    e.intent(Intent::Set(Status::Away));
    let (calls, end) = drive(&mut e, Instant::now(), |_| Outcome::Failed(dropped()));
    assert_eq!(calls.len(), 5);
    assert!(end.elapsed() < Duration::from_secs(60));
    assert!(e.is_settled());
}

#[test]
fn background_policy_never_gives_up_and_caps_the_delay() {
    let mut e = Engine::new(tuning::BACKGROUND_RETRY, 3);
    let mut now = Instant::now();
    e.intent(Intent::Set(Status::Away));
    for _ in 0..50 {
        assert!(matches!(e.next(now), Next::Send(_)));
        e.outcome(Outcome::Failed(dropped()), now);
        let Next::WaitUntil(t) = e.next(now) else {
            panic!()
        };
        assert!(t - now <= Duration::from_secs(60));
        now = t;
    }
    assert_eq!(
        e.activity(),
        Activity::Setting {
            target: Status::Away,
            retrying: Some(dropped())
        }
    );
}

#[test]
fn rate_limit_waits_at_least_a_second() {
    let mut e = Engine::new(tuning::CLI_RETRY, 3);
    let now = Instant::now();
    e.intent(Intent::Set(Status::Away));
    e.next(now);
    e.outcome(
        Outcome::Failed(PortalError::from_code("QUERY_LIMIT_EXCEEDED", "", "x")),
        now,
    );
    let Next::WaitUntil(t) = e.next(now) else {
        panic!()
    };
    assert!(t - now >= Duration::from_secs(1));
}

#[test]
fn rejected_credentials_halt_all_calls() {
    let mut e = Engine::new(tuning::BACKGROUND_RETRY, 3);
    let now = Instant::now();
    e.intent(Intent::Set(Status::Away));
    e.next(now);
    e.outcome(Outcome::Failed(rejected()), now);
    assert_eq!(e.activity(), Activity::Halted(rejected()));
    assert!(!e.intent(Intent::Set(Status::Dnd)));
    assert!(!e.intent(Intent::Refresh));
    assert_eq!(e.next(now + Duration::from_secs(3600)), Next::Idle);
}

#[test]
fn fatal_errors_fail_at_once_and_keep_newer_choices() {
    let mut e = Engine::new(tuning::BACKGROUND_RETRY, 3);
    let now = Instant::now();
    e.intent(Intent::Set(Status::Break));
    e.next(now);
    e.intent(Intent::Set(Status::Away));
    let err = PortalError::from_code(
        "STATUS_ERROR",
        "Status is not available",
        "im.user.status.set",
    );
    e.outcome(Outcome::Failed(err), now);
    assert_eq!(e.next(now), Next::Send(Call::Set(Status::Away)));
    e.outcome(Outcome::Failed(PortalError::AccessDenied), now);
    assert_eq!(
        e.activity(),
        Activity::Failed {
            wanted: Some(Status::Away),
            error: PortalError::AccessDenied
        }
    );
    assert!(e.is_settled());
}

#[test]
fn toggle_reads_first_when_the_status_is_unknown() {
    let mut e = Engine::new(tuning::CLI_RETRY, 1);
    e.intent(Intent::ToggleDnd);
    let (calls, _) = drive(&mut e, Instant::now(), portal_ok);
    assert_eq!(calls, vec![Call::Get, Call::Set(Status::Dnd)]);
    assert_eq!(e.before_dnd(), Some(Status::Away));
    e.intent(Intent::ToggleDnd);
    let (calls, _) = drive(&mut e, Instant::now(), portal_ok);
    assert_eq!(
        calls,
        vec![Call::Set(Status::Away)],
        "back to the status before DND"
    );
}

#[test]
fn toggle_off_dnd_without_history_goes_online() {
    let mut e = Engine::new(tuning::CLI_RETRY, 1);
    e.intent(Intent::ToggleDnd);
    let (calls, _) = drive(&mut e, Instant::now(), |c| match c {
        Call::Get => Outcome::Read(Some(Status::Dnd)),
        Call::Set(_) => Outcome::SetConfirmed,
    });
    assert_eq!(calls, vec![Call::Get, Call::Set(Status::Online)]);
}

#[test]
fn toggle_acts_on_the_pending_choice() {
    let mut e = Engine::new(tuning::CLI_RETRY, 1);
    let now = Instant::now();
    e.intent(Intent::Set(Status::Break));
    e.intent(Intent::ToggleDnd);
    assert_eq!(e.pending(), Some(Status::Dnd));
    assert_eq!(e.before_dnd(), Some(Status::Break));
    e.intent(Intent::ToggleDnd);
    assert_eq!(e.pending(), Some(Status::Break));
    assert_eq!(e.next(now), Next::Send(Call::Set(Status::Break)));
}

#[test]
fn a_read_records_the_status_before_dnd_changed_elsewhere() {
    let mut e = Engine::new(tuning::BACKGROUND_RETRY, 1);
    let now = Instant::now();
    e.intent(Intent::Refresh);
    drive(&mut e, now, portal_ok);
    e.intent(Intent::Refresh);
    drive(&mut e, now, |_| Outcome::Read(Some(Status::Dnd)));
    assert_eq!(e.before_dnd(), Some(Status::Away));
}

#[test]
fn a_poll_never_overrides_a_pending_choice() {
    let mut e = Engine::new(tuning::BACKGROUND_RETRY, 1);
    let now = Instant::now();
    e.intent(Intent::Refresh);
    assert_eq!(e.next(now), Next::Send(Call::Get));
    e.intent(Intent::Set(Status::Dnd));
    e.outcome(Outcome::Read(Some(Status::Online)), now);
    assert_eq!(e.confirmed().unwrap().status, Some(Status::Online));
    assert_eq!(e.pending(), Some(Status::Dnd));
    assert_eq!(e.next(now), Next::Send(Call::Set(Status::Dnd)));
}

#[test]
fn a_users_change_goes_ahead_of_a_read() {
    let mut e = Engine::new(tuning::BACKGROUND_RETRY, 1);
    let now = Instant::now();
    e.intent(Intent::Refresh);
    e.intent(Intent::Set(Status::Away));
    let (calls, _) = drive(&mut e, now, portal_ok);
    assert_eq!(calls, vec![Call::Set(Status::Away)]);
}

#[test]
fn a_mismatched_outcome_is_not_trusted() {
    let mut e = Engine::new(tuning::CLI_RETRY, 1);
    let now = Instant::now();
    e.intent(Intent::Set(Status::Away));
    e.next(now);
    e.outcome(Outcome::Read(Some(Status::Away)), now);
    assert_eq!(e.confirmed(), None);
}

#[test]
fn a_storm_of_clicks_is_coalesced_and_paced() {
    let mut e = Engine::new(tuning::BACKGROUND_RETRY, 5);
    let t0 = Instant::now();
    let mut now = t0;
    let mut in_flight: Option<Instant> = None;
    let mut calls = 0;
    let mut last = Status::Online;
    // 200 clicks in one second (one every 5 ms), the portal answering each call in 3 ms.
    for click in 0..200u32 {
        last = Status::ALL[(click % 3) as usize];
        e.intent(Intent::Set(last));
        let until = now + Duration::from_millis(5);
        while now < until {
            if let Some(sent) = in_flight
                && now >= sent + Duration::from_millis(3)
            {
                e.outcome(Outcome::SetConfirmed, now);
                in_flight = None;
            }
            if let Next::Send(_) = e.next(now) {
                assert!(in_flight.is_none(), "two calls in flight");
                in_flight = Some(now);
                calls += 1;
            }
            now += Duration::from_millis(1);
        }
    }
    // Then let it settle.
    for _ in 0..100_000 {
        if let Some(sent) = in_flight
            && now >= sent + Duration::from_millis(3)
        {
            e.outcome(Outcome::SetConfirmed, now);
            in_flight = None;
        }
        match e.next(now) {
            Next::Send(_) => {
                in_flight = Some(now);
                calls += 1;
            }
            Next::Idle if in_flight.is_none() => break,
            _ => {}
        }
        now += Duration::from_millis(10);
    }
    assert_eq!(
        e.confirmed().unwrap().status,
        Some(last),
        "the last click wins"
    );
    assert!(calls < 40, "{calls} calls");
    assert!(
        calls <= 12,
        "a burst of 10 and the steady rate: {calls} calls"
    );
}

#[test]
fn resync_retries_at_once_and_reads() {
    let mut e = Engine::new(tuning::BACKGROUND_RETRY, 5);
    let mut now = Instant::now();
    e.intent(Intent::Set(Status::Away));
    // Three failures: the next attempt is seconds away.
    now = fail_attempts(&mut e, now, 3);
    let Next::WaitUntil(later) = e.next(now) else {
        panic!("expected a back-off")
    };
    assert!(later - now >= Duration::from_secs(2));
    e.resync(now, Duration::ZERO);
    assert_eq!(e.next(now), Next::Send(Call::Set(Status::Away)));
    e.outcome(Outcome::SetConfirmed, now);
    assert!(
        e.is_settled(),
        "the set's confirmation answers the read too"
    );
}
/// An engine that has read `Away` once.
fn known_away(seed: u64) -> (Engine, Instant) {
    let mut e = Engine::new(tuning::BACKGROUND_RETRY, seed);
    let now = Instant::now();
    e.intent(Intent::Refresh);
    drive(&mut e, now, portal_ok);
    (e, now + Duration::from_secs(10))
}

#[test]
fn a_poll_refused_by_the_rate_limit_is_dropped_not_retried() {
    let (mut e, now) = known_away(2);
    e.intent(Intent::Poll);
    assert_eq!(e.next(now), Next::Send(Call::Get));
    e.outcome(Outcome::Failed(limited()), now);
    assert_eq!(e.next(now + Duration::from_secs(3600)), Next::Idle);
    assert_eq!(e.activity(), Activity::Idle, "no alert for a skipped poll");
    assert_eq!(e.confirmed().unwrap().status, Some(Status::Away));
}

#[test]
fn a_refused_first_poll_shows_the_refusal_and_waits_for_the_next() {
    let mut e = Engine::new(tuning::BACKGROUND_RETRY, 2);
    let now = Instant::now();
    e.intent(Intent::Poll);
    assert_eq!(e.next(now), Next::Send(Call::Get));
    e.outcome(Outcome::Failed(limited()), now);
    assert_eq!(e.next(now + Duration::from_secs(3600)), Next::Idle);
    assert_eq!(
        e.activity(),
        Activity::Failed {
            wanted: None,
            error: limited()
        }
    );
    e.intent(Intent::Poll);
    assert_eq!(e.next(now), Next::Send(Call::Get));
    e.outcome(Outcome::Read(Some(Status::Away)), now);
    assert_eq!(e.activity(), Activity::Idle);
}

#[test]
fn refused_reads_someone_waits_for_are_retried() {
    // An explicit read (the CLI's `get` through the tray), also when a poll was queued with it.
    for intents in [
        &[Intent::Refresh][..],
        &[Intent::Poll, Intent::Refresh],
        &[Intent::Refresh, Intent::Poll],
    ] {
        let (mut e, now) = known_away(3);
        for i in intents {
            e.intent(*i);
        }
        assert_eq!(e.next(now), Next::Send(Call::Get));
        e.outcome(Outcome::Failed(limited()), now);
        assert!(matches!(e.next(now), Next::WaitUntil(_)), "{intents:?}");
    }
    // A toggle waiting for the status it acts on.
    let mut e = Engine::new(tuning::BACKGROUND_RETRY, 3);
    let now = Instant::now();
    e.intent(Intent::Poll);
    e.intent(Intent::ToggleDnd);
    assert_eq!(e.next(now), Next::Send(Call::Get));
    e.outcome(Outcome::Failed(limited()), now);
    let (calls, _) = drive(&mut e, now, portal_ok);
    assert_eq!(calls, vec![Call::Get, Call::Set(Status::Dnd)]);
}

#[test]
fn a_poll_refused_by_a_transient_fault_is_retried() {
    let (mut e, now) = known_away(4);
    e.intent(Intent::Poll);
    e.next(now);
    e.outcome(Outcome::Failed(dropped()), now);
    assert!(matches!(e.next(now), Next::WaitUntil(_)));
    assert_eq!(
        e.activity(),
        Activity::Reading {
            retrying: Some(dropped())
        }
    );
}

#[test]
fn resync_sends_a_pending_change_at_once_and_spreads_the_read() {
    let spread = Duration::from_secs(600);
    // A change failing during the outage: retried at the resync, not at the spread moment.
    let (mut e, mut now) = known_away(6);
    e.intent(Intent::Set(Status::Dnd));
    now = fail_attempts(&mut e, now, 6);
    e.resync(now, spread);
    assert_eq!(e.next(now), Next::Send(Call::Set(Status::Dnd)));
    e.outcome(Outcome::SetConfirmed, now);
    assert!(e.is_settled());

    // Nothing pending: the read waits for a random moment within the spread.
    let mut holds = vec![];
    for seed in 0..20 {
        let (mut e, now) = known_away(seed);
        e.resync(now, spread);
        let Next::WaitUntil(t) = e.next(now) else {
            panic!("expected the read to wait")
        };
        assert!(t - now <= spread);
        holds.push(t - now);
        assert_eq!(e.next(t), Next::Send(Call::Get));
        // The resync's read counts as a poll: refused, it is dropped.
        e.outcome(Outcome::Failed(limited()), t);
        assert_eq!(e.next(t), Next::Idle);
    }
    let spread_seen =
        holds.iter().max().unwrap().as_secs_f64() - holds.iter().min().unwrap().as_secs_f64();
    assert!(spread_seen > 300.0, "{holds:?}");
}
