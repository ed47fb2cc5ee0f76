//! Automatic status: the rules that set a status by themselves (screen locked, idle, in a call,
//! presenting, in a meeting, the work day), which one is in force, and the way back to the status the
//! user chose. Pure: signals come in as data, choices go to the [`Engine`] as intents.
//!
//! The rules it keeps (README "Automatic status" says the same):
//! 1. A manual choice — the menu, the CLI, the shortcut, a timed status, or a change seen from the portal
//!    that b24-status did not make — always wins: every override then in force ends, and its condition
//!    applies again only when it starts anew ([`Automatic::manual`]).
//! 2. Several conditions at once: in a call / presenting (DND) > in a meeting (DND) > locked / idle (Away)
//!    > the work day ([`Rule::rank`]).
//! 3. When the last active condition ends, the status returns to the base: the status shown (or on its
//!    way) when the first override went in force, with its timed revert if it had one.
//! 4. The reason of the status in force is data ([`Reason`]) for the view and `get --json`.
//! 5. An override is a real portal call through the engine, retried like a timer's change (backing off
//!    further under a rate limit than a person's click).

pub mod meeting;

use serde::{Deserialize, Serialize};

use crate::engine::{Activity, Engine, Intent, Timer};
use crate::status::Status;
use crate::wall::WallTime;
pub use meeting::Meeting;

/// One automatic rule, named as its config key says (`[automatic]` in config.toml).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// `dnd_in_calls`: a microphone or camera in use by another program.
    Calls,
    /// `dnd_when_presenting`: a full-screen window, or the screen shared.
    Presenting,
    /// `dnd_in_meetings`: a busy Bitrix24 calendar event the user attends.
    Meetings,
    /// `away_when_locked`.
    Locked,
    /// `away_after_idle`.
    Idle,
    /// `follow_worktime`: Bitrix24's work-time tracking.
    WorkTime,
}

impl Rule {
    /// Every rule, in order of precedence (the first of equal rank wins a tie).
    pub const ALL: [Rule; 6] = [
        Rule::Calls,
        Rule::Presenting,
        Rule::Meetings,
        Rule::Locked,
        Rule::Idle,
        Rule::WorkTime,
    ];

    /// Its config key in `[automatic]`.
    pub fn key(self) -> &'static str {
        match self {
            Rule::Calls => "dnd_in_calls",
            Rule::Presenting => "dnd_when_presenting",
            Rule::Meetings => "dnd_in_meetings",
            Rule::Locked => "away_when_locked",
            Rule::Idle => "away_after_idle",
            Rule::WorkTime => "follow_worktime",
        }
    }

    /// Precedence: a higher rank wins.
    pub fn rank(self) -> u8 {
        match self {
            Rule::Calls | Rule::Presenting => 3,
            Rule::Meetings => 2,
            Rule::Locked | Rule::Idle => 1,
            Rule::WorkTime => 0,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The state of the user's work day in Bitrix24's time tracking (`timeman.status`'s `STATUS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkDay {
    /// `OPENED`: the day is running.
    Opened,
    /// `PAUSED`: on a break.
    Paused,
    /// `CLOSED`: the day ended.
    Closed,
    /// `EXPIRED`: a day opened before today and never closed.
    Expired,
}

impl WorkDay {
    /// The portal's word, exactly.
    pub fn from_wire(word: &str) -> Option<WorkDay> {
        match word {
            "OPENED" => Some(WorkDay::Opened),
            "PAUSED" => Some(WorkDay::Paused),
            "CLOSED" => Some(WorkDay::Closed),
            "EXPIRED" => Some(WorkDay::Expired),
            _ => None,
        }
    }

    pub fn wire(self) -> &'static str {
        match self {
            WorkDay::Opened => "OPENED",
            WorkDay::Paused => "PAUSED",
            WorkDay::Closed => "CLOSED",
            WorkDay::Expired => "EXPIRED",
        }
    }

    /// The status the work day asks for: Online while it runs, Break while paused, Away once over.
    pub fn status(self) -> Status {
        match self {
            WorkDay::Opened => Status::Online,
            WorkDay::Paused => Status::Break,
            WorkDay::Closed | WorkDay::Expired => Status::Away,
        }
    }
}

/// What a signal source reports: a condition that started or ended (or, for meetings and the work day,
/// what it is now).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Signal {
    Locked(bool),
    Idle(bool),
    InCall(bool),
    Presenting(bool),
    /// The meeting in progress now (see [`meeting::current`]), or none.
    Meeting(Option<Meeting>),
    /// The work day's state as last read.
    WorkDay(WorkDay),
}

/// Why an automatic status is in force: data for the status line, the tooltip and `get --json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Reason {
    Locked,
    Idle,
    InCall,
    Presenting,
    Meeting(Meeting),
    WorkDay { day: WorkDay },
}

impl Reason {
    pub fn rule(&self) -> Rule {
        match self {
            Reason::Locked => Rule::Locked,
            Reason::Idle => Rule::Idle,
            Reason::InCall => Rule::Calls,
            Reason::Presenting => Rule::Presenting,
            Reason::Meeting(_) => Rule::Meetings,
            Reason::WorkDay { .. } => Rule::WorkTime,
        }
    }

    /// The status it asks for.
    pub fn status(&self) -> Status {
        match self {
            Reason::InCall | Reason::Presenting | Reason::Meeting(_) => Status::Dnd,
            Reason::Locked | Reason::Idle => Status::Away,
            Reason::WorkDay { day } => day.status(),
        }
    }

    /// The stable machine word of `get --json`'s `"reason"`.
    pub fn word(&self) -> &'static str {
        match self {
            Reason::Locked => "locked",
            Reason::Idle => "idle",
            Reason::InCall => "in_call",
            Reason::Presenting => "presenting",
            Reason::Meeting(_) => "meeting",
            Reason::WorkDay {
                day: WorkDay::Opened,
            } => "work_day_opened",
            Reason::WorkDay {
                day: WorkDay::Paused,
            } => "work_day_paused",
            Reason::WorkDay { .. } => "work_day_closed",
        }
    }
}

/// One rule's condition as last reported.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Slot {
    /// The condition holds, for this reason.
    on: Option<Reason>,
    /// A manual choice came while it held: it asks for nothing until it starts anew.
    suppressed: bool,
    /// Taken over from the last run ([`Automatic::restore`]) and not reported by its source since:
    /// it ends at this moment unless the source says it still holds.
    restored_until: Option<WallTime>,
}

/// The override in force, as kept across a restart (state.toml): the tray quit or the machine shut down
/// while the screen was locked, say. The next run holds it until the rule's source reports, and returns
/// to the base when the condition is over — unless the portal shows something else by then (changed
/// elsewhere meanwhile: rule 1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Held {
    pub reason: Reason,
    /// The status the override set.
    pub status: Status,
    /// The status to return to, and its timed revert if it had one.
    pub base: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revert: Option<Timer>,
}

/// The status to return to when the last override ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Base {
    pub status: Status,
    /// The timed status's revert the first override took over; it is followed while an override holds
    /// (the base becomes its status at its moment) and armed again on the way back.
    pub revert: Option<Timer>,
}

/// See the module docs. The app feeds it [`Signal`]s and manual choices and calls
/// [`Automatic::reconcile`] after every event; it hands the engine what to set.
#[derive(Clone, Debug, Default)]
pub struct Automatic {
    enabled: [bool; 6],
    slots: [Slot; 6],
    /// The override in force: the rule and the status it set.
    in_force: Option<(Rule, Status)>,
    base: Option<Base>,
    /// The work day as last read: only a change of it (or a first reading other than opened) starts
    /// the work-time condition.
    work_day: Option<WorkDay>,
    /// A restored override waits for the first status read: one that is not the override's status was
    /// changed elsewhere meanwhile.
    restored: bool,
}

impl Automatic {
    /// No rule enabled (the app enables those its config turns on).
    pub fn new() -> Automatic {
        Automatic::default()
    }

    pub fn enabled(&self, rule: Rule) -> bool {
        self.enabled[rule.index()]
    }

    /// Turns a rule on or off. Turned off while its override holds, the override ends (at the next
    /// reconcile); turned on while its condition holds, it applies as a condition starting now.
    pub fn set_enabled(&mut self, rule: Rule, on: bool) {
        self.enabled[rule.index()] = on;
        if on {
            self.slots[rule.index()].suppressed = false;
        }
    }

    /// A signal from a source.
    pub fn signal(&mut self, signal: Signal) {
        let (rule, reason) = match signal {
            Signal::Locked(on) => (Rule::Locked, on.then_some(Reason::Locked)),
            Signal::Idle(on) => (Rule::Idle, on.then_some(Reason::Idle)),
            Signal::InCall(on) => (Rule::Calls, on.then_some(Reason::InCall)),
            Signal::Presenting(on) => (Rule::Presenting, on.then_some(Reason::Presenting)),
            Signal::Meeting(meeting) => (Rule::Meetings, meeting.map(Reason::Meeting)),
            Signal::WorkDay(day) => {
                let first = self.work_day.is_none();
                if self.work_day == Some(day) {
                    return;
                }
                self.work_day = Some(day);
                // A day found open at start asks for nothing (the status may be the user's own); a day
                // opened while running asks for Online.
                let reason =
                    (!(first && day == WorkDay::Opened)).then_some(Reason::WorkDay { day });
                (Rule::WorkTime, reason)
            }
        };
        let slot = &mut self.slots[rule.index()];
        slot.restored_until = None;
        let same = match (&slot.on, &reason) {
            (Some(Reason::Meeting(a)), Some(Reason::Meeting(b))) => a.id == b.id,
            (a, b) => a == b,
        };
        if !same {
            slot.suppressed = false;
        }
        // A meeting moved (a new end) stays the same meeting, with its new end shown.
        slot.on = reason;
        if slot.on.is_none() {
            slot.suppressed = false;
        }
    }

    /// A manual choice (or a change seen from the portal that b24-status did not make): every override
    /// ends without a call, and every condition holding now asks for nothing until it starts anew.
    pub fn manual(&mut self) {
        for slot in &mut self.slots {
            if slot.on.is_some() {
                slot.suppressed = true;
            }
        }
        self.in_force = None;
        self.base = None;
    }

    /// The override in force with its base, to keep across a restart; `None` when none is.
    pub fn held(&self) -> Option<Held> {
        let (rule, status) = self.in_force?;
        let base = self.base?;
        Some(Held {
            reason: self.slots[rule.index()].on.clone()?,
            status,
            base: base.status,
            revert: base.revert,
        })
    }

    /// Takes over the override the last run left: it holds until its rule's source reports, or until
    /// `until` if the source says nothing by then (a source that is gone).
    pub fn restore(&mut self, held: Held, until: WallTime) {
        let rule = held.reason.rule();
        let slot = &mut self.slots[rule.index()];
        slot.on = Some(held.reason);
        slot.suppressed = false;
        slot.restored_until = Some(until);
        if rule == Rule::WorkTime
            && let Some(Reason::WorkDay { day }) = &slot.on
        {
            self.work_day = Some(*day);
        }
        self.in_force = Some((rule, held.status));
        self.base = Some(Base {
            status: held.base,
            revert: held.revert,
        });
        self.restored = true;
    }

    /// Another engine took over (signed in again): nothing is in force on it yet, and there is no base;
    /// the conditions and the enabled rules stay.
    pub fn forget_overrides(&mut self) {
        self.in_force = None;
        self.base = None;
        self.restored = false;
    }

    /// Drops the timed revert the base holds (the user asked to keep the timed status for good); returns
    /// it.
    pub fn drop_revert(&mut self) -> Option<Timer> {
        self.base.as_mut().and_then(|b| b.revert.take())
    }

    /// The condition that should be in force: the highest-ranked enabled, unsuppressed one.
    fn wanted(&self) -> Option<(Rule, &Reason)> {
        let mut best: Option<(Rule, &Reason)> = None;
        for rule in Rule::ALL {
            let slot = &self.slots[rule.index()];
            if let (true, false, Some(reason)) = (self.enabled(rule), slot.suppressed, &slot.on)
                && best.is_none_or(|(b, _)| rule.rank() > b.rank())
            {
                best = Some((rule, reason));
            }
        }
        best
    }

    /// The override in force, if any, with the base it returns to.
    pub fn in_force(&self) -> Option<(Rule, Status)> {
        self.in_force
    }

    pub fn base(&self) -> Option<Base> {
        self.base
    }

    /// The reason to show beside `confirmed`: the override in force, once the portal shows its status.
    pub fn reason(&self, confirmed: Option<Status>) -> Option<&Reason> {
        let (rule, status) = self.in_force?;
        (confirmed == Some(status))
            .then(|| self.slots[rule.index()].on.as_ref())
            .flatten()
    }

    /// When [`Automatic::reconcile`] must run even with nothing reported: the moment the held timed
    /// revert of the base is due.
    pub fn due_at(&self) -> Option<WallTime> {
        let restored = self.slots.iter().filter_map(|s| s.restored_until);
        self.base
            .and_then(|b| b.revert)
            .map(|t| t.until)
            .into_iter()
            .chain(restored)
            .min()
    }

    /// Hands the engine what the rules want now; returns true when it took an intent. Idempotent: with
    /// nothing changed it does nothing. An override starts only once a status is known (the base must
    /// be a real one: while none is, it asks for a read) and not while a timed status is on its way (its
    /// revert is taken over once armed).
    pub fn reconcile(&mut self, engine: &mut Engine, wall_now: WallTime) -> bool {
        if self.restored {
            let Some(confirmed) = engine.confirmed() else {
                return false;
            };
            self.restored = false;
            let held = self.in_force.map(|(_, status)| status);
            if engine.pending().is_none() && confirmed.status != held {
                // Changed elsewhere while no tray ran: the user's (rule 1).
                self.manual();
            }
        }
        for slot in &mut self.slots {
            if slot.restored_until.is_some_and(|t| t <= wall_now) {
                *slot = Slot::default();
            }
        }
        // The timed status under an override ends at its moment: the base is where it returns.
        if let Some(base) = &mut self.base
            && let Some(revert) = base.revert.filter(|t| t.until <= wall_now)
        {
            base.status = revert.then().unwrap_or(base.status);
            base.revert = None;
        }
        let wanted = self.wanted().map(|(rule, reason)| (rule, reason.status()));
        match (self.in_force, wanted) {
            (None, None) => false,
            (Some((_, held)), Some((rule, status))) => {
                self.in_force = Some((rule, status));
                held != status && engine.set_automatic(status)
            }
            (None, Some((rule, status))) => {
                if engine.plan().is_some() {
                    return false;
                }
                let shown = match engine.pending() {
                    Some(pending) => pending,
                    None => match engine.confirmed() {
                        Some(c) => c.status.unwrap_or(Status::Online),
                        // The base must be a real status: read it, retried as a person's read is
                        // (a first poll refused by a full bucket would leave it unknown for minutes).
                        None => {
                            if !matches!(engine.activity(), Activity::Reading { .. }) {
                                engine.intent(Intent::Refresh);
                            }
                            return false;
                        }
                    },
                };
                let revert = engine
                    .timer()
                    .filter(|t| t.guard == Some(shown) && t.then().is_some());
                if revert.is_some() {
                    engine.cancel_timer();
                }
                self.base = Some(Base {
                    status: shown,
                    revert,
                });
                self.in_force = Some((rule, status));
                let already = engine.pending().is_none() && shown == status;
                !already && engine.set_automatic(status)
            }
            (Some(_), None) => {
                self.in_force = None;
                match self.base.take() {
                    Some(Base {
                        status,
                        revert: Some(revert),
                    }) => engine.restore_timed(status, revert),
                    // The portal shows the base already (a DND call ending on a DND base): no call.
                    Some(Base { status, .. })
                        if engine.pending().is_none()
                            && engine.confirmed().and_then(|c| c.status) == Some(status) =>
                    {
                        false
                    }
                    Some(Base { status, .. }) => engine.set_automatic(status),
                    None => false,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
