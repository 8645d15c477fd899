package io.camelnextome.simulator.demo;

import java.util.List;

/** What seeding the demo venue produced beyond the store: the floor plan and how each trackable moves. */
public record DemoLayout(FloorPlan floorPlan, List<MovementPlan> movements) {
}
