/**
 * Merges statements into canonical claims and works out, per claim, its origin, its independent sources and what
 * contradicts it. Pure computation; no I/O.
 */
package org.claimgraph.provenance;
