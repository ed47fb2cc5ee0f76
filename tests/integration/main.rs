//! The integration tests, one binary (`cargo test --test integration`; run them with `scripts/test`): the
//! real binary, the real keyring and the simulator ([`cli`], [`autostart`]), the client against
//! hand-written servers ([`client`]), the keyring alone ([`keyring`]), the tray over D-Bus ([`tray`]), the
//! Wayland shortcut against a fake portal ([`portal_shortcut`]) and the sign-in page in Chromium
//! ([`signin_page`]). What they share is in [`helpers`]; the tests that share the desktop (bus names, the
//! shortcut's key) take turns through [`helpers::own_desktop`] and [`helpers::see_desktop`].

mod helpers;

mod autostart;
mod calendar_timeman;
mod cli;
mod client;
mod control;
mod hostile_portal;
mod keyring;
mod languages;
#[cfg(target_os = "linux")]
mod portal_shortcut;
mod signin_page;
mod store;
mod timed;
mod tray;
