//! The webhook secret as a type that cannot be printed.
//!
//! The secret travels inside every request URL, so a single `{:?}` or `{}` in the wrong place would leak
//! it into a log, an error message or a terminal. Wrapping it in [`secrecy::SecretString`] means it has no
//! `Display`, its `Debug` prints a placeholder, and the memory is zeroed on drop; the only way to read it
//! is [`Secret::expose`], which is easy to audit.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

/// A credential (today the inbound-webhook code; later OAuth tokens).
#[derive(Clone)]
pub struct Secret(SecretString);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(SecretString::from(value.into()))
    }

    /// The plain text, for building a request or handing it to the keyring. Never format it.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(redacted)")
    }
}

impl PartialEq for Secret {
    fn eq(&self, other: &Self) -> bool {
        self.expose() == other.expose()
    }
}

impl Eq for Secret {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_value() {
        let s = Secret::new("abcdef0123456789");
        assert_eq!(format!("{s:?}"), "Secret(redacted)");
        assert!(!format!("{:#?}", Some(s.clone())).contains("abcdef"));
        assert_eq!(s.expose(), "abcdef0123456789");
    }
}
