/**
 * Extracts statements from sentences: subject, predicate, object or value, stance, attribution chain and evidence
 * span. Pure computation; no I/O.
 */
package org.claimgraph.claims;
