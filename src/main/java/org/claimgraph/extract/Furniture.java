package org.claimgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises lines of site furniture by their wording: widgets, ad slots, share, comment and rating boxes,
 * navigation teasers, site and theme blurbs, and photo captions. Stateless and thread-safe.
 */
final class Furniture {
    /** Whole lines that are always navigation or widget labels (compared lower-cased, end punctuation dropped). */
    private static final Set<String> LABELS = Set.of("must read", "more articles", "latest article",
            "latest articles", "latest news", "related", "related articles", "related posts", "related stories",
            "read more", "read next", "see also", "advertisement", "sponsored", "share", "share this",
            "share this article", "share on facebook", "share on twitter", "tweet", "email", "print", "subscribe",
            "notify of", "guest", "comments", "leave a comment", "leave a reply", "inline feedbacks",
            "view all comments", "article rating", "contacts", "contact us", "about us", "dmca", "privacy policy",
            "terms of use", "cookie policy", "home", "menu", "search", "log in", "login", "sign in", "sign up",
            "newsletter", "follow us", "trending", "popular", "most read", "editor's picks", "you may also like",
            "recommended", "top stories", "tags", "categories", "x", "()", "0");
    private static final Pattern WEATHER = Pattern.compile("-?\\d{1,3}\\s?°?\\s?[FC]");
    private static final Pattern AD_SLOT = Pattern.compile(
            "(?i)^[-–—\\s]*(advertisement|sponsored content|ad)[-–—\\s]*(spot_img)?\\s*$|spot_img");
    private static final Pattern COUNTER = Pattern.compile("(?i)^\\d+\\s+(\\d+\\s+)?(votes?|comments?|shares?|likes?"
            + "|views?|replies|reply)$");
    private static final Pattern PLEA = Pattern.compile("(?i)(would love your thoughts|please comment"
            + "|become (our|a) patron|support (us|our (work|journalism))|donate to|subscribe to (our|the) newsletter"
            + "|sign up for (our|the) newsletter|follow us on|share this (article|story|post)"
            + "|all rights reserved|click here to|cookies? (policy|settings)|read more (on|at) )");
    private static final Pattern SUPPORT_SITE = Pattern.compile("\\bSupport ((?:\\p{Lu}[\\p{L}.'-]*\\s?){1,4})\\b"
            + "(?=\\s+or\\b|[.!])");
    private static final Pattern BLURB = Pattern.compile("^\\s*(\\p{Lu}[\\p{L}\\d.-]*(?:\\s\\p{Lu}[\\p{L}\\d.-]*){0,3})"
            + " is (?:an?|the) (?:[\\p{L}-]+ ){0,5}?(platform|website|web site|site|portal|outlet|publication"
            + "|magazine|newspaper|blog|theme|plugin|template|news agency|media)\\b");
    private static final Pattern BLURB_PROMO = Pattern.compile("(?i)(stay tuned|check our|don't miss|do not miss"
            + "|make sure you|engage your visitors|increase conversions|everything you need)");
    private static final Pattern CAPTION = Pattern.compile("(?i)^(illustrative|illustration|photo|image|picture"
            + "|pictured|file photo|caption|credit)\\b\\s*[:.(]|(\\bvia\\s+[\\p{Lu}][\\p{L}. &-]{2,40}"
            + "|getty images|shutterstock|\\bafp\\b photo|reuters/[\\p{L} ]+|ap photo[^.]*)\\.?\\)?$");

    private Furniture() {
    }

    /** Returns whether the stripped line is furniture whatever its place on the page. */
    static boolean isFurniture(String line) {
        String key = line.toLowerCase(Locale.ROOT).replaceAll("[\\s.:!|»›>-]+$", "").strip();
        if (LABELS.contains(key) || key.isEmpty()) {
            return true;
        }
        return WEATHER.matcher(line).matches() || AD_SLOT.matcher(line).find() || COUNTER.matcher(line).matches()
                || PLEA.matcher(line).find() || isBlurb(line) || isCaption(line);
    }

    /** Returns whether the line is a site's or a theme's description of itself. */
    static boolean isBlurb(String line) {
        return BLURB.matcher(line).find() && (BLURB_PROMO.matcher(line).find() || line.length() < 400);
    }

    /** Returns whether the line is a photo caption or credit. */
    static boolean isCaption(String line) {
        return CAPTION.matcher(line).find() && TextShape.words(line) < 45;
    }

    /** Returns the site a blurb or a plea for support names as itself, or {@code null}. */
    static String selfReference(String line) {
        var blurb = BLURB.matcher(line);
        if (blurb.find() && !blurb.group(2).matches("theme|plugin|template")) {
            return Outlets.normalise(blurb.group(1));
        }
        var support = SUPPORT_SITE.matcher(line);
        if (support.find() && !support.group(1).strip().matches("(?i)us|our")) {
            return Outlets.normalise(support.group(1).strip());
        }
        return null;
    }
}
