"""The GitHub workflow: what it runs, on which Pythons, with which actions, and how it deploys."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"
# The major version each action is at today (the newest that GitHub's own starter workflows use).
CURRENT = {
    "actions/checkout": (4, 5),
    "actions/setup-python": (5,),
    "actions/setup-node": (4,),
    "actions/configure-pages": (5,),
    "actions/upload-pages-artifact": (3,),
    "actions/deploy-pages": (4,),
}


def workflow() -> dict[Any, Any]:
    loaded = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def triggers() -> dict[str, Any]:
    # YAML 1.1 reads the bare key "on" as the boolean True.
    found = workflow().get("on", workflow().get(True))
    assert isinstance(found, dict)
    return found


def steps(job: str) -> list[dict[str, Any]]:
    found = workflow()["jobs"][job]["steps"]
    assert isinstance(found, list)
    return found


def test_every_action_used_is_at_its_current_major_version():
    used = [step["uses"] for job in workflow()["jobs"] for step in steps(job) if "uses" in step]
    assert used
    for action in used:
        name, _, version = action.partition("@")
        assert name in CURRENT, f"{action}: an action the test does not know; add its current major version"
        assert int(version.removeprefix("v").split(".")[0]) in CURRENT[name], action


def test_pull_requests_run_make_test_on_the_oldest_and_newest_python():
    job = workflow()["jobs"]["test"]
    assert "pull_request" in triggers() and "pull_request" in job["if"]
    assert job["strategy"]["matrix"]["python-version"] == ["3.11", "3.13"]
    setup = next(step for step in job["steps"] if step.get("uses", "").startswith("actions/setup-python"))
    assert setup["with"]["python-version"] == "${{ matrix.python-version }}"
    assert any(re.search(r"\bmake test\b", step.get("run", "")) for step in job["steps"])


def test_every_python_set_up_caches_pip_downloads():
    setups = [step for job in workflow()["jobs"] for step in steps(job)
              if step.get("uses", "").startswith("actions/setup-python")]
    assert len(setups) == 2
    for setup in setups:
        assert setup["with"]["cache"] == "pip"
        assert "requirements.txt" in setup["with"]["cache-dependency-path"]


def test_pages_deployments_run_one_at_a_time_and_are_never_cancelled_midway():
    deploy = workflow()["jobs"]["deploy"]
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}


def test_the_site_is_built_for_the_address_that_configure_pages_gives():
    deploy = steps("deploy")
    uses = [step.get("uses", "") for step in deploy]
    configure = next(step for step in deploy if step.get("uses", "").startswith("actions/configure-pages"))
    build = next(step for step in deploy if "make site" in step.get("run", ""))
    assert uses.index(configure["uses"]) < deploy.index(build)
    assert build["env"]["SITE_URL"] == "${{ steps." + configure["id"] + ".outputs.base_url }}/"
    upload = next(step for step in deploy if step.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site"


def test_a_push_deploys_when_anything_the_site_is_built_from_changes():
    paths = triggers()["push"]["paths"]
    for needed in ("seeds/**", "generator/**", "docs/**", "mkdocs.yml", "pyproject.toml", "requirements.txt",
                   "Makefile", ".github/workflows/site.yml"):
        assert needed in paths
    assert str(WORKFLOW.relative_to(ROOT)) in paths
