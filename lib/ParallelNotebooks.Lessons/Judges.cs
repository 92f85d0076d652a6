using System.Globalization;

namespace ParallelNotebooks.Lessons;

/// <summary>
/// One judge per claim of the article (<c>data/article-claims.csv</c>): each turns the measurements a lesson made
/// into a <see cref="Judgement"/>, so no verdict is ever chosen in a notebook cell. Where a claim rests on a small
/// difference, its judge takes <see cref="Samples"/> of repeated runs and calls a gap inside their spread
/// <see cref="Verdict.NoDifference"/>.
/// </summary>
public static class Judges
{
    /// <summary>
    /// <c>gil-one-thread</c>: CPython's threads keep one core busy however many run, so CPU-bound work needs processes.
    /// Judged from how many cores Python's threads kept busy here (their CPU time over their wall time: a busy machine
    /// can only lower it); C#'s threads are the contrast, not the evidence.
    /// </summary>
    /// <param name="pythonThreadsCores">Cores Python's threads kept busy on CPU-bound items, or <see langword="null"/> without python3.</param>
    /// <param name="pythonThreads">Python threads' speedup over one thread, for the note.</param>
    /// <param name="pythonProcesses">Python's <c>Pool</c> speedup on the same items, for the note.</param>
    /// <param name="csharpThreads">C# threads' speedup on CPU-bound items.</param>
    /// <param name="ideal">The most speedup the items allow here: the core count, or the item count when smaller.</param>
    public static Judgement GilOneThread(double? pythonThreadsCores, double? pythonThreads, double? pythonProcesses, double csharpThreads, double ideal)
    {
        const string Id = "gil-one-thread";
        var contrast = I($"C# threads reached {csharpThreads:0.00}x of an ideal {ideal:0.##}x");
        if (ideal < 1.5)
        {
            return new(Id, Verdict.NotTestableHere, $"One core: no threads run at once in any language, so the GIL cannot show. {contrast}.");
        }

        if (pythonThreadsCores is not { } cores)
        {
            return new(Id, Verdict.NotTestableHere, $"{Python.Describe}, so CPython's threads were not measured here. {contrast}.");
        }

        var python = I($"Python threads kept {cores:0.00} cores busy and ran {pythonThreads ?? double.NaN:0.00}x as fast as one thread; Python processes {pythonProcesses ?? double.NaN:0.00}x");
        return TurnsVerdict(Id, cores, ideal, python, contrast, csharpThreads);
    }

    /// <summary>
    /// <c>speedup-below-proportional</c>: the start-up of processes keeps the speedup below the worker count, most on
    /// short items.
    /// </summary>
    /// <param name="efficiencies">Ideal over measured time of one process per item, from the shortest items to the longest.</param>
    public static Judgement SpeedupBelowProportional(IReadOnlyList<double> efficiencies)
    {
        const string Id = "speedup-below-proportional";
        ArgumentNullException.ThrowIfNull(efficiencies);
        ArgumentOutOfRangeException.ThrowIfLessThan(efficiencies.Count, 2, nameof(efficiencies));
        var (shortest, longest) = (efficiencies[0], efficiencies[^1]);
        var measured = Samples.Of(shortest);
        var figures = I($"one process per item reached {shortest:0.00} of the ideal on the shortest items and {longest:0.00} on the longest");
        if (efficiencies.Any(e => e >= 1))
        {
            return new(Id, Verdict.DoesNotHold, $"Some run matched its ideal, so starting processes cost nothing measurable: {figures}.") { Measured = measured };
        }

        return Samples.Compare(Samples.Of(shortest), Samples.Of(longest)) == Difference.FirstLower
            ? new(Id, Verdict.Holds, $"Start-up always cost something, most on short items: {figures}.") { Measured = measured }
            : new(Id, Verdict.NoDifference, $"Start-up cost something, but no more on short items than on long ones: {figures}.") { Measured = measured };
    }

    /// <summary>
    /// <c>three-requirements</c>: only independent, order-free sections that return nothing needed later can run in
    /// parallel. Rule 1 is shown by a race; rule 3 is tested by whether parallel results reach the caller intact.
    /// </summary>
    /// <param name="historyStepsDiffering">Steps of a running balance computed in parallel that differ from the serial history.</param>
    /// <param name="lostUpdates">Increments a shared counter lost without a lock.</param>
    /// <param name="returned">Results a parallel run handed back, in the order the caller received them.</param>
    /// <param name="expected">The results of the same items computed one after another.</param>
    public static Judgement ThreeRequirements(int historyStepsDiffering, long lostUpdates, IReadOnlyList<string> returned, IReadOnlyList<string> expected)
    {
        const string Id = "three-requirements";
        ArgumentNullException.ThrowIfNull(returned);
        ArgumentNullException.ThrowIfNull(expected);
        var intact = returned.Zip(expected).Count(p => p.First == p.Second);
        var measured = Samples.Of(intact);
        var race = $"{historyStepsDiffering} steps of a running balance came out wrong and a shared counter lost {lostUpdates} increments";
        if (historyStepsDiffering == 0 && lostUpdates == 0)
        {
            // The results intact are measured all the same, but rule 3 says nothing without rule 1 beside it.
            return new(Id, Verdict.NotTestableHere, $"No race showed in this run (0 wrong steps, 0 lost increments), so rule 1 could not be shown; the {intact} of {expected.Count} results intact speak to rule 3 only. Run it again, or on more cores.") { Measured = measured };
        }

        return intact == expected.Count && returned.Count == expected.Count
            ? new(Id, Verdict.HoldsDifferentlyInCSharp, $"Rule 1 stands ({race}), but rule 3 does not bind C#: {intact} of {expected.Count} parallel results reached the caller intact, each in its own slot.") { Measured = measured }
            : new(Id, Verdict.Holds, $"Rule 1 stands ({race}), and only {intact} of {expected.Count} parallel results reached the caller intact: rule 3 binds here too.") { Measured = measured };
    }

    /// <summary><c>serial-time</c>: ten items of two seconds take about twenty seconds one after another.</summary>
    /// <param name="measured">The serial run's wall time.</param>
    /// <param name="articleSeconds">The article's figure, scaled like the lesson's waits.</param>
    public static Judgement SerialTime(TimeSpan measured, double articleSeconds)
    {
        const string Id = "serial-time";
        var seconds = measured.TotalSeconds;
        var figures = I($"serial took {seconds:0.000} s against the article's {articleSeconds:0.000} s");
        return Math.Abs(seconds / articleSeconds - 1) <= Samples.DefaultMargin
            ? new(Id, Verdict.Holds, $"The waits add up in any language: {figures}.") { Measured = Samples.Of(seconds) }
            : new(Id, Verdict.DoesNotHold, I($"More than {Samples.DefaultMargin:P0} apart: {figures}.")) { Measured = Samples.Of(seconds) };
    }

    /// <summary><c>serial-cpu-use</c>: the serial loop uses 30 to 40 percent of one core.</summary>
    /// <param name="percentOfOneCore">The CPU time the run used, as a share of its wall time, in percent.</param>
    public static Judgement SerialCpuUse(double percentOfOneCore)
    {
        const string Id = "serial-cpu-use";
        return percentOfOneCore is >= 30 and <= 40
            ? new(Id, Verdict.Holds, I($"The loop kept a core busy {percentOfOneCore:0.0} % of its time, inside the article's 30 to 40 %.")) { Measured = Samples.Of(percentOfOneCore) }
            : new(Id, Verdict.DoesNotHold, I($"The loop kept a core busy {percentOfOneCore:0.0} % of its time: items that sleep leave the CPU idle, so the article's 30 to 40 % cannot come from them.")) { Measured = Samples.Of(percentOfOneCore) };
    }

    /// <summary>
    /// <c>process-time</c>: one process per item runs ten two-second items in about the time of one. It holds when every
    /// item was waiting at the same moment and the run took at most half an item longer than one; starting the processes is the
    /// rest, and it does not shrink with the items, which is why the time alone would misjudge a scaled-down run. Also
    /// says what threads did with the same sleeping items, because the overlap comes from sleeping, not from processes.
    /// </summary>
    /// <param name="perItem">The run of one process per item.</param>
    /// <param name="articleSeconds">The article's figure, scaled like the lesson's waits.</param>
    /// <param name="threadsSeconds">Threads on the same sleeping items (Python's when measured, else C#'s), for the note.</param>
    public static Judgement ProcessTime(RunReport perItem, double articleSeconds, double threadsSeconds)
    {
        const string Id = "process-time";
        ArgumentNullException.ThrowIfNull(perItem);
        var overIdeal = perItem.Wall / perItem.Ideal;
        var startUp = perItem.Wall - perItem.Ideal;
        var measured = Samples.Of(perItem.Wall.TotalSeconds);
        var figures = I($"ten processes took {overIdeal:0.00} times the ideal {perItem.Ideal.TotalSeconds:0.000} s (the article's {articleSeconds:0.000} s), {startUp.TotalMilliseconds:0} ms more");
        var threads = I($"threads on the same items took {threadsSeconds:0.000} s, so the overlap comes from sleeping, not from processes");
        var together = perItem.MaxConcurrency == perItem.ItemCount && perItem.Completed.Count == perItem.ItemCount;
        if (!together)
        {
            return new(Id, Verdict.DoesNotHold, I($"The waits did not all overlap: at most {perItem.MaxConcurrency} of {perItem.ItemCount} items were waiting at once; {figures}; {threads}.")) { Measured = measured };
        }

        return overIdeal <= 1.5
            ? new(Id, Verdict.Holds, $"Every item was waiting at the same moment: {figures}, the cost of starting the processes; {threads}.") { Measured = measured }
            : new(Id, Verdict.DoesNotHold, $"Every item was waiting at the same moment, but starting the processes took more than half an item: {figures}; {threads}.") { Measured = measured };
    }

    /// <summary>
    /// <c>pool-time</c>: the pool ran the ten items in 4.17 s. That time follows from the worker count, so the judge
    /// derives which pool sizes give it and checks the derivation on this machine's pool.
    /// </summary>
    /// <param name="pool">The run of the default pool (one worker per core, <c>Pool.map</c>'s chunk size).</param>
    /// <param name="articleSeconds">The article's figure, scaled like the lesson's waits.</param>
    /// <param name="itemTime">One item's wait.</param>
    public static Judgement PoolTime(RunReport pool, double articleSeconds, TimeSpan itemTime)
    {
        const string Id = "pool-time";
        ArgumentNullException.ThrowIfNull(pool);
        var table = PoolMap.Table(pool.ItemCount, itemTime, 16);
        var matching = PoolMap.Matching(table, TimeSpan.FromSeconds(articleSeconds));
        var here = PoolMap.Round(pool.ItemCount, pool.Workers, itemTime);
        var measured = Samples.Of(pool.Wall.TotalSeconds);
        var ourRun = I($"{pool.Workers} workers here, chunks of {here.ChunkSize}, {here.Rounds} rounds: predicted {here.Predicted.TotalSeconds:0.000} s, measured {pool.Wall.TotalSeconds:0.000} s");
        if (pool.Wall > here.Predicted * 1.1)
        {
            return new(Id, Verdict.DoesNotHold, $"The pool took more than 10 % longer than its rounds predict, so the rounds do not explain its time: {ourRun}.") { Measured = measured };
        }

        if (matching.Count == 0)
        {
            return new(Id, Verdict.DoesNotHold, I($"No pool of 1 to 16 workers predicts the article's {articleSeconds:0.000} s; {ourRun}.")) { Measured = measured };
        }

        var cores = new CoreRange(matching[0].Workers, matching[^1].Workers == table[^1].Workers ? null : matching[^1].Workers);
        var derivation = I($"the article's {articleSeconds:0.000} s is {matching[0].Rounds} rounds, which Pool() gives {cores}");
        return cores.Contains(pool.Workers)
            ? new(Id, Verdict.Holds, $"The rounds explain both: {derivation}; {ourRun}.") { Measured = measured }
            : new(Id, Verdict.DependsOnCores, $"The rounds explain both, but on other core counts: {derivation}; {ourRun}.") { Measured = measured, Cores = cores };
    }

    /// <summary><c>process-beats-pool</c>: with fewer than ten cores one process per item beats the pool on ten long items.</summary>
    /// <param name="perItemSeconds">Wall times of one process per item.</param>
    /// <param name="poolSeconds">Wall times of the default pool.</param>
    /// <param name="cores">This machine's cores.</param>
    public static Judgement ProcessBeatsPool(Samples perItemSeconds, Samples poolSeconds, int cores)
    {
        const string Id = "process-beats-pool";
        ArgumentNullException.ThrowIfNull(perItemSeconds);
        ArgumentNullException.ThrowIfNull(poolSeconds);
        var ratio = Ratio(poolSeconds, perItemSeconds);
        var figures = $"pool {poolSeconds.Describe("0.000", "s")}, one process per item {perItemSeconds.Describe("0.000", "s")}";
        if (cores >= 10)
        {
            return new(Id, Verdict.NotTestableHere, $"The claim is about fewer than 10 cores; this machine has {cores}, so the pool has a worker per item: {figures}.") { Measured = ratio };
        }

        return Samples.Compare(perItemSeconds, poolSeconds) switch
        {
            Difference.FirstLower => new(Id, Verdict.Holds, $"On {cores} cores the pool queued the items: {figures}.") { Measured = ratio },
            Difference.None => new(Id, Verdict.NoDifference, $"On {cores} cores the two were within their spread: {figures}.") { Measured = ratio },
            _ => new(Id, Verdict.DoesNotHold, $"On {cores} cores the pool was faster: {figures}.") { Measured = ratio },
        };
    }

    /// <summary><c>pool-beats-process-tiny-items</c>: without the sleep, the pool beats one process per item.</summary>
    /// <param name="perItemSeconds">Wall times of one process per item on many tiny items.</param>
    /// <param name="poolSeconds">Wall times of the pool on the same items.</param>
    /// <param name="items">How many items each run had.</param>
    public static Judgement PoolBeatsProcessTinyItems(Samples perItemSeconds, Samples poolSeconds, int items)
    {
        const string Id = "pool-beats-process-tiny-items";
        ArgumentNullException.ThrowIfNull(perItemSeconds);
        ArgumentNullException.ThrowIfNull(poolSeconds);
        var ratio = Ratio(perItemSeconds, poolSeconds);
        var figures = $"{items} items without waits: one process per item {perItemSeconds.Describe("0.000", "s")}, pool {poolSeconds.Describe("0.000", "s")}";
        return Samples.Compare(poolSeconds, perItemSeconds) switch
        {
            Difference.FirstLower => new(Id, Verdict.Holds, I($"The pool starts its processes once: {figures}; the pool {ratio.Median:0.0}x faster.")) { Measured = ratio },
            Difference.None => new(Id, Verdict.NoDifference, $"Within the spread: {figures}.") { Measured = ratio },
            _ => new(Id, Verdict.DoesNotHold, $"One process per item was faster: {figures}.") { Measured = ratio },
        };
    }

    /// <summary>
    /// <c>pool-spares-competition</c>: the pool hands a worker new items only when it is free, so processes need not
    /// compete for the cores, as one process per item makes them do on CPU-bound items.
    /// </summary>
    /// <param name="perItemSeconds">Wall times of one process per CPU-bound item.</param>
    /// <param name="poolSeconds">Wall times of the pool (one worker per core) on the same items.</param>
    /// <param name="stretch">How many times longer an item took in the per-item run than in the pool: the competition itself.</param>
    public static Judgement PoolSparesCompetition(Samples perItemSeconds, Samples poolSeconds, double stretch)
    {
        const string Id = "pool-spares-competition";
        ArgumentNullException.ThrowIfNull(perItemSeconds);
        ArgumentNullException.ThrowIfNull(poolSeconds);
        var ratio = Ratio(perItemSeconds, poolSeconds);
        var figures = I($"one process per item {perItemSeconds.Describe("0.000", "s")}, pool {poolSeconds.Describe("0.000", "s")}; competing, each item took {stretch:0.0}x as long");
        return Samples.Compare(poolSeconds, perItemSeconds) switch
        {
            Difference.FirstLower => new(Id, Verdict.Holds, $"Competing processes cost wall time: {figures}.") { Measured = ratio },
            Difference.None => new(Id, Verdict.NoDifference, $"The processes competed, yet the cores stayed busy either way, so the wall time came out the same: {figures}.") { Measured = ratio },
            _ => new(Id, Verdict.DoesNotHold, $"One process per item finished first despite competing: {figures}.") { Measured = ratio },
        };
    }

    /// <summary><c>order-changes</c>: parallel runs finish items in a different order each time, with the same results.</summary>
    /// <param name="finishingOrders">Each run's items in the order they finished (by their end times).</param>
    /// <param name="resultsAlike">Whether every run gave the same result for every item.</param>
    public static Judgement OrderChanges(IReadOnlyList<IReadOnlyList<int>> finishingOrders, bool resultsAlike)
    {
        const string Id = "order-changes";
        ArgumentNullException.ThrowIfNull(finishingOrders);
        var distinct = finishingOrders.Select(o => string.Join(' ', o)).Distinct().Count();
        var measured = Samples.Of(distinct);
        if (!resultsAlike)
        {
            return new(Id, Verdict.DoesNotHold, $"The results themselves differed between runs ({distinct} orders in {finishingOrders.Count} runs).") { Measured = measured };
        }

        return distinct > 1
            ? new(Id, Verdict.Holds, $"{finishingOrders.Count} runs finished in {distinct} different orders; every result was the same each time.") { Measured = measured }
            : new(Id, Verdict.DoesNotHold, $"All {finishingOrders.Count} runs finished in the same order this time (nothing guarantees it); the results were the same.") { Measured = measured };
    }

    /// <summary><c>claim-40h-to-6h</c>: a cloud job went from over 40 hours to 6. The job cannot be rerun here.</summary>
    public static Judgement Claim40hTo6h() => Headline("claim-40h-to-6h", 40, 6, null);

    /// <summary><c>claim-500h-to-4h</c>: a job went from 500 hours to 4 on 128 cores. The job cannot be rerun here.</summary>
    public static Judgement Claim500hTo4h() => Headline("claim-500h-to-4h", 500, 4, 128);

    /// <summary>
    /// A success story of a job we cannot rerun: not testable here, with what Amdahl's law requires of it; it does
    /// not hold where the law rules it out (more speedup than cores).
    /// </summary>
    /// <param name="id">The claim's id.</param>
    /// <param name="hoursBefore">The job's time before.</param>
    /// <param name="hoursAfter">The job's time after.</param>
    /// <param name="cores">The cores it ran on, when the article says.</param>
    public static Judgement Headline(string id, double hoursBefore, double hoursAfter, int? cores)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hoursAfter);
        ArgumentOutOfRangeException.ThrowIfLessThan(hoursBefore, hoursAfter);
        var speedup = hoursBefore / hoursAfter;
        if (cores is { } n)
        {
            if (speedup > n)
            {
                return new(id, Verdict.DoesNotHold, I($"{speedup:0.##}x on {n} cores is more than Amdahl's law allows (at most {n}x)."));
            }

            var fraction = n > 1 ? Amdahl.ParallelFraction(Math.Max(speedup, 1), n) : 0;
            return new(id, Verdict.NotTestableHere, I($"The job cannot be rerun here. Amdahl's law: {speedup:0.##}x on {n} cores needs {fraction:P2} of the work in parallel, so at most {(1 - fraction) * hoursBefore * 60:0.#} minutes of the {hoursBefore:0} hours could run serially."));
        }

        var least = 1 - 1 / speedup;
        return new(id, Verdict.NotTestableHere, I($"The job cannot be rerun here. Amdahl's law: {speedup:0.##}x needs at least {least:P1} of the work in parallel and at least {Math.Ceiling(speedup):0} cores even if all of it were."));
    }

    /// <summary>
    /// <c>threads-not-simultaneous</c>: Python threads take turns, so they do not speed CPU-bound work up. Judged from
    /// the most cores Python's threads kept busy at any thread count measured here; C#'s threads are the contrast.
    /// </summary>
    /// <param name="pythonCores">Cores Python's threads kept busy at each thread count, or <see langword="null"/> without python3.</param>
    /// <param name="csharpSpeedups">C#'s speedup at each thread count.</param>
    /// <param name="cores">This machine's cores.</param>
    public static Judgement ThreadsNotSimultaneous(IReadOnlyList<double>? pythonCores, IReadOnlyList<double> csharpSpeedups, int cores)
    {
        const string Id = "threads-not-simultaneous";
        ArgumentNullException.ThrowIfNull(csharpSpeedups);
        var best = csharpSpeedups.DefaultIfEmpty(1).Max();
        var contrast = I($"C# threads reached at most {best:0.00}x on {cores} cores");
        if (cores < 2)
        {
            return new(Id, Verdict.NotTestableHere, $"One core: threads take turns in any language here. {contrast}.");
        }

        if (pythonCores is not { Count: > 0 })
        {
            return new(Id, Verdict.NotTestableHere, $"{Python.Describe}, so CPython's threads were not measured here. {contrast}.");
        }

        var most = pythonCores.Max();
        return TurnsVerdict(Id, most, cores, I($"Python threads kept at most {most:0.00} cores busy at any thread count"), contrast, best);
    }

    /// <summary>
    /// <c>threads-for-io</c>: threads are the best choice for waiting work because they cost little. Threads must beat
    /// processes beyond the spread; tasks that await are C#'s other answer.
    /// </summary>
    /// <param name="tasksSeconds">Wall times of one awaiting task per item.</param>
    /// <param name="threadsSeconds">Wall times of one thread per item.</param>
    /// <param name="processesSeconds">Wall times of one process per item.</param>
    public static Judgement ThreadsForIo(Samples tasksSeconds, Samples threadsSeconds, Samples processesSeconds)
    {
        const string Id = "threads-for-io";
        ArgumentNullException.ThrowIfNull(tasksSeconds);
        ArgumentNullException.ThrowIfNull(threadsSeconds);
        ArgumentNullException.ThrowIfNull(processesSeconds);
        var ratio = Ratio(processesSeconds, threadsSeconds);
        var figures = I($"tasks {tasksSeconds.Describe("0.000", "s")}, a thread each {threadsSeconds.Describe("0.000", "s")}, a process each {processesSeconds.Describe("0.000", "s")}; threads {ratio.Median:0.0}x as fast as processes");
        return Samples.Compare(threadsSeconds, processesSeconds) switch
        {
            Difference.FirstHigher => new(Id, Verdict.DoesNotHold, $"Processes beat threads on waiting items: {figures}.") { Measured = ratio },
            Difference.None => new(Id, Verdict.NoDifference, $"Threads and processes were within their spread: {figures}.") { Measured = ratio },
            _ when Samples.Compare(tasksSeconds, threadsSeconds) == Difference.FirstLower =>
                new(Id, Verdict.HoldsDifferentlyInCSharp, $"Threads beat processes, and tasks that await beat threads beyond the spread: {figures}.") { Measured = ratio },
            _ => new(Id, Verdict.Holds, $"Threads beat processes; tasks were no faster than threads, within the spread: {figures}.") { Measured = ratio },
        };
    }

    /// <summary><c>threads-for-gui</c>: work on another thread keeps the UI thread responsive.</summary>
    /// <param name="onUiThread">The worst tick delay with the work on the UI thread.</param>
    /// <param name="offloaded">The worst tick delay with the work handed to a task.</param>
    /// <param name="tick">The UI's tick interval.</param>
    public static Judgement ThreadsForGui(TimeSpan onUiThread, TimeSpan offloaded, TimeSpan tick)
    {
        const string Id = "threads-for-gui";
        var measured = Samples.Of(offloaded.TotalMilliseconds);
        var figures = I($"worst tick {onUiThread.TotalMilliseconds:0} ms late with the work on the UI thread, {offloaded.TotalMilliseconds:0} ms with it handed to a task");
        if (onUiThread < tick * 5)
        {
            // Both stayed within a few ticks: a UI that lags that little does not look frozen, so this run cannot show a fix.
            return new(Id, Verdict.NotTestableHere, I($"The work held the UI thread for less than five ticks ({(tick * 5).TotalMilliseconds:0} ms), too short to freeze it, so this run cannot show the fix (run it at full size): {figures}.")) { Measured = measured };
        }

        return offloaded * 2 < onUiThread
            ? new(Id, Verdict.Holds, $"{char.ToUpperInvariant(figures[0])}{figures[1..]}.") { Measured = measured }
            : new(Id, Verdict.DoesNotHold, $"Handing the work over did not keep the ticks coming: {figures}.") { Measured = measured };
    }

    /// <summary>
    /// <c>processes-for-cpu</c>: use processes for CPU-bound work. In C# threads do it too; the judge compares repeated
    /// speedups of the thread pool and a process pool.
    /// </summary>
    /// <param name="threadsSpeedup">Speedups of <c>Parallel.For</c> over serial, one per repetition.</param>
    /// <param name="processesSpeedup">Speedups of the process pool over serial, one per repetition.</param>
    /// <param name="cores">This machine's cores.</param>
    public static Judgement ProcessesForCpu(Samples threadsSpeedup, Samples processesSpeedup, int cores)
    {
        const string Id = "processes-for-cpu";
        ArgumentNullException.ThrowIfNull(threadsSpeedup);
        ArgumentNullException.ThrowIfNull(processesSpeedup);
        var measured = processesSpeedup;
        var figures = $"Parallel.For {threadsSpeedup.Describe(unit: "x")}, a process pool {processesSpeedup.Describe(unit: "x")} on {cores} cores";
        if (cores < 2)
        {
            return new(Id, Verdict.NotTestableHere, $"One core: nothing CPU-bound can run faster here. {figures}.") { Measured = measured };
        }

        return Samples.Compare(processesSpeedup, threadsSpeedup) == Difference.FirstHigher
            ? new(Id, Verdict.Holds, $"Processes did better than threads beyond the spread: {figures}.") { Measured = measured }
            : new(Id, Verdict.HoldsDifferentlyInCSharp, $"In C# threads use the cores without processes (no difference beyond the spread, or threads ahead): {figures}.") { Measured = measured };
    }

    /// <summary><c>gil-one-thread</c>, from the Python run (measured here or not) and C#'s two runs.</summary>
    /// <param name="python">The Python <c>cpu</c> experiment; reference figures count as not measured here.</param>
    /// <param name="oneThread">C#'s items on one thread.</param>
    /// <param name="threads">C#'s items on a thread each.</param>
    public static Judgement GilOneThread(PythonRun python, RunReport oneThread, RunReport threads)
    {
        ArgumentNullException.ThrowIfNull(python);
        ArgumentNullException.ThrowIfNull(threads);
        return python.MeasuredHere
            ? GilOneThread(python["threads_cores"], python["threads_speedup"], python["pool_speedup"], threads.SpeedupOver(oneThread), threads.IdealSpeedupOver(oneThread))
            : GilOneThread(null, null, null, threads.SpeedupOver(oneThread), threads.IdealSpeedupOver(oneThread));
    }

    /// <summary><c>three-requirements</c>, with the returned results read from <paramref name="returned"/> and the expected ones from a serial run.</summary>
    public static Judgement ThreeRequirements(int historyStepsDiffering, long lostUpdates, IReadOnlyList<string> returned, RunReport serial)
    {
        ArgumentNullException.ThrowIfNull(serial);
        return ThreeRequirements(historyStepsDiffering, lostUpdates, returned, [.. serial.InItemOrder.Select(r => r.Result)]);
    }

    /// <summary><c>process-beats-pool</c>, from repeated runs of each.</summary>
    public static Judgement ProcessBeatsPool(IReadOnlyList<RunReport> perItem, IReadOnlyList<RunReport> pool) =>
        ProcessBeatsPool(Repeated.Walls(perItem), Repeated.Walls(pool), Environment.ProcessorCount);

    /// <summary><c>pool-beats-process-tiny-items</c>, from repeated runs of each.</summary>
    public static Judgement PoolBeatsProcessTinyItems(IReadOnlyList<RunReport> perItem, IReadOnlyList<RunReport> pool)
    {
        ArgumentNullException.ThrowIfNull(perItem);
        return PoolBeatsProcessTinyItems(Repeated.Walls(perItem), Repeated.Walls(pool), perItem[0].ItemCount);
    }

    /// <summary>
    /// <c>pool-spares-competition</c>, from repeated runs of each; the stretch is the median item's time on its
    /// worker per item over the same in the pool.
    /// </summary>
    public static Judgement PoolSparesCompetition(IReadOnlyList<RunReport> perItem, IReadOnlyList<RunReport> pool)
    {
        ArgumentNullException.ThrowIfNull(perItem);
        ArgumentNullException.ThrowIfNull(pool);
        var judgement = PoolSparesCompetition(Repeated.Walls(perItem), Repeated.Walls(pool),
            Repeated.ItemDurations(perItem).Median / Repeated.ItemDurations(pool).Median);
        return new(judgement.ClaimId, judgement.Verdict, $"{judgement.Note} {ProcessStarts(judgement.Verdict, perItem[0].ProcessIds.Count, pool[0].ProcessIds.Count)}")
        { Measured = judgement.Measured };
    }

    /// <summary>
    /// The per-item run also starts more processes. Where the pool won, that may be part of the gap, so say so; where it
    /// did not, the extra starts did not decide it.
    /// </summary>
    internal static string ProcessStarts(Verdict verdict, int perItemProcesses, int poolProcesses)
    {
        var starts = I($"Each run of one process per item started {perItemProcesses} processes, the pool {poolProcesses}");
        return verdict == Verdict.Holds
            ? $"{starts}: on short items the extra starts weigh on the per-item side too."
            : $"{starts}, so the extra starts did not decide it here.";
    }

    /// <summary><c>order-changes</c>, from runs of the same items: their finishing orders by end time, and their results by item.</summary>
    public static Judgement OrderChanges(IReadOnlyList<RunReport> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var resultsAlike = runs.Select(r => string.Join(' ', r.InItemOrder.Select(i => $"{i.Item}:{i.Result}"))).Distinct().Count() == 1;
        return OrderChanges([.. runs.Select(FinishingOrder.Of)], resultsAlike);
    }

    /// <summary><c>threads-not-simultaneous</c>, from the Python sweep (measured here or not) at C#'s thread counts.</summary>
    /// <param name="python">The Python <c>cpusweep</c> experiment; reference figures count as not measured here.</param>
    /// <param name="threadCounts">The thread counts swept.</param>
    /// <param name="csharpSpeedups">C#'s speedup at each thread count.</param>
    public static Judgement ThreadsNotSimultaneous(PythonRun python, IReadOnlyList<int> threadCounts, IReadOnlyList<double> csharpSpeedups)
    {
        ArgumentNullException.ThrowIfNull(python);
        ArgumentNullException.ThrowIfNull(threadCounts);
        IReadOnlyList<double>? measured = python.MeasuredHere
            ? [.. threadCounts.Select(n => $"threads_{n}_cores").Where(python.Figures.ContainsKey).Select(k => python[k])]
            : null;
        // One thread is the baseline, not threads running at once: the contrast reads two threads and more.
        return ThreadsNotSimultaneous(measured, [.. csharpSpeedups.Where((_, i) => i >= threadCounts.Count || threadCounts[i] >= 2)], Environment.ProcessorCount);
    }

    /// <summary><c>threads-for-io</c>, from repeated runs of each.</summary>
    public static Judgement ThreadsForIo(IReadOnlyList<RunReport> tasks, IReadOnlyList<RunReport> threads, IReadOnlyList<RunReport> processes) =>
        ThreadsForIo(Repeated.Walls(tasks), Repeated.Walls(threads), Repeated.Walls(processes));

    /// <summary><c>processes-for-cpu</c>, from repeated runs, each parallel run against the serial run before it.</summary>
    public static Judgement ProcessesForCpu(IReadOnlyList<RunReport> serial, IReadOnlyList<RunReport> threads, IReadOnlyList<RunReport> processes) =>
        ProcessesForCpu(Repeated.Speedups(threads, serial), Repeated.Speedups(processes, serial), Environment.ProcessorCount);

    /// <summary>
    /// Taking turns or running at once, from the cores some threads kept busy: below a quarter of the way from one core
    /// to the ideal they took turns (holds); from halfway they ran at once (does not hold); between, one run cannot tell.
    /// </summary>
    private static Judgement TurnsVerdict(string id, double coresBusy, double ideal, string python, string contrast, double csharp)
    {
        var measured = Samples.Of(coresBusy);
        if (Scaled(coresBusy, ideal))
        {
            return new(id, Verdict.DoesNotHold, $"{python}: they ran at once here. {contrast}.") { Measured = measured };
        }

        // The contrast shows that turns are CPython's rule only where C#'s threads did run at once in this run.
        var why = Scaled(csharp, ideal)
            ? "taking turns is CPython's rule, not a rule of threads"
            : "not at once either, so this run cannot show that the turns are CPython's alone (was the machine busy?)";
        return NoGain(coresBusy, ideal)
            ? new(id, Verdict.Holds, $"{python}: they took turns. {contrast}: {why}.") { Measured = measured }
            : new(id, Verdict.NotTestableHere, I($"{python}: between one core ({1 + (ideal - 1) / 4:0.00}) and running at once ({1 + (ideal - 1) / 2:0.00}), too noisy to tell; run it again on a quiet machine. {contrast}.")) { Measured = measured };
    }

    /// <summary>Whether a speedup reached at least halfway from 1 to the ideal: well clear of taking turns.</summary>
    private static bool Scaled(double speedup, double ideal) => speedup >= 1 + (ideal - 1) / 2;

    /// <summary>
    /// Whether a speedup stayed below a quarter of the way from 1 to the ideal: no gain beyond the noise of one run.
    /// Between this and <see cref="Scaled"/> a single run cannot tell taking turns from running at once.
    /// </summary>
    private static bool NoGain(double speedup, double ideal) => speedup < 1 + (ideal - 1) / 4;

    /// <summary>
    /// The ratio of two repeated figures, run by run when both have as many runs (run i against run i, which ran side
    /// by side), so the ratio keeps a spread; else the ratio of their medians.
    /// </summary>
    private static Samples Ratio(Samples numerator, Samples denominator) =>
        numerator.Count == denominator.Count
            ? new(numerator.Values.Zip(denominator.Values, (n, d) => n / d))
            : Samples.Of(numerator.Median / denominator.Median);

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
