#!/usr/bin/env python3
"""Writes crates/engine/data/people.txt: English nouns whose usual sense is a person
("functionary", "sailor", "civilian"), from WordNet 3.0 (Debian package wordnet-base,
/usr/share/wordnet). The engine reads the list to tell a count of people ("1,500
functionaries") from a count of things or groups ("96 families", "18 countries").

A noun is kept when one of its first three senses is a hyponym of person.n.01, where
WordNet ranks a noun's senses by frequency; where it ranks none of them, when at least half
of its senses are persons, or the first of at most three;
single words only, lowercase, letters only. Run: python3 scripts/wordnet_people.py
"""
import os
import sys

WN = os.environ.get("WNHOME", "/usr/share/wordnet")
PERSON = "00007846"
SENSES = 3


def main():
    hypernyms = {}  # synset offset -> hypernym offsets (@ and @i)
    with open(os.path.join(WN, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            head = line.split("|")[0].split()
            offset, words = head[0], int(head[3], 16)
            i = 4 + 2 * words
            pointers = int(head[i])
            ups = []
            for k in range(pointers):
                sym, target, pos = head[i + 1 + 4 * k: i + 4 + 4 * k]
                if sym == "@" and pos == "n":
                    ups.append(target)
            hypernyms[offset] = ups
    memo = {PERSON: True}

    def is_person(offset, depth=0):
        if offset in memo:
            return memo[offset]
        memo[offset] = False  # guards cycles
        found = depth < 30 and any(is_person(u, depth + 1) for u in hypernyms.get(offset, []))
        memo[offset] = found
        return found

    out = []
    with open(os.path.join(WN, "index.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma = parts[0]
            if not lemma.isalpha() or not lemma.islower():
                continue
            synsets = int(parts[2])
            offsets = parts[-synsets:]
            # (the tagged-sense count: how many senses WordNet ranks by frequency; with
            # none ranked, their order says little: "trailer" and "torpedo" list a rare
            # person sense first among four and seven. Then at least half the senses must
            # be persons, or the first of at most three: "stoker", "armenian")
            tagged = int(parts[-synsets - 1])
            person = [is_person(o) for o in offsets]
            if tagged == 0:
                keep = 2 * sum(person) >= len(person) or (person[0] and len(person) <= 3)
            else:
                keep = any(person[:SENSES])
            if keep:
                out.append(lemma)
    dest = os.path.join(os.path.dirname(__file__), "..", "crates", "engine", "data", "people.txt")
    with open(dest, "w", encoding="utf-8") as f:
        f.write("# Nouns whose usual sense is a person, from WordNet 3.0 (see scripts/wordnet_people.py).\n")
        f.write("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence: WORDNET-LICENSE.\n")
        for w in sorted(out):
            f.write(w + "\n")
    print(f"{len(out)} nouns -> {os.path.normpath(dest)}", file=sys.stderr)


if __name__ == "__main__":
    main()
