package com.exzentcg.platform.platform.persistence;

import com.exzentcg.platform.platform.paging.Page;
import com.exzentcg.platform.platform.paging.PageRequest;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.LongSupplier;

/** The one way a boundary turns a list query plus its count query into a {@link Page}. */
public final class Pages {

    private Pages() {
    }

    public static <T> Page<T> of(TypedQuery<T> rows, TypedQuery<Long> count, PageRequest request) {
        var items = rows.setFirstResult(request.offset()).setMaxResults(request.limit()).getResultList();
        return of(items, count::getSingleResult, request);
    }

    /**
     * For a page fetched some other way (native SQL, two-step id queries): the count query runs
     * only when the page itself cannot tell the total.
     */
    public static <T> Page<T> of(List<T> items, LongSupplier count, PageRequest request) {
        long total = (items.isEmpty() && request.offset() == 0) ? 0
                : (items.size() < request.limit() && request.offset() == 0) ? items.size()
                : count.getAsLong();
        return new Page<>(items, total, request);
    }
}
