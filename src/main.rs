//! Corroborate: the window and the command line over the analysis library.

use clap::Parser;
use corroborate::{app, cli};

fn main() {
    let args = cli::Cli::parse();
    let code = match args.command {
        Some(cli::Command::Analyze(a)) => cli::analyze(&a),
        Some(cli::Command::Export(a)) => cli::export(&a),
        None => match app::run(args.files) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("corroborate: cannot open the window: {e}");
                1
            }
        },
    };
    std::process::exit(code);
}
