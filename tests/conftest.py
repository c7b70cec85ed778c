"""Hypothesis profiles for the property tests (tests/test_properties_*.py).

Pick one with the ``HYPOTHESIS_PROFILE`` environment variable:

* ``default`` -- what ``pytest`` runs: 60 examples per property, no deadline.
* ``ci`` -- 200 examples per property, failing examples printed as blobs.
* ``fuzz`` -- 50,000 examples per property (``HYPOTHESIS_MAX_EXAMPLES``
  overrides the number), no deadline, no health check for slow data.

    HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_properties_report.py -x

Hypothesis saves every failing example in ``.hypothesis/examples/`` (ignored by
git) and replays it first on the next run.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=60, deadline=None)
settings.register_profile("ci", max_examples=200, deadline=None, print_blob=True)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "50000")),
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
