//! One control connection served, whatever carries it (a Unix socket, a Windows named pipe): one request
//! line read with a size cap and a deadline, a ping answered here, anything else handed to the tray.

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::oneshot;

use super::{Reply, Request};
use crate::tuning::{IPC_REQUEST_MAX_BYTES, IPC_REQUEST_TIMEOUT};

/// Reads one request line (at most [`IPC_REQUEST_MAX_BYTES`], within [`IPC_REQUEST_TIMEOUT`]) from
/// `read`, answers a ping itself, hands any other request to `handle` and writes its reply line to
/// `write` (within the same deadline). Returns whether a reply was written. `read` is borrowed, so a
/// transport can go on reading after the reply (the pipe waits for its client to close).
pub(super) async fn answer_one<R, W>(
    read: &mut R,
    write: &mut W,
    handle: &(impl Fn(Request, oneshot::Sender<Reply>) + ?Sized),
) -> bool
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut line = Vec::new();
    let mut reader = tokio::io::BufReader::new(read.take(IPC_REQUEST_MAX_BYTES as u64));
    match tokio::time::timeout(IPC_REQUEST_TIMEOUT, reader.read_until(b'\n', &mut line)).await {
        Err(_) => {
            tracing::debug!("a control client sent no request in time");
            return false;
        }
        Ok(Err(e)) => {
            tracing::debug!("a control client went away: {e}");
            return false;
        }
        Ok(Ok(_)) => {}
    }
    if line.last() != Some(&b'\n') && line.len() >= IPC_REQUEST_MAX_BYTES {
        tracing::warn!("ignoring a control request longer than {IPC_REQUEST_MAX_BYTES} bytes");
        return false;
    }
    if line.iter().all(u8::is_ascii_whitespace) {
        // Connected and closed without a word: nothing to answer.
        return false;
    }
    let Ok(request) = serde_json::from_slice::<Request>(&line) else {
        tracing::warn!("ignoring an unreadable control request");
        return false;
    };
    let reply = if matches!(request, Request::Ping) {
        Reply::Pong
    } else {
        let (tx, rx) = oneshot::channel();
        handle(request, tx);
        match rx.await {
            Ok(reply) => reply,
            Err(_) => return false,
        }
    };
    let mut text = serde_json::to_string(&reply).expect("a reply serializes");
    text.push('\n');
    matches!(
        tokio::time::timeout(IPC_REQUEST_TIMEOUT, write.write_all(text.as_bytes())).await,
        Ok(Ok(()))
    )
}
