"""``python -m eval [DATASET ...]`` — same as ``assistant eval``."""

import sys

from .harness import cli

sys.exit(cli())
