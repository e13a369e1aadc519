"""The ``mediadiff`` command line: thin click commands over the library.

Each command parses its options, calls library functions and hands the result
to a renderer. Library errors (``MediadiffError``) and file-system errors become
one-line messages with exit status 1; usage errors exit with 2 (click's rule).
No traceback reaches the terminal unless ``MEDIADIFF_DEBUG`` is set.

- ``common``: options, loading and selecting articles, warnings, colour
- ``notices``: warnings on stderr, many skipped files counted in one line
- ``progress``: the progress bar of long commands, drawn on a terminal only
- ``articles``: ``list`` and ``show``
- ``compare``: ``compare``, ``report`` and ``chart``
- ``score``: ``score``
- ``group``: ``group``
- ``voices``: ``voices``
"""

from __future__ import annotations

import os
import re
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from mediadiff import __version__
from mediadiff.cli.common import examples
from mediadiff.models import MediadiffError, shorten
from mediadiff.render.safe import OutputExistsError


class _TerminalSafeStream:
    """A text stream that drops control characters and escape sequences from what is written to it.

    Article text is untrusted: OSC/CSI sequences in it could retitle the terminal or
    clear the screen. mediadiff's own colour codes (SGR) pass; on stderr so do the
    carriage returns of the progress bar.
    """

    def __init__(self, stream: Any, *, keep_return: bool) -> None:
        self._stream = stream
        self._keep_return = keep_return

    def write(self, text: str) -> int:
        from mediadiff.render.safe import terminal_safe

        return self._stream.write(terminal_safe(text, keep_colour=True, keep_return=self._keep_return))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _encodable(stream: Any) -> tuple[str, str] | None:
    """Make ``stream`` able to write any text; return its old (encoding, errors) to restore, or None.

    Article text holds curly quotes, accents and other scripts. A file or pipe gets
    UTF-8 whatever the locale (a Windows or latin-1 locale ended the run with a
    UnicodeEncodeError); a terminal keeps its encoding and shows "?" for what it cannot.
    """
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if encoding in ("utf8", "utf8sig") or not hasattr(stream, "reconfigure"):
        return None
    old = (stream.encoding, stream.errors)
    try:
        if stream.isatty():
            stream.reconfigure(errors="replace")
        else:
            stream.reconfigure(encoding="utf-8")
    except (ValueError, OSError):  # a closed or detached stream: leave it as it is
        return None
    return old


@contextmanager
def _terminal_safe_output() -> Iterator[None]:
    stdout, stderr = sys.stdout, sys.stderr
    restore = [(stream, _encodable(stream)) for stream in (stdout, stderr)]
    sys.stdout = _TerminalSafeStream(stdout, keep_return=False)  # type: ignore[assignment]
    sys.stderr = _TerminalSafeStream(stderr, keep_return=True)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = stdout, stderr
        for stream, old in restore:
            if old is not None:
                try:
                    stream.flush()
                    stream.reconfigure(encoding=old[0], errors=old[1])
                except (ValueError, OSError):
                    pass


MAX_MESSAGE_CHARS = 400  # a message naming a 100,000-character id stays one readable line


def one_line(message: str, *, suffix: str = "") -> str:
    """``message`` as one safe terminal line: no control characters, no line breaks, at most ~400 characters."""
    from mediadiff.render.safe import terminal_safe
    from mediadiff.render.terminal import visible

    message = " ".join(visible(terminal_safe(message)).split())
    if len(message) > MAX_MESSAGE_CHARS:
        message = message[: MAX_MESSAGE_CHARS - 1] + "…"
    return message + suffix


# matplotlib warns once per character its font lacks: a chart with Chinese outlet names gave 40 lines.
_MISSING_GLYPH = re.compile(r"Glyph (\d+) \(.*\) missing from font\(s\) (.+?)\.?$")
_GLYPHS_KEY = "mediadiff.missing_glyphs"
SHOWN_GLYPHS = 5


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: Any = None, line: str | None = None) -> None:
    """Python warnings as one line, like mediadiff's own; none with --quiet. Missing glyphs are
    collected and told once at the end (``_tell_missing_glyphs``)."""
    context = click.get_current_context(silent=True)
    if context is not None and context.params.get("quiet"):
        return
    glyph = _MISSING_GLYPH.match(str(message))
    if glyph and context is not None:
        fonts = context.meta.setdefault(_GLYPHS_KEY, {})
        fonts.setdefault(glyph.group(2), {})[chr(int(glyph.group(1)))] = None  # a dict keeps first-seen order
        return
    click.echo(f"mediadiff: warning: {one_line(str(message))}", err=True)


def _tell_missing_glyphs(context: click.Context) -> None:
    for font, glyphs in context.meta.pop(_GLYPHS_KEY, {}).items():
        shown = ", ".join(glyphs if len(glyphs) <= SHOWN_GLYPHS else [*list(glyphs)[:SHOWN_GLYPHS], "…"])
        click.echo(f"mediadiff: warning: {one_line(font)} has no glyph for {len(glyphs)} character"
                   f"{'s' * (len(glyphs) != 1)} ({one_line(shown)}); the charts show them as empty boxes",
                   err=True)


class _FriendlyGroup(click.Group):
    """Turns exceptions into one-line messages instead of tracebacks."""

    def main(self, args: Any = None, *rest: Any, standalone_mode: bool = True, **extra: Any) -> Any:
        """Click's ``main``; run as the process's command line (``args`` read from ``sys.argv``, click's own
        exit), it ends the process at once when done (``_end_process``). ``CliRunner`` passes ``args``."""
        try:
            return super().main(args, *rest, standalone_mode=standalone_mode, **extra)
        except SystemExit as done:
            if args is None and standalone_mode:
                _end_process(done.code)
            raise

    def invoke(self, ctx: click.Context) -> Any:
        with _terminal_safe_output(), warnings.catch_warnings():
            warnings.showwarning = _show_warning
            try:
                return self._invoke(ctx)
            finally:
                _tell_missing_glyphs(ctx)

    def _invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except MediadiffError as error:
            raise click.ClickException(one_line(_as_command_line(error))) from None
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (e.g. `| head`): not an error
            raise click.exceptions.Exit(0) from None
        except OSError as error:
            # The path as the user gave it, cut like any echoed input: a 300-character name was printed whole.
            where = f"{error.strerror or error}: {shorten(error.filename or '')}".rstrip(": ")
            raise click.ClickException(one_line(where)) from None
        except KeyboardInterrupt:
            raise click.exceptions.Exit(130) from None
        except Exception as error:  # noqa: BLE001 - the promise is "never a traceback"
            if os.environ.get("MEDIADIFF_DEBUG"):
                raise
            raise click.ClickException(one_line(
                f"internal error: {type(error).__name__}: {error}", suffix=" (set MEDIADIFF_DEBUG=1 for details)"
            )) from None


def _end_process(code: object) -> None:
    """End the process with exit status ``code`` as Python's own exit would, less the freeing of each object.

    After a comparison of two 1,000-sentence articles Python's exit freed the aligner's caches (120,000 entries)
    one by one: about 0.04 s of CPU, the last thing the user waits for, for memory the system takes back at
    once. What that exit does that anyone can see is done here first: the exit functions (``atexit``: where
    libraries save what they must) and writing out what standard output and error still hold. Left to
    Python when it would do more or otherwise: a status that is not a number (Python prints it), a write that
    fails (a reader gone: Python reports it, status 120), a thread still running, ``python -i``.
    """
    if not (code is None or isinstance(code, int) and 0 <= code <= 255) or sys.flags.inspect \
            or os.environ.get("PYTHONINSPECT"):
        return
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return
    import atexit

    if _flushed():  # else Python reports the failing write
        atexit._run_exitfuncs()  # what Python runs at exit, once: it forgets them after
        if _flushed():
            os._exit(code or 0)


def _flushed() -> bool:
    """Whether what standard output and error hold could be written out."""
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):  # a reader gone, a closed stream
        return False
    return True


def _as_command_line(error: MediadiffError) -> str:
    """The library's words for an option, in the command's words (``force=True`` is ``--force``)."""
    if isinstance(error, OutputExistsError):
        return f"{error.target} already exists; use --force to overwrite it"
    return str(error)


def _corpus_for_the_command(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    """``mediadiff --corpus DIR list`` means ``mediadiff list --corpus DIR`` (as ``git -C DIR`` does);
    the command's own ``--corpus`` still wins."""
    if value is not None:
        ctx.default_map = {**(ctx.default_map or {}),
                           **{name: {"corpus_path": value} for name in ctx.command.commands}}  # type: ignore[attr-defined]


def _manifest_for_the_commands(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    """``--manifest FILE``: read by every command that loads articles (``common.chosen_manifest``)."""
    if value is not None:
        ctx.meta["mediadiff.manifest"] = value


@examples("mediadiff list", "mediadiff compare 001 003", "mediadiff compare a.txt b.txt --format markdown")
@click.group(cls=_FriendlyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--corpus", type=click.Path(path_type=str), default=None, expose_value=False,
              callback=_corpus_for_the_command,
              help="Folder of article files for the command that follows (or the command's own --corpus).")
@click.option("--manifest", type=click.Path(path_type=str, dir_okay=False), default=None, expose_value=False,
              callback=_manifest_for_the_commands,
              help="A manifest.csv or .toml (id, outlet, url, published, ...) to use instead of the corpus "
                   "folder's own, e.g. for a folder you cannot write into.")
@click.version_option(__version__, prog_name="mediadiff")
def main() -> None:
    """Show how different news outlets tell the same story.

    Articles are read from a corpus folder (default ./seeds); an article is
    named by its id (the file name up to the first "_"), a unique prefix of
    it, a file path (no corpus folder needed), or - for standard input.
    Run `mediadiff COMMAND --help` for a command's options and examples.

    An article file (or standard input) may hold 10 MB; set the environment
    variable MEDIADIFF_MAX_FILE_MB to allow more (MEDIADIFF_MAX_FILE_MB=50).
    """



def _register() -> None:
    from mediadiff.cli import articles, compare, group, score, voices

    for command in (articles.list_command, articles.show_command, compare.compare_command,
                    compare.report_command, compare.chart_command, score.score_command, group.group_command,
                    voices.voices_command):
        main.add_command(command)


_register()

if __name__ == "__main__":  # pragma: no cover
    main()
