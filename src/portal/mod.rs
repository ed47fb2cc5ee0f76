//! The Bitrix24 adapter: webhook addresses as users paste them, the HTTP client, and the portal's answers.

pub mod client;
pub mod response;
pub mod webhook;
