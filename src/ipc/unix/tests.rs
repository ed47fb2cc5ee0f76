//! The Unix transport in one process: the ping, the lock, a stale link, a socket that answers.

use std::os::unix::fs::FileTypeExt;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::*;

/// A private folder for a socket, as `$XDG_RUNTIME_DIR` is.
fn private_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    dir
}

/// Serves `listener` on a runtime of its own thread; `handled` counts the requests handed on (each is
/// answered with a confirmation of no status).
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
fn a_ping_is_answered_by_the_listener_alone() {
    let dir = private_folder();
    let path = dir.path().join(SOCKET);
    let handled = Arc::new(AtomicUsize::new(0));
    serve(Listener::bind_at(path.clone()).unwrap(), handled.clone());
    let wait = Duration::from_secs(10);
    assert_eq!(
        request_at(&path, &Request::Ping, wait).unwrap(),
        Some(Reply::Pong)
    );
    assert!(matches!(probe(&path), Ok(Probe::Tray)));
    assert_eq!(
        handled.load(Ordering::SeqCst),
        0,
        "a ping reached the handler"
    );
    assert_eq!(
        request_at(&path, &Request::Get, wait).unwrap(),
        Some(Reply::Confirmed {
            status: None,
            timer: None,
            confirmed_at: None,
            reason: None,
        })
    );
    assert_eq!(handled.load(Ordering::SeqCst), 1);
}

#[test]
fn the_lock_keeps_a_second_listener_out_and_a_dead_socket_or_link_is_replaced() {
    let dir = private_folder();
    let path = dir.path().join(SOCKET);
    // A link to nothing where the socket goes: nobody answers there, so it is replaced.
    std::os::unix::fs::symlink(dir.path().join("nowhere"), &path).unwrap();
    let first = Listener::bind_at(path.clone()).unwrap();
    assert!(
        std::fs::symlink_metadata(&path)
            .unwrap()
            .file_type()
            .is_socket(),
        "the link was replaced by the socket"
    );
    // Not yet served, but the lock is held: a second bind does not touch the socket.
    assert!(matches!(
        Listener::bind_at(path.clone()),
        Err(IpcError::AlreadyRunning)
    ));
    assert!(path.exists());
    // The first one gone and a socket file left behind, as a crash leaves it: the next takes over.
    drop(first);
    drop(UnixListener::bind(&path).unwrap());
    assert!(path.exists());
    let next = Listener::bind_at(path.clone()).unwrap();
    serve(next, Arc::new(AtomicUsize::new(0)));
    assert!(matches!(probe(&path), Ok(Probe::Tray)));
}

#[test]
fn a_socket_that_accepts_is_never_removed_even_if_it_does_not_answer_the_ping() {
    let dir = private_folder();
    let path = dir.path().join(SOCKET);
    // Something of this user (an older b24-status) that takes connections and answers no ping.
    let other = UnixListener::bind(&path).unwrap();
    std::thread::spawn(move || {
        for stream in other.incoming() {
            drop(stream);
        }
    });
    assert!(matches!(
        Listener::bind_at(path.clone()),
        Err(IpcError::AlreadyRunning)
    ));
    assert!(UnixStream::connect(&path).is_ok(), "its socket was removed");
}
