//! The `/_sim/` JSON control endpoints that let drivers outside the process steer the simulator:
//! no auth, loopback peers only, never rate limited and never recorded.

use std::net::SocketAddr;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use super::http::{Request, Response};
use super::{Fault, Shared, SimEvent, SimWorkDay, unix_now};

#[derive(Deserialize)]
struct FaultBody {
    method: Option<String>,
    fault: Fault,
}

#[derive(Deserialize)]
struct StatusBody {
    status: Option<String>,
}

#[derive(Deserialize)]
struct ScopesBody {
    scopes: Vec<String>,
}

#[derive(Deserialize)]
struct EventsBody {
    events: Vec<SimEvent>,
}

/// A work day: `status` as the user's clicks would leave it now ([`SimWorkDay::at`]), with any of the
/// times given replacing the derived ones.
#[derive(Deserialize)]
struct WorkDayBody {
    status: String,
    time_start: Option<i64>,
    time_finish: Option<i64>,
    time_leaks: Option<u64>,
}

#[derive(Deserialize)]
struct RenameBody {
    on: bool,
}

#[derive(Deserialize)]
struct RateLimitBody {
    burst: f64,
    drain_per_sec: f64,
}

/// Answers one `/_sim/` request.
pub(super) fn handle(shared: &Shared, request: &Request, peer: SocketAddr) -> Response {
    if !peer.ip().is_loopback() {
        return failure(403, "control endpoints are loopback only");
    }
    match run(shared, request) {
        Ok(body) => Response::json(200, &body),
        Err(response) => response,
    }
}

/// The endpoints (a POST answers `{"ok": true}`):
/// - `POST fault {"method"?, "fault"}`, `POST clear_faults`;
/// - `POST status {"status"}`, `GET status`;
/// - `GET calls`, `POST reset_calls`, `GET counts` (`{"<method>": n}`, every recorded call);
/// - `POST revoke`, `POST expire_token`, `POST rename {"on"}`, `POST rate_limit {"burst", "drain_per_sec"}`;
/// - `POST scopes {"scopes"}` (replace), `POST scopes/grant {"scopes"}`, `POST scopes/withdraw
///   {"scopes"}`, `GET scopes`;
/// - `POST events {"events": [SimEvent…]}` (replace), `GET events`;
/// - `POST work_day {"status", "time_start"?, "time_finish"?, "time_leaks"?}`, `GET work_day`.
fn run(shared: &Shared, request: &Request) -> Result<Value, Response> {
    let ok = json!({"ok": true});
    let route = request.path.strip_prefix("/_sim/").unwrap_or_default();
    match (request.method.as_str(), route) {
        ("POST", "fault") => {
            let body: FaultBody = parse(request)?;
            shared.push_fault(body.method.as_deref(), body.fault);
        }
        ("POST", "clear_faults") => shared.lock().faults.clear(),
        ("POST", "status") => {
            let body: StatusBody = parse(request)?;
            shared.lock().portal.status = body.status;
        }
        ("GET", "status") => return Ok(json!({"status": shared.lock().portal.status})),
        ("GET", "calls") => return Ok(json!(shared.lock().calls)),
        ("POST", "reset_calls") => shared.lock().calls.clear(),
        ("POST", "revoke") => shared.lock().portal.webhook_revoked = true,
        ("POST", "scopes") => {
            let body: ScopesBody = parse(request)?;
            shared.lock().portal.scopes = body.scopes;
        }
        ("POST", "scopes/grant") => {
            let body: ScopesBody = parse(request)?;
            shared.grant_scopes(body.scopes.iter().map(String::as_str));
        }
        ("POST", "scopes/withdraw") => {
            let body: ScopesBody = parse(request)?;
            shared.withdraw_scopes(body.scopes.iter().map(String::as_str));
        }
        ("GET", "scopes") => return Ok(json!({"scopes": shared.lock().portal.scopes})),
        ("POST", "events") => {
            let body: EventsBody = parse(request)?;
            shared.lock().portal.events = body.events;
        }
        ("GET", "events") => return Ok(json!({"events": shared.lock().portal.events})),
        ("POST", "work_day") => {
            let body: WorkDayBody = parse(request)?;
            let mut day = SimWorkDay::at(&body.status, unix_now());
            day.time_start = body.time_start.or(day.time_start);
            day.time_finish = body.time_finish.or(day.time_finish);
            day.time_leaks = body.time_leaks.unwrap_or(day.time_leaks);
            shared.lock().portal.work_day = day;
        }
        ("GET", "work_day") => return Ok(json!(shared.lock().portal.work_day)),
        ("GET", "counts") => return Ok(json!(shared.call_counts())),
        ("POST", "rename") => {
            let body: RenameBody = parse(request)?;
            shared.lock().renamed = body.on;
        }
        ("POST", "expire_token") => shared.lock().portal.oauth_expired = true,
        ("POST", "rate_limit") => {
            let body: RateLimitBody = parse(request)?;
            shared.set_rate_limit(body.burst, body.drain_per_sec);
        }
        _ => return Err(failure(404, "unknown control endpoint")),
    }
    Ok(ok)
}

fn parse<T: DeserializeOwned>(request: &Request) -> Result<T, Response> {
    serde_json::from_slice(&request.body).map_err(|error| failure(400, &error.to_string()))
}

fn failure(status: u16, message: &str) -> Response {
    Response::json(
        status,
        &json!({"error": "bad_control_request", "error_description": message}),
    )
}
