"""A spec-first SDK generator for Twilio-style REST APIs.

The pipeline, one module per stage::

    config -> loading -> validation
           -> building (placement, resource_names, operations, type_mapping...) -> ir
           -> rendering (imports) -> formatting -> writing

The README's "Layout" section says what each module owns and where a new output file,
a new Twilio quirk or a new runtime feature goes.
"""

__version__ = "0.1.0"
