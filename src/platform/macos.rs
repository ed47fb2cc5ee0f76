//! macOS: b24-status lives in the menu bar only — no Dock icon, no application menu, not in the app
//! switcher.
//!
//! In the `.app` bundle, `LSUIElement` in `packaging/macos/Info.plist` says so before the program starts.
//! [`use_accessory_activation_policy`] sets the same at run time (`NSApplicationActivationPolicyAccessory`,
//! through tao), so that a bare binary — `cargo run`, or `b24-status` started from a terminal — behaves
//! like the bundle.
//!
//! Not verified on Linux CI: this file is compiled only for macOS, which this project cannot build or test
//! here. It was written against tao 0.37's `EventLoopExtMacOS` (read in its source): the policy is stored
//! on the event loop and applied when it starts, so it must be set before `EventLoop::run`.

use tao::event_loop::EventLoop;
use tao::platform::macos::{ActivationPolicy, EventLoopExtMacOS};

/// Makes the app an accessory (menu-bar only) app. Call it after building the event loop and before
/// running it.
pub fn use_accessory_activation_policy<T: 'static>(event_loop: &mut EventLoop<T>) {
    event_loop.set_activation_policy(ActivationPolicy::Accessory);
}
