//! Diagnostics on stderr through `tracing`: `-v`/`-vv`/`-vvv` or `RUST_LOG` choose the detail.
//!
//! Only b24-status's own events pass below `warn`. Dependencies (reqwest, hyper, zbus) may print request
//! URLs at debug level, and a webhook URL contains the secret, so their detail is cut off here whatever
//! `RUST_LOG` says. b24-status's own events never carry a URL or a secret.

use tracing::Level;
use tracing_subscriber::filter::{Targets, filter_fn};
use tracing_subscriber::prelude::*;

const OWN_TARGET: &str = "b24_status";

pub fn init(verbose: u8, quiet: bool) {
    let level = match (quiet, verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, 2) => "debug",
        (false, _) => "trace",
    };
    // `RUST_LOG` takes `LEVEL` and `target=LEVEL` directives, comma-separated (tracing-subscriber's
    // `Targets`: no regex engine in the binary, docs/PERFORMANCE.md); one it cannot read is ignored.
    let from_env = (verbose == 0 && !quiet)
        .then(|| std::env::var("RUST_LOG").ok()?.parse::<Targets>().ok())
        .flatten();
    let env = from_env.unwrap_or_else(|| level.parse().expect("a level is a valid filter"));
    let only_ours_below_warn =
        filter_fn(|meta| meta.target().starts_with(OWN_TARGET) || *meta.level() <= Level::WARN);
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .without_time()
        .with_filter(env)
        .with_filter(only_ours_below_warn);
    // A second init (tests) is harmless.
    let _ = tracing_subscriber::registry().with(layer).try_init();
}
