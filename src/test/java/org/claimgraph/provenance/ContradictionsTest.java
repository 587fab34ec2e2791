package org.claimgraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.core.Claim;
import org.claimgraph.core.ClaimId;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Hedge;
import org.claimgraph.core.Quantity;
import org.claimgraph.core.Span;
import org.claimgraph.core.Stance;
import org.claimgraph.core.Statement;
import org.claimgraph.core.Story;
import org.claimgraph.core.StoryId;
import org.junit.jupiter.api.Test;

class ContradictionsTest {
    private static final DocumentId EXCLUSIVE = DocumentId.ofText("the exclusive");
    private static final DocumentId REWRITE = DocumentId.ofText("its rewrite");
    private static final DocumentId OTHER_STORY = DocumentId.ofText("a page of another story");
    private static final Canon CANON = new Canon(List.of(), List.of(
            new Story(new StoryId("drones"), "Drones", List.of(EXCLUSIVE, REWRITE), null, null),
            new Story(new StoryId("elsewhere"), "Elsewhere", List.of(OTHER_STORY), null, null)));

    @Test
    void differentValuesForOneSubjectAndAttributeContradictEachOtherBothWays() {
        Claim twoThousand = valueClaim("a", "range", 2000, Hedge.APPROXIMATE, "some 2,000km");
        Claim overTwoThousand = valueClaim("b", "range", 1995.6, Hedge.EXACT, "1,240 miles");
        Claim fifteenHundred = valueClaim("c", "range", 1500, Hedge.EXACT, "1,500 km");
        Map<String, Claim> linked = byId(Contradictions.link(List.of(twoThousand, overTwoThousand, fifteenHundred),
                CANON));
        assertThat(linked.get("a").contradictedBy()).containsExactly(new ClaimId("c"));
        assertThat(linked.get("c").contradictedBy()).containsExactlyInAnyOrder(new ClaimId("a"), new ClaimId("b"));
        assertThat(linked.get("b").contradictedBy()).containsExactly(new ClaimId("c"));
    }

    @Test
    void aLowerBoundAndAValueWithinItAreCompatible() {
        Claim atLeastSeven = valueClaim("a", "delivered", 7, Hedge.AT_LEAST, "at least seven");
        Claim seven = valueClaim("b", "delivered", 7, Hedge.EXACT, "seven");
        Claim nine = valueClaim("c", "delivered", 9, Hedge.EXACT, "nine");
        Claim five = valueClaim("d", "delivered", 5, Hedge.EXACT, "five");
        Map<String, Claim> linked = byId(Contradictions.link(List.of(atLeastSeven, seven, nine, five), CANON));
        assertThat(linked.get("a").contradictedBy()).containsExactly(new ClaimId("d"));
        assertThat(linked.get("b").contradictedBy()).containsExactlyInAnyOrder(new ClaimId("c"), new ClaimId("d"));
        assertThat(linked.get("c").contradictedBy()).containsExactlyInAnyOrder(new ClaimId("b"), new ClaimId("d"));
    }

    @Test
    void bareCountsOfOneSubjectAreDifferentThingsNotAContradiction() {
        Claim refugees = valueClaim("c", "count", 11_491, Hedge.EXACT, "11,491");
        Claim missiles = valueClaim("d", "count", 3, Hedge.EXACT, "3");
        assertNoneContradicted(refugees, missiles);
    }

    @Test
    void sumsOfMoneyConflictOnlyBetweenPages() {
        Claim fine = valueClaim("a", "fine", 185_000_000, Hedge.EXACT, "$185 million");
        Claim penalty = valueClaim("b", "fine", 100_000_000, Hedge.EXACT, "$100 million");
        assertNoneContradicted(fine, penalty);
        Quantity elsewhere = new Quantity(150_000_000, 150_000_000, "USD", Hedge.EXACT, new Span(0, 12),
                "$150 million");
        Claim otherPage = claim("c", "Garpiya-3", "fine", null, elsewhere, Stance.REPORTED, REWRITE,
                "It was fined $150 million.");
        Map<String, Claim> linked = byId(Contradictions.link(List.of(fine, otherPage), CANON));
        assertThat(linked.get("a").contradictedBy()).containsExactly(new ClaimId("c"));
    }

    @Test
    void twoValuesOfOneSentenceAreThingsItTellsApart() {
        String sentence = "Its range is 1,500 km for the old model and 2,000 km for the new one.";
        Claim old = claim("a", "Garpiya-3", "range", null, new Quantity(1500, 1500, "km", Hedge.EXACT,
                new Span(13, 21), "1,500 km"), Stance.REPORTED, EXCLUSIVE, sentence);
        Claim recent = claim("b", "Garpiya-3", "range", null, new Quantity(2000, 2000, "km", Hedge.EXACT,
                new Span(44, 52), "2,000 km"), Stance.REPORTED, EXCLUSIVE, sentence);
        assertNoneContradicted(old, recent);
    }

    @Test
    void aDenialSpeaksToTheActionsOfItsStoryNotToMeasuresOrOtherStories() {
        Claim denial = claim("denial", "China", "denies", "supplying drones to Russia", null, Stance.DENIED,
                REWRITE, "China denied supplying drones to Russia.");
        Claim delivered = claim("delivered", "Kupol", "delivered", "Russia", null, Stance.REPORTED, EXCLUSIVE,
                "Kupol delivered two drones to Russia, Reuters reported.");
        Claim range = valueClaim("r", "range", 2000, Hedge.EXACT, "2,000 km");
        Claim elsewhere = claim("elsewhere", "Kupol", "delivered", "Iran", null, Stance.REPORTED, OTHER_STORY,
                "Kupol delivered parts to Iran.");
        Map<String, Claim> linked = byId(Contradictions.link(List.of(denial, delivered, range, elsewhere), CANON));
        assertThat(linked.get("denial").contradictedBy()).containsExactly(new ClaimId("delivered"));
        assertThat(linked.get("delivered").contradictedBy()).containsExactly(new ClaimId("denial"));
        assertThat(linked.get("r").contradictedBy()).isEmpty();
        assertThat(linked.get("elsewhere").contradictedBy()).isEmpty();
    }

    private static Claim valueClaim(String id, String attribute, double value, Hedge hedge, String written) {
        String unit = switch (attribute) {
            case "range" -> "km";
            case "fine" -> "USD";
            default -> "drones";
        };
        Quantity q = new Quantity(value, value, unit, hedge, new Span(0, written.length()), written);
        String sentence = "It has " + written + ".";
        // each value its own sentence (the ids here are single letters, one sentence slot each)
        int start = (id.charAt(0) - 'a') * 100;
        Statement evidence = new Statement(EXCLUSIVE, "Garpiya-3", attribute, null, q, Stance.REPORTED,
                List.of("Reuters"), new Span(start, start + sentence.length()), sentence);
        return new Claim(new ClaimId(id), "Garpiya-3", attribute, null, q, Stance.REPORTED, List.of("Reuters"),
                "Reuters", List.of(evidence), 1, List.of());
    }

    private static Claim claim(String id, String subject, String predicate, String object, Quantity value,
            Stance stance, DocumentId document, String sentence) {
        Statement evidence = new Statement(document, subject, predicate, object, value, stance, List.of("Reuters"),
                new Span(0, sentence.length()), sentence);
        return new Claim(new ClaimId(id), subject, predicate, object, value, stance, List.of("Reuters"), "Reuters",
                List.of(evidence), 1, List.of());
    }

    private static void assertNoneContradicted(Claim... claims) {
        assertThat(Contradictions.link(List.of(claims), CANON))
                .allSatisfy(c -> assertThat(c.contradictedBy()).isEmpty());
    }

    private static Map<String, Claim> byId(List<Claim> claims) {
        return claims.stream().collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
    }
}
