package io.camelnextome.simulator.control;

import io.camelnextome.simulator.store.Position;
import io.camelnextome.simulator.store.PositionStore;

import java.time.Duration;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The late-positions fault: a share of the live positions is stored only after a delay, with its original
 * {@code timestampGenerated}, as a gateway that buffered positions while offline uploads them later. A client
 * that has already read past that timestamp sees the position appear behind it.
 */
public final class LatePositions {

    /** A position held back, and the store it goes to when it is due. */
    private record Held(Position position, PositionStore store, long due) implements Delayed {

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(due, ((Held) other).due);
        }
    }

    /** Share and delay change together. */
    private record Setting(double share, long delayMillis) {
    }

    private volatile Setting setting = new Setting(0, 0);
    private final DelayQueue<Held> held = new DelayQueue<>();
    private final LongAdder heldSinceReset = new LongAdder();

    /** From now on, that share (0 to 1) of the live positions is stored only after {@code delay}. */
    public void hold(double share, Duration delay) {
        FaultInjector.checkShare("share", share);
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        setting = share == 0 || delay.isZero() ? new Setting(0, 0) : new Setting(share, delay.toMillis());
    }

    /** Stores a live position now, or holds it back when it falls in the late share. */
    public void arrive(Position position, PositionStore store) {
        Setting current = setting;
        if (FaultInjector.chance(current.share())) {
            heldSinceReset.increment();
            held.add(new Held(position, store, System.currentTimeMillis() + current.delayMillis()));
        } else {
            store.add(position);
        }
    }

    /** Stores the held positions whose delay is over; called by a timer. */
    public void releaseDue() {
        for (Held due = held.poll(); due != null; due = held.poll()) {
            due.store().add(due.position());
        }
    }

    /** Forgets the held positions (the store they were going to was reset), and the count of them. */
    public void discardHeld() {
        held.clear();
        heldSinceReset.reset();
    }

    /** How many positions were held back since the simulator started or was reset. */
    public long heldSinceReset() {
        return heldSinceReset.sum();
    }

    double share() {
        return setting.share();
    }

    long delayMillis() {
        return setting.delayMillis();
    }

    int pending() {
        return held.size();
    }
}
