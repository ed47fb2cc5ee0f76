//! The tray app: a tao event loop on the main thread (GTK on Linux) showing a tray-icon and its menu, and
//! the [`service`] worker on its own thread with a tokio runtime. Clicks become [`Command`]s on a channel;
//! views come back through the event loop's proxy. The tray never decides a status itself: it renders the
//! engine's confirmed state.

pub mod demo;
pub mod icon;
pub mod menu;
pub mod notices;
pub mod notify;
pub mod rules;
pub mod service;
pub mod session;
pub mod signin;
pub mod view;

use tao::event::{Event, StartCause};
use tao::event_loop::{ControlFlow, EventLoopBuilder, EventLoopProxy};
use tokio::sync::mpsc;
use tray_icon::menu::{MenuEvent, MenuId};
use tray_icon::{Icon, TrayIcon, TrayIconBuilder};

use crate::error::AppError;
use crate::platform::shortcut;
use crate::tray::icon::IconState;
use crate::tray::menu::TrayMenu;
use crate::tray::notices::Notice;
use crate::tray::service::{Command, Service, Ui};
use crate::tray::view::View;

use crate::tuning::QUIT_GRACE;

/// Pixel size the icon is rendered at; panels scale it to their height.
const ICON_SIZE: u32 = 32;

/// Events delivered to the UI thread.
#[derive(Debug)]
pub enum UiEvent {
    Show(View),
    Menu(MenuId),
    /// Register the DND shortcut from this setting (`None`: the default).
    Shortcut(Option<String>),
    Autostart(bool),
    /// The shortcut line, when the worker bound the shortcut through the desktop portal (Wayland).
    ShortcutLine(String),
    /// SIGTERM, SIGINT or SIGHUP arrived: quit as the menu's Quit does.
    Quit,
}

/// The worker's handle on the UI: views go through the event loop; notifications are sent from the worker
/// side (they are D-Bus calls and must not block the UI thread).
struct ProxyUi(EventLoopProxy<UiEvent>);

impl Ui for ProxyUi {
    fn show(&self, view: View) {
        let _ = self.0.send_event(UiEvent::Show(view));
    }

    fn notify(&self, notice: Notice) {
        std::thread::spawn(move || crate::tray::notify::send(&notice));
    }

    fn shortcut(&self, setting: Option<String>) {
        let _ = self.0.send_event(UiEvent::Shortcut(setting));
    }

    fn autostart(&self, on: bool) {
        let _ = self.0.send_event(UiEvent::Autostart(on));
    }

    fn shortcut_line(&self, line: String) {
        let _ = self.0.send_event(UiEvent::ShortcutLine(line));
    }
}

/// Runs the tray until Quit. `demo` signs in to a built-in simulated portal instead of the configured one.
pub fn run(demo: bool) -> Result<(), AppError> {
    // One tray per session: the lock beside the control socket decides. A second start leaves the first
    // untouched.
    #[cfg(any(unix, windows))]
    let control = match crate::ipc::Listener::bind() {
        Ok(listener) => Some(listener),
        Err(crate::ipc::IpcError::AlreadyRunning) => {
            // The tray has no console of its own on Windows: say it in the one it was started from.
            #[cfg(windows)]
            crate::platform::windows::attach_console();
            println!("{}", text!("tray-already-running"));
            return Ok(());
        }
        // The CLI refuses that pipe too, with the same sentence.
        #[cfg(windows)]
        Err(e @ crate::ipc::IpcError::ForeignPipe { .. }) => {
            tracing::error!("{e}");
            None
        }
        // The CLI refuses that socket too, with the same sentence.
        Err(e @ crate::ipc::IpcError::Foreign { .. }) => {
            tracing::error!("{e}");
            None
        }
        Err(e) => {
            tracing::warn!("{e}; commands will talk to the portal directly");
            None
        }
    };
    #[cfg(target_os = "linux")]
    crate::platform::linux::tray_host::init_gtk()?;
    // On Linux without GtkApplication's own bus connection: it would ask D-Bus to start the desktop
    // portal and wait for it (platform/linux/tray_host.rs).
    #[cfg(target_os = "linux")]
    let event_loop = crate::platform::linux::tray_host::without_gapplication_bus(|| {
        EventLoopBuilder::<UiEvent>::with_user_event().build()
    });
    #[cfg(not(target_os = "linux"))]
    let event_loop = EventLoopBuilder::<UiEvent>::with_user_event().build();
    // macOS: a menu-bar app without a Dock icon, also when not started from the .app bundle.
    #[cfg(target_os = "macos")]
    let event_loop = {
        let mut event_loop = event_loop;
        crate::platform::macos::use_accessory_activation_policy(&mut event_loop);
        event_loop
    };
    let proxy = event_loop.create_proxy();
    let menu_proxy = proxy.clone();
    MenuEvent::set_event_handler(Some(move |event: MenuEvent| {
        let _ = menu_proxy.send_event(UiEvent::Menu(event.id));
    }));

    let (commands, receiver) = mpsc::unbounded_channel();
    let sim = if demo {
        Some(
            demo::DemoPortal::start()
                .map_err(|e| AppError::Io(text!("tray-demo-failed", error = e)))?,
        )
    } else {
        None
    };
    let worker_commands = commands.clone();
    #[cfg(unix)]
    let signal_proxy = proxy.clone();
    let ui = ProxyUi(proxy);
    let (worker_done, worker_finished) = std::sync::mpsc::channel::<()>();
    std::thread::Builder::new()
        .name("b24-status worker".into())
        .spawn(move || {
            let runtime = crate::session::runtime();
            // Before the socket is served: a tray that answers on it also quits cleanly on a signal.
            #[cfg(unix)]
            quit_on_signals(&runtime, signal_proxy);
            #[cfg(target_os = "linux")]
            {
                let resync = worker_commands.clone();
                runtime.spawn(crate::platform::linux::wake::watch(move |why| {
                    resync.send(Command::Resync(why)).is_ok()
                }));
            }
            #[cfg(any(unix, windows))]
            if let Some(control) = control {
                let remote = worker_commands.clone();
                runtime.spawn(control.serve(move |request, reply| {
                    let _ = remote.send(Command::Remote(request, reply));
                }));
            }
            let service = match sim {
                Some(sim) => Service::demo(ui, worker_commands, sim),
                None => Service::new(ui, worker_commands),
            };
            runtime.block_on(service.run(receiver));
            // Dropping the runtime drops the control socket's listener, which removes the socket file.
            drop(runtime);
            let _ = worker_done.send(());
        })
        .map_err(|e| AppError::Io(text!("tray-worker-failed", error = e.to_string())))?;

    let mut menu = TrayMenu::new(!demo);
    let mut tray: Option<TrayIcon> = None;
    // The icon's PNGs go to a folder of this user's alone (removed on quit when it is our own).
    #[cfg(target_os = "linux")]
    let mut icons = match icon::IconFolder::new() {
        Ok(folder) => Some(folder),
        Err(e) => {
            tracing::error!("no private folder for the tray icon: {e}");
            None
        }
    };
    let mut tooltip_line: Option<String> = None;
    let mut icon_state: Option<IconState> = None;
    // Held only so that the grab lives as long as the loop (dropping it releases the key).
    let mut _shortcut: Option<shortcut::Shortcut> = None;
    event_loop.run(move |event, _, control_flow| {
        *control_flow = ControlFlow::Wait;
        let mut quit = false;
        match event {
            Event::NewEvents(StartCause::Init) => {
                // tray-icon needs the event loop (GTK) running before the icon is made.
                let state = IconState {
                    status: None,
                    alert: false,
                };
                let builder = TrayIconBuilder::new()
                    .with_menu(Box::new(menu.menu.clone()))
                    .with_tooltip(text!("tray-tooltip"))
                    .with_icon(render(state));
                // Without a private folder, no icon rather than tray-icon's shared /tmp/tray-icon.
                #[cfg(target_os = "linux")]
                let built = icons
                    .as_ref()
                    .map(|folder| builder.with_temp_dir_path(folder.path()).build());
                #[cfg(not(target_os = "linux"))]
                let built = Some(builder.build());
                match built {
                    Some(Ok(icon)) => {
                        tray = Some(icon);
                        icon_state = Some(state);
                    }
                    Some(Err(e)) => tracing::error!("the tray icon could not be created: {e}"),
                    None => {}
                }
            }
            Event::UserEvent(UiEvent::Show(view)) => {
                menu.show(&view);
                if let Some(tray) = &tray {
                    if icon_state != Some(view.icon) {
                        let _ = tray.set_icon(Some(render(view.icon)));
                    }
                    // The tooltip follows the status line (a timed status's end changes it alone).
                    // Windows and macOS show it; tray-icon's Linux backend (libayatana-appindicator)
                    // has no tooltip and ignores it.
                    if tooltip_line.as_deref() != Some(view.status_line.as_str()) {
                        let _ = tray.set_tooltip(Some(text!(
                            "tray-tooltip-status",
                            status_line = &view.status_line
                        )));
                        tooltip_line = Some(view.status_line.clone());
                    }
                }
                icon_state = Some(view.icon);
            }
            Event::UserEvent(UiEvent::Shortcut(setting)) => {
                // A press goes straight to the worker, like a menu click would.
                let toggle = commands.clone();
                let (registered, state) = shortcut::register(setting.as_deref(), move || {
                    let _ = toggle.send(Command::Pick(crate::tray::service::Pick::Shortcut));
                });
                // On Windows the worker keeps it for `doctor` (over the pipe), logs a problem and
                // sends the menu's line back.
                #[cfg(windows)]
                let _ = commands.send(Command::Shortcut(state));
                #[cfg(not(windows))]
                {
                    if let Some(problem) = state.problem() {
                        tracing::warn!("{problem}");
                    }
                    menu.show_shortcut(&state.menu_line());
                }
                _shortcut = registered;
            }
            Event::UserEvent(UiEvent::Autostart(on)) => menu.show_autostart(on),
            Event::UserEvent(UiEvent::ShortcutLine(line)) => menu.show_shortcut(&line),
            Event::UserEvent(UiEvent::Menu(id)) => {
                menu.reassert_checks();
                match menu.command_for(&id) {
                    Some(Command::Quit) => quit = true,
                    Some(command) => {
                        let _ = commands.send(command);
                    }
                    None => {}
                }
            }
            Event::UserEvent(UiEvent::Quit) => quit = true,
            _ => {}
        }
        if quit {
            let _ = commands.send(Command::Quit);
            // Dropping the icon removes its temporary PNG (and our folder of them); the worker removes
            // the socket; a pending choice is already on disk.
            tray.take();
            #[cfg(target_os = "linux")]
            icons.take();
            let _ = worker_finished.recv_timeout(QUIT_GRACE);
            *control_flow = ControlFlow::Exit;
        }
    })
}

/// Quits on SIGTERM, SIGINT and SIGHUP the way the menu's Quit does (the session ending, `kill`,
/// Ctrl+C in a terminal): the UI thread drops the icon and waits for the worker.
#[cfg(unix)]
fn quit_on_signals(runtime: &tokio::runtime::Runtime, proxy: EventLoopProxy<UiEvent>) {
    use tokio::signal::unix::{SignalKind, signal};
    // Handlers are installed as each stream is made, here, before the worker serves anything.
    let _context = runtime.enter();
    let kinds = [
        SignalKind::terminate(),
        SignalKind::interrupt(),
        SignalKind::hangup(),
    ];
    for kind in kinds {
        match signal(kind) {
            Ok(mut stream) => {
                let proxy = proxy.clone();
                runtime.spawn(async move {
                    if stream.recv().await.is_some() {
                        let _ = proxy.send_event(UiEvent::Quit);
                    }
                });
            }
            Err(e) => tracing::warn!("signal {kind:?} will end the tray without cleaning up: {e}"),
        }
    }
}

fn render(state: IconState) -> Icon {
    Icon::from_rgba(icon::rgba(state, ICON_SIZE), ICON_SIZE, ICON_SIZE)
        .expect("the icon has the size it claims")
}
