"""``make parity``: the generated whole-API SDK against the official ``twilio`` package.

The official package is walked (``official``), each of its calls is matched to an operation
of the specs and replayed through both clients on one recording transport (``calls``), and
the requests and the values read back are compared (``compare``). Differences that are
version skew or the official package's own bugs are classified by the reviewed list in
``known.yaml``; every other difference fails the run.
"""
