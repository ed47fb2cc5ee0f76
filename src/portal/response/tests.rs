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

fn calendar(body: &str) -> Answer<'_> {
    Answer {
        method: "calendar.event.get.nearest",
        ..answer(200, body)
    }
}

fn events(body: &str) -> Result<Vec<Event>, PortalError> {
    parse_events(&calendar(body))
}

/// A timed event as the portal lists it (trimmed from the docs' example), with `extra` members added or
/// replacing its own.
fn event_json(extra: Value) -> Value {
    let mut event = serde_json::json!({
        "ID": "1265", "PARENT_ID": "1265", "DELETED": "N", "CAL_TYPE": "user", "OWNER_ID": "1",
        "NAME": "Event Name", "DATE_FROM": "12/11/2024 05:59:00 pm", "DATE_TO": "12/11/2024 06:59:00 pm",
        "TZ_FROM": "Europe/Berlin", "TZ_OFFSET_FROM": "7200",
        "DATE_FROM_TS_UTC": "1733932740", "DATE_TO_TS_UTC": "1733936340", "DT_SKIP_TIME": "N",
        "DT_LENGTH": 3600, "PRIVATE_EVENT": "", "ACCESSIBILITY": "busy", "IMPORTANCE": "normal",
        "IS_MEETING": true, "MEETING_STATUS": "Y", "MEETING_HOST": "1", "RRULE": "",
        "RECURRENCE_ID": null, "ATTENDEE_LIST": [{"id": 1, "entryId": "1265", "status": "Y"}],
        "~USER_OFFSET_FROM": 7200
    });
    if let (Value::Object(event), Value::Object(extra)) = (&mut event, extra) {
        event.extend(extra);
    }
    event
}

fn listing(items: &[Value]) -> String {
    format!(
        r#"{{"result":{},{TIME_FULL}}}"#,
        Value::Array(items.to_vec())
    )
}

fn at(secs: i64) -> WallTime {
    WallTime::from_unix_millis(secs * 1000)
}

#[test]
fn a_timed_meeting_in_the_documented_shape() {
    let parsed = events(&listing(&[event_json(serde_json::json!({}))])).unwrap();
    assert_eq!(
        parsed,
        [Event {
            id: "1265".into(),
            name: "Event Name".into(),
            from: at(1_733_932_740),
            to: at(1_733_936_340),
            all_day: false,
            busy: true,
            declined: false,
            deleted: false,
        }]
    );
    assert!(parsed[0].counts());
    assert_eq!(events(r#"{"result":[]}"#), Ok(vec![]));
}

#[test]
fn the_flags_all_day_declined_deleted_free() {
    let cases = [
        (
            serde_json::json!({"DT_SKIP_TIME": "Y", "DATE_FROM": "12/11/2024"}),
            "all day",
        ),
        (serde_json::json!({"MEETING_STATUS": "N"}), "declined"),
        (serde_json::json!({"DELETED": "Y"}), "deleted"),
        (serde_json::json!({"ACCESSIBILITY": "free"}), "free"),
        (serde_json::json!({"ACCESSIBILITY": "absent"}), "absent"),
        (serde_json::json!({"ACCESSIBILITY": "quest"}), "quest"),
    ];
    for (extra, what) in cases {
        let parsed = events(&listing(&[event_json(extra)])).unwrap();
        let e = &parsed[0];
        assert!(!e.counts(), "{what}: {e:?}");
        match what {
            "all day" => assert!(e.all_day && e.busy),
            "declined" => assert!(e.declined && !e.deleted),
            "deleted" => assert!(e.deleted && !e.declined),
            _ => assert!(!e.busy && !e.all_day),
        }
    }
    // The host, the invited and the accepted all count; so do booleans and a lowercase word.
    for extra in [
        serde_json::json!({"MEETING_STATUS": "H"}),
        serde_json::json!({"MEETING_STATUS": "Q"}),
        serde_json::json!({"DT_SKIP_TIME": false, "DELETED": false, "ACCESSIBILITY": "Busy"}),
        serde_json::json!({"MEETING_STATUS": null, "DELETED": null, "IS_MEETING": false}),
    ] {
        let parsed = events(&listing(&[event_json(extra.clone())])).unwrap();
        assert!(parsed[0].counts(), "{extra}: {:?}", parsed[0]);
    }
    // Missing: not busy, not declined, not deleted.
    let mut bare = event_json(serde_json::json!({}));
    for key in ["ACCESSIBILITY", "MEETING_STATUS", "DELETED", "NAME"] {
        bare.as_object_mut().unwrap().remove(key);
    }
    let e = &events(&listing(&[bare])).unwrap()[0];
    assert_eq!(
        (e.busy, e.declined, e.deleted, e.name.as_str()),
        (false, false, false, "")
    );
}

#[test]
fn numbers_come_as_strings_or_as_numbers() {
    let numbers = serde_json::json!({
        "ID": 1265, "DATE_FROM_TS_UTC": 1_733_932_740, "DATE_TO_TS_UTC": " 1733936340 "
    });
    let parsed = events(&listing(&[event_json(numbers)])).unwrap();
    assert_eq!(parsed[0].id, "1265");
    assert_eq!(
        (parsed[0].from, parsed[0].to),
        (at(1_733_932_740), at(1_733_936_340))
    );
    // PHP's array with gaps in its keys is an object.
    let gaps = format!(
        r#"{{"result":{{"2":{},"0":{}}}}}"#,
        event_json(serde_json::json!({"ID": "b"})),
        event_json(serde_json::json!({"ID": "a"}))
    );
    let ids: Vec<String> = events(&gaps).unwrap().into_iter().map(|e| e.id).collect();
    assert_eq!(ids, ["a", "b"]);
}

#[test]
fn occurrences_of_a_recurring_event_have_ids_of_their_own() {
    let rule = serde_json::json!({"FREQ": "WEEKLY", "BYDAY": {"MO": "MO"}, "INTERVAL": 1});
    let monday = event_json(serde_json::json!({"RRULE": rule}));
    let next = event_json(serde_json::json!({
        "RRULE": rule, "DATE_FROM_TS_UTC": "1734537540", "DATE_TO_TS_UTC": "1734541140"
    }));
    let edited = event_json(serde_json::json!({
        "ID": "1272", "RECURRENCE_ID": 1265, "DATE_FROM_TS_UTC": "1735142340",
        "DATE_TO_TS_UTC": "1735145940"
    }));
    let edited_as_text = event_json(serde_json::json!({"ID": "1273", "RECURRENCE_ID": "1265"}));
    let single = event_json(serde_json::json!({"ID": "9", "RRULE": "", "RECURRENCE_ID": "0"}));
    let ids: Vec<String> = events(&listing(&[monday, next, edited, edited_as_text, single]))
        .unwrap()
        .into_iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(
        ids,
        [
            "1265@1733932740",
            "1265@1734537540",
            "1272@1735142340",
            "1273@1733932740",
            "9"
        ]
    );
}

#[test]
fn an_event_name_is_made_safe_to_show() {
    let name = serde_json::json!({"NAME": "Stand\u{1b}[31mup \u{202e}gninrom\u{2066}\nnow"});
    let parsed = events(&listing(&[event_json(name)])).unwrap();
    assert_eq!(parsed[0].name, "Stand[31mup gninrom now");
}

#[test]
fn a_calendar_out_of_shape_is_not_read() {
    let broken = [
        r#"{"result":false}"#.to_string(),
        r#"{"result":"1265"}"#.to_string(),
        r#"{"result":{"a":{}}}"#.to_string(),
        r#"{"result":[1]}"#.to_string(),
        listing(&[event_json(serde_json::json!({"ID": ""}))]),
        listing(&[event_json(serde_json::json!({"ID": null}))]),
        listing(&[event_json(serde_json::json!({"ID": -3}))]),
        listing(&[event_json(serde_json::json!({"NAME": ["x"]}))]),
        listing(&[event_json(serde_json::json!({"DATE_FROM_TS_UTC": "soon"}))]),
        listing(&[event_json(serde_json::json!({"DATE_FROM_TS_UTC": 1.5}))]),
        listing(&[event_json(serde_json::json!({"DATE_TO_TS_UTC": null}))]),
        listing(&[event_json(
            serde_json::json!({"DATE_TO_TS_UTC": "99999999999999999"}),
        )]),
        listing(&[event_json(serde_json::json!({"DT_SKIP_TIME": null}))]),
        listing(&[event_json(serde_json::json!({"DT_SKIP_TIME": "maybe"}))]),
        listing(&[event_json(serde_json::json!({"DELETED": 1}))]),
        listing(&[event_json(serde_json::json!({"ACCESSIBILITY": 2}))]),
        listing(&[event_json(serde_json::json!({"MEETING_STATUS": {}}))]),
        // One bad event spoils the list.
        listing(&[
            event_json(serde_json::json!({})),
            event_json(serde_json::json!({"DATE_FROM_TS_UTC": ""})),
        ]),
    ];
    for body in &broken {
        match events(body) {
            Err(PortalError::NotConfirmed { result }) => {
                assert!(result.chars().count() <= 41, "{result}")
            }
            other => panic!("{body}: {other:?}"),
        }
    }
    match events(&listing(&[event_json(
        serde_json::json!({"DATE_FROM_TS_UTC": "soon"}),
    )])) {
        Err(PortalError::NotConfirmed { result }) => {
            assert_eq!(result, r#"{"DATE_FROM_TS_UTC":"soon"}"#)
        }
        other => panic!("{other:?}"),
    }
    // Not JSON, an error, a proxy: as for any method.
    assert!(matches!(
        events(r#"{"result":[{"ID""#),
        Err(PortalError::Truncated { .. })
    ));
    let denied = events(r#"{"error":"","error_description":"Access denied"}"#).unwrap_err();
    assert!(
        matches!(&denied, PortalError::Refused { description, .. } if description == "Access denied"),
        "{denied:?}"
    );
    assert_eq!(denied.class(), ErrorClass::Fatal);
    let html = parse_events(&Answer {
        method: "calendar.event.get.nearest",
        ..answer(502, "<html>502</html>")
    });
    assert!(matches!(html, Err(PortalError::NotBitrix { .. })));
}

#[test]
fn a_missing_scope_is_the_scope_class() {
    let body = r#"{"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the webhook token"}"#;
    let calendar = parse_events(&Answer {
        method: "calendar.event.get.nearest",
        ..answer(403, body)
    })
    .unwrap_err();
    let day = parse_work_day(&Answer {
        method: "timeman.status",
        ..answer(403, body)
    })
    .unwrap_err();
    for e in [calendar, day] {
        assert_eq!(e, PortalError::MissingScope);
        assert_eq!(e.class(), ErrorClass::Scope);
    }
}

fn work_day(body: &str) -> Result<WorkDay, PortalError> {
    parse_work_day(&Answer {
        method: "timeman.status",
        ..answer(200, body)
    })
}

#[test]
fn the_work_day_in_its_four_states() {
    // The docs' example.
    let documented = format!(
        r#"{{"result":{{"STATUS":"EXPIRED","TIME_START":"2025-03-27T08:00:01+02:00","TIME_FINISH":null,"DURATION":"00:00:00","TIME_LEAKS":"00:17:53","ACTIVE":false,"IP_OPEN":"","IP_CLOSE":"","LAT_OPEN":53.548841000000003,"LON_OPEN":9.9872739999999993,"LAT_CLOSE":0,"LON_CLOSE":0,"TZ_OFFSET":7200,"TIME_FINISH_DEFAULT":"2025-03-27T17:00:00+02:00"}},{TIME_FULL}}}"#
    );
    assert_eq!(work_day(&documented), Ok(WorkDay::Expired));
    for day in [
        WorkDay::Opened,
        WorkDay::Paused,
        WorkDay::Closed,
        WorkDay::Expired,
    ] {
        let body = format!(r#"{{"result":{{"STATUS":"{}"}}}}"#, day.wire());
        assert_eq!(work_day(&body), Ok(day));
    }
    for body in [
        r#"{"result":{"STATUS":"opened"}}"#,
        r#"{"result":{"STATUS":"OPEN"}}"#,
        r#"{"result":{"STATUS":1}}"#,
        r#"{"result":{"TIME_START":null}}"#,
        r#"{"result":"OPENED"}"#,
        r#"{"result":false}"#,
        r#"{"result":[]}"#,
    ] {
        assert!(
            matches!(work_day(body), Err(PortalError::NotConfirmed { .. })),
            "{body}"
        );
    }
    assert_eq!(
        work_day(r#"{"result":{"STATUS":"LUNCH"}}"#),
        Err(PortalError::NotConfirmed {
            result: r#""LUNCH""#.into()
        })
    );
    let not_found = work_day(r#"{"error":"","error_description":"User not found"}"#).unwrap_err();
    assert!(
        matches!(not_found, PortalError::Refused { .. }),
        "{not_found:?}"
    );
}
