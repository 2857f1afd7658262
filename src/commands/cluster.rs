//! `kan cluster`.

use crate::error::Result;
use crate::exit::Exit;
use crate::kafka::Admin;
use crate::render::Output;
use crate::settings::Settings;

pub fn run(settings: &Settings, output: &Output) -> Result<Exit> {
    let admin = Admin::connect(&settings.connection)?;
    let cluster = admin.cluster()?;
    output.emit(&cluster)?;
    Ok(Exit::Success)
}
