package org.claimgraph.screen.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.core.BadInputException;
import org.claimgraph.core.Stage;

/**
 * Reads a sanctions list file, detecting its format: OFAC's legacy SDN CSV or FollowTheMoney JSON lines.
 * Rows that cannot be read become problems naming the file and line; the other rows load. Thread-safe.
 */
public final class ListReader {
    private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** A first SDN row, or the header line some re-publishers add ({@code ent_num,SDN_Name,...}). */
    private static final Pattern SDN_START = Pattern.compile("\\A\\s*(\\d+,\"|\"?ent_num\"?,)",
            Pattern.CASE_INSENSITIVE);
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();

    /** Creates a reader that dates lists without a date of their own by {@code clock}'s current day. */
    public ListReader(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Reads a whole list from {@code in} (which it does not close).
     *
     * @param in     the file's bytes, UTF-8 (or Windows-1252 when not valid UTF-8)
     * @param source the file name as the user gave it; it names the list and every problem
     * @return the list with every readable row, and a problem per unreadable row
     * @throws BadInputException    when the content is neither format, naming the file and what was expected
     * @throws UncheckedIOException when reading the stream fails
     */
    public ListReading read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        try {
            return read(in.readAllBytes(), source);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read list file '" + source + "'", e);
        }
    }

    /** Reads a whole list from its bytes; see {@link #read(InputStream, String)}. */
    public ListReading read(byte[] bytes, String source) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return switch (detect(text, source)) {
            case OFAC_SDN_CSV -> readSdn(text, source);
            case FTM_JSONL -> readFtm(text, source);
        };
    }

    /** Decodes UTF-8; a file that is not valid UTF-8 is read as Windows-1252, as older OFAC files were written. */
    private static String decode(byte[] bytes) {
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast; // valid UTF-8 (a replacement character appears only for malformed input, or literally)
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException ignored) {
            // not UTF-8: every byte is a Windows-1252 character, so this reading cannot fail and loses nothing
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    private static ListFormat detect(String text, String source) {
        String head = text.substring(0, Math.min(text.length(), 200)).strip();
        if (head.startsWith("{")) {
            return ListFormat.FTM_JSONL;
        }
        if (SDN_START.matcher(head).find()) {
            return ListFormat.OFAC_SDN_CSV;
        }
        String shown = head.isEmpty() ? "nothing (the file is empty)"
                : "'" + head.substring(0, Math.min(head.length(), 40)).replaceAll("\\s+", " ") + "'";
        throw new BadInputException(source, Stage.SCREEN, "line 1", "list file '" + source + "' starts with "
                + shown + "; expected an OFAC SDN CSV (rows like 123,\"NAME\",...) or FollowTheMoney JSON lines "
                + "(one {\"id\": ..., \"schema\": ...} object per line)");
    }

    private ListReading readSdn(String text, String source) {
        var parser = new SdnCsvParser(source);
        parser.parse(text);
        LocalDate date = dateInName(source).orElseGet(() -> LocalDate.now(clock));
        return reading(source, date, ListFormat.OFAC_SDN_CSV, parser.entries(), parser.problems());
    }

    private ListReading readFtm(String text, String source) {
        var parser = new FtmJsonlParser(source, mapper);
        parser.parse(text);
        LocalDate date = dateInName(source).or(parser::latestDate).orElseGet(() -> LocalDate.now(clock));
        return reading(source, date, ListFormat.FTM_JSONL, parser.entries(), parser.problems());
    }

    private static ListReading reading(String source, LocalDate date, ListFormat format, List<ListEntry> entries,
            List<org.claimgraph.core.Problem> problems) {
        return new ListReading(new SanctionsList(listName(source), date, format, entries), problems);
    }

    /** Returns the file's base name without directories or extensions, e.g. {@code ofac_sdn_2024-05-03}. */
    static String listName(String source) {
        String base = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        int dot = base.indexOf('.');
        String name = dot > 0 ? base.substring(0, dot) : base;
        return name.isBlank() ? "list" : name;
    }

    private static java.util.Optional<LocalDate> dateInName(String source) {
        Matcher m = DATE_IN_NAME.matcher(listName(source));
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDate.parse(m.group()));
        } catch (java.time.format.DateTimeParseException ignored) {
            // a digit run that only looks like a date (e.g. 2024-13-45) is no date: use the other sources
            return java.util.Optional.empty();
        }
    }
}
