package io.camelnextome.quarkus.nextome.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

/** What the provider-changes route delivered: the change type and the id of each changed provider. */
@ApplicationScoped
public class ProviderChanges {

    public record Change(String type, String id) {
    }

    private final List<Change> changes = new CopyOnWriteArrayList<>();

    void add(String type, String id) {
        changes.add(new Change(type, id));
    }

    List<Change> all() {
        return List.copyOf(changes);
    }
}
