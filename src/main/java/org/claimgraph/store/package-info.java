/**
 * Keeps the claim graph in a database: the {@link org.claimgraph.store.Store} interface and its SQLite
 * implementation, with versioned migrations under {@code resources/db/migration}. The only stage that talks to a
 * database; environment failures surface as {@link org.claimgraph.store.StoreException}.
 */
package org.claimgraph.store;
