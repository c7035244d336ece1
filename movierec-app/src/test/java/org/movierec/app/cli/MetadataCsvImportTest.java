package org.movierec.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.movierec.app.store.Database;
import org.movierec.app.store.MovieRepository;
import org.movierec.core.data.MovieMetadata;

/**
 * Someone's own catalogue (generic CSV, no years) with a metadata CSV of the documented columns, imported as a
 * user runs it: a bad line is named and nothing is imported; the corrected file brings every fact in.
 */
class MetadataCsvImportTest {
    @TempDir
    Path folder;

    @Test
    void importsAllOrNothingWithLineNumberedErrors() throws Exception {
        Path data = Files.createDirectories(folder.resolve("my-films"));
        Files.writeString(data.resolve("ratings.csv"), "user,item,rating\n1,10,4\n1,20,2\n2,10,5\n2,30,3\n");
        Files.writeString(data.resolve("movies.csv"), "id,title,genres\n10,Le Samourai,Crime\n20,Playtime,Comedy\n30,Alphaville,Sci-Fi\n");
        Path metadata = folder.resolve("facts.csv");
        Files.writeString(metadata, "movieId,directors,cast,keywords,overview,year,language\n"
                + "10,Jean-Pierre Melville,Alain Delon|Nathalie Delon,hitman|solitude,\"A hired killer, alone.\",1967,fr\n"
                + "20,Jacques Tati,Jacques Tati,modern city,,1967,fr\n"
                + "30,Jean-Luc Godard,Eddie Constantine,dystopia,,sixty-five,fr\n");
        String db = folder.resolve("m.db").toString();

        StoreCommandsTest.Run failed = StoreCommandsTest.run("import", data.toString(), "--metadata", metadata.toString(),
                "--database", db);
        assertThat(failed.status()).isNotZero();
        assertThat(failed.err()).contains("facts.csv line 4: year \"sixty-five\" is not a whole number of 0 or more");
        try (Database database = Database.open(db)) {
            assertThat(new MovieRepository(database).count()).as("nothing imported").isZero();
        }

        Files.writeString(metadata, Files.readString(metadata).replace("sixty-five", "1965"));
        StoreCommandsTest.Run imported = StoreCommandsTest.run("import", data.toString(), "--metadata", metadata.toString(),
                "--database", db);
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("metadata of 3 movies");
        try (Database database = Database.open(db)) {
            Map<Integer, MovieMetadata> facts = new MovieRepository(database).metadata();
            assertThat(facts.get(10).directors()).containsExactly("Jean-Pierre Melville");
            assertThat(facts.get(10).cast()).containsExactly("Alain Delon", "Nathalie Delon");
            assertThat(facts.get(10).keywords()).containsExactly("hitman", "solitude");
            assertThat(facts.get(10).overview()).isEqualTo("A hired killer, alone.");
            assertThat(facts.get(30).year()).isEqualTo(1965);
            assertThat(facts.get(20).language()).isEqualTo("fr");
        }
    }
}
