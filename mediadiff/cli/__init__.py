"""The ``mediadiff`` command line: thin click commands over the library.

Each command parses its options, calls library functions and hands the result
to a renderer. Library errors (``MediadiffError``) and file-system errors become
one-line messages with exit status 1; usage errors exit with 2 (click's rule).
No traceback reaches the terminal unless ``MEDIADIFF_DEBUG`` is set.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from mediadiff import __version__
from mediadiff.cli.common import examples
from mediadiff.models import MediadiffError


class _FriendlyGroup(click.Group):
    """Turns exceptions into one-line messages instead of tracebacks."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except MediadiffError as error:
            raise click.ClickException(str(error)) from None
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (e.g. `| head`): not an error
            raise click.exceptions.Exit(0) from None
        except OSError as error:
            raise click.ClickException(f"{error.strerror or error}: {error.filename or ''}".rstrip(": ")) from None
        except KeyboardInterrupt:
            raise click.exceptions.Exit(130) from None
        except Exception as error:  # noqa: BLE001 - the promise is "never a traceback"
            if os.environ.get("MEDIADIFF_DEBUG"):
                raise
            raise click.ClickException(
                f"internal error: {type(error).__name__}: {error} (set MEDIADIFF_DEBUG=1 for details)"
            ) from None


@examples("mediadiff list", "mediadiff compare 001 003", "mediadiff compare a.txt b.txt --format markdown")
@click.group(cls=_FriendlyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mediadiff")
def main() -> None:
    """Show how different news outlets tell the same story.

    Articles are read from a corpus folder (default ./seeds); an article is
    named by its id (the file name up to the first "_"), a unique prefix of
    it, a file path (no corpus folder needed), or - for standard input.
    Run `mediadiff COMMAND --help` for a command's options and examples.
    """



def _register() -> None:
    from mediadiff.cli import articles, compare, group, score

    for command in (articles.list_command, articles.show_command, compare.compare_command,
                    compare.report_command, compare.chart_command, score.score_command, group.group_command):
        main.add_command(command)


_register()

if __name__ == "__main__":  # pragma: no cover
    main()
