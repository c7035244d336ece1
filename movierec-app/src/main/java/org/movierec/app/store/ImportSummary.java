package org.movierec.app.store;

/**
 * What one import wrote: the data set's name and content fingerprint, and how many rows of each kind
 * it carried (inserted or updated). {@code repeated} is true when a data set with the same name and
 * fingerprint had been imported before, so nothing changed.
 */
public record ImportSummary(String name, String fingerprint, int movies, int users, int ratings, int tags,
        int metadata, boolean repeated) {
}
