//! Parsing answers: what confirms a set or a read, error codes, proxies and broken bodies.

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

#[test]
fn a_profile_name_loses_escapes_and_bidi_overrides() {
    let a = |body: &'static str| Answer {
        method: "profile",
        ..answer(200, body)
    };
    assert_eq!(
        parse_profile(&a(
            r#"{"result":{"ID":"7","NAME":"An\u001b[31mna","LAST_NAME":"\u202eavorteP\u2066"}}"#
        ))
        .map(|p| p.name),
        Ok("An[31mna avorteP".into())
    );
    assert_eq!(
        parse_profile(&a(
            r#"{"result":{"ID":"9","NAME":"\u001b","LAST_NAME":"\u202e"}}"#
        ))
        .map(|p| p.name),
        Ok("user 9".into())
    );
}

#[test]
fn the_secret_is_redacted_from_what_the_portal_echoes() {
    const SECRET: &str = "q1w2e3r4t5y6u7i8";
    let redacted = |body: &str| {
        let bytes = redact_secret(body.as_bytes(), SECRET).into_owned();
        String::from_utf8(bytes).unwrap()
    };
    // PHP escapes slashes; a hostile portal may escape letters too.
    let error = redacted(
        r#"{"error":"WEIRD_ERROR","error_description":"bad path \/rest\/7\/q1w2e3r4t5y6u7i8\/profile.json"}"#,
    );
    let escaped = redacted(r#"{"result":"\u0071\u0031w2e3r4t5y6u7i8","q1w2e3r4t5y6u7i8":[1]}"#);
    for text in [&error, &escaped] {
        assert!(!text.contains(SECRET) && text.contains("***"), "{text}");
    }
    match parse_set(&Answer {
        body: error.as_bytes(),
        ..answer(400, "")
    }) {
        Err(PortalError::Refused { description, .. }) => {
            assert_eq!(description, "bad path /rest/7/***/profile.json")
        }
        other => panic!("{other:?}"),
    }
    // Nothing to redact: the very bytes come back.
    for body in [
        r#"{"result":true}"#,
        r#"{"result":"a\/b"}"#,
        "<html>q1w2e3r4t5y6u7i8",
    ] {
        assert!(matches!(
            redact_secret(body.as_bytes(), SECRET),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
