#!/usr/bin/env python3
"""Exports transcripts with `podium export convokit`, loads the export with convokit.Corpus(filename=...)
and checks it against `podium parse --format jsonl --with-path` of the same files: one conversation per
document that parses, one utterance per turn (same speaker, same text), one speaker per participant who
speaks, every answer replying to its exchange's question, and every conversation one reply tree.

usage: convokit_check.py PODIUM OUTDIR NAME=PATH[,PATH...] ...
Each NAME=PATHS set is exported to OUTDIR/NAME and checked; exits 1 on the first set that differs.
"""
import json
import subprocess
import sys
import warnings

from convokit import Corpus


def run(podium, arguments):
    result = subprocess.run([podium] + arguments, capture_output=True, text=True)
    # 65: some file is not a transcript; it is left out of both outputs, and reported.
    if result.returncode not in (0, 65):
        sys.exit(f"podium {' '.join(arguments)} exited with {result.returncode}: {result.stderr}")
    return result


def check(podium, folder, paths):
    run(podium, ["export", "convokit", *paths, "-o", folder])
    parsed = run(podium, ["parse", *paths, "--format", "jsonl", "--with-path"])
    documents = {}
    for line in parsed.stdout.splitlines():
        record = json.loads(line)
        if "transcript" in record:
            documents[record["path"]] = record["transcript"]

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = Corpus(filename=folder)
    problems = []

    def expect(condition, message):
        if not condition:
            problems.append(message)

    turns = sum(len(d["turns"]) for d in documents.values())
    speaking = sum(len({t["speaker"] for t in d["turns"]}) for d in documents.values())
    expect(len(documents) > 0, "no document parsed")
    expect(len(list(corpus.iter_conversations())) == len(documents),
           f"conversations: {len(list(corpus.iter_conversations()))} != documents {len(documents)}")
    expect(len(list(corpus.iter_utterances())) == turns, f"utterances: {len(list(corpus.iter_utterances()))} != turns {turns}")
    expect(len(list(corpus.iter_speakers())) == speaking, f"speakers: {len(list(corpus.iter_speakers()))} != speaking participants {speaking}")

    replies = 0
    for conversation in corpus.iter_conversations():
        path = conversation.meta["file"]
        document = documents.get(path)
        if document is None:
            problems.append(f"conversation {conversation.id}: {path} did not parse")
            continue
        expect(conversation.meta["title"] == document["source"]["title"], f"{path}: title")
        expect(conversation.meta["date"] == document["source"]["date"], f"{path}: date")
        expect(conversation.check_integrity(verbose=False), f"{path}: not one reply tree")
        utterances = conversation.get_chronological_utterance_list()
        expect(len(utterances) == len(document["turns"]), f"{path}: {len(utterances)} utterances, {len(document['turns'])} turns")
        ids = {}
        for utterance, turn in zip(utterances, document["turns"]):
            ids[turn["index"]] = utterance.id
            expect(utterance.text == "\n".join(turn["paragraphs"]), f"{path}: turn {turn['index']} text")
            expect(utterance.speaker.id.endswith("/" + turn["speaker"]), f"{path}: turn {turn['index']} speaker")
            expect(utterance.meta["kind"] == turn["kind"], f"{path}: turn {turn['index']} kind")
        for exchange in document["exchanges"]:
            for answer in exchange["answers"]:
                replies += 1
                expect(corpus.get_utterance(ids[answer]).reply_to == ids[exchange["question"]],
                       f"{path}: answer {answer} does not reply to question {exchange['question']}")
    for problem in problems[:20]:
        print("  " + problem)
    print(f"{folder}: {len(documents)} conversations, {turns} utterances, {speaking} speakers, {replies} answer replies: "
          + ("ok" if not problems else f"{len(problems)} problems"))
    return not problems


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    podium, out = sys.argv[1], sys.argv[2]
    ok = True
    for argument in sys.argv[3:]:
        name, _, paths = argument.partition("=")
        ok = check(podium, f"{out}/{name}", paths.split(",")) and ok
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
