"""Makes the scripted-API fixture available to every generated test.

Generated from the spec; do not edit.
"""

from sdk_test_support import api, server

__all__ = ["api", "server"]
