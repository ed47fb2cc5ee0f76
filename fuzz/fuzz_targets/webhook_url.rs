//! `Webhook::parse` on arbitrary text: never panics; an accepted URL yields a portal whose stored form
//! parses back to the same portal, a positive user id, and a `Debug` that never shows the secret.

#![no_main]

use b24_status::secret::Secret;
use b24_status::portal::webhook::{Portal, Webhook};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    let Ok(webhook) = Webhook::parse(input) else {
        return;
    };
    let stored = webhook.portal.as_str();
    match Portal::parse(stored) {
        Ok(again) => assert_eq!(
            again, webhook.portal,
            "the portal changed on re-parsing {stored:?}"
        ),
        Err(e) => panic!("the portal's stored form {stored:?} does not parse again: {e}"),
    }
    assert!(webhook.user_id > 0);

    let secret = webhook.secret.expose().to_string();
    let debug = format!("{webhook:?}");
    // The secret must not reach the Debug output. It can appear there only by coincidence, as part of
    // the host, the path prefix or the user id; then compare with a copy holding another secret.
    let public = format!("{:?} {}", webhook.portal, webhook.user_id);
    if !public.contains(&secret) {
        assert!(
            !debug.contains(&secret),
            "the secret leaks into Debug: {debug}"
        );
    }
    let other = Webhook {
        secret: Secret::new("other0secret"),
        ..webhook.clone()
    };
    assert_eq!(debug, format!("{other:?}"), "Debug depends on the secret");
});
