package org.claimgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.Mention;
import org.claimgraph.core.Span;
import org.junit.jupiter.api.Test;

class HeadlineMentionsTest {
    private static final String TEXT = "Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Comments.\n\n"
            + "New Jersey Gov. Chris Christie described nominee Hillary Clinton as a “disgrace” on Tuesday.";

    @Test
    void aHeadlineNameThatJoinsTwoNamesOfTheProseIsSplitIntoThem() {
        List<Mention> repaired = HeadlineMentions.repair(TEXT, List.of(mention("Chris Christie Calls Hillary Clinton",
                0), mention("Chris Christie", TEXT.lastIndexOf("Chris Christie")),
                mention("Hillary Clinton", TEXT.lastIndexOf("Hillary Clinton"))));
        assertThat(repaired).extracting(Mention::text).containsExactly("Chris Christie", "Hillary Clinton",
                "Chris Christie", "Hillary Clinton");
        assertThat(repaired.get(1).span()).isEqualTo(new Span(21, 36));
    }

    @Test
    void aHeadlineNameTheProseDoesNotNameIsKept() {
        List<Mention> mentions = List.of(mention("Police Comments", TEXT.indexOf("Police Comments")));
        assertThat(HeadlineMentions.repair(TEXT, mentions)).isEqualTo(mentions);
    }

    @Test
    void proseIsNotTitleCaseButAHeadlineIs() {
        assertThat(HeadlineMentions.titleCaseLines(TEXT)).containsExactly(new Span(0, TEXT.indexOf('\n')));
        assertThat(HeadlineMentions.titleCaseLines("Reuters said the drone can fly 2,000 km.")).isEmpty();
    }

    private static Mention mention(String name, int at) {
        return new Mention(new Span(at, at + name.length()), name, EntityType.PERSON, "test");
    }
}
