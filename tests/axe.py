"""axe-core in the browser tests: the accessibility rules run on the page shown, and what the page prefers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from selenium.webdriver.remote.webdriver import WebDriver

# axe-core, pinned in package.json and installed into node_modules/ by `make test` (npm ci).
AXE = Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
_RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: arguments[0], resultTypes: ["violations"]})
  .then(result => done(result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                                     targets: v.nodes.map(n => n.target.join(" "))}))))
  .catch(error => done([{id: "axe-error", impact: "critical", help: String(error), targets: []}]));
"""


def axe_version() -> str:
    """The version of the installed axe-core (its package.json)."""
    if not AXE.exists():
        raise RuntimeError(f"{AXE}: missing; `make test` installs axe-core (npm ci)")
    return str(json.loads((AXE.parent / "package.json").read_text())["version"])


def axe_violations(
    driver: WebDriver, tags: list[str] = WCAG_AA, rules: list[str] | None = None
) -> list[dict[str, Any]]:
    """Run axe-core on the page shown, the rules of ``tags`` (or the ``rules`` named); its violations
    (id, impact, help, targets)."""
    axe_version()
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    driver.set_script_timeout(60)
    only = {"type": "rule", "values": rules} if rules else {"type": "tag", "values": tags}
    return list(driver.execute_async_script(_RUN_AXE, only))


def prefer_scheme(driver: WebDriver, dark: bool) -> None:
    """Make the browser prefer a dark (or light) colour scheme, as the reader's system would."""
    feature = {"name": "prefers-color-scheme", "value": "dark" if dark else "light"}
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [feature]})


def hold_still(driver: WebDriver) -> None:
    """Turn off the page's transitions and animations, so what is checked is where they end."""
    driver.execute_script(
        "const style = document.createElement('style');"
        "style.textContent = '*, *::before, *::after { transition: none !important; animation: none !important }';"
        "document.head.append(style);"
    )
