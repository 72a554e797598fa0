"""A fake of the API for your tests: in-process, or over HTTP with ``python -m twilio_sdk.testing``.

>>> fake = FakeTwilio()
>>> client = fake.client()  # a twilio_sdk.Client that talks to the fake
"""

from .fake import FakeError, FakeTwilio
from .server import make_server

__all__ = ["FakeError", "FakeTwilio", "make_server"]
