//! What the real binary keeps on the machine under stress: a config that cannot be written during
//! `logout`, a `config.toml` that is a symbolic link, a setting appended after `[account]`, and many runs
//! sharing the real keyring at once.

use crate::helpers::*;

/// A simulator without a rate limit, for tests that call it many times at once.
fn unlimited_sim() -> Simulator {
    Simulator::spawn(SimConfig {
        burst: 1e9,
        drain_per_sec: 1e9,
        ..SimConfig::default()
    })
    .expect("the simulator starts")
}

#[test]
fn a_logout_whose_config_cannot_be_written_keeps_the_sign_in_whole() {
    require_env();
    let home = Home::new();
    let sim = sim();
    home.login(&sim);
    let account = account_of(&sim);
    let config = std::fs::read_to_string(home.config_file()).unwrap();

    // As on a full disk: no file may grow (RLIMIT_FSIZE 0, with SIGXFSZ ignored the write fails with
    // EFBIG), while the keyring, over D-Bus, still works.
    let mut cmd = home.command_for("sh");
    cmd.args([
        "-c",
        "ulimit -f 0 && trap '' XFSZ && exec \"$0\" logout",
        env!("CARGO_BIN_EXE_b24-status"),
    ]);
    let run = home.run_with(cmd, "");
    run.expect(1);
    let error = run.one_line_error();
    assert!(
        error.contains("cannot write") && error.contains("config.toml"),
        "{run:?}"
    );
    // The old state, both halves: the account named, its secret still there.
    assert_eq!(
        std::fs::read_to_string(home.config_file()).unwrap(),
        config,
        "the config changed"
    );
    assert_eq!(
        keyring_lookup(&account).as_deref(),
        Some(sim.secret().as_str()),
        "the secret was deleted although the config still names the account"
    );
    home.run(&["set", "dnd"]).expect(0);

    // With room again, the new state, both halves.
    home.run(&["logout"]).expect(0);
    assert_eq!(keyring_lookup(&account), None);
    let config = std::fs::read_to_string(home.config_file()).unwrap();
    assert!(!config.contains("\n[account]\n"), "{config}");
}

#[cfg(unix)]
#[test]
fn a_symlinked_config_stays_a_link_and_its_target_is_written() {
    require_env();
    let home = Home::new();
    let sim = sim();
    // As a dotfile manager keeps it: the real file elsewhere, a relative link in the config folder.
    let dotfiles = home.path().join("dotfiles");
    std::fs::create_dir_all(&dotfiles).unwrap();
    let target = dotfiles.join("b24-status.toml");
    std::fs::write(&target, "poll_interval_secs = 30\n").unwrap();
    let link = home.config_file();
    std::fs::create_dir_all(link.parent().unwrap()).unwrap();
    std::os::unix::fs::symlink("../../dotfiles/b24-status.toml", &link).unwrap();
    let is_link = |path: &std::path::Path| {
        std::fs::symlink_metadata(path)
            .unwrap()
            .file_type()
            .is_symlink()
    };

    home.login(&sim);
    assert!(is_link(&link), "login replaced the link with a file");
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.contains("name = \"Anna Petrova\""), "{written}");
    assert!(written.contains("\npoll_interval_secs = 30\n"), "{written}");

    home.run(&["logout"]).expect(0);
    assert!(is_link(&link), "logout replaced the link with a file");
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(!written.contains("\n[account]\n"), "{written}");
    assert!(written.contains("\npoll_interval_secs = 30\n"), "{written}");
    // Nothing else appeared beside either of them (no temp files).
    assert_eq!(std::fs::read_dir(&dotfiles).unwrap().count(), 1);
    assert_eq!(
        std::fs::read_dir(link.parent().unwrap()).unwrap().count(),
        1
    );
}

#[test]
fn a_setting_appended_after_the_account_is_named_as_top_level() {
    require_env();
    let home = Home::new();
    let sim = sim();
    home.login(&sim);
    let path = home.config_file();
    let written = std::fs::read_to_string(&path).unwrap();
    // The written file lists every setting with its default, above [account].
    let account_at = written.find("\n[account]\n").expect("an [account] table");
    for setting in [
        "# poll_interval_secs = 60\n",
        &format!(
            "# dnd_shortcut = \"{}\"\n",
            b24_status::tuning::DEFAULT_DND_SHORTCUT
        ),
    ] {
        let at = written
            .find(setting)
            .unwrap_or_else(|| panic!("{setting:?} is not in the file:\n{written}"));
        assert!(
            at < account_at,
            "{setting:?} is below [account]:\n{written}"
        );
    }

    // The user appends a line, as one does.
    let appended = format!("{written}poll_interval_secs = 30\n");
    std::fs::write(&path, &appended).unwrap();
    let line = appended.lines().count();
    let run = home.run(&["get"]);
    run.expect(1);
    assert_eq!(
        run.one_line_error(),
        format!(
            "b24-status: the config file {} is not valid at line {line}: `poll_interval_secs` is a \
             top-level setting: move it above `[account]`; fix or delete it",
            path.display()
        )
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        appended,
        "the file was changed"
    );

    // Moved where the message says, it works.
    std::fs::write(&path, format!("poll_interval_secs = 30\n{written}")).unwrap();
    home.run(&["get"]).expect(0);
    home.run(&["logout"]).expect(0);
}

#[test]
fn parallel_runs_never_call_a_busy_keyring_unavailable() {
    require_env();
    let sim = unlimited_sim();
    let url = sim.webhook_url();
    // Twenty homes of the same user (the same keyring entry), each signing in, setting and signing out
    // in turn, all at once: the Secret Service's entry is replaced and deleted under the others' calls.
    let homes: Vec<Home> = (0..20).map(|_| Home::new()).collect();
    let outputs: Vec<String> = std::thread::scope(|scope| {
        let workers: Vec<_> = homes
            .iter()
            .map(|home| {
                let url = &url;
                scope.spawn(move || {
                    let mut seen = String::new();
                    for _ in 0..5 {
                        for (args, stdin) in [
                            (&["login"][..], format!("{url}\n")),
                            (&["set", "dnd"][..], String::new()),
                            (&["logout"][..], String::new()),
                        ] {
                            let run = home.run_stdin(args, &stdin);
                            seen.push_str(&format!(
                                "{args:?} → {}\n{}{}",
                                run.code, run.stdout, run.stderr
                            ));
                        }
                    }
                    seen
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    let all = outputs.concat();
    assert!(
        !all.contains("no keyring is available"),
        "a busy keyring was reported as missing:\n{all}"
    );
    assert!(!all.contains(&sim.secret()), "the secret was printed");
    // Whatever the interleaving, the end is consistent: every home signed out, the entry gone.
    for home in &homes {
        home.run(&["logout"]).expect(0);
    }
    assert_eq!(keyring_lookup(&account_of(&sim)), None);
}
