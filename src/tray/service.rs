//! The tray's worker: owns the status engine and the portal client on a tokio runtime off the UI thread,
//! takes [`Command`]s (menu clicks, sign-in/out, quit), polls the portal, and publishes a [`View`] after
//! every change. Keyring and file I/O run on tokio's blocking pool, so nothing here blocks the UI.

use std::time::{Duration, Instant};

use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};
use tokio::sync::oneshot;

use crate::engine::{Activity, Engine, Intent};
use crate::error::AppError;
use crate::ipc::{Reply, Request};
use crate::poll::Poller;
use crate::portal::client::Client;
use crate::portal::webhook::Webhook;
use crate::session::account::webhook_for;
use crate::session::answer::Answer;
use crate::session::live::{Event, Live};
use crate::session::login;
use crate::session::memory::{Memory, Restored};
use crate::status::Status;
use crate::store::config::{Account, Config, DEFAULT_POLL_SECS};
use crate::store::keyring::KeyringError;
use crate::tray::demo::DemoPortal;
use crate::tray::notices::{self, Notice};
use crate::tray::signin::SignInPage;
use crate::tray::view::{Blocker, Identity, Snapshot, View};
use crate::tuning;

/// What the UI (or the sign-in page) asks of the worker.
#[derive(Debug)]
pub enum Command {
    Intent(Intent),
    SignIn,
    SignOut,
    /// The sign-in page stored a new account.
    SignedIn(Account),
    /// "Start at login" was clicked.
    ToggleAutostart,
    /// The shortcut was bound through the desktop portal; this is the menu's line for it.
    ShortcutLine(String),
    /// The machine woke up or the network came back: read the status (and retry a pending choice) now.
    Resync(Resync),
    /// A CLI request through the control socket; answered once the engine settles.
    Remote(Request, oneshot::Sender<Reply>),
    Quit,
}

/// A CLI request waiting for the engine to settle.
struct Waiter {
    reply: oneshot::Sender<Reply>,
    deadline: Instant,
}

/// Where the worker sends what the UI must show.
pub trait Ui: Send + 'static {
    fn show(&self, view: View);
    fn notify(&self, notice: Notice);
    /// The configured DND shortcut (`None`: the default), known once the config is read.
    fn shortcut(&self, setting: Option<String>);
    /// Whether the tray starts at login.
    fn autostart(&self, on: bool);
    /// The shortcut line, when the shortcut was bound through the desktop portal.
    fn shortcut_line(&self, line: String);
}

pub use crate::poll::Resync;

/// See the module docs.
pub struct Service<U: Ui> {
    ui: U,
    commands: UnboundedSender<Command>,
    /// The account's engine and client at work (one session today; the loop is built for several).
    live: Live,
    account: Option<Account>,
    identity: Identity,
    blocker: Option<Blocker>,
    demo: Option<DemoPortal>,
    sign_in_page: Option<SignInPage>,
    /// What is remembered across runs (session/memory.rs keeps the rules).
    memory: Memory,
    /// A pending choice from the last run, applied once the portal client is ready.
    restored: Option<Status>,
    /// A one-off remark for the status line (a dropped old choice), until the next user action.
    note: Option<String>,
    last_view: Option<View>,
    last_activity: Activity,
    confirmed_at: Option<String>,
    confirmed_instant: Option<Instant>,
    waiters: Vec<Waiter>,
    autostart_on: bool,
}

impl<U: Ui> Service<U> {
    /// A worker signed in to the configured account (or signed out).
    pub fn new(ui: U, commands: UnboundedSender<Command>) -> Service<U> {
        Service {
            ui,
            commands,
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
            demo: None,
            sign_in_page: None,
            memory: Memory::none(),
            restored: None,
            note: None,
            last_view: None,
            last_activity: Activity::Idle,
            confirmed_at: None,
            confirmed_instant: None,
            waiters: Vec::new(),
            autostart_on: false,
        }
    }

    /// A worker signed in to a simulated portal; nothing touches the keyring or the config.
    pub fn demo(ui: U, commands: UnboundedSender<Command>, sim: DemoPortal) -> Service<U> {
        let mut service = Service::new(ui, commands);
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
            let mut wake = self.live.start(Instant::now());
            self.publish();
            self.remember().await;
            self.answer_waiters(!self.live.busy());
            if let Some(deadline) = self.waiters.iter().map(|w| w.deadline).min() {
                wake = Some(wake.map_or(deadline, |w| w.min(deadline)));
            }
            tokio::select! {
                event = self.live.wait(wake) => match event {
                    Event::Answered(answered) => {
                        self.live.answered(answered.outcome, answered.client, Instant::now());
                        self.after_call().await;
                    }
                    Event::Due => {
                        if self.live.tick(Instant::now()) {
                            self.poll_tick().await;
                        }
                    }
                },
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
    }

    /// Says so, rather than running invisibly, when nothing in the session can show the icon.
    async fn check_tray_host(&self) {
        let hosts = blocking(crate::platform::tray_host::detect).await;
        if hosts.any() {
            tracing::info!("{}", hosts.describe());
        } else {
            tracing::error!("{}", hosts.describe());
            self.ui.notify(Notice {
                summary: "b24-status has no tray to show its icon in".into(),
                body: format!("{}.", notices::capitalised(hosts.describe())),
            });
        }
    }

    /// On Wayland the shortcut goes through the desktop's GlobalShortcuts portal (where it has one):
    /// bound on a task of its own, each activation toggles DND like a menu click.
    #[cfg(target_os = "linux")]
    fn portal_shortcut(&self, setting: Option<&str>) {
        use crate::platform::linux::shortcut_portal::PortalShortcut;
        let wayland = crate::platform::linux::wayland_session();
        let keys = setting
            .unwrap_or(crate::platform::shortcut::DEFAULT)
            .trim()
            .to_string();
        if !wayland || keys.is_empty() {
            return;
        }
        let commands = self.commands.clone();
        // Binding may wait for the user's consent in a desktop dialog: the menu line follows when it is done.
        tokio::spawn(async move {
            match PortalShortcut::bind(&keys).await {
                Ok(mut shortcut) => {
                    let shown = shortcut.trigger().unwrap_or(&keys).to_string();
                    let _ = commands.send(Command::ShortcutLine(format!(
                        "{shown} toggles Do Not Disturb"
                    )));
                    while shortcut.activated().await.is_some() {
                        if commands.send(Command::Intent(Intent::ToggleDnd)).is_err() {
                            return;
                        }
                    }
                }
                Err(e) => tracing::info!("no portal shortcut: {e}"),
            }
        });
    }

    #[cfg(not(target_os = "linux"))]
    fn portal_shortcut(&self, _setting: Option<&str>) {}

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
            match Webhook::parse(&sim.webhook_url())
                .map_err(AppError::from)
                .and_then(|w| Ok(Client::new(w)?))
            {
                Ok(client) => {
                    self.live.set_client(Some(client));
                    self.identity = Identity::Demo;
                    self.live.engine.intent(Intent::Refresh);
                }
                Err(e) => tracing::error!("the demo portal could not be used: {e}"),
            }
            self.ui.shortcut(None);
            return;
        }
        self.check_autostart(true).await;
        let (config, (memory, problem)) = blocking(|| (Config::load(), Memory::load())).await;
        if let Some(problem) = problem {
            tracing::warn!("{problem}");
            self.ui.notify(Notice {
                summary: "b24-status ignored a broken file".into(),
                body: notices::capitalised(&problem),
            });
        }
        self.memory = memory;
        self.memory.seed(&mut self.live.engine);
        match self.memory.restore() {
            Restored::Apply(status) => self.restored = Some(status),
            Restored::Dropped { status, hours } => {
                tracing::info!("dropping a {hours}-hour-old pending choice ({status})");
                self.note = Some(format!(
                    "Dropped a {hours}-hour-old choice ({})",
                    crate::text::status_label(status)
                ));
            }
            Restored::Nothing => {}
        }
        match config {
            Ok(config) => {
                self.live.set_poller(Poller::new(
                    Duration::from_secs(config.poll_interval_secs),
                    fastrand::u64(..),
                ));
                self.portal_shortcut(config.dnd_shortcut.as_deref());
                self.ui.shortcut(config.dnd_shortcut);
                self.account = config.account;
            }
            Err(e) => {
                tracing::error!("{e}");
                self.blocker = Some(Blocker::BadConfig(e.to_string()));
                self.ui.notify(Notice {
                    summary: "b24-status runs on defaults".into(),
                    body: e.to_string(),
                });
                self.ui.shortcut(None);
            }
        }
        self.load_secret().await;
    }

    /// Reads the account's secret from the keyring and connects; a locked keyring is retried at each poll.
    async fn load_secret(&mut self) {
        let Some(account) = self.account.clone() else {
            self.identity = Identity::SignedOut;
            return;
        };
        self.identity = Identity::SignedIn {
            name: account.name.clone(),
            portal: account.portal.to_string(),
        };
        match blocking(move || webhook_for(&account)).await {
            Ok(Some(webhook)) => {
                match Client::new(webhook) {
                    Ok(client) => {
                        self.blocker = None;
                        self.live.set_client(Some(client));
                        // The first read counts as a poll: refused by a full office bucket, it is not
                        // retried at once but at the next (stretched) poll.
                        self.live.engine.intent(Intent::Poll);
                        if let Some(status) = self.restored.take() {
                            tracing::info!(
                                "applying the choice left pending by the last run ({status})"
                            );
                            self.memory.take_pending();
                            self.live.engine.intent(Intent::Set(status));
                        }
                    }
                    Err(e) => tracing::error!("{e}"),
                }
            }
            Ok(None) => {
                tracing::warn!("the keyring has no webhook for the configured account");
                self.identity = Identity::SignedOut;
            }
            Err(KeyringError::Locked) => self.blocker = Some(Blocker::KeyringLocked),
            Err(e) => {
                tracing::warn!("{e}");
                self.blocker = Some(Blocker::KeyringUnavailable);
            }
        }
    }

    /// Handles a command. A change of account drops the call in flight (a new client).
    async fn handle(&mut self, command: Command) {
        match command {
            Command::Intent(intent) => {
                if self.live.client().is_some() {
                    self.user_acted();
                    self.live.engine.intent(intent);
                }
            }
            Command::SignIn => {
                self.open_sign_in_page().await;
            }
            Command::SignedIn(account) => {
                self.reset_engine();
                self.account = Some(account);
                self.load_secret().await;
                if let Some(page) = self.sign_in_page.take() {
                    page.stop();
                }
            }
            Command::SignOut => {
                self.sign_out().await;
            }
            Command::ShortcutLine(line) => {
                self.ui.shortcut_line(line);
            }
            Command::Resync(why) => self.live.resync(why, Instant::now()),
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
                        summary: "Start at login was not changed".into(),
                        body: notices::capitalised(&e.to_string()),
                    });
                }
                self.check_autostart(false).await;
            }
            Command::Remote(request, reply) => {
                self.remote(request, reply);
            }
            Command::Quit => {}
        }
    }

    /// Takes a CLI request: a refusal at once, or an intent whose outcome is answered when it settles.
    fn remote(&mut self, request: Request, reply: oneshot::Sender<Reply>) {
        let refusal = match (&self.blocker, self.live.client()) {
            (Some(blocker), _) => Some((blocker_failure(blocker), crate::error::exit::FAILURE)),
            (None, None) => Some((
                crate::ipc::Failure::NotSignedIn,
                crate::error::exit::NOT_SIGNED_IN,
            )),
            _ => None,
        };
        if let Some((failure, exit)) = refusal {
            let _ = reply.send(Reply::Failed { failure, exit });
            return;
        }
        let intent = request.intent();
        if intent != Intent::Refresh {
            self.user_acted();
        }
        self.live.engine.intent(intent);
        self.waiters.push(Waiter {
            reply,
            deadline: Instant::now() + crate::ipc::SERVER_WAIT,
        });
    }

    /// Answers the waiting CLI requests once the engine has settled, or with the last error once their
    /// time is up (the tray keeps trying either way).
    fn answer_waiters(&mut self, nothing_in_flight: bool) {
        if self.waiters.is_empty() {
            return;
        }
        let settled = nothing_in_flight && self.live.engine.is_settled();
        let halted = matches!(self.live.engine.activity(), Activity::Halted(_));
        let answer = Answer::from_engine(&self.live.engine, settled);
        let now = Instant::now();
        let (done, waiting): (Vec<Waiter>, Vec<Waiter>) = std::mem::take(&mut self.waiters)
            .into_iter()
            .partition(|w| settled || halted || w.deadline <= now);
        self.waiters = waiting;
        // Out of time while still working, the reply says what is in the way.
        for waiter in done {
            let _ = waiter.reply.send(answer.reply());
        }
    }

    async fn open_sign_in_page(&mut self) {
        if self.demo.is_some() {
            return;
        }
        if self.sign_in_page.as_ref().is_none_or(|p| !p.is_running()) {
            let commands = self.commands.clone();
            let started = SignInPage::start(move |pasted: &str| {
                let account = login::sign_in(pasted).map_err(|e| e.to_string())?;
                let line = login::signed_in_line(&account);
                let _ = commands.send(Command::SignedIn(account));
                Ok(format!("{line} You can close this tab."))
            });
            match started {
                Ok(page) => self.sign_in_page = Some(page),
                Err(e) => {
                    self.ui.notify(Notice {
                        summary: "Could not open the sign-in page".into(),
                        body: format!("The local page could not start: {e}. Run `b24-status login` in a terminal instead."),
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
                    summary: "Could not open a browser".into(),
                    body: "Run `b24-status login` in a terminal to sign in.".into(),
                });
            }
        }
    }

    async fn sign_out(&mut self) {
        if self.account.is_none() {
            return;
        }
        match blocking(login::sign_out).await {
            Ok(_) => {
                self.account = None;
                self.identity = Identity::SignedOut;
                self.memory.forget();
                self.reset_engine();
            }
            Err(e) => self.ui.notify(Notice {
                summary: "Sign-out did not complete".into(),
                body: e.to_string(),
            }),
        }
    }

    /// A change by the user: the state file may be written again, and old remarks go.
    fn user_acted(&mut self) {
        self.memory.user_acted();
        self.note = None;
    }

    fn reset_engine(&mut self) {
        self.live
            .reset(Engine::new(tuning::BACKGROUND_RETRY, fastrand::u64(..)));
        self.memory.seed(&mut self.live.engine);
        self.confirmed_at = None;
        self.confirmed_instant = None;
        self.last_activity = Activity::Idle;
    }

    /// At each poll: a locked keyring is tried again (the poll itself is the session's).
    async fn poll_tick(&mut self) {
        if self.live.client().is_none() && matches!(self.blocker, Some(Blocker::KeyringLocked)) {
            self.load_secret().await;
        }
    }

    /// After a call: a portal that moved is followed (the config and keyring remember its new address).
    async fn after_call(&mut self) {
        let (Some(account), Some(client), None) =
            (self.account.clone(), self.live.client(), &self.demo)
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

    /// Writes what must survive a restart (the status before DND, a pending choice) when it changed.
    async fn remember(&mut self) {
        if self.demo.is_some() {
            return;
        }
        if let Some(state) = self.memory.update(&self.live.engine, false)
            && let Err(e) = blocking(move || state.save()).await
        {
            tracing::warn!("{e}");
        }
    }

    /// Sends the view (and a notification when one is due) if anything changed.
    fn publish(&mut self) {
        let confirmed = self.live.engine.confirmed();
        if let Some(c) = confirmed {
            // The confirmation time is fixed when the confirmation arrives.
            if self.confirmed_instant != Some(c.at) {
                self.confirmed_at = Some(jiff::Zoned::now().strftime("%H:%M").to_string());
                self.confirmed_instant = Some(c.at);
            }
        }
        let activity = self.live.engine.activity();
        if let Some(notice) = notices::notice(&self.last_activity, &activity) {
            self.ui.notify(notice);
        }
        self.last_activity = activity.clone();
        let view = View::from(&Snapshot {
            identity: self.identity.clone(),
            blocker: self.blocker.clone(),
            confirmed,
            confirmed_at: self.confirmed_at.clone(),
            activity,
            note: self.note.clone(),
        });
        if self.last_view.as_ref() != Some(&view) {
            tracing::debug!(status_line = %view.status_line, checked = ?view.checked, "view changed");
            self.ui.show(view.clone());
            self.last_view = Some(view);
        }
    }
}

/// What keeps the tray from acting, as the reply's data (the CLI renders it).
fn blocker_failure(blocker: &Blocker) -> crate::ipc::Failure {
    use crate::ipc::Failure;
    match blocker {
        Blocker::KeyringLocked => Failure::KeyringLocked,
        Blocker::KeyringUnavailable => Failure::KeyringUnavailable,
        // The blocker holds the error's sentence, not its data: the file's error is read again (a small
        // file, only while a request meets a broken config) until `Blocker::BadConfig` carries the
        // `ConfigError` itself. Mended since: this tray still runs without the account it could not read.
        Blocker::BadConfig(_) => match Config::load() {
            Err(error) => Failure::ConfigBroken { error },
            Ok(_) => Failure::NotSignedIn,
        },
    }
}

/// Runs blocking work (keyring, files) on tokio's blocking pool.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    tokio::task::spawn_blocking(f)
        .await
        .expect("a blocking task does not panic")
}
