//! A hostile portal (issue #12), against the real binary, the real keyring and the simulator: answers
//! too large to read, a portal echoing the secret back, moves to addresses that must not be trusted, and
//! a profile name with terminal escapes and bidi overrides.

use std::io::ErrorKind;
use std::process::Stdio;
use std::time::{Duration, Instant};

use b24_status_test_desktop::tray_host::TrayHost;

use crate::helpers::*;

const SET: &str = "im.user.status.set";
const GET: &str = "im.user.status.get";

/// Far more than an answer of these methods, far less than the 1 GB of the issue so that the test, run
/// against a client that reads it all, fails instead of exhausting the machine.
const HUGE: u64 = 256 << 20;

/// What a writer may have got into the socket after the client stopped reading at 1 MiB: that MiB plus
/// the kernel's send and receive buffers (a few MiB on loopback).
const READ_AT_MOST: u64 = 64 << 20;

/// A signed-in home and its simulator.
fn signed_in(config: SimConfig) -> (Home, Simulator) {
    let home = Home::new();
    let sim = Simulator::spawn(config).expect("the simulator starts");
    home.login(&sim);
    (home, sim)
}

/// The body bytes of the `count` streamed answers, once their writers have all noticed the hang-up.
fn streamed(sim: &Simulator, count: usize) -> Vec<u64> {
    let deadline = Instant::now() + Duration::from_secs(30);
    while sim.streamed().len() < count && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    let streamed = sim.streamed();
    assert_eq!(streamed.len(), count, "every streamed answer ended");
    streamed
}

fn config_text(home: &Home) -> String {
    std::fs::read_to_string(home.config_file()).unwrap()
}

#[test]
fn an_answer_too_large_is_cut_off_retried_and_reported_in_one_line() {
    let (home, sim) = signed_in(SimConfig::default());
    // One huge answer: a bad answer like a proxy's page, so the retry gets the portal's own.
    sim.reset_calls();
    sim.push_fault(Some(GET), Fault::HugeBody { bytes: HUGE });
    sim.set_status(Some("away"));
    let run = home.run(&["get"]);
    run.expect(0);
    assert_eq!(run.stdout, "away\n");
    assert_eq!(calls_of(&sim, GET), 2, "one cut-off answer, one retry");

    // Every try answered so: each is cut off, and the command ends as for any unavailable portal.
    for _ in 0..5 {
        sim.push_fault(Some(SET), Fault::HugeBody { bytes: HUGE });
    }
    let run = home.run(&["set", "dnd"]);
    run.expect(5).assert_no_secret(&sim.secret());
    let line = run.one_line_error();
    assert!(
        line.contains("answered HTTP 200 with an answer far larger than Bitrix24 ever sends"),
        "{run:?}"
    );
    assert_eq!(calls_of(&sim, SET), 5);
    for bytes in streamed(&sim, 6) {
        assert!(
            bytes < READ_AT_MOST,
            "the client read on: {bytes} of {HUGE} bytes"
        );
    }
    home.run(&["logout"]).expect(0);
}

#[test]
fn an_endless_chunked_answer_is_cut_off_not_a_crash() {
    let (home, sim) = signed_in(SimConfig::default());
    for _ in 0..5 {
        sim.push_fault(Some(GET), Fault::EndlessBody);
    }
    let run = home.run(&["get"]);
    run.expect(5).assert_no_secret(&sim.secret());
    assert!(
        run.one_line_error()
            .contains("an answer far larger than Bitrix24 ever sends (reading stopped at 1 MiB)"),
        "{run:?}"
    );
    for bytes in streamed(&sim, 5) {
        assert!(bytes < READ_AT_MOST, "the client read on: {bytes} bytes");
    }
    home.run(&["logout"]).expect(0);
}

#[test]
fn a_secret_the_portal_echoes_is_redacted_from_errors_and_logs() {
    let (home, sim) = signed_in(SimConfig::default());
    let secret = sim.secret();

    // In an error's description (slashes escaped, as PHP writes them).
    sim.push_fault(Some(SET), Fault::EchoPathInError);
    let run = home.run(&["set", "dnd"]);
    run.expect(1).assert_no_secret(&secret);
    assert!(
        run.one_line_error()
            .contains("(WEIRD_ERROR: bad path /rest/7/***/im.user.status.set.json)"),
        "{run:?}"
    );
    sim.push_fault(Some(SET), Fault::EchoPathInError);
    let mut traced = home.command(&["-vvv", "set", "dnd"]);
    traced.env("RUST_LOG", "trace");
    let traced = home.run_with(traced, "");
    traced.expect(1).assert_no_secret(&secret);
    assert!(traced.stderr.contains("/rest/7/***/"), "{traced:?}");
    assert!(
        traced.stderr.contains("portal answered"),
        "trace level: {traced:?}"
    );

    // In a result string (shown cut to 40 characters, which held the whole secret).
    for _ in 0..5 {
        sim.push_fault(Some(SET), Fault::EchoPathInResult);
    }
    let mut traced = home.command(&["set", "dnd"]);
    traced.env("RUST_LOG", "trace,reqwest=trace,hyper=trace");
    let traced = home.run_with(traced, "");
    traced.expect(5).assert_no_secret(&secret);
    assert!(
        traced
            .stderr
            .contains("(result: \"/rest/7/***/im.user.status.set.json\")"),
        "{traced:?}"
    );
    home.run(&["logout"]).expect(0);

    // While signing in.
    sim.push_fault(Some("profile"), Fault::EchoPathInError);
    let login = home.run_stdin(&["login"], &format!("{}\n", sim.webhook_url()));
    login.expect(1).assert_no_secret(&secret);
    assert!(
        login
            .one_line_error()
            .contains("bad path /rest/7/***/profile.json"),
        "{login:?}"
    );
    home.assert_no_secret_in_files(&secret);
}

#[test]
fn a_move_to_an_address_that_never_answers_is_not_saved() {
    let (home, sim) = signed_in(SimConfig::default());
    let before = config_text(&home);
    let port = {
        let nobody = std::net::TcpListener::bind("127.0.0.2:0").expect("127.0.0.2 is loopback");
        nobody.local_addr().unwrap().port()
    };
    let elsewhere = format!("https://127.0.0.2:{port}");
    let redirect = Fault::Redirect {
        to: elsewhere.clone(),
    };

    // Every try is sent there: the command fails, and nothing moved.
    for _ in 0..5 {
        sim.push_fault(Some(SET), redirect.clone());
    }
    let run = home.run(&["set", "dnd"]);
    run.expect(5).assert_no_secret(&sim.secret());
    assert!(
        run.one_line_error()
            .contains(&format!("cannot reach 127.0.0.2:{port}")),
        "{run:?}"
    );
    assert_eq!(config_text(&home), before, "the config kept the address");
    assert_eq!(
        keyring_lookup(&account_of(&sim)).as_deref(),
        Some(sim.secret().as_str())
    );
    assert_eq!(keyring_lookup(&format!("7@127.0.0.2:{port}")), None);

    // Once: the retry goes to the portal's own address again, which answers; still nothing moved.
    sim.reset_calls();
    sim.push_fault(Some(SET), redirect);
    let run = home.run(&["set", "dnd"]);
    run.expect(0);
    assert!(!run.stderr.contains("moved"), "{run:?}");
    let notes: Vec<_> = sim.calls().into_iter().map(|c| c.error).collect();
    assert_eq!(notes, [Some("fault:redirect".to_string()), None]);
    assert_eq!(sim.status().as_deref(), Some("dnd"));
    assert_eq!(config_text(&home), before);
    assert_eq!(keyring_lookup(&format!("7@127.0.0.2:{port}")), None);

    // A real move (to the simulator's other port) that answers: saved, and only then the old entry goes.
    sim.set_renamed(true);
    let run = home.run(&["set", "away"]);
    run.expect(0);
    assert!(run.stderr.contains("The portal moved to"), "{run:?}");
    let renamed = sim.renamed_base_url();
    assert!(config_text(&home).contains(&renamed));
    let new_account = format!("7@{}", renamed.trim_start_matches("http://"));
    assert_eq!(
        keyring_lookup(&new_account).as_deref(),
        Some(sim.secret().as_str())
    );
    assert_eq!(
        keyring_lookup(&account_of(&sim)),
        None,
        "the old entry is gone"
    );
    home.run(&["logout"]).expect(0);
    assert_eq!(keyring_lookup(&new_account), None);
    home.assert_no_secret_in_files(&sim.secret());
}

#[test]
fn a_move_to_plain_http_on_another_host_is_refused_before_anything_is_sent() {
    let (home, sim) = signed_in(SimConfig::default());
    let before = config_text(&home);
    // A plain-HTTP listener on `localhost` (both of its addresses), which must never be connected to.
    let trap = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = trap.local_addr().unwrap().port();
    let trap6 = std::net::TcpListener::bind(("::1", port)).ok();
    for listener in std::iter::once(&trap).chain(trap6.as_ref()) {
        listener.set_nonblocking(true).unwrap();
    }
    sim.push_fault(
        Some(SET),
        Fault::Redirect {
            to: format!("http://localhost:{port}"),
        },
    );
    let run = home.run(&["set", "dnd"]);
    run.expect(1).assert_no_secret(&sim.secret());
    assert!(
        run.one_line_error()
            .contains("the portal moved, but its new address is not HTTPS"),
        "{run:?}"
    );
    assert_eq!(calls_of(&sim, SET), 1, "not retried");
    for listener in std::iter::once(&trap).chain(trap6.as_ref()) {
        let error = listener.accept().map(|_| ()).unwrap_err();
        assert_eq!(
            error.kind(),
            ErrorKind::WouldBlock,
            "the http listener was called"
        );
    }
    assert_eq!(config_text(&home), before);
    home.run(&["logout"]).expect(0);
}

#[test]
fn a_profile_name_with_escapes_and_bidi_overrides_is_stored_and_shown_clean() {
    let _desktop = own_desktop();
    let home = Home::new();
    let sim = Simulator::spawn(SimConfig {
        name: "An\u{1b}[2Jna\u{7}".into(),
        last_name: "\u{202E}Petrova\u{2066}".into(),
        ..SimConfig::default()
    })
    .expect("the simulator starts");
    let host_name = sim.base_url().trim_start_matches("http://").to_string();
    // The sign-in prints the clean name (the sign-in page shows the same line, `login::signed_in_line`).
    let login = home.login(&sim);
    assert_eq!(
        login.stdout.trim(),
        format!("Signed in as An[2Jna Petrova on {host_name} (user 7).")
    );
    let config = config_text(&home);
    assert!(config.contains("name = \"An[2Jna Petrova\""), "{config}");
    let doctor = home.run(&["doctor"]);
    assert!(doctor.stdout.contains("An[2Jna Petrova"), "{doctor:?}");
    for run in [&login, &doctor] {
        assert!(
            !run.stdout
                .contains(['\u{1b}', '\u{7}', '\u{202E}', '\u{2066}']),
            "{run:?}"
        );
    }

    // The tray's menu header.
    let tray_host = TrayHost::start();
    let mut cmd = home.command(&[]);
    cmd.env("RUST_LOG", "trace")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(home.path().join("tray.log")).unwrap());
    let mut tray = cmd.spawn().expect("the tray starts");
    let item = tray_host.wait_for_item(Duration::from_secs(10));
    let header = item.as_ref().and_then(|item| {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let first = tray_host.menu(item).into_iter().find(|e| !e.separator);
            match first.map(|e| e.label) {
                Some(label) if label.contains("Petrova") => return Some(label),
                _ if Instant::now() > deadline => return None,
                _ => std::thread::sleep(Duration::from_millis(50)),
            }
        }
    });
    let _ = tray.kill();
    let _ = tray.wait();
    assert_eq!(
        header,
        Some(format!("An[2Jna Petrova — {host_name}")),
        "the tray's header"
    );
    home.run(&["logout"]).expect(0);
    home.assert_no_secret_in_files(&sim.secret());
}
