# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kan_global_optspecs
    string join \n b/brokers= profile= security-protocol= sasl-mechanism= sasl-username= ssl-ca= ssl-cert= ssl-key= schema-registry= schema-registry-user= schema-registry-ca= X= timeout= o/output= q/quiet v/verbose no-color y/yes no-input h/help V/version
end

function __fish_kan_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kan_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kan_using_subcommand
    set -l cmd (__fish_kan_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c kan -n "__fish_kan_needs_command" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_needs_command" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_needs_command" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_needs_command" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_needs_command" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_needs_command" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_needs_command" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_needs_command" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_needs_command" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_needs_command" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_needs_command" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_needs_command" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_needs_command" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_needs_command" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_needs_command" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_needs_command" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_needs_command" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_needs_command" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_needs_command" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_needs_command" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_needs_command" -f -a "topics" -d 'Create, list, describe, alter, apply and delete topics'
complete -c kan -n "__fish_kan_needs_command" -f -a "publish" -d 'Publish validated, keyed, idempotent (or transactional) events'
complete -c kan -n "__fish_kan_needs_command" -f -a "consume" -d 'Read records: from any position, as text or lossless JSON envelopes, optionally as a group member'
complete -c kan -n "__fish_kan_needs_command" -f -a "groups" -d 'List, describe and delete consumer groups'
complete -c kan -n "__fish_kan_needs_command" -f -a "offsets" -d 'Show, reset (dry run first) and seek a group\'s committed offsets'
complete -c kan -n "__fish_kan_needs_command" -f -a "watch" -d 'Watch what flows through Kafka: live analytics tables'
complete -c kan -n "__fish_kan_needs_command" -f -a "lag" -d 'Consumer lag per partition, topic and group, in messages and time, with thresholds'
complete -c kan -n "__fish_kan_needs_command" -f -a "schemas" -d 'Schema Registry subjects and schemas (needs --schema-registry)'
complete -c kan -n "__fish_kan_needs_command" -f -a "cluster" -d 'Show the cluster: id, controller and brokers'
complete -c kan -n "__fish_kan_needs_command" -f -a "users" -d 'List, create (or set a new password for) and delete SCRAM users'
complete -c kan -n "__fish_kan_needs_command" -f -a "config" -d 'Show resolved settings and profiles'
complete -c kan -n "__fish_kan_needs_command" -f -a "completions" -d 'Print the script that registers completion with a shell (live topic, group and profile names; `--static` for one that never asks the cluster)'
complete -c kan -n "__fish_kan_needs_command" -f -a "man" -d 'Print the man page, or write all man pages into a directory'
complete -c kan -n "__fish_kan_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -f -a "create" -d 'Create topics with typed retention, compaction and compression settings'
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -f -a "list" -d 'List topics with partitions, replication and the configs they override'
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -f -a "describe" -d 'Show partitions (leader, replicas, ISR, watermarks, messages) and configs'
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -f -a "alter" -d 'Change configs incrementally (other keys are kept) or add partitions'
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -f -a "delete" -d 'Delete topics (asks on a terminal; needs --yes otherwise)'
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -f -a "apply" -d 'Create or align topics from a TOML/YAML file; --dry-run shows the plan only'
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -f -a "truncate" -d 'Delete the records before an offset, a time or the end (DeleteRecords); shows the plan, asks on a terminal, needs --yes otherwise'
complete -c kan -n "__fish_kan_using_subcommand topics; and not __fish_seen_subcommand_from create list describe alter delete apply truncate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -s p -l partitions -d 'Number of partitions (default: the broker\'s num.partitions)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -s r -l replication-factor -d 'Replication factor (default: the broker\'s default.replication.factor)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l throughput -d 'Size partitions for this target throughput, e.g. 1M/s (needs --per-partition)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l per-partition -d 'Throughput one partition sustains, e.g. 100K/s' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l retention -d 'How long to keep records: 7d, 12h, 30m, 500ms, or "forever" (retention.ms)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l retention-bytes -d 'Size limit per partition: 1GiB, 500MB, 1048576, or "unlimited" (retention.bytes)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l compression -d 'Compression codec the broker stores records with (compression.type)' -r -f -a "none\t''
gzip\t''
snappy\t''
lz4\t''
zstd\t''"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -s c -l config -d 'Any other topic config as key=value (repeatable). *.ms keys accept durations, *.bytes sizes' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l compact -d 'Keep only the latest record per key (cleanup.policy=compact)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l force -d 'Send config keys kan does not know (for broker-specific extensions)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l if-not-exists -d 'Succeed (exit 0) when a topic already exists instead of failing'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l validate-only -d 'Ask the broker to validate the request without creating anything'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -l pattern -d 'Only topics whose name matches this regular expression' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -l internal -d 'Include internal topics (__consumer_offsets …)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -l all-configs -d 'Show every config, not only the ones the topic overrides'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l retention -d 'How long to keep records: 7d, 12h, 30m, 500ms, or "forever" (retention.ms)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l retention-bytes -d 'Size limit per partition: 1GiB, 500MB, 1048576, or "unlimited" (retention.bytes)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l compression -d 'Compression codec the broker stores records with (compression.type)' -r -f -a "none\t''
gzip\t''
snappy\t''
lz4\t''
zstd\t''"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -s c -l config -d 'Any other topic config as key=value (repeatable). *.ms keys accept durations, *.bytes sizes' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l delete-config -d 'Remove a topic-level override so the broker default applies again (repeatable)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l add-partitions -d 'Raise the partition count to N (Kafka cannot lower it)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l compact -d 'Keep only the latest record per key (cleanup.policy=compact)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l force -d 'Send config keys kan does not know (for broker-specific extensions)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l validate-only -d 'Ask the broker to validate the change without applying it'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from alter" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -l if-exists -d 'Succeed (exit 0) when a topic does not exist'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -s f -l file -d 'Topic file (TOML, or YAML by .yaml/.yml extension)' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -l dry-run -d 'Print the plan and change nothing'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -l force -d 'Accept config keys kan does not know'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -l before -d 'Delete the records before this: an OFFSET, @RFC3339 or @-DURATION (the first record at or after that time, per partition), or end (every record); asked for on a terminal when missing' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -s p -l partition -d 'Only these partitions (repeatable, or comma-separated; default: all)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -l dry-run -d 'Print the plan and delete nothing'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from truncate" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create topics with typed retention, compaction and compression settings'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "list" -d 'List topics with partitions, replication and the configs they override'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Show partitions (leader, replicas, ISR, watermarks, messages) and configs'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "alter" -d 'Change configs incrementally (other keys are kept) or add partitions'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete topics (asks on a terminal; needs --yes otherwise)'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Create or align topics from a TOML/YAML file; --dry-run shows the plan only'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "truncate" -d 'Delete the records before an offset, a time or the end (DeleteRecords); shows the plan, asks on a terminal, needs --yes otherwise'
complete -c kan -n "__fish_kan_using_subcommand topics; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -f -a "user-event" -d 'Publish one user event {userId, eventType, timestamp, metadata}, keyed by userId'
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -f -a "page-view" -d 'Publish one page view {userId, url, referrer, timestamp, duration}, keyed by userId'
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -f -a "batch" -d 'Publish newline-delimited JSON events from a file or stdin, each line validated'
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -f -a "raw" -d 'Publish raw records: one --value, or each line of stdin'
complete -c kan -n "__fish_kan_using_subcommand publish; and not __fish_seen_subcommand_from user-event page-view batch raw help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l user -d 'The user id (the record key); asked for on a terminal when missing' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l type -d 'What the user did; chosen from a list on a terminal when missing' -r -f -a "login\t''
logout\t''
purchase\t''
view\t''"
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l meta -d 'Metadata entry key=value (repeatable)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l timestamp -d 'Event time, RFC 3339 (default: now)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l topic -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l compression -d 'Compression codec (default: lz4 for batches, none for single events)' -r -f -a "none\t''
gzip\t''
snappy\t''
lz4\t''
zstd\t''"
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l linger -d 'How long to wait to fill a batch (linger.ms), e.g. 5ms' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l batch-size -d 'Maximum batch size in bytes (batch.size), e.g. 1MiB' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l transactional-id -d 'The transactional.id (default: kan-<topic>-<pid>); implies --transactional' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l rate -d 'Publish at most this many records per second, e.g. 500/s' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l correlation-id -d 'The correlation-id header for every record (default: a unique id per record)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l transactional -d 'All records commit atomically or not at all (aborted on any failure)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l dry-run -d 'Validate and report; send nothing'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from user-event" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l user -d 'The user id (the record key); asked for on a terminal when missing' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l url -d 'The page, e.g. /pricing; asked for on a terminal when missing' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l referrer -d 'Where the user came from' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l duration -d 'Time on the page: 5s, 1500ms, or plain milliseconds (default 0)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l timestamp -d 'Event time, RFC 3339 (default: now)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l topic -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l compression -d 'Compression codec (default: lz4 for batches, none for single events)' -r -f -a "none\t''
gzip\t''
snappy\t''
lz4\t''
zstd\t''"
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l linger -d 'How long to wait to fill a batch (linger.ms), e.g. 5ms' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l batch-size -d 'Maximum batch size in bytes (batch.size), e.g. 1MiB' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l transactional-id -d 'The transactional.id (default: kan-<topic>-<pid>); implies --transactional' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l rate -d 'Publish at most this many records per second, e.g. 500/s' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l correlation-id -d 'The correlation-id header for every record (default: a unique id per record)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l transactional -d 'All records commit atomically or not at all (aborted on any failure)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l dry-run -d 'Validate and report; send nothing'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from page-view" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l kind -d 'The schema every line must follow (default with --schema: raw)' -r -f -a "user-event\t''
page-view\t''
raw\t''
envelope\t'`kan consume --format json` envelopes: key, headers, value, timestamp and partition published again byte for byte'"
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l schema -d 'A JSON Schema file (draft 2020-12) every line must also satisfy: your own event kind. Alone, lines are published as raw records (--topic needed); with --kind user-event or page-view, a line must pass both the built-in check and the schema' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -s f -l file -d 'Newline-delimited JSON file (default: stdin; `-` also means stdin)' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l topic -d 'Target topic (default: user-events / page-views by kind; required for raw)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l key-field -d 'For raw lines: key each record by this top-level JSON field' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l checkpoint -d 'Where the checkpoint of a file input is kept (default: under $XDG_STATE_HOME/kan/publish, one per file and topic; removed when every line is settled)' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l on-invalid -d 'What to do with invalid lines' -r -f -a "fail\t'Refuse the whole input (files are validated before anything is sent)'
skip\t'Report each invalid line and publish the rest'
dlq\t'Publish each invalid line to the dead-letter topic as a dead letter {source, line, partition, offset, reason, error, raw, raw_encoding} (docs/json.md)'"
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l dlq-topic -d 'Dead-letter topic for --on-invalid dlq' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l rejects -d 'Write rejected lines, as read, to this file (to fix and publish again)' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l value-subject -d 'Encode each value (a JSON line) with this subject\'s schema — Avro, Protobuf or JSON Schema, as registered; a line that does not fit is invalid (--on-invalid)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l schema-version -d 'The version of --value-subject\'s schema to use (default: latest)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l register -d 'Register this schema file (.avsc Avro, .proto Protobuf, .json JSON Schema) under --value-subject first (nothing new when it is already registered) and encode with it' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l key-subject -d 'Encode each key with this subject\'s latest schema (a key that is JSON is read as JSON, else as a string)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l compression -d 'Compression codec (default: lz4 for batches, none for single events)' -r -f -a "none\t''
gzip\t''
snappy\t''
lz4\t''
zstd\t''"
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l linger -d 'How long to wait to fill a batch (linger.ms), e.g. 5ms' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l batch-size -d 'Maximum batch size in bytes (batch.size), e.g. 1MiB' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l transactional-id -d 'The transactional.id (default: kan-<topic>-<pid>); implies --transactional' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l rate -d 'Publish at most this many records per second, e.g. 500/s' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l correlation-id -d 'The correlation-id header for every record (default: a unique id per record)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l repartition -d 'For envelopes: ignore their partitions and partition by key'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l resume -d 'Continue an earlier run of this file to this topic: lines its checkpoint records as delivered or rejected are not sent again (without a checkpoint: from the first line)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l no-checkpoint -d 'Keep no checkpoint (a later --resume starts from the first line)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l transactional -d 'All records commit atomically or not at all (aborted on any failure)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l dry-run -d 'Validate and report; send nothing'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from batch" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l topic -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l key -d 'Record key' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l header -d 'Extra header key=value (repeatable)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l partition -d 'Send to this partition instead of the key\'s' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l value -d 'The record value (default: each line of stdin is one record)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l value-subject -d 'Encode each value (a JSON line) with this subject\'s schema — Avro, Protobuf or JSON Schema, as registered; a line that does not fit is invalid (--on-invalid)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l schema-version -d 'The version of --value-subject\'s schema to use (default: latest)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l register -d 'Register this schema file (.avsc Avro, .proto Protobuf, .json JSON Schema) under --value-subject first (nothing new when it is already registered) and encode with it' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l key-subject -d 'Encode each key with this subject\'s latest schema (a key that is JSON is read as JSON, else as a string)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l compression -d 'Compression codec (default: lz4 for batches, none for single events)' -r -f -a "none\t''
gzip\t''
snappy\t''
lz4\t''
zstd\t''"
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l linger -d 'How long to wait to fill a batch (linger.ms), e.g. 5ms' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l batch-size -d 'Maximum batch size in bytes (batch.size), e.g. 1MiB' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l transactional-id -d 'The transactional.id (default: kan-<topic>-<pid>); implies --transactional' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l rate -d 'Publish at most this many records per second, e.g. 500/s' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l correlation-id -d 'The correlation-id header for every record (default: a unique id per record)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l envelope -d 'Stdin holds `kan consume --format json` envelopes: publish each losslessly (key, headers, value, timestamp, and partition unless --repartition)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l repartition -d 'With --envelope: ignore the envelopes\' partitions and partition by key'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l tombstone -d 'Send one record with a null value for --key: a tombstone, which deletes that key from a compacted topic (stdin is not read)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l transactional -d 'All records commit atomically or not at all (aborted on any failure)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l dry-run -d 'Validate and report; send nothing'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from raw" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from help" -f -a "user-event" -d 'Publish one user event {userId, eventType, timestamp, metadata}, keyed by userId'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from help" -f -a "page-view" -d 'Publish one page view {userId, url, referrer, timestamp, duration}, keyed by userId'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from help" -f -a "batch" -d 'Publish newline-delimited JSON events from a file or stdin, each line validated'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from help" -f -a "raw" -d 'Publish raw records: one --value, or each line of stdin'
complete -c kan -n "__fish_kan_using_subcommand publish; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand consume" -l from -d 'Start: beginning, end, stored (the group\'s offsets), OFFSET, -N (N before the end), @RFC3339, @-DURATION (e.g. @-1h). Default: end, or stored with --group' -r
complete -c kan -n "__fish_kan_using_subcommand consume" -s p -l partition -d 'Only these partitions (repeatable; without --group)' -r
complete -c kan -n "__fish_kan_using_subcommand consume" -s n -l count -d 'Stop after printing N records' -r
complete -c kan -n "__fish_kan_using_subcommand consume" -l until -d 'Stop each partition before the first record at or after: end (the log end at start), now, OFFSET, @RFC3339, @-DURATION (e.g. --from @-15m --until @-5m)' -r
complete -c kan -n "__fish_kan_using_subcommand consume" -s g -l group -d 'Consume as a member of this group and commit what was printed' -r
complete -c kan -n "__fish_kan_using_subcommand consume" -s f -l format -d 'Output format of each record' -r -f -a "value\t'The value only (like kcat)'
kv\t'key<TAB>value'
json\t'One JSON envelope per line: {topic, partition, offset, timestamp, key, headers, value}'"
complete -c kan -n "__fish_kan_using_subcommand consume" -l binary -d 'Binary data in JSON envelopes' -r -f -a "auto\t'Text and JSON as they are; only non-UTF-8 data as base64 (marked)'
base64\t'Every key, value and header as base64'"
complete -c kan -n "__fish_kan_using_subcommand consume" -l value-format -d 'How to read each value (avro, protobuf, jsonschema: Schema Registry wire format)' -r -f -a "auto\t'Schema Registry wire format decoded by its schema (with --schema-registry); anything else as usual'
json\t'JSON text'
avro\t'Wire format with an Avro schema'
protobuf\t'Wire format with a Protobuf schema'
jsonschema\t'Wire format with a JSON Schema'
string\t'UTF-8 text, shown as a string'
bytes\t'Any bytes, shown as base64'"
complete -c kan -n "__fish_kan_using_subcommand consume" -l key-format -d 'How to read each key (as --value-format)' -r -f -a "auto\t'Schema Registry wire format decoded by its schema (with --schema-registry); anything else as usual'
json\t'JSON text'
avro\t'Wire format with an Avro schema'
protobuf\t'Wire format with a Protobuf schema'
jsonschema\t'Wire format with a JSON Schema'
string\t'UTF-8 text, shown as a string'
bytes\t'Any bytes, shown as base64'"
complete -c kan -n "__fish_kan_using_subcommand consume" -l filter -d 'Only records where FIELD=VALUE (JSON value, dotted path), @key=VALUE or @header.NAME=VALUE; repeatable, all must match' -r
complete -c kan -n "__fish_kan_using_subcommand consume" -l isolation -d 'Read committed (skip aborted transactions) or everything' -r -f -a "read-committed\t'Up to the last stable offset (what transactional consumers see)'
read-uncommitted\t'Up to the high watermark'"
complete -c kan -n "__fish_kan_using_subcommand consume" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand consume" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand consume" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand consume" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand consume" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand consume" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand consume" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand consume" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand consume" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand consume" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand consume" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand consume" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand consume" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand consume" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand consume" -s e -l until-end -d 'Stop at the end offsets captured at start (as --until end)'
complete -c kan -n "__fish_kan_using_subcommand consume" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand consume" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand consume" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand consume" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand consume" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand consume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand consume" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -f -a "list" -d 'Consumer groups with state, protocol and member count'
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -f -a "describe" -d 'Members, client ids, hosts, assignments and committed offsets with lag'
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -f -a "delete" -d 'Delete groups (asks on a terminal; needs --yes otherwise)'
complete -c kan -n "__fish_kan_using_subcommand groups; and not __fish_seen_subcommand_from list describe delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "list" -d 'Consumer groups with state, protocol and member count'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Members, client ids, hosts, assignments and committed offsets with lag'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete groups (asks on a terminal; needs --yes otherwise)'
complete -c kan -n "__fish_kan_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -f -a "show" -d 'Committed offsets of a group, with log start, end and lag'
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -f -a "for-time" -d 'Per partition, the first offset at or after a time and that record\'s timestamp'
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -f -a "reset" -d 'Plan (and with --execute apply) a reset of a group\'s offsets'
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -f -a "seek" -d 'Move one partition of a group to an offset (consumer.seek for an idle group)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and not __fish_seen_subcommand_from show for-time reset seek help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -s g -l group -d 'The group (picked from the cluster on a terminal when missing)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -s t -l topic -d 'Only these topics' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -s p -l partition -d 'Only these partitions (repeatable)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from for-time" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -s g -l group -d 'The group (picked from the cluster on a terminal when missing)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -s t -l topic -d 'TOPIC or TOPIC:0,1,2 (repeatable; one is picked from the cluster on a terminal when neither this nor --all-topics is given)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l to-offset -d 'To this offset' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l shift-by -d 'Move by N (negative to go back)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l to-datetime -d 'To the first record at or after this time (RFC 3339)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l by-duration -d 'To the first record at or after now minus this (e.g. 1h)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l from-file -d 'Offsets from a CSV file (topic,partition,offset), e.g. an undo file' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l undo-file -d 'Where to save the current offsets before applying (default: under the data dir)' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l export -d 'Write the plan as Kafka\'s reset CSV (topic,partition,offset)' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l all-topics -d 'Every topic the group has committed offsets for'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l to-earliest -d 'To the log start'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l to-latest -d 'To the log end'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l to-current -d 'Keep the committed offsets (re-commit them)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l execute -d 'Apply the plan (the default is a dry run that changes nothing)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l allow-new-group -d 'Allow a group that has no offsets yet (its offsets are created)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -s g -l group -d 'The group (picked from the cluster on a terminal when missing)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -s t -l topic -d 'The topic (picked from the cluster on a terminal when missing)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -s p -l partition -d 'The partition (picked, with its offsets, on a terminal when missing)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -l offset -d 'The offset to move to (asked for on a terminal when missing)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -l undo-file -d 'Where to save the current offsets before applying (default: under the data dir)' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -l export -d 'Write the plan as Kafka\'s reset CSV (topic,partition,offset)' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -l execute -d 'Apply the plan (the default is a dry run that changes nothing)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -l allow-new-group -d 'Allow a group that has no offsets yet (its offsets are created)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from seek" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from help" -f -a "show" -d 'Committed offsets of a group, with log start, end and lag'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from help" -f -a "for-time" -d 'Per partition, the first offset at or after a time and that record\'s timestamp'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Plan (and with --execute apply) a reset of a group\'s offsets'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from help" -f -a "seek" -d 'Move one partition of a group to an offset (consumer.seek for an idle group)'
complete -c kan -n "__fish_kan_using_subcommand offsets; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -f -a "analytics" -d 'Live rolling analytics of user events and page views (or a replay of files)'
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -f -a "topic" -d 'Live per-partition record and byte rates, sizes and key skew of any topic'
complete -c kan -n "__fish_kan_using_subcommand watch; and not __fish_seen_subcommand_from analytics topic help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l file -d 'Replay exported events offline instead of consuming (repeatable; `-` is stdin). Lines are user events, page views, or `kan consume -f json` envelopes' -r -F
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l user-topic -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l page-topic -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -s g -l group -d 'Consumer group (offsets are committed after the events were applied)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l from -d 'Where to start: stored (the group\'s offsets, default), beginning, end, @RFC3339, @-1h' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l duration -d 'Stop after this long' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l interval -d 'Time between refreshes' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l window -d 'Rolling window for active users, event types, top pages and users' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l session-timeout -d 'Sessions idle longer than this expire' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l top -d 'How many top pages and users to show' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l time -d 'Window clock' -r -f -a "event\t'The events\' timestamps: replays give the same answers as live'
processing\t'When kan processes them'"
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l dlq-topic -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l emit -d 'Publish the aggregates, keyed by metric name, to this (compacted) topic each refresh' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l state-topic -d 'The compacted topic holding each partition\'s state (created when missing)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l checkpoint-interval -d 'How often each instance writes its partitions\' state and commits the offsets it covers' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l no-commit -d 'A read-only look: start at the group\'s offsets (or --from) without joining the group (its members keep their partitions), commit nothing and keep no state'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -s e -l until-end -d 'Stop at the end offsets captured at start, print the final report, exit 0'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l dlq -d 'Publish each bad event to the dead-letter topic as a dead letter {source, line, partition, offset, reason, error, raw, raw_encoding} (docs/json.md)'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l merged -d 'The group\'s figures from the state topic: every partition\'s newest snapshot merged, with who counted it and how old it is (the source topics are not read)'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l no-state -d 'Keep no state in Kafka: figures start from zero each run, offsets are committed each second'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from analytics" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -l from -d 'Where to start: end (default), beginning, OFFSET, -N, @RFC3339, @-DURATION' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -l duration -d 'Stop after this long' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -l interval -d 'Time between refreshes' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -l top -d 'How many top keys to show' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -l value-format -d 'How to read each value (avro, protobuf, jsonschema: Schema Registry wire format); values decoded with a schema are counted by schema id, undecodable ones by cause (exit 6)' -r -f -a "auto\t'Schema Registry wire format decoded by its schema (with --schema-registry); anything else as usual'
json\t'JSON text'
avro\t'Wire format with an Avro schema'
protobuf\t'Wire format with a Protobuf schema'
jsonschema\t'Wire format with a JSON Schema'
string\t'UTF-8 text, shown as a string'
bytes\t'Any bytes, shown as base64'"
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -l key-format -d 'How to read each key, as shown in the top keys (as --value-format)' -r -f -a "auto\t'Schema Registry wire format decoded by its schema (with --schema-registry); anything else as usual'
json\t'JSON text'
avro\t'Wire format with an Avro schema'
protobuf\t'Wire format with a Protobuf schema'
jsonschema\t'Wire format with a JSON Schema'
string\t'UTF-8 text, shown as a string'
bytes\t'Any bytes, shown as base64'"
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -s e -l until-end -d 'Stop at the end offsets captured at start, print the final report, exit 0'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from topic" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from help" -f -a "analytics" -d 'Live rolling analytics of user events and page views (or a replay of files)'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from help" -f -a "topic" -d 'Live per-partition record and byte rates, sizes and key skew of any topic'
complete -c kan -n "__fish_kan_using_subcommand watch; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -s g -l group -d 'Consumer group (repeatable)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l group-pattern -d 'Groups whose whole name matches REGEX (repeatable; a leading ! excludes)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -s t -l topic -d 'Only these topics (repeatable); partitions of a named topic without a committed offset are included and flagged' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l max-lag -d 'Breach (exit 5) when a group\'s total lag exceeds N messages (per partition with --per-partition)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l max-time-lag -d 'Breach (exit 5) when any partition\'s next unread record is older than this, e.g. 30s' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l rules -d 'Limits per group from a TOML file of [[rule]] tables (first matching rule wins; exit 5 on breach); instead of --max-lag / --max-time-lag' -r -F
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l isolation -d 'Log end used for lag: last stable offset (read-committed) or high watermark' -r -f -a "read-committed\t'Up to the last stable offset (what transactional consumers see)'
read-uncommitted\t'Up to the high watermark'"
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l interval -d 'Time between --watch snapshots' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l window -d 'Sliding window for the --watch status (OK/WARN/STALL/STOP/REWIND)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l all-groups -d 'Every consumer group in the cluster'
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l per-partition -d 'Apply --max-lag to each partition instead of each group\'s total'
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l no-time-lag -d 'Skip time lag (no record reads; offsets only)'
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -s w -l watch -d 'Keep watching: redraw on a terminal, one NDJSON snapshot per interval otherwise'
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -f -a "serve" -d 'Serve lag as Prometheus metrics (/metrics), with /healthz and /status, reading Kafka every --interval in the background'
complete -c kan -n "__fish_kan_using_subcommand lag; and not __fish_seen_subcommand_from serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l listen -d 'Address to serve on: IP:PORT. Another interface than loopback needs its IP given explicitly (0.0.0.0:9308 for every interface); host names are refused' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l group-pattern -d 'Follow the groups whose whole name matches REGEX (repeatable; a leading ! excludes); default: every group. Groups that appear or vanish are followed at the next read' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l interval -d 'Time between reads of Kafka (scrapes serve the latest read)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l window -d 'Sliding window for each group\'s status (OK/WARN/STALL/STOP/REWIND)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l isolation -d 'Log end used for lag: last stable offset (read-committed) or high watermark' -r -f -a "read-committed\t'Up to the last stable offset (what transactional consumers see)'
read-uncommitted\t'Up to the high watermark'"
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l rules -d 'Limits per group from a TOML file of [[rule]] tables (the file `kan lag --rules` reads); breaches show in kan_consumergroup_breach and /status' -r -F
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l notify-command -d 'On each group transition (a rule\'s breach starting or ending with --rules, else a status change), run CMD with `sh -c`, the notification\'s JSON on its stdin (killed after 30s)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l notify-webhook -d 'On each group transition, POST the notification\'s JSON to URL (http or https; retried with back-off). A URL holding a token is best given in the environment variable' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l notify-interval -d 'At most one notification per group per DURATION: a change inside it is sent when it ends, unless the group is back where the last notification left it' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l no-time-lag -d 'Skip time lag (no record reads; offsets only)'
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve lag as Prometheus metrics (/metrics), with /healthz and /status, reading Kafka every --interval in the background'
complete -c kan -n "__fish_kan_using_subcommand lag; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -f -a "list" -d 'Subjects with their latest version, schema type and compatibility level'
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -f -a "get" -d 'A subject\'s schema, pretty-printed (the latest version unless --version)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -f -a "register" -d 'Register a schema file under a subject: its type from the extension (.avsc Avro, .proto Protobuf, .json JSON Schema), checked here first; a schema the subject already holds is not registered again'
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -f -a "check" -d 'Check a schema file against the subject\'s latest version under its compatibility level (exit 5 when incompatible)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -f -a "delete" -d 'Delete a subject, or one version of it (soft unless --permanent); asks on a terminal, needs --yes without one'
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -f -a "config" -d 'Show a subject\'s compatibility level (its own, else the global one) or the global level; set it with --compatibility'
complete -c kan -n "__fish_kan_using_subcommand schemas; and not __fish_seen_subcommand_from list get register check delete config help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -l version -d 'A version number, or latest' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from register" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -l version -d 'Only this version (a number, or latest)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -l permanent -d 'Remove for good (soft-deleting first when that was not done yet)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -l compatibility -d 'Set this level' -r -f -a "BACKWARD\t'A new version reads what the previous one wrote (fields added with defaults)'
BACKWARD_TRANSITIVE\t'… what every earlier version wrote'
FORWARD\t'The previous version reads what a new one writes (fields removed with defaults)'
FORWARD_TRANSITIVE\t'… every earlier version does'
FULL\t'Backward and forward, against the previous version'
FULL_TRANSITIVE\t'Backward and forward, against every earlier version'
NONE\t'No check'"
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from config" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from help" -f -a "list" -d 'Subjects with their latest version, schema type and compatibility level'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from help" -f -a "get" -d 'A subject\'s schema, pretty-printed (the latest version unless --version)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register a schema file under a subject: its type from the extension (.avsc Avro, .proto Protobuf, .json JSON Schema), checked here first; a schema the subject already holds is not registered again'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check a schema file against the subject\'s latest version under its compatibility level (exit 5 when incompatible)'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a subject, or one version of it (soft unless --permanent); asks on a terminal, needs --yes without one'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from help" -f -a "config" -d 'Show a subject\'s compatibility level (its own, else the global one) or the global level; set it with --compatibility'
complete -c kan -n "__fish_kan_using_subcommand schemas; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand cluster" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand cluster" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand cluster" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand cluster" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand cluster" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand cluster" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand cluster" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand cluster" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand cluster" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand cluster" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand cluster" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand cluster" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand cluster" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand cluster" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand cluster" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand cluster" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand cluster" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand cluster" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand cluster" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand cluster" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand cluster" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -f -a "list" -d 'Users with SCRAM credentials: each mechanism and its iterations'
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -f -a "create" -d 'Create a SCRAM user, or set a new password for one (says which): the password from a hidden prompt (asked twice) or KAN_NEW_USER_PASSWORD, never a flag'
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -f -a "delete" -d 'Delete a user\'s SCRAM credentials: every mechanism it has, or only --mechanism; asks on a terminal, needs --yes without one'
complete -c kan -n "__fish_kan_using_subcommand users; and not __fish_seen_subcommand_from list create delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -l mechanism -d 'The SCRAM mechanism (asked for on a terminal when missing)' -r -f -a "scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -l iterations -d 'PBKDF2 iterations, 4096 (Kafka\'s minimum) to 16384 (its maximum)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -l mechanism -d 'Only this mechanism\'s credential' -r -f -a "scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "list" -d 'Users with SCRAM credentials: each mechanism and its iterations'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a SCRAM user, or set a new password for one (says which): the password from a hidden prompt (asked twice) or KAN_NEW_USER_PASSWORD, never a flag'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a user\'s SCRAM credentials: every mechanism it has, or only --mechanism; asks on a terminal, needs --yes without one'
complete -c kan -n "__fish_kan_using_subcommand users; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -f -a "show" -d 'Print the resolved connection settings and where each came from (secrets masked)'
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -f -a "profiles" -d 'List the profiles in the config file'
complete -c kan -n "__fish_kan_using_subcommand config; and not __fish_seen_subcommand_from show profiles help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from profiles" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the resolved connection settings and where each came from (secrets masked)'
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "profiles" -d 'List the profiles in the config file'
complete -c kan -n "__fish_kan_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand completions" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand completions" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand completions" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand completions" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand completions" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand completions" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand completions" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand completions" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand completions" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand completions" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand completions" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand completions" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand completions" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand completions" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand completions" -l static -d 'Print the self-contained script instead, which never asks the cluster'
complete -c kan -n "__fish_kan_using_subcommand completions" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand completions" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand completions" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand completions" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand completions" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand completions" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand man" -l out-dir -d 'Write kan.1 and one page per subcommand into this directory' -r -F
complete -c kan -n "__fish_kan_using_subcommand man" -s b -l brokers -d 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)' -r
complete -c kan -n "__fish_kan_using_subcommand man" -l profile -d 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)' -r
complete -c kan -n "__fish_kan_using_subcommand man" -l security-protocol -d 'Security protocol' -r -f -a "plaintext\t''
ssl\t''
sasl-plaintext\t''
sasl-ssl\t''"
complete -c kan -n "__fish_kan_using_subcommand man" -l sasl-mechanism -d 'SASL mechanism' -r -f -a "plain\t''
scram-sha-256\t''
scram-sha-512\t''"
complete -c kan -n "__fish_kan_using_subcommand man" -l sasl-username -d 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand man" -l ssl-ca -d 'CA certificate (PEM) to verify the brokers with' -r -F
complete -c kan -n "__fish_kan_using_subcommand man" -l ssl-cert -d 'Client certificate (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand man" -l ssl-key -d 'Client private key (PEM) for mutual TLS' -r -F
complete -c kan -n "__fish_kan_using_subcommand man" -l schema-registry -d 'Schema Registry URL: records in its wire format are decoded (consume, watch topic) and encoded (publish --value-subject)' -r
complete -c kan -n "__fish_kan_using_subcommand man" -l schema-registry-user -d 'Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD, the profile, or a prompt)' -r
complete -c kan -n "__fish_kan_using_subcommand man" -l schema-registry-ca -d 'CA certificate (PEM) to verify the Schema Registry with (default: the system\'s)' -r -F
complete -c kan -n "__fish_kan_using_subcommand man" -s X -d 'Any librdkafka property, like kcat\'s -X (repeatable; overrides the profile)' -r
complete -c kan -n "__fish_kan_using_subcommand man" -l timeout -d 'Upper bound for every broker request (default 10s)' -r
complete -c kan -n "__fish_kan_using_subcommand man" -s o -l output -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document'
ndjson\t'One JSON object per line'"
complete -c kan -n "__fish_kan_using_subcommand man" -s q -l quiet -d 'Print nothing but data and errors'
complete -c kan -n "__fish_kan_using_subcommand man" -s v -l verbose -d 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
complete -c kan -n "__fish_kan_using_subcommand man" -l no-color -d 'No colors (also honoured: the NO_COLOR environment variable)'
complete -c kan -n "__fish_kan_using_subcommand man" -s y -l yes -d 'Confirm destructive actions without asking (required when there is no terminal)'
complete -c kan -n "__fish_kan_using_subcommand man" -l no-input -d 'Never prompt or offer a picker, even on a terminal: a missing argument is a usage error (for scripts run under a terminal)'
complete -c kan -n "__fish_kan_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c kan -n "__fish_kan_using_subcommand man" -s V -l version -d 'Print version'
complete -c kan -n "__fish_kan_using_subcommand help; and not __fish_seen_subcommand_from topics publish consume groups offsets watch lag schemas cluster users config completions man help" -f -a "topics" -d 'Create, list, describe, alter, apply and delete topics'
complete -c kan -n "__fish_kan_using_subcommand help; and not __fish_seen_subcommand_from topics publish consume groups offsets watch lag schemas cluster users config completions man help" -f -a "publish" -d 'Publish validated, keyed, idempotent (or transactional) events'
complete -c kan -n "__fish_kan_using_subcommand help; and not __fish_seen_subcommand_from topics publish consume groups offsets watch lag schemas cluster users config completions man help" -f -a "consume" -d 'Read records: from any position, as text or lossless JSON envelopes, optionally as a group member'
complete -c kan -n "__fish_kan_using_subcommand help; and not __fish_seen_subcommand_from topics publish consume groups offsets watch lag schemas cluster users config completions man help" -f -a "groups" -d 'List, describe and delete consumer groups'
complete -c kan -n "__fish_kan_using_subcommand help; and not __fish_seen_subcommand_from topics publish consume groups offsets watch lag schemas cluster users config completions man help" -f -a "offsets" -d 'Show, reset (dry run first) and seek a group\'s committed offsets'
complete -c kan -n "__fish_kan_using_subcommand help; and not __fish_seen_subcommand_from topics publish consume groups offsets watch lag schemas cluster users config completions man help" -f -a "watch" -d 'Watch what flows through Kafka: live analytics tables'
complete -c kan -n "__fish_kan_using_subcommand help; and not __fish_seen_subcommand_from topics publish consume groups offsets watch lag schemas cluster users config completions man help" -f -a "lag" -d 'Consumer lag per partition, topic and group, in messages and time, with thresholds'
complete -c kan -n "__fish_kan_using_subcommand help; and not __fish_seen_subcommand_from topics publish consume groups offsets watch lag schemas cluster users config completions man help" -f -a "schemas" -d 'Schema Registry subjects and schemas (needs --schema-registry)'
complete -c kan -n "__fish_kan_using_subcommand help; and not __fish_seen_subcommand_from topics publish consume groups offsets watch lag schemas cluster users config completions man help" -f -a "cluster" -d 'Show the cluster: id, controller and brokers'
complete -c kan -n "__fish_kan_using_subcommand help; and not __fish_seen_subcommand_from topics publish consume groups offsets watch lag schemas cluster users config completions man help" -f -a "users" -d 'List, create (or set a new password for) and delete SCRAM users'
complete -c kan -n "__fish_kan_using_subcommand help; and not __fish_seen_subcommand_from topics publish consume groups offsets watch lag schemas cluster users config completions man help" -f -a "config" -d 'Show resolved settings and profiles'
complete -c kan -n "__fish_kan_using_subcommand help; and not __fish_seen_subcommand_from topics publish consume groups offsets watch lag schemas cluster users config completions man help" -f -a "completions" -d 'Print the script that registers completion with a shell (live topic, group and profile names; `--static` for one that never asks the cluster)'
complete -c kan -n "__fish_kan_using_subcommand help; and not __fish_seen_subcommand_from topics publish consume groups offsets watch lag schemas cluster users config completions man help" -f -a "man" -d 'Print the man page, or write all man pages into a directory'
complete -c kan -n "__fish_kan_using_subcommand help; and not __fish_seen_subcommand_from topics publish consume groups offsets watch lag schemas cluster users config completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "create" -d 'Create topics with typed retention, compaction and compression settings'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "list" -d 'List topics with partitions, replication and the configs they override'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "describe" -d 'Show partitions (leader, replicas, ISR, watermarks, messages) and configs'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "alter" -d 'Change configs incrementally (other keys are kept) or add partitions'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "delete" -d 'Delete topics (asks on a terminal; needs --yes otherwise)'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "apply" -d 'Create or align topics from a TOML/YAML file; --dry-run shows the plan only'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from topics" -f -a "truncate" -d 'Delete the records before an offset, a time or the end (DeleteRecords); shows the plan, asks on a terminal, needs --yes otherwise'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from publish" -f -a "user-event" -d 'Publish one user event {userId, eventType, timestamp, metadata}, keyed by userId'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from publish" -f -a "page-view" -d 'Publish one page view {userId, url, referrer, timestamp, duration}, keyed by userId'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from publish" -f -a "batch" -d 'Publish newline-delimited JSON events from a file or stdin, each line validated'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from publish" -f -a "raw" -d 'Publish raw records: one --value, or each line of stdin'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "list" -d 'Consumer groups with state, protocol and member count'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "describe" -d 'Members, client ids, hosts, assignments and committed offsets with lag'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "delete" -d 'Delete groups (asks on a terminal; needs --yes otherwise)'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from offsets" -f -a "show" -d 'Committed offsets of a group, with log start, end and lag'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from offsets" -f -a "for-time" -d 'Per partition, the first offset at or after a time and that record\'s timestamp'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from offsets" -f -a "reset" -d 'Plan (and with --execute apply) a reset of a group\'s offsets'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from offsets" -f -a "seek" -d 'Move one partition of a group to an offset (consumer.seek for an idle group)'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "analytics" -d 'Live rolling analytics of user events and page views (or a replay of files)'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from watch" -f -a "topic" -d 'Live per-partition record and byte rates, sizes and key skew of any topic'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from lag" -f -a "serve" -d 'Serve lag as Prometheus metrics (/metrics), with /healthz and /status, reading Kafka every --interval in the background'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from schemas" -f -a "list" -d 'Subjects with their latest version, schema type and compatibility level'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from schemas" -f -a "get" -d 'A subject\'s schema, pretty-printed (the latest version unless --version)'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from schemas" -f -a "register" -d 'Register a schema file under a subject: its type from the extension (.avsc Avro, .proto Protobuf, .json JSON Schema), checked here first; a schema the subject already holds is not registered again'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from schemas" -f -a "check" -d 'Check a schema file against the subject\'s latest version under its compatibility level (exit 5 when incompatible)'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from schemas" -f -a "delete" -d 'Delete a subject, or one version of it (soft unless --permanent); asks on a terminal, needs --yes without one'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from schemas" -f -a "config" -d 'Show a subject\'s compatibility level (its own, else the global one) or the global level; set it with --compatibility'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "list" -d 'Users with SCRAM credentials: each mechanism and its iterations'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "create" -d 'Create a SCRAM user, or set a new password for one (says which): the password from a hidden prompt (asked twice) or KAN_NEW_USER_PASSWORD, never a flag'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from users" -f -a "delete" -d 'Delete a user\'s SCRAM credentials: every mechanism it has, or only --mechanism; asks on a terminal, needs --yes without one'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print the resolved connection settings and where each came from (secrets masked)'
complete -c kan -n "__fish_kan_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "profiles" -d 'List the profiles in the config file'
