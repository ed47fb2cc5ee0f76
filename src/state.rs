//! What the app remembers between runs that is not a setting: today, the status to return to when Do Not
//! Disturb is toggled off. Kept in `$XDG_STATE_HOME/b24-status/state.toml`; never a secret.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::files::{self, FileError};
use crate::status::Status;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    /// The status before the last switch to Do Not Disturb.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before_dnd: Option<Status>,
}

impl State {
    pub fn path() -> Result<PathBuf, FileError> {
        Ok(files::state_dir()?.join("state.toml"))
    }

    /// Loads the remembered state. A missing file is the default; an unreadable one is reported as a
    /// warning and the default is used: nothing in it is worth refusing to work for.
    pub fn load() -> State {
        let loaded = State::path().and_then(|p| Ok((files::read_optional(&p)?, p)));
        match loaded {
            Ok((None, _)) => State::default(),
            Ok((Some(text), path)) => toml::from_str(&text).unwrap_or_else(|e: toml::de::Error| {
                tracing::warn!(
                    "ignoring {}: {} (it will be rewritten)",
                    path.display(),
                    e.message().trim()
                );
                State::default()
            }),
            Err(e) => {
                tracing::warn!("{e}");
                State::default()
            }
        }
    }

    pub fn save(&self) -> Result<(), FileError> {
        let text = toml::to_string(self).expect("the state always serializes");
        files::write_atomic(&State::path()?, &text)
    }

    pub fn remove() -> Result<(), FileError> {
        files::remove(&State::path()?)
    }
}
