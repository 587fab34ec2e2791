/**
 * Evaluates attribution extraction on PolNeAR (brat Source, Cue and Content spans): span P/R/F1, exact and overlap,
 * and wire-copy detection. Reads gold data from the shared corpora; never used by the analysis itself.
 */
package org.claimgraph.evaluation.attribution;
