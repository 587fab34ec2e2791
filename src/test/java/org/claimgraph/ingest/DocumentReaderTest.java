package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.core.Format;
import org.claimgraph.core.Problem;
import org.claimgraph.core.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();
    private final List<RawDocument> documents = sink.documents;
    private final List<Problem> problems = sink.problems;

    private int read(String... paths) {
        return read(new ByteArrayInputStream(new byte[0]), paths);
    }

    private int read(InputStream stdin, String... paths) {
        return new DocumentReader(IngestLimits.DEFAULT, stdin).read(List.of(paths), sink);
    }

    @Test
    void readsDirectoriesRecursivelyInNameOrderAndSkipsOtherExtensions() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/page.html"), "<html><body><p>Hello</p></body></html>");
        Files.writeString(dir.resolve("a.txt"), "A headline\n\nA body line.");
        Files.writeString(dir.resolve("gold.json"), "{}");

        int skipped = read(dir.toString());

        assertThat(documents).extracting(RawDocument::source)
                .containsExactly(dir.resolve("a.txt").toString(), dir.resolve("b/page.html").toString());
        assertThat(documents).extracting(RawDocument::format).containsExactly(Format.TEXT, Format.HTML);
        assertThat(skipped).isEqualTo(1);
        assertThat(problems).isEmpty();
    }

    @Test
    void sameContentGetsSameIdWhereverItComesFrom() throws IOException {
        Files.writeString(dir.resolve("one.txt"), "Same text.");
        Files.writeString(dir.resolve("two.txt"), "Same text.");

        read(dir.resolve("one.txt").toString(), dir.resolve("two.txt").toString());

        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).id()).isEqualTo(documents.get(1).id());
    }

    @Test
    void rejectsEachBadFileWithOneProblemNamingItAndReadsTheRest() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "A headline\n\nA real body.");
        Files.write(dir.resolve("binary.txt"), new byte[] {1, 2, 0, 4, 5, 6});
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("gzip.html"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0});
        Files.createSymbolicLink(dir.resolve("unreadable.txt"), dir.resolve("missing-target.txt"));
        Path huge = dir.resolve("huge.txt");
        try (Writer w = Files.newBufferedWriter(huge)) {
            String line = "All work and no play makes a very long page. ".repeat(20) + "\n";
            for (long written = 0; written < 100L * 1024 * 1024; written += line.length()) {
                w.write(line);
            }
        }

        read(dir.toString());

        assertThat(documents).extracting(RawDocument::source).containsExactly(dir.resolve("good.txt").toString());
        assertThat(problems).extracting(Problem::line).containsExactlyInAnyOrder(
                dir.resolve("binary.txt") + ": file contains a NUL byte at offset 2; expected text or HTML",
                dir.resolve("empty.txt") + ": document is empty; expected an article's text or HTML",
                dir.resolve("gzip.html") + ": file is gzip-compressed data; expected text or HTML",
                dir.resolve("huge.txt") + ": document is 100.0 MiB, over the 16.0 MiB limit for one document; "
                        + "expected a single article page",
                dir.resolve("unreadable.txt") + ": file does not exist (or is a broken link); expected a readable file");
    }

    @Test
    void readsJsonLinesRecordsAndReportsBadLinesWithTheirNumber() throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, String.join("\n",
                "{\"url\": \"https://news.example/a\", \"html\": \"<p>First page</p>\"}",
                "{\"url\": \"https://news.example/b\", \"text\": \"Second page\"}",
                "not json at all",
                "{\"url\": \"https://news.example/c\"}",
                ""));

        read(feed.toString());

        assertThat(documents).extracting(RawDocument::source)
                .containsExactly("https://news.example/a", "https://news.example/b");
        assertThat(documents).extracting(RawDocument::format).containsExactly(Format.HTML, Format.TEXT);
        assertThat(documents.get(0).url()).isEqualTo("https://news.example/a");
        assertThat(problems).extracting(Problem::source).containsExactly(feed + ":3", feed + ":4");
        assertThat(problems.get(0).message()).contains("not valid JSON");
        assertThat(problems.get(1).message()).contains("has no \"html\" or \"text\" string");
    }

    @Test
    void readsStandardInputAndSniffsHtml() {
        byte[] page = "<!DOCTYPE html><html><body><p>From a pipe</p></body></html>".getBytes(StandardCharsets.UTF_8);

        read(new ByteArrayInputStream(page), "-");

        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("-");
            assertThat(d.format()).isEqualTo(Format.HTML);
        });
    }

    @Test
    void reportsAMissingPathAsAProblem() {
        read(dir.resolve("nope.txt").toString());

        assertThat(problems).singleElement().extracting(Problem::line)
                .isEqualTo(dir.resolve("nope.txt") + ": file does not exist (or is a broken link); expected a readable file");
    }
}
