//! `b24-status doctor`: one line per check (config, keyring, tray host, sign-in, portal reachable, webhook
//! accepted, `im` scope) and the DND shortcut, each failure with its fix. Exits with the code of the first failure; a missing
//! tray host is a warning, since the commands still work.
//!
//! The first two columns, the verdict (`ok`, `FAIL`, `warn`, `skip`) and the check's name (`config`,
//! `signed in`, `im scope`, …), are fixed words like `get`'s output, for scripts to match; the detail after
//! them comes from the message catalogue.

use crate::automatic::Rule;
use crate::error::AppError;
use crate::portal::client::Client;
use crate::portal_error::{ErrorClass, PortalError};
use crate::session::account::webhook_for;
use crate::store::config::Config;
use crate::store::keyring;
use crate::tuning::{CALENDAR_DAYS, DOCTOR_TIMEOUT};

#[derive(Default)]
struct Report {
    first_failure: Option<u8>,
}

impl Report {
    fn ok(&self, check: &str, detail: impl AsRef<str>) {
        println!("ok    {check:<9} {}", detail.as_ref());
    }

    fn fail(&mut self, check: &str, error: AppError) {
        println!("FAIL  {check:<9} {error}");
        self.first_failure.get_or_insert(error.exit_code());
    }

    /// A problem for the tray that does not stop the commands from working.
    fn warn(&self, check: &str, detail: impl AsRef<str>) {
        println!("warn  {check:<9} {}", detail.as_ref());
    }

    fn skip(&self, check: &str, why: &str) {
        println!("skip  {check:<9} {why}");
    }
}

pub fn run() -> Result<(), AppError> {
    let mut report = Report::default();

    let config = match Config::load() {
        Ok(config) => {
            let path = Config::path()?;
            let shown = path.display().to_string();
            report.ok(
                "config",
                if path.exists() {
                    shown
                } else {
                    text!("doctor-config-defaults", path = shown)
                },
            );
            Some(config)
        }
        Err(e) => {
            report.fail("config", e.into());
            None
        }
    };

    match keyring::probe() {
        Ok(()) => report.ok("keyring", text!("doctor-keyring-reachable")),
        Err(e) => report.fail("keyring", e.into()),
    }

    let hosts = crate::platform::tray_host::detect();
    if hosts.any() {
        report.ok("tray", hosts.describe());
    } else {
        report.warn("tray", hosts.describe());
    }

    shortcut_check(
        &report,
        config.as_ref().and_then(|c| c.dnd_shortcut.clone()),
    );
    autostart_check(&report);
    if let Some(config) = &config {
        rule_checks(&report, &config.automatic);
    }

    let checks = ["portal", "webhook", "im scope"];
    let rules = config
        .as_ref()
        .map(|c| c.automatic.clone())
        .unwrap_or_default();
    let Some(account) = config.and_then(|c| c.account) else {
        report.fail("signed in", AppError::NotSignedIn);
        checks
            .iter()
            .for_each(|c| report.skip(c, &text!("doctor-needs-sign-in")));
        return report.finish();
    };
    let key = account.keyring_account();
    let webhook = match webhook_for(&account) {
        Ok(Some(webhook)) => {
            report.ok(
                "signed in",
                text!(
                    "doctor-signed-in",
                    name = &account.name,
                    portal = account.portal.to_string(),
                    account = &key
                ),
            );
            webhook
        }
        Ok(None) => {
            report.fail("signed in", AppError::SecretMissing { account: key });
            checks
                .iter()
                .for_each(|c| report.skip(c, &text!("doctor-needs-webhook-code")));
            return report.finish();
        }
        Err(e) => {
            report.fail("signed in", e.into());
            checks
                .iter()
                .for_each(|c| report.skip(c, &text!("doctor-needs-keyring")));
            return report.finish();
        }
    };

    let mut client = Client::new(webhook)?;
    let (profile, status, calendar, work_day) = crate::session::runtime().block_on(async {
        let profile = client.profile(DOCTOR_TIMEOUT).await;
        let reachable = !matches!(&profile, Err(e) if is_transport(e));
        let status = match reachable {
            false => None,
            true => Some(client.get_status(DOCTOR_TIMEOUT).await),
        };
        let calendar = match reachable && rules.dnd_in_meetings {
            false => None,
            true => Some(
                client
                    .nearest_events(account.user_id, CALENDAR_DAYS, DOCTOR_TIMEOUT)
                    .await,
            ),
        };
        let work_day = match reachable && rules.follow_worktime {
            false => None,
            true => Some(client.work_day(DOCTOR_TIMEOUT).await),
        };
        (profile, status, calendar, work_day)
    });

    match &profile {
        Err(e) if is_transport(e) => {
            report.fail("portal", e.clone().into());
            report.skip("webhook", &text!("doctor-needs-portal"));
            report.skip("im scope", &text!("doctor-needs-portal"));
            return report.finish();
        }
        _ => report.ok(
            "portal",
            text!(
                "doctor-portal-answers",
                portal = client.webhook().portal.to_string()
            ),
        ),
    }
    match profile {
        Ok(p) => report.ok(
            "webhook",
            text!(
                "doctor-webhook-accepted",
                name = &p.name,
                user = p.id.to_string()
            ),
        ),
        Err(e) => report.fail("webhook", e.into()),
    }
    match status {
        // The status as `get` prints it: a wire word.
        Some(Ok(s)) => report.ok(
            "im scope",
            text!(
                "doctor-scope-granted",
                status = s.map_or("unknown", |s| s.wire())
            ),
        ),
        Some(Err(PortalError::MissingScope)) => {
            report.fail("im scope", PortalError::MissingScope.into())
        }
        Some(Err(e)) if needs_sign_in(&e) => {
            report.skip("im scope", &text!("doctor-needs-accepted-webhook"))
        }
        Some(Err(e)) => report.fail("im scope", e.into()),
        None => report.skip("im scope", &text!("doctor-needs-portal")),
    }
    // The rules that read the portal: a scope the webhook lacks disables the rule, nothing else.
    match calendar {
        Some(Ok(events)) => {
            let now = crate::session::live::wall_now();
            let meetings = events.iter().filter(|e| e.counts() && e.to > now).count();
            report.ok(
                Rule::Meetings.key(),
                text!("doctor-calendar-read", meetings = meetings),
            );
        }
        Some(Err(PortalError::MissingScope)) => {
            report.warn(Rule::Meetings.key(), text!("doctor-needs-scope-calendar"))
        }
        Some(Err(e)) => report.warn(Rule::Meetings.key(), e.to_string()),
        None => {}
    }
    match work_day {
        Some(Ok(day)) => report.ok(
            Rule::WorkTime.key(),
            text!("doctor-work-day-read", day = day.wire()),
        ),
        Some(Err(PortalError::MissingScope)) => {
            report.warn(Rule::WorkTime.key(), text!("doctor-needs-scope-timeman"))
        }
        Some(Err(e)) => report.warn(Rule::WorkTime.key(), e.to_string()),
        None => {}
    }
    report.finish()
}

/// The DND shortcut: with the tray running, what the tray has (asked over the control socket: the key
/// it holds, taken, bound by the desktop portal, or why there is none); without it, valid, possible in
/// this session and free. Every warning carries its fix.
fn shortcut_check(report: &Report, setting: Option<String>) {
    use crate::ipc::{Reply, Request};
    use crate::platform::shortcut::{self, ShortcutState};
    let state = if crate::ipc::tray_running() {
        match crate::ipc::request(&Request::Shortcut) {
            Ok(Some(Reply::Shortcut {
                shortcut: Some(state),
            })) => state,
            // The tray registers it on its UI thread here (macOS) and does not report it.
            Ok(Some(Reply::Shortcut { shortcut: None })) => {
                report.ok("shortcut", text!("doctor-shortcut-in-tray"));
                return;
            }
            Ok(_) => {
                report.warn("shortcut", text!("doctor-shortcut-tray-unreadable"));
                return;
            }
            Err(e) => {
                report.warn(
                    "shortcut",
                    text!("doctor-shortcut-tray-silent", error = e.to_string()),
                );
                return;
            }
        }
    } else {
        match shortcut::parse(setting.as_deref()) {
            Err(state) => state,
            Ok(None) => ShortcutState::Off,
            // On Wayland only the desktop portal can bind it, and the tray asks it when it starts.
            #[cfg(target_os = "linux")]
            Ok(Some(_)) if crate::platform::linux::wayland_session() => {
                report.skip("shortcut", &text!("doctor-shortcut-wayland-no-tray"));
                return;
            }
            // Registering and releasing it here tells whether another program holds the key.
            Ok(Some(_)) => shortcut::register(setting.as_deref(), || {}).1,
        }
    };
    match state.problem() {
        None => report.ok("shortcut", state.ok_line()),
        Some(problem) => report.warn("shortcut", problem),
    }
}

/// One line per automatic rule that is on: its signal source found or not, with the fix. The rules
/// that read the portal (meetings, work time) are checked with the portal below.
fn rule_checks(report: &Report, rules: &crate::store::config::AutomaticConfig) {
    for rule in Rule::ALL.into_iter().filter(|r| rules.enabled(*r)) {
        match rule {
            Rule::Locked => {
                let found =
                    crate::session::runtime().block_on(crate::platform::automatic::lock_sources());
                if found.is_empty() {
                    report.warn("locked", text!("doctor-lock-no-source"));
                } else {
                    let names: Vec<&str> = found.iter().map(|s| s.bus_name()).collect();
                    report.ok(
                        "locked",
                        text!("doctor-lock-sources", sources = names.join(", ")),
                    );
                }
            }
            // Read from the portal, with the sign-in checks below.
            Rule::Meetings | Rule::WorkTime => {}
            Rule::Idle => {
                use crate::platform::automatic::{IdleSource, idle_source};
                let after = rules.away_after_idle.trim();
                match crate::session::runtime().block_on(idle_source()) {
                    Some(IdleSource::LogindIdleHint) => {
                        report.ok("idle", text!("doctor-idle-logind", after = after));
                    }
                    Some(source) => report.ok(
                        "idle",
                        text!("doctor-idle-source", after = after, source = source.name()),
                    ),
                    None if cfg!(target_os = "linux") => {
                        report.warn("idle", text!("doctor-idle-no-source"));
                    }
                    None => report.warn("idle", text!("doctor-rule-not-built")),
                }
            }
            Rule::Presenting => {
                use crate::platform::automatic::NoPresentingSource;
                let line = match crate::platform::automatic::presenting_source() {
                    Ok(()) => Ok(text!("doctor-presenting-x11")),
                    Err(NoPresentingSource::NoWindowManager) => {
                        Err(text!("doctor-presenting-no-wm"))
                    }
                    Err(NoPresentingSource::Wayland) => Err(text!("doctor-presenting-wayland")),
                    Err(NoPresentingSource::NoDisplay) => {
                        Err(text!("doctor-presenting-no-display"))
                    }
                    Err(NoPresentingSource::NotBuilt) => Err(text!("doctor-rule-not-built")),
                };
                match line {
                    Ok(line) => report.ok("presenting", line),
                    Err(line) => report.warn("presenting", line),
                }
            }
            Rule::Calls => {
                use crate::platform::automatic::NoSoundServer;
                match crate::platform::automatic::sound_server() {
                    Ok(server) => report.ok(
                        "calls",
                        text!(
                            "doctor-calls-server",
                            server = server.name,
                            version = server.version,
                            socket = server.socket
                        ),
                    ),
                    Err(NoSoundServer::NotFound { looked_at }) => report.warn(
                        "calls",
                        text!("doctor-calls-no-server", sockets = looked_at.join(", ")),
                    ),
                    Err(NoSoundServer::Refused { socket, error }) => report.warn(
                        "calls",
                        text!(
                            "doctor-calls-server-refused",
                            socket = socket,
                            error = error
                        ),
                    ),
                    Err(NoSoundServer::NotBuilt) => {
                        report.warn("calls", text!("doctor-rule-not-built"));
                    }
                }
            }
        }
    }
}

/// Start at login: on, off, or pointing at another binary (with the fix).
fn autostart_check(report: &Report) {
    let state = crate::platform::autostart::status();
    let location = crate::platform::autostart::location().unwrap_or_default();
    match state {
        Ok(state @ crate::platform::autostart::AutostartState::Stale { .. }) => {
            report.warn(
                "autostart",
                crate::platform::autostart::describe(&state, &location),
            );
        }
        Ok(state) => report.ok(
            "autostart",
            crate::platform::autostart::describe(&state, &location),
        ),
        Err(e) => report.warn("autostart", e.to_string()),
    }
}

impl Report {
    fn finish(self) -> Result<(), AppError> {
        match self.first_failure {
            None => Ok(()),
            Some(code) => Err(AppError::Reported { code }),
        }
    }
}

/// Classifies a portal error for the doctor's lines.
fn is_transport(e: &PortalError) -> bool {
    matches!(
        e,
        PortalError::Unreachable { .. }
            | PortalError::Timeout { .. }
            | PortalError::Dropped { .. }
            | PortalError::Truncated { .. }
            | PortalError::NotBitrix { .. }
    )
}

fn needs_sign_in(e: &PortalError) -> bool {
    matches!(e.class(), ErrorClass::Auth | ErrorClass::Scope)
}
