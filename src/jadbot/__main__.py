"""Allow `python -m jadbot`."""

from jadbot.cli import main

raise SystemExit(main())
