"""A spec-first SDK generator for Twilio-style REST APIs.

The pipeline, one module per stage::

    loading -> validation -> building (conventions, naming) -> ir
            -> rendering -> formatting -> writing
"""

__version__ = "0.1.0"
