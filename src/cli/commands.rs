//! What each CLI command does: load the session, run the engine against the portal, print the confirmed
//! result. Every printed status comes from a portal confirmation; every failure is an [`AppError`].

use crate::cli::args::Command;
use crate::engine::{Activity, Engine, Intent};
use crate::error::AppError;
use crate::ipc::{Failure, IpcError, Reply, Request, Silence};
use crate::portal::client::Client;
use crate::portal_error::PortalError;
use crate::session::account::SignedIn;
use crate::session::answer::Answer;
use crate::session::live::Live;
use crate::session::memory::Memory;
use crate::session::{login, runtime};
use crate::status::Status;
use crate::store::keyring::KeyringError;
use crate::tuning;

/// Runs one command.
pub fn run(command: Command) -> Result<(), AppError> {
    match command {
        Command::Login => login(),
        Command::Logout => logout(),
        Command::Set { status } => change(Request::Set { status }),
        Command::ToggleDnd => change(Request::ToggleDnd),
        Command::Get => get(),
        Command::Doctor => crate::cli::doctor::run(),
        // `crate::run` starts the tray itself; naming `tray::run` here would link GTK into `b24-status`.
        Command::Demo => unreachable!("the demo is the tray, started by crate::run"),
        Command::Autostart { action } => crate::platform::autostart::command(action),
    }
}

/// Runs the engine for one intent with the CLI's retry policy until it settles; remembers what the
/// session rules say (the status before DND; a confirmed change supersedes a pending choice).
fn run_engine(intent: Intent) -> Result<Option<Status>, AppError> {
    let mut signed_in = SignedIn::load()?;
    let (mut memory, problem) = Memory::load();
    if let Some(problem) = problem {
        tracing::warn!("{problem}");
    }
    if intent != Intent::Refresh {
        memory.user_acted();
    }
    let mut engine = Engine::new(tuning::CLI_RETRY, fastrand::u64(..));
    memory.seed(&mut engine);
    engine.intent(intent);
    let client = Client::new(signed_in.webhook.clone())?;
    let mut live = Live::new(engine, Some(client), None);
    runtime().block_on(live.settle());
    let engine = &live.engine;
    let client = live.client().expect("the client stays");
    if let Some(moved) = login::follow_move(&signed_in.account, client) {
        signed_in.account = moved?;
        eprintln!(
            "{}",
            text!(
                "cli-portal-moved",
                portal = signed_in.account.portal.to_string()
            )
        );
    }
    let answer = Answer::from_engine(engine, true);
    let confirmed_change = intent != Intent::Refresh && engine.activity() == Activity::Idle;
    if let Some(state) = memory.update(engine, confirmed_change)
        && let Err(e) = state.save()
    {
        tracing::warn!("{e}");
    }
    match answer {
        Answer::Confirmed(status) => Ok(status),
        Answer::Failed(error) | Answer::StillTrying(Some(error)) => Err(error.into()),
        // Unreachable: the engine settled, so nothing is being retried.
        Answer::StillTrying(None) => Err(AppError::Portal(PortalError::NotConfirmed {
            result: "no answer".into(),
        })),
    }
}

/// Sends the request to the running tray, if one runs: its icon then changes the moment the portal
/// confirms, and the two never send the same change twice. `None` when no tray runs.
fn through_tray(request: Request) -> Result<Option<Option<Status>>, AppError> {
    match crate::ipc::request(&request) {
        Ok(None) => Ok(None),
        Ok(Some(Reply::Confirmed { status })) => Ok(Some(status)),
        Ok(Some(Reply::Failed { failure, exit })) => Err(AppError::Remote {
            error: Box::new(remote_error(failure)),
            code: exit,
        }),
        // Not an answer to a change or a read.
        Ok(Some(Reply::Pong | Reply::Shortcut { .. })) => {
            Err(IpcError::Lost(Silence::Unreadable).into())
        }
        // The tray has the change and may still make it: not confirmed, as when the tray's own wait
        // runs out (exit 5), and the way to find out.
        Err(IpcError::Lost(silence)) if request.intent() != Intent::Refresh => {
            Err(AppError::Remote {
                error: Box::new(AppError::Io(text!(
                    "cli-tray-gave-up",
                    reason = silence.to_string()
                ))),
                code: crate::error::exit::UNAVAILABLE,
            })
        }
        Err(e) => Err(e.into()),
    }
}

/// The tray's failure as the error this command would have ended with itself (the same sentence);
/// the exit code stays the tray's.
fn remote_error(failure: Failure) -> AppError {
    match failure {
        Failure::Portal { error } => AppError::Portal(error),
        Failure::NotSignedIn => AppError::NotSignedIn,
        Failure::KeyringLocked => AppError::Keyring(KeyringError::Locked),
        Failure::KeyringBusy => AppError::Keyring(KeyringError::Busy),
        Failure::KeyringUnavailable => AppError::Keyring(KeyringError::Unavailable),
        Failure::ConfigBroken { error } => AppError::Config(error),
        Failure::StillTrying { last } => AppError::StillTrying { last },
    }
}

/// A change: through the running tray if there is one, else straight to the portal.
fn change(request: Request) -> Result<(), AppError> {
    if let Some(confirmed) = through_tray(request)? {
        return print_confirmed(confirmed);
    }
    print_confirmed(run_engine(request.intent())?)
}

fn print_confirmed(status: Option<Status>) -> Result<(), AppError> {
    match status {
        Some(status) => {
            println!(
                "{}",
                text!("cli-confirmed", status = crate::text::status_label(status))
            );
            Ok(())
        }
        // Unreachable in practice: a settled change without failure has a confirmed status.
        None => Err(AppError::Portal(PortalError::NotConfirmed {
            result: "no status".into(),
        })),
    }
}

fn get() -> Result<(), AppError> {
    let status = match through_tray(Request::Get)? {
        Some(status) => status,
        None => run_engine(Request::Get.intent())?,
    };
    let word = status.map_or("unknown", Status::wire);
    println!("{word}");
    Ok(())
}

/// Reads the URL, then verifies and stores it exactly as the tray's sign-in page does.
fn login() -> Result<(), AppError> {
    let account = login::sign_in(&crate::cli::prompt::read_webhook_url()?)?;
    println!("{}", login::signed_in_line(&account));
    Ok(())
}

/// Removes the secret and the portal from this machine. Signing out twice is not an error.
fn logout() -> Result<(), AppError> {
    let Some(account) = login::sign_out()? else {
        println!("{}", text!("cli-logout-nothing"));
        return Ok(());
    };
    println!(
        "{}",
        text!("cli-logout-done", portal = account.portal.to_string())
    );
    Ok(())
}
