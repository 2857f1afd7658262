//! Incremental config changes with `rd_kafka_IncrementalAlterConfigs`
//! (KIP-339): only the named keys are touched, unlike the legacy
//! `AlterConfigs` that rust-rdkafka exposes, which resets every unspecified
//! key of the resource to its default.

use std::collections::HashSet;
use std::time::Duration;

use rdkafka::client::{Client, ClientContext};
use rdkafka_sys as rdsys;
use rdkafka_sys::bindings::{
    rd_kafka_AlterConfigOpType_t as OpType, rd_kafka_ResourceType_t as ResourceType,
};
use rdkafka_sys::types::RDKafkaAdminOp;

use super::error::{describe, ItemError, NativeError};
use super::plumbing::{
    c_array, c_string, opt_string, owned_error_to_invalid, string, AdminCall, Native,
};

/// The operation applied to one config key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AlterOp {
    /// Set the key to the given value.
    Set,
    /// Remove the key's override, reverting it to the default.
    Delete,
    /// Add the value to a list-type key.
    Append,
    /// Remove the value from a list-type key.
    Subtract,
}

impl AlterOp {
    pub(super) fn to_native(self) -> OpType {
        match self {
            AlterOp::Set => OpType::RD_KAFKA_ALTER_CONFIG_OP_TYPE_SET,
            AlterOp::Delete => OpType::RD_KAFKA_ALTER_CONFIG_OP_TYPE_DELETE,
            AlterOp::Append => OpType::RD_KAFKA_ALTER_CONFIG_OP_TYPE_APPEND,
            AlterOp::Subtract => OpType::RD_KAFKA_ALTER_CONFIG_OP_TYPE_SUBTRACT,
        }
    }
}

/// One key change. `value` is required for every op except `Delete`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigChange {
    pub name: String,
    pub op: AlterOp,
    pub value: Option<String>,
}

/// All changes for one resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceChanges {
    pub resource: ConfigResource,
    pub changes: Vec<ConfigChange>,
}

/// A resource whose configuration can be changed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConfigResource {
    Topic(String),
    Broker(i32),
    Group(String),
}

impl ConfigResource {
    /// librdkafka's resource type and name for this resource.
    pub(super) fn to_native(&self) -> (ResourceType, String) {
        match self {
            ConfigResource::Topic(name) => (ResourceType::RD_KAFKA_RESOURCE_TOPIC, name.clone()),
            ConfigResource::Broker(id) => (ResourceType::RD_KAFKA_RESOURCE_BROKER, id.to_string()),
            ConfigResource::Group(name) => (ResourceType::RD_KAFKA_RESOURCE_GROUP, name.clone()),
        }
    }

    /// The inverse of [`Self::to_native`], for result resources.
    pub(super) fn from_native(kind: ResourceType, name: String) -> Result<Self, NativeError> {
        match kind {
            ResourceType::RD_KAFKA_RESOURCE_TOPIC => Ok(ConfigResource::Topic(name)),
            ResourceType::RD_KAFKA_RESOURCE_GROUP => Ok(ConfigResource::Group(name)),
            ResourceType::RD_KAFKA_RESOURCE_BROKER => {
                name.parse().map(ConfigResource::Broker).map_err(|_| {
                    NativeError::UnexpectedEvent(format!(
                        "broker resource with non-numeric name {name:?}"
                    ))
                })
            }
            other => Err(NativeError::UnexpectedEvent(format!(
                "unexpected resource type {other:?}"
            ))),
        }
    }
}

/// Checks that need no librdkafka call: librdkafka only allows one broker
/// resource per request (it reports `__CONFLICT` otherwise, which we turn
/// into a clearer invalid-argument error here).
fn validate(changes: &[ResourceChanges]) -> Result<(), NativeError> {
    let brokers: HashSet<i32> = changes
        .iter()
        .filter_map(|rc| match rc.resource {
            ConfigResource::Broker(id) => Some(id),
            _ => None,
        })
        .collect();
    if brokers.len() > 1 {
        let mut ids: Vec<i32> = brokers.into_iter().collect();
        ids.sort_unstable();
        return Err(NativeError::InvalidArgument(format!(
            "at most one broker resource per request, got brokers {ids:?}"
        )));
    }
    Ok(())
}

/// Builds one owned `rd_kafka_ConfigResource_t` with all its changes.
fn build_resource(
    rc: &ResourceChanges,
) -> Result<Native<rdsys::rd_kafka_ConfigResource_t>, NativeError> {
    let (kind, name) = rc.resource.to_native();
    let name_c = c_string(&name, "resource name")?;
    // SAFETY: creates a new resource owned by us (freed by Native's Drop);
    // librdkafka copies the name.
    let resource = unsafe {
        Native::from_ptr(
            rdsys::rd_kafka_ConfigResource_new(kind, name_c.as_ptr()),
            rdsys::rd_kafka_ConfigResource_destroy,
        )
    }
    .ok_or_else(|| {
        NativeError::InvalidArgument(format!("librdkafka refused resource {:?}", rc.resource))
    })?;

    for change in &rc.changes {
        let key = c_string(&change.name, "config name")?;
        let value = change
            .value
            .as_deref()
            .map(|v| c_string(v, "config value"))
            .transpose()?;
        let value_ptr = value.as_ref().map_or(std::ptr::null(), |v| v.as_ptr());
        // SAFETY: the resource is alive and owned; key/value are valid C
        // strings (value may be NULL) that librdkafka copies. The returned
        // error, if any, is owned by us and freed by owned_error_to_invalid.
        let error = unsafe {
            rdsys::rd_kafka_ConfigResource_add_incremental_config(
                resource.ptr(),
                key.as_ptr(),
                change.op.to_native(),
                value_ptr,
            )
        };
        let context = format!("{:?} {:?} {:?}", rc.resource, change.op, change.name);
        // SAFETY: `error` is ours (see above) and not used again.
        unsafe { owned_error_to_invalid(error, &context) }?;
    }
    Ok(resource)
}

/// The outcome for one resource of [`incremental_alter_configs`].
pub type ResourceResult = (ConfigResource, Result<(), ItemError>);

/// Applies incremental config changes (KIP-339) to topics, brokers or
/// groups. With `validate_only` the broker only checks them.
///
/// Returns one entry per resource in the response; a resource the broker
/// refused carries an [`ItemError`]. An empty `changes` returns `Ok(vec![])`
/// without a request. Blocks for at most `timeout`.
pub fn incremental_alter_configs<C: ClientContext>(
    client: &Client<C>,
    changes: &[ResourceChanges],
    validate_only: bool,
    timeout: Duration,
) -> Result<Vec<ResourceResult>, NativeError> {
    if changes.is_empty() {
        return Ok(Vec::new());
    }
    validate(changes)?;
    let resources = changes
        .iter()
        .map(build_resource)
        .collect::<Result<Vec<_>, _>>()?;
    let mut raw: Vec<*mut rdsys::rd_kafka_ConfigResource_t> =
        resources.iter().map(Native::ptr).collect();

    let call = AdminCall::new(
        client,
        RDKafkaAdminOp::RD_KAFKA_ADMIN_OP_INCREMENTALALTERCONFIGS,
        timeout,
    )?;
    call.set_with_errstr("validate_only", |options, buf, len| {
        // SAFETY: `options` is the call's live options, `buf` has `len` bytes.
        unsafe {
            rdsys::rd_kafka_AdminOptions_set_validate_only(
                options,
                i32::from(validate_only),
                buf,
                len,
            )
        }
    })?;
    let event = call.run(
        rdsys::RD_KAFKA_EVENT_INCREMENTALALTERCONFIGS_RESULT,
        |rk, options, queue| {
            // SAFETY: all handles and the resource array are alive for the call;
            // librdkafka copies the resources (we still own and free them).
            unsafe {
                rdsys::rd_kafka_IncrementalAlterConfigs(
                    rk,
                    raw.as_mut_ptr(),
                    raw.len(),
                    options,
                    queue,
                )
            }
        },
    )?;
    let result = event.result(
        rdsys::rd_kafka_event_IncrementalAlterConfigs_result,
        "IncrementalAlterConfigs",
    )?;

    let mut count = 0usize;
    // SAFETY: the array and its resources live as long as `event`; every
    // value is copied out below.
    let results = unsafe {
        let arr = rdsys::rd_kafka_IncrementalAlterConfigs_result_resources(result, &mut count);
        c_array(arr, count)
    };
    let mut out = Vec::with_capacity(results.len());
    for &res in results {
        // SAFETY: `res` is a live element of the result (see above).
        let (kind, name, err, errstr) = unsafe {
            (
                rdsys::rd_kafka_ConfigResource_type(res),
                string(rdsys::rd_kafka_ConfigResource_name(res)),
                rdsys::rd_kafka_ConfigResource_error(res),
                opt_string(rdsys::rd_kafka_ConfigResource_error_string(res)),
            )
        };
        let resource = ConfigResource::from_native(kind, name)?;
        let outcome = if err == rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            Ok(())
        } else {
            let code = err.into();
            Err(ItemError {
                code,
                message: errstr
                    .filter(|m| !m.is_empty())
                    .unwrap_or_else(|| describe(code)),
            })
        };
        out.push((resource, outcome));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    // The mock cluster does not serve IncrementalAlterConfigs (ApiKey 44),
    // so these tests cover encoding, validation and the error/time-out
    // paths; the real-broker path is covered by kan's integration tests
    // against the nisshi broker.

    use std::time::Instant;

    use rdkafka::types::RDKafkaErrorCode;

    use super::super::test_support::{admin_client, unreachable_admin_client, ControllerMock};
    use super::*;

    fn set(name: &str, value: &str) -> ConfigChange {
        ConfigChange {
            name: name.into(),
            op: AlterOp::Set,
            value: Some(value.into()),
        }
    }

    fn topic(name: &str, changes: Vec<ConfigChange>) -> ResourceChanges {
        ResourceChanges {
            resource: ConfigResource::Topic(name.into()),
            changes,
        }
    }

    #[test]
    fn op_and_resource_encoding() {
        assert_eq!(AlterOp::Set.to_native() as i32, 0);
        assert_eq!(AlterOp::Delete.to_native() as i32, 1);
        assert_eq!(AlterOp::Append.to_native() as i32, 2);
        assert_eq!(AlterOp::Subtract.to_native() as i32, 3);

        let cases = [
            (
                ConfigResource::Topic("t".into()),
                ResourceType::RD_KAFKA_RESOURCE_TOPIC,
                "t",
            ),
            (
                ConfigResource::Broker(7),
                ResourceType::RD_KAFKA_RESOURCE_BROKER,
                "7",
            ),
            (
                ConfigResource::Group("g".into()),
                ResourceType::RD_KAFKA_RESOURCE_GROUP,
                "g",
            ),
        ];
        for (resource, kind, name) in cases {
            assert_eq!(resource.to_native(), (kind, name.to_string()));
            assert_eq!(
                ConfigResource::from_native(kind, name.to_string()),
                Ok(resource)
            );
        }
        assert!(matches!(
            ConfigResource::from_native(ResourceType::RD_KAFKA_RESOURCE_BROKER, "x".into()),
            Err(NativeError::UnexpectedEvent(_))
        ));
        assert!(matches!(
            ConfigResource::from_native(
                ResourceType::RD_KAFKA_RESOURCE_TRANSACTIONAL_ID,
                "x".into()
            ),
            Err(NativeError::UnexpectedEvent(_))
        ));
    }

    #[test]
    fn builds_every_op_and_rejects_what_librdkafka_rejects() {
        let ok = ResourceChanges {
            resource: ConfigResource::Topic("t".into()),
            changes: vec![
                set("retention.ms", "1000"),
                ConfigChange {
                    name: "cleanup.policy".into(),
                    op: AlterOp::Append,
                    value: Some("compact".into()),
                },
                ConfigChange {
                    name: "segment.ms".into(),
                    op: AlterOp::Delete,
                    value: None,
                },
            ],
        };
        let built = build_resource(&ok).expect("valid resource");
        let mut n = 0usize;
        // SAFETY: `built` is alive while the entries are read and copied.
        let names: Vec<String> = unsafe {
            let entries = rdsys::rd_kafka_ConfigResource_configs(built.ptr(), &mut n);
            c_array(entries, n)
                .iter()
                .map(|&e| string(rdsys::rd_kafka_ConfigEntry_name(e)))
                .collect()
        };
        assert_eq!(names, vec!["retention.ms", "cleanup.policy", "segment.ms"]);

        // SET without a value: refused by rd_kafka_ConfigResource_add_incremental_config.
        let no_value = topic(
            "t",
            vec![ConfigChange {
                name: "retention.ms".into(),
                op: AlterOp::Set,
                value: None,
            }],
        );
        match build_resource(&no_value) {
            Err(NativeError::InvalidArgument(m)) => assert!(m.contains("value is required"), "{m}"),
            other => panic!("expected InvalidArgument, got {:?}", other.map(|_| ())),
        }
        // Empty key: refused by librdkafka too.
        assert!(matches!(
            build_resource(&topic("t", vec![set("", "1")])),
            Err(NativeError::InvalidArgument(_))
        ));
        // NUL bytes never reach C.
        assert!(matches!(
            build_resource(&topic("t\0x", vec![set("a", "1")])),
            Err(NativeError::InvalidArgument(_))
        ));
        assert!(matches!(
            build_resource(&topic("t", vec![set("a", "1\0")])),
            Err(NativeError::InvalidArgument(_))
        ));
    }

    #[test]
    fn request_validation_happens_before_any_network_io() {
        let admin = unreachable_admin_client();
        let t = Duration::from_secs(10);
        let started = Instant::now();

        assert_eq!(
            incremental_alter_configs(admin.inner(), &[], false, t),
            Ok(vec![])
        );

        let two_brokers = [
            ResourceChanges {
                resource: ConfigResource::Broker(1),
                changes: vec![set("log.cleaner.threads", "2")],
            },
            ResourceChanges {
                resource: ConfigResource::Broker(2),
                changes: vec![set("log.cleaner.threads", "2")],
            },
        ];
        assert!(matches!(
            incremental_alter_configs(admin.inner(), &two_brokers, false, t),
            Err(NativeError::InvalidArgument(_))
        ));

        // Duplicate key within one resource: librdkafka fails the request
        // locally with __INVALID_ARG.
        let dup_key = [topic(
            "t",
            vec![set("retention.ms", "1"), set("retention.ms", "2")],
        )];
        match incremental_alter_configs(admin.inner(), &dup_key, true, t) {
            Err(NativeError::InvalidArgument(m)) => {
                assert!(m.contains("Duplicate ConfigEntry"), "{m}")
            }
            other => panic!("expected InvalidArgument, got {other:?}"),
        }
        // Duplicate resource: likewise.
        let dup_res = [
            topic("t", vec![set("a", "1")]),
            topic("t", vec![set("b", "1")]),
        ];
        match incremental_alter_configs(admin.inner(), &dup_res, false, t) {
            Err(NativeError::InvalidArgument(m)) => {
                assert!(m.contains("Duplicate ConfigResource"), "{m}")
            }
            other => panic!("expected InvalidArgument, got {other:?}"),
        }
        // A negative broker id is not a valid broker resource.
        let negative = [ResourceChanges {
            resource: ConfigResource::Broker(-1),
            changes: vec![set("a", "1")],
        }];
        assert!(matches!(
            incremental_alter_configs(admin.inner(), &negative, false, t),
            Err(NativeError::InvalidArgument(_))
        ));
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
    }

    #[test]
    fn unreachable_cluster_times_out_quickly() {
        let admin = unreachable_admin_client();
        let timeout = Duration::from_millis(700);
        let started = Instant::now();
        let err = incremental_alter_configs(
            admin.inner(),
            &[topic("t", vec![set("retention.ms", "1")])],
            false,
            timeout,
        )
        .unwrap_err();
        assert_eq!(err, NativeError::Timeout(timeout));
        assert!(
            started.elapsed() < timeout + Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
    }

    #[test]
    fn broker_without_the_api_reports_unsupported() {
        // The mock does not advertise IncrementalAlterConfigs in its
        // ApiVersions, so librdkafka refuses to send it and fails the whole
        // request. Topic resources go to the controller (broker 0 here),
        // a broker resource goes to that broker.
        let mock = ControllerMock::new(2);
        let admin = admin_client(&mock.bootstrap_servers());
        let t = Duration::from_secs(10);
        for (changes, validate_only) in [
            (vec![topic("t", vec![set("retention.ms", "1000")])], false),
            (vec![topic("t", vec![set("retention.ms", "1000")])], true),
            (
                vec![ResourceChanges {
                    resource: ConfigResource::Broker(2),
                    changes: vec![set("log.cleaner.threads", "2")],
                }],
                false,
            ),
        ] {
            match incremental_alter_configs(admin.inner(), &changes, validate_only, t) {
                Err(NativeError::Request { code, message }) => {
                    assert_eq!(code, RDKafkaErrorCode::UnsupportedFeature, "{message}");
                    assert!(message.contains("IncrementalAlterConfigs"), "{message}");
                }
                other => panic!("expected UnsupportedFeature, got {other:?}"),
            }
        }
    }
}
