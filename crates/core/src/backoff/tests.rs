//! The retry timing's unit tests: delays, limits and budgets per policy.

use super::*;
use crate::test_support::dropped;
use crate::tuning;

#[test]
fn delays_grow_with_jitter_and_are_capped() {
    let mut b = Backoff::new(tuning::BACKGROUND_RETRY, 11);
    let mut now = Instant::now();
    let mut delays = vec![];
    for _ in 0..12 {
        let Verdict::RetryAt(t) = b.failed(dropped(), now, now) else {
            panic!()
        };
        delays.push(t - now);
        now = t;
    }
    assert!(delays[0] >= Duration::from_millis(500) && delays[0] <= Duration::from_secs(1));
    assert!(delays[3] >= Duration::from_secs(4), "{delays:?}");
    assert!(delays.iter().all(|d| *d <= Duration::from_secs(60)));
    assert!(
        delays[11] >= Duration::from_secs(30),
        "capped but still long: {delays:?}"
    );
}

#[test]
fn only_rate_limits_and_transient_failures_are_retried() {
    let mut b = Backoff::new(tuning::BACKGROUND_RETRY, 1);
    let now = Instant::now();
    for code in [
        "INVALID_CREDENTIALS",
        "insufficient_scope",
        "ACCESS_DENIED",
        "STATUS_ERROR",
    ] {
        let e = PortalError::from_code(code, "", "m");
        assert_eq!(b.failed(e, now, now), Verdict::GiveUp, "{code}");
    }
    let e = PortalError::from_code("QUERY_LIMIT_EXCEEDED", "", "m");
    let Verdict::RetryAt(t) = b.failed(e, now, now) else {
        panic!()
    };
    assert!(t - now >= Duration::from_secs(1));
}

#[test]
fn a_change_refused_by_the_rate_limit_keeps_trying_every_few_seconds() {
    let limited = || PortalError::from_code("QUERY_LIMIT_EXCEEDED", "", "m");
    let mut change = Backoff::new(tuning::BACKGROUND_RETRY, 4);
    let mut read = Backoff::new(tuning::BACKGROUND_RETRY, 4);
    let now = Instant::now();
    let (mut change_delays, mut read_delays) = (vec![], vec![]);
    for _ in 0..10 {
        let Verdict::RetryAt(t) = change.change_failed(limited(), now, now) else {
            panic!()
        };
        change_delays.push(t - now);
        let Verdict::RetryAt(t) = read.failed(limited(), now, now) else {
            panic!()
        };
        read_delays.push(t - now);
    }
    assert!(
        change_delays
            .iter()
            .all(|d| *d >= Duration::from_secs(1) && *d <= Duration::from_secs(4)),
        "{change_delays:?}"
    );
    assert!(read_delays[9] >= Duration::from_secs(30), "{read_delays:?}");
    // Other failures of a change grow as usual.
    let mut b = Backoff::new(tuning::BACKGROUND_RETRY, 4);
    let mut last = Duration::ZERO;
    for _ in 0..10 {
        let Verdict::RetryAt(t) = b.change_failed(dropped(), now, now) else {
            panic!()
        };
        last = t - now;
    }
    assert!(last >= Duration::from_secs(30), "{last:?}");
}

#[test]
fn cli_policy_stops_at_five_attempts() {
    let mut b = Backoff::new(tuning::CLI_RETRY, 1);
    let mut now = Instant::now();
    for _ in 0..4 {
        let Verdict::RetryAt(t) = b.failed(dropped(), now, now) else {
            panic!()
        };
        now = t;
    }
    assert_eq!(b.failed(dropped(), now, now), Verdict::GiveUp);
    assert_eq!(b.retrying(), None);
}

#[test]
fn the_call_timeout_shrinks_to_the_budget_left() {
    let mut b = Backoff::new(tuning::CLI_RETRY, 1);
    let t0 = Instant::now();
    assert_eq!(b.call_timeout(t0), Duration::from_secs(30));
    let Verdict::RetryAt(t) = b.failed(dropped(), t0, t0 + Duration::from_secs(40)) else {
        panic!()
    };
    assert!(b.call_timeout(t) < Duration::from_secs(20));
    b.succeeded();
    assert_eq!(b.call_timeout(t), Duration::from_secs(30));
}
