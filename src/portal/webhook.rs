//! Parsing what a user pastes as their inbound-webhook URL, and building method URLs from it.
//!
//! Accepted: `https://{portal}/rest/{user_id}/{code}/`, with or without the trailing slash, with a method
//! suffix (`.../profile.json`, `.../im.user.status.set`), surrounding whitespace, or no scheme at all
//! (`https://` is assumed). Plain `http://` is refused except to loopback hosts, where local tests and the
//! simulator run. No error message repeats the input: it contains the secret.

use std::fmt;
use std::net::IpAddr;

use serde::{Deserialize, Serialize};
use url::{Host, Url};

use crate::secret::Secret;

/// The address of a Bitrix24 portal: scheme, host, port, and the path its `/rest/` hangs under
/// (empty for every cloud portal). Holds no secret, so it may be shown and stored.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Portal {
    /// Always ends with `/`; `rest/...` is joined onto it.
    base: Url,
}

impl Portal {
    /// Parses a stored portal address such as `https://anna.bitrix24.com`.
    pub fn parse(text: &str) -> Result<Portal, WebhookError> {
        let url = Url::parse(text.trim()).map_err(|_| WebhookError::NotAUrl)?;
        check_transport(&url)?;
        if url.query().is_some() || url.fragment().is_some() || !url.username().is_empty() {
            return Err(WebhookError::NotAUrl);
        }
        let mut base = url;
        // Exactly one trailing slash, so the stored form (`as_str`, without it) parses back to the same.
        let path = format!("{}/", base.path().trim_end_matches('/'));
        base.set_path(&path);
        Ok(Portal { base })
    }

    /// `host` or `host:port`, as shown to the user.
    pub fn host(&self) -> String {
        let host = self.base.host_str().unwrap_or_default();
        match self.base.port() {
            Some(port) => format!("{host}:{port}"),
            None => host.to_string(),
        }
    }

    /// Whether calls go over HTTPS (every portal but a loopback one, such as the simulator).
    pub fn is_https(&self) -> bool {
        self.base.scheme() == "https"
    }

    /// The full address, e.g. `https://anna.bitrix24.com`, as stored in the config file.
    pub fn as_str(&self) -> &str {
        self.base.as_str().trim_end_matches('/')
    }

    fn join(&self, path: &str) -> Url {
        // `base` is a valid URL ending in '/', and `path` is built from validated segments.
        self.base
            .join(path)
            .expect("a relative path joins onto a base URL")
    }
}

impl fmt::Display for Portal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.host())
    }
}

impl fmt::Debug for Portal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Portal({})", self.as_str())
    }
}

impl TryFrom<String> for Portal {
    type Error = WebhookError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Portal::parse(&value)
    }
}

impl From<Portal> for String {
    fn from(p: Portal) -> String {
        p.as_str().to_string()
    }
}

/// An inbound webhook: the portal, the user it acts as, and its secret code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Webhook {
    pub portal: Portal,
    pub user_id: u64,
    pub secret: Secret,
}

/// Why a pasted webhook URL was refused. Messages never include the input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WebhookError {
    #[error("{}", text!("webhook-empty"))]
    Empty,
    #[error("{}", text!("webhook-not-a-url"))]
    NotAUrl,
    #[error("{}", text!("webhook-scheme", scheme = .0))]
    Scheme(String),
    #[error("{}", text!("webhook-insecure-http"))]
    InsecureHttp,
    #[error("{}", text!("webhook-no-rest-path"))]
    NoRestPath,
    #[error("{}", text!("webhook-no-user-id"))]
    NoUserId,
    #[error("{}", text!("webhook-no-secret"))]
    NoSecret,
    #[error("{}", text!("webhook-bad-secret"))]
    BadSecret,
    #[error("{}", text!("webhook-trailing-path"))]
    TrailingPath,
}

impl Webhook {
    /// Parses a webhook URL as users paste it. See the module docs for what is accepted.
    pub fn parse(input: &str) -> Result<Webhook, WebhookError> {
        let text = input.trim();
        if text.is_empty() {
            return Err(WebhookError::Empty);
        }
        let url = if text.contains("://") {
            Url::parse(text)
        } else if text.contains('/') && !text.contains(char::is_whitespace) {
            Url::parse(&format!("https://{text}"))
        } else {
            return Err(WebhookError::NotAUrl);
        }
        .map_err(|_| WebhookError::NotAUrl)?;
        check_transport(&url)?;
        if !url.username().is_empty() || url.password().is_some() {
            return Err(WebhookError::NotAUrl);
        }

        let segments: Vec<&str> = url.path_segments().map(|s| s.collect()).unwrap_or_default();
        let rest = segments
            .iter()
            .position(|s| *s == "rest")
            .ok_or(WebhookError::NoRestPath)?;
        let prefix = &segments[..rest];
        let tail: Vec<&str> = segments[rest + 1..].to_vec();
        let user_id = match tail.first() {
            None | Some(&"") => return Err(WebhookError::NoUserId),
            Some(id) => id
                .parse::<u64>()
                .ok()
                .filter(|id| *id > 0)
                .ok_or(WebhookError::NoUserId)?,
        };
        let secret = match tail.get(1) {
            None | Some(&"") => return Err(WebhookError::NoSecret),
            Some(code) if is_webhook_code(code) => Secret::new(*code),
            Some(_) => return Err(WebhookError::BadSecret),
        };
        // What may follow the code: nothing, an empty segment (trailing slash), or one method name
        // optionally followed by a trailing slash.
        match &tail[2..] {
            [] | [""] => {}
            [method] | [method, ""] if !method.is_empty() => {}
            _ => return Err(WebhookError::TrailingPath),
        }

        let mut base = url.clone();
        base.set_query(None);
        base.set_fragment(None);
        let mut prefix_path = String::from("/");
        for seg in prefix.iter().filter(|s| !s.is_empty()) {
            prefix_path.push_str(seg);
            prefix_path.push('/');
        }
        base.set_path(&prefix_path);
        Ok(Webhook {
            portal: Portal { base },
            user_id,
            secret,
        })
    }

    /// The URL of one REST method: `{portal}/rest/{user_id}/{secret}/{method}.json`.
    ///
    /// It contains the secret: pass it to the HTTP client and nowhere else.
    pub(crate) fn method_url(&self, method: &str) -> Url {
        self.portal.join(&format!(
            "rest/{}/{}/{}.json",
            self.user_id,
            self.secret.expose(),
            method
        ))
    }

    /// The keyring account this webhook is stored under: `{user_id}@{host[:port]}`.
    pub fn account(&self) -> String {
        account_name(&self.portal, self.user_id)
    }
}

/// The keyring account name for a user on a portal (documented in the README).
pub fn account_name(portal: &Portal, user_id: u64) -> String {
    format!("{user_id}@{}", portal.host())
}

/// Bitrix24 webhook codes are short runs of ASCII letters and digits.
fn is_webhook_code(code: &str) -> bool {
    (4..=128).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// HTTPS everywhere; plain HTTP only to the loopback interface.
fn check_transport(url: &Url) -> Result<(), WebhookError> {
    match url.scheme() {
        "https" => {}
        "http" => {
            if !is_loopback(url) {
                return Err(WebhookError::InsecureHttp);
            }
        }
        other => return Err(WebhookError::Scheme(other.to_string())),
    }
    match url.host() {
        Some(Host::Domain(d)) if !d.is_empty() => Ok(()),
        Some(Host::Ipv4(_)) | Some(Host::Ipv6(_)) => Ok(()),
        _ => Err(WebhookError::NotAUrl),
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CODE: &str = "k3y9q0w8e7r6t5y4";

    fn ok(input: &str) -> Webhook {
        Webhook::parse(input).unwrap_or_else(|e| panic!("{input:?} refused: {e}"))
    }

    #[test]
    fn accepts_what_users_paste() {
        let variants = [
            format!("https://anna.bitrix24.com/rest/7/{CODE}/"),
            format!("https://anna.bitrix24.com/rest/7/{CODE}"),
            format!("https://anna.bitrix24.com/rest/7/{CODE}/profile.json"),
            format!("https://anna.bitrix24.com/rest/7/{CODE}/im.user.status.set"),
            format!("https://anna.bitrix24.com/rest/7/{CODE}/im.user.status.set/"),
            format!("  https://anna.bitrix24.com/rest/7/{CODE}/\n"),
            format!("\thttps://anna.bitrix24.com/rest/7/{CODE}/\r\n"),
            format!("anna.bitrix24.com/rest/7/{CODE}/"),
            format!("HTTPS://Anna.Bitrix24.com/rest/7/{CODE}/"),
            format!("https://anna.bitrix24.com/rest/7/{CODE}/profile.json?x=1#frag"),
        ];
        for v in &variants {
            let w = ok(v);
            assert_eq!(w.portal.as_str(), "https://anna.bitrix24.com", "{v:?}");
            assert_eq!(w.user_id, 7);
            assert_eq!(w.secret.expose(), CODE);
        }
    }

    #[test]
    fn builds_method_urls_and_account_names() {
        let w = ok(&format!("https://anna.bitrix24.com/rest/7/{CODE}/"));
        assert_eq!(
            w.method_url("im.user.status.set").as_str(),
            format!("https://anna.bitrix24.com/rest/7/{CODE}/im.user.status.set.json")
        );
        assert_eq!(w.account(), "7@anna.bitrix24.com");
        let local = ok(&format!("http://127.0.0.1:8080/rest/12/{CODE}"));
        assert_eq!(local.account(), "12@127.0.0.1:8080");
        assert_eq!(local.portal.as_str(), "http://127.0.0.1:8080");
    }

    #[test]
    fn keeps_a_self_hosted_path_prefix() {
        let w = ok(&format!("https://intranet.example.org/b24/rest/3/{CODE}/"));
        assert_eq!(w.portal.as_str(), "https://intranet.example.org/b24");
        assert_eq!(
            w.method_url("profile").as_str(),
            format!("https://intranet.example.org/b24/rest/3/{CODE}/profile.json")
        );
    }

    #[test]
    fn allows_http_only_to_loopback() {
        for host in ["127.0.0.1", "127.1.2.3", "[::1]", "localhost", "LOCALHOST"] {
            ok(&format!("http://{host}:9000/rest/7/{CODE}/"));
        }
        for host in [
            "anna.bitrix24.com",
            "10.0.0.5",
            "192.168.1.2",
            "[::2]",
            "localhost.evil.com",
        ] {
            assert_eq!(
                Webhook::parse(&format!("http://{host}/rest/7/{CODE}/")),
                Err(WebhookError::InsecureHttp),
                "{host}"
            );
        }
    }

    #[test]
    fn refuses_bad_input_with_a_reason_that_does_not_echo_it() {
        let cases: &[(&str, WebhookError)] = &[
            ("", WebhookError::Empty),
            ("   \n", WebhookError::Empty),
            ("hello world", WebhookError::NotAUrl),
            ("k3y9q0w8e7r6t5y4", WebhookError::NotAUrl),
            ("https://", WebhookError::NotAUrl),
            (
                "ftp://anna.bitrix24.com/rest/7/k3y9q0w8e7r6t5y4/",
                WebhookError::Scheme("ftp".into()),
            ),
            ("https://anna.bitrix24.com/", WebhookError::NoRestPath),
            ("https://anna.bitrix24.com/rest/", WebhookError::NoUserId),
            (
                "https://anna.bitrix24.com/rest/anna/k3y9q0w8e7r6t5y4/",
                WebhookError::NoUserId,
            ),
            (
                "https://anna.bitrix24.com/rest/0/k3y9q0w8e7r6t5y4/",
                WebhookError::NoUserId,
            ),
            ("https://anna.bitrix24.com/rest/7/", WebhookError::NoSecret),
            ("https://anna.bitrix24.com/rest/7", WebhookError::NoSecret),
            (
                "https://anna.bitrix24.com/rest/7/k3y!q0w8e7r6t5y4/",
                WebhookError::BadSecret,
            ),
            (
                "https://anna.bitrix24.com/rest/7/k3y9q0w8e7r6t5y4/a/b/c",
                WebhookError::TrailingPath,
            ),
            (
                "https://user:k3y9q0w8e7r6t5y4@anna.bitrix24.com/rest/7/k3y9q0w8e7r6t5y4/",
                WebhookError::NotAUrl,
            ),
        ];
        for (input, expected) in cases {
            let got = Webhook::parse(input);
            assert_eq!(got.as_ref().err(), Some(expected), "{input:?}");
            let message = expected.to_string();
            assert!(!message.contains("k3y9q0w8e7r6t5y4"), "{message}");
            assert!(!message.contains('\n'), "{message}");
        }
    }

    #[test]
    fn portal_round_trips_through_its_stored_form() {
        let w = ok(&format!("https://anna.bitrix24.com/rest/7/{CODE}/"));
        let stored: String = w.portal.clone().into();
        assert_eq!(Portal::parse(&stored).unwrap(), w.portal);
        assert_eq!(
            Portal::parse("http://anna.bitrix24.com"),
            Err(WebhookError::InsecureHttp)
        );
        assert_eq!(
            format!("{:?}", w.portal),
            "Portal(https://anna.bitrix24.com)"
        );
        assert!(!format!("{w:?}").contains(CODE));
    }
}
