//! Runs the pure status engine against the real portal client, on tokio's clock.

use std::time::Instant;

use crate::backoff::{Backoff, Policy, Verdict};
use crate::engine::{Engine, Next};
use crate::portal::client::Client;
use crate::portal::response::Profile;
use crate::portal_error::PortalError;

/// Makes the engine's calls, in order, until it has nothing left to do.
pub async fn settle(engine: &mut Engine, client: &mut Client) {
    loop {
        let now = Instant::now();
        match engine.next(now) {
            Next::Send(call) => {
                let outcome = client.perform(call, engine.call_timeout(now)).await;
                engine.outcome(outcome, Instant::now());
            }
            Next::WaitUntil(at) => tokio::time::sleep_until(at.into()).await,
            Next::Idle => return,
        }
    }
}

/// Reads the profile, retrying transient failures under `policy`.
pub async fn profile(client: &mut Client, policy: Policy) -> Result<Profile, PortalError> {
    let mut backoff = Backoff::new(policy, fastrand::u64(..));
    loop {
        let sent = Instant::now();
        match client.profile(backoff.call_timeout(sent)).await {
            Ok(profile) => return Ok(profile),
            Err(e) => match backoff.failed(e.clone(), sent, Instant::now()) {
                Verdict::RetryAt(at) => tokio::time::sleep_until(at.into()).await,
                Verdict::GiveUp => return Err(e),
            },
        }
    }
}
