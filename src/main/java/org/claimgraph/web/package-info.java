/**
 * The web application and JSON API of {@code claimgraph serve}: Javalin routes, server-rendered pages that escape
 * everything taken from an article, and one exception-to-status mapper. Reads go through the store's
 * {@code GraphQueries}; writes only through the pipeline.
 */
package org.claimgraph.web;
