package org.movierec.app.cluster;

import java.util.Set;

/**
 * Brings one kind of in-memory state up to date after a change of that kind was committed (by this or
 * another instance). Implementations read the current state from the database rather than applying a
 * difference, so applying a change twice, or late, is harmless. Called from one thread at a time per
 * instance for remote changes and from the writing thread for local ones: implementations serialize
 * their read and update themselves. Spring beans of this type are found by the {@link ChangeLog}.
 */
public interface ChangeApplier {
    /** The kind of change this applies ({@link ChangeLog#RATING}, ...). */
    String kind();

    /** Makes the state of these movies and this user current. */
    void apply(int userId, Set<Integer> movieIds);
}
