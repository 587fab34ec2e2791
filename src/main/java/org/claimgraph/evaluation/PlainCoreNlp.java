package org.claimgraph.evaluation;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.claimgraph.core.EntityType;

/**
 * The peer: Stanford CoreNLP's default English pipeline (tokenize, ssplit, pos, lemma, ner with fine-grained
 * classes, SUTime and numeric classifiers), taken as it comes. Each distinct mention text is one entity with the
 * type of its first mention, since the pipeline does not merge aliases.
 */
public final class PlainCoreNlp {
    private final StanfordCoreNLP pipeline;

    /** Loads the default pipeline. */
    public PlainCoreNlp() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** Returns the entities the pipeline finds in the text. */
    public List<PredictedEntity> entities(String text) {
        CoreDocument doc = annotate(text);
        Map<String, PredictedEntity> byText = new LinkedHashMap<>();
        for (CoreEntityMention m : doc.entityMentions()) {
            EntityType type = typeOf(m.entityType());
            if (type != null) {
                byText.putIfAbsent(m.text(), new PredictedEntity(m.text(), type, List.of(m.text())));
            }
        }
        return new ArrayList<>(byText.values());
    }

    /** Annotates the text and returns the number of tokens, for speed comparisons. */
    public int tokens(String text) {
        return annotate(text).annotation().get(CoreAnnotations.TokensAnnotation.class).size();
    }

    private CoreDocument annotate(String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        return doc;
    }

    private static EntityType typeOf(String ner) {
        return switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORG;
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY" -> EntityType.LOC;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }
}
