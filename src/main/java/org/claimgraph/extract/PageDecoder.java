package org.claimgraph.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.core.BadInputException;
import org.claimgraph.core.RawDocument;
import org.claimgraph.core.Stage;

/**
 * Turns a document's bytes into text. Scraped text must be UTF-8. A web page is read by its byte-order mark, then
 * by its declared charset ({@code <meta charset>}, {@code http-equiv}, XML declaration) unless the bytes are valid
 * UTF-8 with non-ASCII characters (a wrong declaration), then as UTF-8 when valid, else as windows-1252, the web's
 * fallback. Binary content is rejected. Stateless and thread-safe.
 */
final class PageDecoder {
    private static final Pattern DECLARED = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([\\w.:-]+)");
    private static final int SNIFF_BYTES = 8192;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** More NUL bytes than this share of the first bytes means the content is not text. */
    private static final int BINARY_NULS_PER_MILLE = 1;

    /** Returns the text of a scraped-text document, without a byte-order mark. */
    String decodeText(RawDocument doc, byte[] bytes) {
        requireText(doc, bytes, "a UTF-8 text file");
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        return strictUtf8(bytes, start).orElseThrow(() -> new BadInputException(doc.source(), Stage.EXTRACT,
                "byte " + firstInvalidUtf8(bytes, start), "text is not valid UTF-8; expected a UTF-8 text file"));
    }

    /** Returns the text of a web page in the charset it most likely uses. */
    String decodeHtml(RawDocument doc, byte[] bytes) {
        requireText(doc, bytes, "an HTML page");
        if (hasUtf8Bom(bytes)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Optional<String> utf8 = strictUtf8(bytes, 0);
        Charset declared = declared(bytes);
        if (utf8.isPresent() && (declared == null || declared.equals(StandardCharsets.UTF_8) || !isAscii(bytes))) {
            return utf8.get();
        }
        return new String(bytes, declared != null && !declared.equals(StandardCharsets.UTF_8) ? declared
                : WINDOWS_1252);
    }

    private static void requireText(RawDocument doc, byte[] bytes, String expected) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int nuls = 0;
        for (int i = 0; i < n; i++) {
            nuls += bytes[i] == 0 ? 1 : 0;
        }
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xff);
        if (!utf16 && nuls * 1000 > Math.max(n, 1) * BINARY_NULS_PER_MILLE) {
            throw new BadInputException(doc.source(), Stage.EXTRACT, "",
                    "content has " + nuls + " NUL bytes in its first " + n + " bytes; expected " + expected);
        }
    }

    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        try {
            // per the HTML standard a page labelled latin-1 or ASCII is read as windows-1252
            return name.matches("iso-8859-1|latin1|us-ascii|ascii") ? WINDOWS_1252 : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException ignored) {
            // an unknown label: decide from the bytes alone, as browsers do
            return null;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
    }

    private static Optional<String> strictUtf8(byte[] bytes, int start) {
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            // the JDK's decoder replaces every malformed sequence with U+FFFD, so none means valid UTF-8
            return Optional.of(fast);
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString());
        } catch (CharacterCodingException ignored) {
            // not UTF-8: the caller reports it or tries another charset
            return Optional.empty();
        }
    }

    private static int firstInvalidUtf8(byte[] bytes, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        var result = decoder.decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        return result.isError() ? in.position() : bytes.length;
    }
}
