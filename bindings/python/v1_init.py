# SPDX-License-Identifier: Apache-2.0
"""participatieladder.v1: protoc's Python classes of the installed .proto files
(share/participatieladder/proto), for a program that has none of its own.

The binding itself never imports this package: its own classes are a private copy
(``participatieladder._embedded.v1``, docs/python.md), so a program that generates its own
participatieladder.v1 modules (``protoc --python_out=DIR``) and puts DIR on ``sys.path`` gets its
own modules here, before these: every ``participatieladder/v1`` directory on ``sys.path`` is
searched first. The binding's functions accept messages of either.
"""
import os as _os
import sys as _sys

_here = _os.path.normcase(_os.path.abspath(_os.path.dirname(__file__)))
__path__[:0] = [d for d in (_os.path.join(p or _os.curdir, "participatieladder", "v1") for p in _sys.path)
                if _os.path.isdir(d) and _os.path.normcase(_os.path.abspath(d)) != _here]
