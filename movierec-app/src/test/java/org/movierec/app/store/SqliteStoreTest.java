package org.movierec.app.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a SQLite file. */
class SqliteStoreTest extends StoreContract {
    @TempDir
    Path folder;

    @Override
    String freshLocation() {
        return folder.resolve("sub/movierec.db").toString();
    }
}
