/**
 * Evaluates and benchmarks story clustering: B-cubed scores on the seeds and ECB+, rewrite pairs, and synthetic
 * archives of up to a million documents. Reads gold data from the shared corpora; never used by the analysis
 * itself.
 */
package org.claimgraph.evaluation.stories;
