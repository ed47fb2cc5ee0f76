//! Pure portal logic with no I/O: REST routes, webhook and OAuth auth, scopes, the stored status, the leaky bucket and the JSON replies.

mod calendar;
mod timeman;

use std::time::Instant;

use serde_json::{Map, Value, json};

use super::SimConfig;
pub use calendar::SimEvent;
pub use timeman::SimWorkDay;

/// The values `im.user.status.set` accepts: lowercase and exact.
pub const STATUSES: [&str; 4] = ["online", "dnd", "away", "break"];

/// The error codes the simulator knows: code, usual HTTP status (from the API notes), description.
/// `INVALID_CREDENTIALS` is special-cased in [`error_reply`] because its status depends on the method.
const ERRORS: &[(&str, u16, &str)] = &[
    (
        "expired_token",
        401,
        "The access token provided has expired",
    ),
    ("invalid_token", 401, "The access token provided is invalid"),
    ("NO_AUTH_FOUND", 401, "Wrong authorization data"),
    ("INVALID_CREDENTIALS", 401, "Invalid request credentials"),
    (
        "insufficient_scope",
        403,
        "The request requires higher privileges than provided by the webhook token",
    ),
    ("QUERY_LIMIT_EXCEEDED", 503, "Too many requests"),
    (
        "OPERATION_TIME_LIMIT",
        429,
        "Method is blocked due to operation time limit",
    ),
    ("OVERLOAD_LIMIT", 503, "REST API is blocked due to overload"),
    (
        "ACCESS_DENIED",
        403,
        "REST is available only on commercial plans",
    ),
    (
        "WRONG_AUTH_TYPE",
        403,
        "Current authorization type is denied for this method",
    ),
    ("ERROR_METHOD_NOT_FOUND", 404, "Method not found!"),
    ("INVALID_REQUEST", 400, "Https required"),
    ("PORTAL_DELETED", 500, "Portal was deleted"),
    ("INTERNAL_SERVER_ERROR", 500, "Internal server error"),
    ("STATUS_ERROR", 400, "Status is not available"),
];

/// An answer of the portal logic: an HTTP status and a JSON body.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub status: u16,
    pub body: Value,
}

impl Reply {
    /// The `error` code of an error reply, `None` for a success.
    pub fn error_code(&self) -> Option<String> {
        self.body
            .get("error")
            .and_then(Value::as_str)
            .map(str::to_owned)
    }
}

/// The error reply for `code` as the portal would send it from `method`. Codes are matched
/// case-insensitively and answered in their canonical spelling; an unknown code gets HTTP 400.
pub fn error_reply(code: &str, method: &str) -> Reply {
    let (code, mut status, description) = ERRORS
        .iter()
        .find(|(known, _, _)| known.eq_ignore_ascii_case(code))
        .copied()
        .unwrap_or((code, 400, empty_code_description(code, method)));
    // The docs disagree on this status (403 in the error table, 401 on the im.user.status.* pages),
    // so the simulator uses both: a client must decide on the code, never on the status.
    if code == "INVALID_CREDENTIALS" && !method.starts_with("im.") {
        status = 403;
    }
    Reply {
        status,
        body: json!({ "error": code, "error_description": description }),
    }
}

/// The description of an error without a code (`"error": ""`), which the calendar and work-time methods
/// answer for their own refusals (HTTP 400, as their pages show).
fn empty_code_description(code: &str, method: &str) -> &'static str {
    match (code, method) {
        ("", "calendar.event.get.nearest") => "Access denied",
        ("", "timeman.status") => "User not found",
        _ => "Simulated error",
    }
}

/// How a call authenticates.
#[derive(Debug, Clone, PartialEq)]
pub enum Auth {
    /// `/rest/{user_id}/{secret}/{method}`.
    Webhook { user_id: String, secret: String },
    /// `/rest/{method}` with the `auth` parameter, if any.
    Token(Option<String>),
}

/// One REST call as the portal logic sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    /// The method name, lowercased and without a `.json` suffix.
    pub method: String,
    pub auth: Auth,
    pub params: Map<String, Value>,
}

impl Call {
    /// Builds a call from a request path (without its query) and its decoded parameters, or `None`
    /// when the path is not under `/rest/`. Three segments are a webhook call; any other shape is
    /// an OAuth call whose method is the rest of the path.
    pub fn from_rest_path(path: &str, params: Map<String, Value>) -> Option<Call> {
        let rest = path.strip_prefix("/rest/")?;
        let (auth, method) = match rest.split('/').collect::<Vec<_>>().as_slice() {
            [user_id, secret, method] => (
                Auth::Webhook {
                    user_id: (*user_id).to_owned(),
                    secret: (*secret).to_owned(),
                },
                *method,
            ),
            _ => {
                let token = param(&params, "auth").and_then(Value::as_str);
                (Auth::Token(token.map(str::to_owned)), rest)
            }
        };
        Some(Call {
            method: normalize_method(method),
            auth,
            params,
        })
    }

    /// How the call was authenticated, as recorded: "webhook", "oauth" or "none".
    pub fn via(&self) -> &'static str {
        match self.auth {
            Auth::Webhook { .. } => "webhook",
            Auth::Token(Some(_)) => "oauth",
            Auth::Token(None) => "none",
        }
    }
}

/// Lowercases a method name and drops the optional `.json` suffix (the portal treats names case-insensitively).
pub fn normalize_method(method: &str) -> String {
    let lower = method.to_ascii_lowercase();
    match lower.strip_suffix(".json") {
        Some(stripped) => stripped.to_owned(),
        None => lower,
    }
}

/// Looks a parameter up by name, case-insensitively like the real API.
fn param<'a>(params: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    params
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .map(|(_, value)| value)
}

/// The methods the simulated portal implements.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Method {
    StatusSet,
    StatusGet,
    Profile,
    UserGet,
    CalendarNearest,
    WorkDay,
}

impl Method {
    fn parse(name: &str) -> Option<Method> {
        match name {
            "im.user.status.set" => Some(Method::StatusSet),
            "im.user.status.get" => Some(Method::StatusGet),
            "profile" => Some(Method::Profile),
            "im.user.get" => Some(Method::UserGet),
            "calendar.event.get.nearest" => Some(Method::CalendarNearest),
            "timeman.status" => Some(Method::WorkDay),
            _ => None,
        }
    }

    fn scope(self) -> &'static str {
        match self {
            Method::Profile => "basic",
            Method::StatusSet | Method::StatusGet | Method::UserGet => "im",
            Method::CalendarNearest => "calendar",
            Method::WorkDay => "timeman",
        }
    }
}

/// A leaky bucket: each admitted request adds one unit, the level drains continuously, and a
/// request that would overflow `burst` is refused without adding anything.
#[derive(Debug, Clone)]
pub struct LeakyBucket {
    burst: f64,
    drain_per_sec: f64,
    level: f64,
    last: Option<Instant>,
}

impl LeakyBucket {
    pub fn new(burst: f64, drain_per_sec: f64) -> LeakyBucket {
        LeakyBucket {
            burst,
            drain_per_sec,
            level: 0.0,
            last: None,
        }
    }

    /// Drains the bucket up to `now`, then admits (and counts) one request if it fits.
    pub fn try_take(&mut self, now: Instant) -> bool {
        if let Some(last) = self.last {
            let elapsed = now.saturating_duration_since(last).as_secs_f64();
            self.level = (self.level - elapsed * self.drain_per_sec).max(0.0);
            self.last = Some(last.max(now));
        } else {
            self.last = Some(now);
        }
        if self.level + 1.0 > self.burst {
            return false;
        }
        self.level += 1.0;
        true
    }
}

/// The whole state of the simulated portal.
pub struct Portal {
    pub user_id: u64,
    pub name: String,
    pub last_name: String,
    pub secret: String,
    pub scopes: Vec<String>,
    pub oauth_token: Option<String>,
    pub oauth_expired: bool,
    pub webhook_revoked: bool,
    pub status: Option<String>,
    /// The user's calendar, for `calendar.event.get.nearest`.
    pub events: Vec<SimEvent>,
    /// The user's work day, for `timeman.status`.
    pub work_day: SimWorkDay,
    pub bucket: LeakyBucket,
    /// See [`SimConfig::colleagues`]: how many, and the statuses of those who set one.
    colleagues: u64,
    colleague_statuses: std::collections::HashMap<u64, String>,
    /// Success replies so far; the optional `operating` fields appear on every other one.
    successes: u64,
}

impl Portal {
    pub fn new(config: &SimConfig) -> Portal {
        Portal {
            user_id: config.user_id,
            name: config.name.clone(),
            last_name: config.last_name.clone(),
            secret: config.webhook_secret.clone(),
            scopes: config.scopes.clone(),
            oauth_token: config.oauth_access_token.clone(),
            oauth_expired: false,
            webhook_revoked: false,
            status: config.status.clone(),
            events: config.events.clone(),
            work_day: config.work_day.clone(),
            bucket: LeakyBucket::new(config.burst, config.drain_per_sec),
            colleagues: config.colleagues,
            colleague_statuses: std::collections::HashMap::new(),
            successes: 0,
        }
    }

    /// Runs one admitted call at unix time `now_unix`: auth, method lookup, scope, then the method.
    pub fn handle(&mut self, call: &Call, now_unix: f64) -> Reply {
        if let Err(code) = self.authenticate(&call.auth) {
            return error_reply(code, &call.method);
        }
        let Some(method) = Method::parse(&call.method) else {
            return error_reply("ERROR_METHOD_NOT_FOUND", &call.method);
        };
        let scope = method.scope();
        if scope != "basic" && !self.scopes.iter().any(|s| s == scope) {
            let mut reply = error_reply("insufficient_scope", &call.method);
            if matches!(call.auth, Auth::Token(_)) {
                // For an application the real message names the access token instead.
                reply.body["error_description"] =
                    "The request requires higher privileges than provided by the access token"
                        .into();
            }
            return reply;
        }
        let colleague = self.colleague(&call.auth);
        match method {
            Method::StatusSet => {
                let wanted = param(&call.params, "STATUS").and_then(Value::as_str);
                match wanted.filter(|s| STATUSES.contains(s)) {
                    Some(status) => {
                        match colleague {
                            Some(id) => {
                                self.colleague_statuses.insert(id, status.to_owned());
                            }
                            None => self.status = Some(status.to_owned()),
                        }
                        self.success(json!(true), now_unix)
                    }
                    None => error_reply("STATUS_ERROR", &call.method),
                }
            }
            Method::StatusGet => {
                let status = match colleague {
                    Some(id) => self.colleague_statuses.get(&id).cloned(),
                    None => self.status.clone(),
                };
                let result = status.map_or(json!(false), Value::from);
                self.success(result, now_unix)
            }
            Method::Profile => {
                let result = json!({
                    "ID": self.user_id.to_string(),
                    "ADMIN": false,
                    "NAME": self.name,
                    "LAST_NAME": self.last_name,
                    "PERSONAL_GENDER": "",
                    "TIME_ZONE": "",
                });
                self.success(result, now_unix)
            }
            Method::UserGet => {
                // The real server reports "online" here whatever status is stored.
                let result = json!({
                    "id": self.user_id,
                    "name": format!("{} {}", self.name, self.last_name),
                    "first_name": self.name,
                    "last_name": self.last_name,
                    "work_position": "",
                    "color": "#df532d",
                    "avatar": "",
                    "gender": "",
                    "birthday": "",
                    "extranet": false,
                    "network": false,
                    "bot": false,
                    "connector": false,
                    "external_auth_id": "default",
                    "status": "online",
                    "idle": false,
                    "last_activity_date": iso8601(now_unix),
                    "desktop_last_date": false,
                    "mobile_last_date": false,
                    "departments": [1],
                    "absent": false,
                    "phones": {"work_phone": "", "personal_mobile": "", "personal_phone": ""},
                });
                self.success(result, now_unix)
            }
            Method::CalendarNearest => {
                let now = now_unix.floor() as i64;
                let result = calendar::nearest(&self.events, self.user_id, &call.params, now);
                self.success(result, now_unix)
            }
            Method::WorkDay => {
                // Another user's day: this portal has no other user.
                let asked = param(&call.params, "USER_ID").map(|id| match id {
                    Value::String(s) => s.trim().to_owned(),
                    other => other.to_string(),
                });
                if asked.is_some_and(|id| id != self.user_id.to_string()) {
                    return error_reply("", &call.method);
                }
                let result = self.work_day.wire();
                self.success(result, now_unix)
            }
        }
    }

    /// The colleague a webhook call is from, if it is from one ([`SimConfig::colleagues`]).
    fn colleague(&self, auth: &Auth) -> Option<u64> {
        match auth {
            Auth::Webhook { user_id, .. } => user_id
                .parse::<u64>()
                .ok()
                .filter(|id| *id != self.user_id && (1..=self.colleagues).contains(id)),
            Auth::Token(_) => None,
        }
    }

    /// Checks the credentials of a call; `Err` holds the error code.
    fn authenticate(&self, auth: &Auth) -> Result<(), &'static str> {
        match auth {
            Auth::Webhook { user_id, secret } => {
                let valid = !self.webhook_revoked
                    && (*user_id == self.user_id.to_string() || self.colleague(auth).is_some())
                    && *secret == self.secret;
                if valid {
                    Ok(())
                } else {
                    Err("INVALID_CREDENTIALS")
                }
            }
            Auth::Token(None) => Err("NO_AUTH_FOUND"),
            Auth::Token(Some(token)) if self.oauth_token.as_ref() == Some(token) => {
                if self.oauth_expired {
                    Err("expired_token")
                } else {
                    Ok(())
                }
            }
            Auth::Token(Some(_)) => Err("invalid_token"),
        }
    }

    /// A 200 reply with `result` and the `time` block.
    pub fn success(&mut self, result: Value, now_unix: f64) -> Reply {
        let time = self.time_block(now_unix);
        Reply {
            status: 200,
            body: json!({ "result": result, "time": time }),
        }
    }

    /// The `time` block; `operating_reset_at` and `operating` appear on every other reply because
    /// they are optional in reality and a client must not depend on them.
    fn time_block(&mut self, now_unix: f64) -> Value {
        let processing = 0.0004;
        let finish = now_unix + 0.0012;
        let mut time = json!({
            "start": now_unix,
            "finish": finish,
            "duration": finish - now_unix,
            "processing": processing,
            "date_start": iso8601(now_unix),
            "date_finish": iso8601(finish),
        });
        if self.successes.is_multiple_of(2) {
            time["operating_reset_at"] = json!(now_unix.floor() as i64 + 600);
            time["operating"] = json!(processing);
        }
        self.successes += 1;
        time
    }
}

/// Formats unix time as ISO-8601 in UTC with an explicit `+00:00` offset, e.g. `2023-04-15T14:37:47+00:00`.
pub fn iso8601(unix: f64) -> String {
    let (year, month, day, hour, minute, second) = civil(unix.floor() as i64);
    format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}+00:00")
}

/// Unix seconds as the UTC calendar date and time: year, month, day, hour, minute, second.
pub fn civil(secs: i64) -> (i64, i64, i64, i64, i64, i64) {
    let (days, of_day) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        year,
        month,
        day,
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60,
    )
}

#[cfg(test)]
mod tests;
