"""The wording catalogues ship in the wheel and translate from an installed copy."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from generator.render.i18n import catalogue_languages
from tests.test_packaging import wheel  # noqa: F401  (the module's wheel fixture)


def test_wheel_ships_every_compiled_catalogue(wheel: Path) -> None:  # noqa: F811
    names = set(zipfile.ZipFile(wheel).namelist())
    assert len(catalogue_languages()) >= 3
    for language in catalogue_languages():
        assert f"generator/locale/{language}/LC_MESSAGES/expectations.mo" in names, language


def test_installed_wheel_writes_french(wheel: Path, tmp_path: Path) -> None:  # noqa: F811
    target = tmp_path / "lib"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    code = (
        "import generator; from generator.render.words import Words; "
        "w = Words('fr-CA', 'America/Montreal'); print(generator.__file__); print(w.gettext('Every day'))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True, check=True)
    where, text = out.stdout.splitlines()
    assert where.startswith(str(target))
    assert text == "Tous les jours"
