package org.claimgraph.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A document's identity: the first 16 hex digits of the SHA-256 of its content, so that the same bytes always get
 * the same id and re-ingesting them is a no-op.
 */
public record DocumentId(String value) implements Comparable<DocumentId> {
    private static final Pattern HEX16 = Pattern.compile("[0-9a-f]{16}");

    /** Validates that the value is 16 lowercase hex digits. */
    public DocumentId {
        Objects.requireNonNull(value, "value");
        if (!HEX16.matcher(value).matches()) {
            throw new IllegalArgumentException("document id '" + value
                    + "' is malformed; expected 16 lowercase hex digits");
        }
    }

    /** Returns the id of the given content bytes. */
    public static DocumentId ofContent(byte[] content) {
        Objects.requireNonNull(content, "content");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return new DocumentId(HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Returns the id of the given text, hashed as UTF-8. */
    public static DocumentId ofText(String text) {
        return ofContent(Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int compareTo(DocumentId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
