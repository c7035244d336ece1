package org.movierec.app.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The web repositories on a SQLite file. */
class SqliteWebRepositoryTest extends WebRepositoryContract {
    @TempDir
    Path folder;

    @Override
    String freshLocation() {
        return folder.resolve("movierec.db").toString();
    }
}
