/**
 * Splits articles into sentences and finds name mentions and quantities: Stanford CoreNLP as the statistical
 * backbone behind our own interface, plus domain recognisers. No I/O beyond loading models from the class path.
 */
package org.claimgraph.nlp;
