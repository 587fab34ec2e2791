package org.claimgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.claimgraph.core.Format;
import org.claimgraph.core.Problem;
import org.claimgraph.core.Stage;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML and plain-text pages of a WARC file ({@code .warc} or {@code .warc.gz}): response records with
 * HTTP status 200. Each page's source is its target URI. A malformed or truncated archive is reported with the byte
 * offset where reading stopped; the pages before it are kept.
 */
final class WarcArchiveReader {
    private final IngestLimits limits;

    WarcArchiveReader(IngestLimits limits) {
        this.limits = limits;
    }

    void read(String source, Path file, DocumentSink sink) {
        try (WarcReader reader = new WarcReader(file)) {
            // warnings are about lenient parsing of headers; a record that cannot be used fails below instead
            reader.onWarning(ignored -> { });
            for (Optional<WarcRecord> next = next(reader, source, sink); next.isPresent();
                    next = next(reader, source, sink)) {
                if (next.get() instanceof WarcResponse response) {
                    readResponse(source, response, sink);
                }
            }
        } catch (IOException e) {
            sink.reject(new Problem(source, Stage.INGEST, "", "WARC file cannot be opened (" + e.getMessage()
                    + "); expected a WARC 1.0 or 1.1 file, optionally gzip-compressed"));
        }
    }

    private static Optional<WarcRecord> next(WarcReader reader, String source, DocumentSink sink) {
        long offset = reader.position();
        try {
            return reader.next();
        } catch (IOException | RuntimeException e) {
            sink.reject(new Problem(source, Stage.INGEST, "byte " + offset, "WARC record is malformed or truncated ("
                    + e.getMessage() + "); expected a complete WARC record; the records before it were read"));
            return Optional.empty();
        }
    }

    private void readResponse(String source, WarcResponse response, DocumentSink sink) {
        String target = response.target();
        try {
            HttpResponse http = response.http();
            String type = http.contentType().base().toString().toLowerCase(Locale.ROOT);
            boolean html = type.equals("text/html") || type.equals("application/xhtml+xml");
            if (http.status() != 200 || !html && !type.equals("text/plain")) {
                return;
            }
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
            }
            if (body.length > limits.maxDocumentBytes()) {
                sink.reject(new Problem(source, Stage.INGEST, "record " + target, "page is over the limit of "
                        + limits.maxDocumentBytes() + " bytes for one document; expected a single article page"));
                return;
            }
            DocumentReader.accept(target, target, html ? Format.HTML : Format.TEXT, body, sink);
        } catch (IOException | RuntimeException e) {
            sink.reject(new Problem(source, Stage.INGEST, "record " + target, "WARC response is truncated or "
                    + "unreadable (" + e.getMessage() + "); expected a complete HTTP response"));
        }
    }
}
