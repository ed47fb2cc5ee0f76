//! b24-status: set your Bitrix24 chat status from the tray, a shortcut or the command line, and always
//! show the status the portal confirmed. See `docs/ARCHITECTURE.md` for how the modules fit together.

// The pure core, under the names the rest of the app has always used.
pub use b24_status_core::{
    automatic, backoff, engine, pacer, poll, portal_error, safe_text, secret, status, timed, tuning,
};

// Bottom to top: a module uses only the ones above it in this list (docs/ARCHITECTURE.md, "Layers";
// scripts/check-layers keeps it so, rustfmt.toml keeps rustfmt from sorting it).
#[macro_use]
pub mod text;
pub mod portal;
pub mod store;
pub mod ipc;
pub mod error;
pub mod session;
pub mod platform;
pub mod tray;
pub mod cli;
pub mod logging;

// Fixtures shared by the unit tests.
#[cfg(test)]
mod test_support;

use std::process::ExitCode;

/// The whole program, with the tray in this process: `b24-status-tray` on Linux, `b24-status` elsewhere.
pub fn main() -> ExitCode {
    run(tray::run)
}

/// `b24-status` on Linux: the same program, but the tray (no command, or `demo`) is `b24-status-tray`,
/// started in this process's place. This binary links no GTK, so a command does not load GTK's 70
/// libraries: half of the time of a `b24-status set` (docs/PERFORMANCE.md).
#[cfg(target_os = "linux")]
pub fn main_cli() -> ExitCode {
    run(platform::linux::exec::exec)
}

/// Parses the arguments, runs the command (`tray` runs the tray; `true`: the demo), maps the result to an
/// exit code.
fn run(tray: fn(bool) -> Result<(), error::AppError>) -> ExitCode {
    let language = choose_language();
    if std::env::args_os()
        .skip(1)
        .any(|a| a.to_string_lossy().contains("/rest/"))
    {
        // Refuse before clap, whose error would echo the argument and so the secret.
        eprintln!("b24-status: {}", text!("cli-url-argument"));
        return ExitCode::from(error::exit::USAGE);
    }
    let cli = match cli::args::parse() {
        Ok(cli) => cli,
        Err(e) => match cli::args::usage_error(&e) {
            // --help and --version print and exit 0 as clap does.
            None => e.exit(),
            Some(line) => {
                eprintln!("b24-status: {line}");
                return ExitCode::from(error::exit::USAGE);
            }
        },
    };
    logging::init(cli.verbose, cli.quiet);
    tracing::debug!("{language}");
    let result = match cli.command {
        None => tray(false),
        Some(cli::args::Command::Demo) => tray(true),
        Some(command) => cli::commands::run(command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let text = e.to_string();
            if !text.is_empty() {
                eprintln!("b24-status: {text}");
            }
            ExitCode::from(e.exit_code())
        }
    }
}

/// Speaks the language config.toml names, else the system's (`text::language`), from the first word on:
/// the help, the errors, the tray. A config that cannot be read names no language; its error is told
/// later, in the system's. The clock is the system's time format's. Returns the choice as a log line,
/// for once logging is set up.
fn choose_language() -> String {
    let setting = store::config::Config::load()
        .ok()
        .and_then(|config| config.language);
    let system = platform::locale::system_languages();
    let clock_12h = platform::locale::system_clock_12h();
    let locale = text::language::choose(setting.as_deref(), &system).with_system_clock(clock_12h);
    text::set_language(locale);
    format!(
        "language {} (config: {setting:?}, system: {system:?}), {} clock (system: {clock_12h:?})",
        locale.catalogue,
        if locale.clock_12h {
            "12-hour"
        } else {
            "24-hour"
        },
    )
}
