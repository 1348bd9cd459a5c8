"""`python -m synthcomp.cli`."""

from synthcomp.cli import main

main()
