"""Campaign Desktop: prepare and send email deliveries the way enterprise campaign tools do."""

__version__ = "0.1.0"
