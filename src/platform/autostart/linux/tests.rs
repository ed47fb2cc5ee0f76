//! The autostart entry: Exec quoting read back as GLib does, the file, on/off/status, repairs.

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
        let text = format!("[Desktop Entry]\nType=Application\nName=x\nExec={exec}\n{switch}\n");
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
