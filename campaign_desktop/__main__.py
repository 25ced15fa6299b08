"""Allows ``python -m campaign_desktop``."""

from campaign_desktop.cli import main

raise SystemExit(main())
