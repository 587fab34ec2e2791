/**
 * Quality and speed evaluations of the stages against gold data in the shared corpora and benchmarks. Reads
 * files; never prints (the {@code cli} commands do).
 */
package org.claimgraph.evaluation;
