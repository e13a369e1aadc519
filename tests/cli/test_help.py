"""Every registered command documents itself: examples in --help that parse, run, and fit 100 columns.

The commands are read from the click group, so a command added later is checked too.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil

import click
import pytest
from paths import SEEDS

from mediadiff.cli import main

WIDTH = 100


def commands() -> dict[str, click.Command]:
    return dict(sorted(main.commands.items()))


def help_text(runner, *names: str) -> str:
    result = runner.invoke(main, [*names, "--help"], env={"COLUMNS": str(WIDTH)})
    assert result.exit_code == 0, result.output
    return result.output


def examples_of(help_output: str) -> list[list[str]]:
    """The example command lines at the end of a help text, as argument lists (after "mediadiff")."""
    assert "Examples:" in help_output, "no Examples: section"
    block = help_output.split("Examples:", 1)[1]
    found = []
    for line in block.splitlines():
        words = shlex.split(line, comments=True)
        if words[:1] == ["mediadiff"]:
            stop = next((i for i, w in enumerate(words) if w in (">", "|", "&&", ";")), len(words))
            found.append(words[1:stop])
    return found


def parses(args: list[str]) -> None:
    """Raise click's usage error if ``args`` does not parse (nothing is run)."""
    assert args and args[0] in main.commands, f"no command {args[:1]}"
    main.commands[args[0]].make_context(args[0], list(args[1:]))


@pytest.mark.parametrize("name", [None, *commands()])
def test_help_ends_with_two_or_three_examples_that_parse(runner, name):
    output = help_text(runner, *([name] if name else []))
    found = examples_of(output)
    assert 2 <= len(found) <= 3, output
    for args in found:
        if name:
            assert args[0] == name, f"example of {name} runs {args[0]}"
        parses(args)
    assert all(len(line) <= WIDTH for line in output.splitlines())


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    """A folder like a new user's: the seeds as ./seeds and two loose article files."""
    folder = tmp_path_factory.mktemp("workspace")
    shutil.copytree(SEEDS, folder / "seeds")
    for name, seed in (("a.txt", "001"), ("b.txt", "003")):
        shutil.copy(next(SEEDS.glob(f"{seed}_*")), folder / name)
    return folder


def all_examples(runner) -> list[list[str]]:
    found = []
    for name in commands():
        found += examples_of(help_text(runner, name))
    return found


def test_every_printing_example_runs_and_its_text_output_fits_100_columns(runner, workspace, monkeypatch):
    # Examples that draw charts or write reports only print "wrote ..." lines; drawing them here
    # would cost seconds each, and the chart and report tests cover them, so they are only parsed.
    monkeypatch.chdir(workspace)
    for args in (a for a in all_examples(runner) if not _writes(a)):
        result = runner.invoke(main, args, env={"COLUMNS": str(WIDTH)})
        assert result.exit_code == 0, (args, result.output)
        if _text_format(args):
            too_wide = [line for line in result.stdout.splitlines() if len(line) > WIDTH]
            assert not too_wide, (args, too_wide[:3])


def _writes(args: list[str]) -> bool:
    return any(option in args for option in ("--charts", "--out")) or args[0] == "chart"


def _text_format(args: list[str]) -> bool:
    return "--format" not in args or args[args.index("--format") + 1] == "text"


def test_story_and_event_ids_in_help_examples_and_readme_exist_on_the_seeds(runner):
    named = [(a[a.index(opt) + 1], a) for a in all_examples(runner) for opt in ("--story", "--event") if opt in a]
    readme = (SEEDS.parent / "README.md").read_text(encoding="utf-8")
    named += [(event, ["--story-threshold", threshold]) for event, threshold in
              re.findall(r"mediadiff compare --event (S[\d.]+) --story-threshold ([\d.]+)", readme)]
    assert named
    for group_id, args in named:
        options = args[args.index("--story-threshold"):][:2] if "--story-threshold" in args else []
        shown = json.loads(runner.invoke(main, ["group", "--corpus", str(SEEDS), "--format", "json", *options]).stdout)
        ids = {s["id"] for s in shown["stories"]} | {e["id"] for s in shown["stories"] for e in s["events"]}
        assert group_id in ids, (group_id, args)


def test_the_command_list_is_not_cut_short(runner):
    # click cuts a command's first sentence with "..." where it does not fit; each command says it whole.
    listing = runner.invoke(main, ["--help"], terminal_width=80).output.split("Commands:")[1].split("Examples:")[0]
    assert "..." not in listing
    assert all(f"  {name} " in listing for name in main.commands)
