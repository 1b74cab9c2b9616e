#!/usr/bin/env python3
"""Valid and invalid CreateNotebookInstance requests derived from botocore's sagemaker model.

Prints a JSON list of {"member", "request", "valid", "why"}. Each request is a valid base request with
one member changed. "valid" is the model's verdict: botocore's own ParamValidator (types, required
members, minimum lengths and values) plus the constraints botocore leaves to the service (maximum
lengths and values, patterns as AWS applies them, i.e. matching the whole value, and enums).
The values come from the model: every enum value and near misses of it, lengths at min-1, min, max
and max+1 for every length constraint, integers around the range, lists at and past their maximum,
and a pool of strings classified by each member's pattern.

Members SageDesk never sends are left out (AcceleratorTypes), and so are empty strings for optional
members: SageDesk leaves an empty optional member out of the request instead of sending "".
"""
import json
import sys

import botocore.session
import regex
from botocore.validate import ParamValidator

BASE = {
    "NotebookInstanceName": "nb",
    "InstanceType": "ml.t3.medium",
    "RoleArn": "arn:aws:iam::123456789012:role/service-role/R",
    # A subnet in the base request keeps the documented cross-field rules (Disabled internet access,
    # security groups) out of the way of the model's own constraints.
    "SubnetId": "subnet-0abc",
}
SKIPPED = {"AcceleratorTypes"}
POOL = [
    "a", "A", "0", "nb", "a-b", "a--b", "-a", "a-", "a_b", "a.b", "a b", "a/b:c", "x=y+z@w", "é", "한국",
    "tab\tx", "semi;colon", "ipv4", "IPV4", "dualstack", "Enabled", "enabled", "1", "2", "3", "12",
    "sg-0123", "sg_1", "subnet-0abc", "vpc 1", "arn:aws:iam::123456789012:role/x",
    "arn:aws-cn:iam::123456789012:role/a/b", "arn:aws:iam::12345:role/x", "arn:aws:iam::123456789012:user/x",
    "arn:aws:iam::123456789012:role/", "https://github.com/aws/x", "https://github.com", "http://github.com/x",
    "https://", "git@github.com:x/y", "notebook-al1-v1", "notebook-al2-v3", "notebook-al2023-v1",
    "notebook-al3-v1", "alias/aws/sagemaker", "arn:aws:kms:us-east-1:123456789012:key/abc", "key id!",
    "aws:x", "ml.t3.medium",
]
FILLERS = ["a", "1", "-", "x.", "é"]


def model_errors(value, shape):
    """The constraints of `shape` (a botocore Shape) that `value` breaks, beyond ParamValidator's."""
    meta = shape.metadata
    errors = []
    if shape.type_name == "string":
        if "max" in meta and len(value) > meta["max"]:
            errors.append("max length")
        if "pattern" in meta and regex.fullmatch(meta["pattern"], value) is None:
            errors.append("pattern")
        if shape.enum and value not in shape.enum:
            errors.append("enum")
    elif shape.type_name == "integer":
        if "max" in meta and value > meta["max"]:
            errors.append("max value")
    elif shape.type_name == "list":
        if "max" in meta and len(value) > meta["max"]:
            errors.append("max items")
        for item in value:
            errors += model_errors(item, shape.member)
    elif shape.type_name == "structure":
        for name, member in shape.members.items():
            if name in value:
                errors += model_errors(value[name], member)
    return errors


def verdict(request, input_shape):
    report = ParamValidator().validate(request, input_shape)
    if report.has_errors():
        return False, report.generate_report()
    errors = model_errors(request, input_shape)
    return not errors, ", ".join(errors)


def string_values(shape, required):
    """Enum values and their near misses, pool strings, and values at the length bounds."""
    meta = shape.metadata
    values = []
    for value in shape.enum or []:
        values += [value, value.upper(), value + "x"]
    values += POOL
    if "max" in meta or "min" in meta:
        low, high = meta.get("min", 0), meta.get("max")
        for filler in FILLERS:
            seed = next((v for v in POOL + list(shape.enum or []) if not model_errors(v, shape)), "a")
            lengths = [n for n in (low - 1, low, high, (high or 0) + 1) if n is not None and n >= 0]
            for length in lengths:
                value = (seed + filler * length)[:length] if length >= len(seed) else seed[:length]
                values.append(value)
    if not required:
        values = [v for v in values if v != ""]
    return list(dict.fromkeys(values))


def cases_for(name, shape, required):
    if shape.type_name == "string":
        for value in string_values(shape, required):
            yield value
    elif shape.type_name == "integer":
        low, high = shape.metadata.get("min", 0), shape.metadata.get("max", 2**31 - 1)
        for value in (low - 1, low, low + 1, (low + high) // 2, high - 1, high, high + 1, 0, -1):
            yield value
    elif shape.type_name == "list" and shape.member.type_name == "string":
        member_values = string_values(shape.member, True)
        valid = [v for v in member_values if not model_errors(v, shape.member)]
        high = shape.metadata.get("max", 3)
        for count in (1, high, high + 1):
            yield [f"{valid[0]}{i}" if i else valid[0] for i in range(count)]
        for value in member_values:
            yield [value]
    elif shape.type_name == "list" and shape.member.type_name == "structure":  # Tags
        key_shape, value_shape = shape.member.members["Key"], shape.member.members["Value"]
        high = shape.metadata.get("max", 50)
        for count in (1, high, high + 1):
            yield [{"Key": f"k{i}", "Value": "v"} for i in range(count)]
        for key in string_values(key_shape, True):
            yield [{"Key": key, "Value": "v"}]
        for value in string_values(value_shape, True):
            yield [{"Key": "k", "Value": value}]
    elif shape.type_name == "structure":
        for member_name, member in shape.members.items():
            for value in string_values(member, False):
                yield {member_name: value}


def main():
    model = botocore.session.get_session().get_service_model("sagemaker")
    input_shape = model.operation_model("CreateNotebookInstance").input_shape
    base_ok, why = verdict(BASE, input_shape)
    if not base_ok:
        sys.exit(f"the base request is not valid: {why}")
    cases = []
    for name, shape in input_shape.members.items():
        if name in SKIPPED:
            continue
        for value in cases_for(name, shape, name in input_shape.required_members):
            request = dict(BASE, **{name: value})
            valid, why = verdict(request, input_shape)
            cases.append({"member": name, "request": request, "valid": valid, "why": why})
    json.dump({"botocore": botocore.__version__, "cases": cases}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
