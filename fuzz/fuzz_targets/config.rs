//! `Config::parse` on arbitrary text: never panics, an error is a one-line reason, and an accepted config
//! survives what `Config::save_to` writes (`Config::to_text`) and parses back to the same value.

#![no_main]

use b24_status::store::config::Config;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match Config::parse(text) {
        Ok(config) => {
            let saved = config.to_text();
            match Config::parse(&saved) {
                Ok(again) => assert_eq!(
                    again, config,
                    "the config changed on the round trip:\n{saved}"
                ),
                Err(e) => panic!("the saved config does not parse again: {e:?}\n{saved}"),
            }
        }
        Err((_, message)) => assert!(!message.contains('\n'), "a multi-line reason: {message:?}"),
    }
});
