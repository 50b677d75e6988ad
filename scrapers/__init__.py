"""Polite discovery, fetching, archiving and article extraction for provincial portals."""
