//! Retry timing: which failures are retried, how long to wait before the next attempt, and when to give
//! up. Pure (every method takes `now`), shared by the status engine and one-off calls such as sign-in.

use std::time::{Duration, Instant};

use crate::portal_error::{ErrorClass, PortalError};
pub use crate::tuning::Policy;

/// What to do after a failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    RetryAt(Instant),
    /// Retrying cannot help (or the policy's limits are reached).
    GiveUp,
}

/// A run of failures of the current work.
#[derive(Clone, Debug)]
struct Streak {
    attempts: u32,
    since: Instant,
    not_before: Instant,
    last: PortalError,
}

/// Tracks one run of failures under a [`Policy`].
#[derive(Clone, Debug)]
pub struct Backoff {
    policy: Policy,
    rng: fastrand::Rng,
    streak: Option<Streak>,
}

impl Backoff {
    /// `seed` drives the jitter, so tests are repeatable.
    pub fn new(policy: Policy, seed: u64) -> Backoff {
        Backoff {
            policy,
            rng: fastrand::Rng::with_seed(seed),
            streak: None,
        }
    }

    pub fn policy(&self) -> Policy {
        self.policy
    }

    /// Records a failure of a call sent at `sent_at` and decides what follows. Only rate limits and
    /// transient failures are ever retried.
    pub fn failed(&mut self, error: PortalError, sent_at: Instant, now: Instant) -> Verdict {
        self.record(error, sent_at, now, self.policy.max_delay)
    }

    /// As [`Backoff::failed`], for a call carrying a user's change: after a rate-limit answer the delay
    /// grows only up to the policy's `max_limited_change_delay`.
    pub fn change_failed(&mut self, error: PortalError, sent_at: Instant, now: Instant) -> Verdict {
        let cap = match error.class() {
            ErrorClass::RateLimited => self.policy.max_limited_change_delay,
            _ => self.policy.max_delay,
        };
        self.record(error, sent_at, now, cap)
    }

    fn record(
        &mut self,
        error: PortalError,
        sent_at: Instant,
        now: Instant,
        max_delay: Duration,
    ) -> Verdict {
        if !matches!(
            error.class(),
            ErrorClass::RateLimited | ErrorClass::Transient
        ) {
            self.streak = None;
            return Verdict::GiveUp;
        }
        let (attempts, since) = match &self.streak {
            Some(s) => (s.attempts + 1, s.since),
            None => (1, sent_at),
        };
        let delay = self.delay(attempts, &error, max_delay);
        let out_of_attempts = self.policy.max_attempts.is_some_and(|max| attempts >= max);
        // Give up when the retry could not even start, with a second to run, within the budget.
        let out_of_time = self
            .policy
            .budget
            .is_some_and(|b| now + delay + Duration::from_secs(1) > since + b);
        if out_of_attempts || out_of_time {
            self.streak = None;
            return Verdict::GiveUp;
        }
        let not_before = now + delay;
        self.streak = Some(Streak {
            attempts,
            since,
            not_before,
            last: error,
        });
        Verdict::RetryAt(not_before)
    }

    /// Lets the next attempt start at `at` at the latest (the network just came back): the streak's count
    /// is kept, so the growing delay resumes if it fails again.
    pub fn retry_now(&mut self, at: Instant) {
        if let Some(s) = &mut self.streak {
            s.not_before = s.not_before.min(at);
        }
    }

    /// The call succeeded: the streak is over.
    pub fn succeeded(&mut self) {
        self.streak = None;
    }

    /// Ends the streak without a success (the work was dropped).
    pub fn reset(&mut self) {
        self.streak = None;
    }

    /// When the next attempt may start, if a retry is scheduled.
    pub fn not_before(&self) -> Option<Instant> {
        self.streak.as_ref().map(|s| s.not_before)
    }

    /// The failure being retried, if any.
    pub fn retrying(&self) -> Option<&PortalError> {
        self.streak.as_ref().map(|s| &s.last)
    }

    /// How long a call starting now may take: the policy's limit, cut to what is left of the budget.
    pub fn call_timeout(&self, now: Instant) -> Duration {
        match (&self.streak, self.policy.budget) {
            (Some(s), Some(budget)) => (s.since + budget)
                .saturating_duration_since(now)
                .min(self.policy.call_timeout),
            _ => self.policy.call_timeout,
        }
    }

    /// Exponential back-off with jitter: the nth failure waits between half and all of
    /// `base × 2^(n-1)` (capped), and at least a second on a rate limit, or as long as the portal asks.
    fn delay(&mut self, attempts: u32, error: &PortalError, max_delay: Duration) -> Duration {
        let exp = self
            .policy
            .base_delay
            .saturating_mul(1u32 << attempts.saturating_sub(1).min(16))
            .min(max_delay);
        let jittered = exp.mul_f64(0.5 + 0.5 * self.rng.f64());
        match error {
            PortalError::RateLimited { retry_after, .. } => {
                jittered.max(retry_after.unwrap_or(Duration::from_secs(1)))
            }
            _ => jittered,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tuning;

    fn dropped() -> PortalError {
        PortalError::Dropped { host: "p".into() }
    }

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
}
