package org.movierec.core.io.metadata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.movierec.core.data.Catalog;
import org.movierec.core.data.MovieMetadata;
import org.movierec.core.io.DataFormatException;

/**
 * Reads movie metadata from any source movierec knows, recognised from its files: the MeLU extra
 * facts ({@code movies_extrainfos.dat}, or a folder holding it), the HetRec 2011 extension (a folder
 * with {@code movie_directors.dat}, or its zip as {@code movierec download hetrec-2011} caches it), or a metadata CSV ({@code *.csv}). Several sources merge into one
 * {@link MovieMetadata} per movie, the first source's facts first.
 */
public final class MetadataSources {
    private MetadataSources() {
    }

    /**
     * Reads one source; only movies of the catalogue are kept.
     *
     * @throws DataFormatException when the path is none of the known sources or its data is malformed
     */
    public static Map<Integer, MovieMetadata> read(Path path, Catalog catalog) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        Map<Integer, MovieMetadata> all;
        if (Files.isDirectory(path) && Files.exists(path.resolve(MeluMetadataReader.FILE))) {
            all = MeluMetadataReader.read(path.resolve(MeluMetadataReader.FILE));
        } else if (Files.isDirectory(path) && Files.exists(path.resolve(HetrecMetadataReader.MARKER))) {
            all = HetrecMetadataReader.read(path);
        } else if (path.getFileName().toString().equals(MetadataDownload.HETREC.fileName())) {
            all = HetrecMetadataReader.read(path);
        } else if (path.getFileName().toString().equals(MeluMetadataReader.FILE)) {
            all = MeluMetadataReader.read(path);
        } else if (path.getFileName().toString().toLowerCase().endsWith(".csv")) {
            return MetadataCsvReader.read(path, catalog).metadata();
        } else {
            throw new DataFormatException(path.getFileName().toString(), 0, "not a metadata source: expected "
                    + MeluMetadataReader.FILE + ", a HetRec 2011 folder (with " + HetrecMetadataReader.MARKER
                    + ") or " + MetadataDownload.HETREC.fileName() + ", or a metadata CSV file");
        }
        all.keySet().removeIf(id -> !catalog.contains(id));
        return all;
    }

    /** Reads several sources and merges them per movie, the earlier sources' facts first. */
    public static Map<Integer, MovieMetadata> readAll(List<Path> paths, Catalog catalog) throws IOException {
        List<Map<Integer, MovieMetadata>> sources = new ArrayList<>();
        for (Path path : paths) {
            sources.add(read(path, catalog));
        }
        return MovieMetadata.merge(sources);
    }
}
