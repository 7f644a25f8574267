"""Test-wide settings.

Under CI (``CI`` set in the environment) hypothesis runs derandomised: the
same examples every run, so a red build is reproducible and a green one is
not luck. Locally each run explores new examples; a failure prints the
example and the seed to reproduce it.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
