//! When the tray reads the status next. The configured interval carries ±20% jitter, so machines behind
//! one address (one rate-limit bucket per portal and source IP) do not poll in step; every call refused
//! by the rate limit multiplies the interval (up to 16×) at once, and only a run of answered calls
//! halves it again ([`Pushback`]). Growing fast and shrinking slowly lets an office settle on a pace its
//! shared bucket drains: with equal steps the office cycled between storms and lulls (docs/FLEET.md).
//! Pure: the caller reports outcomes and asks for delays.

use std::time::Duration;

use crate::engine::Outcome;
use crate::portal_error::ErrorClass;
pub use crate::tuning::Pushback;
use crate::tuning::{MAX_POLL_STRETCH, POLL_JITTER, PUSHBACK_MEMORY, TRAY_PUSHBACK};

/// Why a long-running app resyncs (reads the status again, and sends a pending change at once).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resync {
    /// The machine resumed from sleep: an event of this machine alone.
    Woke,
    /// The network came back: maybe the whole office's shared connection.
    NetworkBack,
}

impl Resync {
    /// The read happens at a random moment within this spread. A machine waking up is alone; when a
    /// network returns, an office's machines all see it at once, and the portal's bucket (50 calls,
    /// then 2 per second) absorbs 50 + 2 × 15 = 80 reads in 15 s. Once the portal has pushed back, the
    /// spread is a whole stretched poll interval (`Poller::resync_spread`).
    pub fn quick_spread(self) -> Duration {
        match self {
            Resync::Woke => crate::tuning::RESYNC_AFTER_WAKE,
            Resync::NetworkBack => crate::tuning::RESYNC_AFTER_NETWORK,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Poller {
    interval: Duration,
    stretch: u32,
    pushback: Pushback,
    /// Answered calls since the last refusal or shrink.
    clean: u32,
    /// Answered calls since the last refusal; `None` if the portal never refused one.
    since_refusal: Option<u32>,
    rng: fastrand::Rng,
}

impl Poller {
    pub fn new(interval: Duration, seed: u64) -> Poller {
        Poller::with_pushback(interval, seed, TRAY_PUSHBACK)
    }

    pub fn with_pushback(interval: Duration, seed: u64, pushback: Pushback) -> Poller {
        Poller {
            interval,
            stretch: 1,
            pushback,
            clean: 0,
            since_refusal: None,
            rng: fastrand::Rng::with_seed(seed),
        }
    }

    /// Learns from a call's outcome: a rate-limit answer stretches the interval, a run of answered
    /// calls shrinks it. Returns true when the interval grew (the caller should push its next poll back).
    pub fn observe(&mut self, outcome: &Outcome) -> bool {
        match outcome {
            Outcome::Failed(e) if e.class() == ErrorClass::RateLimited => {
                let before = self.stretch;
                self.stretch = (self.stretch * self.pushback.grow.max(1)).min(MAX_POLL_STRETCH);
                self.clean = 0;
                self.since_refusal = Some(0);
                self.stretch > before
            }
            Outcome::Failed(_) => false,
            Outcome::SetConfirmed | Outcome::Read(_) => {
                self.clean += 1;
                self.since_refusal = self.since_refusal.map(|n| n.saturating_add(1));
                if self.clean >= self.pushback.shrink_after {
                    self.clean = 0;
                    self.stretch = (self.stretch / 2).max(1);
                }
                false
            }
        }
    }

    /// How widely to spread the read after the network returns (see `Engine::resync`): `quick` unless the
    /// portal refused a call within the last [`PUSHBACK_MEMORY`] answered ones, else one stretched
    /// interval — the machines of an office whose shared bucket runs full must not all read the moment
    /// their shared connection returns, while a machine alone on its address resyncs within seconds.
    pub fn resync_spread(&self, quick: Duration) -> Duration {
        match self.since_refusal {
            Some(n) if n < PUSHBACK_MEMORY => self.interval.saturating_mul(self.stretch),
            _ => quick,
        }
    }

    /// The wait until the next read: the (stretched) interval, ±20%.
    pub fn next_delay(&mut self) -> Duration {
        self.interval
            .saturating_mul(self.stretch)
            .mul_f64(1.0 - POLL_JITTER + 2.0 * POLL_JITTER * self.rng.f64())
    }

    /// The current stretch factor (1 when the portal is not pushing back).
    pub fn stretch(&self) -> u32 {
        self.stretch
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::portal_error::PortalError;

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
        Outcome::Failed(PortalError::from_code("QUERY_LIMIT_EXCEEDED", "", "x"))
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
        p.observe(&Outcome::Failed(PortalError::Dropped { host: "p".into() }));
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
}
