//! Parsing a portal's HTTP answer into a confirmed result or a [`PortalError`].
//!
//! Pure: bytes in, meaning out. A status is confirmed only by an exact `result`: `true` for
//! `im.user.status.set`, one of the four words (or `false`, meaning none is stored) for
//! `im.user.status.get`. The calendar's events and the work day are as strict: an answer not in the
//! documented shape is an error, never a guess. The `time` block is never inspected, so its optional
//! fields cannot break parsing.

use std::borrow::Cow;

use b24_status_core::automatic::WorkDay;
use b24_status_core::automatic::meeting::Event;
use b24_status_core::safe_text;
use b24_status_core::wall::WallTime;
use serde_json::{Map, Value, json};

use crate::portal_error::{Body, PortalError};
use crate::status::Status;

/// The current user as `profile` reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    pub id: u64,
    pub name: String,
}

/// One HTTP answer, as received.
#[derive(Clone, Copy, Debug)]
pub struct Answer<'a> {
    /// Host (and port) the answer came from, for messages.
    pub host: &'a str,
    /// The REST method that was called.
    pub method: &'a str,
    pub http_status: u16,
    pub body: &'a [u8],
}

/// Returns the `result` member, or the error the answer stands for.
pub fn result_of(answer: &Answer<'_>) -> Result<Value, PortalError> {
    let value: Value = match serde_json::from_slice(answer.body) {
        Ok(v) => v,
        Err(e) if e.is_eof() && looks_like_json(answer.body) => {
            return Err(PortalError::Truncated {
                host: answer.host.to_string(),
            });
        }
        Err(_) => return Err(not_bitrix(answer)),
    };
    let Value::Object(mut object) = value else {
        return Err(not_bitrix(answer));
    };
    if let Some(code) = object.get("error").and_then(Value::as_str) {
        let description = object
            .get("error_description")
            .and_then(Value::as_str)
            .unwrap_or_default();
        return Err(PortalError::from_code(code, description, answer.method));
    }
    match object.remove("result") {
        Some(result) => Ok(result),
        None => Err(not_bitrix(answer)),
    }
}

/// `im.user.status.set`: only `result: true` confirms.
pub fn parse_set(answer: &Answer<'_>) -> Result<(), PortalError> {
    match result_of(answer)? {
        Value::Bool(true) => Ok(()),
        other => Err(PortalError::NotConfirmed {
            result: short(&other),
        }),
    }
}

/// `im.user.status.get`: a known word, or `false` when the portal stores no status (`None`).
pub fn parse_get(answer: &Answer<'_>) -> Result<Option<Status>, PortalError> {
    match result_of(answer)? {
        Value::Bool(false) => Ok(None),
        Value::String(word) => match Status::from_wire(&word) {
            Some(status) => Ok(Some(status)),
            None => Err(PortalError::NotConfirmed {
                result: short(&Value::String(word)),
            }),
        },
        other => Err(PortalError::NotConfirmed {
            result: short(&other),
        }),
    }
}

/// `profile`: the user's id and display name.
pub fn parse_profile(answer: &Answer<'_>) -> Result<Profile, PortalError> {
    let result = result_of(answer)?;
    let id = match result.get("ID") {
        Some(Value::String(s)) => s.parse::<u64>().ok(),
        Some(Value::Number(n)) => n.as_u64(),
        _ => None,
    };
    let Some(id) = id else {
        return Err(PortalError::NotConfirmed {
            result: "a profile without an ID".to_string(),
        });
    };
    // Stored and shown as it is: no terminal escapes, no bidi overrides.
    let part = |key: &str| {
        safe_text::displayable(result.get(key).and_then(Value::as_str).unwrap_or_default())
    };
    let joined = format!("{} {}", part("NAME"), part("LAST_NAME"));
    let name = match joined.trim() {
        "" => format!("user {id}"),
        name => name.to_string(),
    };
    Ok(Profile { id, name })
}

/// `calendar.event.get.nearest`: the listed events, in the portal's order. Each needs its `ID`, its
/// `DATE_FROM_TS_UTC` and `DATE_TO_TS_UTC` (Unix seconds, which the portal writes as strings; numbers are
/// taken too) and `DT_SKIP_TIME`; `ACCESSIBILITY`, `MEETING_STATUS` and `DELETED` may be missing (then not
/// busy, not declined, not deleted), but if there they must be strings (a flag may be a boolean). Any
/// event out of that shape fails the whole answer: a half-read calendar could hide the meeting under
/// way. The id of an occurrence of a recurring event (an `RRULE`, or a `RECURRENCE_ID`) is `ID@start`,
/// since the portal lists every occurrence of a series under the series' `ID`.
pub fn parse_events(answer: &Answer<'_>) -> Result<Vec<Event>, PortalError> {
    let items = match result_of(answer)? {
        Value::Array(items) => items,
        // PHP writes an array whose keys are not 0, 1, 2… as an object: {"0": {…}, "2": {…}}.
        Value::Object(items) if items.keys().all(|k| k.parse::<u64>().is_ok()) => {
            let mut items: Vec<(u64, Value)> = items
                .into_iter()
                .map(|(k, v)| (k.parse().unwrap_or_default(), v))
                .collect();
            items.sort_by_key(|(k, _)| *k);
            items.into_iter().map(|(_, v)| v).collect()
        }
        other => {
            return Err(PortalError::NotConfirmed {
                result: short(&other),
            });
        }
    };
    items.iter().map(parse_event).collect()
}

/// One event of `calendar.event.get.nearest`'s list.
fn parse_event(item: &Value) -> Result<Event, PortalError> {
    let Value::Object(event) = item else {
        return Err(PortalError::NotConfirmed {
            result: short(item),
        });
    };
    // The error names the member that broke the shape, with what it held.
    let bad = |key: &str| PortalError::NotConfirmed {
        result: short(&json!({ key: event.get(key).unwrap_or(&Value::Null) })),
    };
    let id = match event.get("ID") {
        Some(Value::String(id)) if !id.trim().is_empty() => safe_text::displayable(id.trim()),
        Some(Value::Number(id)) if id.is_u64() => id.to_string(),
        _ => return Err(bad("ID")),
    };
    let name = match event.get("NAME") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(name)) => safe_text::displayable(name),
        Some(_) => return Err(bad("NAME")),
    };
    let seconds = |key: &str| unix_seconds(event.get(key)).ok_or_else(|| bad(key));
    let (from_secs, from) = seconds("DATE_FROM_TS_UTC")?;
    let (_, to) = seconds("DATE_TO_TS_UTC")?;
    let all_day = flag(event.get("DT_SKIP_TIME"))
        .flatten()
        .ok_or_else(|| bad("DT_SKIP_TIME"))?;
    let deleted = flag(event.get("DELETED"))
        .ok_or_else(|| bad("DELETED"))?
        .unwrap_or(false);
    let word = |key: &str| match event.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(word)) => Ok(Some(word.trim())),
        Some(_) => Err(bad(key)),
    };
    let busy = word("ACCESSIBILITY")?.is_some_and(|w| w.eq_ignore_ascii_case("busy"));
    let declined = word("MEETING_STATUS")?.is_some_and(|w| w.eq_ignore_ascii_case("N"));
    let id = if recurring(event) {
        format!("{id}@{from_secs}")
    } else {
        id
    };
    Ok(Event {
        id,
        name,
        from,
        to,
        all_day,
        busy,
        declined,
        deleted,
    })
}

/// Unix seconds written as a string of digits (as the portal does) or as an integer, with the moment they
/// name.
fn unix_seconds(value: Option<&Value>) -> Option<(i64, WallTime)> {
    let seconds = match value? {
        Value::String(text) => text.trim().parse::<i64>().ok()?,
        Value::Number(number) => number.as_i64()?,
        _ => return None,
    };
    Some((
        seconds,
        WallTime::from_unix_millis(seconds.checked_mul(1000)?),
    ))
}

/// A `Y`/`N` flag (or a boolean): `Some(None)` when missing or null, `None` when it is something else.
fn flag(value: Option<&Value>) -> Option<Option<bool>> {
    match value {
        None | Some(Value::Null) => Some(None),
        Some(Value::Bool(on)) => Some(Some(*on)),
        Some(Value::String(word)) => match word.trim() {
            "Y" | "y" => Some(Some(true)),
            "N" | "n" | "" => Some(Some(false)),
            _ => None,
        },
        Some(_) => None,
    }
}

/// Whether the event is an occurrence of a recurring one: it has a recurrence rule (an object, or the
/// rule's text) or names the series it was edited out of.
fn recurring(event: &Map<String, Value>) -> bool {
    let rule = match event.get("RRULE") {
        Some(Value::Object(rule)) => !rule.is_empty(),
        Some(Value::Array(rule)) => !rule.is_empty(),
        Some(Value::String(rule)) => !rule.trim().is_empty(),
        _ => false,
    };
    let series = match event.get("RECURRENCE_ID") {
        Some(Value::String(id)) => !matches!(id.trim(), "" | "0"),
        Some(Value::Number(id)) => id.as_u64() != Some(0),
        _ => false,
    };
    rule || series
}

/// `timeman.status`: the work day's `STATUS`, one of the four documented words exactly.
pub fn parse_work_day(answer: &Answer<'_>) -> Result<WorkDay, PortalError> {
    let result = result_of(answer)?;
    let status = match &result {
        Value::Object(day) => day.get("STATUS"),
        _ => None,
    };
    match status.and_then(Value::as_str).and_then(WorkDay::from_wire) {
        Some(day) => Ok(day),
        None => Err(PortalError::NotConfirmed {
            result: short(status.unwrap_or(&result)),
        }),
    }
}

/// The body with the secret redacted from every string (and key) of its JSON, decoded first so that no
/// `\u` escape hides it; borrowed unchanged when there is nothing to redact. A body that is not JSON is
/// left alone: none of its text is ever shown (only its kind, [`Body`]).
pub fn redact_secret<'a>(body: &'a [u8], secret: &str) -> Cow<'a, [u8]> {
    // The secret is ASCII letters and digits: in JSON text it is either itself or behind escapes.
    if !safe_text::contains_secret(body, secret) && !body.contains(&b'\\') {
        return Cow::Borrowed(body);
    }
    let Ok(mut value) = serde_json::from_slice::<Value>(body) else {
        return Cow::Borrowed(body);
    };
    if redact_value(&mut value, secret) {
        Cow::Owned(value.to_string().into_bytes())
    } else {
        Cow::Borrowed(body)
    }
}

/// Redacts the secret in place; true when something changed.
fn redact_value(value: &mut Value, secret: &str) -> bool {
    match value {
        Value::String(text) if safe_text::contains_secret(text.as_bytes(), secret) => {
            *text = safe_text::redact(text, secret);
            true
        }
        Value::Array(items) => items
            .iter_mut()
            .fold(false, |changed, item| redact_value(item, secret) | changed),
        Value::Object(object) => {
            let mut changed = false;
            *object = std::mem::take(object)
                .into_iter()
                .map(|(key, mut item)| {
                    changed |= redact_value(&mut item, secret);
                    if safe_text::contains_secret(key.as_bytes(), secret) {
                        changed = true;
                        (safe_text::redact(&key, secret), item)
                    } else {
                        (key, item)
                    }
                })
                .collect();
            changed
        }
        _ => false,
    }
}

fn looks_like_json(body: &[u8]) -> bool {
    body.iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b'{' || *b == b'[')
}

fn not_bitrix(answer: &Answer<'_>) -> PortalError {
    let start: Vec<u8> = answer
        .body
        .iter()
        .copied()
        .skip_while(u8::is_ascii_whitespace)
        .take(64)
        .collect();
    let lower = String::from_utf8_lossy(&start).to_ascii_lowercase();
    let body = if start.is_empty() {
        Body::Empty
    } else if lower.starts_with('<') {
        Body::WebPage
    } else {
        Body::Unreadable
    };
    PortalError::NotBitrix {
        host: answer.host.to_string(),
        status: answer.http_status,
        body,
    }
}

/// A short, single-line rendering of an unexpected `result`, for messages.
fn short(value: &Value) -> String {
    crate::portal_error::one_line(&value.to_string(), 40)
}

#[cfg(test)]
mod tests;
