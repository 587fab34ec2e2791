/**
 * Finds who says what in news text: a span tagger for sources, cues and contents, trained on annotated
 * attributions and shipped as a model resource, with rules for stance, anaphora and attribution chains. Pure
 * computation; reads only its model from the class path.
 */
package org.claimgraph.claims.attribution;
