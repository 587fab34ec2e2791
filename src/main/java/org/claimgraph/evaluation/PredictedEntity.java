package org.claimgraph.evaluation;

import java.util.List;
import org.claimgraph.core.EntityType;

/** An entity as a system under evaluation found it: its surface forms and type. */
public record PredictedEntity(String name, EntityType type, List<String> aliases) {
}
