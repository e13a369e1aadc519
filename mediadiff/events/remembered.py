"""Groupings remembered between commands, so ``--story S3`` does not group the corpus again.

A researcher runs ``mediadiff group`` and then ``compare --story S3``, ``voices --story S3``,
``score --story S3``: each of those grouped the whole corpus again (PolNeAR's 840 articles: 10 s
a command, against under 2 s for the same articles named by id). The ids of every story and event
are kept in a small JSON file under the user's cache folder, named by a digest of everything the
grouping reads (each article's id, outlet, date, title and sentences, in corpus order), the grouping
options and this package's code and word lists, so a changed file, option or version never reuses it.

Where: the folder ``groupings`` inside ``$MEDIADIFF_CACHE_DIR``, else ``$XDG_CACHE_HOME/mediadiff``,
else ``~/.cache/mediadiff``; ``MEDIADIFF_CACHE_DIR=off`` turns it off. Only files this module names
(a 64-digit digest and ``.json``) are ever replaced or removed there. A cache that cannot be read or
written is passed over silently: it only saves time, and the grouping is computed as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from mediadiff.models import Article, Story

CACHE_ENV = "MEDIADIFF_CACHE_DIR"
# Groupings kept; the oldest are removed beyond this (a file is about 100 bytes per article).
KEPT_GROUPINGS = 32
_FORMAT = 1


def cache_folder() -> Path | None:
    """The folder groupings are kept in, or ``None`` when the cache is turned off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        # Always a folder of its own inside the one named: a user may name a folder that holds their files.
        return None if chosen.strip().lower() in ("", "off", "0", "no", "false") else Path(chosen) / "groupings"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mediadiff" / "groupings"


def _kept_name(path: Path) -> bool:
    """A file this module wrote: a 64-digit hex digest and ``.json``; nothing else is ever removed."""
    return path.suffix == ".json" and len(path.stem) == 64 and all(c in "0123456789abcdef" for c in path.stem)


def grouping_digest(articles: Sequence[Article], settings: Mapping[str, object]) -> str:
    """A digest of what ``group_stories`` reads and of the code that reads it (hex, 64 characters)."""
    digest = hashlib.sha256(f"mediadiff groupings {_FORMAT}\n".encode())
    # The package's code and word lists (grouping reads corpus and voices tables too): about 5 MB, 10 ms.
    package = Path(__file__).resolve().parents[1]
    for source in sorted([*package.rglob("*.py"), *(package / "data").iterdir()]):
        if source.is_file() and "__pycache__" not in source.parts:
            digest.update(source.relative_to(package).as_posix().encode() + b"\0" + source.read_bytes())
    digest.update(json.dumps(sorted((k, repr(v)) for k, v in settings.items())).encode())
    for article in articles:
        fields = [article.id, article.outlet or "", str(article.published or ""), article.title or "",
                  *(s.text for s in article.sentences)]
        digest.update(json.dumps(fields, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def remembered_groups(digest: str) -> dict[str, list[str]] | None:
    """The article ids of every story and event of the grouping with this digest, if it is kept."""
    folder = cache_folder()
    if folder is None:
        return None
    try:
        data = json.loads((folder / f"{digest}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    groups = data.get("groups") if isinstance(data, dict) and data.get("digest") == digest else None
    if not isinstance(groups, dict) or not all(
            isinstance(ids, list) and all(isinstance(i, str) for i in ids) for ids in groups.values()):
        return None
    return groups


def remember_groups(digest: str, stories: Sequence[Story]) -> None:
    """Keep the ids of ``stories`` and their events under ``digest`` (written whole or not at all)."""
    folder = cache_folder()
    if folder is None:
        return
    groups = {g.id: list(g.article_ids) for s in stories for g in (s, *s.events)}
    target = folder / f"{digest}.json"
    staging = folder / f".{digest}.{os.getpid()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        staging.write_text(json.dumps({"digest": digest, "groups": groups}), encoding="utf-8")
        os.replace(staging, target)
        kept = sorted((p for p in folder.glob("*.json") if _kept_name(p)), key=lambda p: p.stat().st_mtime,
                      reverse=True)
        for old in kept[KEPT_GROUPINGS:]:
            old.unlink(missing_ok=True)
    except OSError:
        with contextlib.suppress(OSError):
            staging.unlink(missing_ok=True)
