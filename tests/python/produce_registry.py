"""Produces records in the Schema Registry wire format with Confluent's own serializers
(an implementation kan does not use), for tests/registry.rs.

    produce_registry.py BROKER REGISTRY_URL TOPIC FORMAT

FORMAT is avro, protobuf or jsonschema. Writes the records the test expects kan to decode,
keyed "k0", "k1", … in order, to partition 0, and prints the number sent.
"""
import datetime
import decimal
import sys

from confluent_kafka import Producer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.serialization import MessageField, SerializationContext

broker, registry_url, topic, kind = sys.argv[1:5]
client = SchemaRegistryClient({"url": registry_url})
context = SerializationContext(topic, MessageField.VALUE)

AVRO = """{
  "type": "record", "name": "UserEvent", "namespace": "analytics",
  "fields": [
    {"name": "userId", "type": "string"},
    {"name": "eventType", "type": {"type": "enum", "name": "EventType",
      "symbols": ["login", "logout", "purchase", "view"]}},
    {"name": "timestamp", "type": {"type": "long", "logicalType": "timestamp-millis"}},
    {"name": "price", "type": ["null", {"type": "bytes", "logicalType": "decimal",
      "precision": 10, "scale": 2}], "default": null},
    {"name": "either", "type": ["null", "string", "long"], "default": null},
    {"name": "day", "type": {"type": "int", "logicalType": "date"}},
    {"name": "metadata", "type": {"type": "map", "values": "string"}},
    {"name": "raw", "type": "bytes"}
  ]
}"""

JSON_SCHEMA = """{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "PageView", "type": "object",
  "properties": {"userId": {"type": "string"}, "url": {"type": "string"},
                 "duration": {"type": "integer"}},
  "required": ["userId", "url"]
}"""

utc = datetime.timezone.utc
if kind == "avro":
    from confluent_kafka.schema_registry.avro import AvroSerializer

    serialize = AvroSerializer(client, AVRO)
    records = [
        {"userId": "u1", "eventType": "purchase",
         "timestamp": datetime.datetime(2026, 11, 30, 10, 15, 0, 250000, tzinfo=utc),
         "price": decimal.Decimal("12.30"), "either": 7,
         "day": datetime.date(2026, 11, 30), "metadata": {"ip": "10.0.0.7"}, "raw": b"\xff\x00"},
        {"userId": "u2", "eventType": "login",
         "timestamp": datetime.datetime(2026, 11, 30, 10, 16, tzinfo=utc),
         "price": None, "either": "text",
         "day": datetime.date(1970, 1, 1), "metadata": {}, "raw": b""},
    ]
elif kind == "protobuf":
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
    from confluent_kafka.schema_registry.protobuf import ProtobufSerializer

    field = descriptor_pb2.FieldDescriptorProto
    proto = descriptor_pb2.FileDescriptorProto(name="page_view.proto", package="analytics",
                                               syntax="proto3")
    other = proto.message_type.add(name="Other")
    other.field.add(name="flag", number=1, type=field.TYPE_BOOL, label=field.LABEL_OPTIONAL)
    view = proto.message_type.add(name="PageView")
    for number, (name, kind_) in enumerate([("user_id", field.TYPE_STRING),
                                            ("url", field.TYPE_STRING),
                                            ("duration_ms", field.TYPE_INT64),
                                            ("referrer", field.TYPE_STRING)], start=1):
        view.field.add(name=name, number=number, type=kind_, label=field.LABEL_OPTIONAL)
    pool = descriptor_pool.DescriptorPool()
    pool.Add(proto)
    PageView = message_factory.GetMessageClass(pool.FindMessageTypeByName("analytics.PageView"))
    serialize = ProtobufSerializer(PageView, client, {"use.deprecated.format": False})
    records = [PageView(user_id="u1", url="/pricing", duration_ms=1500, referrer="/"),
               PageView(user_id="u2", url="/")]
elif kind == "jsonschema":
    from confluent_kafka.schema_registry.json_schema import JSONSerializer

    serialize = JSONSerializer(JSON_SCHEMA, client)
    records = [{"userId": "u1", "url": "/pricing", "duration": 1500}, {"userId": "u2", "url": "/"}]
else:
    sys.exit(f"unknown format {kind}")

producer = Producer({"bootstrap.servers": broker})
for index, record in enumerate(records):
    producer.produce(topic, key=f"k{index}".encode(), value=serialize(record, context), partition=0)
if producer.flush(30) != 0:
    sys.exit("records left unsent")
print(len(records))
