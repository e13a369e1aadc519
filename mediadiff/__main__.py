"""``python -m mediadiff``: the command line, as the installed ``mediadiff`` script runs it."""

from mediadiff.cli import main

if __name__ == "__main__":
    main(prog_name="mediadiff")
