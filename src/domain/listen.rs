//! Where `kan lag serve` listens. Metrics name every consumer group and topic, so by default
//! they are served on loopback only; another interface needs an explicit IP address in
//! `--listen` (`0.0.0.0:9308` for every interface). A host name (which could resolve to any
//! interface) or a bare `:9308` (which many servers take as "every interface") is refused.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

/// The default `--listen`: kafka_exporter's port, on loopback.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:9308";

/// Parses `--listen`: `IP:PORT`, `[IPv6]:PORT` or `localhost:PORT`.
pub fn parse_listen(text: &str) -> Result<SocketAddr, String> {
    let text = text.trim();
    if let Ok(address) = text.parse::<SocketAddr>() {
        return Ok(address);
    }
    if let Some(port) = text.strip_prefix("localhost:") {
        let port = port
            .parse::<u16>()
            .map_err(|_| format!("invalid --listen '{text}': bad port '{port}'"))?;
        return Ok(SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), port));
    }
    let port_only = text
        .strip_prefix(':')
        .unwrap_or(text)
        .parse::<u16>()
        .is_ok();
    if port_only {
        return Err(format!(
            "refusing --listen '{text}': say which interface, 127.0.0.1:PORT (this machine only) \
             or 0.0.0.0:PORT (every interface, explicitly)"
        ));
    }
    match text.rsplit_once(':') {
        Some((host, port)) if !host.is_empty() && port.parse::<u16>().is_ok() => Err(format!(
            "refusing --listen '{text}': '{host}' is a host name, which may resolve to a \
             non-loopback interface; give an IP address (0.0.0.0:{port} for every interface)"
        )),
        _ => Err(format!(
            "invalid --listen '{text}': expected IP:PORT, e.g. {DEFAULT_LISTEN}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_and_explicit_addresses_are_taken() {
        assert_eq!(
            parse_listen(DEFAULT_LISTEN).unwrap().to_string(),
            "127.0.0.1:9308"
        );
        assert_eq!(
            parse_listen("localhost:9000").unwrap().to_string(),
            "127.0.0.1:9000"
        );
        assert_eq!(
            parse_listen("0.0.0.0:9308").unwrap().to_string(),
            "0.0.0.0:9308"
        );
        assert_eq!(parse_listen("[::1]:1").unwrap().to_string(), "[::1]:1");
    }

    #[test]
    fn names_and_bare_ports_are_refused() {
        for text in [":9308", "9308"] {
            let err = parse_listen(text).unwrap_err();
            assert!(err.contains("0.0.0.0:PORT"), "{err}");
        }
        let err = parse_listen("metrics.example.com:9308").unwrap_err();
        assert!(err.contains("host name"), "{err}");
        assert!(err.contains("0.0.0.0:9308"), "{err}");
        assert!(parse_listen("127.0.0.1")
            .unwrap_err()
            .contains("expected IP:PORT"));
        assert!(parse_listen("localhost:99999").is_err());
    }
}
