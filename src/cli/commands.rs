//! What each CLI command does: load the session, run the engine against the portal, print the confirmed
//! result. Every printed status comes from a portal confirmation; every failure is an [`AppError`].

use std::io::{BufRead, IsTerminal};

use crate::cli::args::Command;
use crate::engine::{Activity, Engine, Intent};
use crate::error::AppError;
use crate::portal::client::Client;
use crate::portal::webhook::Webhook;
use crate::portal_error::{ErrorClass, PortalError};
use crate::session::{driver, runtime};
use crate::status::Status;
use crate::store::config::{Account, Config};
use crate::store::keyring;
use crate::store::state::State;
use crate::tuning;

/// Runs one command.
pub fn run(command: Command) -> Result<(), AppError> {
    match command {
        Command::Login => login(),
        Command::Logout => logout(),
        Command::Set { status } => change(Intent::Set(status)),
        Command::ToggleDnd => change(Intent::ToggleDnd),
        Command::Get => get(),
        Command::Doctor => crate::cli::doctor::run(),
        Command::Simulate { status } => simulate(status),
        // `crate::run` starts the tray itself; naming `tray::run` here would link GTK into `b24-status`.
        Command::Demo => unreachable!("the demo is the tray, started by crate::run"),
        Command::Autostart { action } => crate::platform::autostart::command(action),
    }
}

/// The signed-in account and its webhook, read from the config and the keyring.
pub(crate) struct Session {
    pub config: Config,
    pub account: Account,
    pub webhook: Webhook,
}

impl Session {
    pub fn load() -> Result<Session, AppError> {
        let config = Config::load()?;
        let account = config.account.clone().ok_or(AppError::NotSignedIn)?;
        let key = account.keyring_account();
        let secret = keyring::load(&key)?.ok_or(AppError::SecretMissing { account: key })?;
        let webhook = Webhook {
            portal: account.portal.clone(),
            user_id: account.user_id,
            secret,
        };
        Ok(Session {
            config,
            account,
            webhook,
        })
    }

    /// Remembers a renamed portal's new address: the config and the keyring account follow it.
    pub fn follow_move(&mut self, client: &Client) -> Result<(), AppError> {
        let Some(portal) = client.moved_to().filter(|p| **p != self.account.portal) else {
            return Ok(());
        };
        self.account =
            crate::session::login::remember_move(&self.account, &self.webhook.secret, portal)?;
        self.config.account = Some(self.account.clone());
        eprintln!("The portal moved to {portal}; the new address is saved.");
        Ok(())
    }
}

/// Runs the engine for one intent with the CLI's retry policy; returns the engine once it settled.
fn run_engine(session: &mut Session, intent: Intent) -> Result<Engine, AppError> {
    let (mut state, problem) = State::load();
    if let Some(problem) = problem {
        tracing::warn!("{problem}");
    }
    let mut engine = Engine::new(tuning::CLI_RETRY, fastrand::u64(..));
    engine.remember_before_dnd(state.before_dnd);
    engine.intent(intent);
    let mut client = Client::new(session.webhook.clone())?;
    runtime().block_on(driver::settle(&mut engine, &mut client));
    session.follow_move(&client)?;
    let confirmed_change = intent != Intent::Refresh && engine.activity() == Activity::Idle;
    let remembered = State {
        before_dnd: engine.before_dnd(),
        // A confirmed change supersedes a choice the tray left pending.
        pending: if confirmed_change {
            None
        } else {
            state.pending
        },
    };
    if remembered != state {
        state = remembered;
        if let Err(e) = state.save() {
            tracing::warn!("{e}");
        }
    }
    match engine.activity() {
        Activity::Failed { error, .. } | Activity::Halted(error) => Err(error.into()),
        _ => Ok(engine),
    }
}

/// Sends the request to the running tray, if one runs: its icon then changes the moment the portal
/// confirms, and the two never send the same change twice. `None` when no tray runs.
fn through_tray(request: crate::ipc::Request) -> Result<Option<Option<Status>>, AppError> {
    match crate::ipc::request(&request) {
        Ok(None) => Ok(None),
        Ok(Some(crate::ipc::Reply::Confirmed { status })) => Ok(Some(status)),
        Ok(Some(crate::ipc::Reply::Failed { message, exit })) => Err(AppError::Remote {
            message,
            code: exit,
        }),
        Err(e) => Err(AppError::Io(e.to_string())),
    }
}

fn change(intent: Intent) -> Result<(), AppError> {
    let request = match intent {
        Intent::Set(status) => crate::ipc::Request::Set { status },
        _ => crate::ipc::Request::ToggleDnd,
    };
    if let Some(confirmed) = through_tray(request)? {
        return print_confirmed(confirmed);
    }
    let mut session = Session::load()?;
    let engine = run_engine(&mut session, intent)?;
    print_confirmed(engine.confirmed().and_then(|c| c.status))
}

fn print_confirmed(status: Option<Status>) -> Result<(), AppError> {
    match status {
        Some(status) => {
            println!("{} (confirmed)", status.label());
            Ok(())
        }
        // Unreachable in practice: a settled change without failure has a confirmed status.
        None => Err(AppError::Portal(PortalError::NotConfirmed {
            result: "no status".into(),
        })),
    }
}

fn get() -> Result<(), AppError> {
    let status = match through_tray(crate::ipc::Request::Get)? {
        Some(status) => status,
        None => {
            let mut session = Session::load()?;
            let engine = run_engine(&mut session, Intent::Refresh)?;
            engine.confirmed().and_then(|c| c.status)
        }
    };
    let word = status.map_or("unknown", Status::wire);
    println!("{word}");
    Ok(())
}

/// Reads the webhook URL: hidden input on a terminal, otherwise one line of stdin. Never from argv.
fn read_webhook_url() -> Result<String, AppError> {
    if std::io::stdin().is_terminal() {
        eprintln!(
            "Create an inbound webhook with the `im` scope in Bitrix24 \
             (Applications → Developer resources → Other → Inbound webhook)."
        );
        rpassword::prompt_password("Paste its URL (input is hidden): ")
            .map_err(|e| AppError::Input(e.to_string()))
    } else {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map_err(|e| AppError::Input(e.to_string()))?;
        Ok(line)
    }
}

/// Reads the URL, then verifies and stores it exactly as the tray's sign-in page does.
fn login() -> Result<(), AppError> {
    let account = crate::session::login::sign_in(&read_webhook_url()?)?;
    println!("{}", crate::session::login::signed_in_line(&account));
    Ok(())
}

/// Removes the secret and the portal from this machine. Signing out twice is not an error.
fn logout() -> Result<(), AppError> {
    let mut config = Config::load()?;
    let Some(account) = config.account.take() else {
        println!("Not signed in; nothing to remove.");
        return Ok(());
    };
    keyring::delete(&account.keyring_account())?;
    config.save()?;
    State::remove()?;
    println!(
        "Signed out of {}: the webhook was removed from the keyring.",
        account.portal
    );
    Ok(())
}

/// Serves the simulated portal until stdin closes or the process is stopped.
fn simulate(status: Option<Status>) -> Result<(), AppError> {
    let config = crate::sim::SimConfig {
        status: status.map(|s| s.wire().to_string()),
        ..Default::default()
    };
    let sim = crate::sim::Simulator::spawn(config)
        .map_err(|e| AppError::Io(format!("the simulator could not start: {e}")))?;
    println!("{}", sim.webhook_url());
    eprintln!(
        "Simulated Bitrix24 portal at {} (control: {}/_sim/). Close stdin or press Ctrl-C to stop.",
        sim.base_url(),
        sim.base_url()
    );
    let mut sink = String::new();
    while std::io::stdin().lock().read_line(&mut sink).unwrap_or(0) > 0 {
        sink.clear();
    }
    Ok(())
}

/// Classifies a portal error for the doctor's lines.
pub(crate) fn is_transport(e: &PortalError) -> bool {
    matches!(
        e,
        PortalError::Unreachable { .. }
            | PortalError::Timeout { .. }
            | PortalError::Dropped { .. }
            | PortalError::Truncated { .. }
            | PortalError::NotBitrix { .. }
    )
}

pub(crate) use crate::tuning::DOCTOR_TIMEOUT;

pub(crate) fn needs_sign_in(e: &PortalError) -> bool {
    matches!(e.class(), ErrorClass::Auth | ErrorClass::Scope)
}
