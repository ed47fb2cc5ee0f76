//! `b24-status autostart on|off|status` with the real binary, and the entry it writes checked by the
//! tools a desktop uses: `desktop-file-validate`, `dex --autostart --dry-run`, and GLib's own parser
//! (through Debian's python3-gi, as GNOME reads autostart entries with GLib). Copies of the binary in
//! folders with spaces, quotes and `$` play an installed app, a moved one and a reinstalled one.
//!
//! Run with `scripts/test`; a missing tool fails the test with a message saying to run
//! `scripts/deps test`.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::helpers::{Home, Run};

const BIN: &str = env!("CARGO_BIN_EXE_b24-status");

/// Puts a copy of the built binary at `home/rel` (a hard link when the file system allows, since the
/// binary is large; the kernel names a hard-linked executable by the path it was started from).
fn install(home: &Home, rel: &str) -> PathBuf {
    let path = home.path().join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    if std::fs::hard_link(BIN, &path).is_err() {
        std::fs::copy(BIN, &path).expect("the binary can be copied");
    }
    path.canonicalize().unwrap()
}

/// Runs the binary at `exe`. A freshly copied file can be "busy" for a moment when another test thread
/// forks while it is being written: that is retried.
fn run_from(home: &Home, exe: &Path, args: &[&str]) -> Run {
    for _ in 0..100 {
        match home.command_for(exe).args(args).output() {
            Ok(out) => return Run::from(out),
            Err(e) if e.kind() == ErrorKind::ExecutableFileBusy => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(e) => panic!("{} does not start: {e}", exe.display()),
        }
    }
    panic!("{} stayed busy", exe.display());
}

/// Runs a test tool; a missing one fails with the fix.
fn tool(mut cmd: Command) -> Run {
    let name = cmd.get_program().to_string_lossy().into_owned();
    match cmd.output() {
        Ok(out) => Run::from(out),
        Err(e) if e.kind() == ErrorKind::NotFound => {
            panic!("{name} is not installed: run scripts/deps test (or use scripts/test)")
        }
        Err(e) => panic!("{name} does not start: {e}"),
    }
}

fn entry_in(config_home: &Path) -> PathBuf {
    config_home.join("autostart/b24-status.desktop")
}

fn default_entry(home: &Home) -> PathBuf {
    entry_in(&home.path().join(".config"))
}

fn on_line(entry: &Path) -> String {
    format!("Start at login: on ({})\n", entry.display())
}

const OFF_LINE: &str = "Start at login: off\n";

/// Asserts a successful run that printed exactly `stdout` and nothing on stderr.
fn assert_prints(run: &Run, stdout: &str) {
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout, stdout, "{run:?}");
    assert_eq!(run.stderr, "", "{run:?}");
}

/// `desktop-file-validate` accepts the file: exit 0 and not a single line of output (no hint either).
fn assert_valid(entry: &Path) {
    let mut cmd = Command::new("desktop-file-validate");
    cmd.arg(entry);
    let run = tool(cmd);
    assert_eq!(run.code, 0, "desktop-file-validate: {run:?}");
    assert_eq!(run.stdout, "", "desktop-file-validate: {run:?}");
    assert_eq!(run.stderr, "", "desktop-file-validate: {run:?}");
}

/// The program GLib starts for the entry: `Gio.DesktopAppInfo` loads the file (it refuses one whose
/// program does not exist) and `GLib.shell_parse_argv` splits its command line.
fn glib_program(entry: &Path) -> String {
    let mut cmd = Command::new("/usr/bin/python3");
    cmd.args([
        "-c",
        "import sys; from gi.repository import Gio, GLib; \
         i = Gio.DesktopAppInfo.new_from_filename(sys.argv[1]); \
         print(GLib.shell_parse_argv(i.get_commandline())[1][0])",
    ])
    .arg(entry);
    let run = tool(cmd);
    assert!(
        run.code == 0 && !run.stderr.contains("ModuleNotFoundError"),
        "GLib could not read {}: {run:?} (python3-gi and gir1.2-glib-2.0 come with scripts/deps test)",
        entry.display()
    );
    run.stdout
        .strip_suffix('\n')
        .expect("one line from python")
        .to_string()
}

/// What `dex --autostart --dry-run` would start, with `config_home` as XDG_CONFIG_HOME and no system
/// autostart folders (so only the test's entries are listed).
fn dex_commands(home: &Home, config_home: &Path) -> Vec<String> {
    let mut cmd = Command::new("dex");
    cmd.args(["--autostart", "--dry-run"])
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", config_home)
        .env("XDG_CONFIG_DIRS", home.path().join("no-system-config"));
    let run = tool(cmd);
    assert_eq!(run.code, 0, "dex: {run:?}");
    assert_eq!(run.stderr, "", "dex: {run:?}");
    run.stdout
        .lines()
        .map(|line| {
            line.strip_prefix("Executing command: ")
                .unwrap_or_else(|| panic!("unexpected dex output: {line:?}"))
                .to_string()
        })
        .collect()
}

#[test]
fn on_status_off_in_the_default_config_folder() {
    let home = Home::new();
    let entry = default_entry(&home);
    assert_prints(&home.run(&["autostart", "status"]), OFF_LINE);

    assert_prints(&home.run(&["autostart", "on"]), &on_line(&entry));
    let text = std::fs::read_to_string(&entry).expect("the entry is written");
    assert!(
        text.starts_with("[Desktop Entry]\n") && text.ends_with('\n'),
        "{text}"
    );
    assert!(!text.contains(" \n"), "trailing space in {text:?}");
    assert_eq!(
        glib_program(&entry),
        Path::new(BIN).canonicalize().unwrap().to_str().unwrap()
    );
    assert_prints(&home.run(&["autostart", "status"]), &on_line(&entry));
    // Again: still on, same file.
    assert_prints(&home.run(&["autostart", "on"]), &on_line(&entry));
    assert_eq!(std::fs::read_to_string(&entry).unwrap(), text);

    assert_prints(&home.run(&["autostart", "off"]), OFF_LINE);
    assert!(!entry.exists());
    assert_prints(&home.run(&["autostart", "off"]), OFF_LINE);
    assert_prints(&home.run(&["autostart", "status"]), OFF_LINE);
    // The folder holds nothing else: no temp file was left behind.
    let left: Vec<_> = std::fs::read_dir(entry.parent().unwrap())
        .unwrap()
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn xdg_config_home_decides_where_the_entry_goes() {
    let home = Home::new();
    let custom = home.path().join("elsewhere/config");
    let entry = entry_in(&custom);
    let with_custom = |args: &[&str]| {
        let mut cmd = home.command(args);
        cmd.env("XDG_CONFIG_HOME", &custom);
        home.run_with(cmd, "")
    };
    assert_prints(&with_custom(&["autostart", "on"]), &on_line(&entry));
    assert!(entry.is_file());
    assert!(
        !default_entry(&home).exists(),
        "written under ~/.config although XDG_CONFIG_HOME differs"
    );
    assert_prints(&with_custom(&["autostart", "status"]), &on_line(&entry));
    // With the default XDG_CONFIG_HOME there is no entry.
    assert_prints(&home.run(&["autostart", "status"]), OFF_LINE);
    assert_prints(&with_custom(&["autostart", "off"]), OFF_LINE);
    assert!(!entry.exists());
}

#[test]
fn the_entry_passes_desktop_file_validate_and_dex_starts_it() {
    let home = Home::new();
    home.run(&["autostart", "on"]).expect(0);
    let entry = default_entry(&home);
    assert_valid(&entry);
    let exe = Path::new(BIN).canonicalize().unwrap();
    assert_eq!(
        dex_commands(&home, &home.path().join(".config")),
        vec![exe.display().to_string()]
    );
    // Off: dex has nothing left to start.
    home.run(&["autostart", "off"]).expect(0);
    assert!(dex_commands(&home, &home.path().join(".config")).is_empty());
}

#[test]
fn a_binary_in_folders_with_spaces_is_started_by_its_own_path() {
    let home = Home::new();
    let exe = install(&home, "My Apps/b24 status/b24-status");
    let entry = default_entry(&home);
    assert_prints(
        &run_from(&home, &exe, &["autostart", "on"]),
        &on_line(&entry),
    );
    assert_valid(&entry);
    assert_eq!(glib_program(&entry), exe.to_str().unwrap());
    assert_eq!(
        dex_commands(&home, &home.path().join(".config")),
        vec![exe.display().to_string()]
    );
    assert_prints(
        &run_from(&home, &exe, &["autostart", "status"]),
        &on_line(&entry),
    );
}

#[test]
fn a_binary_path_with_quote_and_dollar_round_trips_through_glib() {
    let home = Home::new();
    let exe = install(&home, "Anna's Apps/$HOME (Jürgen)/b24 status");
    let entry = default_entry(&home);
    assert_prints(
        &run_from(&home, &exe, &["autostart", "on"]),
        &on_line(&entry),
    );
    assert_valid(&entry);
    assert_eq!(glib_program(&entry), exe.to_str().unwrap());
    // dex 0.8 lists the entry but keeps the backslash of the spec's `\$` (it undoes no escape inside
    // double quotes), so only its presence is checked here; GLib above reads it right.
    let started = dex_commands(&home, &home.path().join(".config"));
    assert_eq!(started.len(), 1, "{started:?}");
    assert!(started[0].ends_with("(Jürgen)/b24 status"), "{started:?}");
    assert_prints(
        &run_from(&home, &exe, &["autostart", "status"]),
        &on_line(&entry),
    );
}

#[test]
fn a_binary_path_with_double_quotes_backslashes_and_backticks_round_trips_through_glib() {
    let home = Home::new();
    // dex 0.8 cannot read this one at all ("unbalanced number of quote characters"): not used here.
    let exe = install(&home, "say \"hi\"/back\\slash `tick`/b24-status");
    let entry = default_entry(&home);
    assert_prints(
        &run_from(&home, &exe, &["autostart", "on"]),
        &on_line(&entry),
    );
    assert_valid(&entry);
    assert_eq!(glib_program(&entry), exe.to_str().unwrap());
}

#[test]
fn a_percent_sign_in_the_path_is_refused_with_the_reason() {
    let home = Home::new();
    let exe = install(&home, "100% apps/b24-status");
    let run = run_from(&home, &exe, &["autostart", "on"]);
    assert_eq!(run.code, 1, "{run:?}");
    let error = run.one_line_error();
    assert!(
        error.contains("contains %") && error.contains("autostart on"),
        "{error}"
    );
    assert!(!default_entry(&home).exists());
}

#[test]
fn an_entry_for_another_copy_is_reported_and_fixed_by_on() {
    let home = Home::new();
    let old = install(&home, "old place/b24-status");
    let new = install(&home, "new place/b24-status");
    let entry = default_entry(&home);
    run_from(&home, &old, &["autostart", "on"]).expect(0);

    let stale = |points_to: &Path| {
        format!(
            "Start at login: on, but it starts {} — run b24-status autostart on to fix it\n",
            points_to.display()
        )
    };
    assert_prints(
        &run_from(&home, &new, &["autostart", "status"]),
        &stale(&old),
    );
    // The old copy still sees its own entry.
    assert_prints(
        &run_from(&home, &old, &["autostart", "status"]),
        &on_line(&entry),
    );

    assert_prints(
        &run_from(&home, &new, &["autostart", "on"]),
        &on_line(&entry),
    );
    assert_eq!(glib_program(&entry), new.to_str().unwrap());
    assert_prints(
        &run_from(&home, &new, &["autostart", "status"]),
        &on_line(&entry),
    );
    assert_prints(
        &run_from(&home, &old, &["autostart", "status"]),
        &stale(&new),
    );

    // The app moved: the entry names a file that is gone.
    std::fs::remove_file(&new).unwrap();
    assert_prints(
        &run_from(&home, &old, &["autostart", "status"]),
        &stale(&new),
    );
}

#[test]
fn a_foreign_or_broken_entry_is_reported_and_off_removes_only_ours() {
    let home = Home::new();
    let entry = default_entry(&home);
    let neighbour = entry.with_file_name("something-else.desktop");
    std::fs::create_dir_all(entry.parent().unwrap()).unwrap();
    std::fs::write(
        &neighbour,
        "[Desktop Entry]\nType=Application\nName=x\nExec=true\n",
    )
    .unwrap();

    std::fs::write(&entry, "this is not a desktop file\n").unwrap();
    assert_prints(
        &home.run(&["autostart", "status"]),
        "Start at login: on, but it starts no program (the file is not a desktop entry) — run \
         b24-status autostart on to fix it\n",
    );
    std::fs::write(
        &entry,
        "[Desktop Entry]\nType=Application\nName=x\nExec=env GDK_BACKEND=x11 /opt/b24-status\n",
    )
    .unwrap();
    let run = home.run(&["autostart", "status"]);
    assert_prints(
        &run,
        "Start at login: on, but it starts env — run b24-status autostart on to fix it\n",
    );

    assert_prints(&home.run(&["autostart", "off"]), OFF_LINE);
    assert!(!entry.exists());
    assert!(neighbour.exists(), "another app's entry was removed");
}

#[test]
fn a_bad_action_is_a_usage_error() {
    let home = Home::new();
    let run = home.run(&["autostart", "maybe"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains("on") && run.stderr.contains("status"),
        "{run:?}"
    );
}
