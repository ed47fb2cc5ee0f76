//! When the tray reads the status next. The configured interval carries ±20% jitter, so machines behind
//! one address (one rate-limit bucket per portal and source IP) do not poll in step; every read refused
//! by the rate limit doubles the interval (up to 16×), and each successful read halves the stretch again.
//! Pure: the caller reports outcomes and asks for delays.

use std::time::Duration;

use crate::engine::Outcome;
use crate::portal_error::ErrorClass;

/// The longest stretch of the interval after rate-limit answers.
const MAX_STRETCH: u32 = 16;

#[derive(Clone, Debug)]
pub struct Poller {
    interval: Duration,
    stretch: u32,
    rng: fastrand::Rng,
}

impl Poller {
    pub fn new(interval: Duration, seed: u64) -> Poller {
        Poller {
            interval,
            stretch: 1,
            rng: fastrand::Rng::with_seed(seed),
        }
    }

    /// Learns from a call's outcome: a rate-limit answer stretches the interval, a success shrinks it.
    pub fn observe(&mut self, outcome: &Outcome) {
        match outcome {
            Outcome::Failed(e) if e.class() == ErrorClass::RateLimited => {
                self.stretch = (self.stretch * 2).min(MAX_STRETCH);
            }
            Outcome::Failed(_) => {}
            Outcome::SetConfirmed | Outcome::Read(_) => self.stretch = (self.stretch / 2).max(1),
        }
    }

    /// The wait until the next read: the (stretched) interval, ±20%.
    pub fn next_delay(&mut self) -> Duration {
        self.interval
            .saturating_mul(self.stretch)
            .mul_f64(0.8 + 0.4 * self.rng.f64())
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

    #[test]
    fn rate_limits_stretch_and_successes_shrink() {
        let mut p = Poller::new(Duration::from_secs(60), 1);
        let limited = Outcome::Failed(PortalError::from_code("QUERY_LIMIT_EXCEEDED", "", "x"));
        for expected in [2, 4, 8, 16, 16] {
            p.observe(&limited);
            assert_eq!(p.stretch(), expected);
        }
        assert!(p.next_delay() >= Duration::from_secs(60 * 16 * 8 / 10));
        p.observe(&Outcome::Failed(PortalError::Dropped { host: "p".into() }));
        assert_eq!(p.stretch(), 16, "other failures do not change the pace");
        for expected in [8, 4, 2, 1, 1] {
            p.observe(&Outcome::Read(None));
            assert_eq!(p.stretch(), expected);
        }
    }
}
