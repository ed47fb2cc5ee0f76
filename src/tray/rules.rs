//! The automatic rules that read the portal — meetings (`calendar.event.get.nearest`) and the work day
//! (`timeman.status`) — as the tray runs them: when to read (the calendar at start, after a wake-up and
//! every [`CALENDAR_READ_EVERY`]; the work day with the status poll), the wall-clock moments at which a
//! meeting starts or ends, and what a missing scope means (the rule is disabled with the reason; nothing
//! else changes). The reads go through the account's client, beside the engine's own call.

use std::time::{Duration, Instant};

use tokio::sync::mpsc::UnboundedSender;

use crate::automatic::meeting::{self, Event};
use crate::automatic::{Rule, Signal, WorkDay};
use crate::engine::WallTime;
use crate::portal::client::Client;
use crate::portal_error::PortalError;
use crate::session::live::wall_now;
use crate::tray::service::Command;
use crate::tray::view::Missing;
use crate::tuning::{CALENDAR_DAYS, CALENDAR_READ_EVERY, CALL_TIMEOUT, RULE_READ_RETRY};

/// What a read brought back, sent to the worker as a [`Command::Read`].
#[derive(Debug)]
pub enum Reading {
    Calendar(Result<Vec<Event>, PortalError>),
    WorkDay(Result<WorkDay, PortalError>),
}

/// See the module docs.
#[derive(Debug, Default)]
pub struct PortalRules {
    /// The events of the last calendar read.
    events: Vec<Event>,
    next_calendar: Option<Instant>,
    next_work_day: Option<Instant>,
    calendar_reading: bool,
    work_day_reading: bool,
}

impl PortalRules {
    /// Reads both at the next chance (a start, a new account, a wake-up).
    pub fn read_soon(&mut self, now: Instant) {
        self.next_calendar = Some(now);
        self.next_work_day = Some(now);
    }

    /// Another account: nothing read is its.
    pub fn reset(&mut self, now: Instant) {
        *self = PortalRules::default();
        self.read_soon(now);
    }

    /// The next moment something is due for the rules that are on: a read (once there is a client to
    /// read with, and none on its way), or a meeting starting or ending.
    pub fn wake(
        &self,
        on: impl Fn(Rule) -> bool,
        connected: bool,
        now: Instant,
        wall: WallTime,
    ) -> Option<Instant> {
        let meetings = on(Rule::Meetings);
        let boundary = meetings
            .then(|| meeting::next_change(&self.events, wall))
            .flatten()
            .map(|at| now + at.saturating_duration_since(wall));
        let calendar = self
            .next_calendar
            .filter(|_| meetings && connected && !self.calendar_reading);
        let work_day = self
            .next_work_day
            .filter(|_| on(Rule::WorkTime) && connected && !self.work_day_reading);
        [boundary, calendar, work_day].into_iter().flatten().min()
    }

    /// Starts the reads that are due for the rules that are on (`on`: as config.toml says, whether or
    /// not the webhook has the scope), and returns the signals the calendar already read gives now (the
    /// meeting in progress).
    pub fn due(
        &mut self,
        on: impl Fn(Rule) -> bool,
        client: Option<&Client>,
        user_id: u64,
        poll: Duration,
        commands: &UnboundedSender<Command>,
        now: Instant,
    ) -> Vec<Signal> {
        let mut signals = vec![];
        if on(Rule::Meetings) {
            signals.push(Signal::Meeting(meeting::current(&self.events, wall_now())));
        }
        let Some(client) = client else {
            return signals;
        };
        let due = |at: Option<Instant>| at.is_some_and(|t| t <= now);
        if on(Rule::Meetings) && !self.calendar_reading && due(self.next_calendar) {
            self.calendar_reading = true;
            self.next_calendar = Some(now + CALENDAR_READ_EVERY);
            let (mut client, commands) = (client.clone(), commands.clone());
            tokio::spawn(async move {
                let read = client
                    .nearest_events(user_id, CALENDAR_DAYS, CALL_TIMEOUT)
                    .await;
                let _ = commands.send(Command::Read(Reading::Calendar(read)));
            });
        }
        if on(Rule::WorkTime) && !self.work_day_reading && due(self.next_work_day) {
            self.work_day_reading = true;
            self.next_work_day = Some(now + poll);
            let (mut client, commands) = (client.clone(), commands.clone());
            tokio::spawn(async move {
                let read = client.work_day(CALL_TIMEOUT).await;
                let _ = commands.send(Command::Read(Reading::WorkDay(read)));
            });
        }
        signals
    }

    /// A read came back: the signals it gives, or the rule that cannot work (a scope the webhook
    /// lacks; it is read again on its usual schedule, so a scope ticked later on the same webhook is
    /// found). Any other failure is tried again after [`RULE_READ_RETRY`]; what was read before stands.
    pub fn read(&mut self, reading: Reading, now: Instant) -> Result<Vec<Signal>, (Rule, Missing)> {
        match reading {
            Reading::Calendar(result) => {
                self.calendar_reading = false;
                match result {
                    Ok(events) => {
                        tracing::debug!(events = events.len(), "calendar read");
                        self.events = events;
                        Ok(vec![Signal::Meeting(meeting::current(
                            &self.events,
                            wall_now(),
                        ))])
                    }
                    Err(PortalError::MissingScope) => {
                        // Ticked later on the same webhook, it is found at the next read.
                        self.events.clear();
                        Err((Rule::Meetings, Missing::Scope("calendar")))
                    }
                    Err(e) => {
                        tracing::warn!("the calendar could not be read: {e}");
                        self.next_calendar = Some(now + RULE_READ_RETRY);
                        Ok(vec![])
                    }
                }
            }
            Reading::WorkDay(result) => {
                self.work_day_reading = false;
                match result {
                    Ok(day) => Ok(vec![Signal::WorkDay(day)]),
                    Err(PortalError::MissingScope) => {
                        Err((Rule::WorkTime, Missing::Scope("timeman")))
                    }
                    Err(e) => {
                        tracing::warn!("the work day could not be read: {e}");
                        self.next_work_day = Some(now + RULE_READ_RETRY);
                        Ok(vec![])
                    }
                }
            }
        }
    }
}
