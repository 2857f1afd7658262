#!/usr/bin/env python3
"""A throwaway in-memory Schema Registry for scripts/bench (no JVM here for Confluent's):
register, schemas by id, subject versions. Listens on 127.0.0.1:PORT until killed.

    bench-registry.py PORT
"""
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

schemas = []  # (schema, schemaType)
subjects = {}  # subject -> [ids]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/vnd.schemaregistry.v1+json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        parts = self.path.split("?")[0].strip("/").split("/")
        if parts[:2] == ["schemas", "ids"] and parts[2].isdigit() and 0 < int(parts[2]) <= len(schemas):
            schema, kind = schemas[int(parts[2]) - 1]
            return self.answer(200, {"schema": schema, "schemaType": kind})
        if len(parts) == 4 and parts[0] == "subjects" and parts[2] == "versions" and parts[1] in subjects:
            ids = subjects[parts[1]]
            version = len(ids) if parts[3] == "latest" else int(parts[3])
            if 0 < version <= len(ids):
                schema, kind = schemas[ids[version - 1] - 1]
                return self.answer(200, {"subject": parts[1], "version": version, "id": ids[version - 1],
                                         "schema": schema, "schemaType": kind})
        self.answer(404, {"error_code": 40403, "message": "not found"})

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        parts = self.path.split("?")[0].strip("/").split("/")
        if len(parts) == 3 and parts[0] == "subjects" and parts[2] == "versions":
            entry = (body["schema"], body.get("schemaType", "AVRO"))
            if entry not in schemas:
                schemas.append(entry)
            schema_id = schemas.index(entry) + 1
            ids = subjects.setdefault(parts[1], [])
            if schema_id not in ids:
                ids.append(schema_id)
            return self.answer(200, {"id": schema_id})
        self.answer(404, {"error_code": 40403, "message": "not found"})


ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
