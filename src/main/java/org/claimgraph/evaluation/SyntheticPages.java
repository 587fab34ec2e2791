package org.claimgraph.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates synthetic news pages for benchmarks: stories about invented firms, products and officials, with
 * quantities, attributions, denials, and republished copies, so that every stage has work to do. Deterministic
 * for a seed; each page is made on demand, so nothing holds the corpus.
 */
public final class SyntheticPages {
    private static final List<String> FIRMS = List.of("Norvik Dynamics", "Baltara Holdings", "Osterlund Trade",
            "Calloway Terminals", "Vesper Aerospace", "Halden Motors", "Korsa Shipping", "Tavrin Electronics",
            "Maribel Energy", "Quenton Systems", "Arlo Microdevices", "Stenmark Industrial");
    private static final List<String> PEOPLE = List.of("Elena Varga", "Tomas Reyes", "Ilse Marang", "Maren Holt",
            "Anna Lindqvist", "Jonas Petrak", "Sofia Almeida", "Kaito Brenner", "Lina Osei", "Pavel Dorn");
    private static final List<String> PLACES = List.of("Port Alvan", "Tessaly", "Kestria", "Varnholm", "Essen",
            "Lagos", "Osaka", "Valparaiso", "Tromso", "Gdansk");
    private static final List<String> OUTLETS = List.of("Meridian Wire", "Harbour Herald", "Daily Globe",
            "TechPulse", "North Ledger");
    private static final List<String> PRODUCTS = List.of("Skylark-7", "Kestrel-3", "ZR-40", "Falcon-A2", "MX-12");

    private final long seed;

    /** Creates a generator for the given seed. */
    public SyntheticPages(long seed) {
        this.seed = seed;
    }

    /** Returns page number {@code i}: every fifth page republishes the page before it with site furniture. */
    public String page(int i) {
        if (i % 5 == 4) {
            return "12°C Partly cloudy\n\nMust read\n\n" + original(i - 1) + "\nRead more on "
                    + pick(OUTLETS, new SplittableRandom(seed + i - 1)).toLowerCase(Locale.ROOT).replace(' ', '-')
                    + ".example\n\n0 Comments\nSign in to comment\n";
        }
        return original(i);
    }

    private String original(int i) {
        SplittableRandom r = new SplittableRandom(seed + i);
        String firm = pick(FIRMS, r);
        String parent = pick(FIRMS, r);
        String person = pick(PEOPLE, r);
        String place = pick(PLACES, r);
        String product = pick(PRODUCTS, r);
        String outlet = pick(OUTLETS, r);
        int count = 5 + r.nextInt(200);
        int range = 100 + 50 * r.nextInt(40);
        int payload = 5 + r.nextInt(90);
        return String.format(Locale.ROOT, "%s delivered %d %s drones to %s, report says (story %d)%n%n"
                + "%s, a subsidiary of %s, delivered at least %d %s drones to %s last year, according to documents "
                + "reviewed by %s.%n%n"
                + "The %s can fly about %,d km with a payload of %d kg, %s reports, citing two people familiar "
                + "with the matter.%n%n"
                + "%s, an analyst at the Institute for Airspace Studies, said the shipments would breach export "
                + "rules if confirmed. \"This is the largest transfer we have seen,\" she told %s.%n%n"
                + "The government of %s denied that it had bought any drones. %s and %s did not respond to "
                + "requests for comment.%n", firm, count, product, place, i, firm, parent, count, product, place,
                outlet, product, range, payload, outlet, person, outlet, place, firm, parent);
    }

    private static String pick(List<String> items, SplittableRandom r) {
        return items.get(r.nextInt(items.size()));
    }
}
