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
