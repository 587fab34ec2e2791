/**
 * Evaluations and benchmarks against gold data read from the shared corpora: reading, scoring and reporting. Reads
 * files; never prints (the {@code cli} commands print the reports).
 */
package org.claimgraph.evaluation;
