//! View of `kan cluster`.

use std::io::{self, Write};

use super::table::{render, Style};
use super::View;
use crate::domain::cluster::ClusterInfo;

impl View for ClusterInfo {
    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        writeln!(
            out,
            "Cluster: {}  controller: {}",
            self.cluster_id.as_deref().unwrap_or("unknown"),
            self.controller_id
                .map_or_else(|| "unknown".to_string(), |id| id.to_string())
        )?;
        let mut table = style.table(["BROKER", "HOST", "PORT", "CONTROLLER"]);
        for broker in &self.brokers {
            table.add_row(vec![
                broker.id.to_string(),
                broker.host.clone(),
                broker.port.to_string(),
                if Some(broker.id) == self.controller_id {
                    "yes".into()
                } else {
                    String::new()
                },
            ]);
        }
        style.align_right(&mut table, &[0, 2]);
        out.write_all(render(&table).as_bytes())
    }
}
