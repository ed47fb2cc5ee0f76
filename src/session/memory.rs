//! What a session remembers across runs (state.toml) and the rules for it, the same for the CLI and the
//! tray: the status before Do Not Disturb seeds the toggle; the engine's unconfirmed choice is kept so a
//! restart applies it (unless it is older than `PENDING_MAX_AGE`); a choice left by another run stays
//! until this run confirms a change of its own or takes the choice over; the revert of a timed status
//! goes back into the engine unfired and is kept as the engine holds it (fired, cancelled, replaced); a
//! file that could not be read is not overwritten until the user changes something.

use crate::engine::{Engine, WallTime};
use crate::status::Status;
use crate::store::state::{PENDING_MAX_AGE, PendingChoice, PendingEnd, State};

/// See the module docs.
#[derive(Debug, Default)]
pub struct Memory {
    /// What is on disk, as last written (or read).
    state: State,
    /// False after a broken file was read, until the user acts.
    writable: bool,
    /// A pending choice of another run (or of the last one) that this session's engine has not taken.
    inherited: Option<PendingChoice>,
    /// The automatic override to keep (as read, until [`Memory::hold`] says otherwise).
    held: Option<crate::automatic::Held>,
}

/// What became of the choice the last run left pending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Restored {
    Nothing,
    /// Send it: the user's choice still stands (timed, when it `ends`).
    Apply {
        status: Status,
        ends: Option<PendingEnd>,
    },
    /// A timed choice whose end passed while it waited: it is over, nothing is sent.
    Ended(Status),
    /// Too old to apply; the user has moved on.
    Dropped {
        status: Status,
        hours: u64,
    },
}

impl Memory {
    /// Reads state.toml; a broken file gives the defaults and a one-line problem to show (rendered from
    /// the catalogue).
    pub fn load() -> (Memory, Option<String>) {
        let (state, problem) = State::load();
        let memory = Memory {
            inherited: state.pending,
            held: state.automatic.clone(),
            writable: problem.is_none(),
            state,
        };
        (memory, problem.map(|p| p.to_string()))
    }

    /// A memory of nothing that writes nothing (the demo).
    pub fn none() -> Memory {
        Memory::default()
    }

    /// Gives the engine what it needs from the last run: the status a DND toggle returns to, and the
    /// revert of a timed status (unfired: the tray fires it, a command only keeps it).
    pub fn seed(&self, engine: &mut Engine) {
        engine.remember_before_dnd(self.state.before_dnd);
        engine.restore_timer(self.state.timer);
    }

    /// The automatic override the last run left in force (see `automatic::Held`).
    pub fn held(&self) -> Option<crate::automatic::Held> {
        self.state.automatic.clone()
    }

    /// What the next write keeps of the automatic override: the tray's, or none after a command's own
    /// choice (a manual choice ends it).
    pub fn hold(&mut self, held: Option<crate::automatic::Held>) {
        self.held = held;
    }

    /// The revert kept on disk.
    pub fn timer(&self) -> Option<crate::engine::Timer> {
        self.state.timer
    }

    /// The choice the last run left pending: to apply, or dropped as too old (then forgotten at the next
    /// write). One to apply stays on disk until [`Memory::take_pending`].
    pub fn restore(&mut self, wall_now: WallTime) -> Restored {
        match self.inherited {
            None => Restored::Nothing,
            Some(choice) if choice.ends.is_some_and(|e| e.at <= wall_now) => {
                self.inherited = None;
                Restored::Ended(choice.status)
            }
            Some(choice) if choice.age() <= PENDING_MAX_AGE => Restored::Apply {
                status: choice.status,
                ends: choice.ends,
            },
            Some(choice) => {
                self.inherited = None;
                Restored::Dropped {
                    status: choice.status,
                    hours: choice.age().as_secs() / 3600,
                }
            }
        }
    }

    /// The engine now holds the restored choice: from here on its own pending choice is what is kept.
    pub fn take_pending(&mut self) {
        self.inherited = None;
    }

    /// The user changed something: the file may be written again.
    pub fn user_acted(&mut self) {
        self.writable = true;
    }

    /// After the engine moved: the state to write, if it changed and may be written. `confirmed_change`
    /// says this session confirmed a change of its own, which supersedes a choice another run left.
    pub fn update(&mut self, engine: &Engine, confirmed_change: bool) -> Option<State> {
        if confirmed_change {
            self.inherited = None;
        }
        if !self.writable {
            return None;
        }
        let ends = |status: Status| {
            engine
                .plan()
                .filter(|p| p.status == status)
                .map(|p| PendingEnd {
                    at: p.at,
                    until: p.until,
                })
        };
        let pending = match (engine.pending(), self.state.pending) {
            (None, _) => self.inherited,
            (Some(status), Some(kept)) if kept.status == status => Some(PendingChoice {
                ends: ends(status),
                ..kept
            }),
            (Some(status), _) => Some(PendingChoice::now(status, ends(status))),
        };
        let state = State {
            before_dnd: engine.before_dnd(),
            pending,
            timer: engine.timer(),
            automatic: self.held.clone(),
        };
        if state == self.state {
            return None;
        }
        self.state = state.clone();
        Some(state)
    }

    /// Signed out: nothing is remembered any more (the file is removed by the sign-out itself).
    pub fn forget(&mut self) {
        *self = Memory {
            writable: true,
            ..Memory::default()
        };
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use super::*;
    use crate::engine::{Call, Intent, Next, Outcome};
    use crate::tuning;

    fn memory_with(pending: Option<PendingChoice>) -> Memory {
        Memory {
            state: State {
                before_dnd: Some(Status::Away),
                pending,
                timer: None,
                automatic: None,
            },
            writable: true,
            inherited: pending,
            held: None,
        }
    }

    fn confirm(engine: &mut Engine, intent: Intent) {
        let now = Instant::now();
        engine.intent(intent);
        while let Next::Send(call) = engine.next(now) {
            let outcome = match call {
                Call::Set(_) => Outcome::SetConfirmed,
                Call::Get => Outcome::Read(Some(Status::Online)),
            };
            engine.outcome(outcome, now);
        }
    }

    #[test]
    fn another_runs_choice_stays_until_a_change_is_confirmed() {
        let choice = PendingChoice::now(Status::Dnd, None);
        let mut memory = memory_with(Some(choice));
        let mut engine = Engine::new(tuning::CLI_RETRY, 1);
        memory.seed(&mut engine);
        assert_eq!(engine.before_dnd(), Some(Status::Away));
        // A read (`get`) keeps it: nothing to write.
        confirm(&mut engine, Intent::Refresh);
        assert_eq!(memory.update(&engine, false), None);
        // A confirmed change of this run supersedes it.
        confirm(&mut engine, Intent::Set(Status::Online));
        let written = memory
            .update(&engine, true)
            .expect("the pending choice goes");
        assert_eq!(written.pending, None);
    }

    #[test]
    fn a_restored_choice_is_kept_on_disk_until_the_engine_takes_it() {
        let choice = PendingChoice::now(Status::Dnd, None);
        let mut memory = memory_with(Some(choice));
        assert_eq!(
            memory.restore(WallTime::from_system_time(std::time::SystemTime::now())),
            Restored::Apply {
                status: Status::Dnd,
                ends: None
            }
        );
        let mut engine = Engine::new(tuning::BACKGROUND_RETRY, 1);
        memory.seed(&mut engine);
        // Not yet handed over (say the keyring is locked): nothing changes on disk.
        assert_eq!(memory.update(&engine, false), None);
        memory.take_pending();
        engine.intent(Intent::Set(Status::Dnd));
        // The engine holds the same choice: its time of choosing is kept.
        assert_eq!(memory.update(&engine, false), None);
        confirm(&mut engine, Intent::Set(Status::Dnd));
        assert_eq!(memory.update(&engine, false).unwrap().pending, None);
    }

    #[test]
    fn an_old_choice_is_dropped_and_forgotten() {
        let old = PendingChoice {
            status: Status::Away,
            chosen_at: 1,
            ends: None,
        };
        let mut memory = memory_with(Some(old));
        let mut engine = Engine::new(tuning::BACKGROUND_RETRY, 1);
        memory.seed(&mut engine);
        assert!(matches!(
            memory.restore(WallTime::from_unix_millis(0)),
            Restored::Dropped {
                status: Status::Away,
                hours
            } if hours > 12
        ));
        assert_eq!(memory.update(&engine, false).unwrap().pending, None);
    }

    #[test]
    fn a_broken_file_is_not_overwritten_until_the_user_acts() {
        let mut memory = Memory::default();
        let mut engine = Engine::new(tuning::BACKGROUND_RETRY, 1);
        engine.intent(Intent::Set(Status::Dnd));
        assert_eq!(memory.update(&engine, false), None);
        memory.user_acted();
        let written = memory.update(&engine, false).unwrap();
        assert_eq!(written.pending.map(|p| p.status), Some(Status::Dnd));
    }

    #[test]
    fn a_timed_choice_waiting_for_the_portal_is_kept_with_its_end_and_dropped_once_it_passed() {
        let t = WallTime::from_unix_millis(1_767_225_600_000);
        let hour_later = WallTime::from_unix_millis(t.unix_millis() + 3_600_000);
        let mut engine = Engine::new(tuning::BACKGROUND_RETRY, 1);
        confirm(&mut engine, Intent::Refresh);
        engine.set_until(Status::Dnd, hour_later, hour_later);
        let mut memory = Memory {
            writable: true,
            ..Memory::default()
        };
        let written = memory
            .update(&engine, false)
            .expect("the timed choice is kept");
        let ends = Some(PendingEnd {
            at: hour_later,
            until: hour_later,
        });
        assert_eq!(
            written.pending.map(|p| (p.status, p.ends)),
            Some((Status::Dnd, ends))
        );

        // The next run: before the end it applies the choice, timed; after it, nothing.
        let mut next = memory_with(written.pending);
        assert_eq!(
            next.restore(t),
            Restored::Apply {
                status: Status::Dnd,
                ends
            }
        );
        let mut later = memory_with(written.pending);
        assert_eq!(later.restore(hour_later), Restored::Ended(Status::Dnd));
        let engine = Engine::new(tuning::BACKGROUND_RETRY, 1);
        assert_eq!(later.update(&engine, false).unwrap().pending, None);
    }
}
