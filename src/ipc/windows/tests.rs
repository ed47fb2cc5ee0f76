//! The Windows transport in one process: the ping, the first instance keeping a second tray out.

use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;

/// A pipe name of this test alone.
fn test_name(test: &str) -> String {
    format!("{PREFIX}test-{}-{test}", std::process::id())
}

/// Serves `listener` on a runtime of its own thread; `handled` counts the requests handed on.
fn serve(listener: Listener, handled: Arc<AtomicUsize>) {
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(listener.serve(move |_, reply| {
            handled.fetch_add(1, Ordering::SeqCst);
            let _ = reply.send(Reply::Confirmed {
                status: None,
                timer: None,
                confirmed_at: None,
                reason: None,
            });
        }));
    });
}

#[test]
fn a_ping_is_answered_by_the_listener_alone_and_a_second_listener_is_kept_out() {
    let name = test_name("ping");
    let wait = Duration::from_secs(10);
    assert_eq!(request_at(&name, &Request::Ping, wait).unwrap(), None);
    let handled = Arc::new(AtomicUsize::new(0));
    let listener = Listener::bind_at(name.clone()).unwrap();
    // (That the bound first instance keeps a second one out, FILE_FLAG_FIRST_PIPE_INSTANCE, holds on
    // Windows only: Wine 8.0 does not enforce the flag.)
    serve(listener, handled.clone());
    assert_eq!(
        request_at(&name, &Request::Ping, wait).unwrap(),
        Some(Reply::Pong)
    );
    assert_eq!(
        handled.load(Ordering::SeqCst),
        0,
        "a ping reached the handler"
    );
    assert!(matches!(
        Listener::bind_at(name.clone()),
        Err(IpcError::AlreadyRunning)
    ));
    for _ in 0..3 {
        assert_eq!(
            request_at(&name, &Request::Get, wait).unwrap(),
            Some(Reply::Confirmed {
                status: None,
                timer: None,
                confirmed_at: None,
                reason: None,
            })
        );
    }
    assert_eq!(handled.load(Ordering::SeqCst), 3);
}

#[test]
fn the_pipe_is_named_by_this_users_sid() {
    let name = pipe_name().unwrap();
    assert!(name.starts_with(r"\\.\pipe\b24-status-S-1-"), "{name}");
}
