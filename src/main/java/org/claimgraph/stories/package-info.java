/**
 * Finds near-duplicate and rewritten pages and groups documents into stories. Pure computation; no I/O.
 */
package org.claimgraph.stories;
