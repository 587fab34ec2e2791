package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.claimgraph.core.Format;
import org.claimgraph.core.Problem;
import org.claimgraph.core.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC input, on archives written in the test (synthetic pages). */
class WarcArchiveReaderTest {
    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();
    private final List<RawDocument> documents = sink.documents;
    private final List<Problem> problems = sink.problems;

    private Path archive(String name, WarcCompression compression) throws IOException {
        Path file = dir.resolve(name);
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
            writer.write(response("https://news.example/a", 200, "text/html",
                    "<html><body><p>First synthetic page.</p></body></html>"));
            writer.write(response("https://news.example/logo.png", 200, "image/png", "PNG"));
            writer.write(response("https://news.example/missing", 404, "text/html", "<p>Not found</p>"));
            writer.write(response("https://news.example/b", 200, "text/html; charset=utf-8",
                    "<html><body><p>Second synthetic page.</p></body></html>"));
        }
        return file;
    }

    private static WarcResponse response(String url, int status, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(url).body(http).build();
    }

    private void read(Path file) {
        new DocumentReader(IngestLimits.DEFAULT, InputStream.nullInputStream()).read(List.of(file.toString()), sink);
    }

    @Test
    void readsTheHtmlPagesOfAGzippedArchiveAndSkipsOtherRecords() throws IOException {
        read(archive("crawl.warc.gz", WarcCompression.GZIP));

        assertThat(problems).isEmpty();
        assertThat(documents).extracting(RawDocument::source)
                .containsExactly("https://news.example/a", "https://news.example/b");
        assertThat(documents).extracting(RawDocument::format).containsOnly(Format.HTML);
        assertThat(new String(documents.get(1).content(), StandardCharsets.UTF_8)).contains("Second synthetic page");
    }

    @Test
    void keepsThePagesBeforeATruncationAndNamesItsOffset() throws IOException {
        Path whole = archive("whole.warc", WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(whole);
        int cut = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("Second synthetic") - 10;
        Path truncated = dir.resolve("truncated.warc");
        Files.write(truncated, Arrays.copyOf(bytes, cut));

        read(truncated);

        assertThat(documents).extracting(RawDocument::source).containsExactly("https://news.example/a");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(truncated.toString());
            assertThat(p.location()).isEqualTo("record https://news.example/b");
            assertThat(p.message()).contains("truncated");
        });
    }

    @Test
    void rejectsAFileThatIsNotAWarc() throws IOException {
        Path fake = dir.resolve("fake.warc");
        Files.writeString(fake, "this is not a web archive\n");

        read(fake);

        assertThat(documents).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("expected"));
    }
}
