"""Every CLI command has help text and is documented in the README."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from techpact.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        found.append((prefix + name, command))
        if isinstance(command, click.Group):
            found += _commands(command, prefix + name + " ")
    return found


@pytest.mark.parametrize("name,command", _commands(main), ids=lambda value: value if isinstance(value, str) else "")
def test_docs_every_command_has_help_and_is_in_the_readme(name, command):
    assert (command.help or "").strip(), f"techpact {name} has no help text"
    assert f"techpact {name}" in README, f"techpact {name} is not documented in README.md"
