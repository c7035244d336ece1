package org.movierec.app.service;

import java.util.List;

/** One page of a listing: its items, its position (page from 0, page size) and the total number of matches. */
public record PageResult<T>(List<T> items, int page, int size, int total) {
    public PageResult {
        items = List.copyOf(items);
    }

    public int pages() {
        return (total + size - 1) / size;
    }

    public boolean hasNext() {
        return (page + 1L) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
