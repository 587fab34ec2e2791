package org.claimgraph.screen;

import org.claimgraph.screen.lists.SanctionsList;
import org.claimgraph.screen.lists.ListReading;
import org.claimgraph.screen.lists.ListReader;
import org.claimgraph.screen.lists.ListFormat;
import org.claimgraph.screen.lists.ListEntry;
import org.claimgraph.screen.lists.EntryType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.claimgraph.core.BadInputException;
import org.junit.jupiter.api.Test;

class ListReaderTest {
    static final Path DATA = Path.of("../shared/data/sanctions");
    static final Path SDN = DATA.resolve("ofac/ofac_sdn_2024-05-03.csv");
    static final Path EXTRACT = DATA.resolve("ofac/ofac_sdn_2024-05-03_defence_extract.csv");
    static final Path ZALA = DATA.resolve("opensanctions/yente_fixture_zala_entities.ftm.jsonl");
    private final ListReader reader =
            new ListReader(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));

    @Test
    void readsEveryRowOfTheFullSdnListWithoutProblems() throws IOException {
        ListReading reading = read(SDN);
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.list().entries()).hasSize(14965);
        assertThat(reading.list().name()).isEqualTo("ofac_sdn_2024-05-03");
        assertThat(reading.list().date()).isEqualTo(LocalDate.of(2024, 5, 3));
        assertThat(reading.list().format()).isEqualTo(ListFormat.OFAC_SDN_CSV);
        assertThat(reading.list().entries().stream().filter(e -> e.type() == EntryType.PERSON)).hasSize(6854);
        assertThat(reading.list().entries().stream().filter(e -> e.type() == EntryType.VESSEL)).hasSize(851);
        assertThat(reading.list().entries().stream().filter(e -> e.type() == EntryType.AIRCRAFT)).hasSize(376);
        assertThat(reading.list().entries().stream().filter(e -> e.type() == EntryType.ORGANISATION)).hasSize(6884);
    }

    @Test
    void findsTheThreeSeedFirmsWithTheirIdsAndProgrammes() throws IOException {
        SanctionsList list = read(SDN).list();
        assertThat(list.findEntry("16865").orElseThrow()).isEqualTo(new ListEntry("16865",
                "JOINT STOCK COMPANY AEROSPACE DEFENSE CONCERN ALMAZ-ANTEY", List.of(), EntryType.ORGANISATION,
                List.of("UKRAINE-EO13661", "RUSSIA-EO14024")));
        assertThat(list.findEntry("46431").orElseThrow().name())
                .isEqualTo("JOINT STOCK COMPANY IZHEVSK ELECTROMECHANICAL PLANT KUPOL");
        assertThat(list.findEntry("46431").orElseThrow().programmes()).containsExactly("RUSSIA-EO14024");
        assertThat(list.findEntry("46441").orElseThrow()).isEqualTo(new ListEntry("46441", "TSK VEKTOR, OOO",
                List.of(), EntryType.ORGANISATION, List.of("RUSSIA-EO14024")));
    }

    @Test
    void takesAliasesFromRemarksAndTreatsNullMarkersAsEmpty() throws IOException {
        SanctionsList list = read(EXTRACT).list();
        ListEntry bureau = list.findEntry("17258").orElseThrow();
        assertThat(bureau.aliases()).containsExactly("GSKB");
        assertThat(bureau.type()).isEqualTo(EntryType.ORGANISATION);
        ListEntry deputy = list.findEntry("35223").orElseThrow();
        assertThat(deputy.name()).isEqualTo("KALASHNIKOV, Leonid Ivanovich");
        assertThat(deputy.type()).isEqualTo(EntryType.PERSON);
        assertThat(list.entries()).noneMatch(e -> e.name().contains("-0-") || e.programmes().contains("-0-"));
    }

    @Test
    void skipsTheTrailingDosEndOfFileByte() throws IOException {
        byte[] bytes = Files.readAllBytes(SDN);
        assertThat(bytes[bytes.length - 1]).isEqualTo((byte) 0x1A);
        ListReading reading = reader.read(bytes, "sdn.csv");
        assertThat(reading.problems()).isEmpty();
        List<ListEntry> entries = reading.list().entries();
        assertThat(entries.get(entries.size() - 1).id()).isEqualTo(lastEntNum(bytes));
    }

    @Test
    void reportsAMalformedRowWithFileAndLineAndLoadsTheRest() throws IOException {
        List<String> lines = Files.readAllLines(EXTRACT, StandardCharsets.US_ASCII);
        lines.add(2, "12345,\"BROKEN ROW WITH TOO FEW COLUMNS\",-0- ");
        lines.add(4, "99999,\"UNTERMINATED QUOTE,-0- ,\"SDGT\"");
        ListReading reading = reader.read(String.join("\r\n", lines).getBytes(StandardCharsets.US_ASCII),
                "lists/broken_sdn.csv");
        assertThat(reading.list().entries()).hasSize(26);
        assertThat(reading.problems()).extracting(p -> p.line()).containsExactly(
                "lists/broken_sdn.csv:line 3: OFAC SDN row has 3 columns; expected 12 (ent_num, SDN_Name, SDN_Type,"
                        + " Program, ..., Remarks)",
                "lists/broken_sdn.csv:line 5: OFAC SDN row has broken quotes; expected each field quoted as"
                        + " \"...\" and followed by a comma");
    }

    @Test
    void skipsAHeaderLineSomeCopiesAdd() throws IOException {
        String text = "ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,Vess_flag,Vess_owner,"
                + "Remarks\r\n" + Files.readString(EXTRACT, StandardCharsets.US_ASCII);
        ListReading reading = reader.read(text.getBytes(StandardCharsets.US_ASCII), "with_header.csv");
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.list().entries()).hasSize(26);
    }

    @Test
    void readsAListWrittenInWindows1252() throws IOException {
        String text = Files.readString(EXTRACT, StandardCharsets.US_ASCII).replace("KALASHNIKOV, Leonid",
                "KALASHNIKOV, L\u00e9onid");
        ListReading reading = reader.read(text.getBytes(java.nio.charset.Charset.forName("windows-1252")), "x.csv");
        assertThat(reading.list().findEntry("35223").orElseThrow().name()).isEqualTo("KALASHNIKOV, L\u00e9onid Ivanovich");
    }

    @Test
    void rejectsAFileInAnotherFormatNamingItAndTheExpectedFormats() {
        var e = assertThrows(BadInputException.class, () -> read(DATA.resolve(
                "matching/nomenklatura_name_bench_cases.csv")));
        assertThat(e.getMessage()).isEqualTo("list file 'nomenklatura_name_bench_cases.csv' starts with "
                + "'case_group,schema,name1,name2,is_match,q'; expected an OFAC SDN CSV (rows like 123,\"NAME\",...)"
                + " or FollowTheMoney JSON lines (one {\"id\": ..., \"schema\": ...} object per line)");
        assertThat(e.problem().source()).isEqualTo("nomenklatura_name_bench_cases.csv");
    }

    @Test
    void rejectsAnEmptyFile() {
        var e = assertThrows(BadInputException.class, () -> reader.read(new byte[0], "empty.csv"));
        assertThat(e.getMessage()).startsWith("list file 'empty.csv' starts with nothing (the file is empty);");
    }

    @Test
    void readsFollowTheMoneyPartiesWithProgrammesFromTheirSanctions() throws IOException {
        ListReading reading = read(ZALA);
        assertThat(reading.problems()).isEmpty();
        SanctionsList list = reading.list();
        assertThat(list.format()).isEqualTo(ListFormat.FTM_JSONL);
        assertThat(list.entries()).hasSize(17);
        assertThat(list.date()).isEqualTo(LocalDate.of(2026, 4, 29));
        ListEntry cst = list.findEntry("NK-abdzbEBkqyT29GyREbiURZ").orElseThrow();
        assertThat(cst.name()).isEqualTo("LLC CST");
        assertThat(cst.type()).isEqualTo(EntryType.ORGANISATION);
        assertThat(cst.programmes()).contains("Autonomous (Russia)");
    }

    @Test
    void reportsABrokenJsonLineAndLoadsTheOthers() throws IOException {
        String text = Files.readString(ZALA);
        int second = text.indexOf('\n') + 1;
        String broken = text.substring(0, second) + "{\"id\": \"x\", \"schema\": \"Person\", \n"
                + text.substring(second);
        ListReading reading = reader.read(broken.getBytes(StandardCharsets.UTF_8), "zala.ftm.jsonl");
        assertThat(reading.list().entries()).hasSize(17);
        assertThat(reading.problems()).hasSize(1);
        assertThat(reading.problems().get(0).location()).isEqualTo("line 2");
        assertThat(reading.problems().get(0).message()).startsWith("FollowTheMoney line is not valid JSON (");
    }

    private ListReading read(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return reader.read(in, file.getFileName().toString());
        }
    }

    private static String lastEntNum(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.US_ASCII).strip();
        String lastLine = text.substring(text.lastIndexOf('\n', text.length() - 3) + 1);
        return lastLine.substring(0, lastLine.indexOf(','));
    }
}
