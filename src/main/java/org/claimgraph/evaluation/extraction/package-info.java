/**
 * Evaluates article extraction on the public benchmark with its shingle metric, side by side with Mozilla
 * Readability run in the same process tree. Reads gold data from the shared corpora; never used by the analysis
 * itself.
 */
package org.claimgraph.evaluation.extraction;
