//! What became of a piece of work, read off the engine once: confirmed, failed for good, or still being
//! retried — and the exit code each means. The CLI prints it; the tray answers a CLI request with it.

use std::time::Instant;

use crate::automatic::Reason;
use crate::engine::{Activity, Engine, Timer, WallTime};
use crate::error::{AppError, exit};
use crate::ipc::{Failure, Reply};
use crate::portal_error::PortalError;
use crate::status::Status;

/// What a command shows of the confirmed status: the status (`None`: the portal stores none), the revert
/// of a timed status if one is armed, and when the portal confirmed it (on the wall clock).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Confirmation {
    pub status: Option<Status>,
    pub timer: Option<Timer>,
    pub at: Option<WallTime>,
    /// Why, when an automatic rule set the status (the tray's rules; a command has none).
    pub reason: Option<Reason>,
}

impl Confirmation {
    /// The engine's confirmed status and armed timer, now.
    pub fn of(engine: &Engine) -> Confirmation {
        let confirmed = engine.confirmed();
        Confirmation {
            status: confirmed.and_then(|c| c.status),
            timer: engine.timer(),
            at: confirmed.map(|c| wall_of(c.at)),
            reason: None,
        }
    }

    /// The confirmation of a loop that runs automatic rules: with the reason of the status in force.
    pub fn of_live(live: &crate::session::live::Live) -> Confirmation {
        Confirmation {
            reason: live.reason().cloned(),
            ..Confirmation::of(&live.engine)
        }
    }
}

/// The wall-clock moment of `at` (a monotonic moment in the past).
fn wall_of(at: Instant) -> WallTime {
    let ago = Instant::now().saturating_duration_since(at);
    let now = crate::session::live::wall_now();
    WallTime::from_unix_millis(now.unix_millis() - i64::try_from(ago.as_millis()).unwrap_or(0))
}

/// See the module docs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// The portal confirmed this status.
    Confirmed(Confirmation),
    /// Given up (or halted on the credentials): retrying will not help now.
    Failed(PortalError),
    /// Not confirmed yet; the long-running engine keeps trying. The last failure, if there was one.
    StillTrying(Option<PortalError>),
}

impl Answer {
    /// The answer for a caller that waited until `settled` (nothing left to do or in flight), or until
    /// its time ran out (`settled` false).
    pub fn from_engine(engine: &Engine, settled: bool) -> Answer {
        match engine.activity() {
            Activity::Halted(e) | Activity::Failed { error: e, .. } => Answer::Failed(e),
            Activity::Setting {
                retrying: Some(e), ..
            }
            | Activity::Reading { retrying: Some(e) } => Answer::StillTrying(Some(e)),
            _ if settled => Answer::Confirmed(Confirmation::of(engine)),
            _ => Answer::StillTrying(None),
        }
    }

    /// [`Answer::from_engine`] for a loop that runs automatic rules: a confirmation carries the reason.
    pub fn from_live(live: &crate::session::live::Live, settled: bool) -> Answer {
        match Answer::from_engine(&live.engine, settled) {
            Answer::Confirmed(_) => Answer::Confirmed(Confirmation::of_live(live)),
            other => other,
        }
    }

    /// The exit code of a command that ends with this answer.
    pub fn exit_code(&self) -> u8 {
        match self {
            Answer::Confirmed(_) => exit::OK,
            Answer::Failed(e) => AppError::Portal(e.clone()).exit_code(),
            Answer::StillTrying(_) => exit::UNAVAILABLE,
        }
    }

    /// The tray's reply to a CLI request that ends with this answer: data, rendered by the CLI.
    pub fn reply(&self) -> Reply {
        let failure = match self {
            Answer::Confirmed(c) => {
                return Reply::Confirmed {
                    status: c.status,
                    timer: c.timer,
                    confirmed_at: c.at,
                    reason: c.reason.clone(),
                };
            }
            Answer::Failed(error) => Failure::Portal {
                error: error.clone(),
            },
            Answer::StillTrying(last) => Failure::StillTrying { last: last.clone() },
        };
        Reply::Failed {
            failure,
            exit: self.exit_code(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use super::*;
    use crate::engine::{Intent, Next, Outcome};
    use crate::tuning;

    #[test]
    fn each_activity_has_one_answer_and_exit_code() {
        let now = Instant::now();
        let mut engine = Engine::new(tuning::BACKGROUND_RETRY, 1);
        engine.intent(Intent::Set(Status::Dnd));
        assert_eq!(
            Answer::from_engine(&engine, false),
            Answer::StillTrying(None)
        );
        assert_eq!(Answer::StillTrying(None).exit_code(), exit::UNAVAILABLE);

        assert!(matches!(engine.next(now), Next::Send(_)));
        let dropped = PortalError::Dropped { host: "h".into() };
        engine.outcome(Outcome::Failed(dropped.clone()), now);
        let answer = Answer::from_engine(&engine, false);
        assert_eq!(answer, Answer::StillTrying(Some(dropped)));

        let mut engine = Engine::new(tuning::BACKGROUND_RETRY, 1);
        engine.intent(Intent::Set(Status::Dnd));
        assert!(matches!(engine.next(now), Next::Send(_)));
        engine.outcome(Outcome::SetConfirmed, now);
        let answer = Answer::from_engine(&engine, engine.is_settled());
        let Answer::Confirmed(confirmation) = answer.clone() else {
            panic!("{answer:?}");
        };
        assert_eq!(
            (confirmation.status, confirmation.timer),
            (Some(Status::Dnd), None)
        );
        let at = confirmation
            .at
            .expect("when it was confirmed")
            .unix_millis();
        assert!((crate::session::live::wall_now().unix_millis() - at).abs() < 60_000);
        assert_eq!(answer.exit_code(), exit::OK);

        let rejected = PortalError::Rejected {
            code: "INVALID_CREDENTIALS".into(),
        };
        assert_eq!(Answer::Failed(rejected).exit_code(), exit::REJECTED);
    }

    #[test]
    fn the_reply_carries_the_answer_and_its_exit_code() {
        let confirmation = Confirmation {
            status: Some(Status::Away),
            timer: None,
            at: Some(WallTime::from_unix_millis(9)),
            reason: Some(Reason::Locked),
        };
        assert_eq!(
            Answer::Confirmed(confirmation).reply(),
            Reply::Confirmed {
                status: Some(Status::Away),
                timer: None,
                confirmed_at: Some(WallTime::from_unix_millis(9)),
                reason: Some(Reason::Locked),
            }
        );
        assert_eq!(
            Answer::Failed(PortalError::MissingScope).reply(),
            Reply::Failed {
                failure: Failure::Portal {
                    error: PortalError::MissingScope
                },
                exit: exit::REJECTED,
            }
        );
        assert_eq!(
            Answer::StillTrying(None).reply(),
            Reply::Failed {
                failure: Failure::StillTrying { last: None },
                exit: exit::UNAVAILABLE,
            }
        );
    }
}
