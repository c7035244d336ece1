package org.movierec.core.io;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MovieLens titles as people write them: "Matrix, The (1999)" becomes title "The Matrix" and year
 * 1999; a trailing article is moved to the front in the title and in each parenthesised alternative
 * title ("City of Lost Children, The (Cité des enfants perdus, La)" becomes "The City of Lost
 * Children (La Cité des enfants perdus)"). Titles without a year get year 0.
 */
public final class MovieTitles {
    private static final Pattern PART = Pattern.compile("\\(([^()]*)\\)");
    private static final Set<String> ARTICLES = Set.of("The", "A", "An", "Les", "Le", "La", "L'", "Il", "Lo", "I",
            "Gli", "El", "Los", "Las", "Der", "Die", "Das", "Den", "Det", "De", "Het", "Een", "Un", "Une", "Uno",
            "Una", "O", "Os", "As", "Ett", "En");

    private MovieTitles() {
    }

    /** A title split into its name and year (0 when the title has none). */
    public record Title(String title, int year) {
    }

    public static Title parse(String raw) {
        String text = raw.strip();
        int year = 0;
        int open = text.lastIndexOf('(');
        if (open > 0 && text.endsWith(")") && isYear(text, open + 1)) {
            int close = text.length() - 1;
            String range = text.substring(open + 5, close);
            if (range.isEmpty() || range.charAt(0) == '-' || range.charAt(0) == '\u2013') {
                year = Integer.parseInt(text.substring(open + 1, open + 5));
                text = text.substring(0, open).stripTrailing();
            }
        }
        int paren = text.indexOf(" (");
        String main = paren > 0 ? text.substring(0, paren) : text;
        StringBuilder out = new StringBuilder(frontArticle(main));
        if (paren > 0) {
            String rest = text.substring(paren);
            Matcher parts = PART.matcher(rest);
            StringBuilder sb = new StringBuilder();
            while (parts.find()) {
                parts.appendReplacement(sb, Matcher.quoteReplacement("(" + frontArticle(parts.group(1)) + ")"));
            }
            parts.appendTail(sb);
            out.append(sb);
        }
        return new Title(out.toString(), year);
    }

    private static boolean isYear(String text, int from) {
        if (from + 4 > text.length()) {
            return false;
        }
        for (int k = from; k < from + 4; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** "Matrix, The" to "The Matrix"; "Homme du train, L'" to "L'Homme du train". */
    static String frontArticle(String name) {
        int comma = name.lastIndexOf(", ");
        if (comma <= 0) {
            return name;
        }
        String article = name.substring(comma + 2).strip();
        if (!ARTICLES.contains(article)) {
            return name;
        }
        String body = name.substring(0, comma);
        return article.endsWith("'") ? article + body : article + " " + body;
    }
}
