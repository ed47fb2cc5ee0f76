//! The config file, `config.toml`: the signed-in portal and the user's settings. Never a secret.
//!
//! Unknown keys are errors (a misspelt setting must not be silently ignored); a file that cannot be
//! parsed is reported with its path and line and is left untouched. A setting written under `[account]`
//! (as when a line is appended to the file) is named as a top-level setting to move. The file the app
//! writes lists every setting, its default commented out, above `[account]`.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::automatic::Rule;
use crate::portal::webhook::{Portal, account_name};
use crate::store::files::{self, FileError};

/// The default interval between reads of the status by the tray.
pub use crate::tuning::DEFAULT_POLL_SECS;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// How often the tray reads the status, in seconds.
    #[serde(default = "default_poll")]
    pub poll_interval_secs: u64,
    /// The global shortcut that toggles Do Not Disturb, e.g. "Ctrl+Alt+Shift+D"; empty disables it. Unset
    /// means the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dnd_shortcut: Option<String>,
    /// How long the shortcut turns Do Not Disturb on for ("1h"); empty or unset: until turned off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dnd_shortcut_for: Option<String>,
    /// When "Until tomorrow morning" ends, "HH:MM" local time; unset means the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub morning: Option<String>,
    /// The days "Until tomorrow morning" skips, by English name; unset means Saturday and Sunday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekend_days: Option<Vec<String>>,
    /// The language of the menu and the messages ("ru", "pt-BR"); unset: the system's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The `[automatic]` table: the rules that set the status by themselves.
    #[serde(default)]
    pub automatic: AutomaticConfig,
    /// The signed-in account; its secret is in the OS keyring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<Account>,
}

/// Who is signed in, where. The webhook code lives in the keyring under [`Account::keyring_account`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Account {
    /// The portal address, e.g. `https://anna.bitrix24.com`.
    pub portal: Portal,
    pub user_id: u64,
    /// The user's display name as the portal reported it at sign-in.
    pub name: String,
}

/// The `[automatic]` table (see `b24_status_core::automatic`): each rule on or off; the idle rule's
/// setting is how long without input counts as idle ("" = off).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AutomaticConfig {
    pub away_when_locked: bool,
    pub away_after_idle: String,
    pub dnd_in_calls: bool,
    pub dnd_when_presenting: bool,
    pub dnd_in_meetings: bool,
    pub follow_worktime: bool,
}

impl Default for AutomaticConfig {
    /// Only Away when the screen locks is on: it is what nearly everyone wants, and it needs nothing.
    fn default() -> Self {
        AutomaticConfig {
            away_when_locked: true,
            away_after_idle: String::new(),
            dnd_in_calls: false,
            dnd_when_presenting: false,
            dnd_in_meetings: false,
            follow_worktime: false,
        }
    }
}

/// What "Away when idle" uses when turned on from the menu with no duration set.
pub const DEFAULT_IDLE: &str = "10m";

impl AutomaticConfig {
    pub fn enabled(&self, rule: Rule) -> bool {
        match rule {
            Rule::Locked => self.away_when_locked,
            Rule::Idle => self.idle_after().is_some(),
            Rule::Calls => self.dnd_in_calls,
            Rule::Presenting => self.dnd_when_presenting,
            Rule::Meetings => self.dnd_in_meetings,
            Rule::WorkTime => self.follow_worktime,
        }
    }

    /// Turns a rule on or off (the menu's check items); the idle rule turned on takes [`DEFAULT_IDLE`].
    pub fn set(&mut self, rule: Rule, on: bool) {
        match rule {
            Rule::Locked => self.away_when_locked = on,
            Rule::Idle => {
                self.away_after_idle = if on {
                    DEFAULT_IDLE.into()
                } else {
                    String::new()
                };
            }
            Rule::Calls => self.dnd_in_calls = on,
            Rule::Presenting => self.dnd_when_presenting = on,
            Rule::Meetings => self.dnd_in_meetings = on,
            Rule::WorkTime => self.follow_worktime = on,
        }
    }

    /// How long without input counts as idle; `None`: the rule is off.
    pub fn idle_after(&self) -> Option<std::time::Duration> {
        self.checked_idle().ok().flatten()
    }

    fn checked_idle(&self) -> Result<Option<std::time::Duration>, String> {
        let text = self.away_after_idle.trim();
        if text.is_empty() {
            return Ok(None);
        }
        let invalid = |reason: String| text!("config-idle-invalid", reason = reason);
        let d =
            crate::timed::parse_duration(text).map_err(|e| invalid(crate::text::when_error(&e)))?;
        if !(IDLE_RANGE.0..=IDLE_RANGE.1).contains(&d) {
            return Err(invalid(text!("config-idle-range", value = text)));
        }
        Ok(Some(d))
    }

    /// The keys of the table, with their values, in the order the file lists them.
    fn entries(&self) -> [(Rule, toml::Value); 6] {
        Rule::ALL.map(|rule| {
            let value = match rule {
                Rule::Idle => toml::Value::String(self.away_after_idle.clone()),
                rule => toml::Value::Boolean(self.enabled(rule)),
            };
            (rule, value)
        })
    }
}

/// The idle time `away_after_idle` takes: from a minute (less would turn Away while reading) to a day.
const IDLE_RANGE: (std::time::Duration, std::time::Duration) = (
    std::time::Duration::from_secs(60),
    std::time::Duration::from_secs(86_400),
);

impl Account {
    pub fn keyring_account(&self) -> String {
        account_name(&self.portal, self.user_id)
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            poll_interval_secs: DEFAULT_POLL_SECS,
            dnd_shortcut: None,
            dnd_shortcut_for: None,
            morning: None,
            weekend_days: None,
            language: None,
            automatic: AutomaticConfig::default(),
            account: None,
        }
    }
}

fn default_poll() -> u64 {
    DEFAULT_POLL_SECS
}

/// The top-level settings, as the file names them: everything of [`Config`] but `account`.
pub const SETTINGS: [&str; 6] = [
    "poll_interval_secs",
    "dnd_shortcut",
    "dnd_shortcut_for",
    "morning",
    "weekend_days",
    "language",
];

/// `morning`'s default.
const DEFAULT_MORNING: &str = "09:00";
/// `weekend_days`' default.
const DEFAULT_WEEKEND: [&str; 2] = ["saturday", "sunday"];
/// The table that holds [`Account`].
const ACCOUNT_TABLE: &str = "account";
/// The table that holds [`AutomaticConfig`].
const AUTOMATIC_TABLE: &str = "automatic";

/// Why the config file cannot be used, as data (the tray sends it to the CLI as it is); the sentence is
/// the catalogue's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "config", rename_all = "kebab-case")]
pub enum ConfigError {
    #[error("{}", invalid_text(.path, *.line, .message))]
    Invalid {
        #[serde(with = "files::path_text")]
        path: PathBuf,
        line: Option<usize>,
        /// The one-line reason: the TOML parser's own, or the catalogue's for a value out of range.
        message: String,
    },
    #[error(transparent)]
    File(#[from] FileError),
}

fn invalid_text(path: &Path, line: Option<usize>, message: &str) -> String {
    let path = files::shown(path);
    match line {
        Some(line) => text!(
            "config-invalid-at-line",
            path = path,
            line = line,
            message = message
        ),
        None => text!("config-invalid", path = path, message = message),
    }
}

impl Config {
    /// The config file's path.
    pub fn path() -> Result<PathBuf, ConfigError> {
        Ok(files::config_dir()?.join("config.toml"))
    }

    /// Loads the config; defaults when the file does not exist.
    pub fn load() -> Result<Config, ConfigError> {
        Config::load_from(&Config::path()?)
    }

    pub fn load_from(path: &Path) -> Result<Config, ConfigError> {
        match files::read_optional(path)? {
            None => Ok(Config::default()),
            Some(text) => Config::parse(&text).map_err(|(line, message)| ConfigError::Invalid {
                path: path.to_path_buf(),
                line,
                message,
            }),
        }
    }

    /// Parses the file's text; on failure, the 1-based line (if known) and a one-line reason.
    pub fn parse(text: &str) -> Result<Config, (Option<usize>, String)> {
        let mut config: Config = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1);
            let message = e.message().trim().replace('\n', " ");
            match misplaced_setting(text, &message) {
                Some(Misplaced::InTable { setting, table }) => (
                    line,
                    text!("config-setting-in-table", setting = setting, table = table),
                ),
                Some(Misplaced::OutOfTable { setting, table }) => (
                    line,
                    text!(
                        "config-setting-needs-table",
                        setting = setting,
                        table = table
                    ),
                ),
                None => (line, message),
            }
        })?;
        if !(1..=86_400).contains(&config.poll_interval_secs) {
            return Err((None, text!("config-poll-interval-range")));
        }
        // The timed-status settings are read once here, so that a bad one is named at start.
        config.checked_dnd_shortcut_for().map_err(|e| (None, e))?;
        config.checked_morning().map_err(|e| (None, e))?;
        config.checked_weekend().map_err(|e| (None, e))?;
        config.automatic.checked_idle().map_err(|e| (None, e))?;
        config.locale().map_err(|e| (None, e))?;
        // A name written by an older version, or by hand, is shown in the menu header: no control or
        // bidi-override characters reach it (new sign-ins store it clean already).
        if let Some(account) = &mut config.account {
            account.name = b24_status_core::safe_text::displayable(&account.name);
        }
        Ok(config)
    }

    /// How long the shortcut turns Do Not Disturb on for; `None` until turned off.
    pub fn dnd_shortcut_for(&self) -> Option<std::time::Duration> {
        self.checked_dnd_shortcut_for().ok().flatten()
    }

    /// When "Until tomorrow morning" ends.
    pub fn morning(&self) -> jiff::civil::Time {
        self.checked_morning()
            .unwrap_or(jiff::civil::Time::constant(9, 0, 0, 0))
    }

    /// The days "Until tomorrow morning" skips.
    pub fn weekend(&self) -> Vec<jiff::civil::Weekday> {
        self.checked_weekend().unwrap_or_default()
    }

    /// The language the config asks for (`None`: the system's); `Err` names a value that is no language.
    pub fn locale(&self) -> Result<Option<crate::text::Locale>, String> {
        self.language
            .as_deref()
            .map(|value| {
                crate::text::language::from_setting(value)
                    .ok_or_else(|| text!("config-language-invalid", value = value))
            })
            .transpose()
    }

    fn checked_dnd_shortcut_for(&self) -> Result<Option<std::time::Duration>, String> {
        match self.dnd_shortcut_for.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(text) => crate::timed::parse_duration(text).map(Some).map_err(|e| {
                text!(
                    "config-dnd-shortcut-for-invalid",
                    reason = crate::text::when_error(&e)
                )
            }),
        }
    }

    fn checked_morning(&self) -> Result<jiff::civil::Time, String> {
        let value = self.morning.as_deref().unwrap_or(DEFAULT_MORNING);
        let invalid = || text!("config-morning-invalid", value = value);
        let (hour, minute) = value.trim().split_once(':').ok_or_else(invalid)?;
        let number = |s: &str, max: i8| {
            (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<i8>().ok())
                .flatten()
                .filter(|n| *n <= max)
        };
        match (number(hour, 23), number(minute, 59), minute.len()) {
            (Some(h), Some(m), 2) => Ok(jiff::civil::Time::constant(h, m, 0, 0)),
            _ => Err(invalid()),
        }
    }

    fn checked_weekend(&self) -> Result<Vec<jiff::civil::Weekday>, String> {
        use jiff::civil::Weekday;
        let default: Vec<String> = DEFAULT_WEEKEND.map(String::from).to_vec();
        let names = self.weekend_days.as_ref().unwrap_or(&default);
        names
            .iter()
            .map(|name| match name.trim().to_ascii_lowercase().as_str() {
                "monday" => Ok(Weekday::Monday),
                "tuesday" => Ok(Weekday::Tuesday),
                "wednesday" => Ok(Weekday::Wednesday),
                "thursday" => Ok(Weekday::Thursday),
                "friday" => Ok(Weekday::Friday),
                "saturday" => Ok(Weekday::Saturday),
                "sunday" => Ok(Weekday::Sunday),
                _ => Err(text!("config-weekend-day-invalid", value = name)),
            })
            .collect()
    }

    /// Writes the config atomically.
    pub fn save(&self) -> Result<(), ConfigError> {
        self.save_to(&Config::path()?)
    }

    pub fn save_to(&self, path: &Path) -> Result<(), ConfigError> {
        files::write_atomic(path, &self.to_text())?;
        Ok(())
    }

    /// The file's text: a header, then every setting with a line saying what it does (a setting at its
    /// default is commented out, showing the default), then `[account]`. The top-level settings come
    /// first because TOML puts every key after a `[table]` line into that table.
    pub fn to_text(&self) -> String {
        /// `key = value` in TOML, commented out when the value is the default.
        fn setting(out: &mut String, about: &str, key: &str, value: toml::Value, default: bool) {
            let mark = if default { "# " } else { "" };
            out.push_str(&format!("\n# {about}\n{mark}{key} = {value}\n"));
        }
        let mut out = format!(
            "# {}\n# {}\n",
            text!("config-file-header"),
            text!("config-file-defaults")
        );
        setting(
            &mut out,
            &text!("config-about-poll-interval"),
            SETTINGS[0],
            toml::Value::Integer(self.poll_interval_secs.try_into().unwrap_or(i64::MAX)),
            self.poll_interval_secs == DEFAULT_POLL_SECS,
        );
        setting(
            &mut out,
            &text!("config-about-dnd-shortcut"),
            SETTINGS[1],
            toml::Value::String(
                self.dnd_shortcut
                    .clone()
                    .unwrap_or_else(|| crate::tuning::DEFAULT_DND_SHORTCUT.to_string()),
            ),
            self.dnd_shortcut.is_none(),
        );
        setting(
            &mut out,
            &text!("config-about-dnd-shortcut-for"),
            SETTINGS[2],
            toml::Value::String(self.dnd_shortcut_for.clone().unwrap_or_default()),
            self.dnd_shortcut_for.is_none(),
        );
        setting(
            &mut out,
            &text!("config-about-morning"),
            SETTINGS[3],
            toml::Value::String(
                self.morning
                    .clone()
                    .unwrap_or_else(|| DEFAULT_MORNING.to_string()),
            ),
            self.morning.is_none(),
        );
        let weekend = self
            .weekend_days
            .clone()
            .unwrap_or_else(|| DEFAULT_WEEKEND.map(String::from).to_vec());
        setting(
            &mut out,
            &text!("config-about-weekend-days"),
            SETTINGS[4],
            toml::Value::Array(weekend.into_iter().map(toml::Value::String).collect()),
            self.weekend_days.is_none(),
        );
        setting(
            &mut out,
            &text!("config-about-language"),
            SETTINGS[5],
            // Left out, the default is the language the system gives, which is the one now spoken.
            toml::Value::String(
                self.language
                    .clone()
                    .unwrap_or_else(|| crate::text::current().catalogue.to_string()),
            ),
            self.language.is_none(),
        );
        out.push_str(&format!(
            "\n# {}\n[{AUTOMATIC_TABLE}]\n",
            text!("config-about-automatic")
        ));
        let defaults = AutomaticConfig::default().entries();
        for ((rule, value), (_, default)) in self.automatic.entries().into_iter().zip(defaults) {
            let about = crate::text::rule_setting_about(rule);
            let is_default = value == default;
            setting(&mut out, &about, rule.key(), value, is_default);
        }
        if let Some(account) = &self.account {
            #[derive(Serialize)]
            struct Only<'a> {
                account: &'a Account,
            }
            let table = toml::to_string(&Only { account }).expect("an account always serializes");
            out.push_str(&format!("\n# {}\n{table}", text!("config-about-account")));
        }
        out
    }
}

/// A setting in the wrong place, when that is what the parser's "unknown field" `message` is about.
enum Misplaced {
    /// A top-level setting found inside `table` (as when a line is appended to the file).
    InTable {
        setting: &'static str,
        table: &'static str,
    },
    /// A setting of `table` found at the top level.
    OutOfTable {
        setting: &'static str,
        table: &'static str,
    },
}

/// The setting the parser's "unknown field" `message` names, when it is a real setting in the wrong
/// place. Needs the text to be valid TOML otherwise.
fn misplaced_setting(text: &str, message: &str) -> Option<Misplaced> {
    let table: toml::Table = toml::from_str(text).ok()?;
    let named = |key: &str| message.contains(&format!("unknown field `{key}`"));
    if let Some(setting) = Rule::ALL
        .map(Rule::key)
        .into_iter()
        .find(|key| table.contains_key(*key) && named(key))
    {
        return Some(Misplaced::OutOfTable {
            setting,
            table: AUTOMATIC_TABLE,
        });
    }
    [ACCOUNT_TABLE, AUTOMATIC_TABLE]
        .into_iter()
        .find_map(|name| {
            let inner = table.get(name)?.as_table()?;
            let setting = SETTINGS
                .into_iter()
                .find(|setting| inner.contains_key(*setting) && named(setting))?;
            Some(Misplaced::InTable {
                setting,
                table: name,
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        assert_eq!(Config::load_from(&path).unwrap(), Config::default());
        let config = Config {
            poll_interval_secs: 30,
            dnd_shortcut: Some("Ctrl+Shift+D".into()),
            account: Some(Account {
                portal: Portal::parse("https://anna.bitrix24.com").unwrap(),
                user_id: 7,
                name: "Anna Petrova".into(),
            }),
            ..Config::default()
        };
        config.save_to(&path).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("portal = \"https://anna.bitrix24.com\""),
            "{text}"
        );
        assert_eq!(Config::load_from(&path).unwrap(), config);
        assert_eq!(
            config.account.unwrap().keyring_account(),
            "7@anna.bitrix24.com"
        );
    }

    #[test]
    fn defaults_fill_missing_settings() {
        assert_eq!(Config::parse("").unwrap(), Config::default());
        assert_eq!(
            Config::parse("poll_interval_secs = 15")
                .unwrap()
                .poll_interval_secs,
            15
        );
    }

    #[test]
    fn reports_the_line_of_a_broken_file_and_leaves_it_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let broken = "poll_interval_secs = 60\n[account\nportal = 1\n";
        std::fs::write(&path, broken).unwrap();
        let err = Config::load_from(&path).unwrap_err().to_string();
        assert!(err.contains(&path.display().to_string()), "{err}");
        assert!(err.contains("at line 2"), "{err}");
        assert!(!err.contains('\n'), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), broken);
    }

    #[test]
    fn a_stored_name_with_controls_and_bidi_overrides_is_loaded_clean() {
        let text = "[account]\nportal = \"https://anna.bitrix24.com\"\nuser_id = 7\nname = \"Anna\\u001b[31m \\u202eavorteP\"\n";
        let config = Config::parse(text).unwrap();
        let name = config.account.unwrap().name;
        assert!(
            !name.contains('\u{1b}') && !name.contains('\u{202e}'),
            "{name:?}"
        );
        assert!(name.starts_with("Anna"), "{name:?}");
    }

    fn anna() -> Account {
        Account {
            portal: Portal::parse("https://anna.bitrix24.com").unwrap(),
            user_id: 7,
            name: "Anna Petrova".into(),
        }
    }

    #[test]
    fn a_setting_appended_after_the_account_is_named_as_top_level() {
        // What the app wrote at sign-in, then a line appended by the user.
        for (line, setting) in [
            ("poll_interval_secs = 30", "poll_interval_secs"),
            ("dnd_shortcut = \"Ctrl+Shift+D\"", "dnd_shortcut"),
        ] {
            let signed_in = Config {
                account: Some(anna()),
                ..Config::default()
            };
            let text = format!("{}{line}\n", signed_in.to_text());
            let appended_at = text.lines().count();
            let (at, message) = Config::parse(&text).unwrap_err();
            assert_eq!(
                message,
                format!("`{setting}` is a top-level setting: move it above `[account]`"),
                "{text}"
            );
            assert_eq!(at, Some(appended_at), "{text}");
        }
        // A key that is no setting at all is still the parser's "unknown field".
        let (_, message) =
            Config::parse("[account]\nportal = \"https://a.bitrix24.com\"\nuser_id = 7\nname = \"A\"\ncolour = 1\n")
                .unwrap_err();
        assert!(message.contains("unknown field `colour`"), "{message}");
    }

    #[test]
    fn the_written_file_lists_every_setting_with_its_default_above_the_account() {
        let signed_in = Config {
            account: Some(anna()),
            ..Config::default()
        };
        let text = signed_in.to_text();
        let account_at = text.find("\n[account]\n").expect("an account table");
        for setting in SETTINGS {
            let at = text
                .find(&format!("# {setting} = "))
                .unwrap_or_else(|| panic!("{setting} is not listed as a default:\n{text}"));
            assert!(at < account_at, "{setting} is below [account]:\n{text}");
        }
        assert!(text.contains(&format!("# poll_interval_secs = {DEFAULT_POLL_SECS}\n")));
        assert!(text.contains(&format!(
            "# dnd_shortcut = \"{}\"\n",
            crate::tuning::DEFAULT_DND_SHORTCUT
        )));
        assert_eq!(Config::parse(&text).unwrap(), signed_in);

        // A setting away from its default is written, not commented; an empty shortcut is not the default.
        let own = Config {
            poll_interval_secs: 15,
            dnd_shortcut: Some(String::new()),
            dnd_shortcut_for: Some("1h".into()),
            morning: Some("08:30".into()),
            weekend_days: Some(vec![]),
            language: Some("pt-BR".into()),
            automatic: AutomaticConfig {
                away_when_locked: false,
                away_after_idle: "15m".into(),
                dnd_in_calls: true,
                dnd_when_presenting: true,
                dnd_in_meetings: true,
                follow_worktime: true,
            },
            account: Some(anna()),
        };
        let text = own.to_text();
        assert!(text.contains("\npoll_interval_secs = 15\n"), "{text}");
        assert!(text.contains("\ndnd_shortcut = \"\"\n"), "{text}");
        assert!(text.contains("\ndnd_shortcut_for = \"1h\"\n"), "{text}");
        assert!(text.contains("\nmorning = \"08:30\"\n"), "{text}");
        assert!(text.contains("\nweekend_days = []\n"), "{text}");
        for line in [
            "away_when_locked = false",
            "away_after_idle = \"15m\"",
            "dnd_in_calls = true",
            "follow_worktime = true",
        ] {
            assert!(text.contains(&format!("\n{line}\n")), "{line}: {text}");
        }
        assert!(text.find("dnd_shortcut").unwrap() < text.find("\n[account]\n").unwrap());
        assert_eq!(Config::parse(&text).unwrap(), own);
        // Signed out: the settings, no account.
        let text = Config::default().to_text();
        assert!(!text.contains("\n[account]\n"), "{text}");
        assert_eq!(Config::parse(&text).unwrap(), Config::default());
    }

    #[test]
    fn settings_names_every_top_level_field() {
        let all = Config {
            poll_interval_secs: 1,
            dnd_shortcut: Some("x".into()),
            dnd_shortcut_for: Some("1h".into()),
            morning: Some("09:00".into()),
            weekend_days: Some(vec!["sunday".into()]),
            language: Some("uk".into()),
            automatic: AutomaticConfig::default(),
            account: Some(anna()),
        };
        let table: toml::Table = toml::from_str(&toml::to_string(&all).unwrap()).unwrap();
        let mut keys: Vec<&str> = table.keys().map(String::as_str).collect();
        keys.sort_unstable();
        let mut expected = SETTINGS.to_vec();
        expected.extend([ACCOUNT_TABLE, AUTOMATIC_TABLE]);
        expected.sort_unstable();
        assert_eq!(keys, expected);
    }

    #[test]
    fn the_timed_status_settings_are_read_with_their_defaults() {
        use jiff::civil::{Time, Weekday};
        let defaults = Config::parse("").unwrap();
        assert_eq!(defaults.dnd_shortcut_for(), None);
        assert_eq!(defaults.morning(), Time::constant(9, 0, 0, 0));
        assert_eq!(defaults.weekend(), vec![Weekday::Saturday, Weekday::Sunday]);
        let own = Config::parse(
            "dnd_shortcut_for = \"1h30m\"\nmorning = \"7:45\"\nweekend_days = [\"Friday\", \"saturday\"]\n",
        )
        .unwrap();
        assert_eq!(
            own.dnd_shortcut_for(),
            Some(std::time::Duration::from_secs(5400))
        );
        assert_eq!(own.morning(), Time::constant(7, 45, 0, 0));
        assert_eq!(own.weekend(), vec![Weekday::Friday, Weekday::Saturday]);
        let none = Config::parse("dnd_shortcut_for = \"\"\nweekend_days = []\n").unwrap();
        assert_eq!((none.dnd_shortcut_for(), none.weekend()), (None, vec![]));
        for (text, needle) in [
            (
                "dnd_shortcut_for = \"banana\"",
                "dnd_shortcut_for: 'banana' is not a duration",
            ),
            ("dnd_shortcut_for = \"0s\"", "a duration of zero"),
            (
                "morning = \"25:00\"",
                "morning must be a time like \"09:00\"",
            ),
            ("morning = \"9\"", "not \"9\""),
            ("weekend_days = [\"sat\"]", "not \"sat\""),
        ] {
            let (_, message) = Config::parse(text).unwrap_err();
            assert!(message.contains(needle), "{text}: {message}");
        }
    }

    #[test]
    fn refuses_unknown_keys_bad_values_and_insecure_portals() {
        for (text, needle) in [
            ("poll_intervall_secs = 5", "unknown field"),
            ("poll_interval_secs = 0", "between 1 and 86400"),
            ("poll_interval_secs = \"x\"", "invalid type"),
            (
                "[account]\nportal = \"http://anna.bitrix24.com\"\nuser_id = 7\nname = \"A\"",
                "HTTPS",
            ),
        ] {
            let (_, message) = Config::parse(text).unwrap_err();
            assert!(message.contains(needle), "{text}: {message}");
        }
    }

    #[test]
    fn the_automatic_table_defaults_to_away_when_locked_only() {
        let defaults = Config::parse("").unwrap().automatic;
        let on: Vec<Rule> = Rule::ALL
            .into_iter()
            .filter(|r| defaults.enabled(*r))
            .collect();
        assert_eq!(on, [Rule::Locked]);
        assert_eq!(defaults.idle_after(), None);
        let text = Config::default().to_text();
        let table = text.find("\n[automatic]\n").expect("the table is written");
        for rule in Rule::ALL {
            let at = text
                .find(&format!("\n# {} = ", rule.key()))
                .unwrap_or_else(|| panic!("{} is not listed as a default:\n{text}", rule.key()));
            assert!(at > table, "{text}");
        }
        let own = Config::parse("[automatic]\naway_after_idle = \"10m\"\ndnd_in_calls = true\n")
            .unwrap()
            .automatic;
        assert_eq!(own.idle_after(), Some(std::time::Duration::from_secs(600)));
        assert!(own.enabled(Rule::Idle) && own.enabled(Rule::Calls) && own.enabled(Rule::Locked));
        let mut set = AutomaticConfig::default();
        set.set(Rule::Idle, true);
        assert_eq!(set.away_after_idle, DEFAULT_IDLE);
        set.set(Rule::Idle, false);
        assert_eq!(set.away_after_idle, "");
    }

    #[test]
    fn bad_automatic_settings_are_clear_errors() {
        for (text, needle) in [
            (
                "[automatic]\naway_after_idle = \"soon\"",
                "away_after_idle: 'soon' is not a duration",
            ),
            (
                "[automatic]\naway_after_idle = \"30s\"",
                "give between 1m and 24h, not '30s'",
            ),
            ("[automatic]\naway_after_idle = \"2d\"", "away_after_idle"),
            ("[automatic]\naway_when_locked = \"yes\"", "invalid type"),
            (
                "[automatic]\ndnd_on_mondays = true",
                "unknown field `dnd_on_mondays`",
            ),
            (
                "away_when_locked = false",
                "`away_when_locked` belongs in the `[automatic]` table",
            ),
            (
                "[automatic]\ndnd_in_calls = true\npoll_interval_secs = 30",
                "`poll_interval_secs` is a top-level setting: move it above `[automatic]`",
            ),
        ] {
            let (_, message) = Config::parse(text).unwrap_err();
            assert!(message.contains(needle), "{text}: {message}");
        }
    }
}
