"""``python -m zhgovreport`` runs the command line."""

import sys

from zhgovreport.cli import main

sys.exit(main())
