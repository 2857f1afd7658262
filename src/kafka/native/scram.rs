//! SCRAM credentials (KIP-554): `rd_kafka_DescribeUserScramCredentials` and
//! `rd_kafka_AlterUserScramCredentials` (upsert and delete).
//!
//! An upsert hands librdkafka the password and no salt: librdkafka then draws a 64-byte random
//! salt (OpenSSL's `RAND_priv_bytes`; kan builds rdkafka with `ssl`) and sends only
//! `SaltedPassword = Hi(password, salt, iterations)` — the password itself never goes on the
//! wire, and no librdkafka log line (debug contexts included) carries it. librdkafka copies the
//! password into its own request object, which it frees with the request.

use std::ffi::{c_char, CString};
use std::time::Duration;

use rdkafka::client::{Client, ClientContext};
use rdkafka::types::RDKafkaErrorCode;
use rdkafka_sys as rdsys;
use rdkafka_sys::bindings::rd_kafka_ScramMechanism_t as NativeMechanism;
use rdkafka_sys::types::RDKafkaAdminOp;

use super::error::{ItemError, NativeError};
use super::plumbing::{borrowed_error, c_array, c_string, string, AdminCall, Native};
use crate::domain::users::ScramMechanism;

/// One stored credential as the broker describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScramCredential {
    /// `None`: a mechanism librdkafka does not know.
    pub mechanism: Option<ScramMechanism>,
    pub iterations: i32,
}

/// One user of a describe answer: its credentials, or why they could not be described (a user
/// that has none is `RESOURCE_NOT_FOUND`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserDescription {
    pub user: String,
    pub result: Result<Vec<ScramCredential>, ItemError>,
}

/// One change to a user's credentials.
#[derive(Clone, PartialEq, Eq)]
pub enum ScramAlteration<'a> {
    /// Set (create or replace) the credential for `mechanism` from `password`.
    Upsert {
        user: &'a str,
        mechanism: ScramMechanism,
        iterations: i32,
        password: &'a [u8],
    },
    /// Remove the credential for `mechanism`.
    Delete {
        user: &'a str,
        mechanism: ScramMechanism,
    },
}

impl std::fmt::Debug for ScramAlteration<'_> {
    /// Never shows the password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScramAlteration::Upsert {
                user,
                mechanism,
                iterations,
                ..
            } => write!(f, "Upsert({user:?}, {mechanism}, {iterations}, ****)"),
            ScramAlteration::Delete { user, mechanism } => {
                write!(f, "Delete({user:?}, {mechanism})")
            }
        }
    }
}

/// The per-user outcome of an alteration request (the broker answers per user).
pub type AlterationResult = (String, Result<(), ItemError>);

fn to_native(mechanism: ScramMechanism) -> NativeMechanism {
    match mechanism {
        ScramMechanism::Sha256 => NativeMechanism::RD_KAFKA_SCRAM_MECHANISM_SHA_256,
        ScramMechanism::Sha512 => NativeMechanism::RD_KAFKA_SCRAM_MECHANISM_SHA_512,
    }
}

fn from_native(mechanism: NativeMechanism) -> Option<ScramMechanism> {
    match mechanism {
        NativeMechanism::RD_KAFKA_SCRAM_MECHANISM_SHA_256 => Some(ScramMechanism::Sha256),
        NativeMechanism::RD_KAFKA_SCRAM_MECHANISM_SHA_512 => Some(ScramMechanism::Sha512),
        _ => None,
    }
}

/// Describes the SCRAM credentials of `users`, or of every user when `users` is empty. Blocks
/// for at most `timeout`.
pub fn describe_user_scram_credentials<C: ClientContext>(
    client: &Client<C>,
    users: &[String],
    timeout: Duration,
) -> Result<Vec<UserDescription>, NativeError> {
    let names = users
        .iter()
        .map(|user| c_string(user, "user name"))
        .collect::<Result<Vec<CString>, _>>()?;
    let mut raw: Vec<*const c_char> = names.iter().map(|name| name.as_ptr()).collect();
    let call = AdminCall::new(
        client,
        RDKafkaAdminOp::RD_KAFKA_ADMIN_OP_DESCRIBEUSERSCRAMCREDENTIALS,
        timeout,
    )?;
    let event = call.run(
        rdsys::RD_KAFKA_EVENT_DESCRIBEUSERSCRAMCREDENTIALS_RESULT,
        |rk, options, queue| {
            let users_ptr = if raw.is_empty() {
                std::ptr::null_mut()
            } else {
                raw.as_mut_ptr()
            };
            // SAFETY: the handles are alive for the call; `raw` holds `raw.len()` valid C
            // strings (owned by `names`) that librdkafka copies before returning.
            unsafe {
                rdsys::rd_kafka_DescribeUserScramCredentials(
                    rk,
                    users_ptr,
                    raw.len(),
                    options,
                    queue,
                );
            }
        },
    )?;
    let result = event.result(
        rdsys::rd_kafka_event_DescribeUserScramCredentials_result,
        "DescribeUserScramCredentials",
    )?;
    // SAFETY: `result` points into `event`, which outlives every use below; each description
    // and its strings are copied into owned values.
    unsafe {
        let mut count = 0usize;
        let descriptions =
            rdsys::rd_kafka_DescribeUserScramCredentials_result_descriptions(result, &mut count);
        Ok(c_array(descriptions.cast_const(), count)
            .iter()
            .map(|&description| copy_description(description))
            .collect())
    }
}

/// A per-user error of these results: librdkafka sets an error object on every user, with
/// code `NO_ERROR` ("Success") when the user's part went through.
///
/// # Safety
///
/// `error` must be NULL or a valid error object for the duration of the call.
unsafe fn failure(error: *const rdsys::rd_kafka_error_t) -> Option<ItemError> {
    // SAFETY: forwarded contract.
    unsafe { borrowed_error(error) }.filter(|error| error.code != RDKafkaErrorCode::NoError)
}

/// Copies one described user.
///
/// # Safety
///
/// `description` must be a valid description for the duration of the call.
unsafe fn copy_description(
    description: *const rdsys::rd_kafka_UserScramCredentialsDescription_t,
) -> UserDescription {
    // SAFETY: valid description per this function's contract; strings are copied.
    unsafe {
        let user = string(rdsys::rd_kafka_UserScramCredentialsDescription_user(
            description,
        ));
        if let Some(error) = failure(rdsys::rd_kafka_UserScramCredentialsDescription_error(
            description,
        )) {
            return UserDescription {
                user,
                result: Err(error),
            };
        }
        let count =
            rdsys::rd_kafka_UserScramCredentialsDescription_scramcredentialinfo_count(description);
        let credentials = (0..count)
            .filter_map(|index| {
                let info = rdsys::rd_kafka_UserScramCredentialsDescription_scramcredentialinfo(
                    description,
                    index,
                );
                (!info.is_null()).then(|| ScramCredential {
                    mechanism: from_native(rdsys::rd_kafka_ScramCredentialInfo_mechanism(info)),
                    iterations: rdsys::rd_kafka_ScramCredentialInfo_iterations(info),
                })
            })
            .collect();
        UserDescription {
            user,
            result: Ok(credentials),
        }
    }
}

/// Builds one owned librdkafka alteration.
fn build_alteration(
    alteration: &ScramAlteration<'_>,
) -> Result<Native<rdsys::rd_kafka_UserScramCredentialAlteration_t>, NativeError> {
    let ptr = match alteration {
        ScramAlteration::Upsert {
            user,
            mechanism,
            iterations,
            password,
        } => {
            if password.is_empty() {
                return Err(NativeError::InvalidArgument(format!(
                    "the password for user {user:?} is empty"
                )));
            }
            let user_c = c_string(user, "user name")?;
            // SAFETY: `user_c` is a valid C string and `password` `password.len()` readable
            // bytes; librdkafka copies both. A NULL salt of size 0 makes librdkafka draw a
            // random one.
            unsafe {
                rdsys::rd_kafka_UserScramCredentialUpsertion_new(
                    user_c.as_ptr(),
                    to_native(*mechanism),
                    *iterations,
                    password.as_ptr(),
                    password.len(),
                    std::ptr::null(),
                    0,
                )
            }
        }
        ScramAlteration::Delete { user, mechanism } => {
            let user_c = c_string(user, "user name")?;
            // SAFETY: `user_c` is a valid C string that librdkafka copies.
            unsafe {
                rdsys::rd_kafka_UserScramCredentialDeletion_new(
                    user_c.as_ptr(),
                    to_native(*mechanism),
                )
            }
        }
    };
    // SAFETY: a new alteration owned by us, freed by Native's Drop.
    unsafe { Native::from_ptr(ptr, rdsys::rd_kafka_UserScramCredentialAlteration_destroy) }
        .ok_or_else(|| NativeError::InvalidArgument(format!("librdkafka refused {alteration:?}")))
}

/// Applies SCRAM credential changes. The broker answers once per user named (Kafka) or once
/// per alteration (some brokers); every answer is returned, in the broker's order. An empty
/// `alterations` returns `Ok(vec![])` without a request. Blocks for at most `timeout`.
pub fn alter_user_scram_credentials<C: ClientContext>(
    client: &Client<C>,
    alterations: &[ScramAlteration<'_>],
    timeout: Duration,
) -> Result<Vec<AlterationResult>, NativeError> {
    if alterations.is_empty() {
        return Ok(Vec::new());
    }
    let owned = alterations
        .iter()
        .map(build_alteration)
        .collect::<Result<Vec<_>, _>>()?;
    let mut raw: Vec<*mut rdsys::rd_kafka_UserScramCredentialAlteration_t> =
        owned.iter().map(Native::ptr).collect();
    let call = AdminCall::new(
        client,
        RDKafkaAdminOp::RD_KAFKA_ADMIN_OP_ALTERUSERSCRAMCREDENTIALS,
        timeout,
    )?;
    let event = call.run(
        rdsys::RD_KAFKA_EVENT_ALTERUSERSCRAMCREDENTIALS_RESULT,
        |rk, options, queue| {
            // SAFETY: the handles are alive for the call; librdkafka copies the alterations
            // (we keep ownership of ours and free them on drop).
            unsafe {
                rdsys::rd_kafka_AlterUserScramCredentials(
                    rk,
                    raw.as_mut_ptr(),
                    raw.len(),
                    options,
                    queue,
                );
            }
        },
    )?;
    let result = event.result(
        rdsys::rd_kafka_event_AlterUserScramCredentials_result,
        "AlterUserScramCredentials",
    )?;
    // SAFETY: `result` points into `event`, which outlives every use below; strings and
    // errors are copied.
    unsafe {
        let mut count = 0usize;
        let responses =
            rdsys::rd_kafka_AlterUserScramCredentials_result_responses(result, &mut count);
        Ok(c_array(responses.cast_const(), count)
            .iter()
            .map(|&response| {
                let user = string(
                    rdsys::rd_kafka_AlterUserScramCredentials_result_response_user(response),
                );
                let error = failure(
                    rdsys::rd_kafka_AlterUserScramCredentials_result_response_error(response),
                );
                (user, error.map_or(Ok(()), Err))
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::unreachable_admin_client;
    use super::*;

    #[test]
    fn mechanisms_map_both_ways() {
        for mechanism in [ScramMechanism::Sha256, ScramMechanism::Sha512] {
            assert_eq!(from_native(to_native(mechanism)), Some(mechanism));
        }
        assert_eq!(
            from_native(NativeMechanism::RD_KAFKA_SCRAM_MECHANISM_UNKNOWN),
            None
        );
    }

    #[test]
    fn debug_never_shows_the_password() {
        let upsert = ScramAlteration::Upsert {
            user: "svc",
            mechanism: ScramMechanism::Sha512,
            iterations: 4096,
            password: b"hunter2-secret",
        };
        let shown = format!("{upsert:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(
            shown.contains("SCRAM-SHA-512") && shown.contains("4096"),
            "{shown}"
        );
    }

    #[test]
    fn bad_input_is_refused_before_sending() {
        // No broker answers at 127.0.0.1:1: these fail before a request is made.
        let admin = unreachable_admin_client();
        let timeout = Duration::from_secs(1);
        let empty = [ScramAlteration::Upsert {
            user: "svc",
            mechanism: ScramMechanism::Sha256,
            iterations: 4096,
            password: b"",
        }];
        match alter_user_scram_credentials(admin.inner(), &empty, timeout) {
            Err(NativeError::InvalidArgument(m)) => assert!(m.contains("empty"), "{m}"),
            other => panic!("expected InvalidArgument, got {other:?}"),
        }
        let nul = [ScramAlteration::Delete {
            user: "s\0vc",
            mechanism: ScramMechanism::Sha256,
        }];
        assert!(matches!(
            alter_user_scram_credentials(admin.inner(), &nul, timeout),
            Err(NativeError::InvalidArgument(_))
        ));
        assert_eq!(
            alter_user_scram_credentials(admin.inner(), &[], timeout),
            Ok(Vec::new())
        );
        // librdkafka's own checks: an empty user name is refused locally.
        let nameless = [ScramAlteration::Delete {
            user: "",
            mechanism: ScramMechanism::Sha256,
        }];
        match alter_user_scram_credentials(admin.inner(), &nameless, timeout) {
            Err(NativeError::InvalidArgument(m)) => assert!(m.contains("Empty user"), "{m}"),
            other => panic!("expected InvalidArgument, got {other:?}"),
        }
        match describe_user_scram_credentials(admin.inner(), &[String::new()], timeout) {
            Err(NativeError::InvalidArgument(m)) => assert!(m.contains("Empty users"), "{m}"),
            other => panic!("expected InvalidArgument, got {other:?}"),
        }
    }

    #[test]
    fn unreachable_cluster_times_out() {
        let admin = unreachable_admin_client();
        let timeout = Duration::from_millis(800);
        assert_eq!(
            describe_user_scram_credentials(admin.inner(), &[], timeout),
            Err(NativeError::Timeout(timeout))
        );
        let upsert = [ScramAlteration::Upsert {
            user: "svc",
            mechanism: ScramMechanism::Sha256,
            iterations: 4096,
            password: b"pw",
        }];
        assert_eq!(
            alter_user_scram_credentials(admin.inner(), &upsert, timeout),
            Err(NativeError::Timeout(timeout))
        );
    }
}
