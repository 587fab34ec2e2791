package org.claimgraph.screen.lists;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.core.Problem;
import org.claimgraph.core.Stage;

/**
 * Parses FollowTheMoney entities, one JSON object per line. Persons, companies, organisations, vessels and
 * airplanes become entries; {@code Sanction} entities lend their programmes to the entity they point at.
 */
final class FtmJsonlParser {
    private static final Map<String, EntryType> PARTIES = Map.of("Person", EntryType.PERSON,
            "Company", EntryType.ORGANISATION, "Organization", EntryType.ORGANISATION,
            "LegalEntity", EntryType.UNKNOWN, "PublicBody", EntryType.ORGANISATION,
            "Vessel", EntryType.VESSEL, "Airplane", EntryType.AIRCRAFT);
    private static final List<String> ALIAS_PROPERTIES = List.of("name", "alias", "previousName");

    private final String source;
    private final ObjectMapper mapper;
    private final Map<String, JsonNode> parties = new LinkedHashMap<>();
    private final Map<String, Set<String>> programmes = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private LocalDate latest;

    FtmJsonlParser(String source, ObjectMapper mapper) {
        this.source = source;
        this.mapper = mapper;
    }

    /** Parses the whole text; bad lines become problems, the rest entries. */
    void parse(String text) {
        int line = 0;
        for (String row : text.split("\n", -1)) {
            line++;
            if (!row.isBlank()) {
                parseLine(line, row.strip());
            }
        }
    }

    List<ListEntry> entries() {
        var entries = new ArrayList<ListEntry>(parties.size());
        parties.forEach((id, node) -> entries.add(entry(id, node)));
        return entries;
    }

    List<Problem> problems() {
        return problems;
    }

    /** Returns the latest {@code last_change} or {@code last_seen} date in the data, if any. */
    java.util.Optional<LocalDate> latestDate() {
        return java.util.Optional.ofNullable(latest);
    }

    private void parseLine(int line, String row) {
        JsonNode node;
        try {
            node = mapper.readTree(row);
        } catch (JsonProcessingException e) {
            problem(line, "line is not valid JSON (" + e.getOriginalMessage() + "); expected one FollowTheMoney "
                    + "entity object per line");
            return;
        }
        String id = node.path("id").asText("");
        String schema = node.path("schema").asText("");
        if (!node.isObject() || id.isBlank() || schema.isBlank()) {
            problem(line, "line has no 'id' or 'schema'; expected a FollowTheMoney entity object");
        } else if (schema.equals("Sanction")) {
            addSanction(node.path("properties"));
        } else if (PARTIES.containsKey(schema)) {
            addParty(line, id, node);
        }
        noteDate(node.path("last_change").asText(node.path("last_seen").asText("")));
    }

    private void addParty(int line, String id, JsonNode node) {
        if (strings(node.path("properties"), "name").isEmpty()) {
            problem(line, node.path("schema").asText() + " '" + id + "' has no name; expected properties.name");
        } else {
            parties.put(id, node);
        }
    }

    private void addSanction(JsonNode props) {
        List<String> named = strings(props, "program");
        if (named.isEmpty()) {
            named = strings(props, "programId");
        }
        if (named.isEmpty()) {
            named = strings(props, "authority");
        }
        for (String entity : strings(props, "entity")) {
            programmes.computeIfAbsent(entity, k -> new LinkedHashSet<>()).addAll(named);
        }
    }

    private ListEntry entry(String id, JsonNode node) {
        JsonNode props = node.path("properties");
        String caption = node.path("caption").asText("");
        var names = new LinkedHashSet<String>();
        for (String property : ALIAS_PROPERTIES) {
            names.addAll(strings(props, property));
        }
        String primary = caption.isBlank() ? names.iterator().next() : caption;
        names.remove(primary);
        var type = PARTIES.get(node.path("schema").asText());
        return new ListEntry(id, primary, List.copyOf(names), type, List.copyOf(programmes.getOrDefault(id, Set.of())));
    }

    private static List<String> strings(JsonNode props, String property) {
        var out = new ArrayList<String>();
        for (JsonNode v : props.path(property)) {
            if (v.isTextual() && !v.asText().isBlank()) {
                out.add(v.asText().strip());
            }
        }
        return out;
    }

    private void noteDate(String timestamp) {
        if (timestamp.length() >= 10 && timestamp.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate d = LocalDate.parse(timestamp.substring(0, 10));
            latest = latest == null || d.isAfter(latest) ? d : latest;
        }
    }

    private void problem(int line, String message) {
        problems.add(new Problem(source, Stage.SCREEN, "line " + line, "FollowTheMoney " + message));
    }
}
