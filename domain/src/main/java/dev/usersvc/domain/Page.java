package dev.usersvc.domain;

import java.util.List;

/** One page of a listing, plus the total when it was asked for. */
public record Page<T>(List<T> items, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
