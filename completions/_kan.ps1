
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'kan' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'kan'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'kan' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('topics', 'topics', [CompletionResultType]::ParameterValue, 'Create, list, describe, alter, apply and delete topics')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish validated, keyed, idempotent (or transactional) events')
            [CompletionResult]::new('consume', 'consume', [CompletionResultType]::ParameterValue, 'Read records: from any position, as text or lossless JSON envelopes, optionally as a group member')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'List, describe and delete consumer groups')
            [CompletionResult]::new('offsets', 'offsets', [CompletionResultType]::ParameterValue, 'Show, reset (dry run first) and seek a group''s committed offsets')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Watch what flows through Kafka: live analytics tables')
            [CompletionResult]::new('lag', 'lag', [CompletionResultType]::ParameterValue, 'Consumer lag per partition, topic and group, in messages and time, with thresholds')
            [CompletionResult]::new('schemas', 'schemas', [CompletionResultType]::ParameterValue, 'Schema Registry subjects and schemas (needs --schema-registry)')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Show the cluster: id, controller and brokers')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List, create (or set a new password for) and delete SCRAM users')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show resolved settings and profiles')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the script that registers completion with a shell (live topic, group and profile names; `--static` for one that never asks the cluster)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write all man pages into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;topics' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create topics with typed retention, compaction and compression settings')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List topics with partitions, replication and the configs they override')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show partitions (leader, replicas, ISR, watermarks, messages) and configs')
            [CompletionResult]::new('alter', 'alter', [CompletionResultType]::ParameterValue, 'Change configs incrementally (other keys are kept) or add partitions')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete topics (asks on a terminal; needs --yes otherwise)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create or align topics from a TOML/YAML file; --dry-run shows the plan only')
            [CompletionResult]::new('truncate', 'truncate', [CompletionResultType]::ParameterValue, 'Delete the records before an offset, a time or the end (DeleteRecords); shows the plan, asks on a terminal, needs --yes otherwise')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;topics;create' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Number of partitions (default: the broker''s num.partitions)')
            [CompletionResult]::new('--partitions', '--partitions', [CompletionResultType]::ParameterName, 'Number of partitions (default: the broker''s num.partitions)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Replication factor (default: the broker''s default.replication.factor)')
            [CompletionResult]::new('--replication-factor', '--replication-factor', [CompletionResultType]::ParameterName, 'Replication factor (default: the broker''s default.replication.factor)')
            [CompletionResult]::new('--throughput', '--throughput', [CompletionResultType]::ParameterName, 'Size partitions for this target throughput, e.g. 1M/s (needs --per-partition)')
            [CompletionResult]::new('--per-partition', '--per-partition', [CompletionResultType]::ParameterName, 'Throughput one partition sustains, e.g. 100K/s')
            [CompletionResult]::new('--retention', '--retention', [CompletionResultType]::ParameterName, 'How long to keep records: 7d, 12h, 30m, 500ms, or "forever" (retention.ms)')
            [CompletionResult]::new('--retention-bytes', '--retention-bytes', [CompletionResultType]::ParameterName, 'Size limit per partition: 1GiB, 500MB, 1048576, or "unlimited" (retention.bytes)')
            [CompletionResult]::new('--compression', '--compression', [CompletionResultType]::ParameterName, 'Compression codec the broker stores records with (compression.type)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Any other topic config as key=value (repeatable). *.ms keys accept durations, *.bytes sizes')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Any other topic config as key=value (repeatable). *.ms keys accept durations, *.bytes sizes')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--compact', '--compact', [CompletionResultType]::ParameterName, 'Keep only the latest record per key (cleanup.policy=compact)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Send config keys kan does not know (for broker-specific extensions)')
            [CompletionResult]::new('--if-not-exists', '--if-not-exists', [CompletionResultType]::ParameterName, 'Succeed (exit 0) when a topic already exists instead of failing')
            [CompletionResult]::new('--validate-only', '--validate-only', [CompletionResultType]::ParameterName, 'Ask the broker to validate the request without creating anything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;topics;list' {
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'Only topics whose name matches this regular expression')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--internal', '--internal', [CompletionResultType]::ParameterName, 'Include internal topics (__consumer_offsets …)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;topics;describe' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--all-configs', '--all-configs', [CompletionResultType]::ParameterName, 'Show every config, not only the ones the topic overrides')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;topics;alter' {
            [CompletionResult]::new('--retention', '--retention', [CompletionResultType]::ParameterName, 'How long to keep records: 7d, 12h, 30m, 500ms, or "forever" (retention.ms)')
            [CompletionResult]::new('--retention-bytes', '--retention-bytes', [CompletionResultType]::ParameterName, 'Size limit per partition: 1GiB, 500MB, 1048576, or "unlimited" (retention.bytes)')
            [CompletionResult]::new('--compression', '--compression', [CompletionResultType]::ParameterName, 'Compression codec the broker stores records with (compression.type)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Any other topic config as key=value (repeatable). *.ms keys accept durations, *.bytes sizes')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Any other topic config as key=value (repeatable). *.ms keys accept durations, *.bytes sizes')
            [CompletionResult]::new('--delete-config', '--delete-config', [CompletionResultType]::ParameterName, 'Remove a topic-level override so the broker default applies again (repeatable)')
            [CompletionResult]::new('--add-partitions', '--add-partitions', [CompletionResultType]::ParameterName, 'Raise the partition count to N (Kafka cannot lower it)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--compact', '--compact', [CompletionResultType]::ParameterName, 'Keep only the latest record per key (cleanup.policy=compact)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Send config keys kan does not know (for broker-specific extensions)')
            [CompletionResult]::new('--validate-only', '--validate-only', [CompletionResultType]::ParameterName, 'Ask the broker to validate the change without applying it')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;topics;delete' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'Succeed (exit 0) when a topic does not exist')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;topics;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Topic file (TOML, or YAML by .yaml/.yml extension)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Topic file (TOML, or YAML by .yaml/.yml extension)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and change nothing')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Accept config keys kan does not know')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;topics;truncate' {
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Delete the records before this: an OFFSET, @RFC3339 or @-DURATION (the first record at or after that time, per partition), or end (every record); asked for on a terminal when missing')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only these partitions (repeatable, or comma-separated; default: all)')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Only these partitions (repeatable, or comma-separated; default: all)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and delete nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;topics;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create topics with typed retention, compaction and compression settings')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List topics with partitions, replication and the configs they override')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show partitions (leader, replicas, ISR, watermarks, messages) and configs')
            [CompletionResult]::new('alter', 'alter', [CompletionResultType]::ParameterValue, 'Change configs incrementally (other keys are kept) or add partitions')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete topics (asks on a terminal; needs --yes otherwise)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create or align topics from a TOML/YAML file; --dry-run shows the plan only')
            [CompletionResult]::new('truncate', 'truncate', [CompletionResultType]::ParameterValue, 'Delete the records before an offset, a time or the end (DeleteRecords); shows the plan, asks on a terminal, needs --yes otherwise')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;topics;help;create' {
            break
        }
        'kan;topics;help;list' {
            break
        }
        'kan;topics;help;describe' {
            break
        }
        'kan;topics;help;alter' {
            break
        }
        'kan;topics;help;delete' {
            break
        }
        'kan;topics;help;apply' {
            break
        }
        'kan;topics;help;truncate' {
            break
        }
        'kan;topics;help;help' {
            break
        }
        'kan;publish' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('user-event', 'user-event', [CompletionResultType]::ParameterValue, 'Publish one user event {userId, eventType, timestamp, metadata}, keyed by userId')
            [CompletionResult]::new('page-view', 'page-view', [CompletionResultType]::ParameterValue, 'Publish one page view {userId, url, referrer, timestamp, duration}, keyed by userId')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Publish newline-delimited JSON events from a file or stdin, each line validated')
            [CompletionResult]::new('raw', 'raw', [CompletionResultType]::ParameterValue, 'Publish raw records: one --value, or each line of stdin')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;publish;user-event' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user id (the record key); asked for on a terminal when missing')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'What the user did; chosen from a list on a terminal when missing')
            [CompletionResult]::new('--meta', '--meta', [CompletionResultType]::ParameterName, 'Metadata entry key=value (repeatable)')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'Event time, RFC 3339 (default: now)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'topic')
            [CompletionResult]::new('--compression', '--compression', [CompletionResultType]::ParameterName, 'Compression codec (default: lz4 for batches, none for single events)')
            [CompletionResult]::new('--linger', '--linger', [CompletionResultType]::ParameterName, 'How long to wait to fill a batch (linger.ms), e.g. 5ms')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Maximum batch size in bytes (batch.size), e.g. 1MiB')
            [CompletionResult]::new('--transactional-id', '--transactional-id', [CompletionResultType]::ParameterName, 'The transactional.id (default: kan-<topic>-<pid>); implies --transactional')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Publish at most this many records per second, e.g. 500/s')
            [CompletionResult]::new('--correlation-id', '--correlation-id', [CompletionResultType]::ParameterName, 'The correlation-id header for every record (default: a unique id per record)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--transactional', '--transactional', [CompletionResultType]::ParameterName, 'All records commit atomically or not at all (aborted on any failure)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and report; send nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;publish;page-view' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user id (the record key); asked for on a terminal when missing')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The page, e.g. /pricing; asked for on a terminal when missing')
            [CompletionResult]::new('--referrer', '--referrer', [CompletionResultType]::ParameterName, 'Where the user came from')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Time on the page: 5s, 1500ms, or plain milliseconds (default 0)')
            [CompletionResult]::new('--timestamp', '--timestamp', [CompletionResultType]::ParameterName, 'Event time, RFC 3339 (default: now)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'topic')
            [CompletionResult]::new('--compression', '--compression', [CompletionResultType]::ParameterName, 'Compression codec (default: lz4 for batches, none for single events)')
            [CompletionResult]::new('--linger', '--linger', [CompletionResultType]::ParameterName, 'How long to wait to fill a batch (linger.ms), e.g. 5ms')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Maximum batch size in bytes (batch.size), e.g. 1MiB')
            [CompletionResult]::new('--transactional-id', '--transactional-id', [CompletionResultType]::ParameterName, 'The transactional.id (default: kan-<topic>-<pid>); implies --transactional')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Publish at most this many records per second, e.g. 500/s')
            [CompletionResult]::new('--correlation-id', '--correlation-id', [CompletionResultType]::ParameterName, 'The correlation-id header for every record (default: a unique id per record)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--transactional', '--transactional', [CompletionResultType]::ParameterName, 'All records commit atomically or not at all (aborted on any failure)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and report; send nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;publish;batch' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The schema every line must follow (default with --schema: raw)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'A JSON Schema file (draft 2020-12) every line must also satisfy: your own event kind. Alone, lines are published as raw records (--topic needed); with --kind user-event or page-view, a line must pass both the built-in check and the schema')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Newline-delimited JSON file (default: stdin; `-` also means stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Newline-delimited JSON file (default: stdin; `-` also means stdin)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Target topic (default: user-events / page-views by kind; required for raw)')
            [CompletionResult]::new('--key-field', '--key-field', [CompletionResultType]::ParameterName, 'For raw lines: key each record by this top-level JSON field')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Where the checkpoint of a file input is kept (default: under $XDG_STATE_HOME/kan/publish, one per file and topic; removed when every line is settled)')
            [CompletionResult]::new('--on-invalid', '--on-invalid', [CompletionResultType]::ParameterName, 'What to do with invalid lines')
            [CompletionResult]::new('--dlq-topic', '--dlq-topic', [CompletionResultType]::ParameterName, 'Dead-letter topic for --on-invalid dlq')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'Write rejected lines, as read, to this file (to fix and publish again)')
            [CompletionResult]::new('--value-subject', '--value-subject', [CompletionResultType]::ParameterName, 'Encode each value (a JSON line) with this subject''s schema — Avro, Protobuf or JSON Schema, as registered; a line that does not fit is invalid (--on-invalid)')
            [CompletionResult]::new('--schema-version', '--schema-version', [CompletionResultType]::ParameterName, 'The version of --value-subject''s schema to use (default: latest)')
            [CompletionResult]::new('--register', '--register', [CompletionResultType]::ParameterName, 'Register this schema file (.avsc Avro, .proto Protobuf, .json JSON Schema) under --value-subject first (nothing new when it is already registered) and encode with it')
            [CompletionResult]::new('--key-subject', '--key-subject', [CompletionResultType]::ParameterName, 'Encode each key with this subject''s latest schema (a key that is JSON is read as JSON, else as a string)')
            [CompletionResult]::new('--compression', '--compression', [CompletionResultType]::ParameterName, 'Compression codec (default: lz4 for batches, none for single events)')
            [CompletionResult]::new('--linger', '--linger', [CompletionResultType]::ParameterName, 'How long to wait to fill a batch (linger.ms), e.g. 5ms')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Maximum batch size in bytes (batch.size), e.g. 1MiB')
            [CompletionResult]::new('--transactional-id', '--transactional-id', [CompletionResultType]::ParameterName, 'The transactional.id (default: kan-<topic>-<pid>); implies --transactional')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Publish at most this many records per second, e.g. 500/s')
            [CompletionResult]::new('--correlation-id', '--correlation-id', [CompletionResultType]::ParameterName, 'The correlation-id header for every record (default: a unique id per record)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--repartition', '--repartition', [CompletionResultType]::ParameterName, 'For envelopes: ignore their partitions and partition by key')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue an earlier run of this file to this topic: lines its checkpoint records as delivered or rejected are not sent again (without a checkpoint: from the first line)')
            [CompletionResult]::new('--no-checkpoint', '--no-checkpoint', [CompletionResultType]::ParameterName, 'Keep no checkpoint (a later --resume starts from the first line)')
            [CompletionResult]::new('--transactional', '--transactional', [CompletionResultType]::ParameterName, 'All records commit atomically or not at all (aborted on any failure)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and report; send nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;publish;raw' {
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'topic')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Record key')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra header key=value (repeatable)')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Send to this partition instead of the key''s')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'The record value (default: each line of stdin is one record)')
            [CompletionResult]::new('--value-subject', '--value-subject', [CompletionResultType]::ParameterName, 'Encode each value (a JSON line) with this subject''s schema — Avro, Protobuf or JSON Schema, as registered; a line that does not fit is invalid (--on-invalid)')
            [CompletionResult]::new('--schema-version', '--schema-version', [CompletionResultType]::ParameterName, 'The version of --value-subject''s schema to use (default: latest)')
            [CompletionResult]::new('--register', '--register', [CompletionResultType]::ParameterName, 'Register this schema file (.avsc Avro, .proto Protobuf, .json JSON Schema) under --value-subject first (nothing new when it is already registered) and encode with it')
            [CompletionResult]::new('--key-subject', '--key-subject', [CompletionResultType]::ParameterName, 'Encode each key with this subject''s latest schema (a key that is JSON is read as JSON, else as a string)')
            [CompletionResult]::new('--compression', '--compression', [CompletionResultType]::ParameterName, 'Compression codec (default: lz4 for batches, none for single events)')
            [CompletionResult]::new('--linger', '--linger', [CompletionResultType]::ParameterName, 'How long to wait to fill a batch (linger.ms), e.g. 5ms')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Maximum batch size in bytes (batch.size), e.g. 1MiB')
            [CompletionResult]::new('--transactional-id', '--transactional-id', [CompletionResultType]::ParameterName, 'The transactional.id (default: kan-<topic>-<pid>); implies --transactional')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Publish at most this many records per second, e.g. 500/s')
            [CompletionResult]::new('--correlation-id', '--correlation-id', [CompletionResultType]::ParameterName, 'The correlation-id header for every record (default: a unique id per record)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--envelope', '--envelope', [CompletionResultType]::ParameterName, 'Stdin holds `kan consume --format json` envelopes: publish each losslessly (key, headers, value, timestamp, and partition unless --repartition)')
            [CompletionResult]::new('--repartition', '--repartition', [CompletionResultType]::ParameterName, 'With --envelope: ignore the envelopes'' partitions and partition by key')
            [CompletionResult]::new('--tombstone', '--tombstone', [CompletionResultType]::ParameterName, 'Send one record with a null value for --key: a tombstone, which deletes that key from a compacted topic (stdin is not read)')
            [CompletionResult]::new('--transactional', '--transactional', [CompletionResultType]::ParameterName, 'All records commit atomically or not at all (aborted on any failure)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and report; send nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;publish;help' {
            [CompletionResult]::new('user-event', 'user-event', [CompletionResultType]::ParameterValue, 'Publish one user event {userId, eventType, timestamp, metadata}, keyed by userId')
            [CompletionResult]::new('page-view', 'page-view', [CompletionResultType]::ParameterValue, 'Publish one page view {userId, url, referrer, timestamp, duration}, keyed by userId')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Publish newline-delimited JSON events from a file or stdin, each line validated')
            [CompletionResult]::new('raw', 'raw', [CompletionResultType]::ParameterValue, 'Publish raw records: one --value, or each line of stdin')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;publish;help;user-event' {
            break
        }
        'kan;publish;help;page-view' {
            break
        }
        'kan;publish;help;batch' {
            break
        }
        'kan;publish;help;raw' {
            break
        }
        'kan;publish;help;help' {
            break
        }
        'kan;consume' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Start: beginning, end, stored (the group''s offsets), OFFSET, -N (N before the end), @RFC3339, @-DURATION (e.g. @-1h). Default: end, or stored with --group')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only these partitions (repeatable; without --group)')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Only these partitions (repeatable; without --group)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Stop after printing N records')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after printing N records')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Stop each partition before the first record at or after: end (the log end at start), now, OFFSET, @RFC3339, @-DURATION (e.g. --from @-15m --until @-5m)')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Consume as a member of this group and commit what was printed')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consume as a member of this group and commit what was printed')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Output format of each record')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of each record')
            [CompletionResult]::new('--binary', '--binary', [CompletionResultType]::ParameterName, 'Binary data in JSON envelopes')
            [CompletionResult]::new('--value-format', '--value-format', [CompletionResultType]::ParameterName, 'How to read each value (avro, protobuf, jsonschema: Schema Registry wire format)')
            [CompletionResult]::new('--key-format', '--key-format', [CompletionResultType]::ParameterName, 'How to read each key (as --value-format)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Only records where FIELD=VALUE (JSON value, dotted path), @key=VALUE or @header.NAME=VALUE; repeatable, all must match')
            [CompletionResult]::new('--isolation', '--isolation', [CompletionResultType]::ParameterName, 'Read committed (skip aborted transactions) or everything')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Stop at the end offsets captured at start (as --until end)')
            [CompletionResult]::new('--until-end', '--until-end', [CompletionResultType]::ParameterName, 'Stop at the end offsets captured at start (as --until end)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;groups' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Consumer groups with state, protocol and member count')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Members, client ids, hosts, assignments and committed offsets with lag')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete groups (asks on a terminal; needs --yes otherwise)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;groups;list' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;groups;describe' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;groups;delete' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;groups;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Consumer groups with state, protocol and member count')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Members, client ids, hosts, assignments and committed offsets with lag')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete groups (asks on a terminal; needs --yes otherwise)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;groups;help;list' {
            break
        }
        'kan;groups;help;describe' {
            break
        }
        'kan;groups;help;delete' {
            break
        }
        'kan;groups;help;help' {
            break
        }
        'kan;offsets' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Committed offsets of a group, with log start, end and lag')
            [CompletionResult]::new('for-time', 'for-time', [CompletionResultType]::ParameterValue, 'Per partition, the first offset at or after a time and that record''s timestamp')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Plan (and with --execute apply) a reset of a group''s offsets')
            [CompletionResult]::new('seek', 'seek', [CompletionResultType]::ParameterValue, 'Move one partition of a group to an offset (consumer.seek for an idle group)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;offsets;show' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The group (picked from the cluster on a terminal when missing)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group (picked from the cluster on a terminal when missing)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only these topics')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only these topics')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;offsets;for-time' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Only these partitions (repeatable)')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'Only these partitions (repeatable)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;offsets;reset' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The group (picked from the cluster on a terminal when missing)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group (picked from the cluster on a terminal when missing)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'TOPIC or TOPIC:0,1,2 (repeatable; one is picked from the cluster on a terminal when neither this nor --all-topics is given)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'TOPIC or TOPIC:0,1,2 (repeatable; one is picked from the cluster on a terminal when neither this nor --all-topics is given)')
            [CompletionResult]::new('--to-offset', '--to-offset', [CompletionResultType]::ParameterName, 'To this offset')
            [CompletionResult]::new('--shift-by', '--shift-by', [CompletionResultType]::ParameterName, 'Move by N (negative to go back)')
            [CompletionResult]::new('--to-datetime', '--to-datetime', [CompletionResultType]::ParameterName, 'To the first record at or after this time (RFC 3339)')
            [CompletionResult]::new('--by-duration', '--by-duration', [CompletionResultType]::ParameterName, 'To the first record at or after now minus this (e.g. 1h)')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Offsets from a CSV file (topic,partition,offset), e.g. an undo file')
            [CompletionResult]::new('--undo-file', '--undo-file', [CompletionResultType]::ParameterName, 'Where to save the current offsets before applying (default: under the data dir)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Write the plan as Kafka''s reset CSV (topic,partition,offset)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--all-topics', '--all-topics', [CompletionResultType]::ParameterName, 'Every topic the group has committed offsets for')
            [CompletionResult]::new('--to-earliest', '--to-earliest', [CompletionResultType]::ParameterName, 'To the log start')
            [CompletionResult]::new('--to-latest', '--to-latest', [CompletionResultType]::ParameterName, 'To the log end')
            [CompletionResult]::new('--to-current', '--to-current', [CompletionResultType]::ParameterName, 'Keep the committed offsets (re-commit them)')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Apply the plan (the default is a dry run that changes nothing)')
            [CompletionResult]::new('--allow-new-group', '--allow-new-group', [CompletionResultType]::ParameterName, 'Allow a group that has no offsets yet (its offsets are created)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;offsets;seek' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'The group (picked from the cluster on a terminal when missing)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group (picked from the cluster on a terminal when missing)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'The topic (picked from the cluster on a terminal when missing)')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'The topic (picked from the cluster on a terminal when missing)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'The partition (picked, with its offsets, on a terminal when missing)')
            [CompletionResult]::new('--partition', '--partition', [CompletionResultType]::ParameterName, 'The partition (picked, with its offsets, on a terminal when missing)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'The offset to move to (asked for on a terminal when missing)')
            [CompletionResult]::new('--undo-file', '--undo-file', [CompletionResultType]::ParameterName, 'Where to save the current offsets before applying (default: under the data dir)')
            [CompletionResult]::new('--export', '--export', [CompletionResultType]::ParameterName, 'Write the plan as Kafka''s reset CSV (topic,partition,offset)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--execute', '--execute', [CompletionResultType]::ParameterName, 'Apply the plan (the default is a dry run that changes nothing)')
            [CompletionResult]::new('--allow-new-group', '--allow-new-group', [CompletionResultType]::ParameterName, 'Allow a group that has no offsets yet (its offsets are created)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;offsets;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Committed offsets of a group, with log start, end and lag')
            [CompletionResult]::new('for-time', 'for-time', [CompletionResultType]::ParameterValue, 'Per partition, the first offset at or after a time and that record''s timestamp')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Plan (and with --execute apply) a reset of a group''s offsets')
            [CompletionResult]::new('seek', 'seek', [CompletionResultType]::ParameterValue, 'Move one partition of a group to an offset (consumer.seek for an idle group)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;offsets;help;show' {
            break
        }
        'kan;offsets;help;for-time' {
            break
        }
        'kan;offsets;help;reset' {
            break
        }
        'kan;offsets;help;seek' {
            break
        }
        'kan;offsets;help;help' {
            break
        }
        'kan;watch' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('analytics', 'analytics', [CompletionResultType]::ParameterValue, 'Live rolling analytics of user events and page views (or a replay of files)')
            [CompletionResult]::new('topic', 'topic', [CompletionResultType]::ParameterValue, 'Live per-partition record and byte rates, sizes and key skew of any topic')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;watch;analytics' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Replay exported events offline instead of consuming (repeatable; `-` is stdin). Lines are user events, page views, or `kan consume -f json` envelopes')
            [CompletionResult]::new('--user-topic', '--user-topic', [CompletionResultType]::ParameterName, 'user-topic')
            [CompletionResult]::new('--page-topic', '--page-topic', [CompletionResultType]::ParameterName, 'page-topic')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Consumer group (offsets are committed after the events were applied)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consumer group (offsets are committed after the events were applied)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Where to start: stored (the group''s offsets, default), beginning, end, @RFC3339, @-1h')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between refreshes')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'Rolling window for active users, event types, top pages and users')
            [CompletionResult]::new('--session-timeout', '--session-timeout', [CompletionResultType]::ParameterName, 'Sessions idle longer than this expire')
            [CompletionResult]::new('--top', '--top', [CompletionResultType]::ParameterName, 'How many top pages and users to show')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'Window clock')
            [CompletionResult]::new('--dlq-topic', '--dlq-topic', [CompletionResultType]::ParameterName, 'dlq-topic')
            [CompletionResult]::new('--emit', '--emit', [CompletionResultType]::ParameterName, 'Publish the aggregates, keyed by metric name, to this (compacted) topic each refresh')
            [CompletionResult]::new('--state-topic', '--state-topic', [CompletionResultType]::ParameterName, 'The compacted topic holding each partition''s state (created when missing)')
            [CompletionResult]::new('--checkpoint-interval', '--checkpoint-interval', [CompletionResultType]::ParameterName, 'How often each instance writes its partitions'' state and commits the offsets it covers')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--no-commit', '--no-commit', [CompletionResultType]::ParameterName, 'A read-only look: start at the group''s offsets (or --from) without joining the group (its members keep their partitions), commit nothing and keep no state')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Stop at the end offsets captured at start, print the final report, exit 0')
            [CompletionResult]::new('--until-end', '--until-end', [CompletionResultType]::ParameterName, 'Stop at the end offsets captured at start, print the final report, exit 0')
            [CompletionResult]::new('--dlq', '--dlq', [CompletionResultType]::ParameterName, 'Publish each bad event to the dead-letter topic as a dead letter {source, line, partition, offset, reason, error, raw, raw_encoding} (docs/json.md)')
            [CompletionResult]::new('--merged', '--merged', [CompletionResultType]::ParameterName, 'The group''s figures from the state topic: every partition''s newest snapshot merged, with who counted it and how old it is (the source topics are not read)')
            [CompletionResult]::new('--no-state', '--no-state', [CompletionResultType]::ParameterName, 'Keep no state in Kafka: figures start from zero each run, offsets are committed each second')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;watch;topic' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Where to start: end (default), beginning, OFFSET, -N, @RFC3339, @-DURATION')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between refreshes')
            [CompletionResult]::new('--top', '--top', [CompletionResultType]::ParameterName, 'How many top keys to show')
            [CompletionResult]::new('--value-format', '--value-format', [CompletionResultType]::ParameterName, 'How to read each value (avro, protobuf, jsonschema: Schema Registry wire format); values decoded with a schema are counted by schema id, undecodable ones by cause (exit 6)')
            [CompletionResult]::new('--key-format', '--key-format', [CompletionResultType]::ParameterName, 'How to read each key, as shown in the top keys (as --value-format)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Stop at the end offsets captured at start, print the final report, exit 0')
            [CompletionResult]::new('--until-end', '--until-end', [CompletionResultType]::ParameterName, 'Stop at the end offsets captured at start, print the final report, exit 0')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;watch;help' {
            [CompletionResult]::new('analytics', 'analytics', [CompletionResultType]::ParameterValue, 'Live rolling analytics of user events and page views (or a replay of files)')
            [CompletionResult]::new('topic', 'topic', [CompletionResultType]::ParameterValue, 'Live per-partition record and byte rates, sizes and key skew of any topic')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;watch;help;analytics' {
            break
        }
        'kan;watch;help;topic' {
            break
        }
        'kan;watch;help;help' {
            break
        }
        'kan;lag' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Consumer group (repeatable)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Consumer group (repeatable)')
            [CompletionResult]::new('--group-pattern', '--group-pattern', [CompletionResultType]::ParameterName, 'Groups whose whole name matches REGEX (repeatable; a leading ! excludes)')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Only these topics (repeatable); partitions of a named topic without a committed offset are included and flagged')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only these topics (repeatable); partitions of a named topic without a committed offset are included and flagged')
            [CompletionResult]::new('--max-lag', '--max-lag', [CompletionResultType]::ParameterName, 'Breach (exit 5) when a group''s total lag exceeds N messages (per partition with --per-partition)')
            [CompletionResult]::new('--max-time-lag', '--max-time-lag', [CompletionResultType]::ParameterName, 'Breach (exit 5) when any partition''s next unread record is older than this, e.g. 30s')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Limits per group from a TOML file of [[rule]] tables (first matching rule wins; exit 5 on breach); instead of --max-lag / --max-time-lag')
            [CompletionResult]::new('--isolation', '--isolation', [CompletionResultType]::ParameterName, 'Log end used for lag: last stable offset (read-committed) or high watermark')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between --watch snapshots')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'Sliding window for the --watch status (OK/WARN/STALL/STOP/REWIND)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--all-groups', '--all-groups', [CompletionResultType]::ParameterName, 'Every consumer group in the cluster')
            [CompletionResult]::new('--per-partition', '--per-partition', [CompletionResultType]::ParameterName, 'Apply --max-lag to each partition instead of each group''s total')
            [CompletionResult]::new('--no-time-lag', '--no-time-lag', [CompletionResultType]::ParameterName, 'Skip time lag (no record reads; offsets only)')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep watching: redraw on a terminal, one NDJSON snapshot per interval otherwise')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep watching: redraw on a terminal, one NDJSON snapshot per interval otherwise')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve lag as Prometheus metrics (/metrics), with /healthz and /status, reading Kafka every --interval in the background')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;lag;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to serve on: IP:PORT. Another interface than loopback needs its IP given explicitly (0.0.0.0:9308 for every interface); host names are refused')
            [CompletionResult]::new('--group-pattern', '--group-pattern', [CompletionResultType]::ParameterName, 'Follow the groups whose whole name matches REGEX (repeatable; a leading ! excludes); default: every group. Groups that appear or vanish are followed at the next read')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between reads of Kafka (scrapes serve the latest read)')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'Sliding window for each group''s status (OK/WARN/STALL/STOP/REWIND)')
            [CompletionResult]::new('--isolation', '--isolation', [CompletionResultType]::ParameterName, 'Log end used for lag: last stable offset (read-committed) or high watermark')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Limits per group from a TOML file of [[rule]] tables (the file `kan lag --rules` reads); breaches show in kan_consumergroup_breach and /status')
            [CompletionResult]::new('--notify-command', '--notify-command', [CompletionResultType]::ParameterName, 'On each group transition (a rule''s breach starting or ending with --rules, else a status change), run CMD with `sh -c`, the notification''s JSON on its stdin (killed after 30s)')
            [CompletionResult]::new('--notify-webhook', '--notify-webhook', [CompletionResultType]::ParameterName, 'On each group transition, POST the notification''s JSON to URL (http or https; retried with back-off). A URL holding a token is best given in the environment variable')
            [CompletionResult]::new('--notify-interval', '--notify-interval', [CompletionResultType]::ParameterName, 'At most one notification per group per DURATION: a change inside it is sent when it ends, unless the group is back where the last notification left it')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--no-time-lag', '--no-time-lag', [CompletionResultType]::ParameterName, 'Skip time lag (no record reads; offsets only)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;lag;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve lag as Prometheus metrics (/metrics), with /healthz and /status, reading Kafka every --interval in the background')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;lag;help;serve' {
            break
        }
        'kan;lag;help;help' {
            break
        }
        'kan;schemas' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Subjects with their latest version, schema type and compatibility level')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A subject''s schema, pretty-printed (the latest version unless --version)')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a schema file under a subject: its type from the extension (.avsc Avro, .proto Protobuf, .json JSON Schema), checked here first; a schema the subject already holds is not registered again')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a schema file against the subject''s latest version under its compatibility level (exit 5 when incompatible)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a subject, or one version of it (soft unless --permanent); asks on a terminal, needs --yes without one')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show a subject''s compatibility level (its own, else the global one) or the global level; set it with --compatibility')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;schemas;list' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;schemas;get' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'A version number, or latest')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kan;schemas;register' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;schemas;check' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;schemas;delete' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Only this version (a number, or latest)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--permanent', '--permanent', [CompletionResultType]::ParameterName, 'Remove for good (soft-deleting first when that was not done yet)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'kan;schemas;config' {
            [CompletionResult]::new('--compatibility', '--compatibility', [CompletionResultType]::ParameterName, 'Set this level')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;schemas;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Subjects with their latest version, schema type and compatibility level')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A subject''s schema, pretty-printed (the latest version unless --version)')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a schema file under a subject: its type from the extension (.avsc Avro, .proto Protobuf, .json JSON Schema), checked here first; a schema the subject already holds is not registered again')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a schema file against the subject''s latest version under its compatibility level (exit 5 when incompatible)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a subject, or one version of it (soft unless --permanent); asks on a terminal, needs --yes without one')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show a subject''s compatibility level (its own, else the global one) or the global level; set it with --compatibility')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;schemas;help;list' {
            break
        }
        'kan;schemas;help;get' {
            break
        }
        'kan;schemas;help;register' {
            break
        }
        'kan;schemas;help;check' {
            break
        }
        'kan;schemas;help;delete' {
            break
        }
        'kan;schemas;help;config' {
            break
        }
        'kan;schemas;help;help' {
            break
        }
        'kan;cluster' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;users' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Users with SCRAM credentials: each mechanism and its iterations')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a SCRAM user, or set a new password for one (says which): the password from a hidden prompt (asked twice) or KAN_NEW_USER_PASSWORD, never a flag')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user''s SCRAM credentials: every mechanism it has, or only --mechanism; asks on a terminal, needs --yes without one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;users;list' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;users;create' {
            [CompletionResult]::new('--mechanism', '--mechanism', [CompletionResultType]::ParameterName, 'The SCRAM mechanism (asked for on a terminal when missing)')
            [CompletionResult]::new('--iterations', '--iterations', [CompletionResultType]::ParameterName, 'PBKDF2 iterations, 4096 (Kafka''s minimum) to 16384 (its maximum)')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;users;delete' {
            [CompletionResult]::new('--mechanism', '--mechanism', [CompletionResultType]::ParameterName, 'Only this mechanism''s credential')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;users;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Users with SCRAM credentials: each mechanism and its iterations')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a SCRAM user, or set a new password for one (says which): the password from a hidden prompt (asked twice) or KAN_NEW_USER_PASSWORD, never a flag')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user''s SCRAM credentials: every mechanism it has, or only --mechanism; asks on a terminal, needs --yes without one')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;users;help;list' {
            break
        }
        'kan;users;help;create' {
            break
        }
        'kan;users;help;delete' {
            break
        }
        'kan;users;help;help' {
            break
        }
        'kan;config' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the resolved connection settings and where each came from (secrets masked)')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List the profiles in the config file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;config;show' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;config;profiles' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the resolved connection settings and where each came from (secrets masked)')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List the profiles in the config file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;config;help;show' {
            break
        }
        'kan;config;help;profiles' {
            break
        }
        'kan;config;help;help' {
            break
        }
        'kan;completions' {
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--static', '--static', [CompletionResultType]::ParameterName, 'Print the self-contained script instead, which never asks the cluster')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;man' {
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Write kan.1 and one page per subcommand into this directory')
            [CompletionResult]::new('-b', '-b', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--brokers', '--brokers', [CompletionResultType]::ParameterName, 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)')
            [CompletionResult]::new('--security-protocol', '--security-protocol', [CompletionResultType]::ParameterName, 'Security protocol')
            [CompletionResult]::new('--sasl-mechanism', '--sasl-mechanism', [CompletionResultType]::ParameterName, 'SASL mechanism')
            [CompletionResult]::new('--sasl-username', '--sasl-username', [CompletionResultType]::ParameterName, 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--ssl-ca', '--ssl-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the brokers with')
            [CompletionResult]::new('--ssl-cert', '--ssl-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mutual TLS')
            [CompletionResult]::new('--ssl-key', '--ssl-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mutual TLS')
            [CompletionResult]::new('--schema-registry', '--schema-registry', [CompletionResultType]::ParameterName, 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)')
            [CompletionResult]::new('--schema-registry-user', '--schema-registry-user', [CompletionResultType]::ParameterName, 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)')
            [CompletionResult]::new('--schema-registry-ca', '--schema-registry-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to verify the Schema Registry with (default: the system''s)')
            [CompletionResult]::new('-X', '-X ', [CompletionResultType]::ParameterName, 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Upper bound for every broker request (default 10s)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: the NO_COLOR environment variable)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Confirm destructive actions without asking (required when there is no terminal)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'kan;help' {
            [CompletionResult]::new('topics', 'topics', [CompletionResultType]::ParameterValue, 'Create, list, describe, alter, apply and delete topics')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Publish validated, keyed, idempotent (or transactional) events')
            [CompletionResult]::new('consume', 'consume', [CompletionResultType]::ParameterValue, 'Read records: from any position, as text or lossless JSON envelopes, optionally as a group member')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'List, describe and delete consumer groups')
            [CompletionResult]::new('offsets', 'offsets', [CompletionResultType]::ParameterValue, 'Show, reset (dry run first) and seek a group''s committed offsets')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Watch what flows through Kafka: live analytics tables')
            [CompletionResult]::new('lag', 'lag', [CompletionResultType]::ParameterValue, 'Consumer lag per partition, topic and group, in messages and time, with thresholds')
            [CompletionResult]::new('schemas', 'schemas', [CompletionResultType]::ParameterValue, 'Schema Registry subjects and schemas (needs --schema-registry)')
            [CompletionResult]::new('cluster', 'cluster', [CompletionResultType]::ParameterValue, 'Show the cluster: id, controller and brokers')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'List, create (or set a new password for) and delete SCRAM users')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show resolved settings and profiles')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the script that registers completion with a shell (live topic, group and profile names; `--static` for one that never asks the cluster)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page, or write all man pages into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'kan;help;topics' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create topics with typed retention, compaction and compression settings')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List topics with partitions, replication and the configs they override')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show partitions (leader, replicas, ISR, watermarks, messages) and configs')
            [CompletionResult]::new('alter', 'alter', [CompletionResultType]::ParameterValue, 'Change configs incrementally (other keys are kept) or add partitions')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete topics (asks on a terminal; needs --yes otherwise)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create or align topics from a TOML/YAML file; --dry-run shows the plan only')
            [CompletionResult]::new('truncate', 'truncate', [CompletionResultType]::ParameterValue, 'Delete the records before an offset, a time or the end (DeleteRecords); shows the plan, asks on a terminal, needs --yes otherwise')
            break
        }
        'kan;help;topics;create' {
            break
        }
        'kan;help;topics;list' {
            break
        }
        'kan;help;topics;describe' {
            break
        }
        'kan;help;topics;alter' {
            break
        }
        'kan;help;topics;delete' {
            break
        }
        'kan;help;topics;apply' {
            break
        }
        'kan;help;topics;truncate' {
            break
        }
        'kan;help;publish' {
            [CompletionResult]::new('user-event', 'user-event', [CompletionResultType]::ParameterValue, 'Publish one user event {userId, eventType, timestamp, metadata}, keyed by userId')
            [CompletionResult]::new('page-view', 'page-view', [CompletionResultType]::ParameterValue, 'Publish one page view {userId, url, referrer, timestamp, duration}, keyed by userId')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Publish newline-delimited JSON events from a file or stdin, each line validated')
            [CompletionResult]::new('raw', 'raw', [CompletionResultType]::ParameterValue, 'Publish raw records: one --value, or each line of stdin')
            break
        }
        'kan;help;publish;user-event' {
            break
        }
        'kan;help;publish;page-view' {
            break
        }
        'kan;help;publish;batch' {
            break
        }
        'kan;help;publish;raw' {
            break
        }
        'kan;help;consume' {
            break
        }
        'kan;help;groups' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Consumer groups with state, protocol and member count')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Members, client ids, hosts, assignments and committed offsets with lag')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete groups (asks on a terminal; needs --yes otherwise)')
            break
        }
        'kan;help;groups;list' {
            break
        }
        'kan;help;groups;describe' {
            break
        }
        'kan;help;groups;delete' {
            break
        }
        'kan;help;offsets' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Committed offsets of a group, with log start, end and lag')
            [CompletionResult]::new('for-time', 'for-time', [CompletionResultType]::ParameterValue, 'Per partition, the first offset at or after a time and that record''s timestamp')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Plan (and with --execute apply) a reset of a group''s offsets')
            [CompletionResult]::new('seek', 'seek', [CompletionResultType]::ParameterValue, 'Move one partition of a group to an offset (consumer.seek for an idle group)')
            break
        }
        'kan;help;offsets;show' {
            break
        }
        'kan;help;offsets;for-time' {
            break
        }
        'kan;help;offsets;reset' {
            break
        }
        'kan;help;offsets;seek' {
            break
        }
        'kan;help;watch' {
            [CompletionResult]::new('analytics', 'analytics', [CompletionResultType]::ParameterValue, 'Live rolling analytics of user events and page views (or a replay of files)')
            [CompletionResult]::new('topic', 'topic', [CompletionResultType]::ParameterValue, 'Live per-partition record and byte rates, sizes and key skew of any topic')
            break
        }
        'kan;help;watch;analytics' {
            break
        }
        'kan;help;watch;topic' {
            break
        }
        'kan;help;lag' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve lag as Prometheus metrics (/metrics), with /healthz and /status, reading Kafka every --interval in the background')
            break
        }
        'kan;help;lag;serve' {
            break
        }
        'kan;help;schemas' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Subjects with their latest version, schema type and compatibility level')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'A subject''s schema, pretty-printed (the latest version unless --version)')
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register a schema file under a subject: its type from the extension (.avsc Avro, .proto Protobuf, .json JSON Schema), checked here first; a schema the subject already holds is not registered again')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check a schema file against the subject''s latest version under its compatibility level (exit 5 when incompatible)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a subject, or one version of it (soft unless --permanent); asks on a terminal, needs --yes without one')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show a subject''s compatibility level (its own, else the global one) or the global level; set it with --compatibility')
            break
        }
        'kan;help;schemas;list' {
            break
        }
        'kan;help;schemas;get' {
            break
        }
        'kan;help;schemas;register' {
            break
        }
        'kan;help;schemas;check' {
            break
        }
        'kan;help;schemas;delete' {
            break
        }
        'kan;help;schemas;config' {
            break
        }
        'kan;help;cluster' {
            break
        }
        'kan;help;users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Users with SCRAM credentials: each mechanism and its iterations')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a SCRAM user, or set a new password for one (says which): the password from a hidden prompt (asked twice) or KAN_NEW_USER_PASSWORD, never a flag')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a user''s SCRAM credentials: every mechanism it has, or only --mechanism; asks on a terminal, needs --yes without one')
            break
        }
        'kan;help;users;list' {
            break
        }
        'kan;help;users;create' {
            break
        }
        'kan;help;users;delete' {
            break
        }
        'kan;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the resolved connection settings and where each came from (secrets masked)')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List the profiles in the config file')
            break
        }
        'kan;help;config;show' {
            break
        }
        'kan;help;config;profiles' {
            break
        }
        'kan;help;completions' {
            break
        }
        'kan;help;man' {
            break
        }
        'kan;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
