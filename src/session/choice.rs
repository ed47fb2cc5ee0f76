//! A user's choice as the CLI and the tray take it — a status, the DND toggle, either until a moment, or dropping a timed status's revert — and what taking one means for the engine.

use crate::engine::{Engine, Intent, WallTime};
use crate::ipc::Request;
use crate::status::Status;
use crate::store::config::Account;
use crate::timed;

/// See the module docs. `until` is the moment the user chose; the revert goes then, or up to a minute
/// later for a moment on a whole minute ([`fire_at`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Set {
        status: Status,
        until: Option<WallTime>,
    },
    ToggleDnd {
        until: Option<WallTime>,
    },
    /// Keep the status, drop the revert.
    CancelTimer,
}

impl Choice {
    /// The choice a CLI request carries; `None` for one that only reads or asks (the CLI's direct path
    /// and the tray take the same choice).
    pub fn of(request: Request) -> Option<Choice> {
        match request {
            Request::Set { status, until } => Some(Choice::Set { status, until }),
            Request::ToggleDnd { until } => Some(Choice::ToggleDnd { until }),
            Request::CancelTimer => Some(Choice::CancelTimer),
            Request::Get | Request::Ping | Request::Shortcut => None,
        }
    }

    /// Hands it to the engine; false when the engine refuses it (halted on the credentials). `machine`
    /// ([`machine_number`]) spreads the revert of a whole-minute moment.
    pub fn apply(self, engine: &mut Engine, machine: u64) -> bool {
        match self {
            Choice::Set {
                status,
                until: None,
            } => engine.intent(Intent::Set(status)),
            Choice::Set {
                status,
                until: Some(until),
            } => engine.set_until(status, fire_at(until, machine), until),
            Choice::ToggleDnd { until: None } => engine.intent(Intent::ToggleDnd),
            Choice::ToggleDnd { until: Some(until) } => {
                engine.toggle_dnd_until(fire_at(until, machine), until)
            }
            Choice::CancelTimer => {
                engine.cancel_timer();
                true
            }
        }
    }

    /// Whether taking it may call the portal (dropping a revert does not).
    pub fn calls_portal(self) -> bool {
        !matches!(self, Choice::CancelTimer)
    }
}

/// When the revert of a timed status chosen until `until` is sent from this machine.
pub fn fire_at(until: WallTime, machine: u64) -> WallTime {
    until.saturating_add(timed::spread_for(until, machine))
}

/// This machine's number for [`fire_at`]'s spread: the FNV-1a hash of the account's keyring name, the
/// same in every run and every version (an office's accounts differ, so their shares of the minute do).
pub fn machine_number(account: &Account) -> u64 {
    account
        .keyring_account()
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tuning;

    #[test]
    fn a_whole_minute_is_spread_and_the_shown_moment_kept() {
        let nine = WallTime::from_unix_millis(1_796_198_400_000);
        let mut engine = Engine::new(tuning::BACKGROUND_RETRY, 1);
        let choice = Choice::Set {
            status: Status::Dnd,
            until: Some(nine),
        };
        assert!(choice.apply(&mut engine, 7));
        let plan = engine.plan().expect("a timed status on its way");
        assert_eq!(plan.until, nine);
        assert_eq!(plan.at, fire_at(nine, 7));
        assert!(plan.at >= nine && plan.at < nine.saturating_add(tuning::ROUND_MOMENT_SPREAD));
        assert!(choice.calls_portal());
        assert!(!Choice::CancelTimer.calls_portal());
    }

    #[test]
    fn the_machine_number_is_fixed_by_the_account() {
        let account = |user_id| Account {
            portal: crate::portal::webhook::Portal::parse("https://anna.bitrix24.com").unwrap(),
            user_id,
            name: "Anna".into(),
        };
        assert_ne!(machine_number(&account(7)), machine_number(&account(8)));
        // FNV-1a of "7@anna.bitrix24.com", computed independently: a change of the hash would move every
        // office's share of the minute.
        assert_eq!(machine_number(&account(7)), 0x0e46_581f_3cb6_3279);
    }
}
