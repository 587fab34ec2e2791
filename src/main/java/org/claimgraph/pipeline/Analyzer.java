package org.claimgraph.pipeline;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimgraph.core.Problem;
import org.claimgraph.core.RawDocument;
import org.claimgraph.core.Stage;
import org.claimgraph.ingest.DocumentReader;
import org.claimgraph.ingest.DocumentSink;
import org.claimgraph.ingest.IngestLimits;
import org.claimgraph.store.Store;

/**
 * Runs the pipeline over inputs into a store. Documents stream through a small pool of workers with a bounded
 * backlog, so memory does not grow with the corpus; each is stored in its own transaction, in input order.
 */
public final class Analyzer {
    private final Stages stages;
    private final Store store;
    private final Clock clock;
    private final int threads;

    /** Creates an analyzer writing into the given store, with one worker per given thread. */
    public Analyzer(Stages stages, Store store, Clock clock, int threads) {
        this.stages = Objects.requireNonNull(stages, "stages");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " is below 1");
        }
        this.threads = threads;
    }

    /** Reads, analyses and stores every input, then rebuilds the corpus graph; returns what happened. */
    public RunSummary analyze(List<String> paths, InputStream stdin, Progress progress) {
        long start = System.nanoTime();
        StageClock stageClock = new StageClock();
        Run run = new Run(new DocumentWork(stages, stageClock), progress);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimgraph-worker");
            t.setDaemon(true);
            return t;
        });
        int skipped;
        try {
            run.pool = pool;
            skipped = stageClock.time(Stage.INGEST, () -> new DocumentReader(IngestLimits.DEFAULT, stdin)
                    .read(paths, run));
            run.drain(0);
        } finally {
            pool.shutdownNow();
        }
        GraphBuilder builder = new GraphBuilder(stages, store, stageClock);
        builder.rebuild(progress);
        run.warnings.addAll(builder.warnings);
        return new RunSummary(run.read, run.analysed, run.alreadyStored, skipped, run.problems, run.warnings,
                stageClock.totals(),
                System.nanoTime() - start);
    }

    /** The state of one run: the backlog of documents in flight and the counts. Used from one thread. */
    private final class Run implements DocumentSink {
        private final DocumentWork work;
        private final Progress progress;
        private final Deque<Future<DocumentWork.Outcome>> backlog = new ArrayDeque<>();
        private final List<Problem> problems = new ArrayList<>();
        private final List<Problem> warnings = new ArrayList<>();
        private ExecutorService pool;
        private int read;
        private int analysed;
        private int alreadyStored;
        private int done;

        Run(DocumentWork work, Progress progress) {
            this.work = work;
            this.progress = progress;
        }

        @Override
        public void accept(RawDocument document) {
            read++;
            if (store.hasDocument(document.id())) {
                alreadyStored++;
                progress.documentDone(++done, document.source());
                return;
            }
            backlog.add(pool.submit(() -> work.analyse(document)));
            drain(2 * threads);
        }

        @Override
        public void reject(Problem problem) {
            problems.add(problem);
            progress.documentDone(++done, problem.source());
        }

        /** Stores finished documents, oldest first, until at most {@code maxInFlight} remain. */
        void drain(int maxInFlight) {
            while (backlog.size() > maxInFlight) {
                DocumentWork.Outcome outcome = await(backlog.removeFirst());
                if (outcome.problem() != null) {
                    problems.add(outcome.problem());
                } else if (!store.hasDocument(outcome.raw().id())) {
                    warnings.addAll(outcome.warnings());
                    store.saveDocument(outcome.analysis(), clock.instant());
                    analysed++;
                } else {
                    alreadyStored++;
                }
                progress.documentDone(++done, outcome.raw().source());
            }
        }

        private DocumentWork.Outcome await(Future<DocumentWork.Outcome> future) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("analysis was interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a worker failed outside any document", e.getCause());
            }
        }
    }
}
