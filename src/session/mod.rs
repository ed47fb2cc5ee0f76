//! One signed-in account at work, shared by the CLI and the tray: signing in, and the engine driven
//! against the portal.

pub mod driver;
pub mod login;

/// The single-threaded tokio runtime a command's calls run on (the tray builds its own on its worker).
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a single-threaded tokio runtime starts")
}
