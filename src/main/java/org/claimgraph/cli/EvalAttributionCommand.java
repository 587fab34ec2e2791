package org.claimgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.claims.attribution.Attribution;
import org.claimgraph.claims.attribution.AttributionFinder;
import org.claimgraph.claims.attribution.WireDetector;
import org.claimgraph.core.Span;
import org.claimgraph.evaluation.attribution.AnnotatorAgreement;
import org.claimgraph.evaluation.attribution.AttributionArticle;
import org.claimgraph.evaluation.attribution.AttributionCorpus;
import org.claimgraph.evaluation.attribution.AttributionEvaluation;
import org.claimgraph.evaluation.attribution.AttributionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimgraph eval attribution}: scores attribution finding and wire detection on PolNeAR. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = "Print precision, recall and F1 of cue, source and content spans (exact and overlap), "
                + "wire-detection accuracy and sentences/second on a PolNeAR split.")
public final class EvalAttributionCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--split", defaultValue = "dev", description = "dev or train (default: ${DEFAULT-VALUE})")
    private String split;

    @Option(names = "--corpus", defaultValue = "../shared/corpus/polnear",
            description = "PolNeAR directory holding metadata.tsv (default: ${DEFAULT-VALUE})")
    private Path corpus;

    @Option(names = "--model", description = "a model written by 'train attribution' instead of the shipped one")
    private Path model;

    @Option(names = "--holdout-every", defaultValue = "0",
            description = "score only every Nth article, the holdout of 'train attribution --holdout-every N'")
    private int holdoutEvery;

    @Option(names = "--agreement",
            description = "score the corpus's annotators against each other, and the tagger against each of them, on "
                    + "the articles of the split that several annotated: the ceiling for the tagger's figures")
    private boolean agreement;

    @Option(names = "--dump", description = "also write the found spans (article, role, start, end, text) as TSV")
    private Path dump;

    @Override
    public Integer call() throws IOException {
        if (!split.equals("dev") && !split.equals("train")) {
            spec.commandLine().getErr().println("split '" + split + "' is unknown; expected dev or train");
            return 2;
        }
        if (agreement) {
            AnnotatorAgreement result = AnnotatorAgreement.of(new AttributionCorpus(corpus).multiplyAnnotated(split),
                    finder());
            PrintWriter out = spec.commandLine().getOut();
            out.print("split: " + split + "\n" + result.format());
            if (split.equals("train") && model == null) {
                out.println("(the shipped tagger learnt from the first annotation of these articles, so its row is no"
                        + " test here; see 'train attribution --without-multiply-annotated')");
            }
            out.flush();
            return 0;
        }
        AttributionEvaluation evaluation = new AttributionEvaluation(finder(), new WireDetector());
        List<AttributionArticle> articles = new AttributionCorpus(corpus).articles(split);
        articles = AttributionCorpus.everyNth(articles, holdoutEvery, true);
        AttributionReport report = evaluation.evaluate(articles);
        if (dump != null) {
            writeDump(articles);
        }
        spec.commandLine().getOut().print("split: " + split + "\n" + report.format());
        spec.commandLine().getOut().flush();
        return 0;
    }

    private AttributionFinder finder() throws IOException {
        if (model == null) {
            return new AttributionFinder();
        }
        try (InputStream in = Files.newInputStream(model)) {
            return new AttributionFinder(in);
        }
    }

    private void writeDump(List<AttributionArticle> articles) throws IOException {
        AttributionFinder finder = finder();
        StringBuilder out = new StringBuilder();
        for (AttributionArticle article : articles) {
            String text = article.labelled().text();
            for (Attribution a : finder.find(text)) {
                line(out, article.name(), "Cue", a.cue(), text);
                if (a.source() != null) {
                    line(out, article.name(), "Source", a.source(), text);
                }
                for (Span c : a.contents()) {
                    line(out, article.name(), "Content", c, text);
                }
            }
        }
        Files.writeString(dump, out);
    }

    private static void line(StringBuilder out, String name, String role, Span span, String text) {
        out.append(name).append('\t').append(role).append('\t').append(span.start()).append('\t')
                .append(span.end()).append('\t').append(span.of(text).replaceAll("\\s+", " ")).append('\n');
    }
}
