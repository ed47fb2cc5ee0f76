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
mod tests;
