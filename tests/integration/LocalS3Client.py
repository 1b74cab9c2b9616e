"""S3 objects against sagedesk-local through boto3/botocore, unchanged: every check raises on a
difference from what S3 answers. Run with the endpoint's --print-env environment.
Usage: LocalS3Client.py WORKDIR"""
import base64
import concurrent.futures
import hashlib
import io
import os
import sys
import zlib

import boto3
import botocore
from botocore.auth import S3SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.exceptions import ClientError

ENDPOINT = os.environ["AWS_ENDPOINT_URL"]
REGION = os.environ["AWS_REGION"]
WORK = sys.argv[1]
MIB = 1024 * 1024


def client():
    return boto3.client("s3", endpoint_url=ENDPOINT, region_name=REGION)


def error_code(call, *args, **kwargs):
    try:
        call(*args, **kwargs)
    except ClientError as error:
        return error.response["Error"]["Code"]
    raise AssertionError("no error from %s" % call)


def check_equal(actual, expected, what):
    if actual != expected:
        raise AssertionError("%s: %r != %r" % (what, actual, expected))


def objects_and_errors(s3, bucket):
    s3.create_bucket(Bucket=bucket)
    head = s3.head_bucket(Bucket=bucket)
    check_equal(head["ResponseMetadata"]["HTTPHeaders"].get("x-amz-bucket-region"), REGION, "bucket region")
    body = b"hello, local S3\n" * 1000
    put = s3.put_object(Bucket=bucket, Key="doc.txt", Body=body, ContentType="text/plain",
                        Metadata={"owner": "sagedesk", "Mixed-Case": "v"},
                        ContentMD5=base64.b64encode(hashlib.md5(body).digest()).decode())
    check_equal(put["ETag"], '"%s"' % hashlib.md5(body).hexdigest(), "PutObject ETag")
    got = s3.get_object(Bucket=bucket, Key="doc.txt")
    check_equal(got["Body"].read(), body, "GetObject body")
    check_equal(got["ContentType"], "text/plain", "Content-Type")
    check_equal(got["Metadata"], {"owner": "sagedesk", "mixed-case": "v"}, "user metadata")
    ranged = s3.get_object(Bucket=bucket, Key="doc.txt", Range="bytes=16-31")
    check_equal(ranged["Body"].read(), body[16:32], "Range")
    check_equal(ranged["ContentRange"], "bytes 16-31/%d" % len(body), "Content-Range")
    check_equal(s3.get_object(Bucket=bucket, Key="doc.txt", Range="bytes=-5")["Body"].read(), body[-5:], "suffix")
    head = s3.head_object(Bucket=bucket, Key="doc.txt")
    check_equal(head["ContentLength"], len(body), "HeadObject length")
    check_equal(error_code(s3.get_object, Bucket=bucket, Key="missing"), "NoSuchKey", "missing key")
    check_equal(error_code(s3.head_object, Bucket=bucket, Key="missing"), "404", "HeadObject missing")
    check_equal(error_code(s3.get_object, Bucket="no-such-bucket-here", Key="x"), "NoSuchBucket", "no bucket")
    check_equal(error_code(s3.get_object, Bucket=bucket, Key="doc.txt", Range="bytes=999999-"),
                "InvalidRange", "bad range")
    bad_md5 = base64.b64encode(hashlib.md5(b"other").digest()).decode()
    check_equal(error_code(s3.put_object, Bucket=bucket, Key="bad", Body=b"data", ContentMD5=bad_md5),
                "BadDigest", "Content-MD5 mismatch")
    copy = s3.copy_object(Bucket=bucket, Key="copy.txt", CopySource={"Bucket": bucket, "Key": "doc.txt"})
    check_equal(copy["CopyObjectResult"]["ETag"], put["ETag"], "CopyObject ETag")
    check_equal(s3.get_object(Bucket=bucket, Key="copy.txt")["Metadata"]["owner"], "sagedesk", "copied meta")
    replaced = s3.copy_object(Bucket=bucket, Key="copy.txt", CopySource={"Bucket": bucket, "Key": "doc.txt"},
                              MetadataDirective="REPLACE", ContentType="application/json", Metadata={"a": "b"})
    check_equal(s3.head_object(Bucket=bucket, Key="copy.txt")["ContentType"], "application/json", "REPLACE")
    assert replaced["CopyObjectResult"]["ETag"]
    check_equal(error_code(s3.delete_bucket, Bucket=bucket), "BucketNotEmpty", "BucketNotEmpty")


def raw_put(bucket, encoded_key, body):
    """PUT with the key's path as given: botocore (through urllib3) drops "." and ".." segments."""
    import urllib3
    url = "%s/%s/%s" % (ENDPOINT, bucket, encoded_key)
    request = AWSRequest(method="PUT", url=url, data=body,
                         headers={"X-Amz-Content-SHA256": hashlib.sha256(body).hexdigest()})
    S3SigV4Auth(boto3.Session().get_credentials(), "s3", REGION).add_auth(request)
    response = urllib3.PoolManager().urlopen("PUT", url, body=body, headers=dict(request.headers.items()))
    check_equal(response.status, 200, "raw PUT %s: %s" % (encoded_key, response.data))


def tricky_keys(s3, bucket):
    s3.create_bucket(Bucket=bucket)
    keys = ["a", "a/b", "100%", "with space", "naïve/日本語.txt", "dir/", "x//y", "+plus", "a b/c+d=e&f"]
    for key in keys:
        s3.put_object(Bucket=bucket, Key=key, Body=key.encode())
    dotted = {"../x": "%2E%2E/x", "./dot": "%2E/dot", "a/../../b": "a/%2E%2E/%2E%2E/b"}
    for key, encoded in dotted.items():
        raw_put(bucket, encoded, key.encode())
    for key in keys:
        check_equal(s3.get_object(Bucket=bucket, Key=key)["Body"].read(), key.encode(), "round trip " + key)
    everything = keys + list(dotted)
    listed = [o["Key"] for o in s3.list_objects_v2(Bucket=bucket)["Contents"]]
    check_equal(listed, sorted(everything, key=lambda k: k.encode()), "listing in UTF-8 order")
    deleted = s3.delete_objects(Bucket=bucket, Delete={"Objects": [{"Key": k} for k in everything]})
    check_equal(sorted(d["Key"] for d in deleted["Deleted"]), sorted(everything), "DeleteObjects")
    check_equal(s3.list_objects_v2(Bucket=bucket)["KeyCount"], 0, "empty after DeleteObjects")


def many_deleted(s3, bucket):
    """DeleteObjects at S3's limit of 1,000 keys in one request (flat and nested, which leave folders
    behind on disk), Quiet, and the 1,001st key refused as S3 refuses it."""
    s3.create_bucket(Bucket=bucket)
    keys = ["k%04d" % i for i in range(990)] + ["nested/dir%d/k" % i for i in range(10)]
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda key: s3.put_object(Bucket=bucket, Key=key, Body=b"x"), keys))
    check_equal(s3.list_objects_v2(Bucket=bucket)["KeyCount"], 1000, "1,000 objects")
    too_many = [{"Key": k} for k in keys] + [{"Key": "one-more"}]
    check_equal(error_code(s3.delete_objects, Bucket=bucket, Delete={"Objects": too_many}), "MalformedXML",
                "1,001 keys")
    deleted = s3.delete_objects(Bucket=bucket, Delete={"Objects": [{"Key": k} for k in keys]})
    check_equal(sorted(d["Key"] for d in deleted["Deleted"]), sorted(keys), "1,000 keys deleted")
    check_equal(deleted.get("Errors", []), [], "no errors")
    check_equal(s3.list_objects_v2(Bucket=bucket)["KeyCount"], 0, "empty after 1,000 deleted")
    s3.put_object(Bucket=bucket, Key="quiet/one", Body=b"x")
    quiet = s3.delete_objects(Bucket=bucket, Delete={"Objects": [{"Key": "quiet/one"}, {"Key": "never"}],
                                                     "Quiet": True})
    check_equal(quiet.get("Deleted", []), [], "Quiet lists nothing")
    # Emptied folders went with their keys: the bucket holds nothing and can be deleted.
    s3.delete_bucket(Bucket=bucket)


def listing(s3, bucket):
    s3.create_bucket(Bucket=bucket)
    keys = ["top%d" % i for i in range(3)] + ["photos/2024/%02d.jpg" % i for i in range(5)] + ["photos/index"]
    for key in keys:
        s3.put_object(Bucket=bucket, Key=key, Body=b"x")
    page = s3.list_objects_v2(Bucket=bucket, Delimiter="/")
    check_equal([p["Prefix"] for p in page["CommonPrefixes"]], ["photos/"], "common prefixes")
    check_equal(page["KeyCount"], 4, "KeyCount with delimiter")
    nested = s3.list_objects_v2(Bucket=bucket, Prefix="photos/", Delimiter="/")
    check_equal([o["Key"] for o in nested["Contents"]], ["photos/index"], "keys under a prefix")
    check_equal([p["Prefix"] for p in nested["CommonPrefixes"]], ["photos/2024/"], "nested prefix")
    after = s3.list_objects_v2(Bucket=bucket, StartAfter="photos/2024/02.jpg")
    check_equal([o["Key"] for o in after["Contents"]][:2], ["photos/2024/03.jpg", "photos/2024/04.jpg"], "start-after")
    seen = []
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, PaginationConfig={"PageSize": 2})
    for page in pages:
        assert page["KeyCount"] <= 2
        seen += [o["Key"] for o in page.get("Contents", [])]
    check_equal(seen, sorted(keys), "continuation tokens")
    delimited = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Delimiter="/",
                                                              PaginationConfig={"PageSize": 1}):
        delimited += [o["Key"] for o in page.get("Contents", [])] + [p["Prefix"] for p in page.get("CommonPrefixes", [])]
    check_equal(delimited, ["photos/", "top0", "top1", "top2"], "paged common prefixes")
    check_equal(s3.list_objects_v2(Bucket=bucket, MaxKeys=3)["IsTruncated"], True, "max-keys")


def multipart(s3, bucket):
    s3.create_bucket(Bucket=bucket)
    upload = s3.create_multipart_upload(Bucket=bucket, Key="big.bin", ContentType="application/x-big")
    upload_id = upload["UploadId"]
    first = os.urandom(5 * MIB)
    second = os.urandom(1000)
    etag1 = s3.upload_part(Bucket=bucket, Key="big.bin", UploadId=upload_id, PartNumber=1, Body=first)["ETag"]
    etag2 = s3.upload_part(Bucket=bucket, Key="big.bin", UploadId=upload_id, PartNumber=2, Body=second)["ETag"]
    uploads = s3.list_multipart_uploads(Bucket=bucket)["Uploads"]
    check_equal([u["UploadId"] for u in uploads], [upload_id], "ListMultipartUploads")
    parts = s3.list_parts(Bucket=bucket, Key="big.bin", UploadId=upload_id)["Parts"]
    check_equal([(p["PartNumber"], p["ETag"], p["Size"]) for p in parts],
                [(1, etag1, len(first)), (2, etag2, len(second))], "ListParts")
    wrong = {"Parts": [{"PartNumber": 1, "ETag": etag1}, {"PartNumber": 2, "ETag": '"%s"' % ("0" * 32)}]}
    check_equal(error_code(s3.complete_multipart_upload, Bucket=bucket, Key="big.bin", UploadId=upload_id,
                           MultipartUpload=wrong), "InvalidPart", "InvalidPart")
    done = s3.complete_multipart_upload(Bucket=bucket, Key="big.bin", UploadId=upload_id, MultipartUpload={
        "Parts": [{"PartNumber": 1, "ETag": etag1}, {"PartNumber": 2, "ETag": etag2}]})
    md5s = hashlib.md5(hashlib.md5(first).digest() + hashlib.md5(second).digest()).hexdigest()
    check_equal(done["ETag"], '"%s-2"' % md5s, "multipart ETag")
    got = s3.get_object(Bucket=bucket, Key="big.bin")
    check_equal(got["Body"].read(), first + second, "multipart body")
    check_equal(got["ContentType"], "application/x-big", "multipart Content-Type")
    small = s3.create_multipart_upload(Bucket=bucket, Key="small.bin")["UploadId"]
    tags = [s3.upload_part(Bucket=bucket, Key="small.bin", UploadId=small, PartNumber=n, Body=b"tiny")["ETag"]
            for n in (1, 2)]
    check_equal(error_code(s3.complete_multipart_upload, Bucket=bucket, Key="small.bin", UploadId=small,
                           MultipartUpload={"Parts": [{"PartNumber": n + 1, "ETag": t} for n, t in enumerate(tags)]}),
                "EntityTooSmall", "EntityTooSmall")
    s3.abort_multipart_upload(Bucket=bucket, Key="small.bin", UploadId=small)
    check_equal(error_code(s3.list_parts, Bucket=bucket, Key="small.bin", UploadId=small), "NoSuchUpload", "aborted")


def transfers(s3, bucket):
    s3.create_bucket(Bucket=bucket)
    source = os.path.join(WORK, "upload.bin")
    with open(source, "wb") as f:
        f.write(os.urandom(20 * MIB + 12345))
    s3.upload_file(source, bucket, "transfer/upload.bin")
    target = os.path.join(WORK, "download.bin")
    s3.download_file(bucket, "transfer/upload.bin", target)
    with open(source, "rb") as a, open(target, "rb") as b:
        check_equal(hashlib.sha256(a.read()).digest(), hashlib.sha256(b.read()).digest(), "upload/download")


class StreamingTrailerAuth(S3SigV4Auth):
    """Signs as botocore does for a trailer checksum: the payload is STREAMING-UNSIGNED-PAYLOAD-TRAILER."""

    def payload(self, request):
        return "STREAMING-UNSIGNED-PAYLOAD-TRAILER"


def aws_chunked_trailer(bucket):
    """The body newer SDKs send over HTTPS by default (botocore's own AwsChunkedWrapper, CRC32 trailer,
    STREAMING-UNSIGNED-PAYLOAD-TRAILER), sent here over loopback HTTP with its Content-Length."""
    import urllib3
    from botocore.httpchecksum import AwsChunkedWrapper, Crc32Checksum
    data = os.urandom(300000)
    checksum_class = Crc32Checksum
    wrapper = AwsChunkedWrapper(io.BytesIO(data), checksum_cls=checksum_class,
                                checksum_name="x-amz-checksum-crc32", chunk_size=65536)
    body = wrapper.read()
    credentials = boto3.Session().get_credentials()
    url = "%s/%s/chunked.bin" % (ENDPOINT, bucket)
    headers = {"Content-Encoding": "aws-chunked", "X-Amz-Trailer": "x-amz-checksum-crc32",
               "X-Amz-Decoded-Content-Length": str(len(data)),
               "X-Amz-Content-SHA256": "STREAMING-UNSIGNED-PAYLOAD-TRAILER"}
    request = AWSRequest(method="PUT", url=url, headers=headers, data=b"")
    StreamingTrailerAuth(credentials, "s3", REGION).add_auth(request)
    signed = dict(request.headers.items())
    signed["Content-Length"] = str(len(body))
    http = urllib3.PoolManager()
    response = http.urlopen("PUT", url, body=body, headers=signed)
    check_equal(response.status, 200, "aws-chunked PUT: %s" % response.data)
    expected = base64.b64encode((zlib.crc32(data) & 0xFFFFFFFF).to_bytes(4, "big")).decode()
    check_equal(response.headers.get("x-amz-checksum-crc32"), expected, "trailer checksum")
    got = client().get_object(Bucket=bucket, Key="chunked.bin", ChecksumMode="ENABLED")
    check_equal(got["Body"].read(), data, "aws-chunked body")
    # A trailer that does not match the body is refused with BadDigest.
    bad = body.replace(b"x-amz-checksum-crc32:" + expected.encode(), b"x-amz-checksum-crc32:AAAAAA==")
    request = AWSRequest(method="PUT", url=url, headers=headers, data=b"")
    StreamingTrailerAuth(credentials, "s3", REGION).add_auth(request)
    signed = dict(request.headers.items())
    signed["Content-Length"] = str(len(bad))
    response = http.urlopen("PUT", url, body=bad, headers=signed)
    check_equal(response.status, 400, "bad trailer status")
    assert b"<Code>BadDigest</Code>" in response.data, response.data


def main():
    s3 = client()
    suffix = botocore.__version__.replace(".", "-")
    objects_and_errors(s3, "objects-" + suffix)
    tricky_keys(s3, "keys-" + suffix)
    many_deleted(s3, "many-" + suffix)
    listing(s3, "listing-" + suffix)
    multipart(s3, "multipart-" + suffix)
    transfers(s3, "transfers-" + suffix)
    aws_chunked_trailer("transfers-" + suffix)
    print("S3 OK with botocore", botocore.__version__)


main()
