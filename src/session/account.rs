//! The signed-in account: read from config.toml and its webhook from the keyring, for the CLI, the
//! doctor and the tray alike.

use b24_status_core::safe_text::displayable;

use crate::error::AppError;
use crate::portal::webhook::Webhook;
use crate::store::config::{Account, Config};
use crate::store::keyring::{self, KeyringError};

/// The signed-in account and its webhook.
pub struct SignedIn {
    pub config: Config,
    pub account: Account,
    pub webhook: Webhook,
}

impl SignedIn {
    /// Reads the config and the keyring: not signed in, or signed in without a stored secret, is an error
    /// that says what to run.
    pub fn load() -> Result<SignedIn, AppError> {
        let config = Config::load()?;
        let mut account = config.account.clone().ok_or(AppError::NotSignedIn)?;
        // A name stored by an older version, or edited by hand, is shown as the portal's names are.
        account.name = displayable(&account.name);
        let webhook = webhook_for(&account)?.ok_or_else(|| AppError::SecretMissing {
            account: account.keyring_account(),
        })?;
        Ok(SignedIn {
            config,
            account,
            webhook,
        })
    }
}

/// The account's webhook, its secret read from the keyring; `None` when the keyring holds none for it.
pub fn webhook_for(account: &Account) -> Result<Option<Webhook>, KeyringError> {
    Ok(
        keyring::load(&account.keyring_account())?.map(|secret| Webhook {
            portal: account.portal.clone(),
            user_id: account.user_id,
            secret,
        }),
    )
}
