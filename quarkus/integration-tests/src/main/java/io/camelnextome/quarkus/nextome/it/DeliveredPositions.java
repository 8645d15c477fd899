package io.camelnextome.quarkus.nextome.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camelnextome.nextome.model.LocationDto;
import jakarta.enterprise.context.ApplicationScoped;

/** What the position-stream route delivered, in delivery order, as plain values. */
@ApplicationScoped
public class DeliveredPositions {

    public record Delivered(String trackable, long timestamp) {
    }

    private final List<Delivered> delivered = new CopyOnWriteArrayList<>();

    void add(LocationDto position) {
        delivered.add(new Delivered(position.getTrackable(), position.getTimestampGenerated()));
    }

    List<Delivered> all() {
        return List.copyOf(delivered);
    }
}
