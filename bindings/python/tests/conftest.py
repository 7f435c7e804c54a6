# SPDX-License-Identifier: Apache-2.0
"""Shared fixtures: the repository's test vectors (tests/vectors, read by Catch2 too)."""
import json
import os
import pathlib

import pytest

SOURCE_DIR = pathlib.Path(os.environ.get("PL_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[3]))
VECTORS_DIR = SOURCE_DIR / "tests" / "vectors"


def load_vectors(name):
    with open(VECTORS_DIR / name, encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="session")
def questionnaire_vectors():
    return load_vectors("questionnaire.json")["cases"]
