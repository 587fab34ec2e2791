package org.claimgraph.stories;

import java.util.ArrayList;
import java.util.List;

/**
 * The stories of an index and which story each page is in. Merged stories are tracked with union-find, so a page's
 * story is found in near-constant time however many merges happened. Not thread-safe.
 */
final class StoryTable {
    private final List<StoryState> stories = new ArrayList<>();
    private final List<Integer> parent = new ArrayList<>();
    private final List<Integer> storyOf = new ArrayList<>();

    /** Opens a story with the page and returns its number. */
    int open(IndexedDocument doc, String title) {
        stories.add(new StoryState(doc, title));
        parent.add(stories.size() - 1);
        storyOf.add(stories.size() - 1);
        return stories.size() - 1;
    }

    /** Adds the page, which must be the next one, to the story. */
    void join(IndexedDocument doc, int story) {
        int root = root(story);
        stories.get(root).add(doc);
        storyOf.add(root);
    }

    /** Merges two stories into the one opened first, which keeps its id and title; returns the merged number. */
    int merge(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        if (ra == rb) {
            return ra;
        }
        int keep = stories.get(ra).opener() <= stories.get(rb).opener() ? ra : rb;
        int gone = keep == ra ? rb : ra;
        stories.get(keep).absorb(stories.get(gone));
        stories.set(gone, null);
        parent.set(gone, keep);
        return keep;
    }

    /** Returns the number of the story the page is in. */
    int storyOf(int ordinal) {
        return root(storyOf.get(ordinal));
    }

    /** Returns the story of the number, which must be current (a root). */
    StoryState get(int story) {
        return stories.get(root(story));
    }

    /** Returns the current stories. */
    List<StoryState> all() {
        return stories.stream().filter(s -> s != null).toList();
    }

    private int root(int story) {
        int r = story;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        int s = story;
        while (parent.get(s) != r) {
            int next = parent.get(s);
            parent.set(s, r);
            s = next;
        }
        return r;
    }
}
