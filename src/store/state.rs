//! What the app remembers between runs that is not a setting: the status to return to when Do Not Disturb
//! is toggled off, a choice the portal has not confirmed yet (so it survives a restart), and the revert of
//! a timed status. Kept in `$XDG_STATE_HOME/b24-status/state.toml`, written atomically; never a secret.

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::engine::{Timer, WallTime};
use crate::status::Status;
use crate::store::files::{self, FileError};

pub use crate::tuning::PENDING_MAX_AGE;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    /// The status before the last switch to Do Not Disturb.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before_dnd: Option<Status>,
    /// The user's latest choice while the portal has not confirmed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<PendingChoice>,
    /// The revert of the timed status the portal confirmed last (its moments in milliseconds since the
    /// Unix epoch), until it fires or a newer choice cancels it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timer: Option<Timer>,
    /// The automatic override in force and the status to return to (`automatic::Held`), so that the
    /// next run returns there once the condition is over.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub automatic: Option<crate::automatic::Held>,
}

/// A choice waiting for the portal, with when it was made (seconds since the Unix epoch).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PendingChoice {
    pub status: Status,
    pub chosen_at: u64,
    /// A timed choice's end: when its revert fires and the moment shown (milliseconds since the Unix
    /// epoch), so that a restart applies it timed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends: Option<PendingEnd>,
}

/// When a timed choice still waiting for the portal ends (see `engine::Timer`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PendingEnd {
    pub at: WallTime,
    pub until: WallTime,
}

impl PendingChoice {
    pub fn now(status: Status, ends: Option<PendingEnd>) -> PendingChoice {
        PendingChoice {
            status,
            chosen_at: unix_now(),
            ends,
        }
    }

    /// How long ago it was chosen (zero if the clock went backwards).
    pub fn age(&self) -> Duration {
        Duration::from_secs(unix_now().saturating_sub(self.chosen_at))
    }
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Why the remembered state was not read (the defaults are used instead). The sentence is the catalogue's.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StateProblem {
    #[error(transparent)]
    File(FileError),
    /// The file is not valid TOML (or has unknown keys): the parser's one-line reason.
    #[error("{}", text!("state-broken", path = files::shown(.path), message = .message))]
    Broken { path: PathBuf, message: String },
}

impl State {
    pub fn path() -> Result<PathBuf, FileError> {
        Ok(files::state_dir()?.join("state.toml"))
    }

    /// Loads the remembered state. A missing file is the default. An unreadable or broken one also gives
    /// the default, with the problem naming the file: nothing in it is worth refusing to work for.
    pub fn load() -> (State, Option<StateProblem>) {
        let path = match State::path() {
            Ok(path) => path,
            Err(e) => return (State::default(), Some(StateProblem::File(e))),
        };
        match files::read_optional(&path) {
            Ok(None) => (State::default(), None),
            Ok(Some(text)) => match toml::from_str(&text) {
                Ok(state) => (state, None),
                Err(e) => {
                    let problem = StateProblem::Broken {
                        path,
                        message: e.message().trim().replace('\n', " "),
                    };
                    (State::default(), Some(problem))
                }
            },
            Err(e) => (State::default(), Some(StateProblem::File(e))),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_unknown_keys() {
        let state = State {
            before_dnd: Some(Status::Away),
            pending: Some(PendingChoice {
                status: Status::Dnd,
                chosen_at: 1_760_000_000,
                ends: Some(PendingEnd {
                    at: WallTime::from_unix_millis(1_760_003_600_000),
                    until: WallTime::from_unix_millis(1_760_003_600_000),
                }),
            }),
            timer: Some(Timer {
                at: crate::engine::WallTime::from_unix_millis(1_760_003_600_123),
                until: crate::engine::WallTime::from_unix_millis(1_760_003_600_000),
                intent: crate::engine::Intent::Set(Status::Away),
                guard: Some(Status::Dnd),
            }),
            automatic: Some(crate::automatic::Held {
                reason: crate::automatic::Reason::Meeting(crate::automatic::Meeting {
                    id: "41".into(),
                    name: "Weekly sync".into(),
                    until: WallTime::from_unix_millis(1_760_003_600_000),
                }),
                status: Status::Dnd,
                base: Status::Online,
                revert: None,
            }),
        };
        let text = toml::to_string(&state).unwrap();
        assert_eq!(toml::from_str::<State>(&text).unwrap(), state);
        assert!(toml::from_str::<State>("pending = { status = \"dnd\" }").is_err());
        assert!(toml::from_str::<State>("befor_dnd = \"away\"").is_err());
    }

    #[test]
    fn age_counts_from_the_choice() {
        let fresh = PendingChoice::now(Status::Dnd, None);
        assert!(fresh.age() < Duration::from_secs(5));
        let old = PendingChoice {
            status: Status::Dnd,
            chosen_at: unix_now() - 13 * 3600,
            ends: None,
        };
        assert!(old.age() > PENDING_MAX_AGE);
    }
}
