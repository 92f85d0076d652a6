// The child process that the process runners start: the kit's worker (ParallelNotebooks.Hosting.KitWorkerProgram), kept in
// a program of its own so that it can be published as native AOT. Standard output is written without System.Console,
// whose set-up (terminal state, a signal-handling thread) is a measurable part of the start of a short-lived worker.
return ParallelNotebooks.Hosting.KitWorkerProgram.Run(args);
