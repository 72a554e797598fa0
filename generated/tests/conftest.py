"""Makes the scripted-API and fake-server fixtures available to every generated test.

Generated from the spec; do not edit.
"""

from twilio_sdk_test_support import api, fake_server_url, server

__all__ = ["api", "fake_server_url", "server"]
