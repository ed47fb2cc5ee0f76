//! Writes the man pages and shell completions that the packages install, from the CLI definition
//! (`b24_status::cli::args::Cli`):
//!
//! ```text
//! cargo run --example gen-docs -- OUT_DIR
//!
//! OUT_DIR/man/b24-status.1, OUT_DIR/man/b24-status-<command>.1   (one page per visible command)
//! OUT_DIR/completions/b24-status.bash, _b24-status, b24-status.fish
//! ```
//!
//! `packaging/build-deb` runs it with `target/packaging` (not committed); `[package.metadata.deb]` in
//! Cargo.toml installs the files from there. clap_mangen and clap_complete are dev-dependencies, so the
//! app binary does not carry them.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use b24_status::cli::args::Cli;
use clap::CommandFactory;
use clap_complete::Shell;
use clap_mangen::Man;

/// The manual section and its title, as in other programs' pages of section 1.
const SECTION: &str = "1";
const MANUAL: &str = "User Commands";

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let (Some(out), None) = (args.next(), args.next()) else {
        eprintln!("usage: cargo run --example gen-docs -- OUT_DIR");
        return ExitCode::from(2);
    };
    match generate(Path::new(&out)) {
        Ok(written) => {
            for path in written {
                println!("gen-docs: wrote {}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen-docs: {e}");
            ExitCode::FAILURE
        }
    }
}

fn generate(out: &Path) -> std::io::Result<Vec<PathBuf>> {
    let man_dir = fresh_dir(&out.join("man"))?;
    let completions_dir = fresh_dir(&out.join("completions"))?;
    let mut written = man_pages(&man_dir)?;
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        written.push(clap_complete::generate_to(
            shell,
            &mut Cli::command(),
            "b24-status",
            &completions_dir,
        )?);
    }
    Ok(written)
}

/// An empty directory at `dir` (what a previous run left there is removed, so a command that no longer
/// exists leaves no page behind).
fn fresh_dir(dir: &Path) -> std::io::Result<PathBuf> {
    if dir.exists() {
        fs::remove_dir_all(dir)?;
    }
    fs::create_dir_all(dir)?;
    Ok(dir.to_path_buf())
}

/// `b24-status.1` and one page per visible command (`b24-status-set.1`, …): the main page's SUBCOMMANDS
/// list names them. `help` gets none (`--help` says the same).
fn man_pages(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    // The one-line exit code summary of `--help` gives way to the EXIT STATUS section below.
    let mut cmd = Cli::command()
        .disable_help_subcommand(true)
        .after_help(None::<&str>);
    cmd.build();
    let date = page_date();
    let source = format!("b24-status {}", env!("CARGO_PKG_VERSION"));
    let man = |cmd: &clap::Command| {
        Man::new(cmd.clone())
            .section(SECTION)
            .date(date.clone())
            .source(source.clone())
            .manual(MANUAL)
    };

    let main = man(&cmd);
    let mut page = Vec::new();
    main.render(&mut page)?;
    let page = String::from_utf8(page).map_err(std::io::Error::other)?;
    let at = page.find(".SH VERSION").unwrap_or(page.len());
    let main_path = dir.join(main.get_filename());
    fs::write(
        &main_path,
        format!("{}{EXTRA_SECTIONS}{}", &page[..at], &page[at..]),
    )?;

    let mut written = vec![main_path];
    for sub in cmd.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        written.push(man(sub).generate_to(dir)?);
    }
    Ok(written)
}

/// The date in the pages' footer: `SOURCE_DATE_EPOCH` when set (reproducible builds), else today (UTC).
fn page_date() -> String {
    let timestamp = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| jiff::Timestamp::from_second(secs).ok())
        .unwrap_or_else(jiff::Timestamp::now);
    timestamp
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date()
        .to_string()
}

/// The sections of the main page that clap does not know: exit codes (as in `error::exit` and the
/// README), files, the keyring entry and the environment. Plain roff.
const EXTRA_SECTIONS: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
Done; the portal confirmed it.
.TP
\fB1\fR
Another failure: keyring unavailable or locked, corrupt config file, a refusal that retrying cannot fix.
.TP
\fB2\fR
Usage: unknown command or status word (no network call is made), malformed webhook URL.
.TP
\fB3\fR
Not signed in (or the keyring lost the webhook): run \fBb24\-status login\fR.
.TP
\fB4\fR
The webhook was rejected (deleted, blocked, re\-keyed) or lacks the \fBim\fR scope.
.TP
\fB5\fR
The portal is unreachable, or still unavailable after the retries.
.SH FILES
.TP
\fI$XDG_CONFIG_HOME/b24\-status/config.toml\fR (usually \fI~/.config/b24\-status/config.toml\fR)
The portal address, your user id and name, and the settings \fBpoll_interval_secs\fR and
\fBdnd_shortcut\fR. It holds no secret.
.TP
\fI$XDG_STATE_HOME/b24\-status/state.toml\fR (usually \fI~/.local/state/b24\-status/state.toml\fR)
The status to return to when Do Not Disturb is toggled off.
.TP
\fI$XDG_CONFIG_HOME/autostart/b24\-status.desktop\fR
Starts the tray at login; written by \fBb24\-status autostart on\fR, removed by \fBb24\-status autostart off\fR.
.SH KEYRING
The webhook secret is kept only in the Secret Service keyring (GNOME Keyring, KeePassXC), under the
service \fBb24\-status\fR and the account \fIuser\-id\fB@\fIportal\-host\fR; there is no plaintext
fallback. Inspect it with \fBsecret\-tool lookup service b24\-status username\fR \fIuser\-id\fB@\fIportal\-host\fR.
.SH ENVIRONMENT
.TP
\fBRUST_LOG\fR
What to log on stderr, e.g. \fBdebug\fR (like \fB\-vv\fR). No log level prints the secret.
.TP
\fBXDG_CONFIG_HOME\fR, \fBXDG_STATE_HOME\fR, \fBXDG_RUNTIME_DIR\fR
Where the config, the state and the running tray's control socket are.
.SH "SEE ALSO"
\fBsecret\-tool\fR(1)
"#;
