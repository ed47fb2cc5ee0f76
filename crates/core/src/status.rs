//! The chat statuses Bitrix24 knows and their wire words (`online`, `dnd`, `away`, `break`); their labels
//! are in the message catalogue.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A chat status as the portal stores it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Online,
    Dnd,
    Away,
    Break,
}

impl Status {
    /// Every status, in menu order.
    pub const ALL: [Status; 4] = [Status::Online, Status::Dnd, Status::Away, Status::Break];

    /// The exact word `im.user.status.set` takes and `im.user.status.get` returns.
    pub fn wire(self) -> &'static str {
        match self {
            Status::Online => "online",
            Status::Dnd => "dnd",
            Status::Away => "away",
            Status::Break => "break",
        }
    }

    /// Parses the portal's word strictly: lowercase and exact, as the API requires.
    pub fn from_wire(word: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.wire() == word)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.wire())
    }
}

/// A status word typed by a user that is not one of the four.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown status word {0:?}")]
pub struct UnknownStatus(pub String);

impl FromStr for Status {
    type Err = UnknownStatus;

    /// Parses what a user types on the command line: the wire words in any letter case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let word = s.trim().to_ascii_lowercase();
        Status::from_wire(&word).ok_or_else(|| UnknownStatus(s.trim().to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_words_round_trip() {
        for s in Status::ALL {
            assert_eq!(Status::from_wire(s.wire()), Some(s));
        }
    }

    #[test]
    fn wire_parsing_is_strict() {
        for word in ["DND", "Online", "offline", "idle", "", " dnd"] {
            assert_eq!(Status::from_wire(word), None, "{word:?}");
        }
    }

    #[test]
    fn user_input_is_case_insensitive_but_closed() {
        assert_eq!("DND".parse::<Status>(), Ok(Status::Dnd));
        assert_eq!(" Away ".parse::<Status>(), Ok(Status::Away));
        let err = "busy".parse::<Status>().unwrap_err();
        assert_eq!(err, UnknownStatus("busy".into()));
    }

    #[test]
    fn serde_uses_wire_words() {
        assert_eq!(serde_json::to_string(&Status::Dnd).unwrap(), "\"dnd\"");
        assert_eq!(
            serde_json::from_str::<Status>("\"break\"").unwrap(),
            Status::Break
        );
    }
}
