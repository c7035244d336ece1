package org.movierec.core.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Candidate hyper-parameter settings for {@link ParameterSearch}, as written on the command line.
 * A grid {@code factors=50,100;reg=0.02,0.05} gives every combination (here 4), varying the last
 * parameter fastest. Ranges {@code reg=0.001:0.1:log;factors=16:128:int;sim=cosine,pearson} are
 * sampled: {@code LO:HI} uniformly, with {@code :log} log-uniformly, with {@code :int} as whole
 * numbers from LO to HI inclusive; a comma list picks one value uniformly. Sampled numbers are
 * rounded to 4 significant digits.
 */
public final class SearchSpace {
    private SearchSpace() {
    }

    /** Every combination of the grid's values. */
    public static List<Map<String, String>> grid(String text) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, String> entry : entries(text).entrySet()) {
            String[] values = entry.getValue().split(",");
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String value : values) {
                    if (value.isBlank()) {
                        throw new IllegalArgumentException("empty value for " + entry.getKey() + " in grid '" + text + "'");
                    }
                    Map<String, String> p = new LinkedHashMap<>(partial);
                    p.put(entry.getKey(), value.trim());
                    next.add(p);
                }
            }
            out = next;
        }
        return out;
    }

    /** n distinct settings sampled from the ranges with the seed (fewer if the space is smaller). */
    public static List<Map<String, String>> random(String text, int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("random search needs at least 1 sample, got " + n);
        }
        Map<String, Range> ranges = new LinkedHashMap<>();
        entries(text).forEach((name, spec) -> ranges.put(name, Range.parse(name, spec)));
        SplittableRandom random = new SplittableRandom(seed);
        Set<Map<String, String>> out = new LinkedHashSet<>();
        for (int attempt = 0; attempt < 50 * n && out.size() < n; attempt++) {
            Map<String, String> p = new LinkedHashMap<>();
            ranges.forEach((name, range) -> p.put(name, range.sample(random)));
            out.add(p);
        }
        return new ArrayList<>(out);
    }

    private static Map<String, String> entries(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new IllegalArgumentException("'" + part.trim() + "' is not written as name=values");
            }
            String name = part.substring(0, eq).trim();
            if (out.put(name, part.substring(eq + 1).trim()) != null) {
                throw new IllegalArgumentException("parameter " + name + " is given twice in '" + text + "'");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no parameters in '" + text + "'");
        }
        return out;
    }

    private record Range(String[] choices, double lo, double hi, boolean log, boolean integer) {

        static Range parse(String name, String spec) {
            if (!spec.contains(":")) {
                return new Range(spec.split(","), 0, 0, false, false);
            }
            String[] f = spec.split(":");
            boolean log = false;
            boolean integer = false;
            for (int j = 2; j < f.length; j++) {
                switch (f[j].trim()) {
                    case "log" -> log = true;
                    case "int" -> integer = true;
                    default -> throw new IllegalArgumentException("unknown range option '" + f[j] + "' for " + name + "; use log or int");
                }
            }
            double lo;
            double hi;
            try {
                lo = Double.parseDouble(f[0].trim());
                hi = Double.parseDouble(f[1].trim());
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException("the range of " + name + " must be written LO:HI[:log][:int], not '" + spec + "'");
            }
            if (!(lo <= hi) || (log && lo <= 0)) {
                throw new IllegalArgumentException("the range " + spec + " of " + name + " is empty"
                        + (log ? " or not positive (a log range needs LO > 0)" : ""));
            }
            return new Range(null, lo, hi, log, integer);
        }

        String sample(SplittableRandom random) {
            if (choices != null) {
                return choices[random.nextInt(choices.length)].trim();
            }
            double top = integer ? hi + 1 : hi;
            double x = log ? Math.exp(Math.log(lo) + random.nextDouble() * (Math.log(top) - Math.log(lo)))
                    : lo + random.nextDouble() * (top - lo);
            if (integer) {
                return Long.toString((long) Math.min(Math.floor(x), hi));
            }
            return new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }
    }
}
