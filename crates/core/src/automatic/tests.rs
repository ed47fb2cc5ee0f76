//! The automatic rules' unit tests: the real engine against a scripted portal, one rule each.

use std::time::{Duration, Instant};

use super::*;
use crate::engine::{Activity, Call, Intent, Next, Outcome};
use crate::tuning;

/// An engine, the rules and a portal that stores a status; `settle` runs them until nothing is left.
struct World {
    engine: Engine,
    auto: Automatic,
    portal: Option<Status>,
    now: Instant,
    wall: WallTime,
    sets: Vec<Status>,
}

impl World {
    /// The portal shows `status`, the engine has read it, and every rule is enabled.
    fn new(status: Status) -> World {
        let mut auto = Automatic::new();
        for rule in Rule::ALL {
            auto.set_enabled(rule, true);
        }
        let mut world = World {
            engine: Engine::new(tuning::BACKGROUND_RETRY, 7),
            auto,
            portal: Some(status),
            now: Instant::now(),
            wall: WallTime::from_unix_millis(1_796_198_400_000),
            sets: vec![],
        };
        world.engine.intent(Intent::Refresh);
        world.settle();
        world
    }

    fn settle(&mut self) {
        for _ in 0..50 {
            if self.engine.take_changed_elsewhere() {
                self.auto.manual();
            }
            self.auto.reconcile(&mut self.engine, self.wall);
            match self.engine.next(self.now) {
                Next::Send(call) => {
                    self.now += Duration::from_millis(20);
                    let outcome = match call {
                        Call::Set(s) => {
                            self.portal = Some(s);
                            self.sets.push(s);
                            Outcome::SetConfirmed
                        }
                        Call::Get => Outcome::Read(self.portal),
                    };
                    self.engine.outcome(outcome, self.now);
                }
                Next::WaitUntil(t) => self.now = t,
                Next::Idle => return,
            }
        }
        panic!("did not settle");
    }

    fn signal(&mut self, signal: Signal) {
        self.auto.signal(signal);
        self.settle();
    }

    /// A choice of the user's (the menu, the CLI): the rules hear of it first.
    fn choose(&mut self, status: Status) {
        self.auto.manual();
        self.engine.intent(Intent::Set(status));
        self.settle();
    }

    /// Someone sets `status` in the browser; the next poll reads it.
    fn elsewhere(&mut self, status: Status) {
        self.portal = Some(status);
        self.engine.intent(Intent::Poll);
        self.settle();
    }

    fn later(&mut self, minutes: u64) {
        self.wall = self.wall.saturating_add(Duration::from_secs(60 * minutes));
        if let Some(t) = self.engine.tick_at()
            && t <= self.wall
        {
            self.engine.tick(self.wall);
        }
        self.settle();
    }

    fn shown(&self) -> Option<Status> {
        self.engine.confirmed().and_then(|c| c.status)
    }

    fn reason(&self) -> Option<&Reason> {
        self.auto.reason(self.shown())
    }
}

fn meeting(id: &str, until: WallTime) -> Meeting {
    Meeting {
        id: id.into(),
        name: "Weekly sync".into(),
        until,
    }
}

#[test]
fn locked_is_away_and_unlocked_is_back_to_the_base() {
    let mut w = World::new(Status::Online);
    w.signal(Signal::Locked(true));
    assert_eq!(w.shown(), Some(Status::Away));
    assert_eq!(w.reason(), Some(&Reason::Locked));
    w.signal(Signal::Locked(false));
    assert_eq!(w.shown(), Some(Status::Online));
    assert_eq!(w.reason(), None);
    assert_eq!(w.sets, [Status::Away, Status::Online]);
}

#[test]
fn a_manual_choice_while_locked_is_kept_on_unlock() {
    let mut w = World::new(Status::Online);
    w.signal(Signal::Locked(true));
    w.choose(Status::Dnd);
    assert_eq!(w.reason(), None, "the override ended");
    w.signal(Signal::Locked(false));
    assert_eq!(w.shown(), Some(Status::Dnd));
    // The rule applies again when its condition starts anew.
    w.signal(Signal::Locked(true));
    assert_eq!(w.shown(), Some(Status::Away));
    w.signal(Signal::Locked(false));
    assert_eq!(w.shown(), Some(Status::Dnd));
}

#[test]
fn a_suppressed_condition_reported_again_stays_suppressed() {
    let mut w = World::new(Status::Online);
    w.signal(Signal::InCall(true));
    w.choose(Status::Online);
    // A source that repeats its state (a reconnect, a second watcher) does not start it anew.
    w.signal(Signal::InCall(true));
    assert_eq!(w.shown(), Some(Status::Online));
}

#[test]
fn a_change_made_elsewhere_is_a_manual_choice() {
    let mut w = World::new(Status::Online);
    w.signal(Signal::Locked(true));
    w.elsewhere(Status::Break);
    assert_eq!(w.shown(), Some(Status::Break));
    assert_eq!(w.auto.in_force(), None);
    w.signal(Signal::Locked(false));
    assert_eq!(w.shown(), Some(Status::Break), "not back to Online");
}

#[test]
fn precedence_calls_over_meetings_over_locked_over_the_work_day() {
    let mut w = World::new(Status::Online);
    let until = w.wall.saturating_add(Duration::from_secs(3600));
    w.signal(Signal::WorkDay(WorkDay::Opened));
    w.signal(Signal::WorkDay(WorkDay::Paused));
    assert_eq!(w.shown(), Some(Status::Break));
    w.signal(Signal::Idle(true));
    assert_eq!(
        (w.shown(), w.reason()),
        (Some(Status::Away), Some(&Reason::Idle))
    );
    w.signal(Signal::Meeting(Some(meeting("7", until))));
    assert_eq!(w.shown(), Some(Status::Dnd));
    assert!(matches!(w.reason(), Some(Reason::Meeting(m)) if m.until == until));
    w.signal(Signal::Presenting(true));
    assert_eq!(w.reason(), Some(&Reason::Presenting));
    // Same status, another reason: no call.
    let sets = w.sets.len();
    w.signal(Signal::InCall(true));
    assert_eq!(w.sets.len(), sets);
    w.signal(Signal::Presenting(false));
    assert_eq!(w.reason(), Some(&Reason::InCall));
    w.signal(Signal::InCall(false));
    assert!(matches!(w.reason(), Some(Reason::Meeting(_))));
    // A lower rule starting while a higher one holds changes nothing.
    w.signal(Signal::Locked(true));
    assert_eq!(w.shown(), Some(Status::Dnd));
    w.signal(Signal::Meeting(None));
    assert_eq!(
        (w.shown(), w.reason()),
        (Some(Status::Away), Some(&Reason::Locked))
    );
    w.signal(Signal::Locked(false));
    w.signal(Signal::Idle(false));
    assert_eq!(w.shown(), Some(Status::Break));
    w.signal(Signal::WorkDay(WorkDay::Opened));
    assert_eq!(w.shown(), Some(Status::Online));
    assert_eq!(
        w.reason(),
        Some(&Reason::WorkDay {
            day: WorkDay::Opened
        })
    );
}

#[test]
fn the_base_is_what_was_shown_before_the_first_override() {
    let mut w = World::new(Status::Dnd);
    w.signal(Signal::Idle(true));
    w.signal(Signal::InCall(true));
    w.signal(Signal::Idle(false));
    w.signal(Signal::InCall(false));
    assert_eq!(w.shown(), Some(Status::Dnd));
    assert_eq!(w.sets, [Status::Away, Status::Dnd]);
}

#[test]
fn a_work_day_found_open_at_start_asks_for_nothing() {
    let mut w = World::new(Status::Dnd);
    w.signal(Signal::WorkDay(WorkDay::Opened));
    assert_eq!(w.shown(), Some(Status::Dnd));
    assert!(w.sets.is_empty());
    let mut w = World::new(Status::Online);
    w.signal(Signal::WorkDay(WorkDay::Closed));
    assert_eq!(w.shown(), Some(Status::Away));
    // Read again unchanged: nothing new, and a manual choice over it holds.
    w.choose(Status::Online);
    w.signal(Signal::WorkDay(WorkDay::Closed));
    assert_eq!(w.shown(), Some(Status::Online));
    w.signal(Signal::WorkDay(WorkDay::Opened));
    assert_eq!(w.shown(), Some(Status::Online));
}

#[test]
fn a_moved_meeting_is_the_same_meeting_and_a_new_one_starts_anew() {
    let mut w = World::new(Status::Online);
    let at = |m: u64| w.wall.saturating_add(Duration::from_secs(60 * m));
    let (thirty, sixty) = (at(30), at(60));
    w.signal(Signal::Meeting(Some(meeting("1", thirty))));
    w.choose(Status::Online);
    w.signal(Signal::Meeting(Some(meeting("1", sixty))));
    assert_eq!(w.shown(), Some(Status::Online), "moved: still suppressed");
    w.signal(Signal::Meeting(Some(meeting("2", sixty))));
    assert_eq!(
        w.shown(),
        Some(Status::Dnd),
        "another meeting, back to back"
    );
}

#[test]
fn a_timed_status_under_an_override_returns_with_its_revert() {
    let mut w = World::new(Status::Online);
    let at = w.wall.saturating_add(Duration::from_secs(3600));
    w.auto.manual();
    w.engine.set_until(Status::Dnd, at, at);
    w.settle();
    assert!(w.engine.timer().is_some());
    w.signal(Signal::Locked(true));
    assert_eq!(w.shown(), Some(Status::Away));
    assert_eq!(w.engine.timer(), None, "the revert is held by the base");
    assert_eq!(w.auto.due_at(), Some(at));
    w.later(30);
    w.signal(Signal::Locked(false));
    assert_eq!(w.shown(), Some(Status::Dnd));
    let revert = w.engine.timer().expect("the revert is armed again");
    assert_eq!((revert.at, revert.then()), (at, Some(Status::Online)));
    w.later(31);
    assert_eq!(w.shown(), Some(Status::Online));
}

#[test]
fn a_timed_status_that_ends_under_an_override_returns_to_where_it_would_have() {
    let mut w = World::new(Status::Break);
    let at = w.wall.saturating_add(Duration::from_secs(600));
    w.auto.manual();
    w.engine.set_until(Status::Dnd, at, at);
    w.settle();
    w.signal(Signal::Idle(true));
    w.later(20);
    assert_eq!(
        w.shown(),
        Some(Status::Away),
        "no call while the override holds"
    );
    assert_eq!(w.auto.due_at(), None);
    w.signal(Signal::Idle(false));
    assert_eq!(w.shown(), Some(Status::Break));
    assert_eq!(w.engine.timer(), None);
}

#[test]
fn a_timed_away_locked_keeps_its_revert_without_a_call() {
    let mut w = World::new(Status::Online);
    let at = w.wall.saturating_add(Duration::from_secs(3600));
    w.auto.manual();
    w.engine.set_until(Status::Away, at, at);
    w.settle();
    let sets = w.sets.len();
    w.signal(Signal::Locked(true));
    w.signal(Signal::Locked(false));
    assert_eq!(w.sets.len(), sets, "Away all along: no call");
    assert_eq!(w.engine.timer().map(|t| t.at), Some(at));
}

#[test]
fn no_override_before_a_status_is_known() {
    let mut auto = Automatic::new();
    auto.set_enabled(Rule::Locked, true);
    auto.signal(Signal::Locked(true));
    let mut engine = Engine::new(tuning::BACKGROUND_RETRY, 1);
    let wall = WallTime::from_unix_millis(0);
    assert!(!auto.reconcile(&mut engine, wall));
    assert_eq!(engine.pending(), None);
    // It asks for the status: a read retried like a person's, not a poll a full bucket may drop.
    let now = Instant::now();
    assert_eq!(engine.next(now), Next::Send(Call::Get));
    engine.outcome(Outcome::Failed(crate::test_support::limited()), now);
    assert!(
        matches!(engine.activity(), Activity::Reading { .. }),
        "kept"
    );
    let Next::WaitUntil(later) = engine.next(now) else {
        panic!("the read is retried");
    };
    let now = later;
    assert_eq!(engine.next(now), Next::Send(Call::Get));
    engine.outcome(Outcome::Read(Some(Status::Online)), now);
    assert!(auto.reconcile(&mut engine, wall));
    assert_eq!(engine.pending(), Some(Status::Away));
    assert!(!auto.reconcile(&mut engine, wall), "idempotent");
}

#[test]
fn a_disabled_rule_asks_for_nothing_and_disabling_one_in_force_returns() {
    let mut w = World::new(Status::Online);
    w.auto.set_enabled(Rule::Presenting, false);
    w.signal(Signal::Presenting(true));
    assert_eq!(w.shown(), Some(Status::Online));
    w.signal(Signal::Locked(true));
    assert_eq!(w.shown(), Some(Status::Away));
    w.auto.set_enabled(Rule::Locked, false);
    w.settle();
    assert_eq!(w.shown(), Some(Status::Online));
    // Turned on while the condition holds, it applies.
    w.auto.set_enabled(Rule::Presenting, true);
    w.settle();
    assert_eq!(w.shown(), Some(Status::Dnd));
}

#[test]
fn reasons_have_stable_words() {
    let words: Vec<&str> = [
        Reason::Locked,
        Reason::Idle,
        Reason::InCall,
        Reason::Presenting,
        Reason::Meeting(meeting("1", WallTime::from_unix_millis(0))),
        Reason::WorkDay {
            day: WorkDay::Opened,
        },
        Reason::WorkDay {
            day: WorkDay::Paused,
        },
        Reason::WorkDay {
            day: WorkDay::Expired,
        },
    ]
    .iter()
    .map(Reason::word)
    .collect();
    assert_eq!(
        words,
        [
            "locked",
            "idle",
            "in_call",
            "presenting",
            "meeting",
            "work_day_opened",
            "work_day_paused",
            "work_day_closed"
        ]
    );
    for word in ["OPENED", "PAUSED", "CLOSED", "EXPIRED"] {
        assert_eq!(WorkDay::from_wire(word).map(WorkDay::wire), Some(word));
    }
    assert_eq!(WorkDay::from_wire("opened"), None);
}

#[test]
fn a_held_override_survives_a_restart_and_returns_to_its_base() {
    let mut w = World::new(Status::Online);
    w.signal(Signal::Locked(true));
    let held = w.auto.held().expect("an override in force");
    assert_eq!(
        (held.reason.clone(), held.status, held.base),
        (Reason::Locked, Status::Away, Status::Online)
    );
    let text = serde_json::to_string(&held).unwrap();
    assert_eq!(serde_json::from_str::<Held>(&text).unwrap(), held);

    // The next run: the portal still shows Away; the lock source reports the screen unlocked.
    let mut next = World::new(Status::Away);
    let mut auto = Automatic::new();
    auto.set_enabled(Rule::Locked, true);
    auto.restore(
        held.clone(),
        next.wall.saturating_add(Duration::from_secs(30)),
    );
    next.auto = auto;
    next.settle();
    assert_eq!(
        next.reason(),
        Some(&Reason::Locked),
        "held until the source reports"
    );
    next.signal(Signal::Locked(false));
    assert_eq!(next.shown(), Some(Status::Online));

    // The source never reports: it ends at the deadline.
    let mut quiet = World::new(Status::Away);
    let mut auto = Automatic::new();
    auto.set_enabled(Rule::Locked, true);
    auto.restore(
        held.clone(),
        quiet.wall.saturating_add(Duration::from_secs(30)),
    );
    quiet.auto = auto;
    quiet.settle();
    assert_eq!(
        quiet.auto.due_at(),
        Some(quiet.wall.saturating_add(Duration::from_secs(30)))
    );
    quiet.later(1);
    assert_eq!(quiet.shown(), Some(Status::Online));

    // Changed on the phone while no tray ran: the portal shows Break, which stays.
    let mut moved = World::new(Status::Break);
    let mut auto = Automatic::new();
    auto.set_enabled(Rule::Locked, true);
    auto.restore(held, moved.wall.saturating_add(Duration::from_secs(30)));
    moved.auto = auto;
    moved.settle();
    moved.signal(Signal::Locked(false));
    assert_eq!(moved.shown(), Some(Status::Break));
    assert!(moved.sets.is_empty());
}
