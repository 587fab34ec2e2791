package org.claimgraph.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.claimgraph.core.EntityId;
import org.claimgraph.core.EntityType;

/** Derives entity ids from type and fuzzy name key, so that re-analysis gives every entity the same id. */
final class EntityIds {
    private EntityIds() {
    }

    static EntityId of(EntityType type, String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((type + ":" + NameKey.fuzzy(name)).getBytes(StandardCharsets.UTF_8));
            return new EntityId("e" + HexFormat.of().formatHex(digest, 0, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
