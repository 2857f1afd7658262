//! Cluster-level information: the controller id (`rd_kafka_controllerid`)
//! and a cluster description (`rd_kafka_DescribeCluster`: cluster id,
//! controller and the broker list, taken from a Metadata request).

use std::time::Duration;

use rdkafka::client::{Client, ClientContext};
use rdkafka_sys as rdsys;
use rdkafka_sys::types::RDKafkaAdminOp;

use super::error::NativeError;
use super::plumbing::{c_array, opt_string, string, timeout_ms, AdminCall};

/// A broker (node) as reported by the cluster.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BrokerRef {
    /// Broker (node) id.
    pub id: i32,
    /// Advertised host name.
    pub host: String,
    /// Advertised port.
    pub port: u16,
}

impl BrokerRef {
    /// Copies a borrowed `rd_kafka_Node_t`; NULL gives `None`.
    ///
    /// # Safety
    ///
    /// `node` must be NULL or a valid node for the duration of the call.
    pub(super) unsafe fn from_node(node: *const rdsys::rd_kafka_Node_t) -> Option<Self> {
        if node.is_null() {
            return None;
        }
        // SAFETY: valid node per this function's contract; the host string
        // is copied before returning.
        unsafe {
            Some(Self {
                id: rdsys::rd_kafka_Node_id(node),
                host: string(rdsys::rd_kafka_Node_host(node)),
                port: rdsys::rd_kafka_Node_port(node),
            })
        }
    }
}

/// What `DescribeCluster` reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterDescription {
    /// The cluster id (`None` for very old brokers that do not report one).
    pub cluster_id: Option<String>,
    /// The active controller, when it is one of the listed brokers.
    pub controller: Option<BrokerRef>,
    /// All live brokers.
    pub brokers: Vec<BrokerRef>,
}

/// The controller's broker id, or `None` when it is unknown within
/// `timeout` (librdkafka returns -1). Blocks for at most `timeout`.
pub fn controller_id<C: ClientContext>(client: &Client<C>, timeout: Duration) -> Option<i32> {
    // SAFETY: the client handle is valid while `client` is borrowed;
    // rd_kafka_controllerid only reads cached/fetched metadata.
    let id = unsafe { rdsys::rd_kafka_controllerid(client.native_ptr(), timeout_ms(timeout)) };
    (id >= 0).then_some(id)
}

/// Describes the cluster (id, controller, brokers). Blocks for at most
/// `timeout`.
pub fn describe_cluster<C: ClientContext>(
    client: &Client<C>,
    timeout: Duration,
) -> Result<ClusterDescription, NativeError> {
    let call = AdminCall::new(
        client,
        RDKafkaAdminOp::RD_KAFKA_ADMIN_OP_DESCRIBECLUSTER,
        timeout,
    )?;
    let event = call.run(
        rdsys::RD_KAFKA_EVENT_DESCRIBECLUSTER_RESULT,
        |rk, options, queue| {
            // SAFETY: all three handles are alive for the duration of the call;
            // librdkafka copies the options.
            unsafe { rdsys::rd_kafka_DescribeCluster(rk, options, queue) }
        },
    )?;
    let result = event.result(
        rdsys::rd_kafka_event_DescribeCluster_result,
        "DescribeCluster",
    )?;

    // SAFETY: `result` points into `event`, which outlives every use below;
    // all strings are copied into owned values.
    unsafe {
        let cluster_id = opt_string(rdsys::rd_kafka_DescribeCluster_result_cluster_id(result));
        let controller =
            BrokerRef::from_node(rdsys::rd_kafka_DescribeCluster_result_controller(result));
        let mut count = 0usize;
        let nodes = rdsys::rd_kafka_DescribeCluster_result_nodes(result, &mut count);
        let brokers = c_array(nodes.cast_const(), count)
            .iter()
            .filter_map(|&node| BrokerRef::from_node(node))
            .collect();
        Ok(ClusterDescription {
            cluster_id,
            controller,
            brokers,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use super::super::test_support::{
        admin_client, mock_cluster, unreachable_admin_client, ControllerMock,
    };
    use super::*;

    #[test]
    fn describe_cluster_lists_brokers_and_controller() {
        let mock = ControllerMock::new(3);
        let bootstrap = mock.bootstrap_servers();
        let admin = admin_client(&bootstrap);
        let desc =
            describe_cluster(admin.inner(), Duration::from_secs(10)).expect("describe cluster");

        let mut ids: Vec<i32> = desc.brokers.iter().map(|b| b.id).collect();
        ids.sort_unstable();
        assert_eq!(ids, vec![0, 1, 2, 3]);
        for broker in &desc.brokers {
            assert!(broker.port > 0, "{broker:?}");
            assert!(!broker.host.is_empty(), "{broker:?}");
        }
        // Brokers 1..=3 are the bootstrap brokers, so their addresses match.
        for broker in desc.brokers.iter().filter(|b| b.id > 0) {
            assert!(
                bootstrap.contains(&format!("{}:{}", broker.host, broker.port)),
                "{broker:?} not in {bootstrap}"
            );
        }
        // The mock names itself "mockCluster<hex>" and reports broker 0 as
        // the controller.
        let id = desc.cluster_id.expect("mock reports a cluster id");
        assert!(id.starts_with("mockCluster"), "{id}");
        let controller = desc.controller.expect("controller");
        assert_eq!(controller.id, 0);
        assert!(desc.brokers.contains(&controller));
    }

    #[test]
    fn describe_cluster_waits_for_the_controller() {
        // A plain mock cluster reports controller 0 but only has brokers
        // 1..=3: DescribeCluster is routed to the controller, so it never
        // gets sent and the call ends in a time-out.
        let mock = mock_cluster(3);
        let admin = admin_client(&mock.bootstrap_servers());
        let timeout = Duration::from_millis(1500);
        assert_eq!(
            describe_cluster(admin.inner(), timeout),
            Err(NativeError::Timeout(timeout))
        );
    }

    #[test]
    fn controller_id_is_what_metadata_reports() {
        // The mock's Metadata response always carries ControllerId 0, and
        // rd_kafka_controllerid passes it through, whether or not broker 0
        // exists.
        let mock = mock_cluster(3);
        let admin = admin_client(&mock.bootstrap_servers());
        assert_eq!(
            controller_id(admin.inner(), Duration::from_secs(10)),
            Some(0)
        );

        let mock = ControllerMock::new(2);
        let admin = admin_client(&mock.bootstrap_servers());
        assert_eq!(
            controller_id(admin.inner(), Duration::from_secs(10)),
            Some(0)
        );
    }

    #[test]
    fn unreachable_cluster_times_out_quickly() {
        let admin = unreachable_admin_client();
        let timeout = Duration::from_millis(800);

        let started = Instant::now();
        let err = describe_cluster(admin.inner(), timeout).unwrap_err();
        assert_eq!(err, NativeError::Timeout(timeout));
        assert!(
            started.elapsed() < timeout + Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );

        let started = Instant::now();
        assert_eq!(controller_id(admin.inner(), timeout), None);
        assert!(
            started.elapsed() < timeout + Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
    }

    #[test]
    fn out_of_range_timeout_is_rejected_by_librdkafka() {
        // librdkafka caps request_timeout at one hour; no broker is needed to
        // see the option being refused.
        let admin = unreachable_admin_client();
        match describe_cluster(admin.inner(), Duration::from_secs(2 * 3600)) {
            Err(NativeError::InvalidArgument(m)) => assert!(m.contains("request timeout"), "{m}"),
            other => panic!("expected InvalidArgument, got {other:?}"),
        }
    }
}
