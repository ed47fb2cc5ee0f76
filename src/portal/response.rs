//! Parsing a portal's HTTP answer into a confirmed result or a [`PortalError`].
//!
//! Pure: bytes in, meaning out. A status is confirmed only by an exact `result`: `true` for
//! `im.user.status.set`, one of the four words (or `false`, meaning none is stored) for
//! `im.user.status.get`. The `time` block is never inspected, so its optional fields cannot break parsing.

use std::borrow::Cow;

use b24_status_core::safe_text;
use serde_json::Value;

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
