package org.claimgraph.core;

/** The pipeline stages, as named in problems and timings. */
public enum Stage {
    INGEST, EXTRACT, NLP, RESOLVE, CLAIMS, STORIES, PROVENANCE, SCREEN, STORE
}
