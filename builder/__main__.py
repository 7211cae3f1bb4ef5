"""``python3 -m builder``: the command line."""

import sys

from .cli import main

sys.exit(main())
