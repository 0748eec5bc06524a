"""`python -m server.cli ...`: the same command line as the `itglue-rag` script."""

from server.cli import main

main()
