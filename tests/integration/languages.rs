//! The command line in the user's language: chosen from the locale variables or config.toml's
//! `language`, its errors in Polish and Ukrainian with the exit codes of English, and a pseudo-locale run
//! of every command that fails on any text that reached the user without the catalogue. The expected
//! texts are the catalogue's own, rendered by the library in that language; each is checked to differ
//! from English, so a catalogue that is missing or not chosen fails.

use b24_status::text::{self, Locale};

use crate::helpers::*;

fn locale(catalogue: &'static str) -> Locale {
    Locale {
        catalogue,
        clock_12h: false,
    }
}

/// What the catalogue of `catalogue` says.
fn said(catalogue: &'static str, f: impl FnOnce() -> String) -> String {
    text::in_language(locale(catalogue), f)
}

/// `args` run in `home` with these locale variables.
fn run_in(home: &Home, vars: &[(&str, &str)], args: &[&str]) -> Run {
    let mut cmd = home.command(args);
    for (name, value) in vars {
        cmd.env(name, value);
    }
    home.run_with(cmd, "")
}

/// The one error line of `run`, which must be catalogue message `expected` in `catalogue`, not English.
fn assert_error_in(run: &Run, catalogue: &'static str, expected: impl Fn() -> String) {
    let line = run.one_line_error();
    let wanted = format!("b24-status: {}", said(catalogue, &expected));
    assert_eq!(line, wanted, "{catalogue}: {run:?}");
    let english = format!("b24-status: {}", said("en", &expected));
    assert_ne!(line, english, "{catalogue} is English: {run:?}");
}

#[test]
fn cli_errors_in_polish_and_ukrainian_keep_their_exit_codes() {
    let home = Home::new();
    for (lang, catalogue) in [("pl_PL.UTF-8", "pl"), ("uk_UA.UTF-8", "uk")] {
        let vars = [("LANG", lang)];
        // Not signed in: exit 3.
        let run = run_in(&home, &vars, &["get"]);
        run.expect(3);
        assert_error_in(&run, catalogue, || b24_status::text!("error-not-signed-in"));
        // A malformed duration: exit 2, nothing called.
        let run = run_in(&home, &vars, &["set", "dnd", "--for", "5x"]);
        run.expect(2);
        assert_error_in(&run, catalogue, || {
            b24_status::text!("when-not-a-duration", text = "5x")
        });
        // A word that is no status: clap's error in the catalogue's words.
        let run = run_in(&home, &vars, &["set", "busy"]);
        run.expect(2);
        assert_error_in(&run, catalogue, || {
            let reason = b24_status::text!("status-unknown-word", word = "busy");
            let arg = format!("<{}>", b24_status::text!("cli-value-status"));
            b24_status::text!(
                "cli-error-invalid-value",
                value = "busy",
                arg = arg,
                reason = reason
            )
        });
        // An unknown command, with clap's suggestion.
        let run = run_in(&home, &vars, &["sett"]);
        run.expect(2);
        assert_error_in(&run, catalogue, || {
            b24_status::text!(
                "cli-error-unknown-command-suggest",
                command = "sett",
                suggested = "get', 'set"
            )
        });
        // A malformed webhook URL at sign-in: exit 2, in the same language.
        let mut cmd = home.command(&["login"]);
        cmd.env("LANG", lang);
        let run = home.run_with(cmd, "https://anna.bitrix24.com/rest/1/\n");
        run.expect(2);
        assert_error_in(&run, catalogue, || b24_status::text!("webhook-no-secret"));
        // The help: clap's headings are the catalogue's.
        let run = run_in(&home, &vars, &["set", "--help"]);
        run.expect(0);
        for heading in [
            "cli-usage-heading",
            "cli-arguments-heading",
            "cli-options-heading",
        ] {
            let wanted = said(catalogue, || text::message(heading, &[]));
            assert!(run.stdout.contains(&wanted), "{heading}: {}", run.stdout);
        }
        assert!(
            !run.stdout.contains("Usage:") && !run.stdout.contains("Options:"),
            "{}",
            run.stdout
        );
    }
}

#[test]
fn the_config_language_wins_over_the_locale_and_c_is_english() {
    let home = Home::new();
    // No config: the locale decides; C is English, LANGUAGE's list comes before LANG.
    let run = run_in(&home, &[("LANG", "C")], &["get"]);
    assert_eq!(
        run.one_line_error(),
        format!(
            "b24-status: {}",
            said("en", || b24_status::text!("error-not-signed-in"))
        )
    );
    let run = run_in(
        &home,
        &[("LANG", "de_DE.UTF-8"), ("LANGUAGE", "uk:de")],
        &["get"],
    );
    assert_error_in(&run, "uk", || b24_status::text!("error-not-signed-in"));
    let run = run_in(&home, &[("LANG", "pt_PT.UTF-8")], &["get"]);
    assert_error_in(&run, "pt-BR", || b24_status::text!("error-not-signed-in"));

    // language = "es" beats LANG=de_DE.UTF-8.
    std::fs::create_dir_all(home.config_file().parent().unwrap()).unwrap();
    std::fs::write(home.config_file(), "language = \"es\"\n").unwrap();
    let run = run_in(&home, &[("LANG", "de_DE.UTF-8")], &["get"]);
    run.expect(3);
    assert_error_in(&run, "es", || b24_status::text!("error-not-signed-in"));

    // A value that is no language: the config's one-line error (in the locale's language), exit 1.
    std::fs::write(home.config_file(), "language = \"español\"\n").unwrap();
    let run = run_in(&home, &[("LANG", "de_DE.UTF-8")], &["get"]);
    run.expect(1);
    let path = home.config_file().display().to_string();
    assert_error_in(&run, "de", || {
        let message = b24_status::text!("config-language-invalid", value = "español");
        b24_status::text!("config-invalid", path = path.clone(), message = message)
    });
}

#[test]
fn signed_in_the_answers_speak_russian_and_the_machine_words_stay() {
    let sim = sim();
    sim.set_status(Some("online"));
    let home = Home::new();
    home.login(&sim);
    let vars = [("LANG", "ru_RU.UTF-8")];
    let run = run_in(&home, &vars, &["set", "dnd"]);
    run.expect(0);
    let confirmed = said("ru", || {
        b24_status::text!(
            "cli-confirmed",
            status = b24_status::text::status_label(b24_status::status::Status::Dnd)
        )
    });
    assert_eq!(run.stdout.trim_end(), confirmed);
    assert!(
        confirmed.contains(|c: char| ('а'..='я').contains(&c)),
        "{confirmed}"
    );
    // `get` and `get --json` stay machine words.
    assert_eq!(run_in(&home, &vars, &["get"]).stdout, "dnd\n");
    let json: serde_json::Value =
        serde_json::from_str(&run_in(&home, &vars, &["get", "--json"]).stdout).unwrap();
    assert_eq!(json["status"], "dnd");
    // Logs stay English.
    let run = run_in(&home, &vars, &["-v", "get"]);
    assert!(
        run.stderr
            .lines()
            .all(|l| !l.contains(|c: char| ('а'..='я').contains(&c))),
        "a log line is not English: {}",
        run.stderr
    );
}

/// The words of `output` in plain ASCII letters once `allowed` (machine words, names, addresses) are
/// taken out: in the pseudo-locale every text of the catalogue has accented letters instead.
pub(crate) fn plain_words(output: &str, allowed: &[&str]) -> Vec<String> {
    let mut rest = output.to_string();
    // The longest first, so that an address is removed before a word within it.
    let mut allowed = allowed.to_vec();
    allowed.sort_by_key(|a| std::cmp::Reverse(a.len()));
    for a in allowed {
        rest = rest.replace(a, " ");
    }
    rest.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// What the commands print, read as a person reads it, with every word typed or matched by a program
/// left out: command and option names, the status words, doctor's two columns.
pub(crate) const MACHINE_WORDS: &[&str] = &[
    "b24-status",
    "login",
    "logout",
    "set",
    "get",
    "toggle-dnd",
    "cancel-timer",
    "doctor",
    "demo",
    "autostart",
    "--verbose",
    "--quiet",
    "--version",
    "--help",
    "--for",
    "--until",
    "--json",
    "-v",
    "-q",
    "-V",
    "-h",
    // doctor's im-scope line gives the status as `get` prints it.
    ": online)",
    ": dnd)",
    ": away)",
    ": break)",
    // autostart's actions, as clap lists them.
    "on, off, status",
    // doctor's verdicts and checks (src/cli/doctor.rs): fixed words for scripts, like get's.
    "ok ",
    "FAIL ",
    "warn ",
    "skip ",
    "config ",
    "keyring ",
    "tray ",
    "shortcut ",
    "signed in ",
    "portal ",
    "webhook ",
    "im scope ",
    "locked ",
    "calls ",
    "idle ",
    "presenting ",
    "meetings ",
    "work time ",
];

#[test]
fn in_the_pseudo_locale_no_command_prints_text_that_bypassed_the_catalogue() {
    let sim = sim();
    sim.set_status(Some("online"));
    let home = Home::new();
    std::fs::create_dir_all(home.config_file().parent().unwrap()).unwrap();
    std::fs::write(home.config_file(), "language = \"en-XA\"\n").unwrap();
    let path = home.config_file().display().to_string();
    let host = sim.base_url().trim_start_matches("http://").to_string();
    let mut allowed: Vec<&str> = MACHINE_WORDS.to_vec();
    allowed.extend([
        path.as_str(),
        host.as_str(),
        "Anna Petrova",
        "Ctrl+Alt+Shift+D",
    ]);
    // What the user typed may be echoed back ("'busy' is not a status").
    let check = |run: &Run, typed: &[&str]| {
        let what = typed.join(" ");
        let mut allowed = allowed.clone();
        let quoted: Vec<String> = typed.iter().map(|t| format!("'{t}'")).collect();
        allowed.extend(quoted.iter().map(String::as_str));
        let words = plain_words(&format!("{}{}", run.stdout, run.stderr), &allowed);
        assert!(
            words.is_empty(),
            "{what}: {words:?} reached the user without the catalogue:\n{}{}",
            run.stdout,
            run.stderr
        );
    };
    let signed_out: &[&[&str]] = &[
        &["--help"],
        &["-h"],
        &["set", "--help"],
        &["autostart", "--help"],
        &["set", "busy"],
        &["sett"],
        &["set", "--fro", "1h", "dnd"],
        &["set"],
        &["set", "dnd", "--for", "1h", "--until", "15:00"],
        &["set", "dnd", "--for", "5x"],
        &["set", "dnd", "--until", "25:99"],
        &["autostart", "maybe"],
        &["autostart", "status"],
        &["get"],
        &["logout"],
        &["doctor"],
    ];
    for args in signed_out {
        check(&home.run(args), args);
    }
    let run = home.run_stdin(&["login"], "https://anna.bitrix24.com/rest/1/\n");
    check(&run, &["login with a malformed URL"]);
    let run = home.run_stdin(&["login"], &format!("{}\n", sim.webhook_url()));
    run.expect(0);
    check(&run, &["login"]);
    let signed_in: &[&[&str]] = &[
        &["set", "dnd"],
        &["set", "away", "--for", "30m"],
        &["toggle-dnd"],
        &["cancel-timer"],
        &["doctor"],
        &["logout"],
    ];
    for args in signed_in {
        check(&home.run(args), args);
    }
}
