/**
 * Reads files, directories, JSON lines and standard input into raw documents. The only stage that opens files;
 * every unreadable input becomes a {@link org.claimgraph.core.Problem}, never a failed run.
 */
package org.claimgraph.ingest;
