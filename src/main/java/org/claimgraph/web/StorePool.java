package org.claimgraph.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.claimgraph.store.GraphQueries;
import org.claimgraph.store.SqliteStore;

/** A fixed set of open stores, one per concurrent reader, since a store's connection serves one thread at a time. */
final class StorePool implements AutoCloseable {
    private final List<SqliteStore> stores = new ArrayList<>();
    private final BlockingQueue<GraphQueries> idle;

    StorePool(Path db, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("store pool size " + size + " is below 1; expected a positive size");
        }
        // fair: threads waiting for a connection get one in arrival order, none overtaken indefinitely
        idle = new ArrayBlockingQueue<>(size, true);
        for (int i = 0; i < size; i++) {
            SqliteStore store = SqliteStore.open(db);
            stores.add(store);
            idle.add(store.queries());
        }
    }

    /** Runs a read with a store of its own, waiting for one to be free. */
    <T> T read(Function<GraphQueries, T> work) {
        GraphQueries queries;
        try {
            queries = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a database connection", e);
        }
        try {
            return work.apply(queries);
        } finally {
            idle.add(queries);
        }
    }

    @Override
    public void close() {
        stores.forEach(SqliteStore::close);
    }
}
