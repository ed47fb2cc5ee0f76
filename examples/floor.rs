//! The performance benchmark's floor (`bench/run`): a bare tao + tray-icon app with the tray's menu (the
//! same items and labels as the signed-in tray) and a same-size icon — and nothing else: no network, no
//! tokio, no keyring, no config, no shortcut, no control socket. What b24-status costs above this is its
//! own cost; what this costs is the price of any tray icon on this toolkit stack.
//!
//! A click on a status checks it and swaps the icon at once (so the benchmark can also time the GUI's own
//! click → `NewIcon` path); Quit exits.

use b24_status::status::Status;
use b24_status::tray::icon::{self, IconState};
use tao::event::{Event, StartCause};
use tao::event_loop::{ControlFlow, EventLoopBuilder};
use tray_icon::menu::{CheckMenuItem, Menu, MenuEvent, MenuId, MenuItem, PredefinedMenuItem};
use tray_icon::{Icon, TrayIcon, TrayIconBuilder};

/// The tray's icon size (`ICON_SIZE` in src/tray/mod.rs).
const ICON_SIZE: u32 = 32;

fn main() {
    let event_loop = EventLoopBuilder::<MenuId>::with_user_event().build();
    let proxy = event_loop.create_proxy();
    MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
        let _ = proxy.send_event(event.id);
    }));

    // The signed-in tray's menu, item for item — built here, not with src/tray/menu.rs: the floor must
    // carry none of the app's code.
    let menu = Menu::new();
    let header = MenuItem::new("Anna Petrova — floor.example", false, None);
    let statuses: Vec<(Status, CheckMenuItem)> = [
        (Status::Online, "Online"),
        (Status::Dnd, "Do Not Disturb"),
        (Status::Away, "Away"),
    ]
    .into_iter()
    .map(|(s, label)| {
        (
            s,
            CheckMenuItem::new(label, true, s == Status::Online, None),
        )
    })
    .collect();
    let status_line = MenuItem::new("Confirmed 12:00", false, None);
    let shortcut_line = MenuItem::new("Ctrl+Alt+Shift+D toggles Do Not Disturb", false, None);
    let autostart = CheckMenuItem::new("Start at login", true, false, None);
    let account = MenuItem::new("Sign out", true, None);
    let quit = MenuItem::new("Quit", true, None);
    let _ = menu.append(&header);
    let _ = menu.append(&PredefinedMenuItem::separator());
    for (_, item) in &statuses {
        let _ = menu.append(item);
    }
    let _ = menu.append(&PredefinedMenuItem::separator());
    let _ = menu.append(&status_line);
    let _ = menu.append(&shortcut_line);
    let _ = menu.append(&PredefinedMenuItem::separator());
    let _ = menu.append(&autostart);
    let _ = menu.append(&account);
    let _ = menu.append(&quit);

    let mut tray: Option<TrayIcon> = None;
    event_loop.run(move |event, _, control_flow| {
        *control_flow = ControlFlow::Wait;
        match event {
            Event::NewEvents(StartCause::Init) => {
                // Like the app: the icon is made once the event loop (GTK) runs.
                let built = TrayIconBuilder::new()
                    .with_menu(Box::new(menu.clone()))
                    .with_tooltip("floor")
                    .with_icon(render(Some(Status::Online)))
                    .build();
                match built {
                    Ok(icon) => tray = Some(icon),
                    Err(e) => eprintln!("floor: the tray icon could not be created: {e}"),
                }
            }
            Event::UserEvent(id) if id == *quit.id() => {
                tray.take();
                *control_flow = ControlFlow::Exit;
            }
            Event::UserEvent(id) => {
                let Some(clicked) = statuses
                    .iter()
                    .find(|(_, item)| *item.id() == id)
                    .map(|(s, _)| *s)
                else {
                    return;
                };
                for (status, item) in &statuses {
                    item.set_checked(*status == clicked);
                }
                if let Some(tray) = &tray {
                    let _ = tray.set_icon(Some(render(Some(clicked))));
                }
            }
            _ => {}
        }
    })
}

fn render(status: Option<Status>) -> Icon {
    let state = IconState {
        status,
        alert: false,
    };
    Icon::from_rgba(icon::rgba(state, ICON_SIZE), ICON_SIZE, ICON_SIZE)
        .expect("the icon has the size it claims")
}
