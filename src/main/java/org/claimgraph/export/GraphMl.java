package org.claimgraph.export;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.claimgraph.core.Article;
import org.claimgraph.core.Claim;
import org.claimgraph.core.ClaimGraph;
import org.claimgraph.core.Entity;
import org.claimgraph.core.EntityMention;
import org.claimgraph.core.ProvenanceEdge;
import org.claimgraph.core.Statement;

/**
 * GraphML as Gephi reads it: one directed graph whose nodes are documents ({@code doc:ID}), sources
 * ({@code source:NAME}), entities ({@code entity:ID}) and claims ({@code claim:ID}), each with a {@code label} and a
 * {@code type}; edges are provenance edges (cites, republishes, copies, relays), claim evidence, claim subjects and
 * entity mentions, each with a {@code kind}.
 */
final class GraphMl {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    void write(ClaimGraph graph, Writer out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            key(xml, "label", "node", "label");
            key(xml, "type", "node", "type");
            key(xml, "kind", "edge", "kind");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "claimgraph");
            xml.writeAttribute("edgedefault", "directed");
            Map<String, String[]> nodes = nodes(graph);
            for (Map.Entry<String, String[]> n : nodes.entrySet()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", n.getKey());
                data(xml, "label", n.getValue()[0]);
                data(xml, "type", n.getValue()[1]);
                xml.writeEndElement();
            }
            int id = 0;
            for (String[] e : edges(graph)) {
                if (nodes.containsKey(e[0]) && nodes.containsKey(e[1])) {
                    xml.writeStartElement("edge");
                    xml.writeAttribute("id", "e" + id++);
                    xml.writeAttribute("source", e[0]);
                    xml.writeAttribute("target", e[1]);
                    data(xml, "kind", e[2]);
                    xml.writeEndElement();
                }
            }
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException("cannot write the GraphML export", e));
        }
    }

    private static Map<String, String[]> nodes(ClaimGraph graph) {
        Map<String, String[]> nodes = new LinkedHashMap<>();
        for (Article a : graph.articles()) {
            nodes.put("doc:" + a.id().value(), new String[] {a.title() == null ? a.source() : a.title(), "document"});
        }
        for (ProvenanceEdge e : graph.edges()) {
            for (String node : List.of(e.from(), e.to())) {
                if (node.startsWith("source:")) {
                    nodes.putIfAbsent(node, new String[] {node.substring("source:".length()), "source"});
                }
            }
        }
        for (Entity e : graph.entities()) {
            nodes.put("entity:" + e.id().value(), new String[] {e.name(), "entity " + e.type().name()});
        }
        for (Claim c : graph.claims()) {
            nodes.put("claim:" + c.id().value(), new String[] {c.subject() + " " + c.predicate()
                    + (c.object() == null ? "" : " " + c.object()), "claim"});
        }
        return nodes;
    }

    private static Set<String[]> edges(ClaimGraph graph) {
        Set<String[]> edges = new LinkedHashSet<>();
        graph.edges().forEach(e -> edges.add(new String[] {e.from(), e.to(), e.kind().name().toLowerCase(
                java.util.Locale.ROOT)}));
        Map<String, String> entityByName = new LinkedHashMap<>();
        Set<String> mentioned = new LinkedHashSet<>();
        for (Entity e : graph.entities()) {
            entityByName.putIfAbsent(e.name(), "entity:" + e.id().value());
            for (EntityMention m : e.mentions()) {
                if (mentioned.add(e.id().value() + " " + m.document().value())) {
                    edges.add(new String[] {"doc:" + m.document().value(), "entity:" + e.id().value(), "mentions"});
                }
            }
        }
        for (Claim c : graph.claims()) {
            Set<String> documents = new LinkedHashSet<>();
            for (Statement s : c.evidence()) {
                if (documents.add(s.document().value())) {
                    edges.add(new String[] {"claim:" + c.id().value(), "doc:" + s.document().value(), "evidence"});
                }
            }
            String subject = entityByName.get(c.subject());
            if (subject != null) {
                edges.add(new String[] {"claim:" + c.id().value(), subject, "about"});
            }
        }
        return edges;
    }

    private static void key(XMLStreamWriter xml, String id, String domain, String name) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", "string");
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        // XML 1.0 cannot carry most control characters, even escaped
        xml.writeCharacters(value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", ""));
        xml.writeEndElement();
    }
}
