package io.camelnextome.simulator.demo;

/**
 * Where one demo trackable is at any time: it walks its map's loop at a constant speed from a phase,
 * so positions are a pure function of time (history and live generation agree).
 *
 * @param speed pixels per second
 * @param phase the distance along the loop at time 0
 */
public record MovementPlan(String trackable, long venue, long map, LoopPath path, double speed, double phase) {

    public double[] pointAt(long epochMillis) {
        return path.pointAt(phase + speed * (epochMillis / 1000.0));
    }
}
