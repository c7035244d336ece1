package org.movierec.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.movierec.app.store.DatabaseStatistics;
import org.movierec.core.data.Quantiles;
import tools.jackson.databind.json.JsonMapper;

/** Prints {@link DatabaseStatistics} as text for people or as one JSON object. */
final class DatabaseStatsPrinter {
    private DatabaseStatsPrinter() {
    }

    static void printJson(DatabaseStatistics statistics, PrintWriter out) {
        out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                .writeValueAsString(statistics.asMap()));
    }

    static void printText(String database, DatabaseStatistics s, PrintWriter out) {
        out.printf("database          %s%n", database);
        out.printf("users             %,d with ratings (%,d in all)%n", s.users(), s.registeredUsers());
        out.printf("movies            %,d in the catalogue, %,d rated%n", s.movies(), s.ratedMovies());
        out.printf("ratings           %,d (density %.4f%%)%s%n", s.ratings(), 100 * s.density(),
                Double.isNaN(s.meanRating()) ? "" : String.format(", mean %.3f", s.meanRating()));
        out.printf("tags              %,d%n", s.tags());
        if (!s.distribution().isEmpty()) {
            out.println("rating distribution");
            long most = s.distribution().values().stream().mapToLong(Long::longValue).max().orElse(1);
            @SuppressWarnings("unchecked")
            Map<String, Long> byValue = (Map<String, Long>) s.asMap().get("distribution");
            byValue.forEach((value, count) -> out.printf("  %-5s %,12d  %s%n", value, count,
                    "#".repeat((int) Math.round(40.0 * count / most))));
        }
        out.printf("ratings per user  %s%n", quantiles(s.ratingsPerUser()));
        out.printf("ratings per movie %s%n", quantiles(s.ratingsPerMovie()));
    }

    private static String quantiles(Quantiles q) {
        StringBuilder text = new StringBuilder();
        q.asMap().forEach((name, value) -> text.append(text.length() == 0 ? "" : ", ").append(name).append(' ')
                .append(String.format("%,d", value)));
        return text.toString();
    }
}
