//! What each CLI command does: load the session, run the engine against the portal, print the confirmed
//! result. Every printed status comes from a portal confirmation; every failure is an [`AppError`].

use crate::cli::args::Command;
use crate::engine::{Activity, Engine, Intent, WallTime};
use crate::error::AppError;
use crate::ipc::{Failure, IpcError, Reply, Request, Silence};
use crate::portal::client::Client;
use crate::portal_error::PortalError;
use crate::session::account::SignedIn;
use crate::session::answer::{Answer, Confirmation};
use crate::session::choice::{Choice, machine_number};
use crate::session::live::{Live, wall_now};
use crate::session::memory::Memory;
use crate::session::{login, runtime};
use crate::status::Status;
use crate::store::keyring::KeyringError;
use crate::{timed, tuning};

/// Runs one command.
pub fn run(command: Command) -> Result<(), AppError> {
    match command {
        Command::Login => login(),
        Command::Logout => logout(),
        Command::Set {
            status,
            for_,
            until,
        } => {
            let until = when(for_.as_deref(), until.as_deref())?;
            change(Request::Set { status, until })
        }
        Command::ToggleDnd { for_ } => {
            let until = when(for_.as_deref(), None)?;
            change(Request::ToggleDnd { until })
        }
        Command::CancelTimer => cancel_timer(),
        Command::Get { json } => get(json),
        Command::Doctor => crate::cli::doctor::run(),
        // `crate::run` starts the tray itself; naming `tray::run` here would link GTK into `b24-status`.
        Command::Demo => unreachable!("the demo is the tray, started by crate::run"),
        Command::Autostart { action } => crate::platform::autostart::command(action),
    }
}

/// The moment a timed status ends, from `--for` or `--until` as typed (neither: `None`); a bad one is a
/// usage error, before anything is called or stored.
fn when(for_: Option<&str>, until: Option<&[String]>) -> Result<Option<WallTime>, AppError> {
    let now = wall_now();
    let moment = match (for_, until) {
        (Some(text), _) => timed::parse_duration(text).and_then(|d| timed::after(now, d)),
        (None, Some(words)) => timed::parse_moment(&words.join(" "), now, &local_zone()),
        (None, None) => return Ok(None),
    };
    moment
        .map(Some)
        .map_err(|e| AppError::Usage(crate::text::when_error(&e)))
}

/// The time zone moments are typed and shown in: the system's (UTC where it cannot be found).
fn local_zone() -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::system()
}

/// Runs the engine for one choice (none: a read) with the CLI's retry policy until it settles;
/// remembers what the session rules say (the status before DND; a confirmed change supersedes a pending
/// choice; the revert of a timed status, which only the tray fires).
fn run_engine(choice: Option<Choice>) -> Result<Confirmation, AppError> {
    let mut signed_in = SignedIn::load()?;
    let (mut memory, problem) = Memory::load();
    if let Some(problem) = problem {
        tracing::warn!("{problem}");
    }
    if choice.is_some() {
        memory.user_acted();
        // A choice of the user's ends the automatic status the last tray left (rule 1).
        memory.hold(None);
    }
    let mut engine = Engine::new(tuning::CLI_RETRY, fastrand::u64(..));
    memory.seed(&mut engine);
    match choice {
        Some(choice) => {
            choice.apply(&mut engine, machine_number(&signed_in.account));
        }
        None => {
            engine.intent(Intent::Refresh);
        }
    }
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
    let confirmed_change =
        choice.is_some_and(Choice::calls_portal) && engine.activity() == Activity::Idle;
    if let Some(state) = memory.update(engine, confirmed_change)
        && let Err(e) = state.save()
    {
        tracing::warn!("{e}");
    }
    match answer {
        Answer::Confirmed(confirmation) => Ok(confirmation),
        Answer::Failed(error) | Answer::StillTrying(Some(error)) => Err(error.into()),
        // Unreachable: the engine settled, so nothing is being retried.
        Answer::StillTrying(None) => Err(AppError::Portal(PortalError::NotConfirmed {
            result: "no answer".into(),
        })),
    }
}

/// Sends the request to the running tray, if one runs: its icon then changes the moment the portal
/// confirms, and the two never send the same change twice. `None` when no tray runs.
fn through_tray(request: Request) -> Result<Option<Confirmation>, AppError> {
    match crate::ipc::request(&request) {
        Ok(None) => Ok(None),
        Ok(Some(Reply::Confirmed {
            status,
            timer,
            confirmed_at,
            reason,
        })) => Ok(Some(Confirmation {
            status,
            timer,
            at: confirmed_at,
            reason,
        })),
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
        Err(IpcError::Lost(silence)) if Choice::of(request).is_some_and(Choice::calls_portal) => {
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

/// A change: through the running tray if there is one, else straight to the portal (then a timed
/// status's revert waits in the state file for the tray, and the command says so).
fn change(request: Request) -> Result<(), AppError> {
    if let Some(confirmed) = through_tray(request)? {
        return print_confirmed(&confirmed, true);
    }
    print_confirmed(&run_engine(Choice::of(request))?, false)
}

fn print_confirmed(confirmed: &Confirmation, tray_runs: bool) -> Result<(), AppError> {
    // Unreachable in practice: a settled change without failure has a confirmed status.
    let Some(status) = confirmed.status else {
        return Err(AppError::Portal(PortalError::NotConfirmed {
            result: "no status".into(),
        }));
    };
    let status = crate::text::status_label(status);
    match revert_of(confirmed) {
        Some((until, then)) => {
            println!(
                "{}",
                text!(
                    "cli-confirmed-until",
                    status = status,
                    until = &until,
                    then = &then
                )
            );
            if !tray_runs {
                println!(
                    "{}",
                    text!("cli-revert-needs-tray", until = until, then = then)
                );
            }
        }
        None => println!("{}", text!("cli-confirmed", status = status)),
    }
    Ok(())
}

/// The armed revert of a timed status shown with the confirmed one: when it ends, and the status after.
fn revert_of(confirmed: &Confirmation) -> Option<(String, String)> {
    let timer = confirmed.timer?;
    let then = timer.then()?;
    (timer.guard == confirmed.status).then(|| {
        let until = crate::text::moment(timer.until, wall_now(), &local_zone());
        (until, crate::text::status_label(then))
    })
}

/// `b24-status cancel-timer`: the running tray drops its revert (it answers with the one it dropped),
/// or, with no tray, the revert kept in the state file goes.
fn cancel_timer() -> Result<(), AppError> {
    let dropped = match through_tray(Request::CancelTimer)? {
        Some(confirmation) => confirmation.timer,
        None => {
            let (mut memory, problem) = Memory::load();
            if let Some(problem) = problem {
                return Err(AppError::Io(problem));
            }
            // The revert is the engine's, or the one an automatic status holds for its way back.
            let held = memory.held();
            let kept = memory.timer().or(held.as_ref().and_then(|h| h.revert));
            if kept.is_some() {
                memory.user_acted();
                memory.hold(held.map(|h| crate::automatic::Held { revert: None, ..h }));
                let mut engine = Engine::new(tuning::CLI_RETRY, 0);
                memory.seed(&mut engine);
                engine.cancel_timer();
                if let Some(state) = memory.update(&engine, false) {
                    state.save()?;
                }
            }
            kept
        }
    };
    match dropped.and_then(|t| t.guard.map(|status| (t, status))) {
        Some((timer, status)) => println!(
            "{}",
            text!(
                "cli-cancel-timer-done",
                status = crate::text::status_label(status),
                until = crate::text::moment(timer.until, wall_now(), &local_zone())
            )
        ),
        None => println!("{}", text!("cli-cancel-timer-nothing")),
    }
    Ok(())
}

fn get(json: bool) -> Result<(), AppError> {
    let confirmed = match through_tray(Request::Get)? {
        Some(confirmed) => confirmed,
        None => run_engine(None)?,
    };
    let word = confirmed.status.map_or("unknown", Status::wire);
    if !json {
        println!("{word}");
        return Ok(());
    }
    // Machine words and RFC 3339 times in the local offset: for scripts and status bars.
    let zone = local_zone();
    let rfc3339 = |at: WallTime| {
        timed::local(at, &zone)
            .strftime("%Y-%m-%dT%H:%M:%S%:z")
            .to_string()
    };
    let timer = confirmed
        .timer
        .filter(|t| t.guard.is_some() && t.guard == confirmed.status);
    let mut object = serde_json::json!({
        "status": word,
        "until": timer.map(|t| rfc3339(t.until)),
        "then": timer.and_then(|t| t.then()).map(Status::wire),
        "confirmed_at": confirmed.at.map(rfc3339),
        "reason": confirmed.reason.as_ref().map(crate::automatic::Reason::word),
    });
    // A meeting's name and end, as the calendar has them.
    if let Some(crate::automatic::Reason::Meeting(meeting)) = &confirmed.reason {
        object["meeting"] = serde_json::json!({
            "name": meeting.name,
            "until": rfc3339(meeting.until),
        });
    }
    println!("{object}");
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
