//! Property tests of the status engine (`crates/core/src/engine.rs`) against a simulated portal on a
//! simulated clock.
//!
//! A case is a random run: user intents (set, toggle DND, refresh, poll), clock advances and, for the tray,
//! resyncs, while the simulated portal answers each call the engine hands out after a random delay: it
//! confirms, reads a status that was changed elsewhere, or fails with an error of every class (transient,
//! rate limit, fatal, rejected credentials). Between calls the engine observes the portal's status from
//! both sources (`Engine::observed`: the current status, one just changed elsewhere, or our own set in
//! flight landing before its answer), a wall-clock timer is armed (some moments already past),
//! cancelled, and fired as the wall clock runs and jumps, and timed statuses are chosen (`set_until`,
//! `toggle_dnd_until`), chaining on one another, their guarded reverts armed when the portal confirms
//! them. After the random part the portal answers
//! everything correctly and the run goes on until the engine settles; a timer still armed then is run to
//! its moment and must fire.
//!
//! The harness drives the engine as `session/driver.rs` and `tray/service.rs` do: after every event it asks
//! `next(now)`; a `Send` is in flight until its outcome is fed back (at the answer's time, or at the call's
//! timeout from `call_timeout`, as the client enforces it); a `WaitUntil` lets the clock jump to that moment
//! or to the next event, whichever comes first. It also asks `next` while a call is in flight (the real
//! drivers never do), so that an engine handing out a second call would be seen.
//!
//! Besides the properties named on each test, every step checks the engine against a reference model of
//! the user's choice (the pending status, the toggle's target, the status before DND), of the timed
//! status on its way, and of the timer (armed — a revert to the status confirmed before its timed status,
//! or to where a chain began —, cancelled by a newer choice or any other status seen, fired once at its
//! moment, a revert only over its own status).

use std::time::{Duration, Instant};

use b24_status::engine::{
    Activity, Call, Engine, Intent, Next, Outcome, Policy, Source, Timer, WallTime,
};
use b24_status::pacer::Pace;
use b24_status::portal_error::{Body, ConnectFailure, ErrorClass, PortalError, RedirectProblem};
use b24_status::status::Status;
use b24_status::tuning;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

const HOST: &str = "anna.bitrix24.com";

// ---------------------------------------------------------------------------------------------------------
// What a case is made of
// ---------------------------------------------------------------------------------------------------------

#[derive(Clone, Debug)]
enum Step {
    Intent(Intent),
    /// Let this many milliseconds pass, answering calls and following the engine's waits meanwhile.
    Advance(u64),
    /// The network came back (the tray only): `Engine::resync` with this spread in milliseconds.
    Resync(u64),
    /// A storm of clicks: each status chosen in turn, `every_ms` apart.
    Storm {
        statuses: Vec<Status>,
        every_ms: u64,
    },
    /// The portal's status seen outside the engine's calls (`Engine::observed`).
    Observe {
        source: Source,
        seen: Seen,
    },
    /// A timer for `intent`, `in_ms` from the wall clock's now (negative: a moment already past).
    ArmTimer {
        in_ms: i64,
        intent: Intent,
    },
    CancelTimer,
    /// A timed status (`Engine::set_until`): `status` until `in_ms` from the wall clock's now, then back.
    SetUntil {
        status: Status,
        in_ms: i64,
    },
    /// A timed DND toggle (`Engine::toggle_dnd_until`): timed only when it turns DND on.
    ToggleDndUntil {
        in_ms: i64,
    },
    /// The wall clock jumps by this many milliseconds (set by hand, corrected, a suspend).
    WallJump(i64),
}

/// What an observation sees.
#[derive(Clone, Copy, Debug)]
enum Seen {
    /// What the portal stores.
    Current,
    /// Someone changes the status elsewhere, and it is seen at once.
    ChangedElsewhere(Status),
    /// The set in flight takes effect now, before its answer comes back, and is seen (as a pushed event
    /// would show it); the portal's current status if no such set is in flight.
    OurSetLanding,
}

/// A read the engine owes: none, only polls (dropped when the rate limit refuses one), or one someone
/// asked for (retried).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Read {
    None,
    Poll,
    Asked,
}

#[derive(Clone, Debug)]
enum Reply {
    /// Does what was asked: a set is applied and confirmed, a read returns the stored status.
    Ok,
    /// Someone changed the status elsewhere just before this call arrived; then as [`Reply::Ok`].
    ChangedElsewhere(Status),
    /// The call fails; `applied`: a set took effect on the portal all the same (the answer was lost).
    Fail { error: PortalError, applied: bool },
}

#[derive(Clone, Debug)]
struct Behaviour {
    /// How long the portal takes to answer; past the call's timeout the client reports a timeout.
    delay_ms: u64,
    reply: Reply,
}

#[derive(Clone, Debug)]
struct Scenario {
    seed: u64,
    /// What the portal stores at the start (`None`: no status).
    initial: Option<Status>,
    /// The remembered status before DND that the engine starts with.
    before_dnd: Option<Status>,
    steps: Vec<Step>,
    /// The portal's behaviour for each call during the random part, used in turn (and cyclically).
    portal: Vec<Behaviour>,
}

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

fn transient() -> impl Strategy<Value = PortalError> {
    let host = || HOST.to_string();
    prop_oneof![
        Just(PortalError::Dropped { host: host() }),
        Just(PortalError::Timeout { host: host() }),
        Just(PortalError::Truncated { host: host() }),
        Just(PortalError::Unreachable {
            host: host(),
            reason: ConnectFailure::Refused
        }),
        (
            prop::sample::select(vec![200u16, 502, 503, 504]),
            prop::sample::select(vec![Body::WebPage, Body::Empty, Body::Unreadable])
        )
            .prop_map(move |(status, body)| PortalError::NotBitrix {
                host: host(),
                status,
                body
            }),
        Just(PortalError::from_code(
            "INTERNAL_SERVER_ERROR",
            "Internal server error",
            "im.user.status.set"
        )),
        Just(PortalError::NotConfirmed {
            result: "false".into()
        }),
    ]
}

fn rate_limited() -> impl Strategy<Value = PortalError> {
    prop_oneof![
        Just(PortalError::from_code(
            "QUERY_LIMIT_EXCEEDED",
            "Too many requests",
            "im.user.status.set"
        )),
        Just(PortalError::from_code(
            "OPERATION_TIME_LIMIT",
            "Method is blocked due to operation time limit.",
            "im.user.status.get"
        )),
        (0u64..90).prop_map(|secs| PortalError::RateLimited {
            code: "QUERY_LIMIT_EXCEEDED".into(),
            retry_after: Some(Duration::from_secs(secs)),
        }),
    ]
}

fn fatal() -> impl Strategy<Value = PortalError> {
    prop_oneof![
        Just(PortalError::AccessDenied),
        Just(PortalError::from_code(
            "OVERLOAD_LIMIT",
            "",
            "im.user.status.get"
        )),
        Just(PortalError::from_code(
            "PORTAL_DELETED",
            "",
            "im.user.status.get"
        )),
        Just(PortalError::from_code(
            "STATUS_ERROR",
            "Status is not available",
            "im.user.status.set"
        )),
        Just(PortalError::from_code(
            "ERROR_METHOD_NOT_FOUND",
            "Method not found!",
            "im.user.status.get"
        )),
        Just(PortalError::BadRedirect {
            problem: RedirectProblem::NotHttps
        }),
    ]
}

fn auth() -> impl Strategy<Value = PortalError> {
    prop_oneof![
        Just(PortalError::from_code(
            "INVALID_CREDENTIALS",
            "Invalid request credentials",
            "im.user.status.set"
        )),
        Just(PortalError::from_code(
            "NO_AUTH_FOUND",
            "",
            "im.user.status.get"
        )),
        Just(PortalError::from_code(
            "expired_token",
            "",
            "im.user.status.get"
        )),
        Just(PortalError::from_code(
            "insufficient_scope",
            "",
            "im.user.status.set"
        )),
    ]
}

fn reply() -> impl Strategy<Value = Reply> {
    let fail = |error| Reply::Fail {
        error,
        applied: false,
    };
    prop_oneof![
        40 => Just(Reply::Ok),
        8 => status().prop_map(Reply::ChangedElsewhere),
        30 => (transient(), any::<bool>()).prop_map(|(error, applied)| Reply::Fail { error, applied }),
        12 => rate_limited().prop_map(fail),
        4 => fatal().prop_map(fail),
        1 => auth().prop_map(fail),
    ]
}

fn behaviour() -> impl Strategy<Value = Behaviour> {
    let delay = prop_oneof![
        5 => 0u64..200,
        4 => 200u64..1_500,
        2 => 1_500u64..10_000,
        // Beyond the 30-second call timeout: the client gives up on the call.
        1 => 10_000u64..45_000,
    ];
    (delay, reply()).prop_map(|(delay_ms, reply)| Behaviour { delay_ms, reply })
}

fn intent() -> impl Strategy<Value = Intent> {
    prop_oneof![
        3 => status().prop_map(Intent::Set),
        2 => Just(Intent::ToggleDnd),
        1 => Just(Intent::Refresh),
        1 => Just(Intent::Poll),
    ]
}

fn seen() -> impl Strategy<Value = Seen> {
    prop_oneof![
        Just(Seen::Current),
        status().prop_map(Seen::ChangedElsewhere),
        Just(Seen::OurSetLanding),
    ]
}

fn source() -> impl Strategy<Value = Source> {
    prop_oneof![Just(Source::OtherRead), Just(Source::Push)]
}

/// A timer's moment relative to the wall clock: mostly ahead (seconds to two hours), some already past.
fn timer_in_ms() -> impl Strategy<Value = i64> {
    prop_oneof![
        1 => -7_200_000i64..=0,
        2 => 0i64..5_000,
        2 => 0i64..300_000,
        1 => 0i64..7_200_000,
    ]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        8 => intent().prop_map(Step::Intent),
        6 => prop_oneof![0u64..200, 0u64..5_000, 0u64..120_000].prop_map(Step::Advance),
        2 => (0u64..30_000).prop_map(Step::Resync),
        1 => (prop::collection::vec(status(), 2..60), 10u64..500)
            .prop_map(|(statuses, every_ms)| Step::Storm { statuses, every_ms }),
        3 => (source(), seen()).prop_map(|(source, seen)| Step::Observe { source, seen }),
        2 => (timer_in_ms(), intent()).prop_map(|(in_ms, intent)| Step::ArmTimer { in_ms, intent }),
        1 => Just(Step::CancelTimer),
        3 => (status(), timer_in_ms()).prop_map(|(status, in_ms)| Step::SetUntil { status, in_ms }),
        1 => timer_in_ms().prop_map(|in_ms| Step::ToggleDndUntil { in_ms }),
        1 => prop_oneof![-7_200_000i64..7_200_000, -5_000i64..5_000].prop_map(Step::WallJump),
    ]
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        any::<u64>(),
        prop::option::of(status()),
        prop::option::of(status()),
        prop::collection::vec(step(), 1..40),
        prop::collection::vec(behaviour(), 1..24),
    )
        .prop_map(|(seed, initial, before_dnd, steps, portal)| Scenario {
            seed,
            initial,
            before_dnd,
            steps,
            portal,
        })
}

// ---------------------------------------------------------------------------------------------------------
// The simulation
// ---------------------------------------------------------------------------------------------------------

/// The user's choice as the reference model sees it (mirrors the engine's pending choice).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Want {
    Nothing,
    Status(Status),
    /// A DND toggle waits for the status to be read.
    Toggle,
}

struct Flight {
    call: Call,
    sent: Instant,
    due: Instant,
    timed_out: bool,
    reply: Reply,
}

/// What became of an armed timer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fate {
    Armed,
    Fired,
    /// A `Set` or `ToggleDnd` came after it.
    NewerChoice,
    /// A status changed elsewhere was seen.
    ChangeSeen,
    Replaced,
    Cancelled,
}

/// The armed timer as the model sees it.
#[derive(Clone, Copy, Debug)]
struct ArmedTimer {
    timer: Timer,
    /// Its index in `Sim::timers`.
    id: usize,
    /// How many choices the user had made when it was armed.
    choices: usize,
}

/// A timed status on its way, as the model sees it: armed as a guarded revert once the portal confirms
/// `status`.
#[derive(Clone, Copy, Debug)]
struct Plan {
    status: Status,
    at: WallTime,
    /// The revert of the timed status running when this one was chosen, if any.
    replaces: Option<Timer>,
}

/// A run of retryable failures: when its first failed call was sent, and how many calls it took so far.
struct Streak {
    since: Instant,
    calls: u32,
}

struct Sim {
    policy: Policy,
    engine: Engine,
    t0: Instant,
    now: Instant,
    portal: Vec<Behaviour>,
    next_behaviour: usize,
    /// The portal answers every call at once and correctly (the part after the random steps).
    healthy: bool,
    flight: Option<Flight>,
    calls: Vec<(Instant, Call)>,
    /// What the simulated portal stores.
    stored: Option<Status>,
    /// The portal's status as of the last answer that confirmed one: all the engine may show.
    shown: Option<Option<Status>>,
    want: Want,
    before_dnd: Option<Status>,
    /// The status a run must end with once the portal is healthy, if the last choice still stands.
    expect: Option<Status>,
    /// How many calls had been made when the credentials were rejected.
    halted_at: Option<usize>,
    /// The read the engine owes, if any.
    read: Read,
    streak: Option<Streak>,
    /// Every closed failure streak: (calls, from the first failed call's send to the streak's end).
    streaks: Vec<(u32, Duration)>,
    /// The wall clock at `t0`, and how far it has jumped since.
    wall0: i64,
    wall_jumped: i64,
    /// The armed timer, as the model sees it.
    timer: Option<ArmedTimer>,
    /// The fate of every timer armed so far.
    timers: Vec<Fate>,
    /// How many `Set` and `ToggleDnd` intents the user made (taken by the engine).
    choices: usize,
    /// The statuses of the sets sent since the portal's status was last confirmed: seen, they may be our
    /// own change rather than one made elsewhere.
    sent_unconfirmed: Vec<Status>,
    /// The timed status on its way.
    plan: Option<Plan>,
    /// The status before the timed one is unknown: it is read before the set.
    read_first: bool,
    /// A timed toggle waiting for the status: its plan if it turns DND on.
    toggle_plan: Option<Plan>,
    /// When a timer last fired.
    last_fired: Option<Instant>,
}

impl Sim {
    fn new(policy: Policy, s: &Scenario) -> Sim {
        let mut engine = Engine::new(policy, s.seed);
        engine.remember_before_dnd(s.before_dnd);
        let t0 = Instant::now();
        Sim {
            policy,
            engine,
            t0,
            now: t0,
            portal: s.portal.clone(),
            next_behaviour: 0,
            healthy: false,
            flight: None,
            calls: Vec::new(),
            stored: s.initial,
            shown: None,
            want: Want::Nothing,
            before_dnd: s.before_dnd.filter(|b| *b != Status::Dnd),
            expect: None,
            halted_at: None,
            read: Read::None,
            streak: None,
            streaks: Vec::new(),
            wall0: 1_767_225_600_000,
            wall_jumped: 0,
            timer: None,
            timers: Vec::new(),
            choices: 0,
            sent_unconfirmed: Vec::new(),
            plan: None,
            read_first: false,
            toggle_plan: None,
            last_fired: None,
        }
    }

    /// The wall clock now: it runs with the simulated clock (at millisecond precision) and jumps.
    fn wall(&self) -> WallTime {
        let ran = i64::try_from((self.now - self.t0).as_millis()).unwrap();
        WallTime::from_unix_millis(self.wall0 + ran + self.wall_jumped)
    }

    /// The model's timer ends (any way but firing).
    fn end_timer(&mut self, fate: Fate) {
        if let Some(armed) = self.timer.take() {
            self.timers[armed.id] = fate;
        }
    }

    fn is_cli(&self) -> bool {
        self.policy == tuning::CLI_RETRY
    }

    /// The checks that hold after every event.
    fn check(&self) -> Result<(), TestCaseError> {
        let t = self.now - self.t0;
        prop_assert_eq!(
            self.engine.confirmed().map(|c| c.status),
            self.shown,
            "at {:?}: the shown status is not the portal's as of its last confirmation",
            t
        );
        let pending = match self.want {
            Want::Status(s) => Some(s),
            Want::Nothing | Want::Toggle => None,
        };
        prop_assert_eq!(
            self.engine.pending(),
            pending,
            "at {:?}: the pending choice",
            t
        );
        prop_assert_eq!(
            self.engine.before_dnd(),
            self.before_dnd,
            "at {:?}: the status before DND",
            t
        );
        prop_assert_eq!(
            self.engine.timer(),
            self.timer.map(|a| a.timer),
            "at {:?}: the armed timer",
            t
        );
        // A revert waits for the status to be known before it asks for a tick.
        prop_assert_eq!(
            self.engine.tick_at(),
            self.timer
                .filter(|a| self.halted_at.is_none()
                    && (a.timer.guard.is_none() || self.shown.is_some()))
                .map(|a| a.timer.at),
            "at {:?}: when the timer wants a tick",
            t
        );
        prop_assert_eq!(
            self.engine.plan().map(|p| (p.status, p.at)),
            self.plan.map(|p| (p.status, p.at)),
            "at {:?}: the timed status on its way",
            t
        );
        if let Some(n) = self.halted_at {
            prop_assert_eq!(
                self.calls.len(),
                n,
                "a call after the credentials were rejected"
            );
            let activity = self.engine.activity();
            prop_assert!(
                matches!(activity, Activity::Halted(_)),
                "not halted: {:?}",
                activity
            );
        }
        Ok(())
    }

    fn intent(&mut self, intent: Intent) -> Result<(), TestCaseError> {
        let taken = self.engine.intent(intent);
        prop_assert_eq!(
            taken,
            self.halted_at.is_none(),
            "intents are refused exactly while halted"
        );
        if !taken {
            return Ok(());
        }
        if matches!(intent, Intent::Set(_) | Intent::ToggleDnd) {
            self.choices += 1;
            self.end_timer(Fate::NewerChoice);
        }
        self.take(intent);
        Ok(())
    }

    /// The revert of the running timed status, if one is armed (a plain timer is not one).
    fn running_revert(&self) -> Option<Timer> {
        self.timer.map(|a| a.timer).filter(|t| t.guard.is_some())
    }

    fn set_until(&mut self, status: Status, in_ms: i64) -> Result<(), TestCaseError> {
        let at = WallTime::from_unix_millis(self.wall().unix_millis() + in_ms);
        let replaces = self.running_revert();
        let taken = self.engine.set_until(status, at, at);
        prop_assert_eq!(
            taken,
            self.halted_at.is_none(),
            "timed statuses are refused exactly while halted"
        );
        if !taken {
            return Ok(());
        }
        self.choices += 1;
        self.end_timer(Fate::NewerChoice);
        self.take(Intent::Set(status));
        self.plan = Some(Plan {
            status,
            at,
            replaces,
        });
        // Without a known status there is nothing to return to yet: it is read first.
        self.read_first = self.shown.is_none();
        if self.read_first {
            self.read = Read::Asked;
        }
        Ok(())
    }

    fn toggle_dnd_until(&mut self, in_ms: i64) -> Result<(), TestCaseError> {
        let at = WallTime::from_unix_millis(self.wall().unix_millis() + in_ms);
        let replaces = self.running_revert();
        let taken = self.engine.toggle_dnd_until(at, at);
        prop_assert_eq!(
            taken,
            self.halted_at.is_none(),
            "timed toggles are refused exactly while halted"
        );
        if !taken {
            return Ok(());
        }
        self.choices += 1;
        self.end_timer(Fate::NewerChoice);
        self.take(Intent::ToggleDnd);
        let plan = Plan {
            status: Status::Dnd,
            at,
            replaces,
        };
        // Timed only if it turns DND on: at once, or once the status it waits for is read.
        match self.want {
            Want::Toggle => self.toggle_plan = Some(plan),
            Want::Status(Status::Dnd) => self.plan = Some(plan),
            Want::Status(_) | Want::Nothing => {}
        }
        Ok(())
    }

    /// A newer choice: no timed status is on its way any more.
    fn end_plans(&mut self) {
        self.plan = None;
        self.read_first = false;
        self.toggle_plan = None;
    }

    /// The portal now shows `status` (it showed `before` just before). If that is the timed status on its
    /// way, its revert is armed, guarded by that status. It goes back to where the chain began when the
    /// timed status replaced a running one whose status the portal still showed; else to `before`, when
    /// there was one and it differs; with nothing else, from DND to the status before DND, and to Online
    /// from anything else.
    fn arm_plan(&mut self, status: Option<Status>, before: Option<Status>) {
        let Some(plan) = self.plan else {
            return;
        };
        if Some(plan.status) != status {
            return;
        }
        self.plan = None;
        self.read_first = false;
        let mut then = None;
        if let Some(replaced) = plan.replaces
            && before.is_some()
            && replaced.guard == before
            && let Intent::Set(s) = replaced.intent
        {
            then = Some(s);
        }
        if then.is_none() {
            then = before;
        }
        let then = match then {
            Some(s) if s != plan.status => s,
            _ if plan.status == Status::Dnd => self.before_dnd.unwrap_or(Status::Online),
            _ => Status::Online,
        };
        self.end_timer(Fate::Replaced);
        self.timer = Some(ArmedTimer {
            timer: Timer {
                at: plan.at,
                until: plan.at,
                intent: Intent::Set(then),
                guard: Some(plan.status),
            },
            id: self.timers.len(),
            choices: self.choices,
        });
        self.timers.push(Fate::Armed);
    }

    /// The model takes an intent (the user's, or a fired timer's).
    fn take(&mut self, intent: Intent) {
        if matches!(intent, Intent::Set(_) | Intent::ToggleDnd) {
            self.end_plans();
        }
        match intent {
            Intent::Set(s) => self.choose(s),
            Intent::Refresh => self.read = Read::Asked,
            Intent::Poll => self.want_poll(),
            Intent::ToggleDnd => {
                let base = match self.want {
                    Want::Status(s) => Some(Some(s)),
                    Want::Nothing | Want::Toggle => self.shown,
                };
                match base {
                    Some(base) => self.resolve_toggle(base),
                    None => {
                        self.want = Want::Toggle;
                        self.expect = None;
                    }
                }
            }
        }
    }

    /// The timer fired (the engine says so): it must be the model's, due, armed after the user's last
    /// choice, and never have fired before.
    fn fired(&mut self, fired: Timer) -> Result<(), TestCaseError> {
        let t = self.now - self.t0;
        let Some(armed) = self.timer.take() else {
            prop_assert!(false, "at {:?}: {:?} fired with no timer armed", t, fired);
            unreachable!()
        };
        prop_assert_eq!(fired, armed.timer, "at {:?}: another timer fired", t);
        prop_assert!(
            fired.at <= self.wall(),
            "at {:?}: fired before its moment",
            t
        );
        prop_assert!(self.halted_at.is_none(), "a timer fired while halted");
        prop_assert_eq!(
            self.choices,
            armed.choices,
            "a timer fired after a newer choice"
        );
        prop_assert_eq!(self.timers[armed.id], Fate::Armed, "a timer fired twice");
        self.timers[armed.id] = Fate::Fired;
        self.last_fired = Some(self.now);
        self.take(fired.intent);
        Ok(())
    }

    /// Fires the engine's timer if its moment has come, checking it against the model; true if it fired.
    fn tick(&mut self) -> Result<bool, TestCaseError> {
        let wall = self.wall();
        let due = self
            .timer
            .filter(|a| a.timer.at <= wall && self.halted_at.is_none());
        // A revert fires only over its own status; not known yet, it is read first; another one ends it.
        let fires = due.is_some_and(|a| match a.timer.guard {
            None => true,
            Some(guard) => self.shown == Some(Some(guard)),
        });
        match self.engine.tick(wall) {
            Some(fired) => {
                prop_assert!(fires, "at {:?}: {:?} fired", self.now - self.t0, fired);
                self.fired(fired)?;
                Ok(true)
            }
            None => {
                prop_assert!(
                    !fires,
                    "at {:?}: the timer did not fire at its moment",
                    self.now - self.t0
                );
                if let Some(guard) = due.and_then(|a| a.timer.guard) {
                    match self.shown {
                        None => self.want_poll(),
                        Some(shown) if shown != Some(guard) => self.end_timer(Fate::ChangeSeen),
                        Some(_) => {}
                    }
                }
                Ok(false)
            }
        }
    }

    fn arm_timer(&mut self, in_ms: i64, intent: Intent) -> Result<(), TestCaseError> {
        let wall = self.wall();
        let timer = Timer::plain(
            WallTime::from_unix_millis(wall.unix_millis() + in_ms),
            intent,
        );
        let taken = self.engine.arm_timer(timer, wall);
        prop_assert_eq!(
            taken,
            self.halted_at.is_none(),
            "timers are refused exactly while halted"
        );
        if !taken {
            return Ok(());
        }
        self.end_timer(Fate::Replaced);
        self.timer = Some(ArmedTimer {
            timer,
            id: self.timers.len(),
            choices: self.choices,
        });
        self.timers.push(Fate::Armed);
        if timer.at <= wall {
            // A moment already past fires at once.
            prop_assert_eq!(
                self.engine.timer(),
                None,
                "a past timer did not fire at once"
            );
            self.fired(timer)?;
        }
        Ok(())
    }

    /// The portal's status seen outside the engine's calls; the model's statement of `Engine::observed`.
    fn observe(&mut self, source: Source, seen: Seen) -> Result<(), TestCaseError> {
        match seen {
            Seen::Current => {}
            Seen::ChangedElsewhere(s) => {
                self.stored = Some(s);
                if !matches!(self.want, Want::Status(_)) {
                    self.expect = None;
                }
            }
            Seen::OurSetLanding => {
                if let Some(Flight {
                    call: Call::Set(s),
                    reply:
                        Reply::Ok | Reply::ChangedElsewhere(_) | Reply::Fail { applied: true, .. },
                    ..
                }) = self.flight
                {
                    // (A `ChangedElsewhere` reply still applies its change first, at its delivery.)
                    self.stored = Some(s);
                }
            }
        }
        let status = self.stored;
        let taken = self.engine.observed(status, source, self.now);
        prop_assert_eq!(
            taken,
            self.halted_at.is_none(),
            "observations are refused exactly while halted"
        );
        if !taken {
            return Ok(());
        }
        let set_in_flight = match self.flight {
            Some(Flight {
                call: Call::Set(s), ..
            }) => Some(s),
            _ => None,
        };
        let read_in_flight = matches!(
            self.flight,
            Some(Flight {
                call: Call::Get,
                ..
            })
        );
        let want_before = self.want;
        let before = self.shown.flatten();
        self.seen(status);
        // The status before a timed one is known now.
        self.read_first = false;
        // The set in flight can still land after this observation.
        self.sent_unconfirmed.extend(set_in_flight);
        if self.want == Want::Toggle {
            self.resolve_toggle(status);
        }
        if !read_in_flight {
            // A queued read is answered; a read in flight is left to its own outcome.
            self.read = Read::None;
        }
        if let (None, Some(s)) = (set_in_flight, status)
            && self.want == Want::Status(s)
        {
            // The portal holds the choice already: it is done (no set in flight can land after this).
            self.want = Want::Nothing;
            self.arm_plan(status, before);
        }
        // The engine's run of failures ends unless the same choice is still pending.
        let same_work = matches!(want_before, Want::Status(_)) && self.want == want_before;
        if self.flight.is_none()
            && !same_work
            && let Some(streak) = self.streak.take()
        {
            self.streaks.push((streak.calls, self.now - streak.since));
        }
        Ok(())
    }

    /// A status read or observed: one that differs from the shown status and is not ours (a set sent
    /// since the last confirmation, or the pending choice) was changed elsewhere, and cancels the timer.
    fn seen(&mut self, status: Option<Status>) {
        let ours = status
            .is_some_and(|s| self.sent_unconfirmed.contains(&s) || self.want == Want::Status(s));
        let changed = self.shown.is_some_and(|shown| shown != status);
        let off_guard = self.running_revert().is_some_and(|t| t.guard != status);
        if (changed || off_guard) && !ours {
            self.end_timer(Fate::ChangeSeen);
        }
        self.confirm(status);
        self.sent_unconfirmed.clear();
    }

    /// A poll (or a resync's read) is owed, unless an explicit read already is.
    fn want_poll(&mut self) {
        if self.read == Read::None {
            self.read = Read::Poll;
        }
    }

    fn choose(&mut self, s: Status) {
        self.want = Want::Status(s);
        self.expect = Some(s);
    }

    /// DND → the status before it (else Online); anything else → DND, remembering what it was. The model's
    /// own statement of the rule, written apart from `Engine::resolve_toggle` on purpose: the property
    /// compares the two.
    fn resolve_toggle(&mut self, base: Option<Status>) {
        let target = if base == Some(Status::Dnd) {
            self.before_dnd.unwrap_or(Status::Online)
        } else {
            if base.is_some() {
                self.before_dnd = base;
            }
            Status::Dnd
        };
        self.choose(target);
        if let Some(plan) = self.toggle_plan.take()
            && target == Status::Dnd
        {
            self.plan = Some(plan);
        }
    }

    fn confirm(&mut self, status: Option<Status>) {
        if status == Some(Status::Dnd)
            && let Some(Some(previous)) = self.shown
            && previous != Status::Dnd
        {
            self.before_dnd = Some(previous);
        }
        self.shown = Some(status);
    }

    fn send(&mut self, call: Call) -> Result<(), TestCaseError> {
        prop_assert!(
            self.flight.is_none(),
            "at {:?}: {:?} handed out while {:?} is in flight",
            self.now - self.t0,
            call,
            self.flight.as_ref().map(|f| f.call)
        );
        prop_assert!(self.halted_at.is_none(), "a call after the halt");
        let timeout = self.engine.call_timeout(self.now);
        let behaviour = if self.healthy {
            Behaviour {
                delay_ms: 100,
                reply: Reply::Ok,
            }
        } else {
            let b = self.portal[self.next_behaviour % self.portal.len()].clone();
            self.next_behaviour += 1;
            b
        };
        let delay = Duration::from_millis(behaviour.delay_ms);
        let timed_out = delay > timeout;
        if let Call::Set(s) = call {
            self.sent_unconfirmed.push(s);
        }
        self.calls.push((self.now, call));
        self.flight = Some(Flight {
            call,
            sent: self.now,
            due: self.now + delay.min(timeout),
            timed_out,
            reply: behaviour.reply,
        });
        Ok(())
    }

    /// The call in flight is answered (or times out) now.
    fn deliver(&mut self) -> Result<(), TestCaseError> {
        let flight = self.flight.take().expect("a call in flight");
        let timeout = || {
            Outcome::Failed(PortalError::Timeout {
                host: HOST.to_string(),
            })
        };
        let outcome = match flight.reply {
            Reply::Ok | Reply::ChangedElsewhere(_) => {
                if let Reply::ChangedElsewhere(s) = flight.reply {
                    self.stored = Some(s);
                    if !matches!(self.want, Want::Status(_)) {
                        // The last choice no longer stands: the status changed since.
                        self.expect = None;
                    }
                }
                match flight.call {
                    Call::Set(s) => {
                        // A late answer still means the portal applied the change.
                        self.stored = Some(s);
                        if flight.timed_out {
                            timeout()
                        } else {
                            Outcome::SetConfirmed
                        }
                    }
                    Call::Get if flight.timed_out => timeout(),
                    Call::Get => Outcome::Read(self.stored),
                }
            }
            Reply::Fail { error, applied } => {
                if let (true, Call::Set(s)) = (applied, flight.call) {
                    self.stored = Some(s);
                }
                if flight.timed_out {
                    timeout()
                } else {
                    Outcome::Failed(error)
                }
            }
        };
        self.engine.outcome(outcome.clone(), self.now);

        match (flight.call, outcome) {
            (Call::Set(s), Outcome::SetConfirmed) => {
                self.read = Read::None;
                let before = self.shown.flatten();
                self.confirm(Some(s));
                self.sent_unconfirmed.clear();
                if self.want == Want::Status(s) {
                    self.want = Want::Nothing;
                }
                self.arm_plan(Some(s), before);
                self.count_attempt(flight.sent, false, false)?;
            }
            (Call::Get, Outcome::Read(s)) => {
                self.read = Read::None;
                self.read_first = false;
                self.seen(s);
                if self.want == Want::Toggle {
                    self.resolve_toggle(s);
                }
                self.count_attempt(flight.sent, false, false)?;
            }
            (call, Outcome::Failed(error)) => match error.class() {
                ErrorClass::Auth | ErrorClass::Scope => {
                    self.read = Read::None;
                    self.halted_at = Some(self.calls.len());
                    self.want = Want::Nothing;
                    self.expect = None;
                    self.end_plans();
                    self.count_attempt(flight.sent, false, false)?;
                }
                _ if self.want == Want::Nothing && self.read == Read::None => {
                    // The work this call was for was done meanwhile (an observation showed it):
                    // nothing is retried, nothing is reported lost.
                    prop_assert!(
                        matches!(
                            self.engine.activity(),
                            Activity::Idle | Activity::Failed { .. }
                        ) && self.engine.is_settled(),
                        "work done elsewhere, yet {:?}",
                        self.engine.activity()
                    );
                    self.count_attempt(flight.sent, false, false)?;
                }
                ErrorClass::Fatal => {
                    // The work of this call is given up, newer choices stay.
                    match (call, self.want) {
                        (Call::Set(s), Want::Status(w)) if s == w => {
                            self.want = Want::Nothing;
                            self.expect = None;
                            self.plan = None;
                        }
                        (Call::Get, Want::Toggle) => self.want = Want::Nothing,
                        _ => {}
                    }
                    if call == Call::Get {
                        self.read = Read::None;
                        self.toggle_plan = None;
                        if self.read_first {
                            // The status before a timed one could not be read: it is not set blind.
                            self.end_plans();
                            self.want = Want::Nothing;
                            self.expect = None;
                        }
                    }
                    self.count_attempt(flight.sent, false, false)?;
                }
                ErrorClass::RateLimited | ErrorClass::Transient => {
                    let retrying = matches!(
                        self.engine.activity(),
                        Activity::Setting {
                            retrying: Some(_),
                            ..
                        } | Activity::Reading { retrying: Some(_) }
                    );
                    // A poll refused by the rate limit is dropped (no retry scheduled) — never a read
                    // someone waits for (an explicit refresh, a toggle waiting for the status, the
                    // status before a timed one).
                    let poll_refused = call == Call::Get
                        && error.class() == ErrorClass::RateLimited
                        && self.read == Read::Poll
                        && self.want != Want::Toggle
                        && !self.read_first;
                    if poll_refused {
                        prop_assert!(!retrying, "a refused poll is retried");
                        self.read = Read::None;
                        if self.shown.is_none() && self.want == Want::Nothing {
                            prop_assert_eq!(
                                self.engine.activity(),
                                Activity::Failed {
                                    wanted: None,
                                    error: error.clone()
                                },
                                "a refused first poll shows the refusal"
                            );
                        }
                        self.count_attempt(flight.sent, true, true)?;
                        return Ok(());
                    }
                    // (An earlier failure can show again once nothing is left to do: giving up is a
                    // failure naming this error.)
                    let gave_up = matches!(
                        self.engine.activity(),
                        Activity::Failed { error: e, .. } if e == error
                    );
                    prop_assert!(
                        self.is_cli() || !gave_up,
                        "the tray gave up after a retryable failure: {:?}",
                        error
                    );
                    prop_assert!(
                        gave_up || retrying,
                        "work dropped after {:?} on {:?} (read owed: {:?}, shown: {:?})",
                        error,
                        call,
                        self.read,
                        self.shown
                    );
                    if gave_up {
                        self.want = Want::Nothing;
                        self.expect = None;
                        self.read = Read::None;
                        self.end_plans();
                    }
                    self.count_attempt(flight.sent, true, gave_up)?;
                }
            },
            (call, outcome) => prop_assert!(false, "mismatched outcome {outcome:?} for {call:?}"),
        }
        Ok(())
    }

    /// Counts the call sent at `sent`, just answered, into the run of failures: a retryable failure starts
    /// or continues it (and ends it if the engine gave up); any other answer ends it.
    fn count_attempt(
        &mut self,
        sent: Instant,
        retryable: bool,
        gave_up: bool,
    ) -> Result<(), TestCaseError> {
        let mut streak = match self.streak.take() {
            Some(s) => s,
            None if retryable => Streak {
                since: sent,
                calls: 0,
            },
            None => return Ok(()),
        };
        streak.calls += 1;
        let span = self.now - streak.since;
        if self.is_cli() {
            prop_assert!(
                streak.calls <= 5,
                "{} attempts of one piece of work",
                streak.calls
            );
            prop_assert!(
                span <= Duration::from_secs(60),
                "still trying {:?} after the portal started failing",
                span
            );
        }
        if retryable && !gave_up {
            self.streak = Some(streak);
        } else {
            self.streaks.push((streak.calls, span));
        }
        Ok(())
    }

    /// Runs the engine until `end` on the simulated clock.
    fn run_until(&mut self, end: Instant) -> Result<(), TestCaseError> {
        for _ in 0..1_000_000 {
            self.check()?;
            if let Some(f) = &self.flight
                && f.due <= self.now
            {
                self.deliver()?;
                continue;
            }
            if self.tick()? {
                continue;
            }
            let wake = match self.engine.next(self.now) {
                Next::Send(call) => {
                    self.send(call)?;
                    continue;
                }
                Next::WaitUntil(t) => {
                    prop_assert!(self.flight.is_none(), "a wait while a call is in flight");
                    Some(t)
                }
                Next::Idle => None,
            };
            if let Some(t) = wake
                && t <= self.now
            {
                // A wait that has already passed (the pacer's float arithmetic can round its last
                // nanosecond away): the real clock moves on by itself, so does this one.
                self.now += Duration::from_nanos(1);
                continue;
            }
            let mut at = end;
            if let Some(f) = &self.flight {
                at = at.min(f.due);
            }
            if let Some(t) = wake {
                at = at.min(t);
            }
            if let Some(t) = self.engine.tick_at() {
                // The wall clock runs with this one: its moment comes after the wall time left.
                at = at.min(self.now + t.saturating_duration_since(self.wall()));
            }
            if at <= self.now {
                return Ok(());
            }
            self.now = at;
        }
        prop_assert!(false, "the simulation did not reach its end");
        Ok(())
    }

    fn step(&mut self, step: &Step) -> Result<(), TestCaseError> {
        match *step {
            Step::Storm {
                ref statuses,
                every_ms,
            } => {
                for s in statuses {
                    self.intent(Intent::Set(*s))?;
                    self.run_until(self.now + Duration::from_millis(every_ms))?;
                }
            }
            Step::Intent(i) => self.intent(i)?,
            Step::Advance(ms) => self.run_until(self.now + Duration::from_millis(ms))?,
            Step::Resync(ms) => {
                // Only the tray resyncs (after the network comes back); the CLI never does.
                if !self.is_cli() {
                    self.engine.resync(self.now, Duration::from_millis(ms));
                    if self.halted_at.is_none() {
                        self.want_poll();
                    }
                }
            }
            Step::Observe { source, seen } => self.observe(source, seen)?,
            Step::ArmTimer { in_ms, intent } => self.arm_timer(in_ms, intent)?,
            Step::SetUntil { status, in_ms } => self.set_until(status, in_ms)?,
            Step::ToggleDndUntil { in_ms } => self.toggle_dnd_until(in_ms)?,
            Step::CancelTimer => {
                let cancelled = self.engine.cancel_timer();
                prop_assert_eq!(
                    cancelled,
                    self.timer.map(|a| a.timer),
                    "the cancelled timer"
                );
                self.end_timer(Fate::Cancelled);
                // The timed status on its way keeps its status, without a revert.
                self.end_plans();
            }
            Step::WallJump(ms) => self.wall_jumped += ms,
        }
        // As the tray's loop: the engine is asked for its next step right after every event.
        self.run_until(self.now)
    }

    /// The portal answers everything correctly from now on; the engine must settle within 30 minutes
    /// (of a timer's firing, when one fires meanwhile and brings new work).
    fn settle_on_a_healthy_portal(&mut self) -> Result<(), TestCaseError> {
        self.healthy = true;
        let start = self.now;
        let settle = Duration::from_secs(30 * 60);
        self.run_until(start + settle)?;
        if let Some(fired) = self.last_fired.filter(|f| *f > start) {
            self.run_until(fired + settle)?;
        }
        prop_assert!(
            self.flight.is_none() && self.engine.is_settled(),
            "not settled"
        );
        Ok(())
    }

    /// Calls ≤ burst + rate × window over every window of the recorded calls.
    fn check_pace(&self, pace: Pace) -> Result<(), TestCaseError> {
        for i in 0..self.calls.len() {
            for j in i..self.calls.len() {
                let window = (self.calls[j].0 - self.calls[i].0).as_secs_f64();
                let count = (j - i + 1) as f64;
                prop_assert!(
                    count <= pace.burst + pace.per_sec * window + 1e-6,
                    "{} calls in {:.3} s (from {:?})",
                    count,
                    window,
                    self.calls[i].0 - self.t0
                );
            }
        }
        Ok(())
    }
}

/// The random run, then a healthy portal until the engine settles; checks the properties common to both
/// policies.
fn run_scenario(policy: Policy, s: &Scenario) -> Result<Sim, TestCaseError> {
    let mut sim = Sim::new(policy, s);
    for step in &s.steps {
        sim.step(step)?;
    }
    // Whatever the random part left in flight gets its scripted answer; everything after it succeeds.
    sim.settle_on_a_healthy_portal()?;
    sim.check()?;
    // A timer still armed is run to its moment: it fires (the model checks it at every step).
    if let Some(armed) = sim.timer
        && sim.halted_at.is_none()
    {
        let left = armed.timer.at.saturating_duration_since(sim.wall());
        sim.run_until(sim.now + left)?;
        prop_assert_eq!(
            sim.timers[armed.id],
            Fate::Fired,
            "the armed timer never fired"
        );
        sim.settle_on_a_healthy_portal()?;
        sim.check()?;
    }
    if sim.halted_at.is_none() {
        prop_assert!(
            !sim.timers.contains(&Fate::Armed),
            "a timer neither fired nor was cancelled: {:?}",
            sim.timers
        );
    }

    if let Some(n) = sim.halted_at {
        prop_assert_eq!(sim.calls.len(), n, "calls after the halt");
        return Ok(sim);
    }
    prop_assert_eq!(sim.want, Want::Nothing, "a choice left undone");
    if let Some(target) = sim.expect {
        prop_assert_eq!(
            sim.engine.confirmed().map(|c| c.status),
            Some(Some(target)),
            "the last choice is not what is shown"
        );
        prop_assert_eq!(
            sim.stored,
            Some(target),
            "the last choice is not on the portal"
        );
    }
    let activity = sim.engine.activity();
    prop_assert!(
        matches!(activity, Activity::Idle | Activity::Failed { .. }),
        "settled, yet {:?}",
        activity
    );
    // A read on the healthy portal shows what it stores.
    sim.intent(Intent::Refresh)?;
    sim.settle_on_a_healthy_portal()?;
    prop_assert_eq!(sim.engine.confirmed().map(|c| c.status), Some(sim.stored));
    Ok(sim)
}

/// Cases per property: enough for a few seconds in a debug build on two cores; `PROPTEST_CASES` sets
/// another number (e.g. `PROPTEST_CASES=100000` for a long soak).
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(CASES)
}

const CASES: u32 = 1000;

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        // Failures are reported with their shrunk input; no regression files are written into the tree.
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// The tray's policy: what is shown is always a confirmed status, one call at a time, the last choice
    /// wins once the portal recovers (unless the credentials were rejected: then no call at all), never
    /// giving up on a retryable failure, and the calls keep within the client's bucket. A timer never
    /// fires after a newer choice or a change seen elsewhere, and otherwise fires exactly once, at or
    /// after its moment (never while halted).
    #[test]
    fn background_policy(s in scenario()) {
        let sim = run_scenario(tuning::BACKGROUND_RETRY, &s)?;
        sim.check_pace(tuning::TRAY_PACE)?;
    }

    /// The CLI's policy: the same, and every run of failures ends (success or giving up) within 60 s of
    /// its first failed call, after at most 5 attempts.
    #[test]
    fn cli_policy(s in scenario()) {
        run_scenario(tuning::CLI_RETRY, &s)?;
    }

    /// A CLI command: one intent, then the engine runs on a flaky portal until it settles by itself. Each
    /// piece of work (a read, a set) is attempted at most 5 times, and each run of failures is over within
    /// 60 s of simulated time.
    #[test]
    fn cli_command_settles_on_a_flaky_portal(
        seed in any::<u64>(),
        initial in prop::option::of(status()),
        before_dnd in prop::option::of(status()),
        intent in intent(),
        portal in prop::collection::vec(behaviour(), 1..12),
    ) {
        let s = Scenario { seed, initial, before_dnd, steps: vec![], portal };
        let mut sim = Sim::new(tuning::CLI_RETRY, &s);
        sim.intent(intent)?;
        sim.run_until(sim.t0 + Duration::from_secs(3600))?;
        prop_assert!(sim.flight.is_none() && sim.engine.is_settled(), "the command did not settle");
        let activity = sim.engine.activity();
        prop_assert!(
            matches!(activity, Activity::Idle | Activity::Failed { .. } | Activity::Halted(_)),
            "settled, yet {:?}",
            activity
        );
        let mut per_call: Vec<(Call, u32)> = vec![];
        for (_, call) in &sim.calls {
            match per_call.iter_mut().find(|(c, _)| c == call) {
                Some((_, n)) => *n += 1,
                None => per_call.push((*call, 1)),
            }
        }
        for (call, n) in per_call {
            prop_assert!(n <= 5, "{:?} attempted {} times", call, n);
        }
        for (calls, span) in &sim.streaks {
            prop_assert!(*calls <= 5 && *span <= Duration::from_secs(60), "{} calls over {:?}", calls, span);
        }
        // A toggle is at most a read and a set; anything else one call.
        let pieces = if intent == Intent::ToggleDnd { 2 } else { 1 };
        prop_assert!(sim.calls.len() <= 5 * pieces, "{} calls", sim.calls.len());
    }
}
