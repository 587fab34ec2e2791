/**
 * The immutable records that pass between pipeline stages: documents, articles, mentions, entities, claims,
 * stories, provenance edges and problems. Depends on nothing outside {@code java.*} and performs no I/O.
 */
package org.claimgraph.core;
