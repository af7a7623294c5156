//! Corroborate's window and command line over the engine (`corroborate-engine`): the
//! window shows an [`corroborate_engine::Analysis`] and sends commands; the command line
//! prints and exports it. No analysis logic lives here.

pub mod app;
pub mod cli;
