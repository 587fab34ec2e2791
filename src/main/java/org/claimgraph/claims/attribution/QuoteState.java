package org.claimgraph.claims.attribution;

import java.util.List;
import java.util.Set;

/** Which tokens lie inside quotation marks. Quotes never left open past a paragraph, so a stray mark stays local. */
final class QuoteState {
    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "«", "»", "„");

    private QuoteState() {
    }

    /** Returns whether the token is a double quotation mark. */
    static boolean isQuote(String text) {
        return QUOTES.contains(text);
    }

    /** Returns, per token, whether it lies inside (or is) a pair of double quotation marks. */
    static boolean[] insideQuotes(String text, List<Token> tokens) {
        boolean[] out = new boolean[tokens.size()];
        boolean open = false;
        for (int i = 0; i < out.length; i++) {
            Token token = tokens.get(i);
            if (i > 0 && text.substring(tokens.get(i - 1).end(), token.start()).indexOf('\n') >= 0) {
                open = false;
            }
            String mark = token.text();
            if (isQuote(mark)) {
                out[i] = true;
                open = mark.equals("“") || mark.equals("«") || mark.equals("„")
                        || !mark.equals("”") && !mark.equals("»") && !open;
            } else {
                out[i] = open;
            }
        }
        return out;
    }
}
