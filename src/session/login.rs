//! Signing in and out, and following a renamed portal, shared by the CLI and the tray. Signing in parses
//! the inbound-webhook URL, verifies it against the portal (`profile`, then `im.user.status.get`, which
//! needs the `im` scope), and only then stores the secret in the keyring and the account in the config.

use crate::engine::{Activity, Engine, Intent};
use crate::error::AppError;
use crate::portal::client::Client;
use crate::portal::webhook::Webhook;
use crate::portal_error::PortalError;
use std::time::Instant;

use crate::backoff::{Backoff, Policy, Verdict};
use crate::portal::response::Profile;
use crate::session::live::Live;
use crate::store::config::{Account, Config};
use crate::store::keyring;
use crate::store::state::State;
use crate::tuning;

/// Verifies and stores a pasted webhook URL; on any failure nothing is stored. Blocking: call it from a
/// thread that is not inside a tokio runtime.
pub fn sign_in(pasted: &str) -> Result<Account, AppError> {
    let webhook = Webhook::parse(pasted)?;
    let mut config = Config::load()?;
    keyring::probe()?;

    let mut client = Client::new(webhook)?;
    let mut engine = Engine::new(tuning::CLI_RETRY, fastrand::u64(..));
    let profile = crate::session::runtime().block_on(async {
        let profile = profile(&mut client, tuning::CLI_RETRY).await?;
        engine.intent(Intent::Refresh);
        let mut live = Live::new(engine, Some(client), None);
        live.settle().await;
        Ok::<_, PortalError>((profile, live))
    })?;
    let (profile, live) = profile;
    if let Activity::Failed { error, .. } | Activity::Halted(error) = live.engine.activity() {
        return Err(error.into());
    }

    let webhook = live.client().expect("signed in").webhook().clone();
    let account = Account {
        portal: webhook.portal.clone(),
        user_id: webhook.user_id,
        name: profile.name,
    };
    let key = account.keyring_account();
    keyring::store(&key, &webhook.secret)?;
    let previous = config.account.replace(account.clone());
    if let Err(e) = config.save() {
        // Leave nothing behind: the sign-in did not happen.
        let _ = keyring::delete(&key);
        return Err(e.into());
    }
    if let Some(old) = previous.filter(|old| old.keyring_account() != key)
        && let Err(e) = keyring::delete(&old.keyring_account())
    {
        tracing::warn!("the previous account's webhook could not be removed: {e}");
    }
    Ok(account)
}

/// Removes the secret, the account and the remembered state from this machine; returns the account
/// that was signed in (`None`: nobody was, which is not an error).
///
/// A failure leaves the sign-in as it was: the config (an atomic write) goes first, since it is what
/// fails on a full or read-only disk, and while it still names the account the secret is still there;
/// only then is the secret deleted, and if the keyring refuses, the config gets the account back. (The
/// other order, secret first, leaves an account without its secret when the config cannot be written.)
/// The remembered state goes last: it is no sign-in, only the last run's memory.
pub fn sign_out() -> Result<Option<Account>, AppError> {
    let signed_in = Config::load()?;
    let Some(account) = signed_in.account.clone() else {
        return Ok(None);
    };
    let signed_out = Config {
        account: None,
        ..signed_in.clone()
    };
    signed_out.save()?;
    if let Err(e) = keyring::delete(&account.keyring_account()) {
        if let Err(back) = signed_in.save() {
            tracing::warn!(
                "sign-out: the keyring refused and the config could not be restored: {back}"
            );
        }
        return Err(e.into());
    }
    State::remove()?;
    Ok(Some(account))
}

/// When the client followed a permanent redirect to a new address and a call there succeeded (the
/// client reports a move only then), makes it permanent for `account` (keyring and config) and returns
/// the moved account; `None` when the portal did not move.
pub fn follow_move(account: &Account, client: &Client) -> Option<Result<Account, AppError>> {
    if !has_moved(account, client) {
        return None;
    }
    let portal = client.moved_to()?;
    Some(remember_move(account, &client.webhook().secret, portal))
}

/// Whether the client followed a permanent redirect away from the account's address (no I/O).
pub fn has_moved(account: &Account, client: &Client) -> bool {
    client.moved_to().is_some_and(|p| *p != account.portal)
}

/// Makes a renamed portal's new address permanent: the keyring entry moves to the new account name and
/// the config follows; the old entry goes last, once both hold the new address (a failure before leaves
/// the old account as it was). Returns the updated account.
fn remember_move(
    account: &Account,
    secret: &crate::secret::Secret,
    portal: &crate::portal::webhook::Portal,
) -> Result<Account, AppError> {
    let mut moved = account.clone();
    moved.portal = portal.clone();
    let key = moved.keyring_account();
    keyring::store(&key, secret)?;
    let saved = Config::load().and_then(|mut config| {
        config.account = Some(moved.clone());
        config.save()
    });
    if let Err(e) = saved {
        let _ = keyring::delete(&key);
        return Err(e.into());
    }
    keyring::delete(&account.keyring_account())?;
    Ok(moved)
}

/// "Signed in as Anna Petrova on anna.bitrix24.com (user 7)."
pub fn signed_in_line(account: &Account) -> String {
    text!(
        "login-signed-in",
        name = &account.name,
        portal = account.portal.to_string(),
        user = account.user_id.to_string()
    )
}

/// Reads the profile, retrying transient failures under `policy`.
async fn profile(client: &mut Client, policy: Policy) -> Result<Profile, PortalError> {
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
