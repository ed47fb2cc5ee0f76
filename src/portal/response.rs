//! Parsing a portal's HTTP answer into a confirmed result or a [`PortalError`].
//!
//! Pure: bytes in, meaning out. A status is confirmed only by an exact `result`: `true` for
//! `im.user.status.set`, one of the four words (or `false`, meaning none is stored) for
//! `im.user.status.get`. The `time` block is never inspected, so its optional fields cannot break parsing.

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
    let part = |key: &str| {
        result
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .trim()
            .to_string()
    };
    let joined = format!("{} {}", part("NAME"), part("LAST_NAME"));
    let name = match joined.trim() {
        "" => format!("user {id}"),
        name => name.to_string(),
    };
    Ok(Profile { id, name })
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
mod tests {
    use super::*;
    use crate::portal_error::ErrorClass;

    fn answer(status: u16, body: &str) -> Answer<'_> {
        Answer {
            host: "anna.bitrix24.com",
            method: "im.user.status.set",
            http_status: status,
            body: body.as_bytes(),
        }
    }

    const TIME_FULL: &str = r#""time":{"start":1760000000.0,"finish":1760000000.1,"duration":0.1,"processing":0.04,"date_start":"2026-03-02T09:30:00+01:00","date_finish":"2026-03-02T09:30:00+01:00","operating_reset_at":1760030000,"operating":0}"#;

    #[test]
    fn set_is_confirmed_only_by_true() {
        assert_eq!(
            parse_set(&answer(200, &format!(r#"{{"result":true,{TIME_FULL}}}"#))),
            Ok(())
        );
        assert_eq!(parse_set(&answer(200, r#"{"result":true}"#)), Ok(()));
        for body in [
            r#"{"result":false}"#,
            r#"{"result":"true"}"#,
            r#"{"result":1}"#,
            r#"{"result":null}"#,
        ] {
            let e = parse_set(&answer(200, body)).unwrap_err();
            assert!(
                matches!(e, PortalError::NotConfirmed { .. }),
                "{body}: {e:?}"
            );
        }
    }

    #[test]
    fn the_time_block_never_breaks_parsing() {
        for time in [
            TIME_FULL.to_string(),
            r#""time":{"start":1.0,"finish":2.0,"duration":1,"processing":0,"date_start":"x","date_finish":"y"}"#.into(),
            r#""time":{}"#.into(),
            r#""time":null"#.into(),
            r#""time":{"operating_reset_at":"soon","new_field":[1,2]}"#.into(),
        ] {
            let body = format!(r#"{{"result":"away",{time}}}"#);
            assert_eq!(parse_get(&answer(200, &body)), Ok(Some(Status::Away)), "{body}");
        }
    }

    #[test]
    fn get_accepts_known_words_and_false() {
        for s in Status::ALL {
            let body = format!(r#"{{"result":"{}"}}"#, s.wire());
            assert_eq!(parse_get(&answer(200, &body)), Ok(Some(s)));
        }
        assert_eq!(parse_get(&answer(200, r#"{"result":false}"#)), Ok(None));
        for body in [
            r#"{"result":"offline"}"#,
            r#"{"result":"DND"}"#,
            r#"{"result":true}"#,
            r#"{"result":{}}"#,
        ] {
            assert!(matches!(
                parse_get(&answer(200, body)),
                Err(PortalError::NotConfirmed { .. })
            ));
        }
    }

    #[test]
    fn error_code_wins_over_http_status() {
        let cases = [
            (
                401,
                r#"{"error":"INVALID_CREDENTIALS","error_description":"Invalid request credentials"}"#,
                ErrorClass::Auth,
            ),
            (
                403,
                r#"{"error":"INVALID_CREDENTIALS","error_description":"Invalid request credentials"}"#,
                ErrorClass::Auth,
            ),
            (
                200,
                r#"{"error":"insufficient_scope","error_description":"The request requires higher privileges"}"#,
                ErrorClass::Scope,
            ),
            (
                429,
                r#"{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}"#,
                ErrorClass::RateLimited,
            ),
            (
                503,
                r#"{"error":"QUERY_LIMIT_EXCEEDED","error_description":"Too many requests"}"#,
                ErrorClass::RateLimited,
            ),
            (
                503,
                r#"{"error":"OVERLOAD_LIMIT","error_description":"REST API is blocked"}"#,
                ErrorClass::Fatal,
            ),
            (
                500,
                r#"{"error":"INTERNAL_SERVER_ERROR","error_description":"Internal server error"}"#,
                ErrorClass::Transient,
            ),
            (
                400,
                r#"{"error":"STATUS_ERROR","error_description":"Status is not available"}"#,
                ErrorClass::Fatal,
            ),
        ];
        for (status, body, class) in cases {
            assert_eq!(
                parse_set(&answer(status, body)).unwrap_err().class(),
                class,
                "{status} {body}"
            );
        }
    }

    #[test]
    fn proxies_and_broken_bodies_are_transient() {
        let html = parse_set(&answer(
            502,
            "<html><body><h1>502 Bad Gateway</h1></body></html>",
        ))
        .unwrap_err();
        assert_eq!(
            html,
            PortalError::NotBitrix {
                host: "anna.bitrix24.com".into(),
                status: 502,
                body: Body::WebPage
            }
        );
        let empty = parse_set(&answer(503, "")).unwrap_err();
        assert!(matches!(
            empty,
            PortalError::NotBitrix {
                body: Body::Empty,
                ..
            }
        ));
        let cut = parse_set(&answer(200, r#"{"result":true,"time":{"sta"#)).unwrap_err();
        assert!(matches!(cut, PortalError::Truncated { .. }));
        let neither = parse_set(&answer(200, r#"{"foo":1}"#)).unwrap_err();
        assert!(matches!(neither, PortalError::NotBitrix { .. }));
        for e in [html, empty, cut, neither] {
            assert_eq!(e.class(), ErrorClass::Transient);
        }
    }

    #[test]
    fn profile_name_and_id() {
        let a = |body: &'static str| Answer {
            method: "profile",
            ..answer(200, body)
        };
        assert_eq!(
            parse_profile(&a(
                r#"{"result":{"ID":"7","ADMIN":false,"NAME":"Anna","LAST_NAME":"Petrova","PERSONAL_GENDER":"","TIME_ZONE":""}}"#
            )),
            Ok(Profile {
                id: 7,
                name: "Anna Petrova".into()
            })
        );
        assert_eq!(
            parse_profile(&a(r#"{"result":{"ID":12,"NAME":"","LAST_NAME":""}}"#)),
            Ok(Profile {
                id: 12,
                name: "user 12".into()
            })
        );
        assert!(parse_profile(&a(r#"{"result":{"NAME":"x"}}"#)).is_err());
    }
}
