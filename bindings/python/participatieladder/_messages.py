# SPDX-License-Identifier: Apache-2.0
"""The binding's message classes are a private copy of the participatieladder.v1 schema
(``participatieladder._embedded.v1``, generated from the same .proto files under a private package
and file path, as the C library's: docs/c-abi.md), so that a program's own generated
participatieladder.v1 modules never collide with them in protobuf's pool. The bytes and the JSON
mapping are those of the public schema; a caller's own message of the same type is accepted
wherever the binding takes a message, by its bytes."""

_PUBLIC = "participatieladder.v1"
_OWN = "participatieladder._embedded.v1"


def public_name(full_name):
    """The full name as published: ``participatieladder._embedded.v1.X`` -> ``participatieladder.v1.X``."""
    return _PUBLIC + full_name[len(_OWN):] if full_name.startswith(_OWN + ".") else full_name


def is_a(message, cls):
    """True for a message of `cls` (one of the binding's classes) or of the same public type from
    other generated classes (a caller's own participatieladder.v1 modules)."""
    if isinstance(message, cls):
        return True
    descriptor = getattr(message, "DESCRIPTOR", None)
    return (descriptor is not None and hasattr(message, "SerializeToString")
            and public_name(getattr(descriptor, "full_name", "")) == public_name(cls.DESCRIPTOR.full_name))


def own(message, cls):
    """A message for which :func:`is_a` holds, as a `cls` (itself, or parsed from its bytes)."""
    return message if isinstance(message, cls) else cls.FromString(message.SerializeToString())
