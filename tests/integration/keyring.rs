//! The credential store against the real keyring (gnome-keyring's Secret Service in the test session).

use b24_status::secret::Secret;
use b24_status::store::keyring;

use crate::helpers::{keyring_lookup, require_env};

#[test]
fn store_load_delete_round_trip_is_visible_to_secret_tool() {
    require_env();
    keyring::probe().expect("the test session has a keyring");
    let account = format!("7@keyring-test-{}.example", std::process::id());
    let secret = Secret::new("z9x8c7v6b5n4m3l2");
    assert_eq!(keyring::load(&account).unwrap(), None);

    keyring::store(&account, &secret).unwrap();
    assert_eq!(keyring::load(&account).unwrap(), Some(secret.clone()));
    assert_eq!(
        keyring_lookup(&account).as_deref(),
        Some("z9x8c7v6b5n4m3l2")
    );

    let replaced = Secret::new("a1s2d3f4g5h6j7k8");
    keyring::store(&account, &replaced).unwrap();
    assert_eq!(
        keyring_lookup(&account).as_deref(),
        Some("a1s2d3f4g5h6j7k8")
    );

    assert!(keyring::delete(&account).unwrap());
    assert!(
        !keyring::delete(&account).unwrap(),
        "deleting twice is fine"
    );
    assert_eq!(keyring::load(&account).unwrap(), None);
    assert_eq!(keyring_lookup(&account), None);
}
