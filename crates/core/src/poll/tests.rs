//! The poll timing's unit tests: jitter, the stretch and its shrinking, the resync spread.

use super::*;
use crate::test_support::{self, dropped};

#[test]
fn jitter_stays_within_twenty_percent() {
    let mut p = Poller::new(Duration::from_secs(60), 1);
    let delays: Vec<Duration> = (0..1000).map(|_| p.next_delay()).collect();
    assert!(
        delays
            .iter()
            .all(|d| *d >= Duration::from_secs(48) && *d <= Duration::from_secs(72))
    );
    let spread =
        delays.iter().max().unwrap().as_secs_f64() - delays.iter().min().unwrap().as_secs_f64();
    assert!(spread > 20.0, "the delays are spread out: {spread}");
}

/// A pushback with small numbers, so the tests can walk its whole ladder.
const SMALL: Pushback = Pushback {
    grow: 2,
    shrink_after: 3,
};

fn limited() -> Outcome {
    Outcome::Failed(test_support::limited())
}

#[test]
fn rate_limits_stretch_and_runs_of_answers_shrink() {
    let pushback = SMALL;
    let mut p = Poller::with_pushback(Duration::from_secs(60), 1, pushback);
    for expected in [2, 4, 8, 16, 16] {
        p.observe(&limited());
        assert_eq!(p.stretch(), expected);
    }
    assert!(p.next_delay() >= Duration::from_secs(60 * 16 * 8 / 10));
    p.observe(&Outcome::Failed(dropped()));
    assert_eq!(p.stretch(), 16, "other failures do not change the pace");
    for expected in [8, 4, 2, 1] {
        for _ in 1..pushback.shrink_after {
            p.observe(&Outcome::Read(None));
            assert_eq!(p.stretch(), expected * 2, "shrinks only after a run");
        }
        p.observe(&Outcome::SetConfirmed);
        assert_eq!(p.stretch(), expected);
    }
    for _ in 0..pushback.shrink_after {
        p.observe(&Outcome::Read(None));
    }
    assert_eq!(p.stretch(), 1);
}

#[test]
fn the_tray_quadruples_per_refusal_and_halves_after_sixteen_answers() {
    let mut p = Poller::new(Duration::from_secs(60), 1);
    assert!(p.observe(&limited()));
    assert_eq!(p.stretch(), 4);
    for _ in 1..16 {
        p.observe(&Outcome::Read(None));
    }
    assert_eq!(p.stretch(), 4);
    p.observe(&Outcome::Read(None));
    assert_eq!(p.stretch(), 2);
    assert!(p.observe(&limited()));
    assert!(p.observe(&limited()));
    assert_eq!(p.stretch(), 16, "capped");
    assert!(!p.observe(&limited()), "at the cap nothing grows");
}

#[test]
fn a_refusal_restarts_the_run() {
    let pushback = SMALL;
    let mut p = Poller::with_pushback(Duration::from_secs(60), 1, pushback);
    p.observe(&limited());
    for _ in 1..pushback.shrink_after {
        assert!(!p.observe(&Outcome::Read(None)));
    }
    p.observe(&limited());
    assert_eq!(p.stretch(), 4);
    for _ in 1..pushback.shrink_after {
        p.observe(&Outcome::Read(None));
    }
    assert_eq!(p.stretch(), 4, "the run started over after the refusal");
}

#[test]
fn resync_spread_is_quick_until_the_portal_pushes_back() {
    let quick = Duration::from_secs(5);
    let pushback = SMALL;
    let mut p = Poller::with_pushback(Duration::from_secs(60), 1, pushback);
    assert_eq!(p.resync_spread(quick), quick);
    p.observe(&limited());
    assert_eq!(p.resync_spread(quick), Duration::from_secs(120));
    for _ in 0..pushback.shrink_after {
        p.observe(&Outcome::Read(None));
    }
    assert_eq!(p.stretch(), 1);
    assert_eq!(
        p.resync_spread(quick),
        Duration::from_secs(60),
        "the office pushed back recently"
    );
    for _ in pushback.shrink_after..PUSHBACK_MEMORY {
        p.observe(&Outcome::Read(None));
    }
    assert_eq!(p.resync_spread(quick), quick);
}
