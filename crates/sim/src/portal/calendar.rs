//! `calendar.event.get.nearest`: the simulated user's calendar events, as a test sets them, answered in the documented shape.
//!
//! The shape is the one of `api-reference/calendar/calendar-event/calendar-event-get-nearest.md`: ids and
//! flags as strings, `DATE_FROM_TS_UTC` / `DATE_TO_TS_UTC` as strings of Unix seconds, `DATE_FROM` /
//! `DATE_TO` in the portal's `12/11/2024 05:59:00 pm` format (here in UTC: `TZ_FROM` is `UTC`).
//!
//! What the simulator does not do: expand a recurrence rule. A test lists each occurrence itself, as the
//! real portal sends them (one entry per occurrence, the same `ID`, the series' `RRULE`). Nor does it leave
//! out deleted or declined events, which the real portal is believed to skip: it answers every event the
//! test set that overlaps the window, so that the client's own checks are exercised.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::{civil, iso8601, param};

/// One calendar event of the simulated user's. In the control API's JSON every field but `id`, `name`,
/// `from` and `to` may be left out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SimEvent {
    /// `ID` (and `PARENT_ID`).
    pub id: String,
    /// `NAME`.
    pub name: String,
    /// The start, Unix seconds (`DATE_FROM_TS_UTC`).
    pub from: i64,
    /// The end, Unix seconds (`DATE_TO_TS_UTC`). For an all-day event, the start of its last day, as the
    /// portal gives it (a one-day event has `to == from`); it then runs until that day's end.
    pub to: i64,
    /// `DT_SKIP_TIME = "Y"`.
    #[serde(default)]
    pub all_day: bool,
    /// `ACCESSIBILITY`: `busy` (the default), `absent`, `quest`, `free`.
    #[serde(default = "busy")]
    pub accessibility: String,
    /// `IS_MEETING`: an event with attendees (the default).
    #[serde(default = "yes")]
    pub is_meeting: bool,
    /// `MEETING_STATUS`: `H` host, `Y` accepted (the default), `Q` invited, `N` declined.
    #[serde(default = "accepted")]
    pub meeting_status: String,
    /// `DELETED = "Y"`.
    #[serde(default)]
    pub deleted: bool,
    /// `PRIVATE_EVENT = "Y"`.
    #[serde(default)]
    pub private: bool,
    /// `RECURRENCE_ID`: for an occurrence edited on its own, the id of the series it came from.
    #[serde(default)]
    pub recurrence_id: Option<String>,
    /// `RRULE`, sent as given (e.g. `{"FREQ": "DAILY", "INTERVAL": 1}`); `""` when `None`, as for a
    /// single event.
    #[serde(default)]
    pub rrule: Option<Value>,
    /// Members that replace (or add to) the generated ones, for shapes a test wants to try, e.g.
    /// `{"DATE_FROM_TS_UTC": 1760000000}` to send a number instead of a string.
    #[serde(default)]
    pub fields: Map<String, Value>,
}

fn busy() -> String {
    "busy".into()
}

fn accepted() -> String {
    "Y".into()
}

fn yes() -> bool {
    true
}

impl SimEvent {
    /// A busy, accepted, timed meeting from `from` to `to` (Unix seconds).
    pub fn new(id: &str, name: &str, from: i64, to: i64) -> SimEvent {
        SimEvent {
            id: id.into(),
            name: name.into(),
            from,
            to,
            all_day: false,
            accessibility: busy(),
            is_meeting: true,
            meeting_status: accepted(),
            deleted: false,
            private: false,
            recurrence_id: None,
            rrule: None,
            fields: Map::new(),
        }
    }

    /// Where it ends for the window: an all-day event runs to the end of its last day.
    fn end(&self) -> i64 {
        if self.all_day {
            self.to.saturating_add(86_400)
        } else {
            self.to
        }
    }

    /// The event as the portal lists it, for the calendar of `owner`.
    fn wire(&self, owner: u64) -> Value {
        let flag = |on: bool| if on { "Y" } else { "N" };
        let date = |unix: i64| portal_date(unix, self.all_day);
        let mut event = json!({
            "ID": self.id,
            "PARENT_ID": self.id,
            "DELETED": flag(self.deleted),
            "CAL_TYPE": "user",
            "OWNER_ID": owner.to_string(),
            "NAME": self.name,
            "DATE_FROM": date(self.from),
            "DATE_TO": date(self.to),
            "ORIGINAL_DATE_FROM": null,
            "TZ_FROM": "UTC",
            "TZ_TO": "UTC",
            "TZ_OFFSET_FROM": "0",
            "TZ_OFFSET_TO": "0",
            "DATE_FROM_TS_UTC": self.from.to_string(),
            "DATE_TO_TS_UTC": self.to.to_string(),
            "DT_SKIP_TIME": flag(self.all_day),
            "DT_LENGTH": self.end().saturating_sub(self.from),
        });
        // Two halves: one `json!` of all of it passes the macro's recursion limit.
        let rest = json!({
            "EVENT_TYPE": null,
            "CREATED_BY": owner.to_string(),
            "DATE_CREATE": portal_date(self.from.saturating_sub(86_400), false),
            "TIMESTAMP_X": portal_date(self.from.saturating_sub(86_400), false),
            "DESCRIPTION": "",
            "PRIVATE_EVENT": if self.private { "Y" } else { "" },
            "ACCESSIBILITY": self.accessibility,
            "IMPORTANCE": "normal",
            "IS_MEETING": self.is_meeting,
            "MEETING_STATUS": self.meeting_status,
            "MEETING_HOST": owner.to_string(),
            "LOCATION": "",
            "REMIND": [],
            "COLOR": "#9dcf00",
            "RRULE": self.rrule.clone().unwrap_or_else(|| json!("")),
            "EXDATE": "",
            "DAV_XML_ID": format!("{}@b24-sim", self.id),
            "VERSION": "1",
            "ATTENDEES_CODES": [format!("U{owner}")],
            "RECURRENCE_ID": self.recurrence_id,
            "SECTION_ID": "1",
            "DATE_FROM_FORMATTED": iso8601(self.from as f64),
            "DATE_TO_FORMATTED": iso8601(self.to as f64),
            "SECT_ID": "1",
            "ATTENDEE_LIST": [{"id": owner, "entryId": self.id, "status": self.meeting_status}],
            "~USER_OFFSET_FROM": 0,
            "~USER_OFFSET_TO": 0,
        });
        let members = event.as_object_mut().expect("an object");
        if let Value::Object(rest) = rest {
            members.extend(rest);
        }
        members.extend(self.fields.clone());
        event
    }
}

/// The portal's date format (English locale): `12/11/2024 05:59:00 pm`, or `12/11/2024` for an all-day
/// event.
pub fn portal_date(unix: i64, date_only: bool) -> String {
    let (year, month, day, hour, minute, second) = civil(unix);
    if date_only {
        return format!("{month:02}/{day:02}/{year:04}");
    }
    let (hour12, half) = match hour {
        0 => (12, "am"),
        1..=11 => (hour, "am"),
        12 => (12, "pm"),
        _ => (hour - 12, "pm"),
    };
    format!("{month:02}/{day:02}/{year:04} {hour12:02}:{minute:02}:{second:02} {half}")
}

/// A parameter as an integer, whether JSON sent a number or a form sent a string.
fn int_param(params: &Map<String, Value>, name: &str) -> Option<i64> {
    match param(params, name)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A parameter as a flag: `true`, `"true"`, `"Y"`, `"1"` (and their opposites); `None` otherwise.
fn flag_param(params: &Map<String, Value>, name: &str) -> Option<bool> {
    match param(params, name)? {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => Some(n.as_i64() != Some(0)),
        Value::String(s) => match s.to_ascii_lowercase().as_str() {
            "true" | "y" | "1" => Some(true),
            "false" | "n" | "0" | "" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

/// The answer to `calendar.event.get.nearest` at Unix time `now`: the events of the user's calendar that
/// overlap `[now, now + days]`, by start, at most `maxEventsCount` of them (`days` defaults to 60). The
/// user's calendar is read when `forCurrentUser` is true (the default), when `type` is missing, or when
/// `type` is `user` (whatever `ownerId` says, as the docs put it); another calendar (`group`,
/// `company_calendar`) has no events here.
pub fn nearest(events: &[SimEvent], owner: u64, params: &Map<String, Value>, now: i64) -> Value {
    let for_current_user = flag_param(params, "forCurrentUser").unwrap_or(true);
    let kind = param(params, "type").and_then(Value::as_str);
    let users = for_current_user || kind.is_none_or(|k| k.eq_ignore_ascii_case("user"));
    if !users {
        return json!([]);
    }
    let days = int_param(params, "days").unwrap_or(60).max(0);
    let until = now.saturating_add(days.saturating_mul(86_400));
    let mut found: Vec<&SimEvent> = events
        .iter()
        .filter(|e| e.end() > now && e.from < until)
        .collect();
    found.sort_by(|a, b| a.from.cmp(&b.from).then_with(|| a.id.cmp(&b.id)));
    if let Some(max) = int_param(params, "maxEventsCount").filter(|m| *m > 0) {
        found.truncate(usize::try_from(max).unwrap_or(usize::MAX));
    }
    Value::Array(found.into_iter().map(|e| e.wire(owner)).collect())
}
