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
        self.limited_cap(error, sent_at, now, self.policy.max_limited_change_delay)
    }

    /// As [`Backoff::change_failed`], for a change a timer made (a revert): after a rate-limit answer
    /// the delay grows up to the policy's `max_limited_timer_delay`.
    pub fn timer_change_failed(
        &mut self,
        error: PortalError,
        sent_at: Instant,
        now: Instant,
    ) -> Verdict {
        self.limited_cap(error, sent_at, now, self.policy.max_limited_timer_delay)
    }

    fn limited_cap(
        &mut self,
        error: PortalError,
        sent_at: Instant,
        now: Instant,
        limited: Duration,
    ) -> Verdict {
        let cap = match error.class() {
            ErrorClass::RateLimited => limited,
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
mod tests;
