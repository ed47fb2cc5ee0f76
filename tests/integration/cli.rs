//! The real binary against the simulator and the real keyring: every command, every error class and exit
//! code, and the secret absent from every output and every file after each scenario.

use crate::helpers::*;

const SET: &str = "im.user.status.set";
const GET: &str = "im.user.status.get";

/// Signs in, runs `body`, then checks the secret leaked nowhere and signs out (cleaning the keyring).
fn scenario(body: impl FnOnce(&Home, &Simulator, &mut Vec<Run>)) {
    let home = Home::new();
    let sim = sim();
    let mut runs = vec![home.login(&sim)];
    body(&home, &sim, &mut runs);
    runs.push(home.run(&["logout"]));
    for run in &runs {
        run.assert_no_secret(&sim.secret());
    }
    home.assert_no_secret_in_files(&sim.secret());
    assert_eq!(
        keyring_lookup(&account_of(&sim)),
        None,
        "logout left the secret"
    );
}

#[test]
fn login_stores_the_secret_only_in_the_keyring() {
    let home = Home::new();
    let sim = sim();
    let login = home.login(&sim);
    assert_eq!(
        login.stdout.trim(),
        format!(
            "Signed in as Anna Petrova on {} (user 7).",
            account_of(&sim).trim_start_matches("7@")
        )
    );
    assert_eq!(
        keyring_lookup(&account_of(&sim)).as_deref(),
        Some(sim.secret().as_str())
    );
    let config = std::fs::read_to_string(home.config_file()).unwrap();
    assert!(config.contains(&sim.base_url()), "{config}");
    assert!(config.contains("Anna Petrova"), "{config}");
    home.assert_no_secret_in_files(&sim.secret());
    login.assert_no_secret(&sim.secret());
    // Sign-in verified before it stored: profile, then a status read.
    let methods: Vec<String> = sim.calls().into_iter().map(|c| c.method).collect();
    assert_eq!(methods, vec!["profile", GET]);
    home.run(&["logout"]).expect(0);
}

#[test]
fn set_get_toggle_round_trip() {
    scenario(|home, sim, runs| {
        let set = home.run(&["set", "dnd"]);
        set.expect(0);
        assert_eq!(set.stdout, "Do Not Disturb (confirmed)\n");
        assert_eq!(sim.status().as_deref(), Some("dnd"));
        let set_call = sim.calls().into_iter().find(|c| c.method == SET).unwrap();
        assert_eq!(set_call.params["STATUS"], "dnd");
        assert_eq!(set_call.via, "webhook");

        let get = home.run(&["get"]);
        assert_eq!((get.code, get.stdout.as_str()), (0, "dnd\n"));

        // A change made elsewhere (the browser) is what `get` reports.
        sim.set_status(Some("away"));
        assert_eq!(home.run(&["get"]).stdout, "away\n");

        // away → dnd, then dnd → back to away.
        let t1 = home.run(&["toggle-dnd"]);
        assert_eq!(
            (t1.code, t1.stdout.as_str()),
            (0, "Do Not Disturb (confirmed)\n")
        );
        assert_eq!(sim.status().as_deref(), Some("dnd"));
        let t2 = home.run(&["toggle-dnd"]);
        assert_eq!((t2.code, t2.stdout.as_str()), (0, "Away (confirmed)\n"));
        assert_eq!(sim.status().as_deref(), Some("away"));

        for status in ["online", "away", "break", "DND"] {
            home.run(&["set", status]).expect(0);
            assert_eq!(sim.status().unwrap(), status.to_lowercase());
        }
        runs.extend([set, get, t1, t2]);
    });
}

#[test]
fn toggle_without_history_goes_online_and_get_reports_unknown() {
    scenario(|home, sim, _| {
        assert_eq!(home.run(&["get"]).stdout, "unknown\n");
        sim.set_status(Some("dnd"));
        home.run(&["toggle-dnd"]).expect(0);
        assert_eq!(sim.status().as_deref(), Some("online"));
    });
}

#[test]
fn a_bad_status_word_is_a_usage_error_without_a_network_call() {
    scenario(|home, sim, runs| {
        sim.reset_calls();
        let run = home.run(&["set", "busy"]);
        run.expect(2);
        assert!(run.stderr.contains("unknown status 'busy'"), "{run:?}");
        assert!(sim.calls().is_empty());
        runs.push(run);
    });
}

#[test]
fn commands_need_a_sign_in() {
    let home = Home::new();
    for args in [&["get"][..], &["set", "dnd"], &["toggle-dnd"]] {
        let run = home.run(args);
        run.expect(3);
        assert!(run.one_line_error().contains("b24-status login"), "{run:?}");
    }
    let out = home.run(&["logout"]);
    out.expect(0);
    assert_eq!(out.stdout, "Not signed in; nothing to remove.\n");
}

#[test]
fn logout_removes_everything_and_is_idempotent() {
    let home = Home::new();
    let sim = sim();
    home.login(&sim);
    home.run(&["set", "away"]).expect(0);
    let out = home.run(&["logout"]);
    out.expect(0);
    assert!(
        out.stdout.starts_with("Signed out of 127.0.0.1:"),
        "{out:?}"
    );
    assert_eq!(keyring_lookup(&account_of(&sim)), None);
    let config = std::fs::read_to_string(home.config_file()).unwrap();
    assert!(!config.contains("portal"), "{config}");
    home.run(&["logout"]).expect(0);
    home.run(&["get"]).expect(3);
}

#[test]
fn pasted_url_variants_are_accepted() {
    let sim = sim();
    let url = sim.webhook_url();
    for pasted in [
        format!("  {url}  \n"),
        format!("{}\r\n", url.trim_end_matches('/')),
        format!("{url}profile.json\n"),
        format!("{url}im.user.status.set"),
    ] {
        let home = Home::new();
        home.run_stdin(&["login"], &pasted).expect(0);
        home.run(&["logout"]).expect(0);
    }
}

#[test]
fn malformed_urls_are_refused_and_nothing_is_stored() {
    let sim = sim();
    let secret = sim.secret();
    let port = sim.base_url().rsplit(':').next().unwrap().to_string();
    let cases = [
        ("not a url at all", "not a webhook URL"),
        ("", "no webhook URL"),
        ("https://anna.bitrix24.com/rest/7/", "no secret code"),
        (
            &*format!("https://anna.bitrix24.com/{secret}/"),
            "no /rest/",
        ),
        (
            &*format!("http://anna.bitrix24.com/rest/7/{secret}/"),
            "HTTPS is required",
        ),
        (
            &*format!("http://10.1.2.3:{port}/rest/7/{secret}/"),
            "HTTPS is required",
        ),
        (
            &*format!("ftp://127.0.0.1:{port}/rest/7/{secret}/"),
            "https://",
        ),
    ];
    for (input, needle) in cases {
        let home = Home::new();
        let run = home.run_stdin(&["login"], input);
        run.expect(2).assert_no_secret(&secret);
        assert!(run.one_line_error().contains(needle), "{input:?}: {run:?}");
        assert!(
            home.files().is_empty(),
            "{input:?} wrote {:?}",
            home.files()
        );
    }
    assert!(sim.calls().is_empty(), "no network call for a refused URL");
}

#[test]
fn a_webhook_url_in_argv_is_refused_without_echoing_it() {
    let home = Home::new();
    let sim = sim();
    let run = home.run(&["login", &sim.webhook_url()]);
    run.expect(2).assert_no_secret(&sim.secret());
    assert!(
        run.one_line_error().contains("paste it when asked"),
        "{run:?}"
    );
}

#[test]
fn a_revoked_webhook_is_refused_at_sign_in_and_nothing_is_stored() {
    let home = Home::new();
    let sim = sim();
    sim.revoke_webhook();
    let run = home.run_stdin(&["login"], &sim.webhook_url());
    run.expect(4).assert_no_secret(&sim.secret());
    assert!(
        run.one_line_error().contains("INVALID_CREDENTIALS"),
        "{run:?}"
    );
    assert!(
        run.stderr.contains("create a new inbound webhook"),
        "{run:?}"
    );
    assert_eq!(keyring_lookup(&account_of(&sim)), None);
    assert!(home.files().is_empty(), "{:?}", home.files());
    assert_eq!(sim.calls().len(), 1, "an auth failure is not retried");
}

#[test]
fn a_webhook_without_the_im_scope_is_refused_at_sign_in() {
    let home = Home::new();
    let sim = sim();
    sim.set_scopes(&[]);
    let run = home.run_stdin(&["login"], &sim.webhook_url());
    run.expect(4).assert_no_secret(&sim.secret());
    let line = run.one_line_error();
    assert!(line.contains("`im`") && line.contains("tick"), "{run:?}");
    assert_eq!(keyring_lookup(&account_of(&sim)), None);
    assert!(home.files().is_empty(), "{:?}", home.files());
}

#[test]
fn a_webhook_revoked_after_sign_in_fails_once_with_exit_4() {
    scenario(|home, sim, runs| {
        sim.revoke_webhook();
        sim.reset_calls();
        let run = home.run(&["set", "dnd"]);
        run.expect(4);
        assert!(run.one_line_error().contains("b24-status login"), "{run:?}");
        assert_eq!(sim.calls().len(), 1, "no retry with rejected credentials");
        let scope = home.run(&["get"]);
        scope.expect(4);
        runs.extend([run, scope]);
    });
}

#[test]
fn transient_faults_are_retried_until_confirmed() {
    scenario(|home, sim, runs| {
        for fault in [
            Fault::Drop,
            Fault::Html502,
            Fault::Truncated,
            Fault::ResultFalse,
            Fault::Error {
                code: "INTERNAL_SERVER_ERROR".into(),
            },
            Fault::HttpStatus {
                status: 503,
                body: String::new(),
            },
        ] {
            sim.set_status(Some("online"));
            sim.reset_calls();
            sim.push_fault(Some(SET), fault.clone());
            let run = home.run(&["set", "away"]);
            run.expect(0);
            assert_eq!(run.stdout, "Away (confirmed)\n", "{fault:?}");
            assert_eq!(sim.status().as_deref(), Some("away"));
            assert_eq!(calls_of(sim, SET), 2, "{fault:?}: one failure, one retry");
            runs.push(run);
        }
    });
}

#[test]
fn the_rate_limit_is_retried_with_a_delay() {
    scenario(|home, sim, runs| {
        sim.reset_calls();
        for _ in 0..2 {
            sim.push_fault(
                Some(SET),
                Fault::Error {
                    code: "QUERY_LIMIT_EXCEEDED".into(),
                },
            );
        }
        let run = home.run(&["set", "dnd"]);
        run.expect(0);
        let calls = sim.calls();
        assert_eq!(calls.len(), 3);
        // At least a second between attempts after a rate-limit answer.
        assert!(calls[1].at_ms - calls[0].at_ms >= 1000, "{calls:?}");
        assert!(calls[2].at_ms - calls[1].at_ms >= 1000, "{calls:?}");
        runs.push(run);
    });
}

#[test]
fn the_real_rate_limit_bucket_is_respected() {
    scenario(|home, sim, runs| {
        // A small bucket that drains slowly: two reads fill it, so the change meets the limit and the CLI
        // waits for the bucket to drain instead of failing.
        sim.set_rate_limit(2.0, 0.25);
        home.run(&["get"]).expect(0);
        home.run(&["get"]).expect(0);
        sim.reset_calls();
        let run = home.run(&["set", "away"]);
        run.expect(0);
        let calls = sim.calls();
        assert_eq!(
            calls[0].error.as_deref(),
            Some("QUERY_LIMIT_EXCEEDED"),
            "{calls:?}"
        );
        assert_eq!(calls.last().unwrap().error, None, "{calls:?}");
        assert_eq!(sim.status().as_deref(), Some("away"));
        sim.set_rate_limit(50.0, 2.0);
        runs.push(run);
    });
}

#[test]
fn a_portal_that_keeps_failing_gives_exit_5_after_bounded_retries() {
    scenario(|home, sim, runs| {
        sim.reset_calls();
        for _ in 0..10 {
            sim.push_fault(Some(SET), Fault::Html502);
        }
        let started = std::time::Instant::now();
        let run = home.run(&["set", "dnd"]);
        run.expect(5);
        assert!(
            run.one_line_error().contains("instead of Bitrix24 data"),
            "{run:?}"
        );
        assert_eq!(calls_of(sim, SET), 5);
        assert!(started.elapsed() < std::time::Duration::from_secs(60));
        assert_ne!(sim.status().as_deref(), Some("dnd"));
        sim.clear_faults();
        runs.push(run);
    });
}

#[test]
fn errors_that_retrying_cannot_fix_fail_at_once() {
    scenario(|home, sim, runs| {
        for (code, exit, needle) in [
            ("OVERLOAD_LIMIT", 5, "blocked REST access"),
            ("ACCESS_DENIED", 1, "plan does not include REST"),
            ("ERROR_METHOD_NOT_FOUND", 1, "im.user.status.set"),
            ("PORTAL_DELETED", 1, "deleted or closed"),
            ("WRONG_AUTH_TYPE", 4, "b24-status login"),
        ] {
            sim.reset_calls();
            sim.push_fault(Some(SET), Fault::Error { code: code.into() });
            let run = home.run(&["set", "dnd"]);
            run.expect(exit);
            assert!(run.one_line_error().contains(needle), "{code}: {run:?}");
            assert_eq!(calls_of(sim, SET), 1, "{code} must not be retried");
            runs.push(run);
        }
    });
}

#[test]
fn an_unreachable_portal_gives_exit_5() {
    // `doctor` tries the shortcut's key: not while a tray test needs it.
    let _desktop = see_desktop();
    let home = Home::new();
    let sim = sim();
    home.login(&sim);
    let secret = sim.secret();
    let account = account_of(&sim);
    drop(sim);
    let run = home.run(&["set", "dnd"]);
    run.expect(5).assert_no_secret(&secret);
    assert!(
        run.one_line_error().contains("cannot reach 127.0.0.1:"),
        "{run:?}"
    );
    let doctor = home.run(&["doctor"]);
    doctor.expect(5).assert_no_secret(&secret);
    assert!(doctor.stdout.contains("FAIL  portal"), "{doctor:?}");
    home.run(&["logout"]).expect(0);
    assert_eq!(keyring_lookup(&account), None);
    home.assert_no_secret_in_files(&secret);
}

#[test]
fn a_renamed_portal_is_followed_and_remembered() {
    scenario(|home, sim, runs| {
        sim.set_renamed(true);
        sim.reset_calls();
        let run = home.run(&["set", "dnd"]);
        run.expect(0);
        assert!(run.stderr.contains("The portal moved to"), "{run:?}");
        let calls = sim.calls();
        assert_eq!(calls.len(), 2, "{calls:?}");
        assert_eq!(calls[0].error.as_deref(), Some("redirect"));
        assert_eq!(
            calls[1].params["STATUS"], "dnd",
            "the POST body survived the redirect"
        );
        let renamed = sim.renamed_base_url();
        let config = std::fs::read_to_string(home.config_file()).unwrap();
        assert!(config.contains(&renamed), "{config}");
        let new_account = format!("7@{}", renamed.trim_start_matches("http://"));
        assert_eq!(
            keyring_lookup(&new_account).as_deref(),
            Some(sim.secret().as_str())
        );
        assert_eq!(
            keyring_lookup(&account_of(sim)),
            None,
            "the old entry moved"
        );
        sim.reset_calls();
        home.run(&["get"]).expect(0);
        assert_eq!(
            sim.calls().len(),
            1,
            "the next call goes straight to the new address"
        );
        runs.push(run);
        let out = home.run(&["logout"]);
        out.expect(0);
        assert_eq!(keyring_lookup(&new_account), None);
    });
}

#[test]
fn a_corrupt_config_is_named_and_left_untouched() {
    let home = Home::new();
    let sim = sim();
    let path = home.config_file();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let broken = "poll_interval_secs = 60\n[account\n";
    std::fs::write(&path, broken).unwrap();
    for (args, stdin) in [
        (&["get"][..], ""),
        (&["login"][..], sim.webhook_url().as_str()),
    ] {
        let run = home.run_stdin(args, stdin);
        run.expect(1).assert_no_secret(&sim.secret());
        let line = run.one_line_error();
        assert!(
            line.contains(&path.display().to_string()) && line.contains("line 2"),
            "{run:?}"
        );
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), broken);
    assert_eq!(keyring_lookup(&account_of(&sim)), None);
}

#[test]
fn no_keyring_is_a_clear_error_and_nothing_is_written() {
    let home = Home::new();
    let sim = sim();
    let mut cmd = home.command(&["login"]);
    cmd.env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    let run = home.run_with(cmd, &sim.webhook_url());
    run.expect(1).assert_no_secret(&sim.secret());
    assert!(
        run.one_line_error().contains("no keyring is available"),
        "{run:?}"
    );
    assert!(home.files().is_empty(), "{:?}", home.files());
    assert!(
        sim.calls().is_empty(),
        "the keyring is checked before the portal"
    );
}

#[test]
fn a_locked_keyring_is_a_clear_error_and_nothing_is_written() {
    let home = Home::new();
    let sim = sim();
    // A private session bus whose gnome-keyring runs but was never unlocked. Without a display its unlock
    // prompt cannot open, which is what a headless session or a dismissed prompt looks like.
    let mut cmd = home.command_for("dbus-run-session");
    cmd.args([
        "--",
        "sh",
        "-c",
        "eval \"$(gnome-keyring-daemon --daemonize --components=secrets 2>/dev/null)\"; exec \"$0\" login",
        env!("CARGO_BIN_EXE_b24-status"),
    ]);
    cmd.env_remove("DISPLAY");
    let run = home.run_with(cmd, &sim.webhook_url());
    run.expect(1).assert_no_secret(&sim.secret());
    // dbus-run-session's own daemons may add a notice, even without a newline after it (a D-Bus
    // activated gnome-keyring prints "discover_other_daemon: 1" on the shared stderr): b24-status's error
    // is what ends the last line.
    let last = run.stderr.lines().last().unwrap_or_default();
    let ours = last.find("b24-status: ").map(|at| &last[at..]);
    assert!(
        ours.is_some_and(|line| line.contains("keyring is locked")),
        "{run:?}"
    );
    assert!(!home.config_file().exists());
    home.assert_no_secret_in_files(&sim.secret());
}

#[test]
fn doctor_reports_each_check() {
    // No tray host on the bus and no tray holding the key while `doctor` looks.
    let _desktop = see_desktop();
    let home = Home::new();
    let out = home.run(&["doctor"]);
    out.expect(3);
    assert!(out.stdout.contains("ok    keyring"), "{out:?}");
    assert!(out.stdout.contains("FAIL  signed in"), "{out:?}");
    assert!(out.stdout.contains("skip  portal"), "{out:?}");

    scenario(|home, sim, runs| {
        let ok = home.run(&["doctor"]);
        ok.expect(0);
        for check in [
            "config",
            "keyring",
            "signed in",
            "portal",
            "webhook",
            "im scope",
        ] {
            assert!(
                ok.stdout.contains(&format!("ok    {check}")),
                "{check}: {ok:?}"
            );
        }
        assert!(
            ok.stdout.contains("warn  tray      no system tray"),
            "no tray host in this test: {ok:?}"
        );
        // The shortcut line is "ok" unless a doctor running in parallel holds the key at that moment.
        assert!(
            ok.stdout
                .contains("ok    shortcut  Ctrl+Alt+Shift+D toggles Do Not Disturb")
                || ok
                    .stdout
                    .contains("warn  shortcut  Ctrl+Alt+Shift+D is taken"),
            "{ok:?}"
        );
        assert!(
            ok.stdout.contains("ok    autostart Start at login: off"),
            "{ok:?}"
        );
        // One line per automatic rule that is on: the screen lock, the only one on by default. The test
        // session has no screen saver; a machine whose login session logind knows has a source.
        assert!(
            ok.stdout.lines().any(|l| {
                l.starts_with("warn  locked    Away when the screen locks: no screen-lock source")
                    || l.starts_with(
                        "ok    locked    Away when the screen locks: listening to org.freedesktop.login1",
                    )
            }),
            "{ok:?}"
        );
        assert_eq!(ok.stdout.lines().count(), 10, "{ok:?}");
        sim.set_scopes(&[]);
        let scope = home.run(&["doctor"]);
        scope.expect(4);
        assert!(scope.stdout.contains("FAIL  im scope"), "{scope:?}");
        sim.revoke_webhook();
        let revoked = home.run(&["doctor"]);
        revoked.expect(4);
        assert!(revoked.stdout.contains("FAIL  webhook"), "{revoked:?}");
        runs.extend([ok, scope, revoked]);
    });
}

#[test]
fn the_secret_never_appears_at_trace_level() {
    // `doctor` tries the shortcut's key: not while a tray test needs it.
    let _desktop = see_desktop();
    scenario(|home, sim, runs| {
        sim.push_fault(Some(SET), Fault::Drop);
        sim.push_fault(Some(SET), Fault::Truncated);
        runs.push(home.run(&["-vvv", "set", "dnd"]));
        let mut cmd = home.command(&["toggle-dnd"]);
        cmd.env("RUST_LOG", "trace");
        sim.set_renamed(true);
        let traced = home.run_with(cmd, "");
        traced.expect(0);
        assert!(
            traced.stderr.contains("portal answered"),
            "trace output was produced: {traced:?}"
        );
        runs.push(traced);
        let mut cmd = home.command(&["doctor"]);
        cmd.env("RUST_LOG", "trace,reqwest=trace,hyper=trace");
        runs.push(home.run_with(cmd, ""));
    });
}

#[test]
fn on_a_terminal_the_url_is_read_hidden() {
    let home = Home::new();
    let sim = sim();
    // `script` gives the binary a pseudo-terminal; what it prints (and the terminal echoes) is captured.
    let mut cmd = home.command_for("script");
    cmd.args([
        "-qec",
        &format!("{} login", env!("CARGO_BIN_EXE_b24-status")),
        "/dev/null",
    ]);
    let mut child = cmd
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("script(1) runs");
    let mut stdin = child.stdin.take().unwrap();
    // Type the URL once the prompt is up.
    std::thread::sleep(std::time::Duration::from_millis(500));
    std::io::Write::write_all(&mut stdin, format!("{}\n", sim.webhook_url()).as_bytes()).unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(
        screen.contains("Paste its URL (input is hidden)"),
        "{screen}"
    );
    assert!(screen.contains("Signed in as Anna Petrova"), "{screen}");
    assert!(
        !screen.contains(&sim.secret()),
        "the URL was echoed: {screen}"
    );
    assert_eq!(
        keyring_lookup(&account_of(&sim)).as_deref(),
        Some(sim.secret().as_str())
    );
    home.run(&["logout"]).expect(0);
}

#[test]
fn the_tray_without_a_display_is_a_clear_error() {
    let home = Home::new();
    let mut cmd = home.command(&["demo"]);
    cmd.env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY");
    let run = home.run_with(cmd, "");
    run.expect(1);
    assert!(
        run.one_line_error().contains("no graphical session"),
        "{run:?}"
    );
    assert!(
        !home.runtime_dir().join("b24-status.sock").exists(),
        "the socket is removed"
    );
}
