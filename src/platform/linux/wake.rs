//! Back online quickly, on Linux: listens on the system bus for logind's `PrepareForSleep(false)` (the
//! machine resumed) and NetworkManager's `StateChanged` to connected-global, and asks the worker to
//! resync. Either service may be missing (containers, other network managers): then there is nothing to
//! listen to and the tray relies on its polls and retries alone.

use futures_util::StreamExt;

use crate::poll::Resync;

/// NetworkManager's `NM_STATE_CONNECTED_GLOBAL`.
const NM_CONNECTED_GLOBAL: u32 = 70;

/// Runs until the system bus goes away or `resync` returns false (its receiver is gone). Never fails:
/// problems are logged.
pub async fn watch(resync: impl Fn(Resync) -> bool) {
    let conn = match zbus::Connection::system().await {
        Ok(conn) => conn,
        Err(e) => {
            tracing::debug!("no system bus, so no sleep or network events: {e}");
            return;
        }
    };
    let logind = signals(
        &conn,
        "org.freedesktop.login1",
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager",
        "PrepareForSleep",
    )
    .await;
    let network = signals(
        &conn,
        "org.freedesktop.NetworkManager",
        "/org/freedesktop/NetworkManager",
        "org.freedesktop.NetworkManager",
        "StateChanged",
    )
    .await;
    let (mut logind, mut network) = (logind, network);
    if logind.is_none() && network.is_none() {
        return;
    }
    loop {
        let why = tokio::select! {
            Some(message) = next(&mut logind) => match message.body().deserialize::<bool>() {
                // `true` announces the sleep; `false` is the wake-up.
                Ok(false) => Resync::Woke,
                _ => continue,
            },
            Some(message) = next(&mut network) => match message.body().deserialize::<u32>() {
                Ok(NM_CONNECTED_GLOBAL) => Resync::NetworkBack,
                _ => continue,
            },
            else => return,
        };
        tracing::info!("resyncing: {why:?}");
        if !resync(why) {
            return;
        }
    }
}

/// The next signal of a stream, or never when there is no stream.
async fn next(stream: &mut Option<zbus::proxy::SignalStream<'static>>) -> Option<zbus::Message> {
    match stream {
        Some(stream) => stream.next().await,
        None => std::future::pending().await,
    }
}

async fn signals(
    conn: &zbus::Connection,
    destination: &'static str,
    path: &'static str,
    interface: &'static str,
    member: &'static str,
) -> Option<zbus::proxy::SignalStream<'static>> {
    let proxy = super::bus::proxy(conn, destination, path, interface).await?;
    match proxy.receive_signal(member).await {
        Ok(stream) => Some(stream),
        Err(e) => {
            tracing::debug!("not listening for {interface}.{member}: {e}");
            None
        }
    }
}
