package org.claimgraph.evaluation.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one load-generator run measured, parsed from its text output (run with {@code --latency}).
 *
 * @param requests       requests completed
 * @param requestsPerSec throughput
 * @param p99Millis      99th percentile latency in milliseconds
 * @param errors         non-2xx/3xx responses plus socket errors (connect, read, write, timeout)
 */
public record WrkResult(long requests, double requestsPerSec, double p99Millis, long errors) {
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\s99(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)\\b");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /** Validates the figures. */
    public WrkResult {
        if (requests < 0 || requestsPerSec < 0 || p99Millis < 0 || errors < 0) {
            throw new IllegalArgumentException("load figures must not be negative");
        }
    }

    /**
     * Parses the output of one run.
     *
     * @throws IllegalArgumentException when the request count, rate or 99th percentile is missing
     */
    public static WrkResult parse(String output) {
        Matcher p99 = find(P99, output, "99th percentile latency");
        double factor = switch (p99.group(2)) {
            case "us" -> 0.001;
            case "s" -> 1000;
            default -> 1;
        };
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET.matcher(output);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        return new WrkResult(Long.parseLong(find(REQUESTS, output, "request count").group(1)),
                Double.parseDouble(find(RATE, output, "Requests/sec").group(1)),
                Double.parseDouble(p99.group(1)) * factor, errors);
    }

    /** Returns whether the run meets a throughput floor and a latency ceiling without errors. */
    public boolean meets(double minRequestsPerSec, double maxP99Millis) {
        return errors == 0 && requestsPerSec >= minRequestsPerSec && p99Millis <= maxP99Millis;
    }

    /** Returns one line: "1234.5 requests/s, p99 12.30 ms, 0 errors (18518 requests)". */
    public String line() {
        return String.format(Locale.ROOT, "%.1f requests/s, p99 %.2f ms, %d errors (%d requests)", requestsPerSec,
                p99Millis, errors, requests);
    }

    private static Matcher find(Pattern pattern, String output, String what) {
        Matcher m = pattern.matcher(output);
        if (!m.find()) {
            throw new IllegalArgumentException("load generator output has no " + what + "; expected the output of "
                    + "a run with --latency");
        }
        return m;
    }
}
