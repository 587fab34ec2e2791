package org.claimgraph.ingest;

import java.util.Optional;

/** Recognises content that is not text at all, before any stage tries to read it. */
final class ContentSniffer {
    private static final int SNIFF_BYTES = 8192;

    private ContentSniffer() {
    }

    /** Returns why the bytes are not text (a NUL byte, a known binary signature), or empty when they may be text. */
    static Optional<String> findBinaryReason(byte[] bytes, int length) {
        if (length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            return Optional.of("is gzip-compressed data");
        }
        if (length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return Optional.of("is a zip archive");
        }
        if (length >= 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            return Optional.of("is a PDF document");
        }
        int limit = Math.min(length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return Optional.of("contains a NUL byte at offset " + i);
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                control++;
            }
        }
        if (limit > 0 && control * 10 > limit) {
            return Optional.of("is mostly control characters");
        }
        return Optional.empty();
    }
}
