package org.movierec.app.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The figures of one benchmark: a title, the context that makes them readable (data, protocol,
 * machine), and rows of values under typed columns. Rendered as an aligned text table, a Markdown
 * table or JSON. Values are {@link String}s or {@link Number}s; a NaN renders as "-" (null in JSON).
 */
public final class BenchTable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A column: its JSON key, its heading in the tables, and a {@link String#format} pattern for its values
     * ({@code %s} for text, which is left-aligned; numbers are right-aligned).
     */
    public record Column(String key, String heading, String format) {
        boolean numeric() {
            return !format.equals("%s");
        }

        String render(Object value) {
            if (value == null || value instanceof Double d && d.isNaN()) {
                return "-";
            }
            return String.format(Locale.ROOT, format, value);
        }
    }

    private final String title;
    private final Map<String, Object> context = new LinkedHashMap<>();
    private final List<Column> columns;
    private final List<Map<String, Object>> rows = new ArrayList<>();

    /** An empty table with these columns. */
    public BenchTable(String title, Column... columns) {
        this.title = title;
        this.columns = List.of(columns);
    }

    /** Adds a line of context (shown above the table, and under "context" in JSON). */
    public BenchTable context(String key, Object value) {
        context.put(key, value);
        return this;
    }

    /** Adds the machine's context: Java version, operating system, cores and maximum heap. */
    public BenchTable machineContext() {
        Runtime runtime = Runtime.getRuntime();
        return context("java", System.getProperty("java.vm.name") + " " + Runtime.version())
                .context("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"))
                .context("cores", runtime.availableProcessors())
                .context("maxHeapMB", runtime.maxMemory() >> 20);
    }

    /**
     * Adds a row.
     *
     * @param values one per column, in column order
     * @throws IllegalArgumentException if the count differs from the columns'
     */
    public BenchTable row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 0; c < values.length; c++) {
            row.put(columns.get(c).key(), values[c]);
        }
        rows.add(row);
        return this;
    }

    public String title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The rows, each a map from column key to value in column order. */
    public List<Map<String, Object>> rows() {
        return List.copyOf(rows);
    }

    /** The title, the context as "key: value" lines and the aligned table. */
    public String text() {
        StringBuilder out = new StringBuilder(title).append('\n');
        context.forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
        out.append('\n');
        String[][] cells = cells();
        int[] width = new int[columns.size()];
        for (String[] line : cells) {
            for (int c = 0; c < line.length; c++) {
                width[c] = Math.max(width[c], line[c].length());
            }
        }
        for (int r = 0; r < cells.length; r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns.size(); c++) {
                String cell = cells[r][c];
                String pad = " ".repeat(width[c] - cell.length());
                line.append(c == 0 ? "" : "  ").append(columns.get(c).numeric() ? pad + cell : cell + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                int total = Arrays.stream(width).sum() + 2 * (width.length - 1);
                out.append("-".repeat(total)).append('\n');
            }
        }
        return out.toString();
    }

    /** A Markdown section: the title as a heading, the context as one line and a GitHub table. */
    public String markdown() {
        StringBuilder out = new StringBuilder("### ").append(title).append("\n\n");
        List<String> parts = new ArrayList<>();
        context.forEach((k, v) -> parts.add(k + ": " + v));
        out.append(String.join("; ", parts)).append("\n\n");
        String[][] cells = cells();
        out.append("| ").append(String.join(" | ", cells[0])).append(" |\n|");
        for (Column c : columns) {
            out.append(c.numeric() ? " ---: |" : " --- |");
        }
        out.append('\n');
        for (int r = 1; r < cells.length; r++) {
            out.append("| ").append(String.join(" | ", cells[r])).append(" |\n");
        }
        return out.toString();
    }

    /** {"benchmark": title, "context": {...}, "rows": [{column key: value}]}; NaN as null. */
    public ObjectNode json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("benchmark", title);
        ObjectNode ctx = root.putObject("context");
        context.forEach((k, v) -> put(ctx, k, v));
        ArrayNode array = root.putArray("rows");
        for (Map<String, Object> row : rows) {
            ObjectNode node = array.addObject();
            row.forEach((k, v) -> put(node, k, v));
        }
        return root;
    }

    /** The JSON, pretty-printed. */
    public String jsonText() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json()) + "\n";
    }

    private String[][] cells() {
        String[][] cells = new String[rows.size() + 1][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            cells[0][c] = columns.get(c).heading();
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                cells[r + 1][c] = columns.get(c).render(rows.get(r).get(columns.get(c).key()));
            }
        }
        return cells;
    }

    private static void put(ObjectNode node, String key, Object value) {
        if (value == null || value instanceof Double d && !Double.isFinite(d)) {
            node.putNull(key);
        } else if (value instanceof Double d) {
            node.put(key, d);
        } else if (value instanceof Long l) {
            node.put(key, l);
        } else if (value instanceof Integer i) {
            node.put(key, i);
        } else {
            node.put(key, value.toString());
        }
    }
}
