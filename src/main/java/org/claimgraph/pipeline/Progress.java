package org.claimgraph.pipeline;

/** Hears about a run's progress; the CLI draws it. Called from the thread that runs the pipeline. */
public interface Progress {
    /** A listener that ignores everything. */
    Progress NONE = new Progress() {
        @Override
        public void documentDone(int done, String source) {
        }

        @Override
        public void phase(String name) {
        }
    };

    /** One more document was analysed (or failed). */
    void documentDone(int done, String source);

    /** A corpus-level phase started, such as "stories" or "claims". */
    void phase(String name);
}
