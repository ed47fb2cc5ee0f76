//! A moment on the wall clock as plain data (milliseconds since the Unix epoch, UTC): what a deadline that
//! must survive a restart or a reboot is kept in. No clock is read here; the caller says what time it is.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

/// A wall-clock moment: milliseconds since 1970-01-01 00:00 UTC (negative before it). Serialised as the
/// bare number, so it can be written to a state file as is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct WallTime(i64);

impl WallTime {
    pub const fn from_unix_millis(millis: i64) -> WallTime {
        WallTime(millis)
    }

    pub const fn unix_millis(self) -> i64 {
        self.0
    }

    /// The moment `time` names (a conversion: no clock is read). Saturates far outside ±292 million years.
    pub fn from_system_time(time: SystemTime) -> WallTime {
        let millis = |d: Duration| i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
        match time.duration_since(UNIX_EPOCH) {
            Ok(after) => WallTime(millis(after)),
            Err(before) => WallTime(millis(before.duration()).saturating_neg()),
        }
    }

    /// This moment moved `d` later (saturating).
    pub fn saturating_add(self, d: Duration) -> WallTime {
        WallTime(
            self.0
                .saturating_add(i64::try_from(d.as_millis()).unwrap_or(i64::MAX)),
        )
    }

    /// How long after `earlier` this moment is; zero if it is not after it.
    pub fn saturating_duration_since(self, earlier: WallTime) -> Duration {
        Duration::from_millis(u64::try_from(self.0.saturating_sub(earlier.0)).unwrap_or(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_times_convert_at_millisecond_precision() {
        let t = UNIX_EPOCH + Duration::from_nanos(1_767_225_600_123_999_999);
        assert_eq!(
            WallTime::from_system_time(t).unix_millis(),
            1_767_225_600_123
        );
        assert_eq!(WallTime::from_system_time(UNIX_EPOCH).unix_millis(), 0);
        let before = UNIX_EPOCH - Duration::from_secs(86_400);
        assert_eq!(
            WallTime::from_system_time(before).unix_millis(),
            -86_400_000
        );
    }

    #[test]
    fn arithmetic_saturates_and_never_goes_negative() {
        let t = WallTime::from_unix_millis(1_000);
        let hour = Duration::from_secs(3600);
        assert_eq!(t.saturating_add(hour).unix_millis(), 3_601_000);
        assert_eq!(t.saturating_add(hour).saturating_duration_since(t), hour);
        assert_eq!(
            t.saturating_duration_since(t.saturating_add(hour)),
            Duration::ZERO
        );
        let end = WallTime::from_unix_millis(i64::MAX);
        assert_eq!(end.saturating_add(hour), end);
        assert_eq!(
            end.saturating_duration_since(WallTime::from_unix_millis(i64::MIN)),
            Duration::from_millis(i64::MAX as u64)
        );
    }

    #[test]
    fn serialises_as_the_bare_number() {
        let t = WallTime::from_unix_millis(1_767_225_600_000);
        assert_eq!(serde_json::to_string(&t).unwrap(), "1767225600000");
        assert_eq!(
            serde_json::from_str::<WallTime>("-5").unwrap(),
            WallTime::from_unix_millis(-5)
        );
    }
}
