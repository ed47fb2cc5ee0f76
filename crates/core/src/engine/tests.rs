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

// ---- the wall-clock timer ----

const T: WallTime = WallTime::from_unix_millis(1_767_225_600_000);

/// The wall-clock moment `millis` after `T`.
fn t(millis: i64) -> WallTime {
    WallTime::from_unix_millis(T.unix_millis() + millis)
}

fn at(millis_after_t: i64, intent: Intent) -> Timer {
    Timer::plain(t(millis_after_t), intent)
}

/// An engine showing a confirmed DND (set through it, from a read `Away`), with a timer back to `Away`
/// armed an hour ahead of `T`.
fn dnd_for_an_hour(seed: u64) -> (Engine, Instant, Timer) {
    let (mut e, now) = known_away(seed);
    e.intent(Intent::Set(Status::Dnd));
    drive(&mut e, now, portal_ok);
    let back = at(3_600_000, Intent::Set(Status::Away));
    assert!(e.arm_timer(back, T));
    (e, now + Duration::from_secs(1), back)
}

#[test]
fn a_timer_fires_its_intent_once_at_its_moment() {
    let (mut e, now, back) = dnd_for_an_hour(1);
    assert_eq!(e.timer(), Some(back));
    assert_eq!(e.tick_at(), Some(back.at));
    assert_eq!(e.tick(t(3_599_999)), None);
    assert_eq!(e.pending(), None);
    assert_eq!(e.tick(back.at), Some(back));
    assert_eq!(e.timer(), None);
    assert_eq!(e.tick_at(), None);
    assert_eq!(e.pending(), Some(Status::Away), "an ordinary intent");
    let (calls, _) = drive(&mut e, now, portal_ok);
    assert_eq!(calls, vec![Call::Set(Status::Away)]);
    assert_eq!(e.tick(t(7_200_000)), None, "once");
}

#[test]
fn a_timer_whose_moment_passed_fires_when_armed() {
    let (mut e, _) = known_away(2);
    let late = at(-60_000, Intent::ToggleDnd);
    assert!(e.arm_timer(late, T));
    assert_eq!(e.timer(), None);
    assert_eq!(e.pending(), Some(Status::Dnd));
    // At the very moment counts as passed.
    assert!(e.arm_timer(at(0, Intent::Set(Status::Online)), T));
    assert_eq!(e.pending(), Some(Status::Online));
}

#[test]
fn a_fired_intent_is_coalesced_and_the_last_intent_wins() {
    let (mut e, now) = known_away(3);
    e.intent(Intent::Set(Status::Dnd));
    e.arm_timer(at(1_000, Intent::Set(Status::Online)), T);
    assert_eq!(e.next(now), Next::Send(Call::Set(Status::Dnd)));
    // The timer fires while the set is in flight: one slot, no second call.
    e.tick(t(1_000));
    assert_eq!(e.next(now), Next::Idle);
    e.outcome(Outcome::SetConfirmed, now);
    let (calls, _) = drive(&mut e, now, portal_ok);
    assert_eq!(calls, vec![Call::Set(Status::Online)]);
    assert_eq!(e.confirmed().unwrap().status, Some(Status::Online));
}

#[test]
fn every_newer_choice_cancels_the_timer_and_reads_do_not() {
    for choice in [
        Intent::Set(Status::Break),
        Intent::Set(Status::Dnd),
        Intent::ToggleDnd,
    ] {
        let (mut e, _, _) = dnd_for_an_hour(4);
        e.intent(choice);
        assert_eq!(e.timer(), None, "{choice:?}");
        assert_eq!(e.tick(t(7_200_000)), None);
    }
    for read in [Intent::Refresh, Intent::Poll] {
        let (mut e, now, back) = dnd_for_an_hour(4);
        e.intent(read);
        drive(&mut e, now, |_| Outcome::Read(Some(Status::Dnd)));
        assert_eq!(e.timer(), Some(back), "{read:?}");
    }
}

#[test]
fn a_change_seen_from_the_portal_that_we_did_not_make_cancels_the_timer() {
    // A poll finds the status changed in the browser.
    let (mut e, now, _) = dnd_for_an_hour(5);
    e.intent(Intent::Poll);
    drive(&mut e, now, |_| Outcome::Read(Some(Status::Break)));
    assert_eq!(e.timer(), None);
    // An observation of it, from either source.
    for source in [Source::OtherRead, Source::Push] {
        let (mut e, now, _) = dnd_for_an_hour(5);
        e.observed(Some(Status::Online), source, now);
        assert_eq!(e.timer(), None, "{source:?}");
        // The portal storing no status any more is a change too.
        let (mut e, now, _) = dnd_for_an_hour(5);
        e.observed(None, source, now);
        assert_eq!(e.timer(), None, "{source:?}");
    }
    // Seeing the status the engine confirmed is no change.
    let (mut e, now, back) = dnd_for_an_hour(5);
    e.observed(Some(Status::Dnd), Source::Push, now);
    assert_eq!(e.timer(), Some(back));
}

#[test]
fn our_own_change_seen_from_the_portal_keeps_the_timer() {
    // The pushed event of our set arrives before the set's answer.
    let (mut e, now, back) = dnd_for_an_hour(6);
    e.intent(Intent::Set(Status::Break));
    e.arm_timer(back, T);
    assert_eq!(e.next(now), Next::Send(Call::Set(Status::Break)));
    e.observed(Some(Status::Break), Source::Push, now);
    assert_eq!(e.timer(), Some(back));
    e.outcome(Outcome::SetConfirmed, now);
    assert_eq!(e.timer(), Some(back));

    // A set whose answer was lost (it took effect all the same), then read back.
    let (mut e, now, back) = dnd_for_an_hour(6);
    e.intent(Intent::Set(Status::Break));
    e.arm_timer(back, T);
    assert_eq!(e.next(now), Next::Send(Call::Set(Status::Break)));
    e.outcome(Outcome::Failed(dropped()), now);
    e.intent(Intent::Refresh);
    e.observed(Some(Status::Break), Source::OtherRead, now);
    assert_eq!(e.timer(), Some(back));
    assert!(e.is_settled(), "the observation shows the choice done");

    // The pending choice, seen before it was even sent (someone made the same choice elsewhere).
    let (mut e, now, back) = dnd_for_an_hour(6);
    e.intent(Intent::Set(Status::Online));
    e.arm_timer(back, T);
    e.observed(Some(Status::Online), Source::Push, now);
    assert_eq!(e.timer(), Some(back));

    // A set given up on may still be seen landing; once the portal's status is confirmed again, it is
    // no longer ours.
    for confirmed_again in [false, true] {
        let (mut e, now, back) = dnd_for_an_hour(6);
        e.intent(Intent::Set(Status::Break));
        e.arm_timer(back, T);
        e.next(now);
        e.outcome(Outcome::Failed(PortalError::AccessDenied), now);
        if confirmed_again {
            e.observed(Some(Status::Dnd), Source::Push, now);
        }
        e.observed(Some(Status::Break), Source::Push, now);
        assert_eq!(e.timer().is_none(), confirmed_again);
    }
}

#[test]
fn arming_replaces_the_timer_and_cancelling_returns_it() {
    let (mut e, _, back) = dnd_for_an_hour(7);
    let other = at(60_000, Intent::Set(Status::Online));
    e.arm_timer(other, T);
    assert_eq!(e.timer(), Some(other), "at most one timer");
    assert_eq!(e.cancel_timer(), Some(other));
    assert_eq!(e.cancel_timer(), None);
    assert_eq!(e.tick(back.at), None);
    assert_eq!(e.pending(), None);
}

#[test]
fn a_halted_engine_fires_nothing_and_keeps_its_timer() {
    let (mut e, now, back) = dnd_for_an_hour(8);
    e.intent(Intent::Refresh);
    e.next(now);
    e.outcome(Outcome::Failed(rejected()), now);
    assert_eq!(e.tick_at(), None, "no wake-up for a timer that cannot fire");
    assert_eq!(e.tick(back.at), None);
    assert_eq!(e.timer(), Some(back), "kept for the engine after sign-in");
    assert!(!e.arm_timer(at(0, Intent::Set(Status::Online)), T));
    assert_eq!(e.timer(), Some(back));
    assert!(!e.observed(Some(Status::Online), Source::Push, now));
    assert_eq!(e.timer(), Some(back));
    assert_eq!(e.confirmed().unwrap().status, Some(Status::Dnd));
}

#[test]
fn a_timer_is_plain_data_for_the_state_file() {
    let t = at(0, Intent::Set(Status::Away));
    let json = serde_json::to_string(&t).unwrap();
    assert_eq!(
        json,
        r#"{"at":1767225600000,"until":1767225600000,"intent":{"set":"away"}}"#
    );
    assert_eq!(serde_json::from_str::<Timer>(&json).unwrap(), t);
    let guarded = revert(HOUR, Status::Dnd, Status::Online);
    let json = serde_json::to_string(&guarded).unwrap();
    assert_eq!(
        json,
        r#"{"at":1767229200000,"until":1767229200000,"intent":{"set":"online"},"guard":"dnd"}"#
    );
    assert_eq!(serde_json::from_str::<Timer>(&json).unwrap(), guarded);
    let toggle = serde_json::to_string(&Intent::ToggleDnd).unwrap();
    assert_eq!(toggle, r#""toggle_dnd""#);
}

// ---- observations ----

#[test]
fn an_observation_confirms_and_feeds_the_status_before_dnd() {
    let (mut e, now) = known_away(10);
    assert_eq!(e.confirmed_by(), Some(ConfirmedBy::Read));
    let later = now + Duration::from_secs(5);
    assert!(e.observed(Some(Status::Dnd), Source::Push, later));
    assert_eq!(
        e.confirmed(),
        Some(Confirmed {
            status: Some(Status::Dnd),
            at: later
        })
    );
    assert_eq!(e.confirmed_by(), Some(ConfirmedBy::Observed(Source::Push)));
    assert_eq!(e.before_dnd(), Some(Status::Away));
    assert!(e.is_settled(), "no call for an observation");
    e.intent(Intent::ToggleDnd);
    assert_eq!(e.pending(), Some(Status::Away));
    drive(&mut e, later, portal_ok);
    assert_eq!(e.confirmed_by(), Some(ConfirmedBy::Set));
}

#[test]
fn an_observation_never_cancels_a_pending_choice() {
    let (mut e, mut now) = known_away(11);
    e.intent(Intent::Set(Status::Dnd));
    now = fail_attempts(&mut e, now, 2);
    e.observed(Some(Status::Break), Source::Push, now);
    assert_eq!(e.confirmed().unwrap().status, Some(Status::Break));
    assert_eq!(e.pending(), Some(Status::Dnd));
    assert!(
        matches!(e.next(now), Next::WaitUntil(_)),
        "the choice's back-off goes on"
    );
    let (calls, _) = drive(&mut e, now, portal_ok);
    assert_eq!(calls, vec![Call::Set(Status::Dnd)]);
}

#[test]
fn an_observation_of_the_pending_choice_completes_it() {
    let (mut e, mut now) = known_away(12);
    e.intent(Intent::Set(Status::Dnd));
    now = fail_attempts(&mut e, now, 3);
    e.observed(Some(Status::Dnd), Source::OtherRead, now);
    assert_eq!(e.pending(), None);
    assert!(e.is_settled());
    assert_eq!(e.activity(), Activity::Idle, "no failure left to show");
    // The run of failures is over: a new choice goes at once.
    e.intent(Intent::Set(Status::Away));
    assert_eq!(e.next(now), Next::Send(Call::Set(Status::Away)));
}

#[test]
fn an_observation_during_a_set_leaves_the_newest_choice_to_be_sent() {
    let (mut e, now) = known_away(13);
    e.intent(Intent::Set(Status::Break));
    assert_eq!(e.next(now), Next::Send(Call::Set(Status::Break)));
    e.intent(Intent::Set(Status::Dnd));
    // The portal is seen in DND (changed elsewhere), but the set in flight will land after it.
    e.observed(Some(Status::Dnd), Source::Push, now);
    assert_eq!(e.pending(), Some(Status::Dnd));
    assert_eq!(e.next(now), Next::Idle, "still one call in flight");
    e.outcome(Outcome::SetConfirmed, now);
    let (calls, _) = drive(&mut e, now, portal_ok);
    assert_eq!(calls, vec![Call::Set(Status::Dnd)]);
    assert_eq!(e.confirmed().unwrap().status, Some(Status::Dnd));
}

#[test]
fn an_observation_during_a_read_lets_the_read_apply_as_usual() {
    let mut e = Engine::new(tuning::BACKGROUND_RETRY, 14);
    let now = Instant::now();
    e.intent(Intent::ToggleDnd);
    assert_eq!(e.next(now), Next::Send(Call::Get));
    e.observed(Some(Status::Break), Source::Push, now);
    assert_eq!(e.confirmed().unwrap().status, Some(Status::Break));
    assert_eq!(e.next(now), Next::Idle, "no second call");
    assert_eq!(
        e.pending(),
        Some(Status::Dnd),
        "the toggle acts on what was seen"
    );
    assert_eq!(e.before_dnd(), Some(Status::Break));
    e.outcome(Outcome::Read(Some(Status::Online)), now);
    assert_eq!(e.confirmed().unwrap().status, Some(Status::Online));
    assert_eq!(e.pending(), Some(Status::Dnd), "toggled once");
    let (calls, _) = drive(&mut e, now, portal_ok);
    assert_eq!(calls, vec![Call::Set(Status::Dnd)]);
    // A read that fails after the observation is retried as usual.
    let (mut e, now) = known_away(14);
    e.intent(Intent::Refresh);
    assert_eq!(e.next(now), Next::Send(Call::Get));
    e.observed(Some(Status::Away), Source::OtherRead, now);
    e.outcome(Outcome::Failed(dropped()), now);
    assert!(matches!(e.next(now), Next::WaitUntil(_)));
}

#[test]
fn an_observation_answers_a_queued_read_and_a_waiting_toggle() {
    let (mut e, now) = known_away(15);
    e.intent(Intent::Refresh);
    e.observed(Some(Status::Away), Source::Push, now);
    assert!(e.is_settled(), "the read is answered");
    // A resync's read, held for its spread.
    e.resync(now, Duration::from_secs(600));
    e.observed(Some(Status::Away), Source::Push, now);
    assert!(e.is_settled());
    // A toggle failing to read the status.
    let mut e = Engine::new(tuning::BACKGROUND_RETRY, 15);
    e.intent(Intent::ToggleDnd);
    let now = fail_attempts(&mut e, Instant::now(), 3);
    e.observed(Some(Status::Dnd), Source::OtherRead, now);
    assert_eq!(e.pending(), Some(Status::Online));
    assert_eq!(
        e.next(now),
        Next::Send(Call::Set(Status::Online)),
        "the read's back-off is over"
    );
}

#[test]
fn a_call_whose_work_an_observation_did_is_forgotten_when_it_fails() {
    for error in [dropped(), limited(), PortalError::AccessDenied] {
        let mut e = Engine::new(tuning::CLI_RETRY, 16);
        let now = Instant::now();
        e.intent(Intent::ToggleDnd);
        assert_eq!(e.next(now), Next::Send(Call::Get));
        e.intent(Intent::Set(Status::Dnd));
        e.observed(Some(Status::Dnd), Source::Push, now);
        assert_eq!(e.pending(), None, "done");
        e.outcome(Outcome::Failed(error.clone()), now);
        assert!(e.is_settled(), "{error:?}");
        assert_eq!(e.activity(), Activity::Idle, "{error:?}: nothing was lost");
        e.intent(Intent::Set(Status::Away));
        assert_eq!(
            e.next(now),
            Next::Send(Call::Set(Status::Away)),
            "{error:?}"
        );
    }
    // Rejected credentials still halt.
    let mut e = Engine::new(tuning::CLI_RETRY, 16);
    let now = Instant::now();
    e.intent(Intent::Refresh);
    e.next(now);
    e.observed(Some(Status::Dnd), Source::Push, now);
    e.outcome(Outcome::Failed(rejected()), now);
    assert_eq!(e.activity(), Activity::Halted(rejected()));
}

// ---- timed statuses ----

const HOUR: i64 = 3_600_000;

/// The guarded revert a timed `status` confirmed over `then` arms, at `T` + `ms`.
fn revert(ms: i64, status: Status, then: Status) -> Timer {
    Timer {
        at: t(ms),
        until: t(ms),
        intent: Intent::Set(then),
        guard: Some(status),
    }
}

#[test]
fn a_timed_status_arms_its_revert_to_the_status_before_once_confirmed() {
    let (mut e, now) = known_away(40);
    assert!(e.set_until(Status::Dnd, t(HOUR), t(HOUR)));
    assert_eq!(e.timer(), None, "not before the portal confirmed it");
    assert_eq!(e.plan().map(|p| p.status), Some(Status::Dnd));
    let (calls, now) = drive(&mut e, now, portal_ok);
    assert_eq!(
        calls,
        vec![Call::Set(Status::Dnd)],
        "no read: the status before is known"
    );
    assert_eq!(e.timer(), Some(revert(HOUR, Status::Dnd, Status::Away)));
    assert_eq!(e.plan(), None);
    assert_eq!(e.tick_at(), Some(t(HOUR)));
    // The wall clock set back, or not there yet: nothing.
    assert_eq!(e.tick(t(-HOUR)), None);
    assert_eq!(e.tick(t(HOUR - 1)), None);
    assert!(e.tick(t(HOUR)).is_some());
    let (calls, _) = drive(&mut e, now, portal_ok);
    assert_eq!(calls, vec![Call::Set(Status::Away)]);
    assert_eq!(e.confirmed().unwrap().status, Some(Status::Away));
    assert_eq!(e.timer(), None);
}

#[test]
fn a_timed_status_the_portal_never_confirms_arms_nothing() {
    let (mut e, now) = known_away(41);
    e.set_until(Status::Dnd, t(HOUR), t(HOUR));
    drive(&mut e, now, |_| Outcome::Failed(PortalError::AccessDenied));
    assert_eq!((e.timer(), e.plan()), (None, None));
    assert_eq!(e.confirmed().unwrap().status, Some(Status::Away));
}

#[test]
fn a_timed_status_replacing_a_running_one_returns_to_what_was_there_before_both() {
    let (mut e, now) = known_away(42);
    e.set_until(Status::Dnd, t(HOUR), t(HOUR));
    let (_, now) = drive(&mut e, now, portal_ok);
    e.set_until(Status::Break, t(HOUR / 4), t(HOUR / 4));
    assert_eq!(e.timer(), None, "the DND's revert is replaced");
    let (calls, now) = drive(&mut e, now, portal_ok);
    assert_eq!(calls, vec![Call::Set(Status::Break)]);
    assert_eq!(
        e.timer(),
        Some(revert(HOUR / 4, Status::Break, Status::Away))
    );
    // An untimed choice ends the chain: nothing reverts.
    e.intent(Intent::Set(Status::Dnd));
    drive(&mut e, now, portal_ok);
    assert_eq!(e.timer(), None);
    assert_eq!(e.tick(t(2 * HOUR)), None);
}

#[test]
fn with_no_status_known_the_status_before_is_read_first() {
    let mut e = Engine::new(tuning::CLI_RETRY, 43);
    let now = Instant::now();
    e.set_until(Status::Dnd, t(HOUR), t(HOUR));
    assert!(matches!(
        e.activity(),
        Activity::Setting {
            target: Status::Dnd,
            ..
        }
    ));
    let (calls, _) = drive(&mut e, now, |call| match call {
        Call::Set(_) => Outcome::SetConfirmed,
        Call::Get => Outcome::Read(Some(Status::Break)),
    });
    assert_eq!(calls, vec![Call::Get, Call::Set(Status::Dnd)]);
    assert_eq!(e.timer(), Some(revert(HOUR, Status::Dnd, Status::Break)));

    // The read failing for good sets nothing blind.
    let mut e = Engine::new(tuning::CLI_RETRY, 43);
    e.set_until(Status::Dnd, t(HOUR), t(HOUR));
    let (calls, _) = drive(&mut e, now, |_| Outcome::Failed(PortalError::AccessDenied));
    assert_eq!(calls, vec![Call::Get]);
    assert_eq!((e.timer(), e.plan(), e.pending()), (None, None, None));
}

#[test]
fn the_read_before_a_timed_status_ends_when_the_status_is_seen_or_the_timer_cancelled() {
    // Seen from the portal before the read: the set goes without it, and returns to what was seen.
    let mut e = Engine::new(tuning::BACKGROUND_RETRY, 45);
    let now = Instant::now();
    e.set_until(Status::Dnd, t(HOUR), t(HOUR));
    e.observed(Some(Status::Break), Source::Push, now);
    let (calls, _) = drive(&mut e, now, portal_ok);
    assert_eq!(calls, vec![Call::Set(Status::Dnd)]);
    assert_eq!(e.timer(), Some(revert(HOUR, Status::Dnd, Status::Break)));

    // Cancelled before the read: the status is set with no revert, and nothing is read for it.
    let mut e = Engine::new(tuning::BACKGROUND_RETRY, 45);
    e.set_until(Status::Dnd, t(HOUR), t(HOUR));
    e.cancel_timer();
    let (calls, _) = drive(&mut e, now, portal_ok);
    assert_eq!(calls, vec![Call::Set(Status::Dnd)]);
    assert_eq!((e.timer(), e.plan()), (None, None));
}

#[test]
fn a_timed_status_already_shown_returns_to_the_status_before_dnd_or_online() {
    // DND already, with Away before it: "DND for an hour" then goes back to Away.
    let (mut e, now) = known_away(44);
    e.intent(Intent::Set(Status::Dnd));
    let (_, now) = drive(&mut e, now, portal_ok);
    e.set_until(Status::Dnd, t(HOUR), t(HOUR));
    drive(&mut e, now, portal_ok);
    assert_eq!(e.timer(), Some(revert(HOUR, Status::Dnd, Status::Away)));
    // Away already: "Away for 15 minutes" goes to Online.
    let (mut e, now) = known_away(44);
    e.set_until(Status::Away, t(HOUR / 4), t(HOUR / 4));
    drive(&mut e, now, portal_ok);
    assert_eq!(
        e.timer(),
        Some(revert(HOUR / 4, Status::Away, Status::Online))
    );
}

#[test]
fn a_timed_status_seen_already_on_the_portal_arms_its_revert() {
    let (mut e, now) = known_away(45);
    e.set_until(Status::Dnd, t(HOUR), t(HOUR));
    // Someone chose DND on the phone before the set went out.
    e.observed(Some(Status::Dnd), Source::Push, now);
    assert_eq!(e.pending(), None);
    assert_eq!(e.timer(), Some(revert(HOUR, Status::Dnd, Status::Away)));
}

#[test]
fn after_a_restart_a_revert_waits_for_the_status_and_only_applies_over_its_own() {
    // The moment passed while b24-status was not running: nothing fires before the status is read.
    for (read, applied) in [(Status::Dnd, true), (Status::Online, false)] {
        let mut e = Engine::new(tuning::BACKGROUND_RETRY, 46);
        let now = Instant::now();
        e.arm_timer(revert(-HOUR, Status::Dnd, Status::Away), T);
        assert_eq!(e.pending(), None, "not fired blind");
        assert_eq!(
            e.tick_at(),
            None,
            "nothing to wake up for until the status is known"
        );
        assert!(e.timer().is_some());
        assert_eq!(
            e.next(now),
            Next::Send(Call::Get),
            "it asked for the status"
        );
        e.outcome(Outcome::Read(Some(read)), now);
        assert_eq!(
            e.timer().is_some(),
            applied,
            "{read:?}: a change made elsewhere cancels it"
        );
        assert_eq!(e.tick(T).is_some(), applied);
        assert_eq!(e.pending(), applied.then_some(Status::Away));
    }
}

#[test]
fn a_change_elsewhere_cancels_a_revert_and_its_own_status_keeps_it() {
    let (mut e, now) = known_away(47);
    e.set_until(Status::Dnd, t(HOUR), t(HOUR));
    let (_, now) = drive(&mut e, now, portal_ok);
    e.observed(Some(Status::Dnd), Source::Push, now);
    assert!(e.timer().is_some());
    e.observed(Some(Status::Online), Source::OtherRead, now);
    assert_eq!(e.timer(), None);
    assert_eq!(e.tick(t(HOUR)), None);
}

#[test]
fn cancelling_the_timer_keeps_the_status_and_drops_the_revert() {
    let (mut e, now) = known_away(48);
    e.set_until(Status::Dnd, t(HOUR), t(HOUR));
    assert!(e.cancel_timer().is_none(), "nothing armed yet");
    drive(&mut e, now, portal_ok);
    assert_eq!(e.timer(), None, "the plan went too");
    assert_eq!(e.confirmed().unwrap().status, Some(Status::Dnd));
}

#[test]
fn a_timed_toggle_times_turning_dnd_on_and_not_turning_it_off() {
    let (mut e, now) = known_away(49);
    assert!(e.toggle_dnd_until(t(HOUR), t(HOUR)));
    let (calls, now) = drive(&mut e, now, portal_ok);
    assert_eq!(calls, vec![Call::Set(Status::Dnd)]);
    assert_eq!(e.timer(), Some(revert(HOUR, Status::Dnd, Status::Away)));
    e.toggle_dnd_until(t(2 * HOUR), t(2 * HOUR));
    let (calls, _) = drive(&mut e, now, portal_ok);
    assert_eq!(calls, vec![Call::Set(Status::Away)]);
    assert_eq!((e.timer(), e.plan()), (None, None));

    // With the status unknown, the toggle reads it first, then times the DND it sets.
    let mut e = Engine::new(tuning::CLI_RETRY, 49);
    e.toggle_dnd_until(t(HOUR), t(HOUR));
    let (calls, _) = drive(&mut e, Instant::now(), |call| match call {
        Call::Set(_) => Outcome::SetConfirmed,
        Call::Get => Outcome::Read(Some(Status::Online)),
    });
    assert_eq!(calls, vec![Call::Get, Call::Set(Status::Dnd)]);
    assert_eq!(e.timer(), Some(revert(HOUR, Status::Dnd, Status::Online)));
}

#[test]
fn a_revert_is_retried_like_a_click() {
    let (mut e, now) = known_away(50);
    e.set_until(Status::Dnd, t(HOUR), t(HOUR));
    drive(&mut e, now, portal_ok);
    e.tick(t(HOUR));
    assert_eq!(e.next(now), Next::Send(Call::Set(Status::Away)));
    e.outcome(Outcome::Failed(dropped()), now);
    assert!(matches!(
        e.activity(),
        Activity::Setting {
            target: Status::Away,
            retrying: Some(_)
        }
    ));
    let (calls, _) = drive(&mut e, now + Duration::from_secs(60), portal_ok);
    assert_eq!(calls, vec![Call::Set(Status::Away)]);
    assert_eq!(e.confirmed().unwrap().status, Some(Status::Away));
}

#[test]
fn timed_statuses_are_refused_while_halted() {
    let mut e = Engine::new(tuning::BACKGROUND_RETRY, 51);
    let now = Instant::now();
    e.intent(Intent::Refresh);
    drive(&mut e, now, |_| Outcome::Failed(rejected()));
    assert!(!e.set_until(Status::Dnd, t(HOUR), t(HOUR)));
    assert!(!e.toggle_dnd_until(t(HOUR), t(HOUR)));
    assert_eq!(e.plan(), None);
}

#[test]
fn a_command_chains_on_a_kept_revert_only_while_the_portal_shows_its_status() {
    // A command's engine: the revert kept in the state file is put back unfired, the status unknown.
    for (read, then) in [
        (Status::Dnd, Status::Away),
        (Status::Online, Status::Online),
    ] {
        let mut e = Engine::new(tuning::CLI_RETRY, 52);
        e.restore_timer(Some(revert(HOUR, Status::Dnd, Status::Away)));
        assert_eq!(e.pending(), None, "{read:?}: restoring fires nothing");
        e.set_until(Status::Break, t(HOUR / 4), t(HOUR / 4));
        let (calls, _) = drive(&mut e, Instant::now(), |call| match call {
            Call::Set(_) => Outcome::SetConfirmed,
            Call::Get => Outcome::Read(Some(read)),
        });
        assert_eq!(calls, vec![Call::Get, Call::Set(Status::Break)]);
        assert_eq!(
            e.timer(),
            Some(revert(HOUR / 4, Status::Break, then)),
            "the portal showed {read:?}"
        );
    }
}

/// The delays an engine waits after `n` rate-limit refusals of its pending change in a row, and when the
/// next attempt may go.
fn delays_after_refusals(e: &mut Engine, mut now: Instant, n: usize) -> (Vec<Duration>, Instant) {
    let mut delays = vec![];
    for _ in 0..n {
        let Next::Send(Call::Set(_)) = e.next(now) else {
            panic!("the change was not sent");
        };
        e.outcome(Outcome::Failed(limited()), now);
        let Next::WaitUntil(t) = e.next(now) else {
            panic!("the change was dropped");
        };
        delays.push(t - now);
        now = t;
    }
    (delays, now)
}

#[test]
fn a_revert_refused_by_the_rate_limit_backs_off_further_than_a_click() {
    let (mut e, now) = known_away(51);
    e.set_until(Status::Dnd, t(HOUR), t(HOUR));
    let (_, now) = drive(&mut e, now, portal_ok);
    e.tick(t(HOUR));
    let (revert, now) = delays_after_refusals(&mut e, now, 8);
    let policy = tuning::BACKGROUND_RETRY;
    // Doubling from 1 s, half to all of it: past the click's cap by the sixth, never past its own.
    assert!(
        revert
            .iter()
            .skip(5)
            .all(|d| *d > policy.max_limited_change_delay),
        "{revert:?}"
    );
    assert!(
        revert.iter().all(|d| *d <= policy.max_limited_timer_delay),
        "{revert:?}"
    );
    assert!(matches!(
        e.activity(),
        Activity::Setting {
            target: Status::Away,
            retrying: Some(_)
        }
    ));

    // A click on the same engine, in the same run of refusals: a person waits for it, so it keeps
    // trying every few seconds.
    e.intent(Intent::Set(Status::Online));
    let (click, _) = delays_after_refusals(&mut e, now, 8);
    assert!(
        click.iter().all(|d| *d <= policy.max_limited_change_delay),
        "{click:?}"
    );
}

#[test]
fn a_revert_follows_the_wall_clock_through_jumps_and_sleep() {
    let (mut e, now) = known_away(60);
    e.set_until(Status::Dnd, t(HOUR), t(HOUR));
    let (_, now) = drive(&mut e, now, portal_ok);
    let back = revert(HOUR, Status::Dnd, Status::Away);
    // The clock set back a day, then forward to a second before the moment: the moment is an instant,
    // not a count-down, so neither fires it and neither moves it.
    assert_eq!(e.tick(t(-24 * HOUR)), None);
    assert_eq!(e.tick(t(HOUR - 1_000)), None);
    assert_eq!(e.tick_at(), Some(back.at));
    // Asleep across the moment: on waking (a resync, the wall clock three hours on) it fires at once,
    // ahead of the wake-up's read.
    e.resync(now, tuning::RESYNC_AFTER_WAKE);
    assert_eq!(e.tick(t(4 * HOUR)), Some(back));
    assert_eq!(e.next(now), Next::Send(Call::Set(Status::Away)));
}

#[test]
fn an_automatic_change_refused_by_the_rate_limit_backs_off_as_a_timer_does() {
    let (mut e, now) = known_away(61);
    assert!(e.set_automatic(Status::Dnd));
    let (delays, _) = delays_after_refusals(&mut e, now, 8);
    let policy = tuning::BACKGROUND_RETRY;
    assert!(
        delays
            .iter()
            .skip(5)
            .all(|d| *d > policy.max_limited_change_delay),
        "{delays:?}"
    );
    assert!(delays.iter().all(|d| *d <= policy.max_limited_timer_delay));
}

#[test]
fn restore_timed_arms_the_given_revert_once_confirmed_or_at_once_when_shown() {
    let (mut e, now) = known_away(62);
    let back = revert(HOUR, Status::Dnd, Status::Break);
    assert!(e.restore_timed(Status::Dnd, back));
    assert_eq!(e.timer(), None, "not before the portal confirms it");
    let (calls, now) = drive(&mut e, now, portal_ok);
    assert_eq!(calls, vec![Call::Set(Status::Dnd)]);
    assert_eq!(
        e.timer(),
        Some(back),
        "to Break, not to the Away shown before"
    );
    // The portal shows it already: armed without a call.
    e.cancel_timer();
    assert!(e.restore_timed(Status::Dnd, back));
    assert_eq!(e.timer(), Some(back));
    assert_eq!(e.next(now), Next::Idle);
}

#[test]
fn a_status_changed_elsewhere_is_reported_once_and_our_own_is_not() {
    let (mut e, now) = known_away(63);
    assert!(!e.take_changed_elsewhere());
    e.intent(Intent::Set(Status::Dnd));
    let (_, now) = drive(&mut e, now, portal_ok);
    e.intent(Intent::Refresh);
    let (_, now) = drive(&mut e, now, |_| Outcome::Read(Some(Status::Dnd)));
    assert!(!e.take_changed_elsewhere(), "our own set read back");
    e.observed(Some(Status::Online), Source::Push, now);
    assert!(e.take_changed_elsewhere());
    assert!(!e.take_changed_elsewhere(), "taken");
}
