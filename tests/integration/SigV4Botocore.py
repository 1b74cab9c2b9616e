"""Signs a batch of requests with Debian's botocore SigV4Auth, for SigV4BotocoreTest.cpp.

stdin: a JSON list of requests; stdout: a JSON list of {canonical_request, signature} in the same order.
The timestamp is given (botocore's add_auth would read the clock), so the steps of add_auth are run
one by one.
"""
import base64
import json
import sys

from botocore.auth import S3SigV4Auth, SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def sign(item):
    request = AWSRequest(method=item["method"], url=item["url"], data=base64.b64decode(item["body"]))
    for name, value in item["headers"]:
        request.headers[name] = value  # HTTPHeaders appends, so repeated names stay repeated
    request.context["timestamp"] = item["timestamp"]
    credentials = Credentials(item["access_key"], item["secret_key"], item["token"] or None)
    auth_class = S3SigV4Auth if item["s3"] else SigV4Auth
    auth = auth_class(credentials, item["service"], item["region"])
    auth._modify_request_before_signing(request)
    canonical_request = auth.canonical_request(request)
    string_to_sign = auth.string_to_sign(request, canonical_request)
    return {"canonical_request": canonical_request, "signature": auth.signature(string_to_sign, request)}


def main():
    json.dump([sign(item) for item in json.load(sys.stdin)], sys.stdout)


if __name__ == "__main__":
    main()
