//! The portal logic without I/O: routes, auth, scopes, status, error table, dates, the bucket.

use std::time::Duration;

use super::*;

const NOW: f64 = 1_760_000_000.25;

fn portal() -> Portal {
    let config = SimConfig {
        webhook_secret: "s3cret".into(),
        oauth_access_token: Some("tok".into()),
        ..SimConfig::default()
    };
    Portal::new(&config)
}

fn webhook(method: &str, params: Value) -> Call {
    let Value::Object(params) = params else {
        panic!("params must be an object")
    };
    Call::from_rest_path(&format!("/rest/7/s3cret/{method}"), params).unwrap()
}

fn with_auth(auth: Auth, method: &str) -> Call {
    Call {
        method: method.into(),
        auth,
        params: Map::new(),
    }
}

#[test]
fn routes_webhook_and_oauth_paths() {
    let call = Call::from_rest_path("/rest/7/abc/IM.User.Status.Set.json", Map::new()).unwrap();
    assert_eq!(call.method, "im.user.status.set");
    assert_eq!(
        call.auth,
        Auth::Webhook {
            user_id: "7".into(),
            secret: "abc".into()
        }
    );
    assert_eq!(call.via(), "webhook");

    let mut params = Map::new();
    params.insert("auth".into(), json!("tok"));
    let call = Call::from_rest_path("/rest/profile.json", params).unwrap();
    assert_eq!(call.method, "profile");
    assert_eq!(call.auth, Auth::Token(Some("tok".into())));
    assert_eq!(call.via(), "oauth");

    let call = Call::from_rest_path("/rest/profile", Map::new()).unwrap();
    assert_eq!(call.via(), "none");
    assert!(Call::from_rest_path("/favicon.ico", Map::new()).is_none());
}

#[test]
fn set_then_get_round_trip() {
    let mut p = portal();
    let got = p.handle(&webhook("im.user.status.get", json!({})), NOW);
    assert_eq!((got.status, &got.body["result"]), (200, &json!(false)));

    for status in STATUSES {
        let set = p.handle(
            &webhook("im.user.status.set", json!({"STATUS": status})),
            NOW,
        );
        assert_eq!((set.status, &set.body["result"]), (200, &json!(true)));
        let got = p.handle(&webhook("im.user.status.get", json!({})), NOW);
        assert_eq!(got.body["result"], json!(status));
    }
    assert_eq!(p.status.as_deref(), Some("break"));
}

#[test]
fn status_param_name_is_case_insensitive() {
    let mut p = portal();
    let reply = p.handle(
        &webhook("im.user.status.set", json!({"status": "away"})),
        NOW,
    );
    assert_eq!(reply.status, 200);
    assert_eq!(p.status.as_deref(), Some("away"));
}

#[test]
fn rejects_statuses_outside_the_list() {
    let mut p = portal();
    let bad = [
        json!({"STATUS": "DND"}),
        json!({"STATUS": "Online"}),
        json!({"STATUS": "offline"}),
        json!({"STATUS": "idle"}),
        json!({"STATUS": 1}),
        json!({}),
    ];
    for params in bad {
        let reply = p.handle(&webhook("im.user.status.set", params.clone()), NOW);
        assert_eq!(reply.status, 400, "{params}");
        assert_eq!(
            reply.body,
            json!({"error": "STATUS_ERROR", "error_description": "Status is not available"})
        );
    }
    assert_eq!(p.status, None);
}

#[test]
fn profile_and_user_get() {
    let mut p = portal();
    p.status = Some("dnd".into());
    let profile = p.handle(&webhook("profile", json!({})), NOW);
    assert_eq!(
        profile.body["result"],
        json!({"ID": "7", "ADMIN": false, "NAME": "Anna", "LAST_NAME": "Petrova",
               "PERSONAL_GENDER": "", "TIME_ZONE": ""})
    );
    let user = p.handle(&webhook("im.user.get", json!({})), NOW);
    assert_eq!(user.status, 200);
    assert_eq!(user.body["result"]["id"], json!(7));
    assert_eq!(user.body["result"]["name"], json!("Anna Petrova"));
    // The known quirk: "online" even though "dnd" is stored.
    assert_eq!(user.body["result"]["status"], json!("online"));
}

#[test]
fn unknown_method_is_not_found() {
    let reply = portal().handle(&webhook("im.user.status.toggle", json!({})), NOW);
    assert_eq!(reply.status, 404);
    assert_eq!(
        reply.error_code().as_deref(),
        Some("ERROR_METHOD_NOT_FOUND")
    );
    assert_eq!(reply.body["error_description"], json!("Method not found!"));
}

#[test]
fn bad_webhook_credentials() {
    let mut p = portal();
    let wrong = [("8", "s3cret"), ("7", "other"), ("07", "s3cret")];
    for (user_id, secret) in wrong {
        let auth = Auth::Webhook {
            user_id: user_id.into(),
            secret: secret.into(),
        };
        let im = p.handle(&with_auth(auth.clone(), "im.user.status.get"), NOW);
        assert_eq!(im.status, 401);
        assert_eq!(im.error_code().as_deref(), Some("INVALID_CREDENTIALS"));
        assert_eq!(
            im.body["error_description"],
            json!("Invalid request credentials")
        );
        let other = p.handle(&with_auth(auth, "profile"), NOW);
        assert_eq!(other.status, 403);
        assert_eq!(other.error_code().as_deref(), Some("INVALID_CREDENTIALS"));
    }

    assert_eq!(p.handle(&webhook("profile", json!({})), NOW).status, 200);
    p.webhook_revoked = true;
    let revoked = p.handle(
        &webhook("im.user.status.set", json!({"STATUS": "dnd"})),
        NOW,
    );
    assert_eq!(revoked.error_code().as_deref(), Some("INVALID_CREDENTIALS"));
    assert_eq!(p.status, None);
}

#[test]
fn oauth_token_checks() {
    let mut p = portal();
    let get = "im.user.status.get";
    let missing = p.handle(&with_auth(Auth::Token(None), get), NOW);
    assert_eq!(missing.status, 401);
    assert_eq!(missing.error_code().as_deref(), Some("NO_AUTH_FOUND"));

    let wrong = p.handle(&with_auth(Auth::Token(Some("nope".into())), get), NOW);
    assert_eq!(wrong.status, 401);
    assert_eq!(wrong.error_code().as_deref(), Some("invalid_token"));

    let good = p.handle(&with_auth(Auth::Token(Some("tok".into())), get), NOW);
    assert_eq!(good.status, 200);

    p.oauth_expired = true;
    let expired = p.handle(&with_auth(Auth::Token(Some("tok".into())), get), NOW);
    assert_eq!(expired.status, 401);
    assert_eq!(expired.error_code().as_deref(), Some("expired_token"));

    // Without a configured token every token is invalid.
    p.oauth_token = None;
    let disabled = p.handle(&with_auth(Auth::Token(Some("tok".into())), get), NOW);
    assert_eq!(disabled.error_code().as_deref(), Some("invalid_token"));
}

#[test]
fn missing_im_scope() {
    let mut p = portal();
    p.scopes = vec!["crm".into()];
    let reply = p.handle(
        &webhook("im.user.status.set", json!({"STATUS": "dnd"})),
        NOW,
    );
    assert_eq!(reply.status, 403);
    assert_eq!(
        reply.body,
        json!({"error": "insufficient_scope",
               "error_description": "The request requires higher privileges than provided by the webhook token"})
    );
    assert_eq!(p.status, None);
    // `basic` is always granted.
    assert_eq!(p.handle(&webhook("profile", json!({})), NOW).status, 200);
    let oauth = p.handle(
        &with_auth(Auth::Token(Some("tok".into())), "im.user.get"),
        NOW,
    );
    assert_eq!(oauth.status, 403);
    assert!(
        oauth.body["error_description"]
            .as_str()
            .unwrap()
            .ends_with("access token")
    );
}

#[test]
fn time_block_fields_and_optional_operating() {
    let mut p = portal();
    let first = p.success(json!(true), NOW).body["time"].clone();
    let second = p.success(json!(true), NOW).body["time"].clone();
    for time in [&first, &second] {
        assert_eq!(time["start"], json!(NOW));
        assert!(time["finish"].as_f64().unwrap() > NOW);
        assert!(time["duration"].as_f64().unwrap() > 0.0);
        assert!(time["processing"].is_f64());
        assert_eq!(time["date_start"], json!("2025-10-09T08:53:20+00:00"));
        assert_eq!(time["date_finish"], json!("2025-10-09T08:53:20+00:00"));
    }
    assert_eq!(first["operating_reset_at"], json!(1_760_000_600));
    assert!(first["operating"].is_f64());
    assert!(second.get("operating_reset_at").is_none());
    assert!(second.get("operating").is_none());
}

#[test]
fn iso8601_dates() {
    assert_eq!(iso8601(0.0), "1970-01-01T00:00:00+00:00");
    assert_eq!(iso8601(1_681_569_467.49), "2023-04-15T14:37:47+00:00");
    assert_eq!(iso8601(1_709_164_800.0), "2024-02-29T00:00:00+00:00");
    assert_eq!(iso8601(951_868_799.0), "2000-02-29T23:59:59+00:00");
    assert_eq!(iso8601(-1.0), "1969-12-31T23:59:59+00:00");
}

#[test]
fn error_table() {
    let cases = [
        ("QUERY_LIMIT_EXCEEDED", "im.user.status.set", 503),
        ("OVERLOAD_LIMIT", "profile", 503),
        ("INTERNAL_SERVER_ERROR", "profile", 500),
        ("INVALID_REQUEST", "profile", 400),
        ("OPERATION_TIME_LIMIT", "profile", 429),
        ("ACCESS_DENIED", "profile", 403),
        ("INVALID_CREDENTIALS", "im.user.status.get", 401),
        ("INVALID_CREDENTIALS", "profile", 403),
    ];
    for (code, method, status) in cases {
        let reply = error_reply(code, method);
        assert_eq!(reply.status, status, "{code}");
        assert_eq!(reply.error_code().as_deref(), Some(code));
    }
    assert_eq!(
        error_reply("INVALID_REQUEST", "x").body["error_description"],
        json!("Https required")
    );
    // Codes match case-insensitively and come back canonical.
    assert_eq!(
        error_reply("EXPIRED_TOKEN", "x").error_code().as_deref(),
        Some("expired_token")
    );
    let unknown = error_reply("SOMETHING_ELSE", "x");
    assert_eq!(unknown.status, 400);
    assert_eq!(unknown.error_code().as_deref(), Some("SOMETHING_ELSE"));
}

#[test]
fn bucket_allows_burst_then_refuses_without_filling() {
    let start = Instant::now();
    let mut bucket = LeakyBucket::new(50.0, 2.0);
    for i in 0..50 {
        assert!(bucket.try_take(start), "request {i} should pass");
    }
    for _ in 0..10 {
        assert!(!bucket.try_take(start));
    }
    // Refusals added nothing: half a second drains exactly one request's worth.
    assert!(!bucket.try_take(start + Duration::from_millis(400)));
    assert!(bucket.try_take(start + Duration::from_millis(500)));
    assert!(!bucket.try_take(start + Duration::from_millis(500)));
    // After 25 s (50 / 2 per second) the bucket is empty again.
    let later = start + Duration::from_millis(500) + Duration::from_secs(25);
    for i in 0..50 {
        assert!(bucket.try_take(later), "request {i} after draining");
    }
    assert!(!bucket.try_take(later));
}

#[test]
fn bucket_tolerates_time_going_backwards() {
    let start = Instant::now() + Duration::from_secs(10);
    let mut bucket = LeakyBucket::new(2.0, 1.0);
    assert!(bucket.try_take(start));
    assert!(bucket.try_take(start - Duration::from_secs(5)));
    assert!(!bucket.try_take(start));
    assert!(bucket.try_take(start + Duration::from_secs(1)));
}

/// A portal whose webhook has the calendar and work-time scopes too.
fn portal_with_all_scopes() -> Portal {
    let mut p = portal();
    p.scopes = vec!["im".into(), "calendar".into(), "timeman".into()];
    p
}

const NEAREST: &str = "calendar.event.get.nearest";

/// The events `calendar.event.get.nearest` answers with `params` at `NOW`.
fn nearest(p: &mut Portal, params: Value) -> Vec<Value> {
    let reply = p.handle(&webhook(NEAREST, params), NOW);
    assert_eq!(reply.status, 200, "{}", reply.body);
    reply.body["result"].as_array().expect("a list").clone()
}

fn ids(events: &[Value]) -> Vec<&str> {
    events.iter().map(|e| e["ID"].as_str().unwrap()).collect()
}

#[test]
fn nearest_events_have_the_documented_shape() {
    let mut p = portal_with_all_scopes();
    let now = NOW as i64;
    p.events = vec![SimEvent::new("1265", "Planning", now + 600, now + 4200)];
    let events = nearest(&mut p, json!({"type": "user", "ownerId": 7, "days": 1}));
    assert_eq!(events.len(), 1);
    let e = &events[0];
    for (key, value) in [
        ("ID", json!("1265")),
        ("PARENT_ID", json!("1265")),
        ("NAME", json!("Planning")),
        ("DELETED", json!("N")),
        ("CAL_TYPE", json!("user")),
        ("OWNER_ID", json!("7")),
        ("DATE_FROM_TS_UTC", json!((now + 600).to_string())),
        ("DATE_TO_TS_UTC", json!((now + 4200).to_string())),
        ("DATE_FROM", json!("10/09/2025 09:03:20 am")),
        ("DATE_TO", json!("10/09/2025 10:03:20 am")),
        ("TZ_FROM", json!("UTC")),
        ("TZ_OFFSET_FROM", json!("0")),
        ("DT_SKIP_TIME", json!("N")),
        ("DT_LENGTH", json!(3600)),
        ("ACCESSIBILITY", json!("busy")),
        ("IS_MEETING", json!(true)),
        ("MEETING_STATUS", json!("Y")),
        ("PRIVATE_EVENT", json!("")),
        ("RRULE", json!("")),
        ("RECURRENCE_ID", Value::Null),
        ("DATE_FROM_FORMATTED", json!("2025-10-09T09:03:20+00:00")),
    ] {
        assert_eq!(e[key], value, "{key}");
    }
    assert_eq!(e["ATTENDEE_LIST"][0]["status"], json!("Y"));
}

#[test]
fn nearest_events_overlap_the_window_by_start_up_to_the_count() {
    let mut p = portal_with_all_scopes();
    let now = NOW as i64;
    let day = 86_400;
    p.events = vec![
        SimEvent::new("later", "b", now + 2 * day, now + 2 * day + 60),
        SimEvent::new("past", "a", now - 7200, now - 3600),
        SimEvent::new("running", "c", now - 600, now + 600),
        SimEvent::new("soon", "d", now + 60, now + 120),
        SimEvent::new("ended-now", "e", now - 60, now),
        SimEvent::new("far", "f", now + 70 * day, now + 70 * day + 60),
    ];
    assert_eq!(
        ids(&nearest(&mut p, json!({"days": 1}))),
        ["running", "soon"]
    );
    assert_eq!(
        ids(&nearest(&mut p, json!({"days": 3}))),
        ["running", "soon", "later"]
    );
    // 60 days when not said; numbers as a form sends them, strings.
    assert_eq!(
        ids(&nearest(&mut p, json!({}))),
        ["running", "soon", "later"]
    );
    assert_eq!(ids(&nearest(&mut p, json!({"days": "80"}))).len(), 4);
    assert_eq!(
        ids(&nearest(&mut p, json!({"days": 3, "maxEventsCount": "2"}))),
        ["running", "soon"]
    );
    assert_eq!(
        ids(&nearest(&mut p, json!({"days": 3, "maxEventsCount": 0}))).len(),
        3
    );
    assert_eq!(ids(&nearest(&mut p, json!({"days": 0}))), ["running"]);
    // Another calendar than the user's has nothing; ownerId does not matter for the user's.
    let company = json!({"type": "company_calendar", "ownerId": 0, "forCurrentUser": false});
    assert!(nearest(&mut p, company).is_empty());
    let group = json!({"type": "group", "ownerId": 3, "forCurrentUser": "false"});
    assert!(nearest(&mut p, group).is_empty());
    let other_user = json!({"type": "user", "ownerId": 99, "forCurrentUser": false, "days": 1});
    assert_eq!(ids(&nearest(&mut p, other_user)), ["running", "soon"]);
    let forced = json!({"type": "group", "ownerId": 3, "forCurrentUser": true, "days": 1});
    assert_eq!(ids(&nearest(&mut p, forced)), ["running", "soon"]);
}

#[test]
fn all_day_declined_deleted_and_recurring_events_say_so() {
    let mut p = portal_with_all_scopes();
    let now = NOW as i64;
    let today = now - now.rem_euclid(86_400);
    let mut holiday = SimEvent::new("1", "Holiday", today, today);
    holiday.all_day = true;
    holiday.accessibility = "absent".into();
    let mut declined = SimEvent::new("2", "Review", now + 60, now + 120);
    declined.meeting_status = "N".into();
    let mut deleted = SimEvent::new("3", "Gone", now + 180, now + 240);
    deleted.deleted = true;
    deleted.private = true;
    let mut standup = SimEvent::new("4", "Standup", now + 300, now + 600);
    standup.rrule = Some(json!({"FREQ": "DAILY", "INTERVAL": 1}));
    let mut moved = SimEvent::new("5", "Standup", now + 900, now + 1200);
    moved.recurrence_id = Some("4".into());
    moved
        .fields
        .insert("DATE_TO_TS_UTC".into(), json!(now + 1200));
    p.events = vec![holiday, declined, deleted, standup, moved];
    let events = nearest(&mut p, json!({"days": 1}));
    assert_eq!(ids(&events), ["1", "2", "3", "4", "5"]);
    // A one-day all-day event: its dates without times, its end the start of its (only) day.
    assert_eq!(events[0]["DT_SKIP_TIME"], json!("Y"));
    assert_eq!(events[0]["DATE_FROM"], json!("10/09/2025"));
    assert_eq!(events[0]["DATE_TO"], json!("10/09/2025"));
    assert_eq!(events[0]["DATE_TO_TS_UTC"], json!(today.to_string()));
    assert_eq!(events[0]["DT_LENGTH"], json!(86_400));
    assert_eq!(events[0]["ACCESSIBILITY"], json!("absent"));
    assert_eq!(events[1]["MEETING_STATUS"], json!("N"));
    assert_eq!(
        (&events[2]["DELETED"], &events[2]["PRIVATE_EVENT"]),
        (&json!("Y"), &json!("Y"))
    );
    assert_eq!(events[3]["RRULE"]["FREQ"], json!("DAILY"));
    assert_eq!(events[4]["RECURRENCE_ID"], json!("4"));
    assert_eq!(
        events[4]["DATE_TO_TS_UTC"],
        json!(now + 1200),
        "a field a test replaced"
    );
}

#[test]
fn portal_dates_use_a_twelve_hour_clock() {
    assert_eq!(
        calendar::portal_date(1_733_936_340, false),
        "12/11/2024 04:59:00 pm"
    );
    assert_eq!(
        calendar::portal_date(1_733_875_200, false),
        "12/11/2024 12:00:00 am"
    );
    assert_eq!(
        calendar::portal_date(1_733_918_400, false),
        "12/11/2024 12:00:00 pm"
    );
    assert_eq!(
        calendar::portal_date(1_733_918_399, false),
        "12/11/2024 11:59:59 am"
    );
    assert_eq!(calendar::portal_date(1_733_918_400, true), "12/11/2024");
}

#[test]
fn the_calendar_and_work_day_need_their_scopes() {
    let mut p = portal();
    let denied = json!({"error": "insufficient_scope",
        "error_description": "The request requires higher privileges than provided by the webhook token"});
    for method in [NEAREST, "timeman.status", "Calendar.Event.Get.Nearest.json"] {
        let reply = p.handle(&webhook(method, json!({})), NOW);
        assert_eq!((reply.status, &reply.body), (403, &denied), "{method}");
    }
    p.scopes.push("calendar".into());
    assert_eq!(p.handle(&webhook(NEAREST, json!({})), NOW).status, 200);
    assert_eq!(
        p.handle(&webhook("timeman.status", json!({})), NOW).status,
        403
    );
    p.scopes = vec!["timeman".into()];
    assert_eq!(
        p.handle(&webhook("timeman.status", json!({})), NOW).status,
        200
    );
    assert_eq!(p.handle(&webhook(NEAREST, json!({})), NOW).status, 403);
    let oauth = p.handle(&with_auth(Auth::Token(Some("tok".into())), NEAREST), NOW);
    assert_eq!(oauth.error_code().as_deref(), Some("insufficient_scope"));
}

#[test]
fn the_work_day_is_closed_and_never_opened_by_default() {
    let mut p = portal_with_all_scopes();
    let reply = p.handle(&webhook("timeman.status", json!({})), NOW);
    assert_eq!(reply.status, 200);
    assert_eq!(
        reply.body["result"],
        json!({"STATUS": "CLOSED", "TIME_START": null, "TIME_FINISH": null, "DURATION": "00:00:00",
               "TIME_LEAKS": "00:00:00", "ACTIVE": false, "IP_OPEN": "", "IP_CLOSE": "",
               "LAT_OPEN": 0, "LON_OPEN": 0, "LAT_CLOSE": 0, "LON_CLOSE": 0, "TZ_OFFSET": 0})
    );
}

#[test]
fn work_day_states_and_their_times() {
    let mut p = portal_with_all_scopes();
    let now = NOW as i64;
    let read = |p: &mut Portal| {
        let reply = p.handle(&webhook("timeman.status", json!({})), NOW);
        assert_eq!(reply.status, 200);
        reply.body["result"].clone()
    };
    p.work_day = SimWorkDay::at("OPENED", now);
    let opened = read(&mut p);
    assert_eq!(opened["STATUS"], json!("OPENED"));
    assert_eq!(opened["TIME_START"], json!("2025-10-09T08:53:20+00:00"));
    assert_eq!(
        (&opened["TIME_FINISH"], &opened["DURATION"]),
        (&Value::Null, &json!("00:00:00"))
    );
    assert_eq!(opened["ACTIVE"], json!(true));
    assert!(opened.get("TIME_FINISH_DEFAULT").is_none());

    p.work_day = SimWorkDay::at("PAUSED", now);
    assert_eq!(read(&mut p)["STATUS"], json!("PAUSED"));

    p.work_day = SimWorkDay {
        time_leaks: 1073,
        ..SimWorkDay::at("CLOSED", now)
    };
    let closed = read(&mut p);
    assert_eq!(closed["TIME_START"], json!("2025-10-09T00:53:20+00:00"));
    assert_eq!(closed["TIME_FINISH"], json!("2025-10-09T08:53:20+00:00"));
    assert_eq!(
        (&closed["DURATION"], &closed["TIME_LEAKS"]),
        (&json!("07:42:07"), &json!("00:17:53"))
    );

    p.work_day = SimWorkDay::at("EXPIRED", now);
    let expired = read(&mut p);
    assert_eq!(expired["TIME_START"], json!("2025-10-08T08:53:20+00:00"));
    assert_eq!(
        expired["TIME_FINISH_DEFAULT"],
        json!("2025-10-08T17:53:20+00:00")
    );
    assert_eq!(expired["TIME_FINISH"], Value::Null);

    // Any word is answered as stored, for a test of a value the API never sends.
    p.work_day = SimWorkDay::at("opened", now);
    assert_eq!(read(&mut p)["STATUS"], json!("opened"));
    assert_eq!(read(&mut p)["TIME_START"], Value::Null);
    assert_eq!(timeman::hms(90_061), "25:01:01");
}

#[test]
fn another_users_work_day_is_not_found() {
    let mut p = portal_with_all_scopes();
    for own in [json!({"USER_ID": 7}), json!({"user_id": "7"})] {
        let reply = p.handle(&webhook("timeman.status", own), NOW);
        assert_eq!(reply.status, 200);
    }
    let reply = p.handle(&webhook("timeman.status", json!({"USER_ID": 503})), NOW);
    assert_eq!(
        (reply.status, reply.body),
        (
            400,
            json!({"error": "", "error_description": "User not found"})
        )
    );
}

#[test]
fn an_error_without_a_code_takes_the_methods_description() {
    let calendar = error_reply("", NEAREST);
    assert_eq!(
        (calendar.status, calendar.body),
        (
            400,
            json!({"error": "", "error_description": "Access denied"})
        )
    );
    assert_eq!(
        error_reply("", "timeman.status").body["error_description"],
        json!("User not found")
    );
    assert_eq!(
        error_reply("", "profile").body["error_description"],
        json!("Simulated error")
    );
}

#[test]
fn colleagues_each_keep_a_status_of_their_own() {
    let mut p = Portal::new(&SimConfig {
        webhook_secret: "s3cret".into(),
        status: Some("online".into()),
        colleagues: 3,
        ..SimConfig::default()
    });
    let as_user = |user: u64, method: &str, params: Value| {
        let Value::Object(params) = params else {
            panic!("params must be an object")
        };
        Call::from_rest_path(&format!("/rest/{user}/s3cret/{method}"), params).unwrap()
    };
    let set = |p: &mut Portal, user, status: &str| {
        p.handle(
            &as_user(user, "im.user.status.set", json!({"STATUS": status})),
            NOW,
        )
    };
    assert_eq!(set(&mut p, 2, "away").body["result"], json!(true));
    let get = |p: &mut Portal, user| {
        p.handle(&as_user(user, "im.user.status.get", json!({})), NOW)
            .body["result"]
            .clone()
    };
    assert_eq!(get(&mut p, 2), json!("away"));
    assert_eq!(get(&mut p, 3), json!(false), "a colleague who set none");
    assert_eq!(
        get(&mut p, 7),
        json!("online"),
        "the owner's own is untouched"
    );
    // Only 1..=3 (and the owner) are users of this portal.
    assert_eq!(
        set(&mut p, 4, "dnd").error_code().as_deref(),
        Some("INVALID_CREDENTIALS")
    );
    let alone = &mut portal();
    assert_eq!(
        set(alone, 2, "dnd").error_code().as_deref(),
        Some("INVALID_CREDENTIALS")
    );
}
