//! `kan man`: generated from the clap definition, so they never drift.
//! Committed copies live in `docs/man/`; a test fails when they are stale.

use std::path::Path;

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::Result;
use crate::exit::Exit;

pub fn man(out_dir: Option<&Path>) -> Result<Exit> {
    let command = Cli::command();
    match out_dir {
        None => {
            let mut buffer = Vec::new();
            clap_mangen::Man::new(command).render(&mut buffer)?;
            crate::render::write_raw(&buffer)?;
        }
        Some(dir) => {
            std::fs::create_dir_all(dir)?;
            clap_mangen::generate_to(command, dir)?;
        }
    }
    Ok(Exit::Success)
}
