//! An office behind one address: many tray engines polling one simulated portal through its single
//! rate-limit bucket (Bitrix24 counts the limit per portal and source IP, so the staff behind one NAT share
//! one leaky bucket: burst 50, draining 2 calls/s).
//!
//! Each instance is what the tray's worker runs (`session/live.rs`, `Live`): an [`Engine`] with
//! [`tuning::BACKGROUND_RETRY`], a [`Poller`] that asks for a read every poll interval (±20 % jitter, stretched on
//! rate-limit answers), and its own real [`Client`] calling the in-process simulator over HTTP. A tenth of
//! the instances change their status at random times; halfway through, the office's uplink fails for a
//! minute (every call is dropped) and, when it returns, every engine is told to resync at the same moment,
//! as NetworkManager's "connected" signal does in the tray.
//!
//! With `--revert-at SECS` it plays the office at 09:00 instead: every user set Do Not Disturb "until
//! 09:00" (at their start), and at that simulated second every clock shows 09:00: each tray sends its
//! revert to Online at 09:00 plus its account's share of the minute (`timed::spread_for`, as the tray's
//! `session/choice.rs` does). Every revert must be confirmed within 2 minutes of 09:00.
//!
//! With `--lunch-at SECS` it plays the office at lunch: every machine's `away_when_locked` rule is on,
//! and from that simulated second everyone locks their screen within `--lunch-spread-secs` (300 changes
//! in a minute) and unlocks `--lunch-secs` later, again within the spread. Each machine is its own user
//! here (the simulator's colleagues: a status each), so a machine's reads see only its own status, as in
//! a real office; the rules run in the same `Live` loop as the tray's (`Live::automatic`).
//!
//! ```text
//! cargo run --release --example fleet -- [--instances 300] [--minutes 60] [--time-scale 10]
//! ```
//!
//! `--minutes` is portal-clock (simulated) time; the run takes `minutes / time-scale` of wall time. The
//! time scale divides every duration of the system and multiplies every rate by the same factor (see
//! `scaling_note`), so the run is the real office played K times faster; every time printed is simulated.
//! The numbers, what they show and how the scaling was checked against real time: `docs/FLEET.md`.

use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use b24_status::automatic::{Rule, Signal};
use b24_status::backoff::Policy;
use b24_status::engine::WallTime;
use b24_status::engine::{Call, Engine, Intent, Outcome, Timer};
use b24_status::pacer::Pace;
use b24_status::poll::{Poller, Pushback};
use b24_status::portal::client::Client;
use b24_status::portal::webhook::Portal;
use b24_status::portal::webhook::Webhook;
use b24_status::portal_error::PortalError;
use b24_status::session::choice::machine_number;
use b24_status::session::live::{Event, Live};
use b24_status::status::Status;
use b24_status::store::config::Account;
use b24_status::timed;
use b24_status::tuning;
use b24_status_sim::{CallRecord, Fault, SimConfig, Simulator};
use clap::Parser;
use tokio::sync::watch;

/// The requirement: a user's change is confirmed within this many seconds.
const CONFIRM_DEADLINE_SECS: f64 = 30.0;
/// A timer wake-up later than this (simulated) counts as late: a tenth of the bucket's 0.5 s per call.
const LATE_SECS: f64 = 0.05;
/// Backoff's floor after a rate-limit answer without a `Retry-After` (`backoff.rs`, hard-coded).
const RATE_LIMIT_FLOOR_SECS: f64 = 1.0;

#[derive(Parser, Debug, Clone)]
#[command(about = "Simulates an office of tray instances sharing one portal rate-limit bucket")]
struct Args {
    /// Tray instances (machines behind one address).
    #[arg(long, default_value_t = 300)]
    instances: usize,
    /// Simulated (portal-clock) minutes to run; wall time is this divided by --time-scale.
    #[arg(long, default_value_t = 60.0)]
    minutes: f64,
    /// How many times faster than real time the office runs (1 = real time).
    #[arg(long, default_value_t = 10.0)]
    time_scale: f64,
    /// The tray's poll interval in seconds (the config default is 60).
    #[arg(long, default_value_t = 60.0)]
    poll_secs: f64,
    /// Share of the instances whose users change their status.
    #[arg(long, default_value_t = 0.10)]
    changers: f64,
    /// Mean minutes between two changes of one user (exponential gaps, at least 60 s apart).
    #[arg(long, default_value_t = 6.0)]
    change_every_min: f64,
    /// Seconds the instances start over (people arriving at work; 0 = all at once).
    #[arg(long, default_value_t = 60.0)]
    start_spread_secs: f64,
    /// Length of the outage (every call dropped) in seconds; 0 for none.
    #[arg(long, default_value_t = 60.0)]
    outage_secs: f64,
    /// When the outage starts, as a fraction of the run.
    #[arg(long, default_value_t = 0.5)]
    outage_at: f64,
    /// The quick resync spread when the network returns (the tray's: `tuning::RESYNC_AFTER_NETWORK`); an instance the portal
    /// pushed back recently spreads its resync over one stretched interval instead
    /// (`Poller::resync_spread`).
    #[arg(long, default_value_t = tuning::RESYNC_AFTER_NETWORK.as_secs_f64())]
    resync_spread_secs: f64,
    /// What-if: the poll stretch's growth per refused call (the tray's: `tuning::TRAY_PUSHBACK`).
    #[arg(long, default_value_t = tuning::TRAY_PUSHBACK.grow)]
    poll_growth: u32,
    /// What-if: answered calls in a row that halve the poll stretch (the tray's: `tuning::TRAY_PUSHBACK`).
    #[arg(long, default_value_t = tuning::TRAY_PUSHBACK.shrink_after)]
    poll_shrink_after: u32,
    /// Do not tell the engines to resync after the outage (a machine without NetworkManager).
    #[arg(long)]
    no_resync: bool,
    /// The portal bucket's size.
    #[arg(long, default_value_t = 50.0)]
    burst: f64,
    /// The portal bucket's drain, calls per (simulated) second.
    #[arg(long, default_value_t = 2.0)]
    drain: f64,
    /// The office at 09:00: every instance's timed DND ends at this simulated second (no random changes).
    #[arg(long)]
    revert_at: Option<f64>,
    /// What-if: the window the reverts spread over, seconds (the tray's: `tuning::ROUND_MOMENT_SPREAD`).
    #[arg(long, default_value_t = tuning::ROUND_MOMENT_SPREAD.as_secs_f64())]
    revert_spread_secs: f64,
    /// What-if: the cap of a refused revert's back-off, seconds (the tray's:
    /// `tuning::BACKGROUND_RETRY.max_limited_timer_delay`).
    #[arg(long, default_value_t = tuning::BACKGROUND_RETRY.max_limited_timer_delay.as_secs_f64())]
    revert_cap_secs: f64,
    /// The office at lunch: from this simulated second everyone locks their screen (no random changes).
    #[arg(long)]
    lunch_at: Option<f64>,
    /// How long lunch lasts, simulated seconds: each machine unlocks this long after the lock burst began
    /// (plus its own share of the spread).
    #[arg(long, default_value_t = 1800.0)]
    lunch_secs: f64,
    /// The window the locks (and the unlocks) spread over, seconds.
    #[arg(long, default_value_t = 60.0)]
    lunch_spread_secs: f64,
    /// Seed of every random choice (plans, jitter), so a run can be repeated.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

/// Simulated time: seconds since the start, K times faster than the wall clock.
#[derive(Clone, Copy, Debug)]
struct Clock {
    t0: Instant,
    k: f64,
}

impl Clock {
    fn at(&self, sim_secs: f64) -> Instant {
        self.t0 + self.wall(sim_secs)
    }

    fn sim(&self, t: Instant) -> f64 {
        t.saturating_duration_since(self.t0).as_secs_f64() * self.k
    }

    fn wall(&self, sim_secs: f64) -> Duration {
        Duration::from_secs_f64(sim_secs.max(0.0) / self.k)
    }
}

/// What every instance shares.
struct Setup {
    clock: Clock,
    policy: Policy,
    poll_secs: f64,
    resync_spread: Duration,
    pushback: Pushback,
    duration: f64,
    seed: u64,
    /// `--revert-at`: the plans' Online changes are reverts.
    reverts: bool,
    /// `--lunch-at`: the plans' changes are the screen locking (Away) and unlocking (Online).
    lunch: bool,
}

/// One instance's user: when the tray starts and which changes are clicked when (simulated seconds).
struct Plan {
    idx: usize,
    start: f64,
    changes: Vec<(f64, Status)>,
}

/// One click and what became of it.
#[derive(Clone, Debug)]
struct Change {
    at: f64,
    target: Status,
    confirmed: Option<f64>,
    /// A newer click came before this one was confirmed (the engine coalesces them).
    superseded: bool,
    /// Reads this instance sent while the change was pending: the engine sends a change first.
    reads_while_pending: u32,
    /// Sets this instance sent while the change was open (the first and its retries).
    sets_sent: u32,
    /// A read was already in flight when the user clicked (the change waits for that one call).
    read_in_flight_at_click: bool,
    /// The revert of a timed status (`--revert-at`), not a click.
    revert: bool,
    /// The screen locked or unlocked (`--lunch-at`): the change is the automatic rule's, not a click.
    lunch: bool,
}

#[derive(Debug, Default)]
struct Log {
    changes: Vec<Change>,
    /// The engine's confirmed status differed from a just-confirmed change (should never happen).
    mismatches: u32,
    stretch_end: u32,
    /// Round trips of the calls, simulated seconds (fidelity: loopback should be milliseconds).
    round_trips: Vec<f64>,
    /// Timer wake-ups and how late they were, simulated seconds (fidelity: a busy runtime is late).
    wakes: u32,
    late_wakes: u32,
    max_lateness: f64,
}

impl Log {
    fn open_change(&mut self) -> Option<&mut Change> {
        self.changes
            .last_mut()
            .filter(|c| c.confirmed.is_none() && !c.superseded)
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    if args.time_scale <= 0.0 || args.instances == 0 || args.minutes <= 0.0 {
        eprintln!("fleet: --time-scale, --instances and --minutes must be positive");
        return ExitCode::from(2);
    }
    let k = args.time_scale;
    let spawned = Instant::now();
    // The portal runs on its own thread and runtime (Simulator::spawn), the office on this one.
    let sim = match Simulator::spawn(SimConfig {
        status: Some("online".into()),
        // At lunch every machine is its own user (see the module docs).
        colleagues: if args.lunch_at.is_some() {
            args.instances as u64
        } else {
            0
        },
        burst: args.burst,
        drain_per_sec: args.drain * k,
        ..SimConfig::default()
    }) {
        Ok(sim) => Arc::new(sim),
        Err(e) => {
            eprintln!("fleet: the simulator could not start: {e}");
            return ExitCode::FAILURE;
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("fleet: no tokio runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    // Every instance's client is made before the clock starts: making 300 HTTP clients (TLS set-up
    // included) takes seconds of CPU that would otherwise stall this one thread mid-run, whereas in the
    // office each machine makes its own.
    let made = Instant::now();
    let clients: Result<Vec<Client>, String> = runtime.block_on(async {
        let url = sim.webhook_url();
        (0..args.instances)
            .map(|idx| {
                let url = match args.lunch_at {
                    // The colleague's own webhook: the same secret under user idx + 1.
                    Some(_) => url.replacen("/rest/7/", &format!("/rest/{}/", idx + 1), 1),
                    None => url.clone(),
                };
                let webhook = Webhook::parse(&url).map_err(|e| e.to_string())?;
                Client::new(webhook).map_err(|e| e.to_string())
            })
            .collect()
    });
    let clients = match clients {
        Ok(clients) => clients,
        Err(e) => {
            eprintln!("fleet: no HTTP client: {e}");
            return ExitCode::FAILURE;
        }
    };
    eprintln!(
        "fleet: {} HTTP clients made in {:.1} s",
        clients.len(),
        made.elapsed().as_secs_f64()
    );
    let t0 = Instant::now();
    let clock = Clock { t0, k };
    // The simulator's call times count from its start, a little before t0.
    let offset = (t0 - spawned).as_secs_f64();
    let logs = runtime.block_on(office(&args, clock, sim.clone(), clients));
    let wall = t0.elapsed();
    report(&args, clock, wall, &logs, &sim.calls(), offset);
    ExitCode::SUCCESS
}

/// tuning::BACKGROUND_RETRY with every duration divided and every rate multiplied by `k` (identical at k = 1).
fn scaled_policy(k: f64) -> Policy {
    let p = tuning::BACKGROUND_RETRY;
    Policy {
        base_delay: p.base_delay.div_f64(k),
        max_delay: p.max_delay.div_f64(k),
        max_limited_change_delay: p.max_limited_change_delay.div_f64(k),
        max_limited_timer_delay: p.max_limited_timer_delay.div_f64(k),
        call_timeout: p.call_timeout.div_f64(k),
        budget: p.budget.map(|b| b.div_f64(k)),
        pace: p.pace.map(|pace| Pace {
            burst: pace.burst,
            per_sec: pace.per_sec * k,
        }),
        ..p
    }
}

/// The backoff waits at least 1 s after a rate-limit answer that names no wait. That floor is a constant
/// in `backoff.rs`; at time scale k it must be 1/k s, which the portal's own hint (`retry_after`) expresses.
fn scale_retry_after(outcome: Outcome, k: f64) -> Outcome {
    match outcome {
        Outcome::Failed(PortalError::RateLimited {
            code,
            retry_after: None,
        }) if k != 1.0 => Outcome::Failed(PortalError::RateLimited {
            code,
            retry_after: Some(Duration::from_secs_f64(RATE_LIMIT_FLOOR_SECS / k)),
        }),
        other => other,
    }
}

fn plans(args: &Args, duration: f64) -> Vec<Plan> {
    let mut rng = fastrand::Rng::with_seed(args.seed);
    let n = args.instances;
    let changers = ((n as f64) * args.changers).round() as usize;
    let mut order: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut order);
    let mut is_changer = vec![false; n];
    for &i in order.iter().take(changers) {
        is_changer[i] = true;
    }
    if let Some(at) = args.lunch_at {
        return (0..n)
            .map(|idx| {
                let start = args.start_spread_secs * rng.f64();
                let lock = at + args.lunch_spread_secs * rng.f64();
                let unlock = at + args.lunch_secs + args.lunch_spread_secs * rng.f64();
                Plan {
                    idx,
                    start,
                    changes: vec![(lock, Status::Away), (unlock, Status::Online)],
                }
            })
            .collect();
    }
    if let Some(at) = args.revert_at {
        return (0..n)
            .map(|idx| {
                let start = args.start_spread_secs * rng.f64();
                Plan {
                    idx,
                    start,
                    // The timed DND was set at some moment before 09:00 (over the hours before it,
                    // squeezed into the run before the revert), not all at once.
                    changes: vec![
                        (
                            start + 5.0 + (at - start - 65.0).max(0.0) * rng.f64(),
                            Status::Dnd,
                        ),
                        (
                            at + revert_spread(idx, args.revert_spread_secs),
                            Status::Online,
                        ),
                    ],
                }
            })
            .collect();
    }
    let mean_gap = args.change_every_min * 60.0;
    let exp = |rng: &mut fastrand::Rng| -mean_gap * (1.0 - rng.f64()).ln();
    (0..n)
        .map(|idx| {
            let start = args.start_spread_secs * rng.f64();
            let mut changes = vec![];
            if is_changer[idx] {
                let mut current = Status::Online;
                let mut t = start + 10.0 + exp(&mut rng);
                // Leave every change the time to be confirmed before the run ends.
                while t < duration - 2.0 * CONFIRM_DEADLINE_SECS {
                    let others: Vec<Status> =
                        Status::ALL.into_iter().filter(|s| *s != current).collect();
                    current = others[rng.usize(..others.len())];
                    changes.push((t, current));
                    t += exp(&mut rng).max(60.0);
                }
            }
            Plan {
                idx,
                start,
                changes,
            }
        })
        .collect()
}

/// How long after 09:00 instance `idx`'s revert goes: the tray's spread for a whole-minute moment, for an
/// account of its own (user `idx + 1` of one portal).
fn revert_spread(idx: usize, window_secs: f64) -> f64 {
    let account = Account {
        portal: Portal::parse("https://office.bitrix24.com").expect("a portal address"),
        user_id: idx as u64 + 1,
        name: String::new(),
    };
    // 2026-12-02 09:00 in Berlin: a whole minute.
    let nine = WallTime::from_unix_millis(1_796_198_400_000);
    timed::spread_for(nine, machine_number(&account)).as_secs_f64() * window_secs
        / tuning::ROUND_MOMENT_SPREAD.as_secs_f64()
}

/// Runs the office: the instances, the outage and the resync. Returns each instance's log.
async fn office(args: &Args, clock: Clock, sim: Arc<Simulator>, clients: Vec<Client>) -> Vec<Log> {
    let duration = args.minutes * 60.0;
    let setup = Arc::new(Setup {
        clock,
        policy: Policy {
            max_limited_timer_delay: clock.wall(args.revert_cap_secs),
            ..scaled_policy(clock.k)
        },
        poll_secs: args.poll_secs,
        resync_spread: clock.wall(args.resync_spread_secs),
        pushback: Pushback {
            grow: args.poll_growth,
            shrink_after: args.poll_shrink_after,
        },
        duration,
        seed: args.seed,
        reverts: args.revert_at.is_some(),
        lunch: args.lunch_at.is_some(),
    });
    let (resync_tx, resync_rx) = watch::channel(());
    let tasks: Vec<_> = plans(args, duration)
        .into_iter()
        .zip(clients)
        .map(|(plan, client)| {
            tokio::spawn(instance(setup.clone(), plan, client, resync_rx.clone()))
        })
        .collect();
    drop(resync_rx);

    let progress = |what: &str| {
        eprintln!(
            "fleet: t = {:7.1} s (simulated), {:6.1} s wall: {what}",
            clock.sim(Instant::now()),
            clock.t0.elapsed().as_secs_f64()
        );
    };
    progress(&format!("{} instances started", args.instances));
    if args.outage_secs > 0.0 {
        let start = duration * args.outage_at;
        tokio::time::sleep_until(clock.at(start).into()).await;
        // The simulator checks its bucket before its faults: during the outage the bucket is switched off
        // (calls that never reach the portal cannot fill it) and every call is dropped.
        for _ in 0..200_000 {
            sim.push_fault(None, Fault::Drop);
        }
        sim.set_rate_limit(1e12, 0.0);
        progress("outage: every call is dropped");
        tokio::time::sleep_until(clock.at(start + args.outage_secs).into()).await;
        sim.clear_faults();
        // After a quiet minute the real bucket has drained empty (60 s × 2/s > 50): a fresh bucket.
        sim.set_rate_limit(args.burst, args.drain * clock.k);
        if args.no_resync {
            progress("the network is back (no resync)");
        } else {
            resync_tx.send_replace(());
            progress("the network is back: every engine told to resync");
        }
    }
    let mut logs = Vec::with_capacity(tasks.len());
    for task in tasks {
        logs.push(task.await.expect("an instance does not panic"));
    }
    progress("done");
    logs
}

/// One tray instance: the tray's loop (`session::live::Live`), with a scripted user.
async fn instance(
    setup: Arc<Setup>,
    plan: Plan,
    client: Client,
    mut resync: watch::Receiver<()>,
) -> Log {
    let clock = setup.clock;
    tokio::time::sleep_until(clock.at(plan.start).into()).await;
    let seed = setup
        .seed
        .wrapping_mul(0x9e37_79b9_7f4a_7c15)
        .wrapping_add(plan.idx as u64);
    let engine = Engine::new(setup.policy, seed);
    let poller = Poller::with_pushback(clock.wall(setup.poll_secs), seed ^ 0x0f0f, setup.pushback);
    // The tray's own loop (session/live.rs), as at the tray's start: read the status at once (a poll:
    // refused, it waits for the next), then poll.
    let mut live = Live::new(engine, Some(client), Some(poller));
    live.automatic.set_enabled(Rule::Locked, setup.lunch);
    live.engine.intent(Intent::Poll);
    let end = clock.at(setup.duration);
    let mut changes = plan.changes.into_iter().peekable();
    let mut log = Log::default();
    let mut resync_open = true;
    loop {
        let now = Instant::now();
        if now >= end {
            break;
        }
        let idle = !live.busy();
        let mut wake = live.start(now).map_or(end, |t| t.min(end));
        if let Some((t, _)) = changes.peek() {
            wake = wake.min(clock.at(*t));
        }
        if idle
            && live.in_flight_call() == Some(Call::Get)
            && let Some(change) = log.open_change()
        {
            change.reads_while_pending += 1;
        }
        if idle
            && matches!(live.in_flight_call(), Some(Call::Set(_)))
            && let Some(change) = log.open_change()
        {
            change.sets_sent += 1;
        }
        tokio::select! {
            event = live.wait(Some(wake)) => match event {
                Event::Answered(answered) => {
                    let outcome = scale_retry_after(answered.outcome, clock.k);
                    let done = Instant::now();
                    log.round_trips.push((done - answered.sent).as_secs_f64() * clock.k);
                    let set_confirmed = matches!(outcome, Outcome::SetConfirmed);
                    live.answered(outcome, answered.client, done);
                    if let (Call::Set(status), true) = (answered.call, set_confirmed)
                        && let Some(change) = log.open_change()
                        && change.target == status
                    {
                        change.confirmed = Some(clock.sim(done));
                        if live.engine.confirmed().map(|c| c.status) != Some(Some(status)) {
                            log.mismatches += 1;
                        }
                    }
                }
                Event::Due => {
                    let now = Instant::now();
                    let late = now.saturating_duration_since(wake).as_secs_f64() * clock.k;
                    log.wakes += 1;
                    log.late_wakes += u32::from(late > LATE_SECS);
                    log.max_lateness = log.max_lateness.max(late);
                    live.tick(now);
                    while let Some(&(t, status)) = changes.peek()
                        && clock.at(t) <= now
                    {
                        changes.next();
                        if let Some(previous) = log.open_change() {
                            previous.superseded = true;
                        }
                        log.changes.push(Change {
                            at: clock.sim(now),
                            target: status,
                            confirmed: None,
                            superseded: false,
                            reads_while_pending: 0,
                            sets_sent: 0,
                            read_in_flight_at_click: live.in_flight_call() == Some(Call::Get),
                            revert: setup.reverts && status == Status::Online,
                            lunch: setup.lunch,
                        });
                        if setup.lunch {
                            // The screen locks (Away) or unlocks (back to Online): the rule in the
                            // loop sets it at the next `Live::start`.
                            live.automatic.signal(Signal::Locked(status == Status::Away));
                        } else if setup.reverts && status == Status::Online {
                            // The revert comes from the timer, as in the tray (unguarded here: the
                            // office shares one portal user, so another machine's revert is seen too).
                            let wall = WallTime::from_system_time(std::time::SystemTime::now());
                            live.engine
                                .arm_timer(Timer::plain(wall, Intent::Set(status)), wall);
                        } else {
                            live.engine.intent(Intent::Set(status));
                        }
                    }
                }
            },
            changed = resync.changed(), if resync_open => match changed {
                Ok(()) => live.resync_within(setup.resync_spread, Instant::now()),
                Err(_) => resync_open = false,
            },
        }
    }
    log.stretch_end = live.poller().map_or(1, Poller::stretch);
    log
}

// ------------------------------------------------------------------------------------------------
// The report.

/// Counts of portal calls in a window of simulated time.
#[derive(Default, Clone, Copy)]
struct Tally {
    all: usize,
    gets: usize,
    sets: usize,
    accepted: usize,
    gets_accepted: usize,
    limited: usize,
    limited_sets: usize,
    dropped: usize,
}

fn is_limited(c: &CallRecord) -> bool {
    c.error
        .as_deref()
        .is_some_and(|e| e.eq_ignore_ascii_case("QUERY_LIMIT_EXCEEDED"))
}

fn tally<'a>(calls: impl Iterator<Item = &'a (f64, &'a CallRecord)>, from: f64, to: f64) -> Tally {
    let mut t = Tally::default();
    for (at, c) in calls {
        if *at < from || *at >= to {
            continue;
        }
        let get = c.method == "im.user.status.get";
        let set = c.method == "im.user.status.set";
        let ok = c.error.is_none() && c.http_status == 200;
        t.all += 1;
        t.gets += usize::from(get);
        t.sets += usize::from(set);
        t.accepted += usize::from(ok);
        t.gets_accepted += usize::from(ok && get);
        t.limited += usize::from(is_limited(c));
        t.limited_sets += usize::from(is_limited(c) && set);
        t.dropped += usize::from(c.error.as_deref() == Some("fault:drop"));
    }
    t
}

/// Nearest-rank percentile of sorted values.
fn percentile(sorted: &[f64], p: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    Some(sorted[rank.min(sorted.len()) - 1])
}

fn secs(v: Option<f64>) -> String {
    v.map_or_else(|| "-".into(), |v| format!("{v:.1} s"))
}

fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|text| {
            text.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, m)| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let profile = if cfg!(debug_assertions) {
        "debug build"
    } else {
        "release build"
    };
    format!("{cores} cores ({model}), {profile}")
}

fn scaling_note(args: &Args) -> String {
    let k = args.time_scale;
    if k == 1.0 {
        return "time scale 1: real time, real parameters".into();
    }
    format!(
        "time scale {k}: every duration ÷{k}, every rate ×{k}, counts unchanged. On the wall clock the poll \
         interval is {:.1} s, the bucket drains {:.0}/s (burst {} unchanged), the tray's pacer refills {:.1} \
         token/s (burst 10 unchanged), back-off {:.2} s doubling to {:.1} s, the rate-limit floor {:.2} s (via \
         retry_after), the resync spread {:.2} s. The load ratio instances/(interval × drain) and every \
         ratio of durations are those of the real office, so the run is the real office K times faster; \
         what does not scale is loopback latency and timer granularity (~1 ms wall = {k} ms simulated, \
         small against the bucket's {:.0} ms between admissions). All times below are simulated.",
        args.poll_secs / k,
        args.drain * k,
        args.burst,
        0.5 * k,
        1.0 / k,
        60.0 / k,
        RATE_LIMIT_FLOOR_SECS / k,
        args.resync_spread_secs / k,
        1000.0 / args.drain,
    )
}

fn report(
    args: &Args,
    clock: Clock,
    wall: Duration,
    logs: &[Log],
    records: &[CallRecord],
    offset: f64,
) {
    let duration = args.minutes * 60.0;
    let k = clock.k;
    let calls: Vec<(f64, &CallRecord)> = records
        .iter()
        .map(|c| ((c.at_ms as f64 / 1000.0 - offset) * k, c))
        .collect();
    let outage = (args.outage_secs > 0.0).then(|| {
        let s = duration * args.outage_at;
        (s, s + args.outage_secs)
    });

    // Changes: normal ones must be confirmed within 30 s; those whose 30 s overlap the outage are
    // measured from the network's return.
    let mut normal: Vec<f64> = vec![];
    let mut late_at: Vec<f64> = vec![];
    let mut after_outage: Vec<f64> = vec![];
    let (mut made, mut confirmed, mut superseded, mut unconfirmed) = (0, 0, 0, 0);
    let (mut outage_made, mut reads_pending, mut read_at_click) = (0, 0, 0);
    let mut reverts: Vec<Option<f64>> = vec![];
    let (mut locks, mut unlocks): (Vec<Option<f64>>, Vec<Option<f64>>) = (vec![], vec![]);
    let mut slowest: Vec<&Change> = vec![];
    for c in logs.iter().flat_map(|l| &l.changes) {
        if c.lunch {
            slowest.push(c);
            let delay = c.confirmed.map(|at| at - c.at);
            match c.target {
                Status::Away => locks.push(delay),
                _ => unlocks.push(delay),
            }
            continue;
        }
        if c.revert {
            // From the moment the user chose (09:00), not from the spread send.
            let nine = args.revert_at.unwrap_or(c.at);
            reverts.push(c.confirmed.map(|at| at - nine));
            continue;
        }
        made += 1;
        reads_pending += c.reads_while_pending;
        read_at_click += u32::from(c.read_in_flight_at_click);
        if c.superseded {
            superseded += 1;
            continue;
        }
        // Hit by the outage: not confirmed before it began, and its 30 s reach into it.
        let hit = outage.filter(|(s, e)| {
            c.at < *e && c.at + CONFIRM_DEADLINE_SECS > *s && c.confirmed.is_none_or(|at| at >= *s)
        });
        if hit.is_some() {
            outage_made += 1;
        }
        match (c.confirmed, hit) {
            (Some(at), None) => {
                confirmed += 1;
                normal.push(at - c.at);
                if at - c.at > CONFIRM_DEADLINE_SECS {
                    late_at.push(c.at);
                }
            }
            (Some(at), Some((_, end))) => {
                confirmed += 1;
                after_outage.push(at - c.at.max(end));
            }
            (None, _) => unconfirmed += 1,
        }
    }
    normal.sort_by(f64::total_cmp);
    after_outage.sort_by(f64::total_cmp);
    let late = normal
        .iter()
        .filter(|d| **d > CONFIRM_DEADLINE_SECS)
        .count();
    let mismatches: u32 = logs.iter().map(|l| l.mismatches).sum();

    let drain = args.drain;
    let last_from = duration * 0.75;
    let last = tally(calls.iter(), last_from, duration);
    let last_len = duration - last_from;
    let steady_from = duration * 0.25;
    let steady_to = outage.map_or(duration * 0.5, |(s, _)| s);
    let steady = tally(calls.iter(), steady_from, steady_to);
    let steady_len = steady_to - steady_from;
    let total = tally(calls.iter(), 0.0, f64::INFINITY);

    let rule = "-".repeat(100);
    println!();
    println!("Fleet: one office behind one address, one simulated portal bucket");
    println!("{rule}");
    println!("machine                      {}", machine());
    println!(
        "parameters                   {} instances, {} changing status (mean gap {} min), poll {} s ±20% \
         (×{} per refusal, halved after {} answered), bucket burst {} drain {}/s, starts over {} s, seed {}",
        args.instances,
        logs.iter().filter(|l| !l.changes.is_empty()).count(),
        args.change_every_min,
        args.poll_secs,
        args.poll_growth,
        args.poll_shrink_after,
        args.burst,
        drain,
        args.start_spread_secs,
        args.seed
    );
    println!("scaling                      {}", scaling_note(args));
    println!(
        "duration                     {:.0} s simulated ({:.1} min), {:.1} s wall",
        duration,
        duration / 60.0,
        wall.as_secs_f64()
    );
    println!("{rule}");
    println!(
        "changes made                 {made} ({outage_made} of them within 30 s of or during the outage, {superseded} superseded by a newer click)"
    );
    println!(
        "changes confirmed            {confirmed} of {} (unconfirmed at the end: {unconfirmed}; engine disagreed: {mismatches})",
        made - superseded
    );
    println!(
        "confirmation delay (normal)  p50 {}  p95 {}  max {}  ({} changes; over 30 s: {late})",
        secs(percentile(&normal, 50.0)),
        secs(percentile(&normal, 95.0)),
        secs(normal.last().copied()),
        normal.len(),
    );
    if outage.is_some() {
        println!(
            "  made near/in the outage    from the network's return: p50 {}  max {}  ({} changes)",
            secs(percentile(&after_outage, 50.0)),
            secs(after_outage.last().copied()),
            after_outage.len()
        );
    }
    if !late_at.is_empty() {
        late_at.sort_by(f64::total_cmp);
        let (mut refused, mut all) = (0, 0);
        let mut on_time = (0, 0, 0);
        for at in &late_at {
            let t = tally(calls.iter(), *at, at + 60.0);
            refused += t.limited;
            all += t.all;
        }
        for c in logs.iter().flat_map(|l| &l.changes) {
            if c.confirmed
                .is_some_and(|at| at - c.at <= CONFIRM_DEADLINE_SECS)
            {
                let t = tally(calls.iter(), c.at, c.at + 60.0);
                on_time = (on_time.0 + t.limited, on_time.1 + t.all, on_time.2 + 1);
            }
        }
        let minutes: Vec<String> = late_at.iter().map(|t| format!("{:.1}", t / 60.0)).collect();
        println!(
            "  over 30 s, clicked at min  {}; in the minute after these clicks the portal refused {:.0}% of \
             {:.1} calls/s (after on-time clicks: {:.0}% of {:.1}/s)",
            minutes.join(" "),
            100.0 * refused as f64 / all.max(1) as f64,
            all as f64 / 60.0 / late_at.len() as f64,
            100.0 * on_time.0 as f64 / on_time.1.max(1) as f64,
            on_time.1 as f64 / 60.0 / (on_time.2.max(1) as f64),
        );
    }
    println!(
        "change ahead of reads        reads sent by an instance while its own change was pending: {reads_pending} \
         (a read already in flight at the click: {read_at_click} times)"
    );
    println!(
        "polls/s, last 25% ({:.0}-{:.0} s) {:.2} sent, {:.2} admitted   (all calls {:.2}/s; drain {drain}/s)",
        last_from,
        duration,
        last.gets as f64 / last_len,
        last.gets_accepted as f64 / last_len,
        last.all as f64 / last_len
    );
    println!(
        "polls/s, before the outage   {:.2} sent, {:.2} admitted   ({:.0}-{:.0} s; all calls {:.2}/s)",
        steady.gets as f64 / steady_len,
        steady.gets_accepted as f64 / steady_len,
        steady_from,
        steady_to,
        steady.all as f64 / steady_len
    );
    println!(
        "QUERY_LIMIT_EXCEEDED         {} of {} calls ({} on sets); last 25%: {}; before the outage: {}",
        total.limited, total.all, total.limited_sets, last.limited, steady.limited
    );
    if let Some((s, e)) = outage {
        let during = tally(calls.iter(), s, e);
        let first10 = tally(calls.iter(), e, e + 10.0);
        let first60 = tally(calls.iter(), e, e + 60.0);
        println!(
            "calls during the outage      {} in {:.0} s ({:.2}/s; all dropped: {})",
            during.all,
            e - s,
            during.all as f64 / (e - s),
            during.dropped
        );
        println!(
            "first 10 s after it          {} calls ({} reads, {} sets), {} admitted, {} QUERY_LIMIT_EXCEEDED \
             (the bucket admits {:.0} in 10 s from empty)",
            first10.all,
            first10.gets,
            first10.sets,
            first10.accepted,
            first10.limited,
            args.burst + 10.0 * drain
        );
        println!(
            "first 60 s after it          {} calls, {} admitted, {} QUERY_LIMIT_EXCEEDED",
            first60.all, first60.accepted, first60.limited
        );
        let per_sec: Vec<String> = (0..10)
            .map(|i| {
                let t = tally(calls.iter(), e + i as f64, e + i as f64 + 1.0);
                format!("{}/{}", t.all, t.accepted)
            })
            .collect();
        println!("  per second (sent/admitted) {}", per_sec.join(" "));
        let peak = (0..60)
            .map(|i| tally(calls.iter(), e + i as f64, e + i as f64 + 1.0).all)
            .max()
            .unwrap_or(0);
        println!("  busiest second in the 60 s after: {peak} calls");
    }
    // The poll rate over time, to see it settle.
    let window = ((duration / 20.0 / 60.0).ceil() * 60.0).max(60.0);
    let series: Vec<String> = (0..(duration / window).ceil() as usize)
        .map(|i| {
            let from = i as f64 * window;
            let to = (from + window).min(duration);
            let t = tally(calls.iter(), from, to);
            format!(
                "{:.2}/{:.2}({})",
                t.gets as f64 / (to - from),
                t.gets_accepted as f64 / (to - from),
                t.limited
            )
        })
        .collect();
    println!(
        "polls/s by {:.0} min            sent/admitted(QUERY_LIMIT_EXCEEDED): {}",
        window / 60.0,
        series.join(" ")
    );
    let mut stretches = [0usize; 5];
    for l in logs {
        stretches[(l.stretch_end.max(1).trailing_zeros() as usize).min(4)] += 1;
    }
    println!(
        "poll stretch at the end      ×1: {}  ×2: {}  ×4: {}  ×8: {}  ×16: {}",
        stretches[0], stretches[1], stretches[2], stretches[3], stretches[4]
    );
    let mut trips: Vec<f64> = logs.iter().flat_map(|l| l.round_trips.clone()).collect();
    trips.sort_by(f64::total_cmp);
    let wakes: u32 = logs.iter().map(|l| l.wakes).sum();
    let late_wakes: u32 = logs.iter().map(|l| l.late_wakes).sum();
    let max_late = logs.iter().map(|l| l.max_lateness).fold(0.0, f64::max);
    println!(
        "fidelity (simulated time)    call round trip p50 {:.0} ms p99 {:.0} ms max {:.0} ms; timer wake-ups late by \
         over {:.0} ms: {late_wakes} of {wakes}, latest {:.0} ms",
        percentile(&trips, 50.0).unwrap_or(0.0) * 1000.0,
        percentile(&trips, 99.0).unwrap_or(0.0) * 1000.0,
        trips.last().copied().unwrap_or(0.0) * 1000.0,
        LATE_SECS * 1000.0,
        max_late * 1000.0
    );
    println!("{rule}");
    let verdict = |ok: bool| if ok { "met" } else { "NOT MET" };
    println!(
        "every change confirmed within 30 s: {}",
        verdict(late == 0 && unconfirmed == 0 && mismatches == 0)
    );
    println!(
        "polls below the drain rate (last 25%): {}",
        verdict((last.gets as f64 / last_len) < drain)
    );
    println!(
        "a change goes ahead of this instance's polls: {}",
        verdict(reads_pending == 0)
    );
    if let Some((_, e)) = outage {
        let first10 = tally(calls.iter(), e, e + 10.0);
        println!(
            "no thundering herd after the outage (first 10 s within what the bucket admits, no refusals): {}",
            verdict(first10.limited == 0)
        );
    }
    if let Some(noon) = args.lunch_at {
        let sorted = |v: &[Option<f64>]| {
            let mut v: Vec<f64> = v.iter().flatten().copied().collect();
            v.sort_by(f64::total_cmp);
            v
        };
        println!("{rule}");
        let mut all_ok = true;
        for (what, delays, from) in [
            ("locks  ", &locks, noon),
            ("unlocks", &unlocks, noon + args.lunch_secs),
        ] {
            let confirmed = sorted(delays);
            let to = from + args.lunch_spread_secs + 180.0;
            let window = tally(calls.iter(), from, to);
            println!(
                "{what} (t = {from:.0} s, over {:.0} s)  {} due, {} confirmed; from each change: p50 {} p95 {} max {}",
                args.lunch_spread_secs,
                delays.len(),
                confirmed.len(),
                secs(percentile(&confirmed, 50.0)),
                secs(percentile(&confirmed, 95.0)),
                secs(confirmed.last().copied())
            );
            println!(
                "  calls in the {:.0} s after it began     {} ({} sets, {} refused by the rate limit)",
                to - from,
                window.all,
                window.sets,
                window.limited
            );
            all_ok &= confirmed.len() == delays.len();
        }
        slowest.sort_by(|a, b| {
            let delay = |c: &Change| c.confirmed.map_or(f64::INFINITY, |at| at - c.at);
            delay(b).total_cmp(&delay(a))
        });
        for c in slowest.iter().take(3) {
            println!(
                "  slowest: {:?} at {:.0} s, confirmed {} later, after {} sets",
                c.target,
                c.at,
                secs(c.confirmed.map(|at| at - c.at)),
                c.sets_sent
            );
        }
        println!(
            "every lock and unlock confirmed: {}",
            verdict(all_ok && mismatches == 0)
        );
    }
    if let Some(nine) = args.revert_at {
        let confirmed: Vec<f64> = {
            let mut v: Vec<f64> = reverts.iter().flatten().copied().collect();
            v.sort_by(f64::total_cmp);
            v
        };
        let window = tally(calls.iter(), nine, nine + 180.0);
        let sets_in_window = calls
            .iter()
            .filter(|(t, c)| *t >= nine && *t < nine + 180.0 && c.method == "im.user.status.set")
            .count();
        println!("{rule}");
        println!(
            "reverts at 09:00 (t = {nine:.0} s)  {} due, {} confirmed; from 09:00: p50 {} p95 {} max {}",
            reverts.len(),
            confirmed.len(),
            secs(percentile(&confirmed, 50.0)),
            secs(percentile(&confirmed, 95.0)),
            secs(confirmed.last().copied())
        );
        println!(
            "calls 09:00–09:03             {} ({} sets for {} reverts, {} refused by the rate limit)",
            window.all,
            sets_in_window,
            reverts.len(),
            window.limited
        );
        println!(
            "every revert confirmed within 2 minutes of 09:00: {}",
            verdict(
                confirmed.len() == reverts.len() && confirmed.last().is_none_or(|m| *m <= 120.0)
            )
        );
    }
}
