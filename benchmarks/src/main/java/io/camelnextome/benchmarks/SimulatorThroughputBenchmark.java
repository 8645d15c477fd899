package io.camelnextome.benchmarks;

import io.camelnextome.simulator.NextomeSimulator;

/**
 * How many {@code GET /trackables/{tid}} requests per second the simulator serves to a plain JDK
 * HttpClient with 16 concurrent callers, so that the simulator can be shown never to be the bottleneck
 * of a component benchmark. Client and server share the machine: the figure is a lower bound.
 * <p>
 * Settings ({@code -Dname=value}): {@code callers} (16), {@code warmupSeconds} (5), {@code seconds} (20).
 */
public final class SimulatorThroughputBenchmark {

    private SimulatorThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Callers.Plan plan = Callers.Plan.fromSystemProperties();
        try (NextomeSimulator simulator = NextomeSimulator.builder().build().start()) {
            PlainClient client = new PlainClient(simulator.baseUrl(), simulator.clientId(), simulator.clientSecret());
            System.out.printf("Simulator %s, %d callers, %d cores, warm-up %d s, measured %d s%n", simulator.baseUrl(),
                    plan.callers(), Runtime.getRuntime().availableProcessors(), plan.warmup().toSeconds(),
                    plan.measured().toSeconds());
            Callers.Call call = n -> client.get("/trackables/" + Callers.trackable(n)).statusCode() == 200;
            Callers.run(plan.callers(), plan.warmup(), call);
            System.out.println("GET /trackables/{tid}: " + Callers.run(plan.callers(), plan.measured(), call));
            System.out.printf("simulator counted %d requests of GET /trackables/{tid}%n",
                    simulator.control().requests("GET /trackables/{tid}"));
        }
    }
}
