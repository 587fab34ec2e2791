/**
 * Screens entity names against sanctions lists (OFAC SDN, FollowTheMoney) with a transliteration- and
 * legal-form-aware name matcher that explains every hit. Reads list files only through the given streams.
 */
package org.claimgraph.screen;
