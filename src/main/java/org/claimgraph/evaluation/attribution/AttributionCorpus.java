package org.claimgraph.evaluation.attribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimgraph.claims.attribution.LabelledText;
import org.claimgraph.claims.attribution.Role;
import org.claimgraph.claims.attribution.RoleSpan;
import org.claimgraph.core.Span;

/**
 * Reads one split of the PolNeAR attribution corpus: article texts, their brat annotations (Source, Cue and Content
 * spans, a discontinuous span giving one span per fragment) and the wire service named in {@code metadata.tsv}.
 * An article annotated by several annotators keeps the first annotation file in name order.
 */
public final class AttributionCorpus {
    private static final Pattern ANNOTATION_FILE = Pattern.compile("(.+)_[0-9a-f]+\\.ann");
    private final Path root;

    /** Reads from the corpus directory holding {@code metadata.tsv} and one folder per split. */
    public AttributionCorpus(Path root) {
        this.root = root;
    }

    /**
     * Returns the articles of a split ("train" or "dev"), sorted by name; an article several annotators annotated
     * keeps the first annotation in file name order.
     *
     * @throws UncheckedIOException when the split cannot be read
     * @throws IllegalArgumentException when the split has no articles
     */
    public List<AttributionArticle> articles(String split) {
        return articles(split, a -> true);
    }

    /**
     * Returns the articles of a split that one annotator annotated (or none), leaving out those several did: a
     * tagger trained on these can be compared with the annotators on the others.
     */
    public List<AttributionArticle> articlesAnnotatedOnce(String split) {
        return articles(split, a -> a.annotations().size() < 2);
    }

    private List<AttributionArticle> articles(String split, java.util.function.Predicate<Annotated> keep) {
        Map<String, String> wires = wires();
        List<AttributionArticle> out = new ArrayList<>();
        for (Annotated a : read(split).stream().filter(keep).toList()) {
            List<RoleSpan> first = a.annotations().isEmpty() ? List.of() : a.annotations().get(0);
            out.add(new AttributionArticle(a.name(), new LabelledText(a.text(), first),
                    Optional.ofNullable(wires.get(a.name()))));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("corpus split '" + split + "' under " + root
                    + " has no articles; expected text/*.txt");
        }
        return out;
    }

    /**
     * Returns the articles of a split that several annotators annotated, each with every annotation, in file name
     * order: the material for measuring how far annotators agree with each other.
     *
     * @throws UncheckedIOException when the split cannot be read
     */
    public List<MultiplyAnnotated> multiplyAnnotated(String split) {
        return read(split).stream().filter(a -> a.annotations().size() >= 2)
                .map(a -> new MultiplyAnnotated(a.name(), a.text(), a.annotations())).toList();
    }

    /** An article of a split with the spans of each of its annotation files. */
    private record Annotated(String name, String text, List<List<RoleSpan>> annotations) {
    }

    private List<Annotated> read(String split) {
        Path dir = root.resolve(split);
        try {
            Map<String, List<Path>> annotationFiles = annotationFiles(dir.resolve("attributions"));
            List<Annotated> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir.resolve("text"))) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    List<List<RoleSpan>> annotations = new ArrayList<>();
                    for (Path ann : annotationFiles.getOrDefault(name, List.of())) {
                        annotations.add(spans(ann, text.length()));
                    }
                    out.add(new Annotated(name, text, annotations));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus split '" + split + "' under " + root, e);
        }
    }

    /** Returns the brat files of a folder by article name ("name_3f9a.ann" is "name"), each list sorted. */
    private static Map<String, List<Path>> annotationFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> ANNOTATION_FILE.matcher(p.getFileName().toString()).matches()).sorted()
                    .collect(Collectors.groupingBy(p -> ANNOTATION_FILE.matcher(p.getFileName().toString())
                            .replaceFirst("$1"), HashMap::new, Collectors.toList()));
        }
    }

    /** Returns the Source, Cue and Content spans of a brat file, one per fragment. */
    static List<RoleSpan> spans(Path ann, int textLength) throws IOException {
        List<RoleSpan> out = new ArrayList<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length < 2 || !cols[0].matches("T\\d+")) {
                continue;
            }
            String[] typeAndRanges = cols[1].split(" ", 2);
            Role role = role(typeAndRanges[0]);
            if (role == null || typeAndRanges.length < 2) {
                continue;
            }
            for (String range : typeAndRanges[1].split(";")) {
                String[] ends = range.trim().split(" ");
                Span span = new Span(Integer.parseInt(ends[0]), Integer.parseInt(ends[1]));
                if (span.end() <= textLength && span.length() > 0) {
                    out.add(new RoleSpan(role, span));
                }
            }
        }
        return out;
    }

    private static Role role(String type) {
        return switch (type) {
            case "Source" -> Role.SOURCE;
            case "Cue" -> Role.CUE;
            case "Content" -> Role.CONTENT;
            default -> null;
        };
    }

    private Map<String, String> wires() {
        Map<String, String> out = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(root.resolve("metadata.tsv"), StandardCharsets.UTF_8);
            List<String> header = List.of(lines.get(0).split("\t"));
            int name = header.indexOf("filename");
            int wire = header.indexOf("wire");
            for (String line : lines.subList(1, lines.size())) {
                String[] cols = line.split("\t");
                if (cols.length > Math.max(name, wire)) {
                    normalisedWire(cols[wire]).ifPresent(w -> out.put(cols[name], w));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read metadata.tsv under " + root, e);
        }
        return out;
    }

    /** Returns the canonical wire name of a metadata value ("reuters" is "Reuters"), empty for none. */
    static Optional<String> normalisedWire(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "ap" -> Optional.of("AP");
            case "upi" -> Optional.of("UPI");
            case "afp" -> Optional.of("AFP");
            case "reuters" -> Optional.of("Reuters");
            default -> Optional.empty();
        };
    }

    /**
     * Splits articles for tuning without dev: with {@code every} N > 1, the held-out part is every Nth article
     * (indices N-1, 2N-1, ...), spread over all publishers; returns the held-out part when {@code heldOut}, else
     * the rest. With N <= 1 returns all articles.
     */
    public static List<AttributionArticle> everyNth(List<AttributionArticle> articles, int every, boolean heldOut) {
        if (every <= 1) {
            return articles;
        }
        List<AttributionArticle> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if ((i % every == every - 1) == heldOut) {
                out.add(articles.get(i));
            }
        }
        return out;
    }
}
