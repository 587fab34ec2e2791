package org.claimgraph.core;

import java.util.Objects;
import java.util.Set;

/**
 * A number stated in an article, normalised to SI-style units ("1,240 miles" becomes 1995.6 km).
 *
 * @param low   the lower bound of the value (equal to {@code high} for a single value)
 * @param high  the upper bound
 * @param unit  the normalised unit ("km", "kg", "ha", "USD", "" for a bare count)
 * @param hedge how the value is qualified
 * @param span  where it is stated in the article text
 * @param text  the text as written
 */
public record Quantity(double low, double high, String unit, Hedge hedge, Span span, String text) {
    private static final Set<String> CURRENCIES = Set.of("USD", "EUR", "GBP");

    /** Validates that the bounds are finite and ordered. */
    public Quantity {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(hedge, "hedge");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (!Double.isFinite(low) || !Double.isFinite(high) || high < low) {
            throw new IllegalArgumentException("quantity range [" + low + ", " + high + "] in '" + text
                    + "' is invalid; expected finite low <= high");
        }
    }

    /** Returns whether the value is a single number rather than a range. */
    public boolean isSingle() {
        return low == high;
    }

    /** Returns whether the quantity is a sum of money (its unit a currency the recogniser knows). */
    public boolean isMoney() {
        return CURRENCIES.contains(unit);
    }

    /**
     * Returns whether two statements of a value can both be true: ranges and hedged bounds that overlap, within a
     * relative tolerance for rounding and unit conversion.
     */
    public boolean isCompatibleWith(Quantity other) {
        if (!unit.equals(other.unit)) {
            return false;
        }
        double tolerance = 0.02 * Math.max(Math.abs(high), Math.abs(other.high));
        double[] a = openBounds();
        double[] b = other.openBounds();
        return a[0] <= b[1] + tolerance && b[0] <= a[1] + tolerance;
    }

    private double[] openBounds() {
        return switch (hedge) {
            case AT_LEAST -> new double[] {low, Double.MAX_VALUE};
            case AT_MOST -> new double[] {0, high};
            case APPROXIMATE -> new double[] {low * 0.9, high * 1.1};
            case EXACT -> new double[] {low, high};
        };
    }
}
