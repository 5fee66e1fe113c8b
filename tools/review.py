"""The editor's review on articles nobody tuned to: draw held-out rows, make sheets, compare two reviews.

The review itself lives in ../shared/review (README.md, JBRIEF.md, make_sheets.py, aggregate.py); this
script only adds what a review of *unannotated* rows needs, so that it survives a new checkout:

  review.py draw SEED [EXCLUDE_IDS_FILE...]   11 BBC, 11 CNN/DM, 11 XSum rows, none annotated, seeded
  review.py sheets OUT IDS_FILE               make_sheets.py on those rows; quotations the site does not
                                              show are taken out; the sheets split into OUT/g1..g3
  review.py join OUT DEST.jsonl               every judged line with its verdict, one JSON object a line
  review.py compare A.jsonl B.jsonl           share ok by section in each, and the lines that changed
  review.py lines IDS_FILE OUT.txt            every line a reader sees of those rows (diff two versions)
  review.py counts OUT_A OUT_B                two reviews of one set, counts only (no line is printed, so
                                              it works on a set kept unread): the verdicts of the lines
                                              that went, came, and stayed, by section

Run from the project root after `make site`. The data never enters the project: only row ids do.
A set whose verdicts must stay unread is kept in a folder named *_DO_NOT_READ; join and compare refuse it.
Reviewers differ: compare two versions on the lines that changed (counts, compare), not by the totals.
"""

from __future__ import annotations

import collections
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SHARED = next((p / "shared" for p in PROJECT.parents if (p / "shared" / "eval").is_dir()), PROJECT.parent / "shared")
EVAL = SHARED / "eval"
SETS = {"bbc": "bbc-dev", "cnndm": "cnndm-dev", "xsum": "xsum-dev"}
HIDDEN = "_DO_NOT_READ"


def rows() -> dict[str, dict]:
    out = {}
    for name in SETS.values():
        for line in open(EVAL / f"{name}.jsonl", encoding="utf-8"):
            r = json.loads(line)
            out[r["id"]] = r
    return out


def read_ids(path: str) -> list[str]:
    return [x.strip() for x in Path(path).read_text().split() if x.strip()]


def draw(seed: str, *exclude: str) -> None:
    annotated = {p.stem for p in (EVAL / "annotated").glob("*.yaml")}
    taken = annotated | {i for f in exclude for i in read_ids(f)}
    pool = collections.defaultdict(list)
    for idn, r in sorted(rows().items()):
        if idn not in taken and not r.get("duplicate_of") and len(r["text"].split()) >= 120:
            pool[idn.split("-")[0]].append(idn)
    rng = random.Random(int(seed))
    for key in SETS:
        if len(pool[key]) < 11:  # the development sets are finite: a pool may run low after many draws
            print(f"only {len(pool[key])} {key} rows are left to draw", file=sys.stderr)
        for idn in sorted(rng.sample(pool[key], min(11, len(pool[key])))):
            print(idn)


def show(outdir: Path, ids: list[str]) -> subprocess.CompletedProcess[str]:
    seeds = [str(outdir / "seeds" / f"{i}.md") for i in ids]
    return subprocess.run([str(PROJECT / ".venv/bin/briefing"), "show", *seeds, "--format", "json"],
                          capture_output=True, text=True, cwd=PROJECT)


def drop_hidden_quotes(outdir: Path, ids: list[str]) -> list[str]:
    """Take off the sheets the quotations a briefing keeps but does not show; the ids the generator briefs."""
    res = show(outdir, ids)
    refused = {Path(x.split(":")[1].strip()).stem for x in res.stderr.splitlines() if x.startswith("error: ")}
    if refused:  # a row the generator refuses (not English, say) has no briefing to judge
        print(f"refused by the generator, left out: {', '.join(sorted(refused))}")
        ids = [i for i in ids if i not in refused]
        for i in refused:
            (outdir / "sheets" / f"{i}.json").unlink(missing_ok=True)
        res = show(outdir, ids)
    res.check_returncode()
    hidden = collections.defaultdict(set)
    for b in map(json.loads, res.stdout.splitlines()):
        idn = Path(b["source"]["path"]).stem
        for a in b.get("actors") or []:
            for q in a.get("quotes") or []:
                if not q.get("shown", True):
                    hidden[idn].add(f"\u201c{q['text']}\u201d \u2014 attributed to {a['name']}")
    for idn in ids:
        path = outdir / "sheets" / f"{idn}.json"
        sheet = json.loads(path.read_text(encoding="utf-8"))
        kept = [x for x in sheet["lines"] if not (x["section"] == "quote" and x["line"] in hidden[idn])]
        for n, x in enumerate(kept, 1):
            x["n"] = n
        sheet["lines"] = kept
        path.write_text(json.dumps(sheet, ensure_ascii=False, indent=1), encoding="utf-8")
    return ids


def sheets(out: str, ids_file: str) -> None:
    outdir = Path(out)
    ids = read_ids(ids_file)
    subprocess.run([sys.executable, str(SHARED / "review" / "make_sheets.py"), str(PROJECT), str(outdir), *ids],
                   check=True)
    ids = drop_hidden_quotes(outdir, ids)
    for i, idn in enumerate(ids):
        path = outdir / "sheets" / f"{idn}.json"
        group = outdir / f"g{i % 3 + 1}"
        group.mkdir(exist_ok=True)
        shutil.copy(path, group / path.name)
    print(f"{len(ids)} sheets; groups {', '.join(str(outdir / f'g{k}') for k in (1, 2, 3))}")


def refuse_hidden(*paths: str) -> None:
    for p in paths:
        if HIDDEN in p:
            sys.exit(f"{p}: this review is kept unread; aggregate.py gives its totals")


def join(out: str, dest: str) -> None:
    refuse_hidden(out, dest)
    with open(dest, "w", encoding="utf-8") as f:
        for path in sorted(Path(out, "verdicts").glob("*.json")):
            v = json.loads(path.read_text(encoding="utf-8"))
            sheet = json.loads((Path(out) / "sheets" / path.name).read_text(encoding="utf-8"))
            lines = {x["n"]: x for x in sheet["lines"]}
            for x in v["verdicts"]:
                line = lines.get(x["n"], {})
                f.write(json.dumps({"id": v["id"], "n": x["n"], "section": line.get("section"),
                                    "line": line.get("line"), "v": x["v"], "why": x.get("why", "")},
                                   ensure_ascii=False) + "\n")


def load(path: str) -> list[dict]:
    return [json.loads(x) for x in open(path, encoding="utf-8")]


def compare(a: str, b: str) -> None:
    refuse_hidden(a, b)
    old, new = load(a), load(b)
    for name, data in (("A", old), ("B", new)):
        by = collections.defaultdict(collections.Counter)
        for x in data:
            by[x["section"]][x["v"]] += 1
            by["all"][x["v"]] += 1
        print(name, "  ".join(f"{s} {100 * c['ok'] / sum(c.values()):.0f}% of {sum(c.values())}"
                              for s, c in sorted(by.items())))
    keys_old = {(x["id"], x["section"], x["line"]): x for x in old}
    keys_new = {(x["id"], x["section"], x["line"]): x for x in new}
    same = keys_old.keys() & keys_new.keys()
    agree = sum(keys_old[k]["v"] == keys_new[k]["v"] for k in same)
    print(f"{len(same)} lines in both; judged the same {agree} ({100 * agree / max(len(same), 1):.0f}%)")
    for label, keys, src in (("went", keys_old.keys() - keys_new.keys(), keys_old),
                             ("came", keys_new.keys() - keys_old.keys(), keys_new)):
        print(f"-- {label}: {len(keys)}", dict(collections.Counter(src[k]["v"] for k in keys)))
        for k in sorted(keys):
            print(f"  [{src[k]['v']}] {k[0]} {k[1]}: {k[2]}  -- {src[k]['why']}")


def lines(ids_file: str, dest: str) -> None:
    refuse_hidden(ids_file)
    with tempfile.TemporaryDirectory(prefix="review-lines-") as scratch:  # one of its own per run
        tmp = Path(scratch)
        ids = read_ids(ids_file)
        subprocess.run([sys.executable, str(SHARED / "review" / "make_sheets.py"), str(PROJECT), str(tmp), *ids],
                       check=True, capture_output=True)
        drop_hidden_quotes(tmp, ids)
        with open(dest, "w", encoding="utf-8") as f:
            for path in sorted((tmp / "sheets").glob("*.json")):
                for x in json.loads(path.read_text(encoding="utf-8"))["lines"]:
                    f.write(f"{path.stem}\t{x['section']}\t{x['line']}\n")


def judged(out: str) -> dict[tuple[str, str, str], list[str]]:
    """Every judged line of a review folder, keyed by article, section and text, with its verdicts."""
    found: dict[tuple[str, str, str], list[str]] = {}
    for sheet in sorted(Path(out, "sheets").glob("*.json")):
        verdicts = Path(out, "verdicts", sheet.name)
        if not verdicts.exists():
            continue
        given = {x["n"]: x["v"] for x in json.loads(verdicts.read_text(encoding="utf-8"))["verdicts"]}
        for x in json.loads(sheet.read_text(encoding="utf-8"))["lines"]:
            found.setdefault((sheet.stem, x["section"], x["line"]), []).append(given.get(x["n"], "?"))
    return found


def counts(a: str, b: str) -> None:
    before, after = judged(a), judged(b)
    went, came = before.keys() - after.keys(), after.keys() - before.keys()
    stayed = [(before[k][0], after[k][0]) for k in before.keys() & after.keys()]
    print(f"lines: {sum(map(len, before.values()))} before, {sum(map(len, after.values()))} after")
    print("went:", dict(collections.Counter(v for k in went for v in before[k])))
    print("came:", dict(collections.Counter(v for k in came for v in after[k])))
    print(f"in both: {len(stayed)}, same verdict {sum(x == y for x, y in stayed)} (how far reviewers agree)")
    for section in sorted({k[1] for k in went | came}):
        print(f"  {section}: went", dict(collections.Counter(v for k in went if k[1] == section for v in before[k])),
              "came", dict(collections.Counter(v for k in came if k[1] == section for v in after[k])))


if __name__ == "__main__":
    commands = {"draw": draw, "sheets": sheets, "join": join, "compare": compare, "lines": lines, "counts": counts}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](*sys.argv[2:])
