//! Linux: an XDG autostart entry, `$XDG_CONFIG_HOME/autostart/b24-status.desktop` (usually
//! `~/.config/autostart/`), which the desktop (GNOME, KDE, XFCE, …, or `dex --autostart`) runs at login.
//!
//! The entry is written by this module, not by auto-launch (which Cargo.toml brings in for macOS and
//! Windows only): auto-launch 0.6 ignores `XDG_CONFIG_HOME`, does not quote `Exec` (a path with spaces
//! starts the wrong program, or nothing), and leaves a trailing space and no final newline.
//!
//! The pure parts — quoting for `Exec` ([`quote_exec_arg`]), reading it back ([`exec_program`]), the
//! file's text ([`desktop_entry`]) and what a file means ([`inspect`]) — are separate from the file
//! operations, which take the config folder and the executable so tests can point them anywhere.

use std::path::{Path, PathBuf};

use super::{
    APP_NAME, AutostartError, AutostartState, PathProblem, Starts, canonical, current_exe,
    same_program,
};
use crate::store::files;

/// The config folder: `$XDG_CONFIG_HOME` when it is set to an absolute path, else `~/.config`.
fn config_dir() -> Result<PathBuf, AutostartError> {
    directories::BaseDirs::new()
        .map(|d| d.config_dir().to_path_buf())
        .ok_or(AutostartError::NoHome)
}

/// `<config dir>/autostart/b24-status.desktop`.
pub fn entry_path(config_dir: &Path) -> PathBuf {
    config_dir
        .join("autostart")
        .join(format!("{APP_NAME}.desktop"))
}

// The facade's functions (documented in mod.rs), for this user's config folder and this executable.

pub fn status() -> Result<AutostartState, AutostartError> {
    status_in(&config_dir()?, &current_exe()?)
}

pub fn enable() -> Result<(), AutostartError> {
    enable_in(&config_dir()?, &current_exe()?)
}

pub fn disable() -> Result<(), AutostartError> {
    disable_in(&config_dir()?)
}

pub fn repair() -> Result<bool, AutostartError> {
    repair_in(&config_dir()?, &current_exe()?)
}

pub fn location() -> Result<String, AutostartError> {
    Ok(entry_path(&config_dir()?).display().to_string())
}

/// The state of the entry under `config_dir`, compared with the executable `exe`.
pub fn status_in(config_dir: &Path, exe: &Path) -> Result<AutostartState, AutostartError> {
    let text = files::read_optional(&entry_path(config_dir))?;
    Ok(text.map_or(AutostartState::Off, |t| inspect(&t, exe).state))
}

/// Writes the entry for `exe` under `config_dir` (atomically), then reads it back to confirm it starts
/// `exe`.
pub fn enable_in(config_dir: &Path, exe: &Path) -> Result<(), AutostartError> {
    let path = entry_path(config_dir);
    files::write_atomic(&path, &desktop_entry(exe, &path)?)?;
    match status_in(config_dir, exe)? {
        AutostartState::On => {
            tracing::info!("autostart entry written: {}", path.display());
            Ok(())
        }
        _ => Err(AutostartError::NotConfirmed {
            location: path.display().to_string(),
            exe: exe.display().to_string(),
        }),
    }
}

/// Removes our entry (and only it: other files in the autostart folder are not ours to touch).
pub fn disable_in(config_dir: &Path) -> Result<(), AutostartError> {
    let path = entry_path(config_dir);
    files::remove(&path)?;
    tracing::info!("autostart entry removed: {}", path.display());
    Ok(())
}

/// Rewrites a stale entry for `exe` when it is one this app wrote; returns true when it did.
pub fn repair_in(config_dir: &Path, exe: &Path) -> Result<bool, AutostartError> {
    let path = entry_path(config_dir);
    let Some(text) = files::read_optional(&path)? else {
        return Ok(false);
    };
    let found = inspect(&text, exe);
    match &found.state {
        AutostartState::Stale { points_to } if found.rewritable => {
            tracing::info!(
                "autostart entry {} starts {points_to:?}; rewriting it for {}",
                path.display(),
                exe.display()
            );
            enable_in(config_dir, exe)?;
            Ok(true)
        }
        AutostartState::Stale { points_to } => {
            tracing::warn!(
                "autostart entry {} starts {points_to:?} and looks edited by hand, so it is left as it is; \
                 run `b24-status autostart on` to replace it",
                path.display()
            );
            Ok(false)
        }
        AutostartState::On | AutostartState::Off => Ok(false),
    }
}

/// The complete desktop entry that starts the tray of `exe` (no arguments), valid for
/// `desktop-file-validate`, ending with a newline. `location` only names the file in errors.
pub fn desktop_entry(exe: &Path, location: &Path) -> Result<String, AutostartError> {
    let unsupported = |why| AutostartError::UnsupportedPath {
        path: exe.to_path_buf(),
        location: location.display().to_string(),
        why,
    };
    let exe = exe
        .to_str()
        .ok_or_else(|| unsupported(PathProblem::NotUtf8))?;
    // Desktop files have escapes for newline, tab and carriage return only; any other control
    // character cannot be written.
    if exe
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
    {
        return Err(unsupported(PathProblem::ControlCharacter));
    }
    // The spec writes a literal `%` as `%%`, and quote_exec_arg does so, but GLib (2.74) checks that the
    // program exists before undoing `%%`, finds no such file and drops the whole entry: GNOME would
    // never start it. So such a path is refused rather than reported as on.
    if exe.contains('%') {
        return Err(unsupported(PathProblem::Percent));
    }
    Ok(format!(
        "[Desktop Entry]\n\
         Type=Application\n\
         Name={APP_NAME}\n\
         Comment={}\n\
         Exec={}\n\
         Icon={APP_NAME}\n\
         Terminal=false\n\
         X-GNOME-Autostart-enabled=true\n\
         NoDisplay=true\n\
         Categories=Network;InstantMessaging;\n",
        text!("autostart-entry-comment"),
        quote_exec_arg(exe)
    ))
}

/// The characters the Desktop Entry spec ("The Exec key") reserves: an argument holding any of them
/// must be quoted.
fn is_reserved(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t'
            | '\n'
            | '"'
            | '\''
            | '\\'
            | '>'
            | '<'
            | '~'
            | '|'
            | '&'
            | ';'
            | '$'
            | '*'
            | '?'
            | '#'
            | '('
            | ')'
            | '`'
    )
}

/// One argument as it must appear in an `Exec=` line of the file: quoted per the Desktop Entry spec
/// (double quotes, with `"`, `` ` ``, `$` and `\` backslash-escaped inside) when it holds a reserved
/// character, `%` doubled, and then escaped once more as a desktop-file string (`\` → `\\`, newline →
/// `\n`, tab → `\t`, carriage return → `\r`).
pub fn quote_exec_arg(arg: &str) -> String {
    let mut quoted = String::with_capacity(arg.len() + 2);
    // Quoting more than the spec requires is allowed: an empty argument and one with any control
    // character (a carriage return, which some parsers split on) are quoted too.
    let needs_quotes = arg.is_empty() || arg.chars().any(|c| is_reserved(c) || c.is_control());
    if needs_quotes {
        quoted.push('"');
    }
    for c in arg.chars() {
        match c {
            '"' | '`' | '$' | '\\' if needs_quotes => {
                quoted.push('\\');
                quoted.push(c);
            }
            '%' => quoted.push_str("%%"),
            _ => quoted.push(c),
        }
    }
    if needs_quotes {
        quoted.push('"');
    }
    let mut escaped = String::with_capacity(quoted.len());
    for c in quoted.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            '\n' => escaped.push_str("\\n"),
            '\t' => escaped.push_str("\\t"),
            '\r' => escaped.push_str("\\r"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// Undoes the string escapes of a desktop-file value (`\s`, `\n`, `\t`, `\r`, `\\`). An unknown escape
/// such as `\$` (written by tools that skip this level) is kept as it is, for the quoting level to read.
fn unescape_string(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('s') => out.push(' '),
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// One argument of an `Exec` line, with quoting undone.
#[derive(Debug, Default)]
struct ExecArg {
    text: String,
    /// It holds a field code (`%f`, `%U`, …), which the desktop replaces when it starts the program.
    field_code: bool,
}

/// Splits an `Exec` value (as written in the file) into arguments: string escapes first, then the
/// quoting, then `%%`. Beyond the spec's double quotes it reads what GLib also accepts (single quotes,
/// a backslash escaping the next character outside quotes). `None` when the value is empty or
/// malformed (an unclosed quote, a lone `%` at the end).
fn exec_args(value: &str) -> Option<Vec<ExecArg>> {
    let value = unescape_string(value);
    let mut args = Vec::new();
    let mut arg: Option<ExecArg> = None;
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if matches!(c, ' ' | '\t' | '\n') {
            args.extend(arg.take());
            continue;
        }
        let current = arg.get_or_insert_with(ExecArg::default);
        match c {
            '"' => loop {
                match chars.next()? {
                    '"' => break,
                    '\\' => match chars.next()? {
                        escaped @ ('"' | '`' | '$' | '\\') => current.text.push(escaped),
                        other => {
                            current.text.push('\\');
                            current.text.push(other);
                        }
                    },
                    '%' => percent(&mut chars, current)?,
                    other => current.text.push(other),
                }
            },
            '\'' => loop {
                match chars.next()? {
                    '\'' => break,
                    '%' => percent(&mut chars, current)?,
                    other => current.text.push(other),
                }
            },
            '\\' => current.text.push(chars.next()?),
            '%' => percent(&mut chars, current)?,
            other => current.text.push(other),
        }
    }
    args.extend(arg);
    (!args.is_empty()).then_some(args)
}

/// After a `%`: `%%` is a literal percent sign; anything else is a field code, kept as written.
fn percent(chars: &mut std::str::Chars<'_>, arg: &mut ExecArg) -> Option<()> {
    match chars.next()? {
        '%' => arg.text.push('%'),
        code => {
            arg.text.push('%');
            arg.text.push(code);
            arg.field_code = true;
        }
    }
    Some(())
}

/// The program an `Exec` value starts (its first argument, unquoted and unescaped): the reverse of
/// [`quote_exec_arg`]. `None` when the value cannot be parsed or the program is a field code.
pub fn exec_program(value: &str) -> Option<String> {
    let first = exec_args(value)?.into_iter().next()?;
    (!first.field_code && !first.text.is_empty()).then_some(first.text)
}

/// What a desktop file found at our path means for `exe`.
#[derive(Debug, PartialEq, Eq)]
pub struct Inspection {
    pub state: AutostartState,
    /// A stale entry that looks like one this app wrote (it starts a program of the same file name with
    /// no arguments), so `repair` may rewrite it; a hand-made one is never rewritten behind the user's back.
    pub rewritable: bool,
}

/// Reads the keys of the `[Desktop Entry]` group (values still escaped); `None` without that group.
fn entry_keys(text: &str) -> Option<Vec<(&str, &str)>> {
    let mut keys = Vec::new();
    let mut in_entry = false;
    let mut seen_entry = false;
    for line in text.lines() {
        let line = line.trim_start();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with('[') {
            in_entry = line.trim_end() == "[Desktop Entry]";
            seen_entry |= in_entry;
            continue;
        }
        if let (true, Some((key, value))) = (in_entry, line.split_once('=')) {
            keys.push((key.trim_end(), value.trim_start()));
        }
    }
    seen_entry.then_some(keys)
}

/// The last value of `key` (a later duplicate wins, as in GLib).
fn key<'a>(keys: &[(&str, &'a str)], name: &str) -> Option<&'a str> {
    keys.iter().rev().find(|(k, _)| *k == name).map(|(_, v)| *v)
}

fn is_true(value: Option<&str>) -> bool {
    matches!(value.map(str::trim), Some("true" | "1"))
}

fn is_false(value: Option<&str>) -> bool {
    matches!(value.map(str::trim), Some("false" | "0"))
}

/// Decides what the file `text`, found at our entry's path, means for the executable `exe`. It never
/// fails: a file that is not a desktop entry, or whose `Exec` cannot be read, is reported as stale (it is
/// there, but does not start this app), so `b24-status autostart on` is offered as the fix.
pub fn inspect(text: &str, exe: &Path) -> Inspection {
    let stale = |points_to: Starts, rewritable: bool| Inspection {
        state: AutostartState::Stale { points_to },
        rewritable,
    };
    let Some(keys) = entry_keys(text) else {
        return stale(Starts::NotAnEntry, false);
    };
    // Both keys switch an autostart entry off without removing it (GNOME's startup settings write the
    // second one).
    if is_true(key(&keys, "Hidden")) || is_false(key(&keys, "X-GNOME-Autostart-enabled")) {
        return Inspection {
            state: AutostartState::Off,
            rewritable: false,
        };
    }
    let Some(exec) = key(&keys, "Exec") else {
        return stale(Starts::NoExec, false);
    };
    let Some(program) = exec_program(exec) else {
        return stale(Starts::Unreadable(exec.to_string()), false);
    };
    if same_program(&resolve(&program), exe) {
        return Inspection {
            state: AutostartState::On,
            rewritable: false,
        };
    }
    let only_program = exec_args(exec).is_some_and(|args| args.len() == 1);
    let same_name = Path::new(&program).file_name() == exe.file_name();
    stale(Starts::Program(program), only_program && same_name)
}

/// A program named without a folder is looked up in `PATH`, as the desktop would.
fn resolve(program: &str) -> PathBuf {
    if program.contains('/') {
        return PathBuf::from(program);
    }
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
        .map_or_else(|| PathBuf::from(program), |found| canonical(&found))
}

#[cfg(test)]
mod tests;
