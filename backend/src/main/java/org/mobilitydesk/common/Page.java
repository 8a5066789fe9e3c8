package org.mobilitydesk.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; subclasses exist only to give each list its own schema name in the contract. */
public class Page<T> {

    @Schema(description = "The items of this page", required = true)
    public final List<T> items;
    @Schema(description = "Zero-based page number", examples = "0", required = true)
    public final int page;
    @Schema(description = "Requested page size", examples = "20", required = true)
    public final int size;
    @Schema(description = "Number of items matching the query over all pages", examples = "42", required = true)
    public final long total;

    public Page(List<T> items, int page, int size, long total) {
        this.items = items;
        this.page = page;
        this.size = size;
        this.total = total;
    }
}
