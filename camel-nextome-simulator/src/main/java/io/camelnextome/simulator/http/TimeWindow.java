package io.camelnextome.simulator.http;

/**
 * The time range of a query in epoch milliseconds, both ends inclusive. Explicit {@code start}/{@code end}
 * win; a missing start is {@code end} minus the tolerance {@code t} in the unit {@code ut}, a missing end
 * is now.
 */
public record TimeWindow(long start, long end) {

    /** The OpenAPI document's defaults of {@code t} and {@code ut}. */
    public static final int DEFAULT_TOLERANCE = 15;
    public static final String DEFAULT_UNIT = "MINUTE";

    public static TimeWindow of(RequestParams params, long now) {
        Long end = params.queryLong("end");
        Long start = params.queryLong("start");
        long to = end == null ? now : end;
        long from = start == null ? to - tolerance(params) : start;
        if (from > to) {
            throw ApiException.badRequest("Query parameter 'start' (" + from + ") must not be after 'end' (" + to + ")");
        }
        return new TimeWindow(from, to);
    }

    /** The last {@code t} {@code ut} before now. */
    public static TimeWindow recent(RequestParams params, long now) {
        return new TimeWindow(now - tolerance(params), now);
    }

    /** {@code t} {@code ut} in milliseconds. */
    public static long tolerance(RequestParams params) {
        Integer amount = params.queryInt("t");
        int t = amount == null ? DEFAULT_TOLERANCE : amount;
        if (t < 0) {
            throw ApiException.badRequest("Query parameter 't' must not be negative, not " + t);
        }
        return t * unitMillis("ut", params.queryString("ut"));
    }

    /**
     * The length of one time unit in milliseconds. Only the OpenAPI document's enum names are accepted, as
     * written there (SECOND, MINUTE, ...), like a server that binds the parameter to that enum.
     */
    public static long unitMillis(String parameter, String unit) {
        String name = unit == null ? DEFAULT_UNIT : unit;
        switch (name) {
            case "SECOND":
                return 1_000L;
            case "MINUTE":
                return 60_000L;
            case "HOUR":
                return 3_600_000L;
            case "DAY":
                return 86_400_000L;
            case "WEEK":
                return 7 * 86_400_000L;
            case "MONTH":
                return 30 * 86_400_000L;
            case "YEAR":
                return 365 * 86_400_000L;
            default:
                throw ApiException.badRequest("Query parameter '" + parameter
                        + "' must be one of SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, YEAR, not '" + unit + "'");
        }
    }

    public boolean contains(long timestamp) {
        return timestamp >= start && timestamp <= end;
    }
}
