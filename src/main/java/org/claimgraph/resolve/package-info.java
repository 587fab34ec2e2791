/**
 * Turns mentions into entities: aliases inside a document, one type per entity by votes, and matching across
 * documents and scripts. Pure computation; no I/O.
 */
package org.claimgraph.resolve;
