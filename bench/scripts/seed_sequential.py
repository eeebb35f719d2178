"""The seed's sequential string matching (its script 5): every left name against every right
name with python-Levenshtein's ratio, keeping pairs with ratio >= threshold.

usage: seed_sequential.py LEFT_FILE RIGHT_FILE THRESHOLD OUT_CSV
Writes left_index,right_index,ratio (six decimals) sorted by left then right index, the first
three columns of scalebench's pairs.csv, so the two can be compared line by line.
"""
import sys

import Levenshtein


def main():
    left_file, right_file, threshold, out = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
    with open(left_file, encoding="utf-8") as f:
        left = f.read().split("\n")
    with open(right_file, encoding="utf-8") as f:
        right = f.read().split("\n")
    # a trailing newline ends the last line; it does not start an empty string
    if left and left[-1] == "":
        left.pop()
    if right and right[-1] == "":
        right.pop()
    pairs = []
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            r = Levenshtein.ratio(a, b)
            if r >= threshold:
                pairs.append((i, j, r))
    with open(out, "w", encoding="utf-8") as f:
        f.write("left_index,right_index,ratio\n")
        for i, j, r in pairs:
            f.write("%d,%d,%.6f\n" % (i, j, r))
    print("python: %d x %d = %d ratios, %d matches" % (len(left), len(right), len(left) * len(right), len(pairs)))


if __name__ == "__main__":
    main()
