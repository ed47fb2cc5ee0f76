//! The tray's worker, on a tokio runtime off the UI thread: one loop over its session (`session.rs`: the
//! account's engine, client, memory and waiting CLI requests) and the event sources — menu clicks and
//! sign-in/out ([`Command`]), the control socket, the shortcut, wake-ups, the tray-host check — publishing
//! a [`View`] after every change. Keyring and file I/O run on tokio's blocking pool.

use std::time::{Duration, Instant};

use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};
use tokio::sync::oneshot;

use crate::automatic::{Rule, Signal};
use crate::engine::{Activity, ConfirmedBy, Intent, Timer, WallTime};
use crate::error::AppError;
use crate::ipc::{Reply, Request, ShortcutState};
use crate::poll::Poller;
use crate::portal::client::Client;
use crate::portal::webhook::Webhook;
use crate::session::choice::Choice;
use crate::session::live::wall_now;
use crate::session::login;
use crate::session::memory::Memory;
use crate::status::Status;
use crate::store::config::{Account, Config};
use crate::tray::demo::DemoPortal;
use crate::tray::notices::{self, Notice};
use crate::tray::rules::{PortalRules, Reading};
use crate::tray::session::{TraySession, blocking};
use crate::tray::signin::SignInPage;
use crate::tray::view::{Blocker, Identity, View};
use crate::tuning;

/// What a click or a key press picks; a timed one's moment is read when the worker takes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// A status item: that status until changed.
    Status(Status),
    /// The DND shortcut: the toggle, for `dnd_shortcut_for` when set.
    Shortcut,
    /// A preset: the status for this long.
    For(Status, Duration),
    /// A preset: the status until the next working morning (`morning`, `weekend_days`).
    UntilMorning(Status),
}

/// What the UI (or the sign-in page) asks of the worker.
#[derive(Debug)]
pub enum Command {
    Pick(Pick),
    SignIn,
    SignOut,
    /// The sign-in page stored a new account.
    SignedIn(Account),
    /// "Start at login" was clicked.
    ToggleAutostart,
    /// An automatic rule's item was clicked: on becomes off and off on (kept in config.toml).
    ToggleRule(Rule),
    /// A signal source reported (the screen locked, a call started…).
    Signal(Signal),
    /// A read of the calendar or the work day came back (tray/rules.rs).
    Read(Reading),
    /// What became of the DND shortcut (the X11 grab, or the portal's answer on Wayland).
    Shortcut(ShortcutState),
    /// The machine woke up or the network came back: read the status (and retry a pending choice) now.
    Resync(Resync),
    /// A CLI request through the control socket; answered once the engine settles.
    Remote(Request, oneshot::Sender<Reply>),
    Quit,
}

/// Where the worker sends what the UI must show.
pub trait Ui: Send + 'static {
    fn show(&self, view: View);
    fn notify(&self, notice: Notice);
    /// The configured DND shortcut (`None`: the default), known once the config is read: the UI thread
    /// registers it (macOS and Windows; on Linux the worker does).
    fn shortcut(&self, setting: Option<String>);
    /// Whether the tray starts at login.
    fn autostart(&self, on: bool);
    /// The menu's shortcut line, when the worker set the shortcut up (Linux).
    fn shortcut_line(&self, line: String);
}

pub use crate::poll::Resync;

/// See the module docs.
pub struct Service<U: Ui> {
    ui: U,
    commands: UnboundedSender<Command>,
    /// The signed-in account at work (one today; the loop is built so there can be several).
    session: TraySession,
    demo: Option<DemoPortal>,
    sign_in_page: Option<SignInPage>,
    /// A one-off remark for the status line (a dropped old choice), until the next user action.
    note: Option<String>,
    last_view: Option<View>,
    last_activity: Activity,
    autostart_on: bool,
    /// What became of the DND shortcut, for `doctor` (`None` until set up, and where the UI thread
    /// registers it).
    shortcut: Option<ShortcutState>,
    /// The config's timed-status settings.
    timed: TimedSettings,
    /// A timed status's revert that fired and is not confirmed yet (its confirmation is notified).
    reverting: Option<Timer>,
    /// When this tray started: a revert of a moment before it ran while no tray did.
    started: WallTime,
    /// The rules that read the portal: the calendar and the work day.
    portal_rules: PortalRules,
    /// How often the status is read (the work day is read with it).
    poll_every: Duration,
    /// The X11 grab, held as long as the worker runs (dropping it releases the key).
    #[cfg(target_os = "linux")]
    _grab: Option<crate::platform::shortcut::Shortcut>,
    /// The idle rule's threshold, followed by its source (`None`: off).
    idle_after: tokio::sync::watch::Sender<Option<Duration>>,
    /// The rules whose signal source runs ([`Service::watch_signals`]).
    sources: Vec<Rule>,
}

impl<U: Ui> Service<U> {
    /// A worker signed in to the configured account (or signed out).
    pub fn new(ui: U, commands: UnboundedSender<Command>) -> Service<U> {
        Service {
            ui,
            commands,
            session: TraySession::new(true),
            demo: None,
            sign_in_page: None,
            note: None,
            last_view: None,
            last_activity: Activity::Idle,
            autostart_on: false,
            shortcut: None,
            timed: TimedSettings::from(&Config::default()),
            reverting: None,
            started: wall_now(),
            portal_rules: PortalRules::default(),
            poll_every: Duration::from_secs(crate::store::config::DEFAULT_POLL_SECS),
            #[cfg(target_os = "linux")]
            _grab: None,
            idle_after: tokio::sync::watch::Sender::new(None),
            sources: Vec::new(),
        }
    }

    /// A worker signed in to a simulated portal; nothing touches the keyring or the config.
    pub fn demo(ui: U, commands: UnboundedSender<Command>, sim: DemoPortal) -> Service<U> {
        let mut service = Service::new(ui, commands);
        service.session = TraySession::new(false);
        service.demo = Some(sim);
        service
    }

    /// Runs until [`Command::Quit`] or until every command sender is gone: one loop over the session
    /// (its call, polls and timers, session/live.rs) and the event sources (menu, socket, shortcut,
    /// wake-up, the tray-host check).
    pub async fn run(mut self, mut commands: UnboundedReceiver<Command>) {
        self.start().await;
        let host_check = tokio::time::sleep(tuning::TRAY_HOST_GRACE);
        tokio::pin!(host_check);
        let mut host_checked = false;
        loop {
            let wake = self.session.start(Instant::now());
            self.publish();
            self.session.remember().await;
            self.session.answer_waiters().await;
            let rules = &self.session.rules;
            let rules_at = self.portal_rules.wake(
                |rule| rules.enabled(rule),
                self.session.connected(),
                Instant::now(),
                wall_now(),
            );
            tokio::select! {
                () = self.session.next_event(wake) => {}
                () = sleep_until(rules_at) => self.rules_due(),
                command = commands.recv() => match command {
                    None | Some(Command::Quit) => break,
                    Some(command) => self.handle(command).await,
                },
                () = &mut host_check, if !host_checked => {
                    host_checked = true;
                    self.check_tray_host().await;
                }
            }
        }
        if let Some(page) = self.sign_in_page.take() {
            page.stop();
        }
        self.session.flush().await;
    }

    /// The portal rules' reads that are due, and the meeting in progress now.
    fn rules_due(&mut self) {
        let rules = &self.session.rules;
        let user_id = self.session.account.as_ref().map_or(1, |a| a.user_id);
        let signals = self.portal_rules.due(
            |rule| rules.enabled(rule),
            self.session.live.client(),
            user_id,
            self.poll_every,
            &self.commands,
            Instant::now(),
        );
        for signal in signals {
            self.session.live.automatic.signal(signal);
        }
    }

    /// Says so, rather than running invisibly, when nothing in the session can show the icon.
    async fn check_tray_host(&self) {
        let hosts = blocking(crate::platform::tray_host::detect).await;
        if hosts.any() {
            tracing::info!("{}", hosts.describe());
        } else {
            tracing::error!("{}", hosts.describe());
            self.ui.notify(Notice {
                summary: text!("notice-no-tray"),
                body: format!("{}.", notices::capitalised(hosts.describe())),
            });
        }
    }

    /// Sets up the DND shortcut from the setting (`None`: the default), the same way in the demo. On
    /// Linux the worker does it: on X11 its own grab (on the blocking pool: it opens an X connection),
    /// on Wayland the desktop's GlobalShortcuts portal, bound on a task of its own (it may wait for the
    /// user's consent in a desktop dialog) whose activations toggle DND like a menu click. Elsewhere
    /// the UI thread registers it (macOS and Windows require it).
    #[cfg(target_os = "linux")]
    async fn set_up_shortcut(&mut self, setting: Option<String>) {
        use crate::platform::shortcut;
        if crate::platform::linux::wayland_session() {
            let state = match shortcut::parse(setting.as_deref()) {
                Ok(None) => ShortcutState::Off,
                Err(state) => state,
                Ok(Some(_)) => {
                    let keys = shortcut::keys(setting.as_deref());
                    self.bind_through_portal(keys.clone());
                    ShortcutState::Binding { keys }
                }
            };
            self.shortcut_state(state);
            return;
        }
        let toggle = self.commands.clone();
        let (grab, state) = blocking(move || {
            shortcut::register(setting.as_deref(), move || {
                let _ = toggle.send(Command::Pick(Pick::Shortcut));
            })
        })
        .await;
        self._grab = grab;
        self.shortcut_state(state);
    }

    #[cfg(not(target_os = "linux"))]
    async fn set_up_shortcut(&mut self, setting: Option<String>) {
        self.ui.shortcut(setting);
    }

    /// Binds the shortcut through the desktop portal (Wayland); its outcome comes back as a
    /// [`Command::Shortcut`].
    #[cfg(target_os = "linux")]
    fn bind_through_portal(&self, keys: String) {
        use crate::ipc::NoShortcut;
        use crate::platform::linux::shortcut_portal::{PortalShortcut, PortalShortcutError};
        let commands = self.commands.clone();
        tokio::spawn(async move {
            match PortalShortcut::bind(&keys).await {
                Ok(mut shortcut) => {
                    let keys = shortcut.trigger().unwrap_or(&keys).to_string();
                    let _ = commands.send(Command::Shortcut(ShortcutState::Portal { keys }));
                    while shortcut.activated().await.is_some() {
                        if commands.send(Command::Pick(Pick::Shortcut)).is_err() {
                            return;
                        }
                    }
                    let why = NoShortcut::PortalClosed;
                    let _ = commands.send(Command::Shortcut(ShortcutState::Unavailable { why }));
                }
                Err(e) => {
                    tracing::info!("no portal shortcut: {e}");
                    let why = match e {
                        PortalShortcutError::Unavailable => NoShortcut::Wayland,
                        PortalShortcutError::Refused => NoShortcut::PortalRefused,
                        PortalShortcutError::Failed(reason) => NoShortcut::PortalFailed { reason },
                    };
                    let _ = commands.send(Command::Shortcut(ShortcutState::Unavailable { why }));
                }
            }
        });
    }

    /// Keeps the shortcut's state for `doctor` and shows its line in the menu (warning about a problem
    /// in the log).
    fn shortcut_state(&mut self, state: ShortcutState) {
        // Waiting for the desktop is no problem yet; its answer follows.
        if let Some(problem) = state.problem()
            && !matches!(state, ShortcutState::Binding { .. })
        {
            tracing::warn!("{problem}");
        }
        self.ui.shortcut_line(state.menu_line());
        self.shortcut = Some(state);
    }

    /// Reads the autostart entry (repairing it at start if it points at another binary) and shows it.
    async fn check_autostart(&mut self, repair: bool) {
        let result = blocking(move || {
            if repair {
                match crate::platform::autostart::repair() {
                    Ok(true) => tracing::info!("the autostart entry now starts this binary"),
                    Ok(false) => {}
                    Err(e) => tracing::warn!("{e}"),
                }
            }
            crate::platform::autostart::status()
        })
        .await;
        self.autostart_on = match result {
            Ok(state) => state != crate::platform::autostart::AutostartState::Off,
            Err(e) => {
                tracing::warn!("{e}");
                false
            }
        };
        self.ui.autostart(self.autostart_on);
    }

    async fn start(&mut self) {
        if let Some(sim) = &self.demo {
            match Webhook::parse(sim.webhook_url())
                .map_err(AppError::from)
                .and_then(|w| Ok(Client::new(w)?))
            {
                Ok(client) => {
                    self.session.live.set_client(Some(client));
                    self.session.identity = Identity::Demo;
                    self.session.live.engine.intent(Intent::Refresh);
                }
                Err(e) => tracing::error!("the demo portal could not be used: {e}"),
            }
            // The demo signs in to no account of the config file, but takes its shortcut, set up as
            // the tray's is (the X11 grab or the Wayland portal), so that `doctor` and the demo agree.
            let config = blocking(Config::load).await.unwrap_or_else(|e| {
                tracing::warn!("{e}");
                Config::default()
            });
            self.session.set_rules(config.automatic);
            self.watch_signals();
            self.portal_rules.read_soon(Instant::now());
            self.set_up_shortcut(config.dnd_shortcut).await;
            return;
        }
        self.check_autostart(true).await;
        let (config, (memory, problem)) = blocking(|| (Config::load(), Memory::load())).await;
        if let Some(problem) = problem {
            tracing::warn!("{problem}");
            self.ui.notify(Notice {
                summary: text!("notice-broken-file"),
                body: notices::capitalised(&problem),
            });
        }
        if let Some((status, hours)) = self.session.restore(memory) {
            self.note = Some(text!(
                "status-line-dropped-choice",
                hours = hours,
                status = crate::text::status_label(status)
            ));
        }
        match config {
            Ok(config) => {
                self.poll_every = Duration::from_secs(config.poll_interval_secs);
                self.session
                    .live
                    .set_poller(Poller::new(self.poll_every, fastrand::u64(..)));
                self.timed = TimedSettings::from(&config);
                self.session.set_rules(config.automatic);
                self.set_up_shortcut(config.dnd_shortcut).await;
                self.session.account = config.account;
            }
            Err(e) => {
                tracing::error!("{e}");
                self.ui.notify(Notice {
                    summary: text!("notice-runs-on-defaults"),
                    body: e.to_string(),
                });
                self.session.blocker = Some(Blocker::BadConfig(e));
                self.set_up_shortcut(None).await;
            }
        }
        self.watch_signals();
        self.portal_rules.read_soon(Instant::now());
        self.session.load_secret().await;
    }

    /// Starts the signal sources of the rules that are on and have none running yet, each a task or a
    /// thread of its own reporting through the command channel. A source starts with its rule (at start,
    /// or when the rule is turned on) and then keeps running — it only listens, with no wake-up while
    /// nothing happens — so a rule turned off and on again knows its condition at once. Sources of rules
    /// that were never on cost nothing: no thread, no connection, no memory (docs/PERFORMANCE.md).
    fn watch_signals(&mut self) {
        self.idle_after
            .send_replace(self.session.rules.idle_after());
        for rule in [Rule::Locked, Rule::Calls, Rule::Idle, Rule::Presenting] {
            if !self.session.rules.enabled(rule) || self.sources.contains(&rule) {
                continue;
            }
            self.sources.push(rule);
            let commands = self.commands.clone();
            let report: crate::platform::automatic::Report =
                Box::new(move |signal| commands.send(Command::Signal(signal)).is_ok());
            match rule {
                Rule::Locked => {
                    tokio::spawn(crate::platform::automatic::watch_lock(report));
                }
                // A thread of its own, blocked on the sound server's socket.
                Rule::Calls => crate::platform::automatic::watch_calls(report),
                // The idle source re-arms at each threshold `toggle_rule` sends.
                Rule::Idle => {
                    tokio::spawn(crate::platform::automatic::watch_idle(
                        self.idle_after.subscribe(),
                        report,
                    ));
                }
                Rule::Presenting => crate::platform::automatic::watch_presenting(report),
                Rule::Meetings | Rule::WorkTime => {}
            }
        }
    }

    /// Turns a rule on or off and keeps it in config.toml (the demo keeps it in memory only). A config
    /// that cannot be written leaves the rule as it was, and says why.
    async fn toggle_rule(&mut self, rule: Rule) {
        let mut rules = self.session.rules.clone();
        rules.set(rule, !rules.enabled(rule));
        if self.demo.is_none() {
            let wanted = rules.clone();
            let saved = blocking(move || {
                let mut config = Config::load()?;
                config.automatic = wanted;
                config.save()
            })
            .await;
            if let Err(e) = saved {
                self.ui.notify(Notice {
                    summary: text!("notice-rule-unchanged"),
                    body: notices::capitalised(&e.to_string()),
                });
                return;
            }
        }
        tracing::info!(
            rule = rule.key(),
            on = rules.enabled(rule),
            "automatic rule changed"
        );
        self.session.set_rules(rules);
        let idle = self.session.rules.idle_after();
        self.idle_after
            .send_if_modified(|now| std::mem::replace(now, idle) != idle);
        // A rule turned on for the first time starts its source.
        self.watch_signals();
    }

    /// Handles a command. A change of account drops the call in flight (a new client).
    async fn handle(&mut self, command: Command) {
        match command {
            Command::Pick(pick) => {
                if self.session.connected() {
                    self.user_acted();
                    let choice = self.choice_for(pick);
                    let machine = self.session.machine();
                    self.session.live.choose(choice, machine);
                }
            }
            Command::SignIn => {
                self.open_sign_in_page().await;
            }
            Command::SignedIn(account) => {
                self.session.reset(Some(account));
                self.portal_rules.reset(Instant::now());
                self.last_activity = Activity::Idle;
                self.session.load_secret().await;
                if let Some(page) = self.sign_in_page.take() {
                    page.stop();
                }
            }
            Command::SignOut => {
                self.sign_out().await;
            }
            Command::Shortcut(state) => self.shortcut_state(state),
            Command::ToggleRule(rule) => self.toggle_rule(rule).await,
            Command::Signal(signal) => {
                tracing::debug!(?signal, "signal");
                self.session.live.automatic.signal(signal);
            }
            Command::Read(reading) => match self.portal_rules.read(reading, Instant::now()) {
                Ok(signals) => {
                    for signal in &signals {
                        self.session.rule_available(signal_rule(signal));
                    }
                    for signal in signals {
                        self.session.live.automatic.signal(signal);
                    }
                }
                Err((rule, missing)) => {
                    tracing::warn!(
                        rule = rule.key(),
                        ?missing,
                        "the webhook cannot serve the rule"
                    );
                    self.session.rule_missing(rule, missing);
                }
            },
            Command::Resync(why) => {
                self.session.live.resync(why, Instant::now());
                // Events may have moved while the machine slept.
                self.portal_rules.read_soon(Instant::now());
            }
            Command::ToggleAutostart => {
                self.check_autostart(false).await;
                let on = self.autostart_on;
                let result = blocking(move || {
                    if on {
                        crate::platform::autostart::disable()
                    } else {
                        crate::platform::autostart::enable()
                    }
                })
                .await;
                if let Err(e) = result {
                    self.ui.notify(Notice {
                        summary: text!("notice-autostart-unchanged"),
                        body: notices::capitalised(&e.to_string()),
                    });
                }
                self.check_autostart(false).await;
            }
            Command::Remote(Request::Shortcut, reply) => {
                let _ = reply.send(Reply::Shortcut {
                    shortcut: self.shortcut.clone(),
                });
            }
            Command::Remote(request, reply) => {
                if self.session.remote(request, reply) {
                    // A change by the user: old remarks go.
                    self.note = None;
                }
            }
            Command::Quit => {}
        }
    }

    async fn open_sign_in_page(&mut self) {
        if self.demo.is_some() {
            return;
        }
        if self.sign_in_page.as_ref().is_none_or(|p| !p.is_running()) {
            let commands = self.commands.clone();
            let started = SignInPage::start(move |pasted: &str| {
                let account = login::sign_in(pasted)?;
                let line = login::signed_in_line(&account);
                let _ = commands.send(Command::SignedIn(account));
                Ok::<_, crate::error::AppError>(line)
            });
            match started {
                Ok(page) => self.sign_in_page = Some(page),
                Err(e) => {
                    self.ui.notify(Notice {
                        summary: text!("notice-sign-in-page-failed"),
                        body: text!("notice-sign-in-page-failed-body", error = e.to_string()),
                    });
                    return;
                }
            }
        }
        if let Some(page) = &self.sign_in_page {
            let url = page.url().to_string();
            if let Err(e) = blocking(move || open::that_detached(url)).await {
                tracing::warn!("no browser could be opened: {e}");
                self.ui.notify(Notice {
                    summary: text!("notice-no-browser"),
                    body: text!("notice-no-browser-body"),
                });
            }
        }
    }

    async fn sign_out(&mut self) {
        if self.session.account.is_none() {
            return;
        }
        // A write still running must not bring the file back after sign-out removed it.
        self.session.flush().await;
        match blocking(login::sign_out).await {
            Ok(_) => {
                self.session.signed_out();
                self.last_activity = Activity::Idle;
            }
            Err(e) => self.ui.notify(Notice {
                summary: text!("notice-sign-out-failed"),
                body: e.to_string(),
            }),
        }
    }

    /// The choice a pick means now: a timed one ends at a moment read off the clock (and the config's
    /// morning and weekend days) when it is taken.
    fn choice_for(&self, pick: Pick) -> Choice {
        let now = wall_now();
        let after = |d: Duration| crate::timed::after(now, d).ok();
        match pick {
            Pick::Status(status) => Choice::Set {
                status,
                until: None,
            },
            Pick::Shortcut => Choice::ToggleDnd {
                until: self.timed.shortcut_for.and_then(after),
            },
            Pick::For(status, d) => Choice::Set {
                status,
                until: after(d),
            },
            Pick::UntilMorning(status) => Choice::Set {
                status,
                until: Some(crate::timed::next_morning(
                    now,
                    &jiff::tz::TimeZone::system(),
                    self.timed.morning,
                    &self.timed.weekend,
                )),
            },
        }
    }

    /// A change by the user: the state file may be written again, and old remarks go.
    fn user_acted(&mut self) {
        self.session.user_acted();
        self.note = None;
    }

    /// A timed status's revert that fired: remembered until the portal confirms it (then notified); one
    /// whose moment passed while no tray ran gets a note saying so.
    fn follow_revert(&mut self) {
        let Some(timer) = self.session.live.take_fired() else {
            return;
        };
        if let (Some(status), true) = (timer.guard, timer.until < self.started) {
            self.note = Some(text!(
                "status-line-ended-while-away",
                status = crate::text::status_label(status),
                at = timed_clock(timer.until)
            ));
        }
        self.reverting = Some(timer);
    }

    /// The notification of a confirmed revert, once nothing else is on its way; a revert overtaken by
    /// another choice is forgotten silently.
    fn revert_notice(&mut self) -> Option<Notice> {
        let engine = &self.session.live.engine;
        let timer = self.reverting?;
        if engine.pending().is_some() {
            return None;
        }
        self.reverting = None;
        let (status, then) = (timer.guard?, timer.then()?);
        let confirmed = engine.confirmed().and_then(|c| c.status);
        (confirmed == Some(then) && engine.confirmed_by() == Some(ConfirmedBy::Set)).then(|| {
            Notice {
                summary: text!(
                    "notice-timed-ended",
                    status = crate::text::status_label(status),
                    then = crate::text::status_label(then)
                ),
                body: String::new(),
            }
        })
    }

    /// Sends the view (and a notification when one is due) if anything changed.
    fn publish(&mut self) {
        self.follow_revert();
        if let Some(notice) = self.revert_notice() {
            self.ui.notify(notice);
        }
        let snapshot = self.session.snapshot(self.note.clone());
        if let Some(notice) = notices::notice(&self.last_activity, &snapshot.activity) {
            self.ui.notify(notice);
        }
        self.last_activity = snapshot.activity.clone();
        let view = View::from(&snapshot);
        if self.last_view.as_ref() != Some(&view) {
            tracing::debug!(status_line = %view.status_line, checked = ?view.checked, "view changed");
            self.ui.show(view.clone());
            self.last_view = Some(view);
        }
    }
}

/// The rule a portal read's signal is for.
fn signal_rule(signal: &Signal) -> Rule {
    match signal {
        Signal::WorkDay(_) => Rule::WorkTime,
        _ => Rule::Meetings,
    }
}

/// Sleeps until `at`; never without it.
async fn sleep_until(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at.into()).await,
        None => std::future::pending().await,
    }
}

/// The config's timed-status settings, read once with the config.
#[derive(Clone, Debug)]
struct TimedSettings {
    shortcut_for: Option<Duration>,
    morning: jiff::civil::Time,
    weekend: Vec<jiff::civil::Weekday>,
}

impl TimedSettings {
    fn from(config: &Config) -> TimedSettings {
        TimedSettings {
            shortcut_for: config.dnd_shortcut_for(),
            morning: config.morning(),
            weekend: config.weekend(),
        }
    }
}

/// A moment's clock time where the user is ("15:30").
fn timed_clock(at: WallTime) -> String {
    crate::text::clock(&crate::timed::local(at, &jiff::tz::TimeZone::system()))
}
