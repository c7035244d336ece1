package org.movierec.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.movierec.core.data.RatingScale;
import org.movierec.core.io.DataFormatException;

/**
 * A rating data set on any path Spark reads (file://, hdfs://, s3a://...), parsed by the executors:
 * a MovieLens release folder (ml-100k's u.data, ml-1m/ml-10m's ratings.dat, ml-latest's ratings.csv),
 * a generic ratings.csv (user,item,rating[,timestamp] with a header), or Parquet (columns
 * userId/user, movieId/item, rating). Recognised from the files like movierec's own readers; only the
 * ratings are read. The driver lists files and reads one header line, nothing more.
 */
final class RatingSource {
    static final List<String> FORMATS = List.of("auto", "ml-100k", "ml-1m", "ml-10m", "ml-latest", "generic-csv", "parquet");
    private static final String ML_LATEST_HEADER = "userId,movieId,rating,timestamp";
    static final StructType PARSED = new StructType().add("user", DataTypes.IntegerType, false)
            .add("item", DataTypes.IntegerType, false).add("rating", DataTypes.FloatType, false)
            .add("problem", DataTypes.StringType, true).add("position", DataTypes.LongType, false);

    private final SparkSession spark;
    private final String file;
    private final String format;
    private final RatingLineParser parser;
    private final boolean header;

    private RatingSource(SparkSession spark, String file, String format, RatingLineParser parser, boolean header) {
        this.spark = spark;
        this.file = file;
        this.format = format;
        this.parser = parser;
        this.header = header;
    }

    /**
     * What one pass over the data found: good ratings (of them held out), bad rows, the rating scale, the
     * lowest rating and the sum of the training ratings.
     */
    record Summary(long ratings, long testRatings, long badRows, RatingScale scale, float lowest, double trainSum) {
    }

    /**
     * The data set at a Spark path in a format of {@link #FORMATS}.
     *
     * @throws NoSuchFileException if nothing is at the path
     * @throws DataFormatException if the path holds no data set of the format
     */
    static RatingSource open(SparkSession spark, String data, String format) throws IOException {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("unknown data format \"" + format + "\"; choose one of " + String.join(", ", FORMATS));
        }
        Path path = new Path(data);
        FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(path)) {
            throw new NoSuchFileException(data);
        }
        String chosen = format.equals("auto") ? detect(fs, path) : format;
        if (chosen.equals("parquet")) {
            return new RatingSource(spark, data, chosen, null, false);
        }
        String name = switch (chosen) {
            case "ml-100k" -> "u.data";
            case "ml-1m", "ml-10m" -> "ratings.dat";
            default -> "ratings.csv";
        };
        Path ratings = fs.getFileStatus(path).isDirectory() ? new Path(path, name) : path;
        if (!fs.exists(ratings)) {
            throw new DataFormatException(data, 0, chosen + " data needs " + name + " but it is missing");
        }
        String label = ratings.toString();
        return switch (chosen) {
            case "ml-100k" -> new RatingSource(spark, label, chosen, RatingLineParser.of("\t", 4, RatingScale.WHOLE_STARS), false);
            case "ml-1m" -> new RatingSource(spark, label, chosen, RatingLineParser.of("::", 4, RatingScale.WHOLE_STARS), false);
            case "ml-10m" -> new RatingSource(spark, label, chosen, RatingLineParser.of("::", 4, RatingScale.HALF_STARS), false);
            case "ml-latest" -> {
                String first = firstLine(fs, ratings);
                if (!ML_LATEST_HEADER.equals(first)) {
                    throw new DataFormatException(label, 1, "expected the header \"" + ML_LATEST_HEADER + "\" but found \"" + first + "\"");
                }
                yield new RatingSource(spark, label, chosen, RatingLineParser.of(",", 4, RatingScale.HALF_STARS), true);
            }
            default -> {
                String first = firstLine(fs, ratings);
                int columns = first == null ? 0 : first.split(",", -1).length;
                if (columns != 3 && columns != 4) {
                    throw new DataFormatException(label, 1, "expected a header of 3 or 4 columns (user,item,rating[,timestamp]) but found \""
                            + first + "\"");
                }
                yield new RatingSource(spark, label, chosen, RatingLineParser.of(",", columns, null), true);
            }
        };
    }

    /** The format the files show, as movierec's readers recognise it, or Parquet. */
    private static String detect(FileSystem fs, Path path) throws IOException {
        FileStatus status = fs.getFileStatus(path);
        if (!status.isDirectory()) {
            String name = path.getName();
            return name.endsWith(".parquet") ? "parquet" : name.equals("u.data") ? "ml-100k" : name.endsWith(".dat") ? "ml-10m"
                    : ML_LATEST_HEADER.equals(firstLine(fs, path)) ? "ml-latest" : "generic-csv";
        }
        List<String> names = new ArrayList<>();
        for (FileStatus f : fs.listStatus(path)) {
            names.add(f.getPath().getName());
        }
        if (names.contains("u.data")) {
            return "ml-100k";
        }
        if (names.contains("ratings.dat")) {
            return names.contains("users.dat") ? "ml-1m" : "ml-10m";
        }
        if (names.contains("ratings.csv")) {
            return ML_LATEST_HEADER.equals(firstLine(fs, new Path(path, "ratings.csv"))) ? "ml-latest" : "generic-csv";
        }
        if (names.stream().anyMatch(n -> n.endsWith(".parquet"))) {
            return "parquet";
        }
        throw new DataFormatException(path.toString(), 0, "not a MovieLens release, a generic CSV data set nor Parquet: expected "
                + "u.data, ratings.dat, ratings.csv or .parquet files, but found " + (names.isEmpty() ? "no files" : String.join(", ", names)));
    }

    private static String firstLine(FileSystem fs, Path file) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(file), StandardCharsets.UTF_8))) {
            String line = in.readLine();
            return line == null ? null : line.strip();
        }
    }

    /** The format read ("ml-latest", "parquet", ...). */
    String format() {
        return format;
    }

    /** The ratings file (or Parquet path) as errors name it. */
    String label() {
        return file;
    }

    /**
     * Every row as parsed on the executors: user, item, rating, problem (null for a good row) and
     * position (the line's byte offset in the file; 0 for Parquet).
     */
    Dataset<Row> parsed() {
        if (parser == null) {
            return parquet();
        }
        RatingLineParser p = parser;
        boolean skipHeader = header;
        JavaRDD<Row> rows = lines().flatMap(line -> {
            long offset = line._1().get();
            RatingLineParser.Parsed parsed = skipHeader && offset == 0 ? null : p.parse(line._2().toString());
            return parsed == null ? java.util.Collections.emptyIterator()
                    : List.of(RowFactory.create(parsed.user(), parsed.item(), parsed.rating(), parsed.problem(), offset)).iterator();
        });
        return spark.createDataFrame(rows, PARSED);
    }

    private JavaPairRDD<LongWritable, Text> lines() {
        return JavaSparkContext.fromSparkContext(spark.sparkContext()).newAPIHadoopFile(file, TextInputFormat.class,
                LongWritable.class, Text.class, spark.sparkContext().hadoopConfiguration());
    }

    private Dataset<Row> parquet() {
        Dataset<Row> raw = spark.read().parquet(file);
        Column user = col(column(raw, "userId", "user", "user_id")).cast(DataTypes.IntegerType);
        Column item = col(column(raw, "movieId", "item", "movie", "item_id", "movie_id")).cast(DataTypes.IntegerType);
        Column rating = col(column(raw, "rating")).cast(DataTypes.FloatType);
        Column missing = user.isNull().or(item.isNull()).or(rating.isNull()).or(rating.isNaN());
        return raw.select(when(missing, lit(0)).otherwise(user).as("user"), when(missing, lit(0)).otherwise(item).as("item"),
                when(missing, lit(0f)).otherwise(rating).as("rating"),
                when(missing, lit("a row's user id, movie id or rating is missing or not a number")).as("problem"),
                lit(0L).as("position"));
    }

    private String column(Dataset<Row> frame, String... names) throws IllegalArgumentException {
        for (String name : names) {
            for (String present : frame.columns()) {
                if (present.equalsIgnoreCase(name)) {
                    return present;
                }
            }
        }
        throw new IllegalArgumentException(file + " has no column " + String.join(" or ", names) + " (it has "
                + String.join(", ", Arrays.asList(frame.columns())) + ")");
    }

    /** The good ratings: user, item, rating. */
    Dataset<Row> ratings() {
        return parsed().filter(col("problem").isNull()).select("user", "item", "rating");
    }

    /**
     * One pass over the data: counts good and bad rows and the rating scale (the release's, or observed
     * like movierec's generic reader). Bad rows fail with the first one's one-sentence error (file and
     * line) unless skipBadRows.
     *
     * @param test marks the test ratings of a hold-out, or null
     * @throws DataFormatException for a bad row when not skipping them, or when no rating is good
     */
    Summary summarise(Column test, boolean skipBadRows) throws DataFormatException {
        Column good = col("problem").isNull();
        Row r = parsed().agg(sum(when(good, 1L).otherwise(0L)), sum(when(good.and(test == null ? lit(false) : test), 1L).otherwise(0L)),
                sum(when(good, 0L).otherwise(1L)), min(when(not(good), struct(col("position"), col("problem")))),
                min(when(good, col("rating"))), max(when(good, col("rating"))),
                sum(when(good.and(col("rating").notEqual(floor(col("rating")))), 1L).otherwise(0L)),
                sum(when(good.and(col("rating").multiply(2).notEqual(floor(col("rating").multiply(2)))), 1L).otherwise(0L)),
                sum(when(good.and(test == null ? lit(true) : not(test)), col("rating").cast(DataTypes.DoubleType)))).first();
        long ratings = r.isNullAt(0) ? 0 : r.getLong(0);
        long bad = r.isNullAt(2) ? 0 : r.getLong(2);
        if (bad > 0 && !skipBadRows) {
            Row first = r.getStruct(3);
            long line = parser == null ? 0 : lineAt(first.getLong(0));
            throw new DataFormatException(file, line, first.getString(1) + (bad > 1 ? " (and " + (bad - 1)
                    + " more bad rows; --skip-bad-rows leaves them out)" : " (--skip-bad-rows leaves such rows out)"));
        }
        if (ratings == 0) {
            throw new DataFormatException(file, 0, "it holds no ratings");
        }
        float lowest = r.getFloat(4);
        float highest = r.getFloat(5);
        RatingScale scale = parser != null && parser.scale() != null ? parser.scale()
                : observedScale(lowest, highest, r.getLong(6) == 0, r.getLong(7) == 0);
        return new Summary(ratings, r.getLong(1), bad, scale, lowest, r.getDouble(8));
    }

    /** The 1-based line starting at the byte offset: one more than the lines before it (counted on the executors). */
    private long lineAt(long offset) {
        return lines().filter(line -> line._1().get() < offset).count() + 1;
    }

    /** The scale movierec's generic reader infers: lowest to highest, in whole or half steps when all ratings are. */
    private static RatingScale observedScale(float lowest, float highest, boolean allWhole, boolean allHalves) {
        float step = allWhole ? 1f : allHalves ? 0.5f : 0f;
        float min = lowest < highest ? lowest : Math.min(0f, highest - Math.max(step, 1f));
        return new RatingScale(min, highest, step);
    }
}
