package org.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LineClassifierTest {
    private final ScrapedTextReader reader = new ScrapedTextReader(new DateParser(), new Outlets());

    static List<String> seeds() {
        return SeedGold.names();
    }

    @Test
    void seedGoldIsNotEmpty() {
        assertThat(seeds()).hasSize(5);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void removesExactlyTheGoldBoilerplateLines(String name) {
        ScrapedTextReader.Labelled page = reader.label(SeedGold.text(name));
        List<Integer> removed = new ArrayList<>();
        for (int i = 0; i < page.lines().size(); i++) {
            LineLabel label = page.labels().get(i);
            if (label != LineLabel.BODY && label != LineLabel.TITLE && label != LineLabel.BLANK) {
                removed.add(i + 1);
            }
        }
        assertThat(removed).as(name).containsExactlyElementsOf(SeedGold.lineNumbers(name, "boilerplate_lines"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void findsTheGoldTitleLine(String name) {
        ScrapedTextReader.Labelled page = reader.label(SeedGold.text(name));
        var gold = SeedGold.documents().get(name).get("title_line");
        int found = page.labels().indexOf(LineLabel.TITLE);
        assertThat(found < 0 ? null : found + 1).as(name).isEqualTo(gold.isNull() ? null : gold.asInt());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void keepsEveryBodyLineAsAParagraph(String name) {
        ScrapedTextReader.Labelled page = reader.label(SeedGold.text(name));
        List<Integer> boilerplate = SeedGold.lineNumbers(name, "boilerplate_lines");
        var titleNode = SeedGold.documents().get(name).get("title_line");
        int title = titleNode.isNull() ? -1 : titleNode.asInt();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < page.lines().size(); i++) {
            String line = page.lines().get(i).strip();
            if (!line.isEmpty() && i + 1 != title && !boilerplate.contains(i + 1)) {
                expected.add(line);
            }
        }
        assertThat(page.body().split("\n\n")).as(name).containsExactlyElementsOf(expected);
    }
}
