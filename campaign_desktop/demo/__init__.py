"""The demo workspace a trainer opens on a laptop: realistic profiles with their flaws."""
