package org.claimgraph.claims.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.claimgraph.core.Span;
import org.claimgraph.core.Stance;

/**
 * Finds who says what in a text: sources, cues, contents, stance, the antecedents of anaphoric sources and the chain
 * of relays. A tagger trained on hand-annotated news finds the spans; rules add stance, non-responses,
 * non-confirmations, anaphora and chains. Immutable and thread-safe; {@link #find} is pure.
 */
public final class AttributionFinder {
    private static final String MODEL = "attribution-tagger.tsv.gz";
    private static final int CONTEXT_CHARS = 30;
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    private final TaggerModel model;
    private final Tokenizer tokenizer = new Tokenizer();
    private final SpanLinker linker = new SpanLinker();
    private final RuleCues rules = new RuleCues();
    private final ChainFinder chains = new ChainFinder();
    private final SourceResolver resolver = new SourceResolver();

    /**
     * Creates a finder with the model shipped on the class path.
     *
     * @throws UncheckedIOException when the model resource is missing or broken
     */
    public AttributionFinder() {
        this(loadShippedModel());
    }

    /**
     * Creates a finder with a model written by {@link AttributionTrainer#train}; the stream is read, not closed.
     *
     * @throws UncheckedIOException when the stream is not such a model
     */
    public AttributionFinder(InputStream model) {
        this(TaggerModel.read(model));
    }

    AttributionFinder(TaggerModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    private static TaggerModel loadShippedModel() {
        try (InputStream in = AttributionFinder.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("class path resource '" + MODEL
                        + "' is missing; expected it next to " + AttributionFinder.class.getName()));
            }
            return TaggerModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read class path resource '" + MODEL + "'", e);
        }
    }

    /**
     * Returns the attributions of the text, ordered by cue offset; empty for a text without any.
     *
     * @throws NullPointerException when text is null
     */
    public List<Attribution> find(String text) {
        Objects.requireNonNull(text, "text");
        List<Token> tokens = tokenizer.tokenize(text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<Span> sentences = sentences(tokens);
        List<Draft> drafts = new ArrayList<>(linker.link(tokens, model.tag(text, tokens)));
        for (Draft draft : drafts) {
            draft.stance = StanceRules.stance(draft.cue.of(text), before(text, draft.cue, sentences),
                    draft.contents.isEmpty() ? after(text, draft.cue, sentences) : draft.contents.get(0).of(text));
        }
        merge(drafts, rules.find(text, sentences));
        drafts.sort(Comparator.comparing(d -> d.cue));
        resolver.resolve(text, drafts, chains.narrators(text, sentences));
        java.util.Map<Integer, List<List<ChainFinder.Relay>>> relays = new java.util.HashMap<>();
        for (Draft draft : drafts) {
            Span sentence = sentences.get(draft.sentence);
            List<List<ChainFinder.Relay>> inSentence = relays.computeIfAbsent(draft.sentence, k -> List.of(
                    chains.cited(sentence.of(text), sentence.start()),
                    chains.trailing(sentence.of(text), sentence.start())));
            draft.chain.addAll(chain(text, draft, inSentence.get(0), inSentence.get(1), drafts));
        }
        List<Attribution> out = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            out.add(draft.toAttribution(text));
        }
        return out;
    }

    /** Adds the rule drafts; where a tagged cue overlaps a rule cue, the rule's stance (and source) win. */
    private static void merge(List<Draft> drafts, List<Draft> ruleDrafts) {
        for (Draft rule : ruleDrafts) {
            for (Draft d : drafts) {
                // a tagged source that is the credit word itself ("Source: X") takes the credited name
                if (d.source != null && d.source.overlaps(rule.cue) && !d.cue.overlaps(rule.cue)) {
                    d.source = rule.source;
                }
            }
            Draft tagged = drafts.stream().filter(d -> d.cue.overlaps(rule.cue)).findFirst().orElse(null);
            if (tagged == null) {
                drafts.add(rule);
                continue;
            }
            tagged.stance = rule.stance;
            if (rule.stance != Stance.DENIED) {
                // the rule patterns cover the whole non-response or non-confirmation phrase and its subject
                tagged.cue = rule.cue;
                tagged.source = rule.source != null ? rule.source : tagged.source;
            }
            if (rule.stance == Stance.NO_COMMENT) {
                tagged.contents.clear();
            } else if (tagged.contents.isEmpty()) {
                tagged.contents.addAll(rule.contents);
            }
        }
    }

    private static String before(String text, Span cue, List<Span> sentences) {
        int start = Math.max(cue.start() - CONTEXT_CHARS, 0);
        for (Span sentence : sentences) {
            if (sentence.contains(cue)) {
                start = Math.max(start, sentence.start());
            }
        }
        return text.substring(start, cue.end());
    }

    private static String after(String text, Span cue, List<Span> sentences) {
        int end = Math.min(cue.end() + 3 * CONTEXT_CHARS, text.length());
        for (Span sentence : sentences) {
            if (sentence.contains(cue)) {
                end = Math.min(end, sentence.end());
            }
        }
        return text.substring(cue.end(), Math.max(end, cue.end()));
    }

    private static List<String> chain(String text, Draft draft, List<ChainFinder.Relay> cited,
            List<ChainFinder.Relay> trailing, List<Draft> all) {
        List<String> out = new ArrayList<>();
        for (ChainFinder.Relay relay : cited) {
            addOnce(out, relay.name());
        }
        boolean ownIsRelay = draft.source != null && java.util.stream.Stream.concat(cited.stream(), trailing.stream())
                .anyMatch(r -> draft.source.contains(new Span(r.start(), r.start() + 1)));
        if (draft.resolvedSource != null && !ownIsRelay) {
            addOnce(out, draft.resolvedSource);
        }
        for (ChainFinder.Relay relay : trailing) {
            String name = resolvedAt(relay, all);
            if (name != null) {
                addOnce(out, name);
            }
        }
        return out;
    }

    /** Returns the resolved name of a relay, or {@code null} for an anaphor without antecedent. */
    private static String resolvedAt(ChainFinder.Relay relay, List<Draft> all) {
        for (Draft d : all) {
            if (d.source != null && d.source.start() <= relay.start() && relay.start() < d.source.end()) {
                return d.resolvedSource;
            }
        }
        return Pronouns.isAnaphoric(relay.name()) ? null : relay.name();
    }

    /** Adds a name once, single-spaced: a no-break space inside a name must not make it a second source. */
    private static void addOnce(List<String> chain, String name) {
        String spaced = WHITESPACE.matcher(name).replaceAll(" ").strip();
        if (!chain.contains(spaced)) {
            chain.add(spaced);
        }
    }

    private static List<Span> sentences(List<Token> tokens) {
        List<Span> out = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).sentence() != tokens.get(first).sentence()) {
                out.add(new Span(tokens.get(first).start(), tokens.get(i - 1).end()));
                first = i;
            }
        }
        return out;
    }

    /** Returns the number of sentences the tokenizer finds in the text, for throughput figures. */
    public int countSentences(String text) {
        List<Token> tokens = tokenizer.tokenize(Objects.requireNonNull(text, "text"));
        return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
    }
}
