package io.camelnextome.examples.quickstart;

import java.util.Locale;
import java.util.Map;

import io.camelnextome.nextome.model.TrackableDto;
import io.camelnextome.nextome.model.TrackableUsage;

/**
 * Reads the rows of a trackables CSV (header {@code id,name,usage}) as the trackables to register. {@code id} may
 * be empty (Nextome then assigns one), {@code name} is required, {@code usage} is empty, ASSET or PERSON.
 */
public final class TrackableRows {

    /** The trackable of one row, in the venue the routes work on; a bad row fails naming its column. */
    public TrackableDto toTrackable(Map<String, String> row, long venueId) {
        String name = column(row, "name");
        if (name == null) {
            throw new IllegalArgumentException("Column 'name' of the trackables CSV is empty in row " + row);
        }
        TrackableDto trackable = new TrackableDto();
        trackable.setId(column(row, "id"));
        trackable.setName(name);
        trackable.setUsage(usage(row));
        trackable.setVenue(venueId);
        return trackable;
    }

    private static TrackableUsage usage(Map<String, String> row) {
        String usage = column(row, "usage");
        if (usage == null) {
            return null;
        }
        try {
            return TrackableUsage.valueOf(usage.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Column 'usage' of the trackables CSV must be ASSET or PERSON, not '"
                                               + usage + "', in row " + row, e);
        }
    }

    private static String column(Map<String, String> row, String name) {
        String value = row.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
