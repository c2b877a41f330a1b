package com.exzentcg.platform.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of results plus the total number of matches, so clients can page without guessing. */
public record Page<T>(List<T> items, long count, PageRequest request) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), count, request);
    }
}
