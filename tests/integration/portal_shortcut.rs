//! The Wayland shortcut ([`PortalShortcut`]) against a fake desktop portal on the private session bus of
//! `scripts/with-desktop-env`: binding, activations, the session's end, refusal, and no portal at all.
//!
//! The fake portal owns the well-known name `org.freedesktop.portal.Desktop`, so the tests take turns
//! on the shared desktop (with the tray tests, one of which plays the portal too). Each runs on a
//! current-thread tokio runtime, like the tray's worker.

use std::sync::RwLockWriteGuard;
use std::time::{Duration, Instant};

use b24_status::platform::linux::shortcut_portal::{
    PortalShortcut, PortalShortcutError, SHORTCUT_ID, description,
};

use crate::helpers::fake_portal::{Behaviour, FakePortal};
use crate::helpers::{own_desktop, require_env};

/// Plenty for anything on a local bus; reached only when something is broken.
const SOON: Duration = Duration::from_secs(5);

/// How long a test waits to be sure that something does not happen.
const QUIET: Duration = Duration::from_millis(300);

/// Checks the environment and takes the portal's name (the shared desktop) for this test alone.
fn one_at_a_time() -> RwLockWriteGuard<'static, ()> {
    require_env();
    own_desktop()
}

fn run<F: Future>(test: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
        .block_on(test)
}

async fn bind(preferred_trigger: &str) -> Result<PortalShortcut, PortalShortcutError> {
    tokio::time::timeout(SOON, PortalShortcut::bind(preferred_trigger))
        .await
        .expect("bind answers")
}

fn binding(trigger_description: &str) -> Behaviour {
    Behaviour::Bind {
        trigger_description: trigger_description.into(),
    }
}

#[test]
fn binds_toggle_dnd_and_wakes_on_its_activations_only() {
    let _turn = one_at_a_time();
    run(async {
        // The desktop assigns another key than the one suggested; the menu must show the assigned one.
        let fake = FakePortal::start(binding("Super+F9")).await;
        let mut shortcut = bind("Ctrl+Alt+D").await.expect("the shortcut is bound");
        assert_eq!(shortcut.trigger(), Some("Super+F9"));

        let sessions = fake.sessions();
        assert_eq!(sessions.len(), 1, "one session: {sessions:?}");
        let bound = fake.bound();
        assert_eq!(bound.len(), 1, "one shortcut: {bound:?}");
        assert_eq!(bound[0].id, SHORTCUT_ID);
        assert_eq!(bound[0].id, "toggle-dnd");
        assert_eq!(bound[0].description, Some(description()));
        assert_eq!(bound[0].preferred_trigger.as_deref(), Some("CTRL+ALT+d"));
        assert_eq!(bound[0].session, sessions[0].path);
        // CreateSession and BindShortcuts, each answered through its own request object.
        assert_eq!(fake.requests().len(), 2, "{:?}", fake.requests());

        assert!(
            tokio::time::timeout(QUIET, shortcut.activated())
                .await
                .is_err(),
            "woken without a press"
        );
        assert_eq!(fake.press("some-other-shortcut").await, 1);
        assert!(
            tokio::time::timeout(QUIET, shortcut.activated())
                .await
                .is_err(),
            "woken by another shortcut's activation"
        );
        let session = &sessions[0];
        let elsewhere = format!("{}_other", session.path);
        fake.press_in(&session.owner, &elsewhere, SHORTCUT_ID).await;
        assert!(
            tokio::time::timeout(QUIET, shortcut.activated())
                .await
                .is_err(),
            "woken by an activation in another session"
        );
        for press in 1..=2 {
            assert_eq!(fake.press(SHORTCUT_ID).await, 1);
            let woken = tokio::time::timeout(SOON, shortcut.activated()).await;
            assert_eq!(woken, Ok(Some(())), "press {press}");
            // The release (`Deactivated`) is not another activation.
            assert!(
                tokio::time::timeout(QUIET, shortcut.activated())
                    .await
                    .is_err(),
                "woken by the release after press {press}"
            );
        }
    });
}

#[test]
fn activated_ends_when_the_portal_closes_the_session() {
    let _turn = one_at_a_time();
    run(async {
        let fake = FakePortal::start(binding("Ctrl+Alt+D")).await;
        let mut shortcut = bind("Ctrl+Alt+D").await.expect("the shortcut is bound");
        assert_eq!(shortcut.trigger(), Some("Ctrl+Alt+D"));
        fake.close_sessions().await;
        let ended = tokio::time::timeout(SOON, shortcut.activated()).await;
        assert_eq!(ended, Ok(None));
        // It stays ended, even when a press comes after.
        fake.press(SHORTCUT_ID).await;
        let again = tokio::time::timeout(SOON, shortcut.activated()).await;
        assert_eq!(again, Ok(None));
    });
}

#[test]
fn dropping_the_shortcut_closes_its_session() {
    let _turn = one_at_a_time();
    run(async {
        let fake = FakePortal::start(binding("Ctrl+Alt+D")).await;
        let shortcut = bind("Ctrl+Alt+D").await.expect("the shortcut is bound");
        assert!(!fake.sessions()[0].closed_by_client);
        drop(shortcut);
        let deadline = Instant::now() + SOON;
        while !fake.sessions()[0].closed_by_client {
            assert!(
                Instant::now() < deadline,
                "the session was not closed: {:?}",
                fake.sessions()
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    });
}

#[test]
fn a_refusal_is_reported_as_refused() {
    let _turn = one_at_a_time();
    run(async {
        let fake = FakePortal::start(Behaviour::Refuse).await;
        let refused = bind("Ctrl+Shift+F12").await;
        assert!(
            matches!(refused, Err(PortalShortcutError::Refused)),
            "{refused:?}"
        );
        // The desktop was asked, with the suggested key.
        let bound = fake.bound();
        assert_eq!(bound.len(), 1, "{bound:?}");
        assert_eq!(
            bound[0].preferred_trigger.as_deref(),
            Some("CTRL+SHIFT+F12")
        );
        // The useless session is closed.
        let sessions = fake.sessions();
        assert_eq!(sessions.len(), 1);
        assert!(sessions[0].closed_by_client, "{sessions:?}");
    });
}

#[test]
fn without_a_portal_it_is_unavailable_at_once() {
    let _turn = one_at_a_time();
    run(async {
        let started = Instant::now();
        let result = bind("Ctrl+Alt+D").await;
        let took = started.elapsed();
        assert!(
            matches!(result, Err(PortalShortcutError::Unavailable)),
            "{result:?}"
        );
        eprintln!("no portal: Unavailable after {took:?}");
        assert!(took < Duration::from_millis(500), "took {took:?}");
    });
}

#[test]
fn a_portal_without_global_shortcuts_is_unavailable() {
    let _turn = one_at_a_time();
    run(async {
        let _fake = FakePortal::start(Behaviour::WithoutGlobalShortcuts).await;
        let started = Instant::now();
        let result = bind("Ctrl+Alt+D").await;
        let took = started.elapsed();
        assert!(
            matches!(result, Err(PortalShortcutError::Unavailable)),
            "{result:?}"
        );
        eprintln!("portal without GlobalShortcuts: Unavailable after {took:?}");
        assert!(took < Duration::from_millis(500), "took {took:?}");
    });
}

/// Dropped where no tokio runtime runs, the shortcut cannot send `Close`; its connection leaves the bus
/// instead, and the portal closes the sessions of a peer that left.
#[test]
fn dropped_outside_a_runtime_it_leaves_the_bus() {
    let _turn = one_at_a_time();
    let (fake, shortcut) = run(async {
        let fake = FakePortal::start(binding("Ctrl+Alt+D")).await;
        let shortcut = bind("Ctrl+Alt+D").await.expect("the shortcut is bound");
        (fake, shortcut)
    });
    let owner = fake.sessions()[0].owner.clone();
    drop(shortcut);
    run(async {
        let deadline = Instant::now() + SOON;
        while fake.on_bus(&owner).await {
            assert!(
                Instant::now() < deadline,
                "the dropped shortcut's connection stays on the bus"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    });
}
