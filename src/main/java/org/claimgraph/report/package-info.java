/**
 * Renders a claim graph as the public JSON report (the contract described in {@code docs/report.md}) and as the
 * human report for a terminal. Writes to the writer it is given; opens nothing.
 */
package org.claimgraph.report;
