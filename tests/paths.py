"""Where the tests find the seeds and their hand-made gold data, and how they write a corpus of their own."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


def write_corpus(folder: Path, files: dict[str, str | bytes]) -> Path:
    """Write ``files`` (name -> text, or bytes written as they are) into ``folder``; returns ``folder``."""
    folder.mkdir(exist_ok=True)
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder
