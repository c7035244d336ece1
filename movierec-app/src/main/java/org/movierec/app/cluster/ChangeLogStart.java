package org.movierec.app.cluster;

/**
 * The last change log row committed before this instance loaded its data from the database: the data
 * loaded holds every change up to it, so the {@link ChangeLogPoller} applies the rows after it. Created
 * before the movie library (see {@code DataConfiguration}), so no change falls between the two.
 *
 * @param seq the row's number, 0 for an empty log
 */
public record ChangeLogStart(long seq) {
}
