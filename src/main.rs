//! Corroborate: the window and the command line over the analysis library.

mod cli;

use clap::Parser;

fn main() {
    let args = cli::Cli::parse();
    let code = match &args.command {
        Some(cli::Command::Analyze(a)) => cli::analyze(a),
        None => {
            eprintln!(
                "corroborate: the window is not built yet; use `corroborate analyze FILE...`"
            );
            2
        }
    };
    std::process::exit(code);
}
