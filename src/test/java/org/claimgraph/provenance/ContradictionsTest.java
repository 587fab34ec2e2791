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
        Claim atLeastSeven = valueClaim("a", "count", 7, Hedge.AT_LEAST, "at least seven");
        Claim seven = valueClaim("b", "count", 7, Hedge.EXACT, "seven");
        Claim nine = valueClaim("c", "count", 9, Hedge.EXACT, "nine");
        Claim five = valueClaim("d", "count", 5, Hedge.EXACT, "five");
        Map<String, Claim> linked = byId(Contradictions.link(List.of(atLeastSeven, seven, nine, five), CANON));
        assertThat(linked.get("a").contradictedBy()).containsExactly(new ClaimId("d"));
        assertThat(linked.get("b").contradictedBy()).containsExactlyInAnyOrder(new ClaimId("c"), new ClaimId("d"));
    }

    @Test
    void aDenialSpeaksToTheActionsOfItsStoryNotToMeasuresOrOtherStories() {
        Claim denial = claim("denial", "China", "denies", "supplying drones to Russia", null, Stance.DENIED,
                REWRITE, "China denied supplying drones to Russia.");
        Claim delivered = claim("delivered", "Kupol", "delivered", "Russia", null, Stance.REPORTED, EXCLUSIVE,
                "Kupol delivered two drones to Russia, Reuters reported.");
        Claim range = valueClaim("range", "range", 2000, Hedge.EXACT, "2,000 km");
        Claim elsewhere = claim("elsewhere", "Kupol", "delivered", "Iran", null, Stance.REPORTED, OTHER_STORY,
                "Kupol delivered parts to Iran.");
        Map<String, Claim> linked = byId(Contradictions.link(List.of(denial, delivered, range, elsewhere), CANON));
        assertThat(linked.get("denial").contradictedBy()).containsExactly(new ClaimId("delivered"));
        assertThat(linked.get("delivered").contradictedBy()).containsExactly(new ClaimId("denial"));
        assertThat(linked.get("range").contradictedBy()).isEmpty();
        assertThat(linked.get("elsewhere").contradictedBy()).isEmpty();
    }

    private static Claim valueClaim(String id, String attribute, double value, Hedge hedge, String written) {
        Quantity q = new Quantity(value, value, attribute.equals("count") ? "" : "km", hedge, new Span(0,
                written.length()), written);
        return claim(id, "Garpiya-3", attribute, null, q, Stance.REPORTED, EXCLUSIVE, "It has " + written + ".");
    }

    private static Claim claim(String id, String subject, String predicate, String object, Quantity value,
            Stance stance, DocumentId document, String sentence) {
        Statement evidence = new Statement(document, subject, predicate, object, value, stance, List.of("Reuters"),
                new Span(0, sentence.length()), sentence);
        return new Claim(new ClaimId(id), subject, predicate, object, value, stance, List.of("Reuters"), "Reuters",
                List.of(evidence), 1, List.of());
    }

    private static Map<String, Claim> byId(List<Claim> claims) {
        return claims.stream().collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
    }
}
