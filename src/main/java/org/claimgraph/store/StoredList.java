package org.claimgraph.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A sanctions list file as loaded by a user, kept whole so that it can be re-read at every analysis.
 *
 * @param name     the list's name (unique in the store), e.g. "ofac_sdn_2024-05-03"
 * @param fileName the file name it was loaded from
 * @param sha256   the hex SHA-256 of the content
 * @param loadedAt when it was loaded
 * @param content  the file's bytes
 */
public record StoredList(String name, String fileName, String sha256, Instant loadedAt, byte[] content) {
    /** Validates the fields and copies the content. */
    public StoredList {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(loadedAt, "loadedAt");
        content = Objects.requireNonNull(content, "content").clone();
    }

    /** Returns a copy of the content. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredList other && name.equals(other.name) && sha256.equals(other.sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, sha256);
    }

    @Override
    public String toString() {
        return "StoredList[" + name + ", " + fileName + ", " + content.length + " bytes]";
    }
}
