//! The status engine: pure logic that turns intents and portal outcomes into the confirmed state and the
//! next call to make. No GUI, no network, no clock of its own (every method takes `now`).
//!
//! Rules it keeps:
//! - What is shown as the status is only ever the last one the portal confirmed; what the user asked for
//!   and what went wrong are separate annotations ([`Activity`]).
//! - The last intent wins: choices made while a call is in flight are coalesced into one slot.
//! - At most one call is in flight; a user's own change goes ahead of a read.
//! - Failures are retried by class: rate limits and transient faults with growing, jittered delays
//!   (bounded by the [`Policy`]; refused by the rate limit, a person's change keeps trying every few
//!   seconds, a timer's change backs off further); a rejected webhook or a missing scope halts the
//!   engine until sign-in; anything else fails at once. The one exception: a poll refused by the rate limit is dropped, not
//!   retried ([`Intent::Poll`]).
//! - A status seen outside the engine's own calls ([`Engine::observed`]) is a confirmation like a read,
//!   but it never cancels a pending choice and never puts a second call in flight.
//! - At most one [`Timer`] is armed: an intent taken at a wall-clock moment (which survives a reboot, so
//!   it is not an `Instant`). A newer choice cancels it — any `Set` or `ToggleDnd`, and a change seen from
//!   the portal that b24-status did not make — so a timed revert never overrides a newer choice.
//! - A timed status ([`Engine::set_until`]) is set like any choice; once the portal confirms it, a timer
//!   is armed back to the status confirmed just before it (through a chain of timed statuses, to the one
//!   before the first). That timer is guarded: it fires only while the portal still shows the timed
//!   status, and any other status seen — also by the first read after a restart — cancels it.

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

pub use crate::backoff::Policy;
use crate::backoff::{Backoff, Verdict};
use crate::pacer::Pacer;
use crate::portal_error::{ErrorClass, PortalError};
use crate::status::Status;
pub use crate::wall::WallTime;

/// Something the user (or a timer) wants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

/// An intent to take at a wall-clock moment: "Do Not Disturb for an hour" is `Set(Dnd)` now and a timer
/// whose intent goes back. Plain data, so the app can keep it in its state file across restarts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timer {
    /// When it fires.
    pub at: WallTime,
    /// The moment the user chose, shown to them (`at` may be a little later: `timed::spread_for`).
    pub until: WallTime,
    pub intent: Intent,
    /// The status this timer ends: it fires only while the portal shows it (a status not yet known after
    /// a restart is read first), and a different one seen from the portal cancels it. `None`: it fires
    /// whatever the status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guard: Option<Status>,
}

impl Timer {
    /// A timer firing at `at` (shown as that moment too) whatever the status.
    pub fn plain(at: WallTime, intent: Intent) -> Timer {
        Timer {
            at,
            until: at,
            intent,
            guard: None,
        }
    }

    /// The status a guarded revert returns to (`None` for any other timer).
    pub fn then(&self) -> Option<Status> {
        match (self.guard, self.intent) {
            (Some(_), Intent::Set(status)) => Some(status),
            _ => None,
        }
    }
}

/// A timed status on its way: armed as a [`Timer`] once the portal confirms `status`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimedPlan {
    pub status: Status,
    /// When the revert fires, and the moment shown (see [`Timer`]).
    pub at: WallTime,
    pub until: WallTime,
    /// The guarded timer it replaced: while the portal still showed that one's status when this one was
    /// confirmed, this one returns where that one would have (a chain returns to what was there before
    /// its first timed status). Otherwise it returns to the status confirmed just before it.
    replaces: Option<Timer>,
    /// Where it returns, fixed in advance ([`Engine::restore_timed`]).
    then: Option<Status>,
}

/// Where a status seen outside the engine's own calls came from ([`Engine::observed`]). Both are
/// confirmations by the portal and follow the same rules; the source is kept with the confirmation
/// ([`Engine::confirmed_by`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// A read made by another path than this engine's calls.
    OtherRead,
    /// An event the portal pushed (Push&Pull).
    Push,
}

/// How the engine learnt the status it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfirmedBy {
    /// The portal confirmed a set this engine sent.
    Set,
    /// A read this engine sent.
    Read,
    Observed(Source),
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
    /// `desired` came from a timer (a revert), not from a person waiting for it: refused by the rate
    /// limit, it backs off up to the policy's `max_limited_timer_delay` instead of retrying every few
    /// seconds.
    desired_by_timer: bool,
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
    confirmed_by: Option<ConfirmedBy>,
    timer: Option<Timer>,
    /// A timed status not confirmed yet; `read_first` while the status before it must be read first.
    plan: Option<TimedPlan>,
    read_first: bool,
    /// A timed toggle waiting for the status: the plan it becomes if it turns DND on.
    toggle_timed: Option<TimedPlan>,
    /// The statuses of the sets handed out since the portal's status was last confirmed: one of them seen
    /// from the portal may be our own change (its answer lost, or an event racing the answer), not one
    /// made elsewhere.
    sent_unconfirmed: StatusSet,
    /// A status read or seen differed from the confirmed one and was not ours: changed elsewhere since
    /// the last [`Engine::take_changed_elsewhere`].
    changed_elsewhere: bool,
}

/// A set of statuses, one bit each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct StatusSet(u8);

impl StatusSet {
    fn of(status: Option<Status>) -> StatusSet {
        let mut set = StatusSet::default();
        if let Some(s) = status {
            set.insert(s);
        }
        set
    }

    fn insert(&mut self, status: Status) {
        self.0 |= 1 << status as u8;
    }

    fn contains(self, status: Status) -> bool {
        self.0 & (1 << status as u8) != 0
    }
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
            desired_by_timer: false,
            want_read: false,
            read_is_poll: false,
            toggle_waiting: false,
            before_dnd: None,
            in_flight: None,
            read_hold: None,
            failed: None,
            halted: None,
            confirmed_by: None,
            timer: None,
            plan: None,
            read_first: false,
            toggle_timed: None,
            sent_unconfirmed: StatusSet::default(),
            changed_elsewhere: false,
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

    /// How the confirmed status was learnt; `None` while no status is confirmed.
    pub fn confirmed_by(&self) -> Option<ConfirmedBy> {
        self.confirmed_by
    }

    /// The armed timer, if any (for the app to keep across restarts).
    pub fn timer(&self) -> Option<Timer> {
        self.timer
    }

    /// The timed status on its way, if any (armed as a timer when confirmed).
    pub fn plan(&self) -> Option<TimedPlan> {
        self.plan
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
        if self.toggle_waiting || self.read_first || self.want_read || self.in_flight.is_some() {
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

    /// Takes an intent. Ignored (returns false) while halted on rejected credentials. A choice (`Set`,
    /// `ToggleDnd`) cancels the armed timer: it is newer than whatever the timer was to do.
    pub fn intent(&mut self, intent: Intent) -> bool {
        if self.halted.is_some() {
            return false;
        }
        self.failed = None;
        if matches!(intent, Intent::Set(_) | Intent::ToggleDnd) {
            self.desired_by_timer = false;
        }
        match intent {
            Intent::Set(status) => {
                self.end_timed();
                self.desired = Some(status);
                self.toggle_waiting = false;
            }
            Intent::Refresh => {
                self.want_read = true;
                self.read_is_poll = false;
            }
            Intent::Poll => self.want_poll(),
            Intent::ToggleDnd => self.toggle(None),
        }
        true
    }

    /// Sets `status` until the wall-clock moment `at` (shown as `until`), then back to the status the
    /// portal confirmed just before it. When a guarded timer of an earlier timed status is armed and the
    /// portal still shows that status, the new one returns to where the earlier one would have; when no
    /// status is known yet, it is read before the set. Refused (false) while halted.
    pub fn set_until(&mut self, status: Status, at: WallTime, until: WallTime) -> bool {
        let replaces = self.guarded_timer();
        if !self.intent(Intent::Set(status)) {
            return false;
        }
        self.plan = Some(TimedPlan {
            status,
            at,
            until,
            replaces,
            then: None,
        });
        self.read_first = self.confirmed.is_none();
        if self.read_first {
            self.want_read = true;
            self.read_is_poll = false;
        }
        true
    }

    /// [`Intent::ToggleDnd`], and when it turns Do Not Disturb on, until `at` as [`Engine::set_until`]
    /// (turning it off is untimed).
    pub fn toggle_dnd_until(&mut self, at: WallTime, until: WallTime) -> bool {
        if self.halted.is_some() {
            return false;
        }
        self.failed = None;
        self.desired_by_timer = false;
        let replaces = self.guarded_timer();
        self.toggle(Some(TimedPlan {
            status: Status::Dnd,
            at,
            until,
            replaces,
            then: None,
        }));
        true
    }

    /// A change an automatic rule makes (the `automatic` module, which uses this one): [`Intent::Set`],
    /// but under a rate limit it backs off as a timer's change does (a whole office locking its screens
    /// at lunch is one burst). Refused (false) while halted.
    pub fn set_automatic(&mut self, status: Status) -> bool {
        if !self.intent(Intent::Set(status)) {
            return false;
        }
        self.desired_by_timer = true;
        true
    }

    /// Back to a timed status an automatic override interrupted: `status` again, with `revert` (its
    /// guarded timer, taken off the engine when the override began) armed once the portal confirms it —
    /// at once when the portal shows it already. Backs off as [`Engine::set_automatic`]. Refused (false)
    /// while halted.
    pub fn restore_timed(&mut self, status: Status, revert: Timer) -> bool {
        if self.halted.is_some() {
            return false;
        }
        let shown = self.confirmed.and_then(|c| c.status);
        if self.desired.is_none() && !self.toggle_waiting && shown == Some(status) {
            self.end_timed();
            self.timer = Some(revert);
            return true;
        }
        self.set_automatic(status);
        self.plan = Some(TimedPlan {
            status,
            at: revert.at,
            until: revert.until,
            replaces: None,
            then: revert.then(),
        });
        true
    }

    /// Whether a status read or seen since the last call differed from the confirmed one without being
    /// a change of ours (a choice made elsewhere: in the browser, on the phone); clears it.
    pub fn take_changed_elsewhere(&mut self) -> bool {
        std::mem::take(&mut self.changed_elsewhere)
    }

    /// Puts back a timer kept across runs without firing it: a command holds it only so that its own
    /// choices cancel it or chain on it (the tray fires it, through [`Engine::tick`]).
    pub fn restore_timer(&mut self, timer: Option<Timer>) {
        self.timer = timer;
    }

    /// Arms `timer`, replacing the armed one. A moment already past at `wall_now` (a deadline that went by
    /// while the machine was off) fires at once. Refused (false) while halted, like an intent.
    pub fn arm_timer(&mut self, timer: Timer, wall_now: WallTime) -> bool {
        if self.halted.is_some() {
            return false;
        }
        self.timer = Some(timer);
        self.tick(wall_now);
        true
    }

    /// Disarms the timer, and a timed status on its way keeps its status without a revert; returns the
    /// timer.
    pub fn cancel_timer(&mut self) -> Option<Timer> {
        self.plan = None;
        self.toggle_timed = None;
        // The status before it was to be read only to know where to return.
        self.read_first = false;
        self.timer.take()
    }

    /// When the driver should call [`Engine::tick`]: the armed timer's moment. `None` with no timer,
    /// while halted (a halted engine fires nothing; its timer stays for the app to keep), and while a
    /// guarded timer waits for the status to be known.
    pub fn tick_at(&self) -> Option<WallTime> {
        self.timer
            .filter(|t| self.halted.is_none() && (t.guard.is_none() || self.confirmed.is_some()))
            .map(|t| t.at)
    }

    /// Fires the armed timer if its moment has come by `wall_now`: its intent is taken like any other
    /// ([`Engine::intent`]) and the timer is gone. Returns the timer that fired. The wall clock can jump
    /// (a suspend, a clock set by hand), so the driver also ticks after a wake-up, not only at
    /// [`Engine::tick_at`].
    pub fn tick(&mut self, wall_now: WallTime) -> Option<Timer> {
        if self.halted.is_some() {
            return None;
        }
        let timer = self.timer.filter(|t| t.at <= wall_now)?;
        if let Some(guard) = timer.guard {
            match self.confirmed {
                // Not known yet (the first read after a start): it fires once the status is read.
                None => {
                    self.want_poll();
                    return None;
                }
                Some(c) if c.status != Some(guard) => {
                    self.timer = None;
                    return None;
                }
                Some(_) => {}
            }
        }
        self.timer = None;
        self.intent(timer.intent);
        self.desired_by_timer = self.desired.is_some();
        Some(timer)
    }

    /// A status seen from the portal outside the engine's own calls (a read by another path, a pushed
    /// event), true as of `now`. Ignored (returns false) while halted. It is a confirmation like a read:
    /// it becomes the confirmed status (and feeds the status before DND); a change that b24-status did
    /// not make cancels the armed timer. It never puts a call in flight, and it never cancels a pending
    /// choice — except that a choice the portal is seen to hold already is done, unless a set is in
    /// flight (that set lands after the observation). A toggle waiting for the status acts on it at once;
    /// a queued read is answered by it unless a read is in flight; a call in flight gets its outcome as
    /// usual.
    pub fn observed(&mut self, status: Option<Status>, source: Source, now: Instant) -> bool {
        if self.halted.is_some() {
            return false;
        }
        let set_in_flight = match self.in_flight {
            Some((Call::Set(s), _)) => Some(s),
            _ => None,
        };
        let read_in_flight = matches!(self.in_flight, Some((Call::Get, _)));
        let desired_before = self.desired;
        let previous = self.confirmed.and_then(|c| c.status);
        self.seen(status, now, ConfirmedBy::Observed(source));
        // The status before a timed one is known now: its set need not wait for a read.
        self.read_first = false;
        // The set in flight can still land, and be seen, after this.
        self.sent_unconfirmed = StatusSet::of(set_in_flight);
        if self.toggle_waiting {
            self.resolve_toggle(status);
        }
        if !read_in_flight {
            self.want_read = false;
            self.read_hold = None;
        }
        if set_in_flight.is_none() && status.is_some() && self.desired == status {
            self.desired = None;
            self.arm_plan(status, previous);
        }
        // The run of failures was for work that is now done (only a pending choice still unchanged is
        // the same work); with a call in flight, its outcome settles the run.
        if self.in_flight.is_none() && !(desired_before.is_some() && self.desired == desired_before)
        {
            self.backoff.reset();
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
            Some(status) if !self.toggle_waiting && !self.read_first => Call::Set(status),
            _ => Call::Get,
        };
        if let Some(p) = self.pacer.as_mut() {
            p.take(now);
        }
        if let Call::Set(status) = call {
            self.sent_unconfirmed.insert(status);
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
                let previous = self.confirmed.and_then(|c| c.status);
                self.confirm(Some(status), now, ConfirmedBy::Set);
                self.sent_unconfirmed = StatusSet::default();
                if self.desired == Some(status) {
                    self.desired = None;
                }
                self.arm_plan(Some(status), previous);
                // A confirmed set tells us the current status: a queued read adds nothing.
                self.want_read = false;
                self.backoff.succeeded();
            }
            (Call::Get, Outcome::Read(status)) => {
                self.seen(status, now, ConfirmedBy::Read);
                self.want_read = false;
                self.read_first = false;
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
        self.desired.is_some() || self.want_read || self.toggle_waiting || self.read_first
    }

    /// A newer choice: the armed timer and a timed status on its way are over.
    fn end_timed(&mut self) {
        self.timer = None;
        self.plan = None;
        self.read_first = false;
        self.toggle_timed = None;
    }

    /// The running timed status's revert, which a new timed status may chain on ([`TimedPlan`]).
    fn guarded_timer(&self) -> Option<Timer> {
        self.timer.filter(|t| t.guard.is_some())
    }

    fn toggle(&mut self, timed: Option<TimedPlan>) {
        self.end_timed();
        self.toggle_timed = timed;
        match self.toggle_base() {
            Some(base) => self.resolve_toggle(base),
            None => self.toggle_waiting = true,
        }
    }

    /// The portal now shows `status`, which was `previous` just before: if that is the timed status on
    /// its way, its revert is armed — to the status of the chain it replaced, else to `previous`; with
    /// nothing else to return to (the portal already showed it), from DND to the status before DND, and
    /// otherwise to Online.
    fn arm_plan(&mut self, status: Option<Status>, previous: Option<Status>) {
        let Some(plan) = self.plan.filter(|p| Some(p.status) == status) else {
            return;
        };
        self.plan = None;
        self.read_first = false;
        let chained = plan
            .replaces
            .filter(|t| previous.is_some() && t.guard == previous)
            .and_then(|t| t.then());
        let then = plan
            .then
            .or(chained)
            .or(previous)
            .filter(|s| *s != plan.status)
            .unwrap_or(match plan.status {
                Status::Dnd => self.before_dnd.unwrap_or(Status::Online),
                _ => Status::Online,
            });
        self.timer = Some(Timer {
            at: plan.at,
            until: plan.until,
            intent: Intent::Set(then),
            guard: Some(plan.status),
        });
    }

    /// The status a toggle acts on: the pending choice, else the confirmed one. `None` if unknown.
    fn toggle_base(&self) -> Option<Option<Status>> {
        match self.desired {
            Some(d) => Some(Some(d)),
            None => self.confirmed.map(|c| c.status),
        }
    }

    fn resolve_toggle(&mut self, base: Option<Status>) {
        self.toggle_waiting = false;
        let target = if base == Some(Status::Dnd) {
            self.before_dnd.unwrap_or(Status::Online)
        } else {
            if base.is_some() {
                self.before_dnd = base;
            }
            Status::Dnd
        };
        self.desired = Some(target);
        if let Some(plan) = self.toggle_timed.take().filter(|_| target == Status::Dnd) {
            self.plan = Some(plan);
        }
    }

    /// A status read or seen from the portal. One that differs from the confirmed status and is not ours
    /// (a set sent since the last confirmation, or the pending choice) was changed elsewhere: the timer
    /// is cancelled. With no status confirmed yet there is nothing to differ from.
    fn seen(&mut self, status: Option<Status>, now: Instant, by: ConfirmedBy) {
        let ours =
            status.is_some_and(|s| self.sent_unconfirmed.contains(s) || self.desired == Some(s));
        let changed = self.confirmed.is_some_and(|c| c.status != status);
        let unguarded = self
            .timer
            .is_some_and(|t| t.guard.is_some_and(|g| status != Some(g)));
        if (changed || unguarded) && !ours {
            self.timer = None;
        }
        if changed && !ours {
            self.changed_elsewhere = true;
        }
        self.confirm(status, now, by);
        self.sent_unconfirmed = StatusSet::default();
    }

    fn confirm(&mut self, status: Option<Status>, now: Instant, by: ConfirmedBy) {
        if status == Some(Status::Dnd)
            && let Some(previous) = self.confirmed.and_then(|c| c.status)
            && previous != Status::Dnd
        {
            self.before_dnd = Some(previous);
        }
        self.confirmed = Some(Confirmed { status, at: now });
        self.confirmed_by = Some(by);
        self.failed = None;
    }

    fn fail(&mut self, call: Call, error: PortalError, sent_at: Instant, now: Instant) {
        match error.class() {
            ErrorClass::Auth | ErrorClass::Scope => {
                self.drop_all_work();
                self.backoff.reset();
                self.halted = Some(error);
            }
            // The work the call was for was done meanwhile (an observation showed the portal holding the
            // choice): nothing is retried and nothing was lost.
            _ if !self.has_work() => self.backoff.reset(),
            ErrorClass::Fatal => self.give_up_call(call, error),
            ErrorClass::RateLimited
                if call == Call::Get
                    && self.want_read
                    && self.read_is_poll
                    && !self.toggle_waiting
                    && !self.read_first =>
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
                // Under a rate limit a person waiting for their change gets the short cap; a timer's
                // change (a revert, which a whole office may send at 09:00) a longer one.
                let verdict = match call {
                    Call::Set(_) if self.desired_by_timer => {
                        self.backoff
                            .timer_change_failed(error.clone(), sent_at, now)
                    }
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
                    self.plan = None;
                }
                Some(status)
            }
            Call::Get => {
                self.want_read = false;
                self.toggle_waiting = false;
                self.toggle_timed = None;
                if self.read_first {
                    // The status before a timed one could not be read: it is not set blind.
                    self.read_first = false;
                    self.plan = None;
                    self.desired = None;
                }
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
        self.plan = None;
        self.read_first = false;
        self.toggle_timed = None;
    }
}

#[cfg(test)]
mod tests;
