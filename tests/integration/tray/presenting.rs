//! The presenting rule in the real tray: a real window manager (Openbox, EWMH) on the test session's
//! Xvfb display, real X11 windows (xmessage) made full screen and focused with wmctrl and xdotool; each
//! change confirmed by the simulator and read back from the menu.

use super::*;

/// A child process stopped when dropped.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Openbox on the test display, without key or mouse bindings (the other tests' keys stay theirs),
/// ready once it publishes `_NET_SUPPORTING_WM_CHECK`.
fn window_manager(dir: &std::path::Path) -> Running {
    let rc = dir.join("openbox-rc.xml");
    std::fs::write(
        &rc,
        "<?xml version=\"1.0\"?>\n<openbox_config xmlns=\"http://openbox.org/3.4/rc\">\
         <keyboard/><mouse/></openbox_config>\n",
    )
    .unwrap();
    let wm = Running(
        Command::new("openbox")
            .arg("--config-file")
            .arg(&rc)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("openbox runs (scripts/deps test installs it)"),
    );
    eventually(
        "openbox manages the display",
        WAIT,
        || output("xprop", &["-root", "_NET_SUPPORTING_WM_CHECK"]),
        |out| out.contains("window id #"),
    );
    wm
}

/// What a command prints; it must run.
fn output(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} runs (scripts/deps test installs it): {e}"));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn run(program: &str, args: &[&str]) {
    let status = Command::new(program)
        .args(args)
        .status()
        .unwrap_or_else(|e| panic!("{program} runs (scripts/deps test installs it): {e}"));
    assert!(status.success(), "{program} {args:?}: {status}");
}

/// An xmessage window titled `title`, mapped, with its X window id.
fn window(title: &str) -> (Running, String) {
    let child = Running(
        Command::new("xmessage")
            .args(["-title", title, title])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("xmessage runs"),
    );
    let id = eventually(
        "the window is mapped",
        WAIT,
        || output("xdotool", &["search", "--onlyvisible", "--name", title]),
        |out| out.lines().count() == 1,
    )
    .trim()
    .to_string();
    (child, id)
}

/// Focuses the window as a pager or a click would (`_NET_ACTIVE_WINDOW` from a pager), and waits until
/// the window manager says it is active.
fn activate(id: &str) {
    run("xdotool", &["windowactivate", "--sync", id]);
    let hex = format!("{:#x}", id.parse::<u32>().unwrap());
    eventually(
        "the window is active",
        WAIT,
        || output("xprop", &["-root", "_NET_ACTIVE_WINDOW"]),
        |out| out.trim_end().ends_with(&hex),
    );
}

fn full_screen(id: &str, on: bool) {
    let action = if on {
        "add,fullscreen"
    } else {
        "remove,fullscreen"
    };
    run("wmctrl", &["-i", "-r", id, "-b", action]);
}

const PRESENTING: &str = "Do Not Disturb — presenting (automatic)";

#[test]
fn a_full_screen_active_window_is_dnd_until_it_leaves_full_screen_or_loses_the_focus() {
    let serial = own_desktop();
    let sim = sim();
    sim.set_status(Some("online"));
    let home = signed_in_home(&sim, 600);
    set_rules(&home, &["dnd_when_presenting = true"]);
    let _wm = window_manager(home.path());
    let (slides_window, slides) = window("b24-status test: slides");
    let (_notes_window, notes) = window("b24-status test: notes");

    // Full screen before the tray starts: its first state is presenting.
    activate(&slides);
    full_screen(&slides, true);
    let host = TrayHost::start();
    let tray = Tray::start(&home, &[]);
    let item = host
        .wait_for_item(WAIT)
        .unwrap_or_else(|| panic!("no tray item registered: {}", tray.log()));
    let scene = Scene {
        tray,
        item,
        host,
        home,
        sim,
        _serial: serial,
    };
    let show = || shown(&scene.host, &scene.item);
    let presenting = |s: &Shown| on(Status::Dnd)(s) && s.status_line == PRESENTING;
    eventually("Do Not Disturb at start", WAIT, show, presenting);
    assert_eq!(scene.sim.status().as_deref(), Some("dnd"));
    let get = scene.home.run(&["get", "--json"]);
    let json: serde_json::Value = serde_json::from_str(&get.stdout).expect("JSON");
    assert_eq!(json["reason"].as_str(), Some("presenting"), "{get:?}");
    let doctor = scene.home.run(&["doctor"]);
    assert!(
        doctor.stdout.lines().any(|l| l
            == "ok    presenting Do Not Disturb when presenting: following the active window's \
                full-screen state (X11 _NET_ACTIVE_WINDOW, _NET_WM_STATE); a shared screen is not \
                seen yet"),
        "{doctor:?}"
    );

    // Out of full screen: back; in again: Do Not Disturb.
    full_screen(&slides, false);
    eventually("Online out of full screen", WAIT, show, on(Status::Online));
    full_screen(&slides, true);
    eventually("Do Not Disturb in full screen", WAIT, show, presenting);

    // The focus on another window (not full screen): back; on the full-screen one again: DND.
    activate(&notes);
    eventually("Online on another window", WAIT, show, on(Status::Online));
    activate(&slides);
    eventually("Do Not Disturb on the slides again", WAIT, show, presenting);
    // The full-screen window closed: the window manager focuses another, not full screen.
    drop(slides_window);
    eventually(
        "Online once the slides close",
        WAIT,
        show,
        on(Status::Online),
    );
    scene.finish();
}
