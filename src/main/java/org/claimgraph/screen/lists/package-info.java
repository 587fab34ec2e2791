/**
 * Reads sanctions lists: OFAC's legacy SDN CSV and FollowTheMoney JSON lines, into list and entry records. A bad
 * row is a problem with its file and line; the rest of the list loads. Reads only the bytes it is given.
 */
package org.claimgraph.screen.lists;
