"""Reads records kan wrote in the Schema Registry wire format with Confluent's own
deserializers (an implementation kan does not use), for tests/publish_registry.rs.

    consume_registry.py BROKER REGISTRY_URL TOPIC FORMAT COUNT

FORMAT is avro, protobuf or jsonschema; keys in the wire format are read with the Avro
deserializer (a "string" key subject), others as text. Prints one JSON object {"key": …, "value": …} per record, in offset order, with
the values made JSON: Avro timestamps as epoch milliseconds, decimals as strings, dates as
ISO dates, bytes as base64; Protobuf messages by json_format's canonical mapping.
"""
import base64
import datetime
import decimal
import json
import sys

from confluent_kafka import Consumer, TopicPartition
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroDeserializer
from confluent_kafka.serialization import MessageField, SerializationContext

broker, registry_url, topic, kind, count = sys.argv[1:6]
count = int(count)
client = SchemaRegistryClient({"url": registry_url})


def plain(value):
    if isinstance(value, datetime.datetime):
        return round(value.timestamp() * 1000)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def page_view_class():
    """analytics.PageView as tests/publish_registry.rs registers it in .proto text."""
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

    field = descriptor_pb2.FieldDescriptorProto
    proto = descriptor_pb2.FileDescriptorProto(name="page_view.proto", package="analytics",
                                               syntax="proto3")
    view = proto.message_type.add(name="PageView")
    inner = view.nested_type.add(name="Inner")
    inner.field.add(name="flag", number=1, type=field.TYPE_BOOL, label=field.LABEL_OPTIONAL)
    entry = view.nested_type.add(name="TagsEntry")
    entry.options.map_entry = True
    entry.field.add(name="key", number=1, type=field.TYPE_STRING, label=field.LABEL_OPTIONAL)
    entry.field.add(name="value", number=2, type=field.TYPE_STRING, label=field.LABEL_OPTIONAL)
    view.oneof_decl.add(name="source")
    for number, name, type_, label, extra in [
        (1, "user_id", field.TYPE_STRING, field.LABEL_OPTIONAL, {}),
        (2, "url", field.TYPE_STRING, field.LABEL_OPTIONAL, {}),
        (3, "duration_ms", field.TYPE_INT64, field.LABEL_OPTIONAL, {}),
        (4, "tags", field.TYPE_MESSAGE, field.LABEL_REPEATED,
         {"type_name": ".analytics.PageView.TagsEntry"}),
        (5, "path", field.TYPE_STRING, field.LABEL_REPEATED, {}),
        (6, "web", field.TYPE_STRING, field.LABEL_OPTIONAL, {"oneof_index": 0}),
        (7, "app", field.TYPE_STRING, field.LABEL_OPTIONAL, {"oneof_index": 0}),
        (8, "inner", field.TYPE_MESSAGE, field.LABEL_OPTIONAL,
         {"type_name": ".analytics.PageView.Inner"}),
    ]:
        view.field.add(name=name, number=number, type=type_, label=label, **extra)
    pool = descriptor_pool.DescriptorPool()
    pool.Add(proto)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName("analytics.PageView"))


if kind == "avro":
    deserialize_value = AvroDeserializer(client)
    to_json = plain
elif kind == "protobuf":
    from google.protobuf import json_format
    from confluent_kafka.schema_registry.protobuf import ProtobufDeserializer

    deserialize_value = ProtobufDeserializer(page_view_class(), {"use.deprecated.format": False})
    to_json = json_format.MessageToDict
elif kind == "jsonschema":
    from confluent_kafka.schema_registry.json_schema import JSONDeserializer

    schema = client.get_latest_version(f"{topic}-value").schema
    deserialize_value = JSONDeserializer(schema.schema_str, schema_registry_client=client)
    to_json = plain
else:
    sys.exit(f"unknown format {kind}")
deserialize_key = AvroDeserializer(client)

consumer = Consumer({"bootstrap.servers": broker, "group.id": f"py-{topic}",
                     "enable.auto.commit": False})
consumer.assign([TopicPartition(topic, 0, 0)])
seen = 0
while seen < count:
    message = consumer.poll(30)
    if message is None:
        sys.exit(f"only {seen} of {count} records within 30 s")
    if message.error():
        sys.exit(f"consume failed: {message.error()}")
    key_context = SerializationContext(topic, MessageField.KEY)
    value_context = SerializationContext(topic, MessageField.VALUE)
    key = message.key()
    if key is not None:
        # Keys in the wire format (a key subject) are Avro; others plain text.
        key = deserialize_key(key, key_context) if key[:1] == b"\0" else key.decode()
    print(json.dumps({
        "key": key,
        "value": to_json(deserialize_value(message.value(), value_context)),
    }))
    seen += 1
consumer.close()
