package org.claimgraph.export;

import java.util.Locale;

/** The export formats, with the media type and file extension of each. */
public enum ExportFormat {
    /** The JSON report of {@code docs/report.md}. */
    json("application/json", "json"),
    /** One row a claim, RFC 4180 quoting. */
    csv("text/csv; charset=utf-8", "csv"),
    /** Documents, sources, entities and claims as nodes, provenance and evidence as edges. */
    graphml("application/graphml+xml", "graphml");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** Returns the HTTP media type. */
    public String mediaType() {
        return mediaType;
    }

    /** Returns the file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * Returns the format with this name, case-insensitively.
     *
     * @throws IllegalArgumentException when no format has the name
     */
    public static ExportFormat parse(String name) {
        for (ExportFormat f : values()) {
            if (f.name().equals(name.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("export format '" + name + "' is unknown; expected json, csv or graphml");
    }
}
