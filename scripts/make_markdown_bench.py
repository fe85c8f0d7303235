#!/usr/bin/env python3
"""Write one long Markdown transcript by repeating the body of a real one, the English counterpart of make_bench.py.

    scripts/make_markdown_bench.py SOURCE OUT [MB]     # default 10 MB

SOURCE is a Markdown transcript (a White House briefing of ../shared/corpus/bulk/wh-briefings, say). Its front
matter, when it has one, is kept once; the body after it is repeated until the output holds about MB megabytes,
a blank line between copies. The output is the same for the same arguments.
"""
import sys


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    source, out = sys.argv[1], sys.argv[2]
    megabytes = float(sys.argv[3]) if len(sys.argv) > 3 else 10
    text = open(source, encoding="utf-8").read()
    front, body = "", text
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            front, body = text[: end + 5], text[end + 5 :]
    body = body.strip("\n") + "\n\n"
    copies = max(1, round(megabytes * 1e6 / len(body.encode("utf-8"))))
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(front + body * copies)
    return 0


if __name__ == "__main__":
    sys.exit(main())
