//! The calls rule's microphone, on hand-made data: which recording streams count, the messages told
//! apart, `PULSE_SERVER`'s entries, the retry pauses.

use super::*;

const OWN: u32 = 4242;

/// A microphone (index 1) and the speakers' monitor (index 0).
fn sources() -> Vec<Source> {
    vec![
        Source {
            index: 0,
            monitor: true,
        },
        Source {
            index: 1,
            monitor: false,
        },
    ]
}

/// A program's stream recording from the microphone.
fn call() -> Capture {
    Capture {
        source: 1,
        corked: false,
        client: Some(7),
        pid: Some(1000),
        app_id: Some("org.mozilla.firefox".into()),
        app_name: Some("Firefox".into()),
    }
}

#[test]
fn a_programs_stream_on_a_microphone_counts() {
    assert!(counts(&call(), &sources(), OWN));
    // Without any of the optional properties too (a program that names nothing).
    let bare = Capture {
        pid: None,
        app_id: None,
        app_name: None,
        ..call()
    };
    assert!(counts(&bare, &sources(), OWN));
}

#[test]
fn a_monitor_a_corked_stream_a_modules_own_and_ours_do_not() {
    let on_monitor = Capture {
        source: 0,
        ..call()
    };
    let corked = Capture {
        corked: true,
        ..call()
    };
    let a_loopback = Capture {
        client: None,
        ..call()
    };
    let ours = Capture {
        pid: Some(OWN),
        ..call()
    };
    for capture in [on_monitor, corked, a_loopback, ours] {
        assert!(!counts(&capture, &sources(), OWN), "{capture:?}");
    }
}

#[test]
fn the_volume_controls_level_meters_do_not_count() {
    for id in ["org.PulseAudio.pavucontrol", "org.gnome.VolumeControl"] {
        let meter = Capture {
            app_id: Some(id.into()),
            ..call()
        };
        assert!(!counts(&meter, &sources(), OWN), "{id}");
    }
}

#[test]
fn a_stream_on_a_source_not_listed_does_not_count() {
    let elsewhere = Capture {
        source: 9,
        ..call()
    };
    assert!(!counts(&elsewhere, &sources(), OWN));
}

#[test]
fn one_stream_that_counts_among_others_is_found() {
    let meter = Capture {
        source: 0,
        app_name: Some("peak meter".into()),
        ..call()
    };
    let captures = vec![meter, call()];
    assert_eq!(recording(&captures, &sources(), OWN), Some(&call()));
    assert_eq!(recording(&captures[..1], &sources(), OWN), None);
    assert_eq!(recording(&[], &sources(), OWN), None);
}

#[test]
fn the_protocols_streams_and_sources_become_the_rules_data() {
    let mut props = Props::new();
    props.set(Prop::ApplicationProcessId, c"1000");
    props.set(Prop::ApplicationId, c"org.mozilla.firefox");
    props.set(Prop::ApplicationName, c"Firefox");
    let output = SourceOutputInfo {
        index: 3,
        client_index: Some(7),
        owner_module_index: Some(12),
        source_index: 1,
        props,
        ..Default::default()
    };
    assert_eq!(Capture::from(&output), call());
    let corked = SourceOutputInfo {
        corked: true,
        ..output
    };
    assert!(Capture::from(&corked).corked);

    let monitor = SourceInfo {
        index: 0,
        name: c"speakers.monitor".into(),
        monitor_of_sink_index: Some(0),
        ..Default::default()
    };
    // A monitor known by its name only (a server that leaves the sink out).
    let named_only = SourceInfo {
        index: 2,
        name: c"hdmi.monitor".into(),
        ..Default::default()
    };
    let microphone = SourceInfo {
        index: 1,
        name: c"alsa_input.usb-headset.mono-fallback".into(),
        ..Default::default()
    };
    let got: Vec<Source> = [monitor, named_only, microphone]
        .iter()
        .map(Source::from)
        .collect();
    assert_eq!(
        got.iter().map(|s| (s.index, s.monitor)).collect::<Vec<_>>(),
        [(0, true), (2, true), (1, false)]
    );
}

#[test]
fn pulse_server_entries_name_unix_sockets_only() {
    assert_eq!(
        unix_server("unix:/run/user/1000/pulse/native"),
        Some(PathBuf::from("/run/user/1000/pulse/native"))
    );
    assert_eq!(
        unix_server("/tmp/pulse.sock"),
        Some(PathBuf::from("/tmp/pulse.sock"))
    );
    assert_eq!(
        unix_server("{0123abcd}unix:/run/pulse/native"),
        Some(PathBuf::from("/run/pulse/native"))
    );
    for other in [
        "tcp:192.168.1.2:4713",
        "192.168.1.2",
        "unix:relative",
        "{broken",
    ] {
        assert_eq!(unix_server(other), None, "{other}");
    }
}

#[test]
fn retries_double_from_five_seconds_to_five_minutes() {
    let mut pause = SOUND_SERVER_RETRY_FIRST;
    let mut seen = vec![];
    for _ in 0..9 {
        seen.push(pause.as_secs());
        pause = next_pause(pause);
    }
    assert_eq!(seen, [5, 10, 20, 40, 80, 160, 300, 300, 300]);
}

#[test]
fn messages_are_told_apart_by_their_tag() {
    let version = protocol::MAX_VERSION;
    let encode = |command: &Command, seq: u32| {
        let mut out = vec![];
        protocol::write_command_message(&mut out, seq, command, version).unwrap();
        // The payload, after the 20-byte descriptor.
        out.split_off(protocol::DESCRIPTOR_SIZE)
    };
    let event = encode(
        &Command::SubscribeEvent(SubscriptionEvent {
            event_facility: SubscriptionEventFacility::SourceOutput,
            event_type: protocol::SubscriptionEventType::New,
            index: Some(5),
        }),
        u32::MAX,
    );
    match parse(event, version).unwrap() {
        Message::Event(e) => {
            assert_eq!(e.event_facility, SubscriptionEventFacility::SourceOutput);
            assert_eq!(e.index, Some(5));
        }
        _ => panic!("not an event"),
    }
    let error = encode(&Command::Error(protocol::PulseError::AccessDenied), 3);
    assert!(matches!(
        parse(error, version).unwrap(),
        Message::Error {
            seq: 3,
            error: protocol::PulseError::AccessDenied
        }
    ));
    let mut reply = vec![];
    protocol::write_reply_message(&mut reply, 4, &SetClientNameReply { client_id: 9 }, version)
        .unwrap();
    match parse(reply.split_off(protocol::DESCRIPTOR_SIZE), version).unwrap() {
        Message::Reply { seq: 4, payload } => {
            let mut rest: &[u8] = &payload;
            let got: SetClientNameReply = TagStructReader::new(&mut rest, version).read().unwrap();
            assert_eq!(got.client_id, 9);
        }
        _ => panic!("not the reply"),
    }
    // A command the watcher has no use for is passed over.
    let other = encode(&Command::Started(1), u32::MAX);
    assert!(matches!(parse(other, version).unwrap(), Message::Other));
}
