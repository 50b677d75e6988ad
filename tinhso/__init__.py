"""tinhso command line and shared project paths."""
