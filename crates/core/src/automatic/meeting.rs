//! Calendar events as the portal lists them, and which of them is a meeting in progress now.

use serde::{Deserialize, Serialize};

use crate::wall::WallTime;

/// One calendar event of the user's, as `calendar.event.get.nearest` lists it (the portal adapter turns
/// its JSON into this; recurring events come one occurrence at a time).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The event's `ID` (with its `RECURRENCE_ID` for an occurrence of a recurring event): a different
    /// id is a different meeting, even back to back.
    pub id: String,
    /// Its `NAME`, made safe to show.
    pub name: String,
    pub from: WallTime,
    pub to: WallTime,
    /// `DT_SKIP_TIME = "Y"`: a whole day, which never turns Do Not Disturb on.
    pub all_day: bool,
    /// `ACCESSIBILITY = "busy"`: only busy time counts.
    pub busy: bool,
    /// `MEETING_STATUS = "N"`: the user declined it.
    pub declined: bool,
    /// `DELETED = "Y"`.
    pub deleted: bool,
}

impl Event {
    /// Whether it keeps the user in a meeting while it runs: busy, timed, not declined, not deleted.
    pub fn counts(&self) -> bool {
        self.busy && !self.all_day && !self.declined && !self.deleted && self.from < self.to
    }
}

/// A meeting in progress: the reason shown for Do Not Disturb.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: String,
    pub name: String,
    pub until: WallTime,
}

/// The meeting running at `now`: of the events that count and run then, the one that ends last (ties: the
/// smaller id), so that Do Not Disturb holds until the last of overlapping meetings ends.
pub fn current(events: &[Event], now: WallTime) -> Option<Meeting> {
    events
        .iter()
        .filter(|e| e.counts() && e.from <= now && now < e.to)
        .max_by(|a, b| a.to.cmp(&b.to).then_with(|| b.id.cmp(&a.id)))
        .map(|e| Meeting {
            id: e.id.clone(),
            name: e.name.clone(),
            until: e.to,
        })
}

/// The next moment after `now` at which [`current`] may change: the earliest start or end of an event
/// that counts.
pub fn next_change(events: &[Event], now: WallTime) -> Option<WallTime> {
    events
        .iter()
        .filter(|e| e.counts())
        .flat_map(|e| [e.from, e.to])
        .filter(|t| *t > now)
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minute: i64) -> WallTime {
        WallTime::from_unix_millis(1_796_198_400_000 + minute * 60_000)
    }

    fn event(id: &str, from: i64, to: i64) -> Event {
        Event {
            id: id.into(),
            name: format!("meeting {id}"),
            from: at(from),
            to: at(to),
            all_day: false,
            busy: true,
            declined: false,
            deleted: false,
        }
    }

    #[test]
    fn only_busy_timed_attended_live_events_count() {
        let mut events = vec![event("1", 0, 30)];
        assert_eq!(current(&events, at(10)).map(|m| m.id), Some("1".into()));
        assert_eq!(current(&events, at(30)), None, "the end is exclusive");
        assert_eq!(current(&events, at(-1)), None);
        for change in [
            |e: &mut Event| e.busy = false,
            |e: &mut Event| e.all_day = true,
            |e: &mut Event| e.declined = true,
            |e: &mut Event| e.deleted = true,
        ] {
            let mut e = event("1", 0, 30);
            change(&mut e);
            events[0] = e;
            assert_eq!(current(&events, at(10)), None, "{:?}", events[0]);
            assert_eq!(next_change(&events, at(-10)), None);
        }
    }

    #[test]
    fn overlapping_meetings_hold_until_the_last_ends() {
        let events = vec![event("1", 0, 30), event("2", 15, 60), event("3", 90, 120)];
        let now = current(&events, at(20)).unwrap();
        assert_eq!((now.id.as_str(), now.until), ("2", at(60)));
        assert_eq!(next_change(&events, at(20)), Some(at(30)));
        assert_eq!(next_change(&events, at(60)), Some(at(90)));
        assert_eq!(next_change(&events, at(120)), None);
    }
}
