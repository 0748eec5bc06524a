"""Demo and test support, not the sync: the sample MSP generator and the loopback IT Glue."""
