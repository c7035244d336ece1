package org.movierec.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.movierec.core.util.Progress;

/**
 * Writes a synthetic data set shaped like a MovieLens release (ml-1m: {@code ::}-separated
 * ratings.dat, movies.dat and users.dat in ISO-8859-1; ml-latest: ratings.csv, movies.csv, links.csv
 * and tags.csv in UTF-8), for scale tests and benchmarks where the big releases are not at hand.
 *
 * <p>Structure: movie popularity follows a Zipf law over a random order of the movies and user
 * activity a log-normal law (at least 20 ratings per user where the total allows), so both are
 * long-tailed; each user rates distinct movies drawn by popularity. A rating is a global mean plus
 * user and movie biases (popular movies rated a little higher), a dot product of 8 latent user and
 * movie factors, the user's affinity to the movie's genres, and Gaussian noise, rounded to the
 * release's scale (whole stars for ml-1m, half stars for ml-latest). Each user's timestamps increase
 * through a session-like span inside the release's years.
 *
 * <p>The output has exactly the requested number of ratings, no user rates a movie twice, and the
 * same spec and seed give byte-identical files whatever the number of cores. Users are generated in
 * blocks in parallel and written in order.
 */
public final class SyntheticReleaseGenerator {
    private static final int FACTORS = 8;
    private static final int BLOCK = 512;
    private static final List<String> GENRES_1M = List.of("Action", "Adventure", "Animation", "Children's",
            "Comedy", "Crime", "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery",
            "Romance", "Sci-Fi", "Thriller", "War", "Western");
    private static final List<String> GENRES_LATEST = List.of("Action", "Adventure", "Animation", "Children",
            "Comedy", "Crime", "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "IMAX", "Musical",
            "Mystery", "Romance", "Sci-Fi", "Thriller", "War", "Western");
    /** Relative frequency of each genre (same order as the lists; IMAX only in ml-latest). */
    private static final double[] GENRE_WEIGHT_1M = {8, 5, 2, 3, 19, 4, 2, 25, 1, 1, 5, 2, 2, 7, 4, 7, 2, 1};
    private static final double[] GENRE_WEIGHT_LATEST = {8, 5, 2, 3, 19, 4, 2, 25, 1, 1, 5, 1, 2, 2, 7, 4, 7, 2, 1};
    private static final String[] ADJECTIVES = {"Silent", "Last", "Broken", "Golden", "Hidden", "Dark", "Lost",
            "Wild", "Crimson", "Endless", "Quiet", "Burning", "Secret", "Frozen", "Distant", "Forgotten", "Little",
            "Great", "Midnight", "Electric", "Falling", "Second", "Bitter", "Bright", "Restless"};
    private static final String[] NOUNS = {"River", "City", "Summer", "Garden", "Road", "Kingdom", "Promise",
            "Mirror", "Island", "Storm", "Harbor", "Train", "Letter", "Dream", "Frontier", "Orchard", "Witness",
            "Season", "Horizon", "Signal", "Voyage", "Shadow", "Empire", "Lighthouse", "Stranger", "Echo"};
    private static final String[] TAGS = {"atmospheric", "funny", "twist ending", "dark comedy", "visually appealing",
            "thought-provoking", "classic", "based on a book", "slow", "great soundtrack", "quirky", "violent",
            "romantic", "cult film", "predictable", "inspirational", "surreal", "feel-good", "overrated", "must see"};

    /**
     * What to generate.
     *
     * @param format "ml-1m" or "ml-latest"
     */
    public record Spec(int users, int movies, long ratings, String format, long seed) {
        public Spec {
            if (users < 1 || movies < 1) {
                throw new IllegalArgumentException("users and movies must be at least 1");
            }
            if (!format.equals("ml-1m") && !format.equals("ml-latest")) {
                throw new IllegalArgumentException("format must be ml-1m or ml-latest, not \"" + format + "\"");
            }
            if (ratings < users) {
                throw new IllegalArgumentException("ratings (" + ratings + ") must be at least users (" + users
                        + "): every user rates at least one movie");
            }
            if (ratings > (long) users * movies) {
                throw new IllegalArgumentException(ratings + " ratings do not fit " + users + " users x " + movies
                        + " movies without a user rating a movie twice");
            }
            if (ratings > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("at most " + (Integer.MAX_VALUE - 16) + " ratings");
            }
        }
    }

    private final Spec spec;
    private final boolean latest;
    private final List<String> genreNames;
    private final long[] movieGenres;
    private final float[] movieFactors;
    private final float[] movieBias;
    private final AliasTable popularity;
    private final int[] perUser;
    private final long timeStart;
    private final long timeEnd;

    private SyntheticReleaseGenerator(Spec spec) {
        this.spec = spec;
        this.latest = spec.format().equals("ml-latest");
        this.genreNames = latest ? GENRES_LATEST : GENRES_1M;
        SplittableRandom rng = new SplittableRandom(spec.seed());
        int m = spec.movies();
        int[] rank = permutation(m, rng);
        double[] weight = new double[m];
        double meanLog = 0;
        for (int i = 0; i < m; i++) {
            weight[i] = 1.0 / Math.pow(rank[i] + 20.0, 1.25);
            meanLog += Math.log(weight[i]) / m;
        }
        popularity = new AliasTable(weight);
        double[] genreWeight = latest ? GENRE_WEIGHT_LATEST : GENRE_WEIGHT_1M;
        AliasTable genreTable = new AliasTable(genreWeight);
        movieGenres = new long[m];
        movieFactors = new float[m * FACTORS];
        movieBias = new float[m];
        for (int i = 0; i < m; i++) {
            int count = 1 + (rng.nextDouble() < 0.45 ? 1 : 0) + (rng.nextDouble() < 0.2 ? 1 : 0);
            for (int g = 0; g < count; g++) {
                movieGenres[i] |= 1L << genreTable.sample(rng);
            }
            for (int f = 0; f < FACTORS; f++) {
                movieFactors[i * FACTORS + f] = (float) (rng.nextGaussian() * 0.3);
            }
            movieBias[i] = (float) (rng.nextGaussian() * 0.4 + 0.12 * (Math.log(weight[i]) - meanLog));
        }
        perUser = activity(spec, rng);
        timeStart = latest ? 828_124_615L : 956_703_932L;
        timeEnd = latest ? 1_537_799_250L : 1_046_454_590L;
    }

    /** Writes the data set into the directory (created if needed) and returns the files written. */
    public static List<Path> generate(Spec spec, Path dir, Progress progress) throws IOException {
        return new SyntheticReleaseGenerator(spec).write(dir, progress);
    }

    private List<Path> write(Path dir, Progress progress) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        files.add(writeMovies(dir));
        if (latest) {
            files.add(writeLinks(dir));
        } else {
            files.add(writeUsers(dir));
        }
        files.add(writeRatings(dir, progress));
        return files;
    }

    private Path writeRatings(Path dir, Progress progress) throws IOException {
        Path file = dir.resolve(latest ? "ratings.csv" : "ratings.dat");
        Path tagsFile = dir.resolve("tags.csv");
        int blocks = (spec.users() + BLOCK - 1) / BLOCK;
        int batch = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
        progress.start("generating ratings", spec.ratings());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
                OutputStream tags = latest ? new BufferedOutputStream(Files.newOutputStream(tagsFile), 1 << 16)
                        : OutputStream.nullOutputStream()) {
            out.write(ascii(latest ? "userId,movieId,rating,timestamp\n" : ""));
            tags.write(ascii(latest ? "userId,movieId,tag,timestamp\n" : ""));
            for (int from = 0; from < blocks; from += batch) {
                List<Chunk> chunks = IntStream.range(from, Math.min(blocks, from + batch)).parallel()
                        .mapToObj(b -> block(b * BLOCK, Math.min(spec.users(), (b + 1) * BLOCK)))
                        .toList();
                for (Chunk chunk : chunks) {
                    out.write(chunk.ratings.bytes, 0, chunk.ratings.size);
                    tags.write(chunk.tags.bytes, 0, chunk.tags.size);
                    progress.step(chunk.count);
                }
            }
        }
        progress.done();
        return file;
    }

    private record Chunk(Bytes ratings, Bytes tags, long count) {
    }

    /** Ratings (and tags) of users [from, to), each from its own random stream. */
    private Chunk block(int from, int to) {
        Bytes out = new Bytes(1 << 16);
        Bytes tagOut = new Bytes(latest ? 1 << 12 : 16);
        int m = spec.movies();
        int[] mark = new int[m];
        int stamp = 0;
        int[] chosen = new int[0];
        float[] userFactors = new float[FACTORS];
        float[] genreAffinity = new float[genreNames.size()];
        long count = 0;
        for (int u = from; u < to; u++) {
            SplittableRandom rng = new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + u + 1);
            int n = perUser[u];
            if (chosen.length < n) {
                chosen = new int[n];
            }
            if (++stamp == Integer.MAX_VALUE) {
                Arrays.fill(mark, 0);
                stamp = 1;
            }
            if (n > m / 8) {
                sampleByKeys(rng, n, chosen);
            } else {
                for (int k = 0; k < n;) {
                    int i = popularity.sample(rng);
                    if (mark[i] != stamp) {
                        mark[i] = stamp;
                        chosen[k++] = i;
                    }
                }
            }
            float userBias = (float) (rng.nextGaussian() * 0.35);
            for (int f = 0; f < FACTORS; f++) {
                userFactors[f] = (float) (rng.nextGaussian() * 0.9);
            }
            for (int g = 0; g < genreAffinity.length; g++) {
                genreAffinity[g] = (float) (rng.nextGaussian() * 0.3);
            }
            long window = timeEnd - timeStart;
            long span = (long) Math.min(window * 0.8, 3600 * Math.exp(rng.nextGaussian() * 2.5 + 3));
            long time = timeStart + (long) (rng.nextDouble() * (window - span));
            double step = (double) span / n;
            int userId = u + 1;
            for (int k = 0; k < n; k++) {
                int i = chosen[k];
                double r = (latest ? 3.4 : 3.45) + userBias + movieBias[i] + genreEffect(movieGenres[i], genreAffinity)
                        + rng.nextGaussian() * 0.55;
                for (int f = 0; f < FACTORS; f++) {
                    r += userFactors[f] * movieFactors[i * FACTORS + f];
                }
                time += 1 + (long) (rng.nextDouble() * 2 * step);
                out.number(userId).text(latest ? "," : "::").number(i + 1).text(latest ? "," : "::");
                if (latest) {
                    int halves = (int) Math.max(1, Math.min(10, Math.round(r * 2)));
                    out.number(halves / 2).text(halves % 2 == 0 ? ".0" : ".5");
                } else {
                    out.number((int) Math.max(1, Math.min(5, Math.round(r))));
                }
                out.text(latest ? "," : "::").number(time).text("\n");
                if (latest && rng.nextDouble() < 0.03) {
                    tagOut.number(userId).text(",").number(i + 1).text(",").text(TAGS[rng.nextInt(TAGS.length)])
                            .text(",").number(time + 1 + rng.nextInt(600)).text("\n");
                }
            }
            count += n;
        }
        return new Chunk(out, tagOut, count);
    }

    private static double genreEffect(long genres, float[] affinity) {
        double sum = 0;
        int count = 0;
        for (long g = genres; g != 0; g &= g - 1) {
            sum += affinity[Long.numberOfTrailingZeros(g)];
            count++;
        }
        return count == 0 ? 0 : sum / count;
    }

    /** n distinct movies drawn by popularity without replacement (Efraimidis and Spirakis keys), for heavy users. */
    private void sampleByKeys(SplittableRandom rng, int n, int[] chosen) {
        int m = spec.movies();
        double[] keys = new double[m];
        for (int i = 0; i < m; i++) {
            keys[i] = Math.log(1 - rng.nextDouble()) / popularity.weight(i);
        }
        double[] sorted = keys.clone();
        Arrays.sort(sorted);
        double threshold = sorted[m - n];
        int found = 0;
        for (int i = 0; i < m && found < n; i++) {
            if (keys[i] >= threshold) {
                chosen[found++] = i;
            }
        }
        for (int k = n - 1; k > 0; k--) {
            int j = rng.nextInt(k + 1);
            int t = chosen[k];
            chosen[k] = chosen[j];
            chosen[j] = t;
        }
    }

    /**
     * Ratings per user: log-normal shares of the total, at least min(20, ratings/users), at most 60% of
     * the movies (all of them when the total needs it).
     */
    private static int[] activity(Spec spec, SplittableRandom rng) {
        int users = spec.users();
        int floor = (int) Math.min(20, spec.ratings() / users);
        double[] w = new double[users];
        double sum = 0;
        for (int u = 0; u < users; u++) {
            w[u] = Math.exp(rng.nextGaussian() * 1.0);
            sum += w[u];
        }
        long extra = spec.ratings() - (long) floor * users;
        int cap = (long) users * (spec.movies() * 6L / 10) >= spec.ratings() ? Math.max(floor, spec.movies() * 6 / 10)
                : spec.movies();
        int[] n = new int[users];
        long total = 0;
        for (int u = 0; u < users; u++) {
            n[u] = (int) Math.min(cap, floor + (long) Math.floor(extra * w[u] / sum));
            total += n[u];
        }
        long remaining = spec.ratings() - total;
        while (remaining > 0) {
            for (int u = 0; u < users && remaining > 0; u++) {
                int add = (int) Math.min(remaining, Math.min(cap - n[u],
                        Math.max(1, remaining / users)));
                n[u] += add;
                remaining -= add;
            }
        }
        return n;
    }

    private Path writeMovies(Path dir) throws IOException {
        SplittableRandom rng = new SplittableRandom(spec.seed() ^ 0x5DEECE66DL);
        Path file = dir.resolve(latest ? "movies.csv" : "movies.dat");
        Charset charset = latest ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        StringBuilder sb = new StringBuilder(latest ? "movieId,title,genres\n" : "");
        for (int i = 0; i < spec.movies(); i++) {
            String name = ADJECTIVES[rng.nextInt(ADJECTIVES.length)] + " " + NOUNS[rng.nextInt(NOUNS.length)];
            String article = switch (rng.nextInt(4)) {
                case 0 -> ", The";
                case 1 -> rng.nextInt(3) == 0 ? ", A" : "";
                default -> "";
            };
            int year = Math.max(1920, (latest ? 2018 : 2000) - (int) Math.floor(-Math.log(1 - rng.nextDouble()) * 12));
            String title = name + article + " (" + year + ")";
            if (latest && title.indexOf(',') >= 0) {
                title = '"' + title + '"';
            }
            List<String> genres = new ArrayList<>();
            for (long g = movieGenres[i]; g != 0; g &= g - 1) {
                genres.add(genreNames.get(Long.numberOfTrailingZeros(g)));
            }
            String sep = latest ? "," : "::";
            sb.append(i + 1).append(sep).append(title).append(sep).append(String.join("|", genres)).append('\n');
        }
        Files.writeString(file, sb, charset);
        return file;
    }

    private Path writeUsers(Path dir) throws IOException {
        SplittableRandom rng = new SplittableRandom(spec.seed() ^ 0x2545F4914F6CDD1DL);
        int[] ages = {1, 18, 25, 35, 45, 50, 56};
        double[] ageWeight = {2, 18, 35, 20, 9, 8, 6};
        AliasTable ageTable = new AliasTable(ageWeight);
        StringBuilder sb = new StringBuilder();
        for (int u = 1; u <= spec.users(); u++) {
            sb.append(u).append("::").append(rng.nextDouble() < 0.72 ? 'M' : 'F').append("::")
                    .append(ages[ageTable.sample(rng)]).append("::").append(rng.nextInt(21)).append("::")
                    .append(String.format(Locale.ROOT, "%05d", rng.nextInt(100000))).append('\n');
        }
        Path file = dir.resolve("users.dat");
        Files.writeString(file, sb, StandardCharsets.ISO_8859_1);
        return file;
    }

    private Path writeLinks(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("movieId,imdbId,tmdbId\n");
        for (int i = 1; i <= spec.movies(); i++) {
            sb.append(i).append(',').append(String.format(Locale.ROOT, "%07d", 100_000 + 7 * i)).append(',')
                    .append(11 + 3 * i).append('\n');
        }
        Path file = dir.resolve("links.csv");
        Files.writeString(file, sb, StandardCharsets.UTF_8);
        return file;
    }

    private static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        for (int k = 0; k < n; k++) {
            p[k] = k;
        }
        for (int k = n - 1; k > 0; k--) {
            int j = rng.nextInt(k + 1);
            int t = p[k];
            p[k] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Walker's alias method: O(1) draws from a discrete distribution. */
    private static final class AliasTable {
        private final double[] probability;
        private final int[] alias;
        private final double[] weights;
        private final double total;

        AliasTable(double[] weights) {
            int n = weights.length;
            this.weights = weights.clone();
            double sum = 0;
            for (double w : weights) {
                sum += w;
            }
            total = sum;
            probability = new double[n];
            alias = new int[n];
            double[] scaled = new double[n];
            int[] small = new int[n];
            int[] large = new int[n];
            int ns = 0;
            int nl = 0;
            for (int i = 0; i < n; i++) {
                scaled[i] = weights[i] * n / sum;
                if (scaled[i] < 1) {
                    small[ns++] = i;
                } else {
                    large[nl++] = i;
                }
            }
            while (ns > 0 && nl > 0) {
                int s = small[--ns];
                int l = large[--nl];
                probability[s] = scaled[s];
                alias[s] = l;
                scaled[l] = scaled[l] + scaled[s] - 1;
                if (scaled[l] < 1) {
                    small[ns++] = l;
                } else {
                    large[nl++] = l;
                }
            }
            while (nl > 0) {
                probability[large[--nl]] = 1;
            }
            while (ns > 0) {
                probability[small[--ns]] = 1;
            }
        }

        int sample(SplittableRandom rng) {
            int i = rng.nextInt(probability.length);
            return rng.nextDouble() < probability[i] ? i : alias[i];
        }

        double weight(int i) {
            return weights[i] / total;
        }
    }

    /** A growable byte buffer with ASCII number formatting, no String per number. */
    private static final class Bytes {
        private byte[] bytes;
        private int size;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }

        Bytes text(String s) {
            ensure(s.length());
            for (int k = 0; k < s.length(); k++) {
                bytes[size++] = (byte) s.charAt(k);
            }
            return this;
        }

        Bytes number(long v) {
            ensure(20);
            if (v == 0) {
                bytes[size++] = '0';
                return this;
            }
            int start = size;
            while (v > 0) {
                bytes[size++] = (byte) ('0' + v % 10);
                v /= 10;
            }
            for (int a = start, b = size - 1; a < b; a++, b--) {
                byte t = bytes[a];
                bytes[a] = bytes[b];
                bytes[b] = t;
            }
            return this;
        }
    }
}
