package org.claimgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.claimgraph.core.Format;

/** Decides a document's format from its file name or, for unnamed input, its first bytes. */
final class Formats {
    private Formats() {
    }

    static boolean isSupported(Path file) {
        String name = lowerName(file);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".jsonl")
                || isWarc(file) || isFeed(file);
    }

    static boolean isFeed(Path file) {
        String name = lowerName(file);
        return name.endsWith(".rss") || name.endsWith(".atom");
    }

    static boolean isWarc(Path file) {
        String name = lowerName(file);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    static boolean isJsonLines(Path file) {
        return lowerName(file).endsWith(".jsonl");
    }

    static Format of(Path file) {
        String name = lowerName(file);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.HTML;
        }
        if (name.endsWith(".txt")) {
            return Format.TEXT;
        }
        return Format.TEXT;
    }

    /** Returns HTML when the content starts (after white space and a BOM) with a tag, else TEXT. */
    static Format sniff(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .replace("\u00ef\u00bb\u00bf", "").stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || head.startsWith("<!--") ? Format.HTML : Format.TEXT;
    }

    private static String lowerName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }
}
