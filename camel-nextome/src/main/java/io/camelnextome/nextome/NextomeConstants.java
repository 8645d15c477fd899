package io.camelnextome.nextome;

import org.apache.camel.Exchange;
import org.apache.camel.spi.Metadata;

/**
 * Message headers of the Nextome component. Every operation option can be given per message as the header
 * {@code CamelNextome.<option>}, which wins over the endpoint's option.
 */
public final class NextomeConstants {

    /** The prefix of the headers that carry operation options. */
    public static final String HEADER_PREFIX = "CamelNextome.";

    @Metadata(label = "producer", description = "The HTTP status of the Nextome response.", javaType = "Integer")
    public static final String HTTP_RESPONSE_CODE = Exchange.HTTP_RESPONSE_CODE;

    @Metadata(label = "producer", description = "Overrides the option id: The id of the resource the API is named after (trackable and fence ids are strings, the others integers).", javaType = "String")
    public static final String ID = HEADER_PREFIX + "id";
    @Metadata(label = "producer", description = "Overrides the option venueId: The venue id (wire name venue, vid or venueId depending on the operation).", javaType = "Long")
    public static final String VENUE_ID = HEADER_PREFIX + "venueId";
    @Metadata(label = "producer", description = "Overrides the option mapId: The map id (wire name mid or mapId depending on the operation).", javaType = "Long")
    public static final String MAP_ID = HEADER_PREFIX + "mapId";
    @Metadata(label = "producer", description = "Overrides the option omloxId: The omlox id of a location provider.", javaType = "String")
    public static final String OMLOX_ID = HEADER_PREFIX + "omloxId";
    @Metadata(label = "producer", description = "Overrides the option uuid: The UUID of a map or of an iBeacon.", javaType = "String")
    public static final String UUID = HEADER_PREFIX + "uuid";
    @Metadata(label = "producer", description = "Overrides the option serial: The serial number of a gateway.", javaType = "String")
    public static final String SERIAL = HEADER_PREFIX + "serial";
    @Metadata(label = "producer", description = "Overrides the option major: The iBeacon major number.", javaType = "Integer")
    public static final String MAJOR = HEADER_PREFIX + "major";
    @Metadata(label = "producer", description = "Overrides the option minor: The iBeacon minor number.", javaType = "Integer")
    public static final String MINOR = HEADER_PREFIX + "minor";
    @Metadata(label = "producer", description = "Overrides the option batteryLevel: The battery level to record for a location provider.", javaType = "Integer")
    public static final String BATTERY_LEVEL = HEADER_PREFIX + "batteryLevel";
    @Metadata(label = "producer", description = "Overrides the option updatedAt: When the battery level was read, epoch milliseconds.", javaType = "Long")
    public static final String UPDATED_AT = HEADER_PREFIX + "updatedAt";
    @Metadata(label = "producer", description = "Overrides the option tolerance: The time window (wire name t), in timeUnit units, when no start is given.", javaType = "Integer")
    public static final String TOLERANCE = HEADER_PREFIX + "tolerance";
    @Metadata(label = "producer", description = "Overrides the option timeUnit: The unit of tolerance and step (wire name ut): SECOND, MINUTE, HOUR, DAY, WEEK, MONTH or YEAR.", javaType = "String")
    public static final String TIME_UNIT = HEADER_PREFIX + "timeUnit";
    @Metadata(label = "producer", description = "Overrides the option timeField: Which visit timestamp the time window applies to (wire name w): START, END or BOTH.", javaType = "String")
    public static final String TIME_FIELD = HEADER_PREFIX + "timeField";
    @Metadata(label = "producer", description = "Overrides the option start: The start of the time range, epoch milliseconds.", javaType = "Long")
    public static final String START = HEADER_PREFIX + "start";
    @Metadata(label = "producer", description = "Overrides the option end: The end of the time range, epoch milliseconds.", javaType = "Long")
    public static final String END = HEADER_PREFIX + "end";
    @Metadata(label = "producer", description = "Overrides the option step: The bucket size, in timeUnit units.", javaType = "Long")
    public static final String STEP = HEADER_PREFIX + "step";
    @Metadata(label = "producer", description = "Overrides the option page: The 0-based page number.", javaType = "Integer")
    public static final String PAGE = HEADER_PREFIX + "page";
    @Metadata(label = "producer", description = "Overrides the option size: The page size.", javaType = "Integer")
    public static final String SIZE = HEADER_PREFIX + "size";
    @Metadata(label = "producer", description = "Overrides the option providerType: Only positions of this location provider type (wire name provider_type), e.g. IBEACON, UWB.", javaType = "String")
    public static final String PROVIDER_TYPE = HEADER_PREFIX + "providerType";
    @Metadata(label = "producer", description = "Overrides the option type: The location provider type filter, e.g. IBEACON, UWB.", javaType = "String")
    public static final String TYPE = HEADER_PREFIX + "type";
    @Metadata(label = "producer", description = "Overrides the option httpMethod: nextome:raw only: the HTTP method (also from header CamelNextome.httpMethod).", javaType = "String")
    public static final String HTTP_METHOD = HEADER_PREFIX + "httpMethod";
    @Metadata(label = "producer", description = "Overrides the option path: nextome:raw only: the path below baseUrl, with its query string (also from header CamelNextome.path).", javaType = "String")
    public static final String PATH = HEADER_PREFIX + "path";

    @Metadata(label = "consumer", description = "The operation that produced the record, e.g. locations/positions.",
              javaType = "String")
    public static final String OPERATION = HEADER_PREFIX + "operation";
    @Metadata(label = "consumer", description = "The 0-based position of the record among those delivered by the poll.",
              javaType = "Integer")
    public static final String POLL_INDEX = HEADER_PREFIX + "pollIndex";
    @Metadata(label = "consumer", description = "How many elements the polled list had (split list results).",
              javaType = "Integer")
    public static final String POLL_SIZE = HEADER_PREFIX + "pollSize";
    @Metadata(label = "consumer", description = "Incremental consumers with a lateness bound: true on a record that"
                                                + " arrived after the stream had passed its timestamp and was found by"
                                                + " the lateness sweep.", javaType = "Boolean")
    public static final String LATE = HEADER_PREFIX + "late";
    @Metadata(label = "consumer", description = "Incremental consumers with an end: true on the last exchange of the"
                                                + " finite replay (its last record, or an exchange without a body when"
                                                + " the last window had none); the consumer polls no more after it.",
              javaType = "Boolean")
    public static final String REPLAY_COMPLETE = HEADER_PREFIX + "replayComplete";
    @Metadata(label = "consumer", description = "The timestamp the incremental stream orders the record by, epoch"
                                                + " milliseconds.", javaType = "Long")
    public static final String RECORD_TIMESTAMP = HEADER_PREFIX + "timestamp";
    @Metadata(label = "consumer", description = "With changesOnly: CREATED, UPDATED or DELETED.", javaType = "String")
    public static final String CHANGE_TYPE = HEADER_PREFIX + "changeType";
    @Metadata(label = "consumer", description = "With changesOnly: the id of the changed element.", javaType = "String")
    public static final String ELEMENT_ID = HEADER_PREFIX + "elementId";

    private NextomeConstants() {
    }
}
