package org.claimgraph.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProvenanceEdgeTest {
    @Test
    void aChainRelaysInwardFromTheRepublisherToTheSpeaker() {
        assertThat(ProvenanceEdge.relaysOf(List.of("two European intelligence sources", "Reuters", "UNN")))
                .containsExactly(new ProvenanceEdge("source:UNN", "source:Reuters", EdgeKind.RELAYS),
                        new ProvenanceEdge("source:Reuters", "source:two European intelligence sources",
                                EdgeKind.RELAYS));
    }

    @Test
    void aSingleNameRelaysNothing() {
        assertThat(ProvenanceEdge.relaysOf(List.of("Reuters"))).isEmpty();
        assertThat(ProvenanceEdge.relaysOf(List.of())).isEmpty();
    }
}
