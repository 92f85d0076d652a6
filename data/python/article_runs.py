"""The article's experiments, written afresh for the kit, so lessons can measure Python beside C# on one machine.

Usage: python3 article_runs.py EXPERIMENT [--items N] [--wait SECONDS] [--size N]
Each item line goes to standard output as it finishes ("ITEM RESULT"); the last line is JSON with the timings.
"""
import argparse
import json
import multiprocessing
import sys
import threading
import time


def classify(square):
    if square == 0:
        return "zero"
    return "even" if square % 2 == 0 else "odd"


def article_item(item, wait):
    square = item * item
    if wait > 0:
        time.sleep(wait)
    # One write per line, so lines of processes writing at once do not interleave.
    sys.stdout.write(f"{item} {classify(square)}\n")
    sys.stdout.flush()


def count_primes(below):
    count = 0
    for n in range(2, below):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


def timed(run):
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def serial(items, wait):
    for item in range(items):
        article_item(item, wait)


def process_per_item(items, wait):
    processes = [multiprocessing.Process(target=article_item, args=(item, wait)) for item in range(items)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()


def pool_map(items, wait, workers=None):
    with multiprocessing.Pool(workers) as pool:
        pool.starmap(article_item, [(item, wait) for item in range(items)])


def threads_per_item(items, wait):
    threads = [threading.Thread(target=article_item, args=(item, wait)) for item in range(items)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def cpu_threads(items, size):
    threads = [threading.Thread(target=count_primes, args=(size,)) for _ in range(items)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def cpu_pool(items, size):
    with multiprocessing.Pool() as pool:
        pool.map(count_primes, [size] * items)


def start_cost(method, samples=10):
    context = multiprocessing.get_context(method)
    times = []
    for _ in range(samples + 1):
        start = time.perf_counter()
        p = context.Process(target=int)
        p.start()
        p.join()
        times.append(time.perf_counter() - start)
    times = sorted(times[1:])
    return times[len(times) // 2]


def fork_context():
    """Fork where the system has it (the article's Linux default), the platform's default elsewhere."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def tiny_process(items):
    context = fork_context()
    processes = [context.Process(target=article_item, args=(item, 0)) for item in range(items)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()


def tiny_pool(items):
    with fork_context().Pool() as pool:
        pool.starmap(article_item, [(item, 0) for item in range(items)])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("experiment", choices=["serial", "process", "pool", "threads", "nosleep", "cpu", "startcost", "tiny"])
    parser.add_argument("--items", type=int, default=10)
    parser.add_argument("--wait", type=float, default=2.0)
    parser.add_argument("--size", type=int, default=200_000)
    args = parser.parse_args()

    result = {"experiment": args.experiment, "cores": multiprocessing.cpu_count(), "python": sys.version.split()[0]}
    if args.experiment == "serial":
        result["seconds"] = timed(lambda: serial(args.items, args.wait))
    elif args.experiment == "process":
        result["seconds"] = timed(lambda: process_per_item(args.items, args.wait))
    elif args.experiment == "pool":
        result["seconds"] = timed(lambda: pool_map(args.items, args.wait))
    elif args.experiment == "threads":
        # A sleeping thread releases the GIL, so waiting items overlap on threads as they do on processes.
        result["seconds"] = timed(lambda: threads_per_item(args.items, args.wait))
    elif args.experiment == "nosleep":
        result["process_seconds"] = timed(lambda: process_per_item(args.items, 0))
        result["pool_seconds"] = timed(lambda: pool_map(args.items, 0))
    elif args.experiment == "tiny":
        # The article's item without its sleep, through one process per item and through a pool, both forked:
        # what remains is the cost of the processes themselves.
        result["start_method"] = fork_context().get_start_method()
        result["process_seconds"] = timed(lambda: tiny_process(args.items))
        result["pool_seconds"] = timed(lambda: tiny_pool(args.items))
    elif args.experiment == "cpu":
        result["serial_seconds"] = timed(lambda: [count_primes(args.size) for _ in range(args.items)])
        result["threads_seconds"] = timed(lambda: cpu_threads(args.items, args.size))
        result["pool_seconds"] = timed(lambda: cpu_pool(args.items, args.size))
    elif args.experiment == "startcost":
        # fork exists only where the OS has it (not on Windows); spawn exists everywhere. Report what was measured.
        for method in ("fork", "spawn"):
            if method in multiprocessing.get_all_start_methods():
                result[f"{method}_seconds"] = start_cost(method)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
