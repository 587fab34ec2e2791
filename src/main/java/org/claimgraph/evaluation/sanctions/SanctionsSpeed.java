package org.claimgraph.evaluation.sanctions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.claimgraph.core.EntityType;
import org.claimgraph.screen.lists.EntryType;
import org.claimgraph.screen.lists.ListEntry;
import org.claimgraph.screen.lists.ListReader;
import org.claimgraph.screen.lists.SanctionsList;
import org.claimgraph.screen.Screener;

/**
 * Measures how fast a list loads (read and index) and how many names per second one thread screens. The names
 * are generated with a fixed seed: half are list names with perturbations (typos, dropped or swapped words, case),
 * half random syllable names that match nothing.
 */
public final class SanctionsSpeed {
    private static final String SYLLABLES = "ba be bo da de di ka ke ko la li lo ma me mi na no ra re ri sa se so "
            + "ta te to va ve vi za zu ro gu ha hi ju";

    /** A name to screen with the entity type it is screened as. */
    public record Query(String name, EntityType type) {
        /** Validates the fields. */
        public Query {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * The measurements.
     *
     * @param loadMillis    reading the list's bytes and building the screener, first (cold) run
     * @param loadCpuMillis the CPU time of that first run, all threads of the process (JIT and GC included),
     *                      which stays fair on a machine busy with other work
     * @param bestLoadMillis the fastest of the load runs
     * @param names          how many names were screened in the timed run
     * @param namesPerSecond names screened per second of wall-clock time on one thread, after warm-up
     * @param namesPerCpuSecond names screened per second of that thread's CPU time (fair on a busy machine)
     * @param hits           how many of the screened names had at least one hit
     */
    public record Result(long loadMillis, long loadCpuMillis, long bestLoadMillis, int names, double namesPerSecond,
            double namesPerCpuSecond, int hits) {
        /** Returns a one-paragraph summary. */
        public String summary() {
            return String.format(Locale.ROOT, "list load (read + index): first %d ms (%d ms CPU, all threads), "
                    + "best %d ms%nscreening: %d names on one thread: %.0f names/second (wall clock), "
                    + "%.0f names/second (CPU time); %d names with hits", loadMillis, loadCpuMillis, bestLoadMillis,
                    names, namesPerSecond, namesPerCpuSecond,
                    hits);
        }
    }

    private final ListReader reader;

    /** Creates a benchmark that reads lists with {@code reader}. */
    public SanctionsSpeed(ListReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** Loads the list {@code loads} times, then screens {@code count} generated names on this thread. */
    public Result run(byte[] listBytes, String source, int loads, int count, long seed) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        var process = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long first = -1;
        long firstCpu = -1;
        long best = Long.MAX_VALUE;
        Screener screener = null;
        for (int i = 0; i < Math.max(1, loads); i++) {
            long cpu0 = process.getProcessCpuTime();
            long t0 = System.nanoTime();
            SanctionsList list = reader.read(listBytes, source).list();
            screener = Screener.of(List.of(list));
            long millis = (System.nanoTime() - t0) / 1_000_000;
            firstCpu = firstCpu < 0 ? (process.getProcessCpuTime() - cpu0) / 1_000_000 : firstCpu;
            first = first < 0 ? millis : first;
            best = Math.min(best, millis);
        }
        SanctionsList list = reader.read(listBytes, source).list();
        screen(screener, queries(list, count / 5 + 1, seed + 1)); // warm-up: let the JIT compile the hot path
        List<Query> queries = queries(list, count, seed);
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int hits = screen(screener, queries);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        int n = queries.size();
        return new Result(first, firstCpu, best, n, n / seconds, n / cpuSeconds, hits);
    }

    private static int screen(Screener screener, List<Query> queries) {
        int hits = 0;
        for (Query q : queries) {
            hits += screener.screen(q.name(), q.type()).isEmpty() ? 0 : 1;
        }
        return hits;
    }

    /** Returns {@code count} names: every other one a perturbed list name, the rest random syllable names. */
    public static List<Query> queries(SanctionsList list, int count, long seed) {
        var random = new Random(seed);
        var out = new ArrayList<Query>(count);
        List<ListEntry> entries = list.entries();
        for (int i = 0; i < count; i++) {
            if (i % 2 == 0 && !entries.isEmpty()) {
                ListEntry e = entries.get(random.nextInt(entries.size()));
                out.add(new Query(perturb(e.name(), random), e.type() == EntryType.PERSON ? EntityType.PERSON
                        : EntityType.ORG));
            } else {
                out.add(new Query(randomName(random), random.nextBoolean() ? EntityType.PERSON : EntityType.ORG));
            }
        }
        return out;
    }

    private static String perturb(String name, Random random) {
        List<String> words = new ArrayList<>(List.of(name.replace(",", "").split("\\s+")));
        switch (random.nextInt(4)) {
            case 0 -> {
                if (words.size() > 2) {
                    words.remove(random.nextInt(words.size()));
                }
            }
            case 1 -> java.util.Collections.shuffle(words, random);
            case 2 -> {
                int w = random.nextInt(words.size());
                words.set(w, typo(words.get(w), random));
            }
            default -> words.replaceAll(s -> s.toLowerCase(Locale.ROOT));
        }
        return String.join(" ", words);
    }

    private static String typo(String word, Random random) {
        if (word.length() < 4) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        return word.substring(0, at) + (char) ('A' + random.nextInt(26)) + word.substring(at + 1);
    }

    private static String randomName(Random random) {
        String[] syllables = SYLLABLES.split(" ");
        int words = 2 + random.nextInt(2);
        var sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            sb.append(w == 0 ? "" : " ");
            int n = 2 + random.nextInt(2);
            for (int s = 0; s < n; s++) {
                String syl = syllables[random.nextInt(syllables.length)];
                sb.append(s == 0 ? syl.substring(0, 1).toUpperCase(Locale.ROOT) + syl.substring(1) : syl);
            }
        }
        return sb.toString();
    }
}
