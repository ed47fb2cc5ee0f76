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
mod tests {
    use super::*;
    use crate::tuning;

    fn dropped() -> PortalError {
        PortalError::Dropped { host: "p".into() }
    }

    fn rejected() -> PortalError {
        PortalError::from_code("INVALID_CREDENTIALS", "", "im.user.status.set")
    }

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
    fn limited() -> PortalError {
        PortalError::from_code("QUERY_LIMIT_EXCEEDED", "", "im.user.status.get")
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
}
