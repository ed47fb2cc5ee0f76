//! The desktop that b24-status's tests and benchmark play, in one place for all of them (the unit tests,
//! the integration tests and `examples/bench-driver.rs`): the tray host with its dbusmenu client and
//! notification server ([`tray_host`]), and the browser's side of the sign-in page ([`browser`]).

pub mod browser;
pub mod tray_host;
