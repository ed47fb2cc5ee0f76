//! The command line: clap definitions only. What each command does is in [`crate::cli::commands`]. The
//! help texts come from the message catalogue (`cli-…` in `i18n/en.ftl`), rendered when the
//! definition is built (once per run, and by `examples/gen-docs.rs` for the man pages). clap's own words
//! — the headings, `--help`, `--version`, `[OPTIONS]`, its errors — are replaced by the catalogue's too
//! ([`command`], [`usage_error`]), so the help and the errors read in the user's language.

use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand};

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
        #[arg(
            value_parser = parse_status,
            value_name = text!("cli-value-status"),
            help = text!("cli-set-status-help")
        )]
        status: Status,
        /// Read in `cli::commands` (a bad one is one line, not clap's usage block; `-5m` reaches it too).
        #[arg(
            long = "for",
            value_name = text!("cli-value-duration"),
            conflicts_with = "until",
            allow_hyphen_values = true,
            help = text!("cli-for-help")
        )]
        for_: Option<String>,
        /// One or two words: `15:30`, `tomorrow 09:00` (quoted or not), an RFC 3339 time.
        #[arg(
            long,
            value_name = text!("cli-value-time"),
            num_args = 1..=2,
            help = text!("cli-until-help")
        )]
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
            value_name = text!("cli-value-duration"),
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
        #[arg(
            value_name = text!("cli-value-action"),
            hide_possible_values = true,
            help = text!("cli-autostart-action-help")
        )]
        action: crate::platform::autostart::AutostartAction,
    },
}

/// A status word as typed, with the catalogue's sentence when it is none of the four.
fn parse_status(word: &str) -> Result<Status, String> {
    word.parse().map_err(|e| crate::text::unknown_status(&e))
}

/// The command line as parsed, or clap's error (help and version are errors of kinds of their own).
pub fn parse() -> Result<Cli, clap::Error> {
    // `b24-status help [command]` is `b24-status [command] --help` (clap's help command would print its
    // own English).
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.get(1).is_some_and(|a| a == "help") {
        args.remove(1);
        args.push("--help".into());
    }
    let matches = command().try_get_matches_from(args)?;
    Cli::from_arg_matches(&matches)
}

/// The definition with clap's own words replaced by the catalogue's: the usage line and its
/// `[OPTIONS]`, the headings, `--help` and `--version`, in every subcommand.
pub fn command() -> clap::Command {
    let top = Cli::command()
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(text!("cli-version-help")),
        );
    let mut cmd = localised(top, "b24-status");
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(&name, |sub| localised(sub, &format!("b24-status {name}")));
    }
    cmd
}

/// One command's help in the catalogue's words; `path` is how it is typed ("b24-status set").
fn localised(cmd: clap::Command, path: &str) -> clap::Command {
    // Every command has options: -h, and the global -v and -q.
    let mut usage = format!("{path} [{}]", text!("cli-usage-options"));
    for arg in cmd.get_positionals() {
        let name = arg
            .get_value_names()
            .and_then(|names| names.first())
            .map_or_else(|| arg.get_id().to_string(), |n| n.to_string());
        usage.push_str(&format!(" <{name}>"));
    }
    if cmd.has_subcommands() {
        usage.push_str(&format!(" [{}]", text!("cli-usage-command")));
    }
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        text!("cli-usage-heading")
    );
    cmd.help_template(template)
        .override_usage(usage)
        .subcommand_help_heading(text!("cli-commands-heading"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(text!("cli-help-help")),
        )
        .mut_args(|arg| {
            let heading = if arg.is_positional() {
                text!("cli-arguments-heading")
            } else {
                text!("cli-options-heading")
            };
            arg.help_heading(heading)
        })
}

/// clap's error as one line in the catalogue's words (help and version are not errors: `None`).
pub fn usage_error(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let context = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(list)) => list.first().cloned(),
        _ => None,
    };
    let arg = context(ContextKind::InvalidArg).unwrap_or_default();
    let line = match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let value = context(ContextKind::InvalidValue).unwrap_or_default();
            // Our own parsers' sentence (a status word), else the values clap knows.
            let reason = std::error::Error::source(e)
                .map(|source| source.to_string())
                .or_else(|| match e.get(ContextKind::ValidValue) {
                    Some(ContextValue::Strings(values)) => {
                        Some(text!("cli-error-valid-values", values = values.join(", ")))
                    }
                    _ => None,
                })
                .unwrap_or_default();
            text!(
                "cli-error-invalid-value",
                value = value,
                arg = arg,
                reason = reason
            )
        }
        ErrorKind::InvalidSubcommand => {
            let word = context(ContextKind::InvalidSubcommand).unwrap_or_default();
            let suggested = match e.get(ContextKind::SuggestedSubcommand) {
                Some(ContextValue::Strings(list)) => Some(list.join("', '")),
                _ => None,
            };
            match suggested {
                Some(suggested) => text!(
                    "cli-error-unknown-command-suggest",
                    command = word,
                    suggested = suggested
                ),
                None => text!("cli-error-unknown-command", command = word),
            }
        }
        ErrorKind::UnknownArgument => match context(ContextKind::SuggestedArg) {
            Some(suggested) => text!(
                "cli-error-unknown-option-suggest",
                option = arg,
                suggested = suggested
            ),
            None => text!("cli-error-unknown-option", option = arg),
        },
        ErrorKind::MissingRequiredArgument => text!("cli-error-missing", arg = arg),
        ErrorKind::ArgumentConflict => text!(
            "cli-error-conflict",
            arg = arg,
            other = context(ContextKind::PriorArg).unwrap_or_default()
        ),
        ErrorKind::MissingSubcommand => text!("cli-error-missing-command"),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            text!("cli-error-values", arg = arg)
        }
        ErrorKind::NoEquals => {
            text!("cli-error-values", arg = arg)
        }
        _ => text!("cli-error-other"),
    };
    Some(line)
}
