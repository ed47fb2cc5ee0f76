//! The status engine: pure logic that turns intents and portal outcomes into the confirmed state and the
//! next call to make. No GUI, no network, no clock of its own (every method takes `now`).
//!
//! Rules it keeps:
//! - What is shown as the status is only ever the last one the portal confirmed; what the user asked for
//!   and what went wrong are separate annotations ([`Activity`]).
//! - The last intent wins: choices made while a call is in flight are coalesced into one slot.
//! - At most one call is in flight; a user's own change goes ahead of a read.
//! - Failures are retried by class: rate limits and transient faults with growing, jittered delays
//!   (bounded by the [`Policy`]); a rejected webhook or a missing scope halts the engine until sign-in;
//!   anything else fails at once. The one exception: a poll refused by the rate limit is dropped, not
//!   retried ([`Intent::Poll`]).

use std::time::{Duration, Instant};

pub use crate::backoff::Policy;
use crate::backoff::{Backoff, Verdict};
use crate::pacer::Pacer;
use crate::portal_error::{ErrorClass, PortalError};
use crate::status::Status;

/// Something the user (or a timer) wants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intent {
    Set(Status),
    /// Do Not Disturb → the status before it (else Online); anything else → Do Not Disturb.
    ToggleDnd,
    /// Read the portal's current status (the user or the app needs it: retried like a change).
    Refresh,
    /// A periodic read (also the tray's first). Refused by the portal's rate limit, it is dropped rather
    /// than retried: the next poll reads anyway, and retried polls are what turn an office's shared
    /// bucket into a storm (docs/FLEET.md). While no status is known the refusal shows as
    /// [`Activity::Failed`] without a lost choice.
    Poll,
}

/// A portal call the engine wants made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Call {
    Set(Status),
    Get,
}

/// What came back from the call the engine asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// `im.user.status.set` answered `result: true`.
    SetConfirmed,
    /// `im.user.status.get` answered; `None` means the portal stores no status.
    Read(Option<Status>),
    Failed(PortalError),
}

/// What the driver should do next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    Send(Call),
    WaitUntil(Instant),
    /// Nothing to do (or a call is in flight): wait for an intent or an outcome.
    Idle,
}

/// The last status the portal confirmed. `status: None` means the portal said it stores none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Confirmed {
    pub status: Option<Status>,
    pub at: Instant,
}

/// What is going on besides the confirmed status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Activity {
    Idle,
    /// A user's choice is on its way; `retrying` holds the last failure while it is retried.
    Setting {
        target: Status,
        retrying: Option<PortalError>,
    },
    /// The current status is being read.
    Reading {
        retrying: Option<PortalError>,
    },
    /// The last piece of work failed and was given up; `wanted` is the choice that was lost, if any.
    Failed {
        wanted: Option<Status>,
        error: PortalError,
    },
    /// The credentials were rejected or lack the scope: no call is made; signing in again starts a new engine.
    Halted(PortalError),
}

/// See the module docs.
#[derive(Debug)]
pub struct Engine {
    backoff: Backoff,
    spread_rng: fastrand::Rng,
    pacer: Option<Pacer>,
    confirmed: Option<Confirmed>,
    /// The user's latest choice that the portal has not confirmed yet.
    desired: Option<Status>,
    want_read: bool,
    /// Every read asked for since the last one was a poll (or a resync): one refused by the rate limit
    /// is dropped.
    read_is_poll: bool,
    /// A toggle waits for the current status to be read.
    toggle_waiting: bool,
    before_dnd: Option<Status>,
    in_flight: Option<(Call, Instant)>,
    /// After a resync, reads wait until this moment (spread so a whole office does not resync at once);
    /// a user's change does not wait.
    read_hold: Option<Instant>,
    failed: Option<(Option<Status>, PortalError)>,
    halted: Option<PortalError>,
}

impl Engine {
    /// A new engine; `seed` drives the retry jitter so tests are repeatable.
    pub fn new(policy: Policy, seed: u64) -> Engine {
        Engine {
            backoff: Backoff::new(policy, seed),
            spread_rng: fastrand::Rng::with_seed(seed ^ 0x5eed),
            pacer: policy.pace.map(Pacer::new),
            confirmed: None,
            desired: None,
            want_read: false,
            read_is_poll: false,
            toggle_waiting: false,
            before_dnd: None,
            in_flight: None,
            read_hold: None,
            failed: None,
            halted: None,
        }
    }

    /// Seeds the status to restore when Do Not Disturb is toggled off (remembered across runs).
    pub fn remember_before_dnd(&mut self, status: Option<Status>) {
        self.before_dnd = status.filter(|s| *s != Status::Dnd);
    }

    /// The status a DND toggle would return to.
    pub fn before_dnd(&self) -> Option<Status> {
        self.before_dnd
    }

    pub fn confirmed(&self) -> Option<Confirmed> {
        self.confirmed
    }

    /// The user's choice that is not confirmed yet.
    pub fn pending(&self) -> Option<Status> {
        self.desired
    }

    pub fn activity(&self) -> Activity {
        if let Some(e) = &self.halted {
            return Activity::Halted(e.clone());
        }
        let retrying = self.backoff.retrying().cloned();
        if let Some(target) = self.desired {
            return Activity::Setting { target, retrying };
        }
        if self.toggle_waiting || self.want_read || self.in_flight.is_some() {
            return Activity::Reading { retrying };
        }
        match &self.failed {
            Some((wanted, error)) => Activity::Failed {
                wanted: *wanted,
                error: error.clone(),
            },
            None => Activity::Idle,
        }
    }

    /// True when there is nothing left to do and nothing in flight.
    pub fn is_settled(&self) -> bool {
        self.in_flight.is_none() && !self.has_work()
    }

    /// Takes an intent. Ignored (returns false) while halted on rejected credentials.
    pub fn intent(&mut self, intent: Intent) -> bool {
        if self.halted.is_some() {
            return false;
        }
        self.failed = None;
        match intent {
            Intent::Set(status) => {
                self.desired = Some(status);
                self.toggle_waiting = false;
            }
            Intent::Refresh => {
                self.want_read = true;
                self.read_is_poll = false;
            }
            Intent::Poll => self.want_poll(),
            Intent::ToggleDnd => match self.toggle_base() {
                Some(base) => self.resolve_toggle(base),
                None => self.toggle_waiting = true,
            },
        }
        true
    }

    /// The next step for the driver. A returned [`Next::Send`] is in flight until [`Engine::outcome`].
    pub fn next(&mut self, now: Instant) -> Next {
        if self.in_flight.is_some() || self.halted.is_some() || !self.has_work() {
            return Next::Idle;
        }
        if let Some(t) = self.backoff.not_before()
            && t > now
        {
            return Next::WaitUntil(t);
        }
        if let Some(t) = self.pacer.as_mut().and_then(|p| p.wait_until(now)) {
            return Next::WaitUntil(t);
        }
        if self.desired.is_none()
            && let Some(t) = self.read_hold.filter(|t| *t > now)
        {
            return Next::WaitUntil(t);
        }
        let call = match self.desired {
            Some(status) if !self.toggle_waiting => Call::Set(status),
            _ => Call::Get,
        };
        if let Some(p) = self.pacer.as_mut() {
            p.take(now);
        }
        self.in_flight = Some((call, now));
        Next::Send(call)
    }

    /// The network came back (or the machine woke up): a pending choice is retried at once (within the
    /// pace), and the status is read at a random moment within `spread`, or at the end of the current
    /// back-off if that comes first — random, so that the machines of an office that all see the network
    /// return do not call at once. The read counts as a poll ([`Intent::Poll`]).
    pub fn resync(&mut self, now: Instant, spread: Duration) {
        if self.halted.is_some() {
            return;
        }
        let at = now + spread.mul_f64(self.spread_rng.f64());
        self.backoff
            .retry_now(if self.desired.is_some() { now } else { at });
        self.read_hold = Some(at);
        self.want_poll();
    }

    /// How long the call just handed out may take.
    pub fn call_timeout(&self, now: Instant) -> Duration {
        self.backoff.call_timeout(now)
    }

    /// Feeds the outcome of the call in flight.
    pub fn outcome(&mut self, outcome: Outcome, now: Instant) {
        let Some((call, sent_at)) = self.in_flight.take() else {
            return;
        };
        match (call, outcome) {
            (Call::Set(status), Outcome::SetConfirmed) => {
                self.confirm(Some(status), now);
                if self.desired == Some(status) {
                    self.desired = None;
                }
                // A confirmed set tells us the current status: a queued read adds nothing.
                self.want_read = false;
                self.backoff.succeeded();
            }
            (Call::Get, Outcome::Read(status)) => {
                self.confirm(status, now);
                self.want_read = false;
                self.backoff.succeeded();
                if self.toggle_waiting {
                    self.toggle_waiting = false;
                    self.resolve_toggle(status);
                }
            }
            (_, Outcome::Failed(error)) => self.fail(call, error, sent_at, now),
            // An outcome that does not match the call (a driver bug) confirms nothing; treat it as a
            // failure so the call is retried rather than trusted.
            (_, other) => self.fail(
                call,
                PortalError::NotConfirmed {
                    result: format!("{other:?}"),
                },
                sent_at,
                now,
            ),
        }
    }

    fn want_poll(&mut self) {
        if !self.want_read {
            self.read_is_poll = true;
        }
        self.want_read = true;
    }

    fn has_work(&self) -> bool {
        self.desired.is_some() || self.want_read || self.toggle_waiting
    }

    /// The status a toggle acts on: the pending choice, else the confirmed one. `None` if unknown.
    fn toggle_base(&self) -> Option<Option<Status>> {
        match self.desired {
            Some(d) => Some(Some(d)),
            None => self.confirmed.map(|c| c.status),
        }
    }

    fn resolve_toggle(&mut self, base: Option<Status>) {
        let target = if base == Some(Status::Dnd) {
            self.before_dnd.unwrap_or(Status::Online)
        } else {
            if base.is_some() {
                self.before_dnd = base;
            }
            Status::Dnd
        };
        self.desired = Some(target);
    }

    fn confirm(&mut self, status: Option<Status>, now: Instant) {
        if status == Some(Status::Dnd)
            && let Some(previous) = self.confirmed.and_then(|c| c.status)
            && previous != Status::Dnd
        {
            self.before_dnd = Some(previous);
        }
        self.confirmed = Some(Confirmed { status, at: now });
        self.failed = None;
    }

    fn fail(&mut self, call: Call, error: PortalError, sent_at: Instant, now: Instant) {
        match error.class() {
            ErrorClass::Auth | ErrorClass::Scope => {
                self.drop_all_work();
                self.backoff.reset();
                self.halted = Some(error);
            }
            ErrorClass::Fatal => self.give_up_call(call, error),
            ErrorClass::RateLimited
                if call == Call::Get
                    && self.want_read
                    && self.read_is_poll
                    && !self.toggle_waiting =>
            {
                // A refused poll: the status shown stays the confirmed one (with its time), and the
                // next poll — stretched by the caller's `Poller` — reads it. With no status known yet,
                // the refusal is what there is to show.
                self.want_read = false;
                self.backoff.reset();
                if self.confirmed.is_none() {
                    self.failed = Some((None, error));
                }
            }
            ErrorClass::RateLimited | ErrorClass::Transient => {
                let verdict = match call {
                    Call::Set(_) => self.backoff.change_failed(error.clone(), sent_at, now),
                    Call::Get => self.backoff.failed(error.clone(), sent_at, now),
                };
                if verdict == Verdict::GiveUp {
                    // The portal stays unavailable: everything queued would meet the same fate.
                    let wanted = self.desired;
                    self.drop_all_work();
                    self.failed = Some((wanted, error));
                }
            }
        }
    }

    /// Drops the work the failed call was for, keeping anything newer.
    fn give_up_call(&mut self, call: Call, error: PortalError) {
        let wanted = match call {
            Call::Set(status) => {
                if self.desired == Some(status) {
                    self.desired = None;
                }
                Some(status)
            }
            Call::Get => {
                self.want_read = false;
                self.toggle_waiting = false;
                None
            }
        };
        self.backoff.reset();
        self.failed = Some((wanted, error));
    }

    fn drop_all_work(&mut self) {
        self.desired = None;
        self.want_read = false;
        self.toggle_waiting = false;
    }
}

#[cfg(test)]
mod tests;
