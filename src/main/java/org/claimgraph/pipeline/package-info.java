/**
 * Wires the stages: streams documents from ingest through extraction, NLP, resolution and claim extraction into
 * the store, one transaction a document, then rebuilds the corpus-level graph. Collects problems; prints nothing.
 */
package org.claimgraph.pipeline;
