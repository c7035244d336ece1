package org.movierec.app.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.movierec.core.data.MovieMetadata;

/**
 * The people of the catalogue's metadata (directors and cast) with their movies, for person pages,
 * people search and browsing by person. Compact: one sorted array of names, and per person two
 * ascending arrays of movie ids. A person is identified by the name as the sources write it (the
 * same name in two sources is one person). Immutable and thread-safe.
 */
public final class PersonIndex {
    private static final int[] NONE = new int[0];

    /** Names sorted by their normalised form (ties by the name itself). */
    private final String[] names;
    private final String[] normalized;
    private final int[][] directed;
    private final int[][] acted;

    /**
     * A person and their movies of the catalogue.
     *
     * @param directed ids of the movies they directed, ascending
     * @param acted ids of the movies they are billed in, ascending
     */
    public record Person(String name, int[] directed, int[] acted) {
        /** Whether they directed any movie of the catalogue. */
        public boolean director() {
            return directed.length > 0;
        }
    }

    private PersonIndex(String[] names, String[] normalized, int[][] directed, int[][] acted) {
        this.names = names;
        this.normalized = normalized;
        this.directed = directed;
        this.acted = acted;
    }

    /** The people of the metadata: every director, and the first castSize actors of each movie. */
    public static PersonIndex of(Collection<MovieMetadata> metadata, int castSize) {
        Map<String, int[][]> people = new HashMap<>();
        List<MovieMetadata> sorted = new ArrayList<>(metadata);
        sorted.sort((a, b) -> Integer.compare(a.movieId(), b.movieId()));
        for (MovieMetadata movie : sorted) {
            for (String name : movie.directors()) {
                add(people, name, 0, movie.movieId());
            }
            for (String name : movie.cast().subList(0, Math.min(castSize, movie.cast().size()))) {
                add(people, name, 1, movie.movieId());
            }
        }
        String[] names = people.keySet().toArray(new String[0]);
        String[] forms = new String[names.length];
        Integer[] order = new Integer[names.length];
        for (int p = 0; p < names.length; p++) {
            forms[p] = MovieLibrary.normalize(names[p]);
            order[p] = p;
        }
        Arrays.sort(order, (a, b) -> {
            int byForm = forms[a].compareTo(forms[b]);
            return byForm != 0 ? byForm : names[a].compareTo(names[b]);
        });
        String[] sortedNames = new String[names.length];
        String[] sortedForms = new String[names.length];
        int[][] directed = new int[names.length][];
        int[][] acted = new int[names.length][];
        for (int k = 0; k < order.length; k++) {
            int[][] lists = people.get(names[order[k]]);
            sortedNames[k] = names[order[k]];
            sortedForms[k] = forms[order[k]];
            directed[k] = trimmed(lists[0]);
            acted[k] = trimmed(lists[1]);
        }
        return new PersonIndex(sortedNames, sortedForms, directed, acted);
    }

    /** Appends the movie to the person's list (slot 0 directed, 1 acted); length is kept in element 0. */
    private static void add(Map<String, int[][]> people, String rawName, int role, int movieId) {
        String name = rawName.strip();
        if (name.isEmpty()) {
            return;
        }
        int[][] lists = people.computeIfAbsent(name, k -> new int[][] {{0}, {0}});
        int[] list = lists[role];
        int size = list[0];
        if (size > 0 && list[size] == movieId) {
            return;
        }
        if (size + 1 == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
            lists[role] = list;
        }
        list[++size] = movieId;
        list[0] = size;
    }

    private static int[] trimmed(int[] list) {
        return list[0] == 0 ? NONE : Arrays.copyOfRange(list, 1, list[0] + 1);
    }

    /** Number of people. */
    public int size() {
        return names.length;
    }

    /** The person of exactly this name, if the metadata has one. */
    public Optional<Person> person(String name) {
        int p = find(name == null ? "" : name.strip());
        return p < 0 ? Optional.empty() : Optional.of(new Person(names[p], directed[p], acted[p]));
    }

    private int find(String name) {
        String form = MovieLibrary.normalize(name);
        int from = Arrays.binarySearch(normalized, form);
        if (from < 0) {
            return -1;
        }
        while (from > 0 && normalized[from - 1].equals(form)) {
            from--;
        }
        for (int p = from; p < names.length && normalized[p].equals(form); p++) {
            if (names[p].equals(name)) {
                return p;
            }
        }
        return -1;
    }

    /**
     * People whose name has a word starting with every word of the query (case, accents and punctuation
     * ignored), those with more movies first, at most limit; none for an empty query.
     */
    public List<Person> search(String query, int limit) {
        String[] words = query == null ? new String[0] : MovieLibrary.normalize(query).split(" ");
        if (words.length == 0 || words[0].isEmpty() || limit <= 0) {
            return List.of();
        }
        List<Integer> hits = new ArrayList<>();
        for (int p = 0; p < names.length; p++) {
            if (matches(normalized[p], words)) {
                hits.add(p);
            }
        }
        hits.sort((a, b) -> Integer.compare(directed[b].length + acted[b].length, directed[a].length + acted[a].length));
        return hits.stream().limit(limit).map(p -> new Person(names[p], directed[p], acted[p])).toList();
    }

    private static boolean matches(String name, String[] words) {
        for (String word : words) {
            boolean found = name.startsWith(word);
            for (int at = name.indexOf(' '); !found && at >= 0; at = name.indexOf(' ', at + 1)) {
                found = name.startsWith(word, at + 1);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
