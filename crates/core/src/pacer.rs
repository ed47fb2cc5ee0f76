//! A client-side token bucket that keeps one app's calls well inside the portal's rate limit (a leaky
//! bucket of 50 requests draining 2/s, shared by everyone behind the same address). Pure: time comes in
//! as `now`.

use std::time::{Duration, Instant};

pub use crate::tuning::Pace;

#[derive(Clone, Debug)]
pub struct Pacer {
    pace: Pace,
    tokens: f64,
    at: Option<Instant>,
}

impl Pacer {
    pub fn new(pace: Pace) -> Pacer {
        Pacer {
            pace,
            tokens: pace.burst,
            at: None,
        }
    }

    fn refill(&mut self, now: Instant) {
        if let Some(at) = self.at {
            let gained = now.saturating_duration_since(at).as_secs_f64() * self.pace.per_sec;
            self.tokens = (self.tokens + gained).min(self.pace.burst);
        }
        self.at = Some(now);
    }

    /// When the next call may go: `None` means now.
    pub fn wait_until(&mut self, now: Instant) -> Option<Instant> {
        self.refill(now);
        if self.tokens >= 1.0 {
            return None;
        }
        let missing = 1.0 - self.tokens;
        Some(now + Duration::from_secs_f64(missing / self.pace.per_sec))
    }

    /// Records a call made now. Call only when [`Pacer::wait_until`] returned `None`.
    pub fn take(&mut self, now: Instant) {
        self.refill(now);
        self.tokens = (self.tokens - 1.0).max(0.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_then_the_steady_rate() {
        let mut p = Pacer::new(Pace {
            burst: 3.0,
            per_sec: 0.5,
        });
        let t0 = Instant::now();
        for _ in 0..3 {
            assert_eq!(p.wait_until(t0), None);
            p.take(t0);
        }
        let next = p.wait_until(t0).unwrap();
        assert_eq!(next - t0, Duration::from_secs(2));
        assert_eq!(p.wait_until(next), None);
        p.take(next);
        assert_eq!(p.wait_until(next).unwrap() - next, Duration::from_secs(2));
        // A quiet spell refills the burst, never more.
        let later = next + Duration::from_secs(3600);
        for _ in 0..3 {
            assert_eq!(p.wait_until(later), None);
            p.take(later);
        }
        assert!(p.wait_until(later).is_some());
    }
}
