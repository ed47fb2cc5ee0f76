//! The calendar and the work day for the automatic status: the real `Client` against the simulator over
//! HTTP, `calendar.event.get.nearest` and `timeman.status` read and parsed, their missing scopes, faults
//! and the rate limit. No desktop and no keyring: these run under plain `cargo test`.

use std::io::{Read, Write};
use std::time::Duration;

use b24_status::portal::client::{Client, MAX_EVENTS, method};
use b24_status::portal::webhook::Webhook;
use b24_status::portal_error::{Body, ErrorClass, PortalError};
use b24_status_core::automatic::WorkDay;
use b24_status_core::automatic::meeting::{self, Event};
use b24_status_core::wall::WallTime;
use b24_status_sim::{SimEvent, unix_now};
use serde_json::{Value, json};

use crate::helpers::*;

const WAIT: Duration = Duration::from_secs(5);

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// A simulator whose webhook has `scopes`, and a client of it.
fn portal(scopes: &[&str]) -> (Simulator, Client) {
    let sim = Simulator::spawn(SimConfig {
        scopes: scopes.iter().map(|s| (*s).to_owned()).collect(),
        ..SimConfig::default()
    })
    .expect("the simulator starts");
    let client = Client::new(Webhook::parse(&sim.webhook_url()).unwrap()).unwrap();
    (sim, client)
}

const ALL: [&str; 3] = ["im", "calendar", "timeman"];

/// POSTs `body` to the simulator's control endpoint `/_sim/{route}` and returns the answer's JSON.
fn control(sim: &Simulator, route: &str, body: &Value) -> Value {
    let address = sim.base_url().trim_start_matches("http://").to_owned();
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(WAIT)).unwrap();
    let body = body.to_string();
    let request = format!(
        "POST /_sim/{route} HTTP/1.1\r\nHost: sim\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200 "), "{answer}");
    let (_, body) = answer.split_once("\r\n\r\n").unwrap();
    serde_json::from_str(body).unwrap()
}

fn at(secs: i64) -> WallTime {
    WallTime::from_unix_millis(secs * 1000)
}

#[test]
fn calendar_events_set_through_the_control_api_come_back_parsed() {
    let (sim, mut client) = portal(&ALL);
    let now = unix_now();
    let today = now - now.rem_euclid(86_400);
    let rule = json!({"FREQ": "DAILY", "INTERVAL": 1});
    let events = json!({"events": [
        {"id": "30", "name": "Tomorrow's review", "from": now + 20 * 3600, "to": now + 21 * 3600},
        {"id": "10", "name": "Planning \u{202e}gninnalp\u{1b}[0m", "from": now - 600, "to": now + 1200},
        {"id": "11", "name": "Overlapping", "from": now - 300, "to": now + 600,
         "meeting_status": "H", "is_meeting": false},
        {"id": "12", "name": "Conference", "from": today, "to": today, "all_day": true},
        {"id": "13", "name": "Declined", "from": now + 60, "to": now + 120, "meeting_status": "N"},
        {"id": "14", "name": "Deleted", "from": now + 180, "to": now + 240, "deleted": true},
        {"id": "15", "name": "Focus", "from": now + 300, "to": now + 360, "accessibility": "free"},
        {"id": "20", "name": "Standup", "from": now + 3600, "to": now + 4500, "rrule": rule},
        {"id": "20", "name": "Standup", "from": now + 3600 + 86_400, "to": now + 4500 + 86_400,
         "rrule": rule},
        {"id": "21", "name": "Moved standup", "from": now + 7200, "to": now + 8100,
         "recurrence_id": "20"},
        {"id": "40", "name": "Last week", "from": now - 7 * 86_400, "to": now - 7 * 86_400 + 600},
    ]});
    assert_eq!(control(&sim, "events", &events), json!({"ok": true}));

    let got = runtime()
        .block_on(client.nearest_events(7, 1, WAIT))
        .unwrap();
    let event = |id: &str, name: &str, from: i64, to: i64| Event {
        id: id.into(),
        name: name.into(),
        from: at(from),
        to: at(to),
        all_day: false,
        busy: true,
        declined: false,
        deleted: false,
    };
    let expected = vec![
        Event {
            all_day: true,
            ..event("12", "Conference", today, today)
        },
        event("10", "Planning gninnalp[0m", now - 600, now + 1200),
        event("11", "Overlapping", now - 300, now + 600),
        Event {
            declined: true,
            ..event("13", "Declined", now + 60, now + 120)
        },
        Event {
            deleted: true,
            ..event("14", "Deleted", now + 180, now + 240)
        },
        Event {
            busy: false,
            ..event("15", "Focus", now + 300, now + 360)
        },
        event(
            &format!("20@{}", now + 3600),
            "Standup",
            now + 3600,
            now + 4500,
        ),
        event(
            &format!("21@{}", now + 7200),
            "Moved standup",
            now + 7200,
            now + 8100,
        ),
        event("30", "Tomorrow's review", now + 20 * 3600, now + 21 * 3600),
    ];
    // By start (the all-day event starts at midnight, UTC, before or after the others' starts).
    let mut expected = expected;
    expected.sort_by(|a, b| a.from.cmp(&b.from).then_with(|| a.id.cmp(&b.id)));
    assert_eq!(got, expected);
    // The meeting under way is the one that ends last of the two running.
    let current = meeting::current(&got, at(now)).expect("a meeting now");
    assert_eq!((current.id.as_str(), current.until), ("10", at(now + 1200)));

    // Over two days the second standup comes too, under an id of its own.
    let two_days = runtime()
        .block_on(client.nearest_events(7, 2, WAIT))
        .unwrap();
    let standups: Vec<&str> = two_days
        .iter()
        .filter(|e| e.name == "Standup")
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(standups.len(), 2);
    assert_ne!(standups[0], standups[1]);

    // What the client asked for, and how often.
    let calls: Vec<_> = sim
        .calls()
        .into_iter()
        .filter(|c| c.method == method::CALENDAR_NEAREST)
        .collect();
    assert_eq!(calls.len(), 2);
    assert_eq!(sim.call_count(method::CALENDAR_NEAREST), 2);
    assert_eq!(
        calls[0].params,
        json!({"type": "user", "ownerId": 7, "days": 1, "forCurrentUser": true,
               "maxEventsCount": MAX_EVENTS})
    );
    assert!(
        calls
            .iter()
            .all(|c| c.http_status == 200 && c.error.is_none())
    );

    // An empty calendar is an empty list.
    sim.set_events(Vec::new());
    let none = runtime().block_on(client.nearest_events(7, 1, WAIT));
    assert_eq!(none, Ok(vec![]));

    // At most MAX_EVENTS, the earliest first.
    let crowded = (0..150)
        .map(|i| SimEvent::new(&i.to_string(), "x", now + 60 * i, now + 60 * i + 30))
        .collect();
    sim.set_events(crowded);
    let capped = runtime()
        .block_on(client.nearest_events(7, 1, WAIT))
        .unwrap();
    assert_eq!(capped.len(), MAX_EVENTS as usize);
    assert_eq!(capped[0].id, "0");
}

#[test]
fn work_day_states_round_trip() {
    let (sim, mut client) = portal(&ALL);
    let rt = runtime();
    // Never opened: closed.
    assert_eq!(rt.block_on(client.work_day(WAIT)), Ok(WorkDay::Closed));
    for day in [
        WorkDay::Opened,
        WorkDay::Paused,
        WorkDay::Expired,
        WorkDay::Closed,
    ] {
        let set = control(&sim, "work_day", &json!({"status": day.wire()}));
        assert_eq!(set, json!({"ok": true}));
        assert_eq!(rt.block_on(client.work_day(WAIT)), Ok(day), "{day:?}");
        sim.set_work_day(WorkDay::Opened.wire());
        assert_eq!(rt.block_on(client.work_day(WAIT)), Ok(WorkDay::Opened));
    }
    assert_eq!(sim.call_count(method::WORK_DAY), 9);
    assert_eq!(sim.calls()[0].params, json!({}));

    // A word the API does not send is not a work day.
    sim.set_work_day("LUNCH");
    let odd = rt.block_on(client.work_day(WAIT)).unwrap_err();
    assert_eq!(
        odd,
        PortalError::NotConfirmed {
            result: r#""LUNCH""#.into()
        }
    );
    assert_eq!(odd.class(), ErrorClass::Transient);
}

#[test]
fn a_webhook_without_the_scope_gets_a_scope_error() {
    // The simulator's default webhook has `im` alone, as the README has users make it.
    let (sim, mut client) = portal(&["im"]);
    let rt = runtime();
    let calendar = rt.block_on(client.nearest_events(7, 1, WAIT)).unwrap_err();
    let day = rt.block_on(client.work_day(WAIT)).unwrap_err();
    for error in [&calendar, &day] {
        assert_eq!(*error, PortalError::MissingScope);
        assert_eq!(error.class(), ErrorClass::Scope);
    }
    let denied: Vec<_> = sim
        .calls()
        .into_iter()
        .map(|c| (c.http_status, c.error))
        .collect();
    assert_eq!(
        denied,
        vec![(403, Some("insufficient_scope".to_owned())); 2]
    );

    // Ticked later: each method needs its own.
    sim.grant_scopes(&["calendar"]);
    assert_eq!(rt.block_on(client.nearest_events(7, 1, WAIT)), Ok(vec![]));
    assert_eq!(
        rt.block_on(client.work_day(WAIT)),
        Err(PortalError::MissingScope)
    );
    control(&sim, "scopes/grant", &json!({"scopes": ["timeman"]}));
    assert_eq!(rt.block_on(client.work_day(WAIT)), Ok(WorkDay::Closed));
    control(&sim, "scopes/withdraw", &json!({"scopes": ["calendar"]}));
    assert_eq!(
        rt.block_on(client.nearest_events(7, 1, WAIT)),
        Err(PortalError::MissingScope)
    );
    // The status itself was never affected.
    assert_eq!(rt.block_on(client.get_status(WAIT)), Ok(None));
}

#[test]
fn faults_and_the_rate_limit() {
    let (sim, mut client) = portal(&ALL);
    let rt = runtime();
    let nearest = Some(method::CALENDAR_NEAREST);
    sim.push_fault(nearest, Fault::Html502);
    sim.push_fault(
        nearest,
        Fault::Error {
            code: String::new(),
        },
    );
    sim.push_fault(nearest, Fault::ResultFalse);
    sim.push_fault(nearest, Fault::Truncated);
    sim.push_fault(nearest, Fault::EchoPathInResult);

    let proxy = rt.block_on(client.nearest_events(7, 1, WAIT)).unwrap_err();
    assert!(
        matches!(
            proxy,
            PortalError::NotBitrix {
                status: 502,
                body: Body::WebPage,
                ..
            }
        ),
        "{proxy:?}"
    );
    assert_eq!(proxy.class(), ErrorClass::Transient);
    // The calendar's documented refusal (not activated, or no access): no code, "Access denied".
    let refused = rt.block_on(client.nearest_events(7, 1, WAIT)).unwrap_err();
    assert!(
        matches!(&refused, PortalError::Refused { code, description }
            if code.is_empty() && description == "Access denied"),
        "{refused:?}"
    );
    assert_eq!(refused.class(), ErrorClass::Fatal);
    let unconfirmed = rt.block_on(client.nearest_events(7, 1, WAIT)).unwrap_err();
    assert_eq!(
        unconfirmed,
        PortalError::NotConfirmed {
            result: "false".into()
        }
    );
    let cut = rt.block_on(client.nearest_events(7, 1, WAIT)).unwrap_err();
    assert!(matches!(cut, PortalError::Truncated { .. }), "{cut:?}");
    // A portal that echoes the path (and so the secret) in its result: refused, and redacted.
    let echoed = rt.block_on(client.nearest_events(7, 1, WAIT)).unwrap_err();
    let text = format!("{echoed:?} {echoed}");
    assert!(matches!(echoed, PortalError::NotConfirmed { .. }), "{text}");
    assert!(
        !text.contains(&sim.secret()) && text.contains("***"),
        "{text}"
    );
    // The work day's faults do not touch the calendar's.
    sim.push_fault(
        Some(method::WORK_DAY),
        Fault::Error {
            code: "INTERNAL_SERVER_ERROR".into(),
        },
    );
    assert_eq!(rt.block_on(client.nearest_events(7, 1, WAIT)), Ok(vec![]));
    let server = rt.block_on(client.work_day(WAIT)).unwrap_err();
    assert_eq!(server.class(), ErrorClass::Transient);

    // Past the bucket: the portal's rate limit, whichever method.
    sim.set_rate_limit(1.0, 0.0);
    assert_eq!(rt.block_on(client.work_day(WAIT)), Ok(WorkDay::Closed));
    for limited in [
        rt.block_on(client.nearest_events(7, 1, WAIT)).map(|_| ()),
        rt.block_on(client.work_day(WAIT)).map(|_| ()),
    ] {
        let error = limited.unwrap_err();
        assert!(
            matches!(&error, PortalError::RateLimited { code, .. } if code == "QUERY_LIMIT_EXCEEDED"),
            "{error:?}"
        );
        assert_eq!(error.class(), ErrorClass::RateLimited);
    }
}
