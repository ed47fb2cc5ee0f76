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
mod tests {
    use super::*;

    /// Paths that exercise every rule: spaces, quotes, `$`, `%`, backslashes, backticks, non-ASCII, tabs
    /// and newlines.
    const TRICKY: &[&str] = &[
        "/usr/bin/b24-status",
        "/home/u/My Apps/b24 status/b24-status",
        "/home/u/it's/b24-status",
        "/home/u/say \"hi\"/b24-status",
        "/home/u/$HOME/b24-status",
        "/home/u/100%/b24-status",
        "/home/u/100% sure/b24-status",
        "/home/u/%f/b24-status",
        "/home/u/back\\slash/b24-status",
        "/home/u/two\\\\slashes here/b24-status",
        "/home/u/`tick`/b24-status",
        "/home/u/Jürgen Müller/Программы/b24-status",
        "/home/u/日本語/b24-status",
        "/home/u/tab\there/b24-status",
        "/home/u/new\nline/b24-status",
        "/home/u/cr\rhere/b24-status",
        "/home/u/a;b&c|d<e>f~g*h?i#j(k)/b24-status",
        "/home/u/ends with backslash\\",
        "/home/u/\\$\\\"/b24-status",
        "",
    ];

    #[test]
    fn plain_paths_are_written_as_they_are() {
        assert_eq!(quote_exec_arg("/usr/bin/b24-status"), "/usr/bin/b24-status");
        assert_eq!(
            quote_exec_arg("/home/юзер/b24-status"),
            "/home/юзер/b24-status"
        );
    }

    #[test]
    fn reserved_characters_are_quoted_per_the_spec() {
        let cases = [
            ("/My Apps/b24", r#""/My Apps/b24""#),
            ("/it's/b24", r#""/it's/b24""#),
            // `"` is escaped as `\"` by the quoting, and that backslash as `\\` by the string level.
            ("/a\"b/b24", r#""/a\\"b/b24""#),
            // The spec's own example: a literal `$` is `\\$` in the file.
            ("/a$b/b24", r#""/a\\$b/b24""#),
            ("/a`b/b24", r#""/a\\`b/b24""#),
            // A literal backslash takes four.
            ("/a\\b/b24", r#""/a\\\\b/b24""#),
            ("/a~b/b24", r#""/a~b/b24""#),
            ("/a#b/b24", r#""/a#b/b24""#),
            ("/tab\there", r#""/tab\there""#),
            ("/new\nline", r#""/new\nline""#),
            ("", r#""""#),
        ];
        for (arg, written) in cases {
            assert_eq!(quote_exec_arg(arg), written, "{arg:?}");
        }
    }

    #[test]
    fn percent_is_doubled_inside_and_outside_quotes() {
        assert_eq!(quote_exec_arg("/100%/b24"), "/100%%/b24");
        assert_eq!(quote_exec_arg("/100% sure/b24"), r#""/100%% sure/b24""#);
        assert_eq!(quote_exec_arg("/%f/b24"), "/%%f/b24");
    }

    #[test]
    fn every_tricky_path_round_trips() {
        for path in TRICKY.iter().filter(|p| !p.is_empty()) {
            let written = quote_exec_arg(path);
            assert!(
                !written.contains('\n') && !written.contains('\t'),
                "{written:?}"
            );
            assert_eq!(exec_program(&written).as_deref(), Some(*path), "{written}");
        }
    }

    #[test]
    fn random_paths_round_trip() {
        let alphabet: Vec<char> = " \t\n\r\"'\\><~|&;$*?#()`%=/.-_aZ9éЖ日🙂sn"
            .chars()
            .collect();
        let mut rng = fastrand::Rng::with_seed(24);
        for _ in 0..5000 {
            let len = rng.usize(1..24);
            let path: String = std::iter::once('/')
                .chain((0..len).map(|_| alphabet[rng.usize(..alphabet.len())]))
                .collect();
            let written = quote_exec_arg(&path);
            assert_eq!(exec_program(&written), Some(path.clone()), "{written}");
            // An argument after the program does not change what the program is.
            assert_eq!(
                exec_program(&format!("{written} --flag %U")),
                Some(path),
                "{written}"
            );
        }
    }

    #[test]
    fn exec_values_written_by_others_are_read_like_glib_reads_them() {
        let cases = [
            ("/usr/bin/b24-status", Some("/usr/bin/b24-status")),
            ("  /usr/bin/b24-status  ", Some("/usr/bin/b24-status")),
            ("/usr/bin/b24-status %U", Some("/usr/bin/b24-status")),
            (r#""/My Apps/b24" --flag"#, Some("/My Apps/b24")),
            ("'/My Apps/b24' --flag", Some("/My Apps/b24")),
            // A backslash outside quotes escapes the next character (after the string level).
            (r"/My\\ Apps/b24", Some("/My Apps/b24")),
            // `\s` is a space at the string level.
            (r#""/My\sApps/b24""#, Some("/My Apps/b24")),
            // A single backslash before `$`, as some tools write it, still means `$`.
            (r#""/a\$b/b24""#, Some("/a$b/b24")),
            (r#""/a\\$b/b24""#, Some("/a$b/b24")),
            ("b24-status", Some("b24-status")),
            ("env GDK_BACKEND=x11 /usr/bin/b24-status", Some("env")),
            (r#""/unclosed/b24"#, None),
            ("'/unclosed/b24", None),
            ("/ends/with/percent%", None),
            ("%U", None),
            ("", None),
            ("   ", None),
            (r#""""#, None),
        ];
        for (value, program) in cases {
            assert_eq!(exec_program(value).as_deref(), program, "{value:?}");
        }
    }

    #[test]
    fn the_entry_is_exactly_the_documented_file() {
        let entry = desktop_entry(
            Path::new("/opt/My Apps/b24-status"),
            Path::new("/x.desktop"),
        )
        .unwrap();
        assert_eq!(
            entry,
            "[Desktop Entry]\n\
             Type=Application\n\
             Name=b24-status\n\
             Comment=Bitrix24 chat status in the tray\n\
             Exec=\"/opt/My Apps/b24-status\"\n\
             Icon=b24-status\n\
             Terminal=false\n\
             X-GNOME-Autostart-enabled=true\n\
             NoDisplay=true\n\
             Categories=Network;InstantMessaging;\n"
        );
        assert!(entry.lines().all(|l| l == l.trim_end()));
    }

    #[test]
    fn paths_a_desktop_file_cannot_hold_are_refused() {
        use std::os::unix::ffi::OsStrExt;
        let not_utf8 = Path::new(std::ffi::OsStr::from_bytes(b"/opt/\xff/b24-status"));
        let err = desktop_entry(not_utf8, Path::new("/x.desktop")).unwrap_err();
        assert!(err.to_string().contains("UTF-8"), "{err}");
        let control = desktop_entry(Path::new("/opt/\x07/b24"), Path::new("/x.desktop"));
        assert!(control.is_err());
        let percent = desktop_entry(Path::new("/opt/100%/b24"), Path::new("/x.desktop"));
        assert!(percent.unwrap_err().to_string().contains("contains %"));
    }

    /// A temporary config folder and two installed copies of the binary.
    struct Setup {
        dir: tempfile::TempDir,
        old: PathBuf,
        new: PathBuf,
    }

    impl Setup {
        fn new() -> Setup {
            let dir = tempfile::tempdir().unwrap();
            let old = dir.path().join("old place/b24-status");
            let new = dir.path().join("new $place/b24-status");
            for exe in [&old, &new] {
                std::fs::create_dir_all(exe.parent().unwrap()).unwrap();
                std::fs::write(exe, "").unwrap();
            }
            let (old, new) = (canonical(&old), canonical(&new));
            Setup { dir, old, new }
        }

        fn config(&self) -> PathBuf {
            self.dir.path().join("config")
        }

        fn entry(&self) -> PathBuf {
            entry_path(&self.config())
        }

        fn write(&self, text: &str) {
            files::write_atomic(&self.entry(), text).unwrap();
        }

        fn read(&self) -> Option<String> {
            files::read_optional(&self.entry()).unwrap()
        }
    }

    #[test]
    fn enable_status_disable() {
        let s = Setup::new();
        assert_eq!(status_in(&s.config(), &s.new).unwrap(), AutostartState::Off);
        enable_in(&s.config(), &s.new).unwrap();
        assert_eq!(s.entry(), s.config().join("autostart/b24-status.desktop"));
        assert_eq!(
            s.read().unwrap(),
            desktop_entry(&s.new, Path::new("-")).unwrap()
        );
        assert_eq!(status_in(&s.config(), &s.new).unwrap(), AutostartState::On);
        // Enabling again changes nothing.
        enable_in(&s.config(), &s.new).unwrap();
        assert_eq!(status_in(&s.config(), &s.new).unwrap(), AutostartState::On);

        // Another file in the folder is not ours: disabling leaves it.
        let other = s.config().join("autostart/other.desktop");
        std::fs::write(&other, "[Desktop Entry]\n").unwrap();
        disable_in(&s.config()).unwrap();
        disable_in(&s.config()).unwrap();
        assert_eq!(s.read(), None);
        assert!(other.exists());
        assert_eq!(status_in(&s.config(), &s.new).unwrap(), AutostartState::Off);
    }

    #[test]
    fn an_entry_for_another_binary_is_stale_and_repaired() {
        let s = Setup::new();
        enable_in(&s.config(), &s.old).unwrap();
        assert_eq!(
            status_in(&s.config(), &s.new).unwrap(),
            AutostartState::Stale {
                points_to: Starts::Program(s.old.display().to_string())
            }
        );
        assert!(repair_in(&s.config(), &s.new).unwrap());
        assert_eq!(status_in(&s.config(), &s.new).unwrap(), AutostartState::On);
        assert_eq!(
            s.read().unwrap(),
            desktop_entry(&s.new, Path::new("-")).unwrap()
        );
        // Once fixed there is nothing to repair.
        assert!(!repair_in(&s.config(), &s.new).unwrap());
    }

    #[test]
    fn a_moved_binary_leaves_a_stale_entry_that_is_repaired() {
        let s = Setup::new();
        enable_in(&s.config(), &s.old).unwrap();
        std::fs::remove_file(&s.old).unwrap();
        assert!(matches!(
            status_in(&s.config(), &s.new).unwrap(),
            AutostartState::Stale { .. }
        ));
        assert!(repair_in(&s.config(), &s.new).unwrap());
        assert_eq!(status_in(&s.config(), &s.new).unwrap(), AutostartState::On);
    }

    #[test]
    fn repair_writes_nothing_when_off_or_on() {
        let s = Setup::new();
        assert!(!repair_in(&s.config(), &s.new).unwrap());
        assert_eq!(s.read(), None, "repair must not switch autostart on");
        enable_in(&s.config(), &s.new).unwrap();
        assert!(!repair_in(&s.config(), &s.new).unwrap());
    }

    #[test]
    fn hand_made_and_unreadable_entries_are_reported_but_never_rewritten() {
        let s = Setup::new();
        let old = quote_exec_arg(s.old.to_str().unwrap());
        let hand_made = [
            format!("[Desktop Entry]\nType=Application\nName=x\nExec=env GDK_BACKEND=x11 {old}\n"),
            format!("[Desktop Entry]\nType=Application\nName=x\nExec={old} -v\n"),
            "[Desktop Entry]\nType=Application\nName=x\nExec=/usr/local/bin/my-wrapper\n".into(),
            "[Desktop Entry]\nType=Application\nName=x\nExec=\"/unclosed\n".into(),
            "[Desktop Entry]\nType=Application\nName=x\n".into(),
            "not a desktop file at all\n".into(),
            String::new(),
        ];
        for text in hand_made {
            s.write(&text);
            let found = inspect(&text, &s.new);
            assert!(
                matches!(found.state, AutostartState::Stale { .. }),
                "{text:?}: {found:?}"
            );
            assert!(!found.rewritable, "{text:?}");
            assert!(!repair_in(&s.config(), &s.new).unwrap(), "{text:?}");
            assert_eq!(s.read().as_deref(), Some(text.as_str()), "rewritten");
        }
        let unreadable = inspect("[Desktop Entry]\nExec=\"/unclosed\n", &s.new);
        let points_to = Starts::Unreadable("\"/unclosed".into());
        assert_eq!(points_to.text(), "`\"/unclosed`, which cannot be read");
        assert_eq!(unreadable.state, AutostartState::Stale { points_to });
        // `autostart on` replaces whatever was there.
        enable_in(&s.config(), &s.new).unwrap();
        assert_eq!(status_in(&s.config(), &s.new).unwrap(), AutostartState::On);
    }

    #[test]
    fn an_entry_switched_off_inside_counts_as_off() {
        let s = Setup::new();
        let exec = quote_exec_arg(s.new.to_str().unwrap());
        for switch in ["Hidden=true", "X-GNOME-Autostart-enabled=false"] {
            let text =
                format!("[Desktop Entry]\nType=Application\nName=x\nExec={exec}\n{switch}\n");
            assert_eq!(
                inspect(&text, &s.new).state,
                AutostartState::Off,
                "{switch}"
            );
        }
    }

    #[test]
    fn keys_of_other_groups_and_comments_are_ignored() {
        let s = Setup::new();
        let exec = quote_exec_arg(s.new.to_str().unwrap());
        let text = format!(
            "# Exec=/elsewhere\n[Desktop Entry]\nExec = {exec}\n\n[Desktop Action x]\nExec=/elsewhere\n"
        );
        assert_eq!(inspect(&text, &s.new).state, AutostartState::On);
    }

    #[test]
    fn a_program_named_without_a_folder_is_found_on_path() {
        let s = Setup::new();
        let path = std::env::var_os("PATH").unwrap_or_default();
        let found = resolve("sh");
        assert!(found.is_absolute(), "sh not found on {path:?}");
        assert_eq!(resolve("/x/y"), PathBuf::from("/x/y"));
        let text = "[Desktop Entry]\nExec=sh\n";
        assert_eq!(inspect(text, &found).state, AutostartState::On);
        assert!(matches!(
            inspect(text, &s.new).state,
            AutostartState::Stale { .. }
        ));
    }
}
