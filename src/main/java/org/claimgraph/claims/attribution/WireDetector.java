package org.claimgraph.claims.attribution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Detects the wire service (AP, Reuters, AFP, UPI) whose story a page republishes, from the text alone: a dateline
 * such as "WASHINGTON (AP) —" or "(Reuters) -" near the start, or a credit line such as "Copyright 2016 The
 * Associated Press" or "(Reporting by ...; Editing by ...)" near the end. Mentions of a wire elsewhere ("told
 * Reuters") do not count. Thread-safe.
 */
public final class WireDetector {
    private static final int HEAD_CHARS = 600;
    private static final int TAIL_CHARS = 600;
    /** The closing credit of Reuters copy: "(Reporting by ...; Editing by ...)". */
    private static final Pattern REUTERS_SIGNATURE = Pattern.compile("\\((?:Additional )?[Rr]eporting by [^)]*"
            + "[Ee]diting by");
    private static final List<Wire> WIRES = List.of(
            new Wire("AP", "AP|Associated Press|The Associated Press"),
            new Wire("Reuters", "Reuters|Thomson Reuters"),
            new Wire("AFP", "AFP|Agence France[- ]Presse"),
            new Wire("UPI", "UPI|United Press International"));

    /** Returns the canonical wire name the text republishes, or empty when it names none in a dateline or credit. */
    public Optional<String> findWire(String text) {
        Objects.requireNonNull(text, "text");
        String head = text.substring(0, Math.min(text.length(), HEAD_CHARS));
        String tail = text.substring(Math.max(0, text.length() - TAIL_CHARS));
        if (REUTERS_SIGNATURE.matcher(tail).find()) {
            return Optional.of("Reuters");
        }
        for (Wire wire : WIRES) {
            if (wire.dateline.matcher(head).find() || wire.credit.matcher(tail).find()) {
                return Optional.of(wire.name);
            }
        }
        return Optional.empty();
    }

    /** One wire service with its dateline and credit-line patterns. */
    private static final class Wire {
        private final String name;
        private final Pattern dateline;
        private final Pattern credit;

        Wire(String name, String names) {
            this.name = name;
            this.dateline = Pattern.compile("(?m)(?:^|[\\p{L}\\d.,]\\s*)\\((?:" + names + ")\\)\\s*(?:[-—–:]|$)");
            this.credit = Pattern.compile("(?im)(?:copyright|©|\\(c\\))\\s*(?:\\d{4}\\s*)?(?:" + names
                    + ")|^\\s*(?:[-—–]\\s*)?(?:" + names + ")\\s*$|(?:" + names + ")\\s+contributed");
        }
    }
}
