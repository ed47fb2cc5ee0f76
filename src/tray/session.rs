//! One account as the tray runs it: its engine loop (`session::live`), what it remembers across runs, the
//! CLI requests waiting on it, and what the view shows of it. The worker (`service.rs`) holds one today;
//! nothing here assumes it is the only one.

use std::time::{Duration, Instant};

use tokio::sync::oneshot;

use crate::automatic::Rule;
use crate::engine::{Activity, Engine, Intent};
use crate::ipc::{Failure, Reply, Request};
use crate::poll::Poller;
use crate::portal::client::Client;
use crate::session::account::webhook_for;
use crate::session::answer::{Answer, Confirmation};
use crate::session::choice::{Choice, machine_number};
use crate::session::live::{Event, Live, wall_now};
use crate::session::login;
use crate::session::memory::{Memory, Restored};
use crate::status::Status;
use crate::store::config::{Account, AutomaticConfig, DEFAULT_IDLE, DEFAULT_POLL_SECS};
use crate::store::keyring::KeyringError;
use crate::tray::view::{Blocker, Identity, Missing, RuleState, Snapshot, TimedEnd};
use crate::tuning;

/// A CLI request waiting for the engine to settle.
struct Waiter {
    reply: oneshot::Sender<Reply>,
    deadline: Instant,
}

/// See the module docs.
pub struct TraySession {
    /// The engine and client at work.
    pub live: Live,
    pub account: Option<Account>,
    pub identity: Identity,
    pub blocker: Option<Blocker>,
    /// What is remembered across runs (session/memory.rs keeps the rules).
    pub memory: Memory,
    /// False in the demo: nothing is read from or written to this machine's files and keyring.
    persistent: bool,
    /// A pending choice from the last run, applied once the portal client is ready.
    restored: Option<(Status, Option<crate::store::state::PendingEnd>)>,
    waiters: Vec<Waiter>,
    /// The state write running beside the loop ([`TraySession::remember`]).
    writing: Option<tokio::task::JoinHandle<()>>,
    /// When the shown confirmation arrived, as the status line prints it ("14:02").
    confirmed_at: Option<(Instant, String)>,
    /// The automatic rules as config.toml sets them.
    pub rules: AutomaticConfig,
    /// The rules the webhook cannot serve (a scope it lacks).
    missing: Vec<(Rule, Missing)>,
}

impl TraySession {
    /// Signed out, polling at the default interval until the config says otherwise.
    pub fn new(persistent: bool) -> TraySession {
        TraySession {
            live: Live::new(
                Engine::new(tuning::BACKGROUND_RETRY, fastrand::u64(..)),
                None,
                Some(Poller::new(
                    Duration::from_secs(DEFAULT_POLL_SECS),
                    fastrand::u64(..),
                )),
            ),
            account: None,
            identity: Identity::SignedOut,
            blocker: None,
            memory: Memory::none(),
            persistent,
            restored: None,
            waiters: Vec::new(),
            writing: None,
            confirmed_at: None,
            rules: AutomaticConfig::default(),
            missing: Vec::new(),
        }
    }

    /// Takes the rules' settings: each is enabled in the engine's loop when it is on and can work.
    pub fn set_rules(&mut self, rules: AutomaticConfig) {
        for rule in Rule::ALL {
            let can = !self.missing.iter().any(|(r, _)| *r == rule);
            self.live
                .automatic
                .set_enabled(rule, can && rules.enabled(rule));
        }
        self.rules = rules;
    }

    /// A rule the webhook cannot serve (a scope it lacks): disabled, with the reason in the menu, until
    /// the next sign-in.
    pub fn rule_missing(&mut self, rule: Rule, missing: Missing) {
        if !self.missing.iter().any(|(r, _)| *r == rule) {
            self.missing.push((rule, missing));
        }
        self.set_rules(self.rules.clone());
    }

    /// A rule whose read succeeded: whatever it lacked, it has now.
    pub fn rule_available(&mut self, rule: Rule) {
        if self.missing.iter().any(|(r, _)| *r == rule) {
            self.missing.retain(|(r, _)| *r != rule);
            self.set_rules(self.rules.clone());
        }
    }

    /// The automatic rules as the menu shows them.
    fn rule_states(&self) -> Vec<RuleState> {
        let default_idle = crate::timed::parse_duration(DEFAULT_IDLE).unwrap_or_default();
        Rule::ALL
            .into_iter()
            .map(|rule| RuleState {
                rule,
                on: self.rules.enabled(rule),
                idle: self.rules.idle_after().unwrap_or(default_idle),
                missing: self
                    .missing
                    .iter()
                    .find(|(r, _)| *r == rule)
                    .map(|(_, m)| *m),
            })
            .collect()
    }

    /// Takes what the last run left (see session/memory.rs); a choice too old to apply comes back for the
    /// status line.
    pub fn restore(&mut self, memory: Memory) -> Option<(Status, u64)> {
        self.memory = memory;
        self.memory.seed(&mut self.live.engine);
        if let Some(held) = self.memory.held() {
            tracing::info!(
                reason = held.reason.word(),
                "holding the last run's automatic status"
            );
            let until = wall_now().saturating_add(tuning::AUTOMATIC_RESTORE_GRACE);
            self.live.automatic.restore(held, until);
        }
        match self.memory.restore(wall_now()) {
            Restored::Apply { status, ends } => {
                self.restored = Some((status, ends));
                None
            }
            Restored::Ended(status) => {
                tracing::info!(
                    "a timed choice left pending ({status}) ended meanwhile: not applied"
                );
                None
            }
            Restored::Dropped { status, hours } => {
                tracing::info!("dropping a {hours}-hour-old pending choice ({status})");
                Some((status, hours))
            }
            Restored::Nothing => None,
        }
    }

    /// Connects with a client: the first read, then the choice the last run left pending.
    pub fn connect(&mut self, client: Client) {
        self.blocker = None;
        self.live.set_client(Some(client));
        // The first read counts as a poll: refused by a full office bucket, it is not retried at once
        // but at the next (stretched) poll.
        self.live.engine.intent(Intent::Poll);
        if let Some((status, ends)) = self.restored.take() {
            tracing::info!("applying the choice left pending by the last run ({status})");
            self.memory.take_pending();
            match ends {
                Some(end) => self.live.engine.set_until(status, end.at, end.until),
                None => self.live.engine.intent(Intent::Set(status)),
            };
        }
    }

    /// Reads the account's secret from the keyring and connects; a locked keyring is retried at each poll.
    pub async fn load_secret(&mut self) {
        let Some(account) = self.account.clone() else {
            self.identity = Identity::SignedOut;
            return;
        };
        self.identity = Identity::SignedIn {
            name: account.name.clone(),
            portal: account.portal.to_string(),
        };
        match blocking(move || webhook_for(&account)).await {
            Ok(Some(webhook)) => match Client::new(webhook) {
                Ok(client) => self.connect(client),
                Err(e) => tracing::error!("{e}"),
            },
            Ok(None) => {
                tracing::warn!("the keyring has no webhook for the configured account");
                self.identity = Identity::SignedOut;
            }
            Err(KeyringError::Locked) => self.blocker = Some(Blocker::KeyringLocked),
            Err(KeyringError::Busy) => self.blocker = Some(Blocker::KeyringBusy),
            Err(e) => {
                tracing::warn!("{e}");
                self.blocker = Some(Blocker::KeyringUnavailable);
            }
        }
    }

    /// Another account (or none): a new engine, no client and no call in flight; the poll timing stays.
    pub fn reset(&mut self, account: Option<Account>) {
        self.live
            .reset(Engine::new(tuning::BACKGROUND_RETRY, fastrand::u64(..)));
        self.memory.seed(&mut self.live.engine);
        self.confirmed_at = None;
        self.account = account;
        // A new webhook may have the scopes the old one lacked.
        self.missing.clear();
        self.set_rules(self.rules.clone());
    }

    /// Signed out: nothing is remembered, the engine starts over.
    pub fn signed_out(&mut self) {
        self.identity = Identity::SignedOut;
        self.memory.forget();
        self.reset(None);
    }

    /// This machine's share of the minute a whole-minute revert is spread over (session/choice.rs).
    pub fn machine(&self) -> u64 {
        self.account.as_ref().map_or(0, machine_number)
    }

    /// Whether the session can take intents (it has a client).
    pub fn connected(&self) -> bool {
        self.live.client().is_some()
    }

    /// A change by the user: the state file may be written again.
    pub fn user_acted(&mut self) {
        self.memory.user_acted();
    }

    /// The next moment something is due: the engine's retries, polls and timer, and the waiting requests.
    pub fn start(&mut self, now: Instant) -> Option<Instant> {
        let wake = self.live.start(now);
        match self.waiters.iter().map(|w| w.deadline).min() {
            Some(deadline) => Some(wake.map_or(deadline, |w| w.min(deadline))),
            None => wake,
        }
    }

    /// Waits for the session's next event (its call answers, or something is due) and handles it.
    pub async fn next_event(&mut self, wake: Option<Instant>) {
        match self.live.wait(wake).await {
            Event::Answered(answered) => {
                self.live
                    .answered(answered.outcome, answered.client, Instant::now());
                self.follow_move().await;
            }
            Event::Due => {
                if self.live.tick(Instant::now())
                    && !self.connected()
                    && matches!(
                        self.blocker,
                        Some(Blocker::KeyringLocked | Blocker::KeyringBusy)
                    )
                {
                    // At each poll a locked or busy keyring is tried again.
                    self.load_secret().await;
                }
            }
        }
    }

    /// A portal that moved is followed: the config and keyring remember its new address.
    async fn follow_move(&mut self) {
        let (Some(account), Some(client), true) =
            (self.account.clone(), self.live.client(), self.persistent)
        else {
            return;
        };
        if !login::has_moved(&account, client) {
            // The usual case, decided without a trip to the blocking pool.
            return;
        }
        let client = client.clone();
        match blocking(move || login::follow_move(&account, &client)).await {
            Some(Ok(moved)) => {
                self.identity = Identity::SignedIn {
                    name: moved.name.clone(),
                    portal: moved.portal.to_string(),
                };
                self.account = Some(moved);
            }
            Some(Err(e)) => tracing::warn!("the portal's new address could not be saved: {e}"),
            None => {}
        }
    }

    /// Writes what must survive a restart (the status before DND, a pending choice, a revert) when it
    /// changed. The write (an fsync) runs beside the loop, not in it: a click's call goes out while its
    /// pending choice is written, rather than after. Writes stay one at a time and in order.
    pub async fn remember(&mut self) {
        if !self.persistent {
            return;
        }
        self.memory.hold(self.live.automatic.held());
        if let Some(state) = self.memory.update(&self.live.engine, false) {
            self.flush().await;
            self.writing = Some(tokio::task::spawn_blocking(move || {
                if let Err(e) = state.save() {
                    tracing::warn!("{e}");
                }
            }));
        }
    }

    /// Waits for the state write in progress, if any: before a command is told its change is done,
    /// before signing out removes the file, and before quitting.
    pub async fn flush(&mut self) {
        if let Some(write) = self.writing.take() {
            let _ = write.await;
        }
    }

    /// Takes a CLI request: a refusal at once, or an intent whose outcome is answered when it settles.
    /// Returns true when it was a change the user asked for.
    pub fn remote(&mut self, request: Request, reply: oneshot::Sender<Reply>) -> bool {
        let refusal = match (&self.blocker, self.live.client()) {
            (Some(blocker), _) => Some((blocker_failure(blocker), crate::error::exit::FAILURE)),
            (None, None) => Some((Failure::NotSignedIn, crate::error::exit::NOT_SIGNED_IN)),
            _ => None,
        };
        if let Some((failure, exit)) = refusal {
            let _ = reply.send(Reply::Failed { failure, exit });
            return false;
        }
        let choice = Choice::of(request);
        if let Some(Choice::CancelTimer) = choice {
            // Nothing to ask the portal: the answer is the revert that was dropped.
            self.user_acted();
            let held = self.live.automatic.drop_revert();
            let dropped = self.live.engine.cancel_timer().or(held);
            let confirmation = Confirmation {
                timer: dropped,
                ..Confirmation::of_live(&self.live)
            };
            let _ = reply.send(Answer::Confirmed(confirmation).reply());
            return true;
        }
        let change = choice.is_some();
        match choice {
            Some(choice) => {
                self.user_acted();
                let machine = self.machine();
                self.live.choose(choice, machine);
            }
            None => {
                self.live.engine.intent(Intent::Refresh);
            }
        }
        self.waiters.push(Waiter {
            reply,
            deadline: Instant::now() + crate::ipc::SERVER_WAIT,
        });
        change
    }

    /// Answers the waiting CLI requests once the engine has settled, or with the last error once their
    /// time is up (the tray keeps trying either way).
    pub async fn answer_waiters(&mut self) {
        if self.waiters.is_empty() {
            return;
        }
        let settled = self.live.settled();
        let halted = matches!(self.live.engine.activity(), Activity::Halted(_));
        let answer = Answer::from_live(&self.live, settled);
        let now = Instant::now();
        let (done, waiting): (Vec<Waiter>, Vec<Waiter>) = std::mem::take(&mut self.waiters)
            .into_iter()
            .partition(|w| settled || halted || w.deadline <= now);
        self.waiters = waiting;
        if !done.is_empty() {
            // What the reply reports is on disk when the command hears it.
            self.flush().await;
        }
        // Out of time while still working, the reply says what is in the way.
        for waiter in done {
            let _ = waiter.reply.send(answer.reply());
        }
    }

    /// What the view shows of this session; `note` is the worker's remark for the status line.
    pub fn snapshot(&mut self, note: Option<String>) -> Snapshot {
        let confirmed = self.live.engine.confirmed();
        if let Some(c) = confirmed
            && self.confirmed_at.as_ref().is_none_or(|(at, _)| *at != c.at)
        {
            // The confirmation time is fixed when the confirmation arrives.
            let clock = crate::text::clock(&jiff::Zoned::now());
            self.confirmed_at = Some((c.at, clock));
        }
        let status = confirmed.and_then(|c| c.status);
        let timed = self
            .live
            .engine
            .timer()
            .filter(|t| t.guard.is_some() && t.guard == status)
            .and_then(|t| {
                Some(TimedEnd {
                    until: crate::text::moment(t.until, wall_now(), &jiff::tz::TimeZone::system()),
                    then: t.then()?,
                })
            });
        Snapshot {
            identity: self.identity.clone(),
            blocker: self.blocker.clone(),
            confirmed,
            confirmed_at: self.confirmed_at.as_ref().map(|(_, clock)| clock.clone()),
            activity: self.live.engine.activity(),
            note,
            timed,
            reason_line: self
                .live
                .reason()
                .map(|r| crate::text::reason_line(r, wall_now(), &jiff::tz::TimeZone::system())),
            rules: self.rule_states(),
        }
    }
}

/// What keeps the tray from acting, as the reply's data (the CLI renders it).
fn blocker_failure(blocker: &Blocker) -> Failure {
    match blocker {
        Blocker::KeyringLocked => Failure::KeyringLocked,
        Blocker::KeyringBusy => Failure::KeyringBusy,
        Blocker::KeyringUnavailable => Failure::KeyringUnavailable,
        Blocker::BadConfig(error) => Failure::ConfigBroken {
            error: error.clone(),
        },
    }
}

/// Runs blocking work (keyring, files) on tokio's blocking pool.
pub async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    tokio::task::spawn_blocking(f)
        .await
        .expect("a blocking task does not panic")
}
