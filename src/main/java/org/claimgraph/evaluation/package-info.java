/**
 * Evaluations against gold data in the shared corpora and benchmarks that print figures. Run by the
 * {@code claimgraph eval} and {@code claimgraph bench} commands; never used by the analysis itself.
 */
package org.claimgraph.evaluation;
