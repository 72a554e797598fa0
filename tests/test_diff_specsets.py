"""``diff --base`` and ``changelog --base`` on whole spec sets, in throwaway git repositories.

A spec deleted, renamed or split between commits counts as what it does to the SDK; no spec at
all, no repository, an unknown ref or one that git could take for an option stop the run (exit 2).
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest
import yaml

from .helpers import ROOT, SPEC

GIT = ("git", "-c", "user.email=t@example.com", "-c", "user.name=t", "-c", "commit.gpgsign=false")
VOICE = "spec/voice_v1.yaml"
# Every resource of the Voice fixture, by the path a user writes.
VOICE_RESOURCES = [
    ("client.voice.v1.archived_calls", "ArchivedCall"),
    ("client.voice.v1.byoc_trunks", "ByocTrunk"),
    ("client.voice.v1.connection_policies", "ConnectionPolicy"),
    ("client.voice.v1.connection_policies(sid).targets", "ConnectionPolicyTarget"),
    ("client.voice.v1.dialing_permissions", "DialingPermissions"),
    ("client.voice.v1.dialing_permissions.bulk_country_updates", "BulkCountryUpdate"),
    ("client.voice.v1.dialing_permissions.countries", "Country"),
    (
        "client.voice.v1.dialing_permissions.countries(iso_code).highrisk_special_prefixes",
        "HighriskSpecialPrefix",
    ),
    ("client.voice.v1.dialing_permissions.settings", "Settings"),
    ("client.voice.v1.ip_records", "IpRecord"),
    ("client.voice.v1.source_ip_mappings", "SourceIpMapping"),
]
MOVED = (
    "/v1/IpRecords",
    "/v1/IpRecords/{Sid}",
    "/v1/SourceIpMappings",
    "/v1/SourceIpMappings/{Sid}",
)


def load() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return spec


def dump(spec: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def only_paths(spec: dict[str, Any], keep: Any) -> dict[str, Any]:
    """A copy of `spec` with the paths `keep` accepts, and only the components they use."""
    part = copy.deepcopy(spec)
    part["paths"] = {path: item for path, item in spec["paths"].items() if keep(path)}
    used: set[str] = set()
    pending = list(_refs(part["paths"]))
    while pending:
        ref = pending.pop()
        if ref not in used:
            used.add(ref)
            _, _, kind, name = ref.split("/", 3)
            pending += _refs(part["components"][kind][name])
    for kind in ("schemas", "parameters", "responses"):
        table = part["components"].get(kind, {})
        for name in list(table):
            if f"#/components/{kind}/{name}" not in used:
                del table[name]
    return part


def split(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The Voice spec in two files: IP records and mappings (with their schemas) apart."""
    return only_paths(spec, lambda p: p not in MOVED), only_paths(spec, lambda p: p in MOVED)


def trunking() -> dict[str, Any]:
    """A second product: the IP records and mappings of the Voice fixture, served by Trunking."""
    spec = split(load())[1]
    spec["servers"] = [{"url": "https://trunking.twilio.com"}]
    return spec


def git(repo: Path, *args: str) -> None:
    subprocess.run([*GIT, *args], cwd=repo, check=True, capture_output=True, env=_env(repo))


def _env(where: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    # Never find a repository above the test's folder.
    return {**env, "PYTHONPATH": str(ROOT), "GIT_CEILING_DIRECTORIES": str(where.parent)}


def sdkgen(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=_env(cwd),
        timeout=120,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose one commit holds the Voice fixture as spec/voice_v1.yaml (no config)."""
    repo = tmp_path / "repo"
    dump(load(), repo / VOICE)
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "base")
    return repo


def version(cwd: Path, *args: str) -> dict[str, str]:
    proposal: dict[str, str] = json.loads(sdkgen(cwd, "diff", "--json", *args).stdout)["version"]
    return proposal


def test_deleting_the_only_spec_removes_every_resource(repo: Path) -> None:
    git(repo, "rm", "-q", VOICE)
    result = sdkgen(repo, "diff", "--base", "HEAD", "--json")
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout) == {
        "breaking": 11,
        "changes": [
            {"where": where, "kind": "resource removed", "breaking": True, "detail": cls}
            for where, cls in VOICE_RESOURCES
        ],
        "version": {"current": "1.0.0", "proposed": "2.0.0", "reason": "breaking changes"},
    }
    assert "every resource at HEAD is reported removed" in result.stderr
    markdown = sdkgen(repo, "diff", "--base", "HEAD")
    assert markdown.returncode == 1
    assert markdown.stdout.splitlines()[:3] == [
        "## API diff: 11 changes, 11 breaking",
        "",
        "Proposed version: 1.0.0 -> 2.0.0 (breaking changes)",
    ]
    log = sdkgen(repo, "changelog", "--base", "HEAD")
    assert log.returncode == 0, log.stderr
    assert log.stdout.splitlines() == ["## 2.0.0", "", "### voice", "", "#### Breaking", ""] + [
        f"- `{where}`: resource removed ({cls})" for where, cls in VOICE_RESOURCES
    ]


@pytest.mark.parametrize("move", ["rename", "split"])
def test_a_renamed_or_split_spec_changes_nothing(repo: Path, move: str) -> None:
    if move == "rename":
        git(repo, "mv", VOICE, "spec/voice.yaml")
    else:
        first, second = split(load())
        dump(first, repo / VOICE)
        dump(second, repo / "spec" / "voice_v1_ip_records.yaml")
    result = sdkgen(repo, "diff", "--base", "HEAD")
    assert (result.returncode, result.stdout) == (0, ""), result.stderr
    assert version(repo, "--base", "HEAD") == {
        "current": "1.0.0",
        "proposed": "1.0.0",
        "reason": "no changes: no release needed",
    }
    log = sdkgen(repo, "changelog", "--base", "HEAD")
    assert (log.returncode, log.stdout) == (0, "")
    assert log.stderr == "no SDK-level changes: no release needed (the version stays 1.0.0)\n"


def test_a_second_spec_only_adds(repo: Path) -> None:
    dump(trunking(), repo / "spec" / "trunking_v1.yaml")
    result = sdkgen(repo, "diff", "--base", "HEAD", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "breaking": 0,
        "changes": [
            {
                "where": "client.trunking.v1.ip_records",
                "kind": "resource added",
                "breaking": False,
                "detail": "IpRecord",
            },
            {
                "where": "client.trunking.v1.source_ip_mappings",
                "kind": "resource added",
                "breaking": False,
                "detail": "SourceIpMapping",
            },
        ],
        "version": {"current": "1.0.0", "proposed": "1.1.0", "reason": "additions"},
    }
    log = sdkgen(repo, "changelog", "--base", "HEAD", "--date", "2024-05-31")
    assert log.returncode == 0, log.stderr
    assert log.stdout.splitlines() == [
        "## 1.1.0 (2024-05-31)",
        "",
        "### trunking",
        "",
        "#### Added",
        "",
        "- `client.trunking.v1.ip_records`: resource added (IpRecord)",
        "- `client.trunking.v1.source_ip_mappings`: resource added (SourceIpMapping)",
    ]


def test_changes_of_every_section_by_product(repo: Path) -> None:
    spec = load()
    del spec["paths"]["/v1/IpRecords/{Sid}"]["delete"]
    spec["components"]["schemas"]["voice.v1.ip_record"]["properties"]["region"] = {
        "type": "string",
        "nullable": True,
    }
    spec["paths"]["/v1/ConnectionPolicies/{Sid}"]["get"]["summary"] = "Read one policy."
    dump(spec, repo / VOICE)
    dump(trunking(), repo / "spec" / "trunking_v1.yaml")
    out = repo.parent / "CHANGES.md"
    log = sdkgen(repo, "changelog", "--base", "HEAD", "--output", str(out))
    assert log.returncode == 0, log.stderr
    assert log.stdout == ""
    assert out.read_text(encoding="utf-8").splitlines() == [
        "## 2.0.0",
        "",
        "### trunking",
        "",
        "#### Added",
        "",
        "- `client.trunking.v1.ip_records`: resource added (IpRecord)",
        "- `client.trunking.v1.source_ip_mappings`: resource added (SourceIpMapping)",
        "",
        "### voice",
        "",
        "#### Breaking",
        "",
        "- `client.voice.v1.ip_records(sid).delete`: operation removed",
        "",
        "#### Added",
        "",
        "- `IpRecord.region`: field added (str)",
        "",
        "#### Changed",
        "",
        "- `client.voice.v1.connection_policies(sid).fetch`: description changed",
    ]
    assert sdkgen(repo, "diff", "--base", "HEAD").returncode == 1  # the same diff, and it breaks


@pytest.mark.parametrize(
    "edit, line",
    [
        ("delete", "Proposed version: 0.3.1 -> 0.4.0 (breaking changes)"),
        ("add", "Proposed version: 0.3.1 -> 0.3.2 (additions)"),
    ],
)
def test_the_config_version_from_outside_the_project(repo: Path, edit: str, line: str) -> None:
    (repo / "sdk.toml").write_text('version = "0.3.1"\nspecs = ["spec/*.yaml"]\n', encoding="utf-8")
    if edit == "delete":
        git(repo, "rm", "-q", VOICE)
    else:
        dump(trunking(), repo / "spec" / "trunking_v1.yaml")
    elsewhere = repo.parent / "elsewhere"
    elsewhere.mkdir()
    result = sdkgen(elsewhere, "diff", "--base", "HEAD", "--config", str(repo / "sdk.toml"))
    assert result.returncode == (1 if edit == "delete" else 0), result.stderr
    assert line in result.stdout.splitlines()


def test_moving_the_specs_with_their_pattern_hides_nothing(repo: Path) -> None:
    (repo / "pyproject.toml").write_text(
        '[tool.sdkgen]\nspecs = ["spec/*.yaml"]\n', encoding="utf-8"
    )
    git(repo, "add", "pyproject.toml")
    git(repo, "commit", "-qm", "config")
    git(repo, "mv", "spec", "specs")
    spec = load()
    del spec["paths"]["/v1/IpRecords/{Sid}"]["delete"]
    dump(spec, repo / "specs" / "voice_v1.yaml")
    (repo / "pyproject.toml").write_text(
        '[tool.sdkgen]\nspecs = ["specs/*.yaml"]\n', encoding="utf-8"
    )
    result = sdkgen(repo, "diff", "--base", "HEAD", "--json")
    assert result.returncode == 1, result.stderr
    assert [c["where"] for c in json.loads(result.stdout)["changes"]] == [
        "client.voice.v1.ip_records(sid).delete"
    ]
    assert "the config's specs at HEAD also had spec/*.yaml" in result.stderr


def test_specs_added_since_the_base_are_all_added(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "README").write_text("no specs yet\n", encoding="utf-8")
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "base")
    assert sdkgen(repo, "diff", "--base", "HEAD").returncode == 2  # no spec now nor then
    dump(trunking(), repo / "spec" / "trunking_v1.yaml")
    assert version(repo, "--base", "HEAD") == {
        "current": "1.0.0",
        "proposed": "1.1.0",
        "reason": "additions",
    }


@pytest.mark.parametrize("command", ["diff", "changelog"])
def test_what_cannot_be_compared_exits_2(repo: Path, command: str) -> None:
    empty = repo.parent / "empty"
    empty.mkdir()
    git(empty, "init", "-q")
    git(empty, "commit", "-q", "--allow-empty", "-m", "nothing")
    result = sdkgen(empty, command, "--base", "HEAD")
    assert result.returncode == 2
    assert (
        "no spec files match spec/*.yaml" in result.stderr
        and "neither now nor at HEAD" in result.stderr
    )

    plain = repo.parent / "plain"
    dump(load(), plain / VOICE)
    result = sdkgen(plain, command, "--base", "HEAD")
    assert result.returncode == 2 and "is not in a git repository" in result.stderr

    result = sdkgen(repo, command, "--base", "no-such-ref")
    assert result.returncode == 2 and "'no-such-ref' is not a commit" in result.stderr
    assert result.stdout == ""

    for args in (["--base=--output=x"], ["--base=--output=x", VOICE], ["--base", "-p"]):
        result = sdkgen(repo, command, *args)
        assert result.returncode == 2, args
        assert "cannot start with '-'" in result.stderr or "expected one argument" in result.stderr
    assert not (repo / "x").exists() and not (repo / "spec" / "x").exists()


def test_two_spec_sets_without_git(tmp_path: Path) -> None:
    first, second = split(load())
    dump(load(), tmp_path / "old" / "voice_v1.yaml")
    dump(first, tmp_path / "new" / "a.yaml")
    dump(second, tmp_path / "new" / "b.yaml")
    result = sdkgen(
        tmp_path, "diff", "--old", "old/voice_v1.yaml", "--new", "new/a.yaml", "new/b.yaml"
    )
    assert (result.returncode, result.stdout) == (0, ""), result.stderr
    result = sdkgen(tmp_path, "diff", "--json", "--old", "old/voice_v1.yaml", "--new", "new/a.yaml")
    assert result.returncode == 1
    assert {c["where"] for c in json.loads(result.stdout)["changes"]} == {
        "client.voice.v1.ip_records",
        "client.voice.v1.source_ip_mappings",
    }
    assert sdkgen(tmp_path, "diff", "--old", "old/voice_v1.yaml").returncode == 2


def test_a_crafted_tree_cannot_write_outside_the_scratch_folder(repo: Path) -> None:
    """A commit's tree can be crafted to hold folders named ``..`` (git refuses to check one out,
    but fetches it unchecked): with a base config of ``spec/**/*.yaml``, such an entry named a
    place outside the scratch folder, where ``diff --base`` wrote the file."""
    target = repo.parent / "outside" / "planted.yaml"
    target.parent.mkdir()
    (repo / "pyproject.toml").write_text('[tool.sdkgen]\nspecs = ["spec/*.yaml"]\n', "utf-8")

    def run(*args: str, stdin: str = "") -> str:
        done = subprocess.run(
            [*GIT, *args], cwd=repo, input=stdin, capture_output=True, text=True, env=_env(repo)
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    tree = run(
        "mktree",
        stdin=f"100644 blob {run('hash-object', '-w', '--stdin', stdin='x: 1')}"
        f"\t{target.name}\n",
    )
    for folder in reversed(target.parent.parts[1:]):
        tree = run("mktree", stdin=f"040000 tree {tree}\t{folder}\n")
    for _ in range(len(target.parts) + 8):  # more than enough to climb from any scratch folder
        tree = run("mktree", stdin=f"040000 tree {tree}\t..\n")
    voice = run("hash-object", "-w", VOICE)
    spec = run(
        "mktree", stdin=f"100644 blob {voice}\t{Path(VOICE).name}\n040000 tree {tree}\tsub\n"
    )
    config = run(
        "hash-object", "-w", "--stdin", stdin='[tool.sdkgen]\nspecs = ["spec/**/*.yaml"]\n'
    )
    root = run("mktree", stdin=f"100644 blob {config}\tpyproject.toml\n040000 tree {spec}\tspec\n")
    run("branch", "crafted", run("commit-tree", "-m", "crafted", "-p", "HEAD", root))

    result = sdkgen(repo, "diff", "--base", "crafted")
    assert not target.exists()
    assert result.returncode == 0, result.stderr  # the same Voice spec then and now
