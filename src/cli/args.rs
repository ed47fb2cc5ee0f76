//! The command line: clap definitions only. What each command does is in [`crate::cli::commands`].

use clap::{Parser, Subcommand};

use crate::status::Status;

#[derive(Debug, Parser)]
#[command(
    name = "b24-status",
    version,
    about = "Set your Bitrix24 chat status: Online, Do Not Disturb, Away",
    long_about = "Set your Bitrix24 chat status — Online, Do Not Disturb, Away — from the tray or the command line.\n\
                  Without a command, b24-status runs in the tray. Every status it shows is one the portal confirmed.",
    after_help = "Exit codes: 0 ok, 1 other failure, 2 usage, 3 not signed in, \
                  4 webhook rejected or lacking the `im` scope, 5 portal unreachable or unavailable."
)]
pub struct Cli {
    /// More detail on stderr (-v info, -vv debug, -vvv trace). Secrets are never logged.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    /// Only errors on stderr.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Sign in with an inbound-webhook URL (scope `im`), read from the terminal (hidden) or one line of stdin.
    Login,
    /// Remove the webhook from the keyring and the portal from the config. Safe to repeat.
    Logout,
    /// Set the status; succeeds only once the portal confirms it.
    Set {
        /// online, dnd, away or break
        #[arg(value_parser = parse_status)]
        status: Status,
    },
    /// Print the current status as one word: online, dnd, away, break or unknown.
    Get,
    /// Do Not Disturb → the status before it (else online); anything else → Do Not Disturb.
    ToggleDnd,
    /// Check the keyring, the config, the portal, the webhook and its `im` scope, with a fix for each problem.
    Doctor,
    /// Run the tray signed in to a built-in simulated portal: try b24-status without a Bitrix24 account.
    Demo,
    /// Start the tray when you log in: on, off, or status (which executable the entry starts).
    Autostart {
        /// What to do.
        action: crate::platform::autostart::AutostartAction,
    },
    /// Run the built-in simulated Bitrix24 portal (for tests and demos).
    #[command(hide = true)]
    Simulate {
        /// The initial status of the simulated user.
        #[arg(long, value_parser = parse_status)]
        status: Option<Status>,
    },
}

/// A status word as typed, with the catalogue's sentence when it is none of the four.
fn parse_status(word: &str) -> Result<Status, String> {
    word.parse().map_err(|e| crate::text::unknown_status(&e))
}
