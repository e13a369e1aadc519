"""Safe output: article text is untrusted, so every writer passes it through here.

One small function per output channel, so a new writer gets the protection by
calling it:

- ``csv_cell`` / ``csv_row``: spreadsheet formula injection (the OWASP rule: a text
  cell that starts with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a
  leading ``'`` so a spreadsheet shows it as text instead of running it).
- ``md_escape`` / ``md_code_block`` / ``md_link_target``: Markdown that renders
  article text as text: no raw HTML (``<script>``, ``<img onerror>``), no link or
  image syntax (``[x](javascript:...)``), no table breaks, no math (``$x$``), no fence escapes.
- ``terminal_safe``: no control characters, escape sequences (CSI ``ESC[2J``,
  OSC ``ESC]0;title BEL``) or carriage returns reach a terminal.
- ``safe_filename`` / ``inside``: file names built from ids never leave the output
  folder (``x/../../tmp/pwned``), never hold NUL or control characters.
- ``StagedFiles``: several files written under temporary names and moved into
  place together, so a run either completes or leaves nothing new behind.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mediadiff.models import MediadiffError

__all__ = [
    "CSV_TRIGGERS", "csv_cell", "csv_row", "csv_header", "md_escape", "md_code_block", "md_link_target",
    "terminal_safe", "safe_filename", "inside", "StagedFiles", "staged_files", "atomic_write",
]

# --- CSV ------------------------------------------------------------------------------------------

# OWASP "CSV Injection": cells starting with these are formulas in Excel, LibreOffice and Google Sheets.
CSV_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def csv_cell(value: object) -> object:
    """``value`` made safe for a CSV cell that a spreadsheet will open.

    Text starting with ``= + - @``, tab or carriage return (after any leading
    spaces, which some spreadsheets skip) gets a leading ``'``, so it shows as
    text and never runs (``=HYPERLINK(...)``). Numbers, and text that is only a
    number such as ``-0.25``, are left as they are: they cannot be formulas.
    The csv module still quotes commas, quotes and line breaks.
    """
    if not isinstance(value, str) or not value:
        return value
    stripped = value.lstrip(" ")
    if stripped[:1] in CSV_TRIGGERS or value[:1] in CSV_TRIGGERS:
        if _NUMBER.fullmatch(value.strip()):
            return value
        return "'" + value
    return value


def csv_row(record: Mapping[str, object]) -> dict[str, object]:
    """Every cell of one record through ``csv_cell`` (the header: ``csv_header``)."""
    return {key: csv_cell(value) for key, value in record.items()}


def csv_header(fieldnames: Iterable[str]) -> dict[str, object]:
    """The header row for ``DictWriter.writerow``, each name through ``csv_cell``: a column can be
    named by an article id (``compare A B C --format csv``), and an id is untrusted text."""
    return {name: csv_cell(name) for name in fieldnames}


# --- Markdown -------------------------------------------------------------------------------------

# Characters that start Markdown syntax anywhere in a line (links, images, emphasis, code, table cells,
# strike-through, TeX math "$x$" in GitHub and pandoc, pandoc super/subscripts), and what starts a block
# when it opens the text (a heading, a list item, a setext underline; ">" is always an entity, see below).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~$^])")
_MD_BLOCK_START = re.compile(r"^([#+=-]|\d+(?=[.)](?:\s|$)))")
_MD_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# An "&" is written as an entity only where a renderer would read an entity ("&amp;", "&#60;"): a plain
# "AP Politics & Fact Check" or "AT&T" stays as written in the Markdown file itself.
_MD_HTML_CHARS = re.compile(r"&(?=#?[0-9A-Za-z]++;)|[<>]")


def md_escape(text: object) -> str:
    """``text`` as literal Markdown text, safe in a paragraph, heading or table cell.

    HTML is written as entities (``<script>`` shows, never runs; a leading
    ``>`` cannot open a block quote; ``&`` only where it would open an
    entity), every character that starts Markdown
    syntax is backslash-escaped (so ``[x](javascript:...)`` is not a link,
    ``|`` does not end a table cell and ``$x$`` is not math), a leading ``#``,
    ``-``, ``+``, ``=`` or ``1.`` cannot open a heading or a list, leading
    blanks (four make a code block) are dropped, line breaks become spaces and
    control characters are dropped.
    """
    text = terminal_safe(str(text)).replace("\n", " ").replace("\t", " ").lstrip(" ")
    # Entities first: an escape written before them would escape the "&" of "&gt;" and show it.
    text = _MD_HTML_CHARS.sub(lambda m: _MD_HTML[m.group(0)], text)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_BLOCK_START.sub(lambda m: "\\" + m.group(1) if not m.group(1).isdigit()
                               else m.group(1) + "\\", text, count=1)


def md_code_block(text: str, *, info: str = "") -> str:
    """``text`` in a fenced code block that its content cannot close (the fence outgrows any backtick run)."""
    text = terminal_safe(text)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text}\n{fence}"


def md_link_target(name: str) -> str:
    """A relative link target for a file written beside the Markdown: percent-encoded, never a scheme."""
    from urllib.parse import quote

    name = safe_filename(name, keep_suffix=True)
    return "./" + quote(name, safe="")


def md_anchor(heading: str, taken: set[str]) -> str:
    """The anchor a renderer gives a Markdown heading of this text, as GitHub's does (lower case; letters,
    digits, ``-`` and ``_`` kept, every other character dropped, each space a ``-``; a repeated one gets
    ``-1``, ``-2``), for a table of contents; ``taken`` holds the anchors given so far and gains this one.
    "" when nothing is left (a heading of punctuation alone): its entry is then no link. Safe as a link
    target: it holds only word characters and ``-``."""
    text = terminal_safe(str(heading)).replace("\n", " ").replace("\t", " ").strip().lower()
    slug = "".join(c for c in text if c.isalnum() or c in "-_ ").replace(" ", "-")
    if not slug:
        return ""
    anchor, n = slug, 0
    while anchor in taken:
        n += 1
        anchor = f"{slug}-{n}"
    taken.add(anchor)
    return anchor


# --- terminal -------------------------------------------------------------------------------------

# ESC sequences (CSI "ESC[...X", OSC "ESC]...BEL" or "ESC]...ESC\\", two-byte "ESC X"), then any other
# C0 control but tab and newline, DEL, C1 controls (0x9B is a one-byte CSI), and bidi overrides.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*+[ -/]*+[@-~]?"
    r"|\x1b\][^\x07\x1b]*+(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*+(?:\x1b\\)?"
    r"|\x1b.?"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
)
_SGR = re.compile(r"\x1b\[[0-9;]*m")
# Every match of ``_ESCAPES`` opens with one of these: text without any has nothing to remove. A search for
# this one class skips along the text, where ``_ESCAPES`` (alternatives) is tried at every character.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str, *, keep_colour: bool = False, keep_return: bool = False) -> str:
    """``text`` without control characters or escape sequences; tabs and newlines kept.

    Article text can carry sequences that retitle a terminal window, clear the
    screen or move the cursor; they are removed whole, not just their ESC.
    ``keep_colour`` keeps SGR colour codes (``ESC[31m``: mediadiff's own
    colours), ``keep_return`` keeps carriage returns (a progress bar redraws
    its line with them).
    """
    if text.isprintable() or not _CONTROL.search(text):  # a report's many lines are not "printable" (newlines)
        return text
    if not (keep_colour or keep_return):
        return _ESCAPES.sub("", text)
    return _ESCAPES.sub(lambda m: m.group(0) if (keep_colour and _SGR.fullmatch(m.group(0)))
                        or (keep_return and m.group(0) == "\r") else "", text)


# --- file names -----------------------------------------------------------------------------------

_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f-\x9f/\\:*?"<>|]+|\.\.+')
_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))})
MAX_NAME_CHARS = 120


def safe_filename(name: str, *, keep_suffix: bool = False, max_chars: int = MAX_NAME_CHARS) -> str:
    """A file name made from ``name`` (an article id, an outlet) that stays one plain name.

    Path separators, ``..``, NUL and control characters, characters Windows
    refuses, leading dots (hidden files) and trailing dots or spaces become
    ``_``; reserved device names get a ``_`` prefix; a name longer than
    ``max_chars`` is cut and given a short hash so two long ids stay distinct.
    """
    suffix = ""
    if keep_suffix and re.search(r".\.[A-Za-z0-9]{1,8}$", name):
        name, suffix = name.rsplit(".", 1)
        suffix = "." + suffix
    cleaned = _UNSAFE_NAME.sub("_", terminal_safe(name)).strip(" ")
    cleaned = re.sub(r"^[._ ]+|[. ]+$", "_", cleaned) if cleaned else "_"
    if cleaned.split(".")[0].lower() in _RESERVED:
        cleaned = "_" + cleaned
    if len(cleaned) > max_chars:
        import hashlib

        digest = hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        cleaned = f"{cleaned[: max_chars - 9]}-{digest}"
    return cleaned + suffix


def inside(directory: str | os.PathLike[str], name: str) -> Path:
    """``directory / name``, after checking that its folder resolves inside ``directory`` (else ``MediadiffError``).

    The entry itself is not resolved: a symlink there is replaced by a write, never followed.
    """
    folder = Path(directory)
    path = folder / name
    base, parent = folder.resolve(), path.parent.resolve()
    if path.name in ("", ".", "..") or (parent != base and base not in parent.parents):
        raise MediadiffError(f"refusing to write {name!r}: it would land outside {folder}")
    return path


# --- atomic writes --------------------------------------------------------------------------------

TEMPORARY_SUFFIX = ".mediadiff-tmp"  # what a run killed mid-write can leave; the corpus reader skips it

class StagedFiles:
    """Files written under temporary names in their folder, moved into place together by ``commit``.

    Use ``staged_files(folder, force=...)``. Each ``path(name)`` is a temporary
    file to write; ``commit`` renames them all (a rename replaces a symlink
    instead of following it), and on any error every temporary file, and the
    folder when this run created it, is removed.
    """

    def __init__(self, directory: Path, *, force: bool) -> None:
        self.directory = directory
        self.force = force
        self._staged: dict[str, Path] = {}

    def target(self, name: str) -> Path:
        """Where ``name`` will land (checked to be a plain name inside the folder)."""
        if name != safe_filename(name, keep_suffix=True):
            raise MediadiffError(f"refusing to write {name!r}: not a plain file name")
        return inside(self.directory, name)

    def path(self, name: str) -> Path:
        """A temporary path to write ``name`` to; it is moved into place on commit."""
        target = self.target(name)
        check_writable(target, force=self.force)
        # A fresh random name, not mkstemp: the file then gets the usual permissions (umask), not 0600.
        import secrets

        temporary = self.directory / f".{name}.{secrets.token_hex(6)}{TEMPORARY_SUFFIX}"
        self._staged[name] = temporary
        return temporary

    def write_text(self, name: str, text: str) -> Path:
        return self.write_bytes(name, text.encode("utf-8"))

    def write_bytes(self, name: str, data: bytes) -> Path:
        with open(self.path(name), "xb") as handle:
            handle.write(data)
        return self.target(name)

    def read_bytes(self, name: str) -> bytes:
        """What was written for ``name`` so far (before the commit moves it)."""
        return self._staged[name].read_bytes()

    def commit(self) -> list[Path]:
        targets = [(temporary, self.target(name)) for name, temporary in self._staged.items()]
        for _, target in targets:  # check all before moving any, so a refusal changes nothing
            check_writable(target, force=self.force)
        for temporary, target in targets:
            os.replace(temporary, target)
        self._staged.clear()
        return [target for _, target in targets]

    def discard(self) -> None:
        for temporary in self._staged.values():
            temporary.unlink(missing_ok=True)
        self._staged.clear()


class OutputError(MediadiffError, OSError):
    """The system refused to write an output (no permission, a disk full, a read-only folder). Also an
    ``OSError``; ``except MediadiffError`` catches it with every other mistake mediadiff reports."""


class OutputExistsError(MediadiffError):
    """An output file exists and ``force`` was not given. The message names the
    library's ``force=True``; the command line says ``--force`` instead (cli/__init__.py)."""

    def __init__(self, target: Path) -> None:
        super().__init__(f"{target} already exists; pass force=True to overwrite it")
        self.target = target


def check_writable(target: Path, *, force: bool) -> None:
    """Refuse to replace a folder, or any existing entry (even a dangling symlink) without ``force``."""
    if target.is_dir() and not target.is_symlink():
        raise MediadiffError(f"{target} is a folder; choose another output folder")
    if not force and os.path.lexists(target):
        raise OutputExistsError(target)


def check_folder(directory: str | os.PathLike[str]) -> None:
    """Refuse an output folder that is not a folder, or cannot be created or written, before any work.

    Permission bits do not say it (root passes ``os.access`` on ``/proc``), so a
    folder is made and removed in the nearest existing one: the same call the write makes.
    """
    folder = Path(directory)
    if os.path.lexists(folder) and not folder.is_dir():
        raise MediadiffError(f"{folder} is not a folder")
    existing = next((p for p in (folder, *folder.parents) if os.path.lexists(p)), Path("."))
    if not existing.is_dir():
        raise MediadiffError(f"cannot create {folder}: {existing} is not a folder")
    import tempfile

    try:
        os.rmdir(tempfile.mkdtemp(prefix=".mediadiff-probe-", dir=existing))
    except OSError as error:
        raise MediadiffError(f"cannot write to {folder}: {error.strerror or error}") from None


@contextmanager
def staged_files(directory: str | os.PathLike[str], *, force: bool = False) -> Iterator[StagedFiles]:
    """Stage files in ``directory`` (created if missing); they appear only if the block completes."""
    folder = Path(directory)
    if os.path.lexists(folder) and not folder.is_dir():
        raise MediadiffError(f"{folder} is not a folder")
    created = _make_folder(folder)
    staged = StagedFiles(folder, force=force)
    try:
        yield staged
        staged.commit()
    except BaseException:
        staged.discard()
        if created:
            import shutil

            shutil.rmtree(created, ignore_errors=True)
        raise


def _make_folder(folder: Path) -> Path | None:
    """Create ``folder`` and its missing parents; return the topmost folder created (to undo), or None."""
    missing = [p for p in (folder, *folder.parents) if not os.path.lexists(p)]
    if not missing:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    return missing[-1]


def atomic_write(path: str | os.PathLike[str], data: str | bytes, *, force: bool = False) -> Path:
    """Write one file by way of a temporary name, so it appears complete or not at all."""
    path = Path(path)
    with staged_files(path.parent, force=force) as staged:
        (staged.write_bytes if isinstance(data, bytes) else staged.write_text)(path.name, data)  # type: ignore[arg-type]
    return path


def clean_cells(values: Iterable[Any]) -> list[Any]:
    """``csv_cell`` over a plain row (for ``csv.writer`` rather than ``DictWriter``)."""
    return [csv_cell(v) for v in values]


def own_words(diff: Sequence[Any], side: str, *, escape: Callable[[str], str], removed: str, added: str) -> str:
    """The words of sentence ``side`` of a word diff, escaped, the words the other side lacks put in ``removed``
    (side "a") or ``added`` (side "b"), format strings with one ``{}``; shared by the Markdown and HTML reports."""
    parts = []
    mark = removed if side == "a" else added
    for op in diff:
        words = op.a_text if side == "a" else op.b_text
        if words:
            parts.append(escape(words) if op.op == "equal" else mark.format(escape(words)))
    return " ".join(parts)
