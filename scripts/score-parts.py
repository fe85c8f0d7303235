#!/usr/bin/env python3
"""Score answer status and question parts against the project's gold (eval/README.md, "Answer status
and question parts").

    scripts/score-parts.py [--cmd 'PODIUM COMMAND WITH {}'] [--gold DIR] [--corpus DIR] [--json]
    scripts/score-parts.py --list          the gold files that annotate status and parts
    scripts/score-parts.py GOLD.json PREDICTED.json   one document, its figures as JSON

Only gold files whose exchanges carry `status` are scored. Turns are matched as ../shared/eval/score.py
matches them (the first 12 letters or digits of a turn's text); a gold exchange is matched to the
predicted exchange whose question is the matched turn. Printed per document and as a mean:

  status_acc  gold exchanges whose predicted exchange has the same status (a missed exchange is wrong)
  part_f1     question parts, matched by exchange and by marker + first words read together
  link_f1     part-paragraph links: [answer turn, first words of the paragraph]

Nothing is built: the default command is `.build/release/podium parse --format json {}`.
Exits 0 with a message when ../shared is missing.
"""
import json
import os
import shlex
import subprocess
import sys
import unicodedata

KEY = 12  # letters or digits of a turn or paragraph start that must match, as score.py
PKEY = 6  # letters or digits of a part's first words that must match, as score.py's points

METRICS = ["status_acc", "part_f1", "link_f1"]


def norm(text):
    text = unicodedata.normalize("NFKC", text or "").lower()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")


def paragraph_text(paragraph):
    return paragraph if isinstance(paragraph, str) else paragraph.get("text", "")


def turn_text(turn):
    paragraphs = turn.get("paragraphs")
    if paragraphs is None:
        paragraphs = [turn.get("text", "")]
    return norm("".join(paragraph_text(p) for p in paragraphs))


def part_key(marker, text):
    m, t = norm(marker), norm(text)
    return t if t.startswith(m) else m + t


def f1(hits, predicted, expected):
    precision = hits / predicted if predicted else (1.0 if expected == 0 else 0.0)
    recall = hits / expected if expected else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def is_annotated(gold):
    exchanges = gold.get("exchanges", [])
    return bool(exchanges) and all("status" in e for e in exchanges)


def match_turns(gold_turns, predicted_turns):
    texts = [turn_text(t) for t in predicted_turns]
    gold_to_predicted, used = {}, set()
    for gi, turn in enumerate(gold_turns):
        key = norm(turn["start"])[:KEY]
        for pi, text in enumerate(texts):
            if pi not in used and text.startswith(key):
                gold_to_predicted[gi] = pi
                used.add(pi)
                break
    return gold_to_predicted


def score(gold, predicted):
    turns = predicted.get("turns", [])
    g2p = match_turns(gold["turns"], turns)
    by_question = {e.get("question"): e for e in predicted.get("exchanges", [])}
    status_hits = 0
    part_hits = link_hits = 0
    gold_parts = gold_links = 0
    predicted_parts = predicted_links = 0
    for exchange in predicted.get("exchanges", []):
        for part in exchange.get("parts") or []:
            predicted_parts += 1
            predicted_links += len(part.get("answers") or [])
    for exchange in gold.get("exchanges", []):
        match = by_question.get(g2p.get(exchange["question"], -1))
        if match is not None and match.get("status", "answered") == exchange["status"]:
            status_hits += 1
        candidates = list((match or {}).get("parts") or [])
        for part in exchange.get("parts") or []:
            gold_parts += 1
            gold_links += len(part.get("answers") or [])
            key = part_key(part["marker"], part["start"])[: len(norm(part["marker"])) + PKEY]
            found = None
            for k, candidate in enumerate(candidates):
                if candidate is not None and part_key(candidate.get("marker", ""), candidate.get("text", "")).startswith(key):
                    found, candidates[k] = candidate, None
                    break
            if found is None:
                continue
            part_hits += 1
            links = [
                (link.get("turn"), norm(paragraph_text(turns[link["turn"]]["paragraphs"][link["paragraph"]])))
                for link in found.get("answers") or []
                if 0 <= link.get("turn", -1) < len(turns)
                and 0 <= link.get("paragraph", -1) < len(turns[link["turn"]].get("paragraphs", []))
            ]
            for turn, start in part.get("answers") or []:
                wanted = (g2p.get(turn, -1), norm(start)[:KEY])
                for k, link in enumerate(links):
                    if link is not None and link[0] == wanted[0] and link[1].startswith(wanted[1]):
                        link_hits += 1
                        links[k] = None
                        break
    exchanges = gold.get("exchanges", [])
    return {
        "status_acc": status_hits / len(exchanges) if exchanges else 1.0,
        "part_f1": f1(part_hits, predicted_parts, gold_parts),
        "link_f1": f1(link_hits, predicted_links, gold_links),
        "gold_exchanges": len(exchanges),
        "deflected": sum(1 for e in exchanges if e["status"] == "deflected"),
        "gold_parts": gold_parts,
        "predicted_parts": predicted_parts,
    }


def main(argv):
    if argv and argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    if len(argv) == 2 and all(a.endswith(".json") for a in argv):
        with open(argv[0], encoding="utf-8") as gold, open(argv[1], encoding="utf-8") as predicted:
            print(json.dumps(score(json.load(gold), json.load(predicted)), indent=1))
        return 0
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    options = {"--cmd": ".build/release/podium parse --format json {}", "--gold": os.path.join(repo, "eval", "gold"),
               "--corpus": os.path.join(repo, "..", "shared", "corpus")}
    flags = {a for a in argv if a in ("--list", "--json")}
    rest = [a for a in argv if a not in flags]
    options.update(zip(rest[0::2], rest[1::2]))
    golds = []
    for name in sorted(os.listdir(options["--gold"])):
        if name.endswith(".json"):
            with open(os.path.join(options["--gold"], name), encoding="utf-8") as file:
                gold = json.load(file)
            if is_annotated(gold):
                golds.append(gold)
    if "--list" in flags:
        for gold in golds:
            print(gold["document"])
        return 0
    if not os.path.isdir(options["--corpus"]):
        print("score-parts.py: ../shared/corpus not found next to the repository; nothing to score.")
        return 0
    rows = []
    for gold in golds:
        raw = os.path.join(options["--corpus"], gold["document"])
        try:
            out = subprocess.run(options["--cmd"].replace("{}", shlex.quote(raw)), shell=True, cwd=repo,
                                 capture_output=True, timeout=120, check=True).stdout
            result = score(gold, json.loads(out))
        except Exception as error:  # a crash or bad JSON scores zero
            result = {m: 0.0 for m in METRICS}
            result["error"] = str(error)[:200]
        rows.append((gold["document"], result))
    mean = {m: sum(r[m] for _, r in rows) / len(rows) for m in METRICS} if rows else {m: 0.0 for m in METRICS}
    if "--json" in flags:
        print(json.dumps({"documents": {d: r for d, r in rows}, "mean": mean}, ensure_ascii=False, indent=1))
        return 0
    print(f"{'document':60s} " + " ".join(f"{m:>11s}" for m in METRICS) + "  exchanges deflected parts")
    for document, r in rows:
        print(f"{document[-60:]:60s} " + " ".join(f"{r[m]:11.3f}" for m in METRICS)
              + (f"  {r['gold_exchanges']:9d} {r['deflected']:9d} {r['gold_parts']:5d}" if "error" not in r else "  " + r["error"]))
    print(f"{'MEAN':60s} " + " ".join(f"{mean[m]:11.3f}" for m in METRICS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
