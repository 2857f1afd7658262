
use builtin;
use str;

set edit:completion:arg-completer[kan] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'kan'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'kan'= {
            cand -b 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --brokers 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --profile 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)'
            cand --ssl-ca 'CA certificate (PEM) to verify the brokers with'
            cand --ssl-cert 'Client certificate (PEM) for mutual TLS'
            cand --ssl-key 'Client private key (PEM) for mutual TLS'
            cand -X 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)'
            cand --timeout 'Upper bound for every broker request (default 10s)'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -v 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --verbose 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --no-color 'No colors (also honoured: the NO_COLOR environment variable)'
            cand -y 'Confirm destructive actions without asking (required when there is no terminal)'
            cand --yes 'Confirm destructive actions without asking (required when there is no terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand topics 'Create, list, describe, alter, apply and delete topics'
            cand cluster 'Show the cluster: id, controller and brokers'
            cand config 'Show resolved settings and profiles'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page, or write all man pages into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kan;topics'= {
            cand -b 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --brokers 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --profile 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)'
            cand --ssl-ca 'CA certificate (PEM) to verify the brokers with'
            cand --ssl-cert 'Client certificate (PEM) for mutual TLS'
            cand --ssl-key 'Client private key (PEM) for mutual TLS'
            cand -X 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)'
            cand --timeout 'Upper bound for every broker request (default 10s)'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -v 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --verbose 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --no-color 'No colors (also honoured: the NO_COLOR environment variable)'
            cand -y 'Confirm destructive actions without asking (required when there is no terminal)'
            cand --yes 'Confirm destructive actions without asking (required when there is no terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create topics with typed retention, compaction and compression settings'
            cand list 'List topics with partitions, replication and the configs they override'
            cand describe 'Show partitions (leader, replicas, ISR, watermarks, messages) and configs'
            cand alter 'Change configs incrementally (other keys are kept) or add partitions'
            cand delete 'Delete topics (asks on a terminal; needs --yes otherwise)'
            cand apply 'Create or align topics from a TOML/YAML file; --dry-run shows the plan only'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kan;topics;create'= {
            cand -p 'Number of partitions (default: the broker''s num.partitions)'
            cand --partitions 'Number of partitions (default: the broker''s num.partitions)'
            cand -r 'Replication factor (default: the broker''s default.replication.factor)'
            cand --replication-factor 'Replication factor (default: the broker''s default.replication.factor)'
            cand --throughput 'Size partitions for this target throughput, e.g. 1M/s (needs --per-partition)'
            cand --per-partition 'Throughput one partition sustains, e.g. 100K/s'
            cand --retention 'How long to keep records: 7d, 12h, 30m, 500ms, or "forever" (retention.ms)'
            cand --retention-bytes 'Size limit per partition: 1GiB, 500MB, 1048576, or "unlimited" (retention.bytes)'
            cand --compression 'Compression codec the broker stores records with (compression.type)'
            cand -c 'Any other topic config as key=value (repeatable). *.ms keys accept durations, *.bytes sizes'
            cand --config 'Any other topic config as key=value (repeatable). *.ms keys accept durations, *.bytes sizes'
            cand -b 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --brokers 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --profile 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)'
            cand --ssl-ca 'CA certificate (PEM) to verify the brokers with'
            cand --ssl-cert 'Client certificate (PEM) for mutual TLS'
            cand --ssl-key 'Client private key (PEM) for mutual TLS'
            cand -X 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)'
            cand --timeout 'Upper bound for every broker request (default 10s)'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand --compact 'Keep only the latest record per key (cleanup.policy=compact)'
            cand --force 'Send config keys kan does not know (for broker-specific extensions)'
            cand --if-not-exists 'Succeed (exit 0) when a topic already exists instead of failing'
            cand --validate-only 'Ask the broker to validate the request without creating anything'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -v 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --verbose 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --no-color 'No colors (also honoured: the NO_COLOR environment variable)'
            cand -y 'Confirm destructive actions without asking (required when there is no terminal)'
            cand --yes 'Confirm destructive actions without asking (required when there is no terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kan;topics;list'= {
            cand --pattern 'Only topics whose name matches this regular expression'
            cand -b 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --brokers 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --profile 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)'
            cand --ssl-ca 'CA certificate (PEM) to verify the brokers with'
            cand --ssl-cert 'Client certificate (PEM) for mutual TLS'
            cand --ssl-key 'Client private key (PEM) for mutual TLS'
            cand -X 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)'
            cand --timeout 'Upper bound for every broker request (default 10s)'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand --internal 'Include internal topics (__consumer_offsets …)'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -v 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --verbose 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --no-color 'No colors (also honoured: the NO_COLOR environment variable)'
            cand -y 'Confirm destructive actions without asking (required when there is no terminal)'
            cand --yes 'Confirm destructive actions without asking (required when there is no terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kan;topics;describe'= {
            cand -b 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --brokers 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --profile 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)'
            cand --ssl-ca 'CA certificate (PEM) to verify the brokers with'
            cand --ssl-cert 'Client certificate (PEM) for mutual TLS'
            cand --ssl-key 'Client private key (PEM) for mutual TLS'
            cand -X 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)'
            cand --timeout 'Upper bound for every broker request (default 10s)'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand --all-configs 'Show every config, not only the ones the topic overrides'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -v 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --verbose 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --no-color 'No colors (also honoured: the NO_COLOR environment variable)'
            cand -y 'Confirm destructive actions without asking (required when there is no terminal)'
            cand --yes 'Confirm destructive actions without asking (required when there is no terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kan;topics;alter'= {
            cand --retention 'How long to keep records: 7d, 12h, 30m, 500ms, or "forever" (retention.ms)'
            cand --retention-bytes 'Size limit per partition: 1GiB, 500MB, 1048576, or "unlimited" (retention.bytes)'
            cand --compression 'Compression codec the broker stores records with (compression.type)'
            cand -c 'Any other topic config as key=value (repeatable). *.ms keys accept durations, *.bytes sizes'
            cand --config 'Any other topic config as key=value (repeatable). *.ms keys accept durations, *.bytes sizes'
            cand --delete-config 'Remove a topic-level override so the broker default applies again (repeatable)'
            cand --add-partitions 'Raise the partition count to N (Kafka cannot lower it)'
            cand -b 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --brokers 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --profile 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)'
            cand --ssl-ca 'CA certificate (PEM) to verify the brokers with'
            cand --ssl-cert 'Client certificate (PEM) for mutual TLS'
            cand --ssl-key 'Client private key (PEM) for mutual TLS'
            cand -X 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)'
            cand --timeout 'Upper bound for every broker request (default 10s)'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand --compact 'Keep only the latest record per key (cleanup.policy=compact)'
            cand --force 'Send config keys kan does not know (for broker-specific extensions)'
            cand --validate-only 'Ask the broker to validate the change without applying it'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -v 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --verbose 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --no-color 'No colors (also honoured: the NO_COLOR environment variable)'
            cand -y 'Confirm destructive actions without asking (required when there is no terminal)'
            cand --yes 'Confirm destructive actions without asking (required when there is no terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kan;topics;delete'= {
            cand -b 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --brokers 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --profile 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)'
            cand --ssl-ca 'CA certificate (PEM) to verify the brokers with'
            cand --ssl-cert 'Client certificate (PEM) for mutual TLS'
            cand --ssl-key 'Client private key (PEM) for mutual TLS'
            cand -X 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)'
            cand --timeout 'Upper bound for every broker request (default 10s)'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand --if-exists 'Succeed (exit 0) when a topic does not exist'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -v 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --verbose 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --no-color 'No colors (also honoured: the NO_COLOR environment variable)'
            cand -y 'Confirm destructive actions without asking (required when there is no terminal)'
            cand --yes 'Confirm destructive actions without asking (required when there is no terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kan;topics;apply'= {
            cand -f 'Topic file (TOML, or YAML by .yaml/.yml extension)'
            cand --file 'Topic file (TOML, or YAML by .yaml/.yml extension)'
            cand -b 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --brokers 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --profile 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)'
            cand --ssl-ca 'CA certificate (PEM) to verify the brokers with'
            cand --ssl-cert 'Client certificate (PEM) for mutual TLS'
            cand --ssl-key 'Client private key (PEM) for mutual TLS'
            cand -X 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)'
            cand --timeout 'Upper bound for every broker request (default 10s)'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand --dry-run 'Print the plan and change nothing'
            cand --force 'Accept config keys kan does not know'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -v 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --verbose 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --no-color 'No colors (also honoured: the NO_COLOR environment variable)'
            cand -y 'Confirm destructive actions without asking (required when there is no terminal)'
            cand --yes 'Confirm destructive actions without asking (required when there is no terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kan;topics;help'= {
            cand create 'Create topics with typed retention, compaction and compression settings'
            cand list 'List topics with partitions, replication and the configs they override'
            cand describe 'Show partitions (leader, replicas, ISR, watermarks, messages) and configs'
            cand alter 'Change configs incrementally (other keys are kept) or add partitions'
            cand delete 'Delete topics (asks on a terminal; needs --yes otherwise)'
            cand apply 'Create or align topics from a TOML/YAML file; --dry-run shows the plan only'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kan;topics;help;create'= {
        }
        &'kan;topics;help;list'= {
        }
        &'kan;topics;help;describe'= {
        }
        &'kan;topics;help;alter'= {
        }
        &'kan;topics;help;delete'= {
        }
        &'kan;topics;help;apply'= {
        }
        &'kan;topics;help;help'= {
        }
        &'kan;cluster'= {
            cand -b 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --brokers 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --profile 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)'
            cand --ssl-ca 'CA certificate (PEM) to verify the brokers with'
            cand --ssl-cert 'Client certificate (PEM) for mutual TLS'
            cand --ssl-key 'Client private key (PEM) for mutual TLS'
            cand -X 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)'
            cand --timeout 'Upper bound for every broker request (default 10s)'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -v 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --verbose 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --no-color 'No colors (also honoured: the NO_COLOR environment variable)'
            cand -y 'Confirm destructive actions without asking (required when there is no terminal)'
            cand --yes 'Confirm destructive actions without asking (required when there is no terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kan;config'= {
            cand -b 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --brokers 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --profile 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)'
            cand --ssl-ca 'CA certificate (PEM) to verify the brokers with'
            cand --ssl-cert 'Client certificate (PEM) for mutual TLS'
            cand --ssl-key 'Client private key (PEM) for mutual TLS'
            cand -X 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)'
            cand --timeout 'Upper bound for every broker request (default 10s)'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -v 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --verbose 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --no-color 'No colors (also honoured: the NO_COLOR environment variable)'
            cand -y 'Confirm destructive actions without asking (required when there is no terminal)'
            cand --yes 'Confirm destructive actions without asking (required when there is no terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Print the resolved connection settings and where each came from (secrets masked)'
            cand profiles 'List the profiles in the config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kan;config;show'= {
            cand -b 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --brokers 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --profile 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)'
            cand --ssl-ca 'CA certificate (PEM) to verify the brokers with'
            cand --ssl-cert 'Client certificate (PEM) for mutual TLS'
            cand --ssl-key 'Client private key (PEM) for mutual TLS'
            cand -X 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)'
            cand --timeout 'Upper bound for every broker request (default 10s)'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -v 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --verbose 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --no-color 'No colors (also honoured: the NO_COLOR environment variable)'
            cand -y 'Confirm destructive actions without asking (required when there is no terminal)'
            cand --yes 'Confirm destructive actions without asking (required when there is no terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kan;config;profiles'= {
            cand -b 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --brokers 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --profile 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)'
            cand --ssl-ca 'CA certificate (PEM) to verify the brokers with'
            cand --ssl-cert 'Client certificate (PEM) for mutual TLS'
            cand --ssl-key 'Client private key (PEM) for mutual TLS'
            cand -X 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)'
            cand --timeout 'Upper bound for every broker request (default 10s)'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -v 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --verbose 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --no-color 'No colors (also honoured: the NO_COLOR environment variable)'
            cand -y 'Confirm destructive actions without asking (required when there is no terminal)'
            cand --yes 'Confirm destructive actions without asking (required when there is no terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kan;config;help'= {
            cand show 'Print the resolved connection settings and where each came from (secrets masked)'
            cand profiles 'List the profiles in the config file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kan;config;help;show'= {
        }
        &'kan;config;help;profiles'= {
        }
        &'kan;config;help;help'= {
        }
        &'kan;completions'= {
            cand -b 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --brokers 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --profile 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)'
            cand --ssl-ca 'CA certificate (PEM) to verify the brokers with'
            cand --ssl-cert 'Client certificate (PEM) for mutual TLS'
            cand --ssl-key 'Client private key (PEM) for mutual TLS'
            cand -X 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)'
            cand --timeout 'Upper bound for every broker request (default 10s)'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -v 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --verbose 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --no-color 'No colors (also honoured: the NO_COLOR environment variable)'
            cand -y 'Confirm destructive actions without asking (required when there is no terminal)'
            cand --yes 'Confirm destructive actions without asking (required when there is no terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kan;man'= {
            cand --out-dir 'Write kan.1 and one page per subcommand into this directory'
            cand -b 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --brokers 'Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)'
            cand --profile 'Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)'
            cand --security-protocol 'Security protocol'
            cand --sasl-mechanism 'SASL mechanism'
            cand --sasl-username 'SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)'
            cand --ssl-ca 'CA certificate (PEM) to verify the brokers with'
            cand --ssl-cert 'Client certificate (PEM) for mutual TLS'
            cand --ssl-key 'Client private key (PEM) for mutual TLS'
            cand -X 'Any librdkafka property, like kcat''s -X (repeatable; overrides the profile)'
            cand --timeout 'Upper bound for every broker request (default 10s)'
            cand -o 'Output format for data on stdout'
            cand --output 'Output format for data on stdout'
            cand -q 'Print nothing but data and errors'
            cand --quiet 'Print nothing but data and errors'
            cand -v 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --verbose 'More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts'
            cand --no-color 'No colors (also honoured: the NO_COLOR environment variable)'
            cand -y 'Confirm destructive actions without asking (required when there is no terminal)'
            cand --yes 'Confirm destructive actions without asking (required when there is no terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'kan;help'= {
            cand topics 'Create, list, describe, alter, apply and delete topics'
            cand cluster 'Show the cluster: id, controller and brokers'
            cand config 'Show resolved settings and profiles'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page, or write all man pages into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'kan;help;topics'= {
            cand create 'Create topics with typed retention, compaction and compression settings'
            cand list 'List topics with partitions, replication and the configs they override'
            cand describe 'Show partitions (leader, replicas, ISR, watermarks, messages) and configs'
            cand alter 'Change configs incrementally (other keys are kept) or add partitions'
            cand delete 'Delete topics (asks on a terminal; needs --yes otherwise)'
            cand apply 'Create or align topics from a TOML/YAML file; --dry-run shows the plan only'
        }
        &'kan;help;topics;create'= {
        }
        &'kan;help;topics;list'= {
        }
        &'kan;help;topics;describe'= {
        }
        &'kan;help;topics;alter'= {
        }
        &'kan;help;topics;delete'= {
        }
        &'kan;help;topics;apply'= {
        }
        &'kan;help;cluster'= {
        }
        &'kan;help;config'= {
            cand show 'Print the resolved connection settings and where each came from (secrets masked)'
            cand profiles 'List the profiles in the config file'
        }
        &'kan;help;config;show'= {
        }
        &'kan;help;config;profiles'= {
        }
        &'kan;help;completions'= {
        }
        &'kan;help;man'= {
        }
        &'kan;help;help'= {
        }
    ]
    $completions[$command]
}
