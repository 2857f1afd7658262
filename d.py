from confluent_kafka.admin import AdminClient, UserScramCredentialUpsertion, ScramCredentialInfo, ScramMechanism
a = AdminClient({"bootstrap.servers": "127.0.0.1:29300"})
f = a.alter_user_scram_credentials([UserScramCredentialUpsertion("carol", ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 4096), b"secret")])
for u, fut in f.items(): print("alter", u, fut.result())
try:
    r = a.describe_user_scram_credentials().result()
    print("describe all:", r)
except Exception as e: print("describe all err", e)
try:
    r = a.describe_user_scram_credentials(["carol"])
    for u, fut in r.items(): print("describe carol:", fut.result())
except Exception as e: print("describe carol err", e)
