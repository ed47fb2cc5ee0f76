//! The pure core of b24-status: what a status is, the engine that decides what to send and what to show,
//! and its timing — no I/O, no clock, no text for people (see `docs/ARCHITECTURE.md`).

pub mod automatic;
pub mod backoff;
pub mod engine;
pub mod pacer;
pub mod poll;
pub mod portal_error;
pub mod safe_text;
pub mod secret;
pub mod status;
pub mod timed;
pub mod tuning;
pub mod wall;

#[cfg(test)]
mod test_support;
