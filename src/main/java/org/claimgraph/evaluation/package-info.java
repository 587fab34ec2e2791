/**
 * Evaluations and benchmarks of the stages against the project's shared corpora and synthetic archives. Reads gold
 * files; prints nothing (the commands in {@code cli} do).
 */
package org.claimgraph.evaluation;
