package org.claimgraph.store;

/** A database failure (disk, locking, corruption), wrapped once with what the store was doing. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception saying what failed, keeping the cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
