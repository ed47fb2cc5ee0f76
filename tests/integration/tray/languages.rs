//! The tray over D-Bus in Russian (chosen by `LANG`) and German (chosen by config.toml's `language`
//! over an English locale): every label, submenu entry, status line and notification reads back in
//! that language while the icon shows the same confirmed status as in English; and in the pseudo-locale
//! nothing reaches the tray host without the catalogue. The expected texts are the catalogue's own,
//! rendered by the library; the status names are also spelled out, so an English catalogue fails.

use b24_status::status::Status;
use b24_status::text::language::PSEUDO;
use b24_status::text::{self, Locale};
use b24_status_test_desktop::tray_host::Entry;

use super::*;
use crate::languages::{MACHINE_WORDS, plain_words};

/// What the catalogue of `catalogue` says.
fn said(catalogue: &'static str, f: impl FnOnce() -> String) -> String {
    let locale = Locale {
        catalogue,
        clock_12h: false,
    };
    text::in_language(locale, f)
}

/// The icon shows `status` and the check is on its label in `catalogue`.
fn on_in(catalogue: &'static str, status: Status) -> impl Fn(&Shown) -> bool {
    let label = said(catalogue, || text::status_label(status));
    move |s: &Shown| s.icon == Some(status) && s.checked == vec![label.clone()]
}

/// `line` is `template` with a clock time (HH:MM) where the template says `{at}`.
fn with_a_time(line: &str, template: &str) -> bool {
    let (before, after) = template.split_once("{at}").expect("a template with {at}");
    line.strip_prefix(before)
        .and_then(|rest| rest.strip_suffix(after))
        .is_some_and(|time| {
            time.len() == 5
                && time.char_indices().all(|(i, c)| match i {
                    2 => c == ':',
                    _ => c.is_ascii_digit(),
                })
        })
}

/// The labels of a submenu.
fn children(menu: &[Entry], label: &str) -> Vec<String> {
    menu.iter()
        .find(|e| e.label == label)
        .unwrap_or_else(|| panic!("no submenu {label}: {menu:?}"))
        .children
        .iter()
        .filter(|e| !e.separator)
        .map(|e| e.label.clone())
        .collect()
}

/// Every label of the menu, submenus included.
fn all_labels(menu: &[Entry]) -> Vec<String> {
    menu.iter()
        .filter(|e| !e.separator)
        .flat_map(|e| std::iter::once(e.label.clone()).chain(all_labels(&e.children)))
        .collect()
}

/// The menu of a signed-in tray in `catalogue`, whose status names are `names` (online, dnd, away):
/// the whole top level, both timed submenus, a click, a timed choice and a failing set's notification.
fn the_tray_speaks(
    catalogue: &'static str,
    names: [&str; 3],
    settings: &[&str],
    env: &[(&str, &str)],
) {
    let scene = Scene::started(own_desktop(), "online", 600, settings, env, |_| {});
    let Scene {
        host, item, sim, ..
    } = &scene;
    let show = || shown(host, item);
    let say = |f: &dyn Fn() -> String| said(catalogue, f);
    let s = eventually(
        &format!("Online in {catalogue}"),
        WAIT,
        show,
        on_in(catalogue, Status::Online),
    );
    assert_eq!(s.checked, vec![names[0].to_string()]);
    let host_name = sim.base_url().trim_start_matches("http://").to_string();
    let dnd_for = say(&|| b24_status::text!("menu-dnd-for"));
    let away_for = say(&|| b24_status::text!("menu-away-for"));
    let expected = vec![
        say(&|| {
            b24_status::text!(
                "menu-header-signed-in",
                name = "Anna Petrova",
                portal = host_name.as_str()
            )
        }),
        names[0].to_string(),
        names[1].to_string(),
        names[2].to_string(),
        dnd_for.clone(),
        away_for.clone(),
        s.status_line.clone(),
        say(&|| b24_status::text!("shortcut-active", keys = "Ctrl+Alt+Shift+D")),
        say(&|| b24_status::text!("menu-automatic")),
        say(&|| b24_status::text!("menu-start-at-login-off")),
        say(&|| b24_status::text!("menu-sign-out")),
        say(&|| b24_status::text!("menu-quit")),
    ];
    assert_eq!(s.labels, expected);
    let at = |ahead: u64| clock_in(Duration::from_secs(ahead));
    let confirmed = say(&|| b24_status::text!("status-line-confirmed", at = "{at}"));
    assert!(with_a_time(&s.status_line, &confirmed), "{s:?}");
    let menu = host.menu(item);
    let minutes = |m: u32| say(&|| b24_status::text!("menu-for-minutes", minutes = m));
    let hours = |h: u32| say(&|| b24_status::text!("menu-for-hours", hours = h));
    assert_eq!(
        children(&menu, &dnd_for),
        vec![
            minutes(30),
            hours(1),
            hours(2),
            say(&|| b24_status::text!("menu-until-morning")),
            say(&|| b24_status::text!("menu-until-turned-off")),
        ]
    );
    assert_eq!(children(&menu, &away_for), vec![minutes(15), hours(1)]);
    // A click: the portal confirms, the check moves to the language's name, the icon turns red.
    host.click(item, names[1]);
    let s = eventually("DND", WAIT, show, on_in(catalogue, Status::Dnd));
    assert_eq!(sim.status().as_deref(), Some("dnd"));
    assert_eq!(s.checked, vec![names[1].to_string()]);

    // A timed choice from the submenu names its end and what follows, in the language.
    let early = at(15 * 60);
    host.click_in(item, &away_for, &minutes(15));
    let late = at(15 * 60);
    let line = |until: &str| {
        say(&|| {
            b24_status::text!(
                "status-line-until",
                status = names[2],
                until = until,
                then = names[1]
            )
        })
    };
    let s = eventually("Away for 15 minutes", WAIT, show, |s| {
        on_in(catalogue, Status::Away)(s)
            && (s.status_line == line(&early) || s.status_line == line(&late))
    });
    assert_eq!(s.icon, Some(Status::Away));

    // A set the portal keeps failing: one notification, in the language.
    for _ in 0..50 {
        sim.push_fault(Some(SET), Fault::Html502);
    }
    host.click(item, names[0]);
    eventually("the retrying state", WAIT, show, |s| {
        s.status_line == say(&|| b24_status::text!("status-line-offline"))
            && on_in(catalogue, Status::Away)(s)
    });
    let summary = say(&|| b24_status::text!("notice-not-set-yet", status = names[0]));
    eventually(
        "the notification",
        WAIT,
        || host.notifications(),
        |n| n.iter().any(|(s, _)| *s == summary),
    );
    sim.clear_faults();
    eventually(
        "Online after recovery",
        Duration::from_secs(20),
        show,
        on_in(catalogue, Status::Online),
    );
    scene.finish();
}

#[test]
fn the_tray_speaks_russian_from_lang() {
    the_tray_speaks(
        "ru",
        ["Онлайн", "Не беспокоить", "Отсутствую"],
        &[],
        &[("LANG", "ru_RU.UTF-8")],
    );
}

#[test]
fn the_tray_speaks_german_from_the_config_over_an_english_locale() {
    the_tray_speaks(
        "de",
        ["Online", "Nicht stören", "Abwesend"],
        &["language = \"de\""],
        &[("LANG", "en_GB.UTF-8")],
    );
}

#[test]
fn in_the_pseudo_locale_nothing_reaches_the_tray_host_without_the_catalogue() {
    let scene = Scene::started(
        own_desktop(),
        "online",
        600,
        &["language = \"en-XA\""],
        &[],
        |_| {},
    );
    let Scene {
        host, item, sim, ..
    } = &scene;
    let show = || shown(host, item);
    eventually("Online", WAIT, show, on_in(PSEUDO, Status::Online));
    let host_name = sim.base_url().trim_start_matches("http://").to_string();
    let mut allowed: Vec<&str> = MACHINE_WORDS.to_vec();
    allowed.extend([host_name.as_str(), "Anna Petrova", "Ctrl+Alt+Shift+D"]);
    let check = |texts: &[String], what: &str| {
        for t in texts {
            let words = plain_words(t, &allowed);
            assert!(
                words.is_empty(),
                "{what}: {words:?} in {t:?} reached the tray host without the catalogue"
            );
        }
    };
    check(&all_labels(&host.menu(item)), "the menu");
    // The pending line, the retrying line and the notification of a failing set.
    for _ in 0..50 {
        sim.push_fault(Some(SET), Fault::Html502);
    }
    let dnd = said(PSEUDO, || text::status_label(Status::Dnd));
    host.click(item, &dnd);
    let offline = said(PSEUDO, || b24_status::text!("status-line-offline"));
    eventually("the retrying state", WAIT, show, |s| {
        s.status_line == offline
    });
    let notes = eventually(
        "a notification",
        WAIT,
        || host.notifications(),
        |n| !n.is_empty(),
    );
    let texts: Vec<String> = notes
        .iter()
        .flat_map(|(summary, body)| [summary.clone(), body.clone()])
        .collect();
    check(&texts, "the notification");
    sim.clear_faults();
    eventually(
        "DND",
        Duration::from_secs(20),
        show,
        on_in(PSEUDO, Status::Dnd),
    );
    check(&all_labels(&host.menu(item)), "the menu after the change");
    scene.finish();
}
