//! Do Not Disturb in calls in the real tray, over the real PulseAudio protocol: a PulseAudio daemon of
//! the test's own (its socket and cookie in the test's home) with a microphone (`module-null-source`)
//! and speakers (`module-null-sink`, whose `.monitor` is a capture source that is no microphone);
//! `parecord` records from one or the other. Each change is confirmed by the simulator and read back
//! from the menu. The daemon comes with `scripts/deps test`: without it these tests fail.

use std::path::PathBuf;

use super::*;

const IN_CALL: &str = "Do Not Disturb — in a call (automatic)";

/// A PulseAudio daemon for one test, serving `<home>/run/pulse/native` with the cookie in
/// `<home>/.config/pulse/cookie` — where the tray, with the home's environment, looks by default.
struct PulseAudio {
    child: Child,
    socket: PathBuf,
    log: PathBuf,
}

impl PulseAudio {
    fn start(home: &Home) -> PulseAudio {
        let log = home.path().join("pulseaudio.log");
        let child = home
            .command_for("pulseaudio")
            .args([
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--use-pid-file=no",
                "--log-target=stderr",
                "-L",
                "module-native-protocol-unix",
                "-L",
                "module-null-sink sink_name=speakers",
                "-L",
                "module-null-source source_name=microphone",
            ])
            .env_remove("PULSE_SERVER")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .expect("pulseaudio starts (scripts/deps test installs it)");
        let daemon = PulseAudio {
            child,
            socket: home.runtime_dir().join("pulse/native"),
            log,
        };
        eventually(
            "PulseAudio answers",
            WAIT,
            || daemon.pactl(home, &["info"]).code,
            |code| *code == 0,
        );
        daemon
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// `PULSE_SERVER` naming this daemon, for the tray.
    fn server(&self) -> String {
        format!("unix:{}", self.socket.display())
    }

    fn tool(&self, home: &Home, program: &str) -> Command {
        let mut cmd = home.command_for(program);
        cmd.env("PULSE_SERVER", self.server())
            .env_remove("PULSE_COOKIE");
        cmd
    }

    fn pactl(&self, home: &Home, args: &[&str]) -> Run {
        let mut cmd = self.tool(home, "pactl");
        cmd.args(args);
        home.run_with(cmd, "")
    }

    /// A program recording from `source` (into nothing) until it is dropped; returned once the daemon
    /// lists its stream.
    fn record(&self, home: &Home, source: &str) -> Recording {
        let before = self.streams(home);
        let child = self
            .tool(home, "parecord")
            .args(["--device", source, "--raw", "/dev/null"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("parecord starts (scripts/deps test installs pulseaudio-utils)");
        eventually(
            "the recording stream listed",
            WAIT,
            || self.streams(home),
            |now| *now > before,
        );
        Recording(child)
    }

    /// How many recording streams the daemon has.
    fn streams(&self, home: &Home) -> usize {
        let run = self.pactl(home, &["list", "short", "source-outputs"]);
        assert_eq!(run.code, 0, "{run:?}");
        run.stdout.lines().count()
    }
}

impl Drop for PulseAudio {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A `parecord` running.
struct Recording(Child);

impl Drop for Recording {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Turns `dnd_in_calls` on in the home's config.toml (the app writes its default commented out).
fn calls_rule_on(home: &Home) {
    let path = home.config_file();
    let text = std::fs::read_to_string(&path).unwrap();
    let on = text.replace("# dnd_in_calls = false\n", "dnd_in_calls = true\n");
    assert_ne!(on, text, "no default line for dnd_in_calls:\n{text}");
    std::fs::write(&path, on).unwrap();
}

/// The tray's log says it is listening to the sound server (`times` connections so far): 5 s after a
/// socket appears, or after the connection was lost.
fn listening(tray: &Tray, times: usize) {
    eventually(
        "the tray listens to the sound server",
        Duration::from_secs(20),
        || tray.log(),
        |log| log.matches("watching the microphone").count() >= times,
    );
}

/// doctor's `calls` line, the tray's way of finding the daemon (its home's `XDG_RUNTIME_DIR`).
fn doctor_calls_line(home: &Home) -> String {
    let mut cmd = home.command(&["doctor"]);
    cmd.env_remove("PULSE_SERVER").env_remove("PULSE_COOKIE");
    let run = home.run_with(cmd, "");
    run.stdout
        .lines()
        .find(|l| l.get(6..).is_some_and(|rest| rest.starts_with("calls ")))
        .unwrap_or_else(|| panic!("no calls line: {run:?}"))
        .to_string()
}

/// The tray, signed in, its sound server at `server` (`PULSE_SERVER`), showing Online.
fn start(home: &Home, host: &TrayHost, server: &str) -> (Tray, Item) {
    let tray = Tray::start_with(home, &[], &[("PULSE_SERVER", server)]);
    let item = host
        .wait_for_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item registered: {}", tray.log()));
    eventually(
        "Online at first",
        WAIT,
        || shown(host, &item),
        on(Status::Online),
    );
    (tray, item)
}

fn showing_in_call(s: &Shown) -> bool {
    on(Status::Dnd)(s) && s.status_line == IN_CALL
}

#[test]
fn recording_from_the_microphone_is_dnd_until_it_stops_and_a_monitor_changes_nothing() {
    let serial = own_desktop();
    let sim = sim();
    sim.set_status(Some("online"));
    let home = signed_in_home(&sim, 600);
    calls_rule_on(&home);
    let pulse = PulseAudio::start(&home);
    let host = TrayHost::start();
    let (tray, item) = start(&home, &host, &pulse.server());
    let show = || shown(&host, &item);
    listening(&tray, 1);

    // What the speakers play, recorded (a level meter, a screen recorder): not a call.
    sim.reset_calls();
    let monitor = pulse.record(&home, "speakers.monitor");
    std::thread::sleep(Duration::from_millis(1000));
    assert!(on(Status::Online)(&show()), "{}", tray.log());
    assert_eq!(calls_of(&sim, SET), 0);

    // The microphone: Do Not Disturb, confirmed by the portal, with its reason.
    let call = pulse.record(&home, "microphone");
    eventually("Do Not Disturb, in a call", WAIT, show, showing_in_call);
    assert_eq!(sim.status().as_deref(), Some("dnd"));
    let get = home.run(&["get", "--json"]);
    let json: serde_json::Value = serde_json::from_str(&get.stdout).expect("JSON");
    assert_eq!(
        (json["status"].as_str(), json["reason"].as_str()),
        (Some("dnd"), Some("in_call")),
        "{get:?}"
    );

    // doctor finds the daemon where the tray does by default.
    let line = doctor_calls_line(&home);
    let socket = pulse.socket.display().to_string();
    assert!(
        line.starts_with("ok    calls     Do Not Disturb in calls: listening to pulseaudio ")
            && line.ends_with(&format!(" at {socket}")),
        "{line}"
    );

    // The call ends; the monitor still recording holds nothing.
    drop(call);
    eventually("back to Online", WAIT, show, on(Status::Online));
    assert_eq!(calls_of(&sim, SET), 2, "one call each way");
    drop(monitor);
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(calls_of(&sim, SET), 2);

    drop(tray);
    home.assert_no_secret_in_files(&sim.secret());
    home.run(&["logout"]).expect(0);
    drop(pulse);
    drop(serial);
}

#[test]
fn a_sound_server_started_after_the_tray_or_restarted_in_a_call_is_followed() {
    let serial = own_desktop();
    let sim = sim();
    sim.set_status(Some("online"));
    let home = signed_in_home(&sim, 600);
    calls_rule_on(&home);
    let socket = home.runtime_dir().join("pulse/native");
    let host = TrayHost::start();
    // Nothing at the socket yet: the tray runs on, and doctor says what to do.
    let (tray, item) = start(&home, &host, &format!("unix:{}", socket.display()));
    let show = || shown(&host, &item);
    let line = doctor_calls_line(&home);
    assert!(
        line.starts_with("warn  calls     Do Not Disturb in calls: no sound server answers")
            && line.contains(&socket.display().to_string())
            && line.contains("pipewire-pulse"),
        "{line}"
    );

    // The daemon starts: its socket appearing wakes the tray, which connects 5 s later.
    let pulse = PulseAudio::start(&home);
    listening(&tray, 1);
    let call = pulse.record(&home, "microphone");
    eventually("Do Not Disturb, in a call", WAIT, show, showing_in_call);

    // The daemon dies in the call: its streams are gone, so is the call.
    drop(pulse);
    drop(call);
    eventually("back to Online", WAIT, show, on(Status::Online));

    // Back (a restart): found again within the first retry, and followed as before.
    let pulse = PulseAudio::start(&home);
    listening(&tray, 2);
    let call = pulse.record(&home, "microphone");
    eventually("in a call again", WAIT, show, showing_in_call);
    drop(call);
    eventually("Online again", WAIT, show, on(Status::Online));
    assert!(
        !pulse.log().contains("Denied access"),
        "the tray authenticated with the cookie: {}",
        pulse.log()
    );

    drop(tray);
    home.assert_no_secret_in_files(&sim.secret());
    home.run(&["logout"]).expect(0);
    drop(pulse);
    drop(serial);
}
