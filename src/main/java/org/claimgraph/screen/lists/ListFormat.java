package org.claimgraph.screen.lists;

/** The list file formats {@link ListReader} understands. */
public enum ListFormat {
    /** OFAC's legacy SDN.CSV: no header, 12 columns, {@code -0-} nulls, aliases in Remarks. */
    OFAC_SDN_CSV,
    /** FollowTheMoney entities, one JSON object per line, as OpenSanctions publishes them. */
    FTM_JSONL
}
