package org.claimgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Entity;
import org.claimgraph.core.EntityId;
import org.claimgraph.core.EntityMention;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.Span;
import org.junit.jupiter.api.Test;

class CorpusEntityResolverTest {
    @Test
    void aOneWordAliasOfALongNameDoesNotChainUnrelatedEntitiesTogether() {
        Entity budget = entity("a", "Committee for a Responsible Federal Budget", EntityType.ORG, "Committee",
                "Budget");
        Entity rules = entity("b", "DNC Rules Committee", EntityType.ORG, "Committee", "DNC");
        List<Entity> merged = new CorpusEntityResolver().merge(List.of(budget, rules));
        assertThat(merged).extracting(Entity::name).containsExactlyInAnyOrder(
                "Committee for a Responsible Federal Budget", "DNC Rules Committee");
    }

    @Test
    void aPersonsFullNamesMeetWhateverStandsBetweenFirstAndLastName() {
        Entity plain = entity("a", "Donald Trump", EntityType.PERSON, "Trump");
        Entity initial = entity("b", "Donald J. Trump", EntityType.PERSON, "Trump");
        Entity other = entity("c", "Melania Trump", EntityType.PERSON, "Trump");
        List<Entity> merged = new CorpusEntityResolver().merge(List.of(plain, initial, other));
        assertThat(merged).hasSize(2);
        assertThat(merged).filteredOn(e -> e.aliases().contains("Donald Trump")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).contains("Donald J. Trump"));
    }

    @Test
    void aOneWordNameStillJoinsTheEntityThatOwnsIt() {
        Entity full = entity("a", "Samuel Bendett", EntityType.PERSON, "Bendett");
        Entity alone = entity("b", "Bendett", EntityType.PERSON);
        assertThat(new CorpusEntityResolver().merge(List.of(full, alone))).hasSize(1);
    }

    private static Entity entity(String page, String name, EntityType type, String... shortForms) {
        DocumentId doc = DocumentId.ofText(page);
        List<String> aliases = new java.util.ArrayList<>(List.of(shortForms));
        aliases.add(name);
        return new Entity(new EntityId("e-" + page + name.length()), name, type, aliases,
                List.of(new EntityMention(doc, new Span(0, name.length()), name)), List.of());
    }
}
