package org.claimgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.claimgraph.core.Format;
import org.claimgraph.core.Problem;
import org.claimgraph.core.Stage;

/**
 * Reads JSON lines, one {@code {"url": ..., "html": ...}} or {@code {"url": ..., "text": ...}} object a line.
 * A bad line fails that record only; the source of each record is {@code file:line}.
 */
final class JsonLinesReader {
    private final ObjectMapper json = new ObjectMapper();
    private final IngestLimits limits;

    JsonLinesReader(IngestLimits limits) {
        this.limits = limits;
    }

    void read(String source, InputStream in, DocumentSink sink) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (!line.isBlank()) {
                readRecord(source + ":" + number, line, sink);
            }
        }
    }

    private void readRecord(String source, String line, DocumentSink sink) {
        if (line.length() > limits.maxDocumentBytes()) {
            sink.reject(new Problem(source, Stage.INGEST, "", "record is over the limit of "
                    + limits.maxDocumentBytes() + " bytes for one document; expected a single article"));
            return;
        }
        JsonNode record;
        try {
            record = json.readTree(line);
        } catch (JsonProcessingException e) {
            sink.reject(new Problem(source, Stage.INGEST, "column " + e.getLocation().getColumnNr(),
                    "line is not valid JSON; expected one object a line like {\"url\": ..., \"html\": ...}"));
            return;
        }
        JsonNode html = record.get("html");
        JsonNode text = record.get("text");
        JsonNode body = html != null && html.isTextual() ? html : text;
        if (!record.isObject() || body == null || !body.isTextual()) {
            sink.reject(new Problem(source, Stage.INGEST, "", "record has no \"html\" or \"text\" string; "
                    + "expected {\"url\": ..., \"html\": ...} or {\"url\": ..., \"text\": ...}"));
            return;
        }
        JsonNode url = record.get("url");
        String given = url != null && url.isTextual() ? url.asText() : null;
        Format format = body == html ? Format.HTML : Format.TEXT;
        DocumentReader.accept(given != null ? given : source, given, format,
                body.asText().getBytes(StandardCharsets.UTF_8), sink);
    }
}
