//! `b24-status-sim [--status WORD]`: serves a simulated portal on 127.0.0.1 until its standard input
//! closes. The first line on stdout is the webhook URL to sign in with; `b24-status demo`, the tests and
//! the benchmarks start it this way. A developer's tool: its few lines are not in the app's catalogue.

use std::io::BufRead;
use std::process::ExitCode;

use b24_status_sim::{SimConfig, Simulator};

const USAGE: &str = "usage: b24-status-sim [--status online|dnd|away|break]";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut status = None;
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--status", Some(word))
                if ["online", "dnd", "away", "break"].contains(&word.as_str()) =>
            {
                status = Some(word)
            }
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let config = SimConfig {
        status,
        ..Default::default()
    };
    let sim = match Simulator::spawn(config) {
        Ok(sim) => sim,
        Err(e) => {
            eprintln!("b24-status-sim: the simulator could not start: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!("{}", sim.webhook_url());
    eprintln!(
        "Simulated Bitrix24 portal at {0} (control: {0}/_sim/). Close stdin or press Ctrl-C to stop.",
        sim.base_url()
    );
    let mut sink = String::new();
    while std::io::stdin().lock().read_line(&mut sink).unwrap_or(0) > 0 {
        sink.clear();
    }
    ExitCode::SUCCESS
}
