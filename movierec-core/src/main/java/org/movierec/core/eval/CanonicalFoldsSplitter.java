package org.movierec.core.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.movierec.core.data.RatingMatrix;
import org.movierec.core.io.DataFormatException;

/**
 * The ml-100k release's canonical five folds: {@code u1.base}/{@code u1.test} to
 * {@code u5.base}/{@code u5.test} in the release folder (or its zip), TAB-separated lines of user id, movie id,
 * rating and timestamp. Each line is matched to the full data set's rating by its user and movie ids;
 * a line that names a rating the data does not have, or with another value, is an error naming the
 * file and line. The five test files together are exactly u.data.
 */
public record CanonicalFoldsSplitter(Path folder) implements Splitter {

    /** Number of canonical folds. */
    public static final int FOLDS = 5;

    @Override
    public List<FoldMask> split(RatingMatrix data) throws IOException {
        if (Files.isRegularFile(folder) && folder.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            try (FileSystem zip = FileSystems.newFileSystem(folder)) {
                Path root = zip.getRootDirectories().iterator().next();
                try (Stream<Path> entries = Files.walk(root, 2)) {
                    Path base = entries.filter(e -> e.getFileName() != null && e.getFileName().toString().equals("u1.base"))
                            .findFirst().orElseThrow(() -> missing());
                    return split(data, base.getParent());
                }
            }
        }
        Path dir = Files.isDirectory(folder) ? folder : Files.isRegularFile(folder) ? folder.getParent() : null;
        if (dir == null || !Files.isRegularFile(dir.resolve("u1.base"))) {
            throw missing();
        }
        return split(data, dir);
    }

    private IllegalArgumentException missing() {
        return new IllegalArgumentException("the ml100k-u split needs the ml-100k release (folder or zip) with u1.base to u5.test, and "
                + folder + " has no u1.base");
    }

    private static List<FoldMask> split(RatingMatrix data, Path dir) throws IOException {
        List<FoldMask> out = new ArrayList<>(FOLDS);
        for (int f = 1; f <= FOLDS; f++) {
            boolean[] train = mark(data, dir.resolve("u" + f + ".base"));
            boolean[] test = mark(data, dir.resolve("u" + f + ".test"));
            int[] ptr = data.userPointers();
            for (int u = 0; u < data.userCount(); u++) {
                for (int k = ptr[u]; k < ptr[u + 1]; k++) {
                    if (train[k] && test[k]) {
                        throw new DataFormatException("u" + f + ".test", 0, "user " + data.users().idAt(u) + " and movie "
                                + data.items().idAt(data.userItems()[k]) + " are in both u" + f + ".base and u" + f + ".test");
                    }
                }
            }
            out.add(new FoldMask(train, test));
        }
        return out;
    }

    @Override
    public String describe() {
        return "ml100k-u";
    }

    private static boolean[] mark(RatingMatrix data, Path file) throws IOException {
        boolean[] mask = new boolean[data.size()];
        int[] ptr = data.userPointers();
        int[] items = data.userItems();
        float[] values = data.userValues();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line;
            long lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 4) {
                    throw new DataFormatException(file.toString(), lineNo, "expected 4 TAB-separated fields (user, movie, rating, timestamp), found " + f.length);
                }
                int userId;
                int itemId;
                float rating;
                try {
                    userId = Integer.parseInt(f[0].trim());
                    itemId = Integer.parseInt(f[1].trim());
                    rating = Float.parseFloat(f[2].trim());
                } catch (NumberFormatException e) {
                    throw new DataFormatException(file.toString(), lineNo, "user, movie and rating must be numbers");
                }
                int u = data.users().indexOf(userId);
                int i = data.items().indexOf(itemId);
                int k = u < 0 || i < 0 ? -1 : Arrays.binarySearch(items, ptr[u], ptr[u + 1], i);
                if (k < 0) {
                    throw new DataFormatException(file.toString(), lineNo, "user " + userId + " did not rate movie " + itemId + " in the data set");
                }
                if (values[k] != rating) {
                    throw new DataFormatException(file.toString(), lineNo, "user " + userId + " rated movie " + itemId + " " + values[k]
                            + " in the data set, not " + f[2].trim());
                }
                if (mask[k]) {
                    throw new DataFormatException(file.toString(), lineNo, "user " + userId + " and movie " + itemId + " are listed twice");
                }
                mask[k] = true;
            }
        }
        return mask;
    }
}
