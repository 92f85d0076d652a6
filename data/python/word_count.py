"""Lesson 12's job in Python, for comparison with the C# runners: count the words of each file, one file after
another (serial) or with multiprocessing's Pool.map over the file names (pool). Written for this kit; the word rule
and the result line are the same as the C# function's, so the two can be compared result by result.

    python3 word_count.py serial|pool FILE...

Prints one line per file (PATH, a tab, the result), then one JSON line with the wall time and the pool's size."""
import json
import os
import re
import sys
import time
from collections import Counter
from multiprocessing import Pool

WORD = re.compile(r"[a-z']+")


def count_words(path):
    with open(path, encoding="utf-8") as text:
        counts = Counter(WORD.findall(text.read().lower()))
    top, times = counts.most_common(1)[0]
    return f"{sum(counts.values())} words, '{top}' {times} times"


def main():
    mode, paths = sys.argv[1], sys.argv[2:]
    start = time.perf_counter()
    if mode == "serial":
        results, workers = [count_words(path) for path in paths], 1
    elif mode == "pool":
        # Pool() starts one worker per logical CPU, and map picks its own chunk size, as in the article.
        with Pool() as pool:
            results = pool.map(count_words, paths)
        workers = os.cpu_count()
    else:
        sys.exit(f"unknown mode {mode}; expected serial or pool")
    seconds = time.perf_counter() - start
    for path, result in zip(paths, results):
        print(f"{path}\t{result}")
    print(json.dumps({"seconds": seconds, "workers": workers}))


if __name__ == "__main__":
    main()
