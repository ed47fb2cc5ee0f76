//! `timeman.status`: the simulated user's work day, as a test sets it, answered in the documented shape.
//!
//! The shape is the one of `api-reference/timeman/base/timeman-status.md`: `STATUS` (`OPENED`, `PAUSED`,
//! `CLOSED`, `EXPIRED`), `TIME_START` / `TIME_FINISH` as ISO-8601 (`null` when there is none),
//! `DURATION` and `TIME_LEAKS` as `HH:MM:SS`, and `TIME_FINISH_DEFAULT` for an expired day only.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::iso8601;

/// The simulated user's work day. Any `status` string is kept and answered, so a test can try a value
/// the real API never returns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SimWorkDay {
    /// `STATUS`.
    pub status: String,
    /// When the day was opened, Unix seconds (`TIME_START`); `None` for a user who never opened one.
    #[serde(default)]
    pub time_start: Option<i64>,
    /// When it was closed, Unix seconds (`TIME_FINISH`).
    #[serde(default)]
    pub time_finish: Option<i64>,
    /// The breaks' total, seconds (`TIME_LEAKS`).
    #[serde(default)]
    pub time_leaks: u64,
}

impl Default for SimWorkDay {
    /// `CLOSED`, never opened: what the portal is understood to report for a user who does not use time
    /// tracking, the most common case, and the one in which following the work day must change nothing
    /// unexpected. Tests that want a running day say so.
    fn default() -> SimWorkDay {
        SimWorkDay {
            status: "CLOSED".into(),
            time_start: None,
            time_finish: None,
            time_leaks: 0,
        }
    }
}

impl SimWorkDay {
    /// The day in `status` as it would look at Unix time `now` after the user's clicks: `OPENED` or
    /// `PAUSED` opened now, `CLOSED` after an 8-hour day ending now, `EXPIRED` opened 24 hours ago and
    /// never closed; any other word without times.
    pub fn at(status: &str, now: i64) -> SimWorkDay {
        let (time_start, time_finish) = match status {
            "OPENED" | "PAUSED" => (Some(now), None),
            "CLOSED" => (Some(now - 8 * 3600), Some(now)),
            "EXPIRED" => (Some(now - 24 * 3600), None),
            _ => (None, None),
        };
        SimWorkDay {
            status: status.into(),
            time_start,
            time_finish,
            time_leaks: 0,
        }
    }

    /// The `result` of `timeman.status`.
    pub fn wire(&self) -> Value {
        let iso = |unix: Option<i64>| unix.map_or(Value::Null, |t| json!(iso8601(t as f64)));
        let duration = match (self.time_start, self.time_finish) {
            (Some(start), Some(finish)) => {
                let worked = u64::try_from(finish.saturating_sub(start)).unwrap_or(0);
                worked.saturating_sub(self.time_leaks)
            }
            _ => 0,
        };
        let mut result = json!({
            "STATUS": self.status,
            "TIME_START": iso(self.time_start),
            "TIME_FINISH": iso(self.time_finish),
            "DURATION": hms(duration),
            "TIME_LEAKS": hms(self.time_leaks),
            "ACTIVE": self.time_start.is_some(),
            "IP_OPEN": "",
            "IP_CLOSE": "",
            "LAT_OPEN": 0,
            "LON_OPEN": 0,
            "LAT_CLOSE": 0,
            "LON_CLOSE": 0,
            "TZ_OFFSET": 0,
        });
        if self.status == "EXPIRED" {
            // The suggested end of the forgotten day: nine hours after it began.
            result["TIME_FINISH_DEFAULT"] = iso(self.time_start.map(|t| t + 9 * 3600));
        }
        result
    }
}

/// Seconds as `HH:MM:SS` (hours may pass 24).
pub fn hms(seconds: u64) -> String {
    format!(
        "{:02}:{:02}:{:02}",
        seconds / 3600,
        seconds % 3600 / 60,
        seconds % 60
    )
}
