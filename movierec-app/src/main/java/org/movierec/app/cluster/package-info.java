/**
 * Several app instances on one database as one site (docs/SCALEOUT.md): the change log that brings every
 * instance's in-memory state up to date with writes committed through any instance ({@link
 * org.movierec.app.cluster.ChangeLog}, {@link org.movierec.app.cluster.ChangeLogPoller}), models published
 * in the database and trained by one instance at a time, and which instance serves what.
 */
package org.movierec.app.cluster;
