//! The `b24-status` binary: everything lives in the library so it can be tested.

fn main() -> std::process::ExitCode {
    b24_status::main()
}
