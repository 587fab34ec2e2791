package org.claimgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.evaluation.web.WebBenchData;
import org.claimgraph.store.SqliteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ExporterTest {
    @TempDir
    Path dir;

    private ClaimGraph graph() {
        Path db = dir.resolve("x.db");
        new WebBenchData(50).write(db);
        try (SqliteStore store = SqliteStore.open(db)) {
            return store.loadGraph();
        }
    }

    @Test
    void writesGraphMlWithTypedNodesAndKindedEdges() throws Exception {
        StringWriter out = new StringWriter();
        new Exporter().write(graph(), ExportFormat.graphml, out);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        // 50 documents, 6 sources (5 outlets and the primary source), 5 entities, 30 claims
        assertThat(xml.getElementsByTagName("node").getLength()).isEqualTo(91);
        // 55 provenance edges, 50 mentions, 150 evidence, 30 about
        assertThat(xml.getElementsByTagName("edge").getLength()).isEqualTo(285);
        assertThat(xml.getElementsByTagName("key").getLength()).isEqualTo(3);
    }

    @Test
    void quotesCsvCellsAndDefusesFormulas() {
        assertThat(ClaimsCsv.quote("a \"b\", c")).isEqualTo("\"a \"\"b\"\", c\"");
        assertThat(ClaimsCsv.quote("=cmd()")).isEqualTo("\"'=cmd()\"");
        assertThat(ClaimsCsv.quote("-12.5")).isEqualTo("\"-12.5\"");
    }
}
