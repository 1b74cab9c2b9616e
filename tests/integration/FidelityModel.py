"""Prints, as JSON, the members of the operations SageDesk uses, from the botocore service models of
the python3 that runs it (the image's newer botocore is the spec):
{"<service>": {"<Operation>": {"input": [...], "output": [...], "wire": {"<member>": "<wire name>"}}}}
Input members of nested structures are listed as "Parent.Child"; output members of structures and
of lists of structures one level down as "Parent.Child" / "Parent[].Child"."""
import json
import sys

import botocore
import botocore.session

OPERATIONS = {
    "sagemaker": [
        "CreateNotebookInstance", "DescribeNotebookInstance", "ListNotebookInstances",
        "StartNotebookInstance", "StopNotebookInstance", "UpdateNotebookInstance",
        "DeleteNotebookInstance", "CreatePresignedNotebookInstanceUrl",
        "CreateNotebookInstanceLifecycleConfig", "DescribeNotebookInstanceLifecycleConfig",
        "ListNotebookInstanceLifecycleConfigs", "UpdateNotebookInstanceLifecycleConfig",
        "DeleteNotebookInstanceLifecycleConfig", "CreateCodeRepository", "DescribeCodeRepository",
        "ListCodeRepositories", "UpdateCodeRepository", "DeleteCodeRepository", "AddTags", "ListTags",
        "DeleteTags",
    ],
    "ec2": ["DescribeVpcs", "DescribeSubnets", "DescribeSecurityGroups"],
    "kms": ["ListAliases", "ListKeys"],
}


def ec2_wire(name, shape):
    query = shape.serialization.get("queryName")
    if query:
        return query
    location = shape.serialization.get("name", name)
    return location[0].upper() + location[1:]


def members(shape, nested_lists):
    names = []
    if shape is None:
        return names
    for name, member in shape.members.items():
        names.append(name)
        if member.type_name == "structure":
            names += [f"{name}.{child}" for child in member.members]
        elif nested_lists and member.type_name == "list" and member.member.type_name == "structure":
            names += [f"{name}[].{child}" for child in member.member.members]
    return names


session = botocore.session.get_session()
out = {"botocore": botocore.__version__}
for service, operations in OPERATIONS.items():
    model = session.get_service_model(service)
    out[service] = {}
    for operation in operations:
        op = model.operation_model(operation)
        wire = {}
        if service == "ec2" and op.input_shape is not None:
            wire = {name: ec2_wire(name, shape) for name, shape in op.input_shape.members.items()}
        out[service][operation] = {
            "input": members(op.input_shape, False),
            "required": list(op.input_shape.required_members) if op.input_shape is not None else [],
            "output": members(op.output_shape, True),
            "wire": wire,
        }
json.dump(out, sys.stdout, indent=1, sort_keys=True)
