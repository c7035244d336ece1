/**
 * The application's database: SQLite file by default, PostgreSQL by JDBC URL, schema by Flyway
 * migrations ({@code db/migration}), the all-or-nothing {@link org.movierec.app.store.DatabaseImporter}
 * and the repositories that read data back. See docs/DATABASE.md.
 */
package org.movierec.app.store;
