//! The `b24-status-tray` binary (Linux): the tray, which `b24-status` starts in its own place when run
//! with no command or with `demo` (see `src/platform/linux/exec.rs`). It is the whole program, GTK included.

fn main() -> std::process::ExitCode {
    b24_status::main()
}
