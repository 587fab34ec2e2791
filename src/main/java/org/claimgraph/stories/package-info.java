/**
 * Finds near-duplicate and rewritten pages and groups documents into stories: MinHash/LSH and a body hash for
 * duplicates, paragraph alignment with a direction for rewrites, and an incremental index ({@link
 * org.claimgraph.stories.StoryIndex}) that places each page by words, entity keys and time. Pure computation; no I/O,
 * and no dependency on the NLP stage (entity keys are derived from the text when none are given).
 */
package org.claimgraph.stories;
