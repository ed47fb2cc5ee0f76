//! One signed-in account at work, shared by the CLI and the tray: loading it (config + keyring), signing
//! in and out, following a moved portal, what survives a restart, the engine driven against the portal,
//! and what its activity means as an answer and an exit code.

pub mod account;
pub mod answer;
pub mod choice;
pub mod live;
pub mod login;
pub mod memory;

/// The single-threaded tokio runtime a session's calls run on: a command's, and the tray's worker.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a single-threaded tokio runtime starts")
}
