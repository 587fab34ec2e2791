/**
 * Writes the whole claim graph for other tools: the JSON report, a CSV table of claims, and GraphML that Gephi
 * reads. Writers only; they never open files or the database themselves.
 */
package org.claimgraph.export;
