/**
 * Builds the synthetic database for the web load benchmark and reads the load tool's report. Reads gold data from
 * the shared corpora; never used by the analysis itself.
 */
package org.claimgraph.evaluation.web;
