package org.movierec.app.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated parts of a Markdown page: text between {@code <!-- results:NAME -->} and
 * {@code <!-- /results -->} lines belongs to {@code movierec report} and is replaced, never edited.
 */
public final class MarkedSections {
    private static final Pattern SECTION = Pattern.compile(
            "(<!-- results:([a-z0-9-]+) -->\\n)(.*?)(<!-- /results -->)", Pattern.DOTALL);

    private MarkedSections() {
    }

    /** The sections' names and current contents, in page order. */
    public static Map<String, String> read(String page) {
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher m = SECTION.matcher(page);
        while (m.find()) {
            sections.put(m.group(2), m.group(3));
        }
        return sections;
    }

    /** The page with each section's contents replaced by {@code content.apply(name)} (which ends with a newline). */
    public static String replace(String page, Function<String, String> content) {
        Matcher m = SECTION.matcher(page);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + content.apply(m.group(2)) + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
