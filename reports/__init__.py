"""Reports built from the stores: documents an engineer reads and prints, every row citing the
records it states."""
