//! The command line: clap definitions only. What each command does is in [`crate::cli::commands`]. The
//! help texts come from the message catalogue (`cli-…` in `i18n/en/cli.ftl`), rendered when the
//! definition is built (once per run, and by `examples/gen-docs.rs` for the man pages).

use clap::{Parser, Subcommand};

use crate::status::Status;

#[derive(Debug, Parser)]
#[command(
    name = "b24-status",
    version,
    about = text!("cli-about"),
    long_about = text!("cli-long-about"),
    after_help = text!("cli-after-help")
)]
pub struct Cli {
    #[arg(
        short,
        long,
        action = clap::ArgAction::Count,
        global = true,
        help = text!("cli-verbose-help")
    )]
    pub verbose: u8,
    #[arg(
        short,
        long,
        global = true,
        conflicts_with = "verbose",
        help = text!("cli-quiet-help")
    )]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(about = text!("cli-login-about"))]
    Login,
    #[command(about = text!("cli-logout-about"))]
    Logout,
    #[command(about = text!("cli-set-about"))]
    Set {
        #[arg(value_parser = parse_status, help = text!("cli-set-status-help"))]
        status: Status,
        /// Read in `cli::commands` (a bad one is one line, not clap's usage block; `-5m` reaches it too).
        #[arg(
            long = "for",
            value_name = "DURATION",
            conflicts_with = "until",
            allow_hyphen_values = true,
            help = text!("cli-for-help")
        )]
        for_: Option<String>,
        /// One or two words: `15:30`, `tomorrow 09:00` (quoted or not), an RFC 3339 time.
        #[arg(long, value_name = "TIME", num_args = 1..=2, help = text!("cli-until-help"))]
        until: Option<Vec<String>>,
    },
    #[command(about = text!("cli-get-about"))]
    Get {
        #[arg(long, help = text!("cli-json-help"))]
        json: bool,
    },
    #[command(about = text!("cli-toggle-dnd-about"))]
    ToggleDnd {
        #[arg(
            long = "for",
            value_name = "DURATION",
            allow_hyphen_values = true,
            help = text!("cli-for-help")
        )]
        for_: Option<String>,
    },
    #[command(about = text!("cli-cancel-timer-about"))]
    CancelTimer,
    #[command(about = text!("cli-doctor-about"))]
    Doctor,
    #[command(about = text!("cli-demo-about"))]
    Demo,
    #[command(about = text!("cli-autostart-about"))]
    Autostart {
        #[arg(help = text!("cli-autostart-action-help"))]
        action: crate::platform::autostart::AutostartAction,
    },
}

/// A status word as typed, with the catalogue's sentence when it is none of the four.
fn parse_status(word: &str) -> Result<Status, String> {
    word.parse().map_err(|e| crate::text::unknown_status(&e))
}
