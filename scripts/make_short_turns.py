#!/usr/bin/env python3
"""Write a plain-text transcript of many short turns, the shape that costs most per byte.

    scripts/make_short_turns.py OUT [TURNS]     # default 200,000 turns (about 6.5 MB)

Each turn is two lines, a label and one short made-up sentence, between blank lines; eight speakers take
turns in a fixed, repeating order (a moderator, officials and reporters), so every label recurs and
alternates. The sentences vary with the turn's number, so that no line repeats like page furniture. The
output is the same for the same arguments.
"""
import sys

SPEAKERS = ["MODERATOR", "MS. LANE", "Q", "MR. ODUYA", "Q", "DR. KIMURA", "Q", "SECRETARY REYES"]
SUBJECTS = ["We", "They", "The city", "Officials"]
VERBS = ["saw", "expect", "need", "added"]
NOUNS = ["cases", "jobs", "sites", "votes", "beds", "flights"]


def sentence(index: int) -> str:
    noun = NOUNS[(index // 8) % len(NOUNS)]
    if SPEAKERS[index % len(SPEAKERS)] == "Q":
        return f"How many {noun} by May {index % 28 + 1}?"
    return f"{SUBJECTS[index % 4]} {VERBS[(index // 4) % 4]} {index % 97 + 2} {noun}."


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    out = sys.argv[1]
    turns = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
    with open(out, "w", encoding="utf-8") as handle:
        handle.write("Briefing of many short turns\n\n")
        for index in range(turns):
            handle.write(f"{SPEAKERS[index % len(SPEAKERS)]}:\n{sentence(index)}\n\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
