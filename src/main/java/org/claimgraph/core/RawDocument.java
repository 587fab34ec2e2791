package org.claimgraph.core;

import java.util.Arrays;
import java.util.Objects;

/**
 * One input document as read, before any interpretation.
 *
 * @param id      the content hash
 * @param source  the path, URL or stdin marker exactly as the user gave it (with a line number for JSONL records)
 * @param url     the page's URL when the input names one, else {@code null}
 * @param format  how to read the content
 * @param content the bytes as read; charset decoding is the extract stage's job
 */
public record RawDocument(DocumentId id, String source, String url, Format format, byte[] content) {
    /** Validates and copies the content. */
    public RawDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        content = Objects.requireNonNull(content, "content").clone();
    }

    /** Creates a document whose id is the hash of its content. */
    public static RawDocument of(String source, String url, Format format, byte[] content) {
        return new RawDocument(DocumentId.ofContent(content), source, url, format, content);
    }

    /** Returns a copy of the content bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Returns the content length in bytes. */
    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawDocument other && id.equals(other.id) && source.equals(other.source)
                && Objects.equals(url, other.url) && format == other.format && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, source, url, format, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "RawDocument[" + id + ", " + source + ", " + format + ", " + content.length + " bytes]";
    }
}
