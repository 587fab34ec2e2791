package org.claimgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.core.Format;
import org.claimgraph.core.RawDocument;
import org.claimgraph.pipeline.Stages;

/** The shared seed corpus and the (expensive, loaded once) default stages, for tests. */
public final class Seeds {
    /** The seed pages, by relative path from the project root as the tests run. */
    public static final Path DIR = Path.of("../shared/corpus/seeds");
    private static Stages stages;

    private Seeds() {
    }

    /** Returns the default stages, loading CoreNLP once per test JVM. */
    public static synchronized Stages stages() {
        if (stages == null) {
            stages = Stages.defaults();
        }
        return stages;
    }

    /** Returns the seed file whose name starts with the given number, e.g. "004". */
    public static Path file(String number) {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed " + number + " in " + DIR));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the seed page as a raw text document. */
    public static RawDocument raw(String number) {
        try {
            Path file = file(number);
            return RawDocument.of(file.toString(), null, Format.TEXT, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns every seed page file, sorted. */
    public static List<Path> files() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
