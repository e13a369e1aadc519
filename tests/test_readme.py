"""The README works as written: every Python block runs, every `mediadiff` command line parses,
and the commands table names the options and formats each command really has."""

from __future__ import annotations

import re
import shlex
import shutil

import click
import pytest
from paths import ROOT, SEEDS

from mediadiff.cli import main

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks(language: str) -> list[str]:
    return [body for lang, body in BLOCK.findall(README) if lang == language]


@pytest.mark.parametrize("number", range(len(blocks("python"))))
def test_python_block_runs(number, tmp_path, monkeypatch, capsys):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)  # a reader's folder: ./seeds, and room for the files an example writes
    exec(compile(blocks("python")[number], f"README.md python block {number + 1}", "exec"), {})


def invocations() -> list[list[str]]:
    """Every `mediadiff ...` command line of the README's shell blocks, as arguments after "mediadiff"."""
    found = []
    for body in blocks("sh"):
        for line in body.splitlines():
            for part in re.split(r"&&|\|\||;|\|", line):
                words = shlex.split(part, comments=True)
                if words[:1] == ["mediadiff"]:
                    found.append(words[1:])
    return found


def test_readme_shell_commands_parse():
    found = invocations()
    assert len(found) >= 2, "the README's main commands are gone"
    for args in found:
        assert args[0] in main.commands, args
        main.commands[args[0]].make_context(args[0], list(args[1:]))


def table_rows() -> dict[str, str]:
    """The commands table: command name -> its synopsis cell."""
    rows = {}
    for match in re.finditer(r"^\| `mediadiff (\S+)([^`]*)` \|", README, re.MULTILINE):
        rows[match.group(1)] = match.group(2).replace("\\|", "|")
    return rows


def test_commands_table_lists_every_command_with_real_options_and_formats():
    rows = table_rows()
    assert set(rows) == set(main.commands)
    for name, synopsis in rows.items():
        command = main.commands[name]
        options = {opt for p in command.params if isinstance(p, click.Option) for opt in (*p.opts, *p.secondary_opts)}
        for option in re.findall(r"--[a-z][a-z-]*", synopsis):
            assert option in options, f"{name}: README names {option}, the command has no such option"
        formats = re.search(r"--format ([a-z|]+)", synopsis)
        choices = next((p.type.choices for p in command.params if p.name == "fmt"), None)
        if choices:
            assert formats, f"{name}: the table does not list its formats {choices}"
            assert set(formats.group(1).split("|")) == set(choices), name
