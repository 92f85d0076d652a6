"""The article's experiments, written afresh for the kit, so lessons can measure Python beside C# on one machine.

Usage: python3 article_runs.py EXPERIMENT [--items N] [--wait SECONDS] [--size N] [--threads 1,2,4]
Each item line goes to standard output as it finishes ("ITEM RESULT"); the last line is JSON with the timings.
"""
import concurrent.futures
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


def timed_cores(run):
    """Wall time of run, and how many cores this process kept busy meanwhile (its CPU time over the wall time).

    A busy machine can only lower the second figure, so it tells threads that ran at once from threads that took
    turns even where a wall-time speedup is lost in the noise."""
    cpu = time.process_time()
    seconds = timed(run)
    return seconds, (time.process_time() - cpu) / seconds


def serial(items, wait):
    for item in range(items):
        article_item(item, wait)


def start_all_then_join(make, target, arguments):
    """One thread or process per argument tuple, all started, then all joined: the shape of every per-item run here."""
    workers = [make(target=target, args=args) for args in arguments]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def process_per_item(items, wait):
    start_all_then_join(multiprocessing.Process, article_item, [(item, wait) for item in range(items)])


def pool_map(items, wait, workers=None):
    with multiprocessing.Pool(workers) as pool:
        pool.starmap(article_item, [(item, wait) for item in range(items)])


def cpu_threads(items, size):
    start_all_then_join(threading.Thread, count_primes, [(size,)] * items)


def sleep_threads(items, wait):
    """The article's sleeping items, one thread per item: time.sleep releases the GIL, so the waits overlap."""
    start_all_then_join(threading.Thread, article_item, [(item, wait) for item in range(items)])


def cpu_sweep(items, size, thread_counts):
    """CPU-bound items on pools of 1, 2, 4 ... threads, each against one thread: a figure per thread count."""
    result = {"serial_seconds": timed(lambda: [count_primes(size) for _ in range(items)])}
    for count in thread_counts:
        with concurrent.futures.ThreadPoolExecutor(max_workers=count) as threads:
            seconds, cores = timed_cores(lambda: list(threads.map(count_primes, [size] * items)))
        result[f"threads_{count}_seconds"] = seconds
        result[f"threads_{count}_cores"] = cores
        result[f"threads_{count}_speedup"] = result["serial_seconds"] / seconds
    return result


def running_turns(size, index, start, segments, lock):
    """Counts primes like count_primes, noting each stretch of time this thread really ran.

    A gap of more than half a millisecond between two checks means another thread held the GIL (or the core)
    meanwhile, so the stretch ends there and a new one begins when this thread runs again."""
    gap = 0.0005
    first = last = time.perf_counter()
    mine = []
    count = 0
    for n in range(2, size):
        if n % 64 == 0:
            now = time.perf_counter()
            if now - last > gap:
                mine.append((first - start, last - start))
                first = now
            last = now
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    mine.append((first - start, time.perf_counter() - start))
    with lock:
        segments.extend([index, a, b] for a, b in mine)
    return count


def thread_turns(items, size):
    """One thread per CPU-bound item, recording when each thread ran: under the GIL they take turns."""
    segments = []
    lock = threading.Lock()
    start = time.perf_counter()
    start_all_then_join(threading.Thread, running_turns, [(size, i, start, segments, lock) for i in range(items)])
    return time.perf_counter() - start, segments


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
    start_all_then_join(fork_context().Process, article_item, [(item, 0) for item in range(items)])


def tiny_pool(items):
    with fork_context().Pool() as pool:
        pool.starmap(article_item, [(item, 0) for item in range(items)])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("experiment", choices=["serial", "process", "pool", "threads", "nosleep", "cpu", "cpusweep", "turns", "startcost", "tiny"])
    parser.add_argument("--items", type=int, default=10)
    parser.add_argument("--wait", type=float, default=2.0)
    parser.add_argument("--size", type=int, default=200_000)
    parser.add_argument("--threads", default="1,2")
    args = parser.parse_args()

    result = {"experiment": args.experiment, "cores": multiprocessing.cpu_count(), "python": sys.version.split()[0]}
    if args.experiment == "serial":
        result["seconds"] = timed(lambda: serial(args.items, args.wait))
    elif args.experiment == "process":
        result["seconds"] = timed(lambda: process_per_item(args.items, args.wait))
    elif args.experiment == "pool":
        result["seconds"] = timed(lambda: pool_map(args.items, args.wait))
    elif args.experiment == "threads":
        result["seconds"] = timed(lambda: sleep_threads(args.items, args.wait))
    elif args.experiment == "nosleep":
        result["process_seconds"] = timed(lambda: process_per_item(args.items, 0))
        result["pool_seconds"] = timed(lambda: pool_map(args.items, 0))
        result["pool_speedup"] = result["process_seconds"] / result["pool_seconds"]
    elif args.experiment == "tiny":
        # The article's item without its sleep, through one process per item and through a pool, both forked:
        # what remains is the cost of the processes themselves.
        result["start_method"] = fork_context().get_start_method()
        result["process_seconds"] = timed(lambda: tiny_process(args.items))
        result["pool_seconds"] = timed(lambda: tiny_pool(args.items))
    elif args.experiment == "cpu":
        result["serial_seconds"] = timed(lambda: [count_primes(args.size) for _ in range(args.items)])
        result["threads_seconds"], result["threads_cores"] = timed_cores(lambda: cpu_threads(args.items, args.size))
        result["pool_seconds"] = timed(lambda: cpu_pool(args.items, args.size))
        result["threads_speedup"] = result["serial_seconds"] / result["threads_seconds"]
        result["pool_speedup"] = result["serial_seconds"] / result["pool_seconds"]
    elif args.experiment == "cpusweep":
        result.update(cpu_sweep(args.items, args.size, [int(c) for c in args.threads.split(",")]))
    elif args.experiment == "turns":
        result["seconds"], result["segments"] = thread_turns(args.items, args.size)
    elif args.experiment == "startcost":
        # fork exists only where the OS has it (not on Windows); spawn exists everywhere. Report what was measured.
        for method in ("fork", "spawn"):
            if method in multiprocessing.get_all_start_methods():
                result[f"{method}_seconds"] = start_cost(method)
                result[f"{method}_ms"] = result[f"{method}_seconds"] * 1000
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
