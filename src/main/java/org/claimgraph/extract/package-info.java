/**
 * Turns raw documents into articles: charset handling, HTML-to-text, boilerplate removal, and the title, date,
 * outlet and cited sources. Pure functions of the document; no I/O.
 */
package org.claimgraph.extract;
