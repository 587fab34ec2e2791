package org.claimgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.claimgraph.core.AnnotatedArticle;
import org.claimgraph.core.Article;
import org.claimgraph.core.Mention;
import org.claimgraph.core.Quantity;
import org.claimgraph.core.Sentence;
import org.claimgraph.core.Span;

/**
 * The default annotator: Stanford CoreNLP for sentences and statistical names, overruled where our domain
 * recognisers know better (designations, organisation cues), plus quantities. Create one per process: loading
 * the models takes seconds. Thread-safe.
 */
public final class CoreNlpAnnotator implements Annotator {
    /** Texts longer than this are annotated in their first part only; no real article comes near it. */
    public static final int MAX_CHARS = 1_000_000;

    private final CoreNlpBackbone backbone;
    private final DesignationRecognizer designations = new DesignationRecognizer();
    private final OrganisationCueRecognizer organisations = new OrganisationCueRecognizer();
    private final QuantityRecognizer quantities = new QuantityRecognizer();

    /** Loads the CoreNLP models from the class path. */
    public CoreNlpAnnotator() {
        this.backbone = new CoreNlpBackbone();
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        Objects.requireNonNull(article, "article");
        String text = article.text().length() > MAX_CHARS ? article.text().substring(0, MAX_CHARS) : article.text();
        CoreNlpBackbone.Parse parse = backbone.parse(text);
        List<Mention> domain = new ArrayList<>(designations.recognise(text));
        domain.addAll(organisations.recognise(text));
        List<Mention> mentions = HeadlineMentions.repair(text, merge(domain, parse.mentions()));
        List<Quantity> found = quantities.recognise(text);
        return new AnnotatedArticle(article, sentencesOrWhole(parse.sentences(), text), mentions, found);
    }

    /**
     * Keeps the longest domain mention of each overlapping group, then the statistical mentions that overlap no
     * domain mention, sorted by offset.
     */
    static List<Mention> merge(List<Mention> domain, List<Mention> statistical) {
        List<Mention> kept = new ArrayList<>();
        domain.stream().sorted(Comparator.comparingInt((Mention m) -> -m.span().length()))
                .filter(m -> kept.stream().noneMatch(k -> k.span().overlaps(m.span())))
                .forEach(kept::add);
        List<Mention> result = new ArrayList<>(kept);
        statistical.stream().filter(m -> kept.stream().noneMatch(k -> k.span().overlaps(m.span())))
                .forEach(result::add);
        result.sort(Comparator.comparing(Mention::span));
        return result;
    }

    private static List<Sentence> sentencesOrWhole(List<Sentence> sentences, String text) {
        if (!sentences.isEmpty() || text.isBlank()) {
            return sentences;
        }
        return List.of(new Sentence(new Span(0, text.length())));
    }
}
