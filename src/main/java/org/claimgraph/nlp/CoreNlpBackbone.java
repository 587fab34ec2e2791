package org.claimgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.claimgraph.core.EntityType;
import org.claimgraph.core.Mention;
import org.claimgraph.core.Sentence;
import org.claimgraph.core.Span;

/**
 * Stanford CoreNLP behind our own interface: sentences and PERSON/ORGANIZATION/LOCATION mentions. Loads only the
 * annotators that pay for themselves (tokenize, ssplit, ner with the 3-class model; the POS tagger would cost four times the rest and buys nothing we use); no SUTime, no numeric
 * classifiers, no fine-grained NER: our own recognisers do quantities, dates and designations better and faster.
 * Loaded once per process by its owner; {@link #parse} is safe to call from several threads.
 */
final class CoreNlpBackbone {
    private final StanfordCoreNLP pipeline;

    CoreNlpBackbone() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,ner");
        props.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.maxlen", "200");
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** Returns the sentences and the statistical name mentions of the text. */
    Parse parse(String text) {
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.isEmpty()) {
                continue;
            }
            sentences.add(new Sentence(new Span(tokens.get(0).beginPosition(),
                    tokens.get(tokens.size() - 1).endPosition())));
            collectMentions(text, tokens, mentions);
        }
        return new Parse(sentences, mentions);
    }

    private static void collectMentions(String text, List<CoreLabel> tokens, List<Mention> into) {
        int i = 0;
        while (i < tokens.size()) {
            EntityType type = typeOf(tokens.get(i).ner());
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && typeOf(tokens.get(j).ner()) == type) {
                j++;
            }
            Span span = new Span(tokens.get(i).beginPosition(), tokens.get(j - 1).endPosition());
            into.add(new Mention(span, span.of(text), type, "corenlp"));
            i = j;
        }
    }

    private static EntityType typeOf(String ner) {
        if (ner == null) {
            return null;
        }
        return switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORG;
            case "LOCATION" -> EntityType.LOC;
            default -> null;
        };
    }

    /** Sentences and mentions of one text. */
    record Parse(List<Sentence> sentences, List<Mention> mentions) {
    }
}
