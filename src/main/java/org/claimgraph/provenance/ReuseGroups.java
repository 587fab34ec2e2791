package org.claimgraph.provenance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Reuse;

/** Groups documents that copy one another (union-find over reuse edges): each group is one voice. */
final class ReuseGroups {
    private final Map<DocumentId, DocumentId> parent = new HashMap<>();

    ReuseGroups(List<Reuse> reuses) {
        for (Reuse r : reuses) {
            union(r.copy(), r.original());
        }
    }

    DocumentId groupOf(DocumentId doc) {
        DocumentId p = parent.getOrDefault(doc, doc);
        if (p.equals(doc)) {
            return doc;
        }
        DocumentId root = groupOf(p);
        parent.put(doc, root);
        return root;
    }

    private void union(DocumentId a, DocumentId b) {
        DocumentId ra = groupOf(a);
        DocumentId rb = groupOf(b);
        if (!ra.equals(rb)) {
            // the smaller id becomes the root so that the grouping does not depend on edge order
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
