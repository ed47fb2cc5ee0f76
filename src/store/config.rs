//! The config file, `config.toml`: the signed-in portal and the user's settings. Never a secret.
//!
//! Unknown keys are errors (a misspelt setting must not be silently ignored); a file that cannot be
//! parsed is reported with its path and line and is left untouched.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

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
    /// The global shortcut that toggles Do Not Disturb, e.g. "Ctrl+Alt+D"; empty disables it. Unset
    /// means the default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dnd_shortcut: Option<String>,
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
            account: None,
        }
    }
}

fn default_poll() -> u64 {
    DEFAULT_POLL_SECS
}

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
        let config: Config = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1);
            (line, e.message().trim().replace('\n', " "))
        })?;
        if !(1..=86_400).contains(&config.poll_interval_secs) {
            return Err((None, text!("config-poll-interval-range")));
        }
        Ok(config)
    }

    /// Writes the config atomically.
    pub fn save(&self) -> Result<(), ConfigError> {
        self.save_to(&Config::path()?)
    }

    pub fn save_to(&self, path: &Path) -> Result<(), ConfigError> {
        let text = toml::to_string(self).expect("the config always serializes");
        let header = text!("config-file-header");
        files::write_atomic(path, &format!("# {header}\n{text}"))?;
        Ok(())
    }
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
}
