//! One account's engine at work against its portal: the loop every caller runs — the CLI until the
//! engine settles, the tray for as long as it runs, the fleet simulation for each of its machines. It
//! starts the engine's next call (one at a time), times polls, retries and the engine's wall-clock timer,
//! and hands each answer back to the engine and the poll timing. The caller adds its own event sources
//! (menu clicks, the control socket, wake-ups) around [`Live::wait`].

use std::future::Future;
use std::pin::Pin;
use std::time::{Instant, SystemTime};

use crate::automatic::{Automatic, Reason};
use crate::engine::{Call, Engine, Next, Outcome, WallTime};
use crate::poll::{Poller, Resync};
use crate::portal::client::Client;
use crate::session::choice::Choice;

type Pending = Pin<Box<dyn Future<Output = (Outcome, Client)> + Send>>;

/// A call the portal answered.
pub struct Answered {
    pub call: Call,
    /// When it was sent.
    pub sent: Instant,
    pub outcome: Outcome,
    /// The client that made it: it knows whether the portal moved.
    pub client: Client,
}

/// What [`Live::wait`] saw first.
pub enum Event {
    Answered(Answered),
    /// The wake-up moment came: call [`Live::tick`].
    Due,
}

/// See the module docs.
pub struct Live {
    pub engine: Engine,
    /// The automatic rules over this engine: what the signal sources report, what is in force, the
    /// base to return to ([`crate::automatic`]). With no rule enabled it does nothing.
    pub automatic: Automatic,
    client: Option<Client>,
    /// `None`: a command — no polling, and the engine's timer is never fired (it is kept in the state
    /// file for the tray: a command ends long before a timed status does).
    poller: Option<Poller>,
    /// The timer that fired at the last [`Live::tick`] or [`Live::resync`], until taken.
    fired: Option<crate::engine::Timer>,
    next_poll: Option<Instant>,
    in_flight: Option<(Call, Instant, Pending)>,
}

/// The wall clock now, as the engine's timers count it.
pub fn wall_now() -> WallTime {
    WallTime::from_system_time(SystemTime::now())
}

impl Live {
    pub fn new(engine: Engine, client: Option<Client>, poller: Option<Poller>) -> Live {
        let mut live = Live {
            engine,
            automatic: Automatic::new(),
            client,
            poller,
            next_poll: None,
            in_flight: None,
            fired: None,
        };
        live.schedule_poll(Instant::now());
        live
    }

    pub fn client(&self) -> Option<&Client> {
        self.client.as_ref()
    }

    /// A new (or no) client: a call in flight for the old one is dropped, its answer never applied.
    pub fn set_client(&mut self, client: Option<Client>) {
        self.client = client;
        self.in_flight = None;
    }

    /// Another engine (signed in again, signed out): no client and no call in flight until one is set;
    /// the poll timing stays.
    pub fn reset(&mut self, engine: Engine) {
        self.engine = engine;
        // The conditions still hold; what was in force belonged to the old engine's status.
        self.automatic.forget_overrides();
        self.set_client(None);
    }

    /// A user's choice (the menu, the shortcut, the CLI): it ends every automatic override in force
    /// (rule 1) and goes to the engine. False when the engine refuses it (halted). Dropping a timed
    /// status's revert drops the one an override holds too.
    pub fn choose(&mut self, choice: Choice, machine: u64) -> bool {
        if let Choice::CancelTimer = choice {
            self.automatic.drop_revert();
        } else {
            self.automatic.manual();
        }
        choice.apply(&mut self.engine, machine)
    }

    /// Why the status shown is what it is, when an automatic rule set it.
    pub fn reason(&self) -> Option<&Reason> {
        self.automatic
            .reason(self.engine.confirmed().and_then(|c| c.status))
    }

    /// A new poll interval (the config was read): the next poll is timed from now.
    pub fn set_poller(&mut self, poller: Poller) {
        self.poller = Some(poller);
        self.schedule_poll(Instant::now());
    }

    /// The call on its way, if any.
    pub fn in_flight_call(&self) -> Option<Call> {
        self.in_flight.as_ref().map(|(call, _, _)| *call)
    }

    pub fn poller(&self) -> Option<&Poller> {
        self.poller.as_ref()
    }

    /// True while a call is on its way.
    pub fn busy(&self) -> bool {
        self.in_flight.is_some()
    }

    /// True when nothing is in flight and the engine has nothing left to do.
    pub fn settled(&self) -> bool {
        !self.busy() && self.engine.is_settled()
    }

    /// Starts the engine's next call if it wants one and none is in flight (and there is a client).
    /// Returns the next moment something is due without an event: a retry, a poll, the engine's timer.
    pub fn start(&mut self, now: Instant) -> Option<Instant> {
        let mut wake = self.next_poll;
        if self.poller.is_some() {
            let wall = wall_now();
            self.automatic.reconcile(&mut self.engine, wall);
            for at in [self.engine.tick_at(), self.automatic.due_at()]
                .into_iter()
                .flatten()
            {
                wake = earliest(wake, Some(now + at.saturating_duration_since(wall)));
            }
        }
        if self.in_flight.is_none()
            && let Some(client) = &self.client
        {
            match self.engine.next(now) {
                Next::Send(call) => {
                    let mut client = client.clone();
                    let timeout = self.engine.call_timeout(now);
                    self.in_flight = Some((
                        call,
                        now,
                        Box::pin(async move {
                            let outcome = client.perform(call, timeout).await;
                            (outcome, client)
                        }),
                    ));
                }
                Next::WaitUntil(at) => wake = earliest(wake, Some(at)),
                Next::Idle => {}
            }
        }
        wake
    }

    /// Waits until the call in flight answers or `wake` comes (never, with neither).
    pub async fn wait(&mut self, wake: Option<Instant>) -> Event {
        let sleep = async {
            match wake {
                Some(at) => tokio::time::sleep_until(at.into()).await,
                None => std::future::pending().await,
            }
        };
        match &mut self.in_flight {
            Some((_, _, call)) => {
                tokio::select! {
                    (outcome, client) = call.as_mut() => {
                        let (call, sent, _) = self.in_flight.take().expect("in flight");
                        Event::Answered(Answered { call, sent, outcome, client })
                    }
                    () = sleep => Event::Due,
                }
            }
            None => {
                sleep.await;
                Event::Due
            }
        }
    }

    /// Gives an answer to the poll timing and the engine, and keeps the client that made it (it follows
    /// a moved portal). A refusal by the rate limit pushes the next poll back a whole stretched interval.
    pub fn answered(&mut self, outcome: Outcome, client: Client, now: Instant) {
        if let Some(poller) = &mut self.poller
            && poller.observe(&outcome)
        {
            let later = now + poller.next_delay();
            self.next_poll = Some(self.next_poll.map_or(later, |t| t.max(later)));
        }
        self.engine.outcome(outcome, now);
        if self.engine.take_changed_elsewhere() {
            // Set in the browser or on the phone: that is the user's choice (rule 1).
            tracing::info!("the status was changed elsewhere: automatic overrides end");
            self.automatic.manual();
        }
        if self.client.is_some() {
            self.client = Some(client);
        }
    }

    /// At a wake-up: fires the engine's timer if its moment came, and a poll if one is due (returned:
    /// the caller may have more to do at poll time, such as retrying a locked keyring).
    pub fn tick(&mut self, now: Instant) -> bool {
        self.fire_timer();
        let due = self.next_poll.is_some_and(|t| now >= t);
        if due {
            if self.client.is_some() {
                self.engine.intent(crate::engine::Intent::Poll);
            }
            self.schedule_poll(now);
        }
        due
    }

    /// The machine woke up or the network came back: send a pending change at once and read within the
    /// spread the reason and the portal's recent pushback call for; a timer that came due meanwhile fires.
    pub fn resync(&mut self, why: Resync, now: Instant) {
        self.resync_within(why.quick_spread(), now);
    }

    /// [`Live::resync`] with the quick spread given (the fleet simulation tries other spreads).
    pub fn resync_within(&mut self, quick: std::time::Duration, now: Instant) {
        if self.client.is_none() {
            return;
        }
        let spread = match &self.poller {
            Some(poller) => poller.resync_spread(quick),
            None => quick,
        };
        self.engine.resync(now, spread);
        self.fire_timer();
    }

    /// The timer that fired since this was last asked, if any (the tray says when a timed status ends).
    pub fn take_fired(&mut self) -> Option<crate::engine::Timer> {
        self.fired.take()
    }

    fn fire_timer(&mut self) {
        if self.poller.is_some()
            && let Some(timer) = self.engine.tick(wall_now())
        {
            self.fired = Some(timer);
        }
    }

    /// Runs the engine until it has nothing left to do (a command's whole life: a timer it armed is kept
    /// by the caller, not waited for).
    pub async fn settle(&mut self) {
        loop {
            let wake = self.start(Instant::now());
            if self.settled() {
                return;
            }
            match self.wait(wake).await {
                Event::Answered(a) => self.answered(a.outcome, a.client, Instant::now()),
                Event::Due => {
                    self.tick(Instant::now());
                }
            }
        }
    }

    fn schedule_poll(&mut self, now: Instant) {
        self.next_poll = self.poller.as_mut().map(|p| now + p.next_delay());
    }
}

fn earliest(a: Option<Instant>, b: Option<Instant>) -> Option<Instant> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}
