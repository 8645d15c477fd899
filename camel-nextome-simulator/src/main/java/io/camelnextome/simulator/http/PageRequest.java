package io.camelnextome.simulator.http;

/** The {@code page} (0-based) and {@code size} of a paged query; a page shorter than size is the last one. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 250;
    private static final int MAX_SIZE = 100_000;

    public static PageRequest of(RequestParams params) {
        Integer page = params.queryInt("page");
        Integer size = params.queryInt("size");
        PageRequest request = new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
        if (request.page < 0) {
            throw ApiException.badRequest("Query parameter 'page' must not be negative, not " + request.page);
        }
        if (request.size < 1 || request.size > MAX_SIZE) {
            throw ApiException.badRequest("Query parameter 'size' must be between 1 and " + MAX_SIZE + ", not " + request.size);
        }
        return request;
    }

    /** The offset of the page's first item. */
    public long offset() {
        return (long) page * size;
    }
}
