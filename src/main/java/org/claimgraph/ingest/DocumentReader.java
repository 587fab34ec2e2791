package org.claimgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimgraph.core.Format;
import org.claimgraph.core.Problem;
import org.claimgraph.core.RawDocument;
import org.claimgraph.core.Stage;

/**
 * Reads the paths a user gives: files, directories (recursively, in name order) and {@code -} for standard input.
 * Directories contribute their {@code .txt}, {@code .html}, {@code .htm}, {@code .jsonl}, {@code .warc} and
 * {@code .warc.gz} files and RSS/Atom feeds ({@code .rss}, {@code .atom}) and skip the
 * rest; a file named explicitly is read whatever its extension. Each unreadable input becomes one problem.
 */
public final class DocumentReader {
    /** The path that stands for standard input. */
    public static final String STDIN = "-";

    private final IngestLimits limits;
    private final InputStream stdin;
    private final JsonLinesReader jsonLines;

    /** Creates a reader with the given limits, reading {@code -} from the given stream. */
    public DocumentReader(IngestLimits limits, InputStream stdin) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.jsonLines = new JsonLinesReader(limits);
    }

    /** Reads every given path into the sink, in order; returns the number of files skipped for their extension. */
    public int read(List<String> paths, DocumentSink sink) {
        int skipped = 0;
        for (String path : paths) {
            if (STDIN.equals(path)) {
                readStream(STDIN, stdin, sink);
            } else {
                skipped += readPath(path, sink);
            }
        }
        return skipped;
    }

    private int readPath(String given, DocumentSink sink) {
        Path path = Path.of(given);
        if (!Files.isDirectory(path)) {
            readFile(given, path, sink);
            return 0;
        }
        List<Path> files = listFiles(given, path, sink);
        int skipped = 0;
        for (Path file : files) {
            if (Formats.isSupported(file)) {
                readFile(file.toString(), file, sink);
            } else {
                skipped++;
            }
        }
        return skipped;
    }

    private static List<Path> listFiles(String given, Path dir, DocumentSink sink) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !Files.isDirectory(p)).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.reject(new Problem(given, Stage.INGEST, "", "directory cannot be listed (" + e.getMessage()
                    + "); expected a readable directory"));
            return new ArrayList<>();
        }
    }

    private void readFile(String source, Path file, DocumentSink sink) {
        try {
            if (!Files.exists(file)) {
                sink.reject(new Problem(source, Stage.INGEST, "", "file does not exist (or is a broken link); "
                        + "expected a readable file"));
                return;
            }
            if (Formats.isWarc(file)) {
                new WarcArchiveReader(limits).read(source, file, sink);
                return;
            }
            long size = Files.size(file);
            if (size > limits.maxDocumentBytes() && !Formats.isJsonLines(file)) {
                sink.reject(tooLarge(source, size));
                return;
            }
            if (Formats.isJsonLines(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    jsonLines.read(source, in, sink);
                }
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (Formats.isFeed(file) || lowerName(file).endsWith(".xml") && FeedReader.isFeed(bytes)) {
                new FeedReader().read(source, bytes, sink);
                return;
            }
            accept(source, null, Formats.of(file), bytes, sink);
        } catch (IOException e) {
            sink.reject(new Problem(source, Stage.INGEST, "", "file cannot be read (" + describe(e)
                    + "); expected a readable file"));
        }
    }

    private void readStream(String source, InputStream in, DocumentSink sink) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
            if (bytes.length > limits.maxDocumentBytes()) {
                sink.reject(tooLarge(source, bytes.length));
                return;
            }
            accept(source, null, Formats.sniff(bytes), bytes, sink);
        } catch (IOException e) {
            sink.reject(new Problem(source, Stage.INGEST, "", "standard input cannot be read (" + describe(e) + ")"));
        }
    }

    /** Checks the bytes of one document and passes it on, or rejects it with the reason. */
    static void accept(String source, String url, Format format, byte[] bytes, DocumentSink sink) {
        boolean blank = bytes.length == 0
                || bytes.length <= 4096 && new String(bytes, StandardCharsets.ISO_8859_1).isBlank();
        if (blank) {
            sink.reject(new Problem(source, Stage.INGEST, "", "document is empty; expected an article's text or HTML"));
            return;
        }
        Optional<String> binary = ContentSniffer.findBinaryReason(bytes, bytes.length);
        if (binary.isPresent()) {
            sink.reject(new Problem(source, Stage.INGEST, "", "file " + binary.get()
                    + "; expected text or HTML"));
            return;
        }
        sink.accept(RawDocument.of(source, url, format, bytes));
    }

    private Problem tooLarge(String source, long size) {
        return new Problem(source, Stage.INGEST, "", String.format(Locale.ROOT,
                "document is %.1f MiB, over the %.1f MiB limit for one document; expected a single article page",
                size / 1048576.0, limits.maxDocumentBytes() / 1048576.0));
    }

    private static String lowerName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
