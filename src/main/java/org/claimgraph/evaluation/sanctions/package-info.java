/**
 * Evaluates and benchmarks sanctions name matching: the nomenklatura name bench against the stored logic-v2 scores,
 * the yente sets, and screening speed. Reads gold data from the shared corpora; never used by the analysis itself.
 */
package org.claimgraph.evaluation.sanctions;
