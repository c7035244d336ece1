package org.movierec.app.report;

import java.util.Locale;

/** How metric values are shown to people: times with 2–3 decimals, other metrics with 4. */
final class MetricFormat {
    private MetricFormat() {
    }

    /** The value alone, e.g. "0.9123", "1.52", "NaN" as "–". */
    static String value(String metric, double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (metric.endsWith("Seconds")) {
            return String.format(Locale.ROOT, v < 10 ? "%.3f" : "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** A column heading: "fitSeconds" as "fit s". */
    static String heading(String metric) {
        return metric.endsWith("Seconds") ? metric.substring(0, metric.length() - "Seconds".length()) + " s" : metric;
    }
}
