package io.camelnextome.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.camelnextome.nextome.NextomeConstants;
import io.camelnextome.nextome.model.TrackableDto;
import io.camelnextome.simulator.NextomeSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Throughput of {@code nextome:trackables/get} through the component (a ProducerTemplate, the id in the header
 * {@code CamelNextome.id}) beside a hand-written client (JDK HttpClient, one manual auth call, Jackson into the
 * same TrackableDto), both with the same callers against the same embedded simulator. The two clients run in
 * turns, in alternating order, so that drift of the machine's load touches both alike. Client and simulator share
 * the machine's cores: the figures are relative, not the component's ceiling.
 * <p>
 * Settings ({@code -Dname=value}): {@code callers} (16), {@code warmupSeconds} (5, per client), {@code seconds}
 * (20, per measured turn), {@code rounds} (2; each runs both clients once).
 */
public final class ComponentThroughputBenchmark {

    private ComponentThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Callers.Plan plan = Callers.Plan.fromSystemProperties();
        int rounds = Integer.getInteger("rounds", 2);
        try (NextomeSimulator simulator = NextomeSimulator.builder().build().start();
             CamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("nextome", NextomeContexts.component(simulator.baseUrl(), simulator.clientId(),
                    simulator.clientSecret()));
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            Endpoint endpoint = camel.getEndpoint("nextome:trackables/get");
            Callers.Call component = n -> template.requestBodyAndHeader(endpoint, null, NextomeConstants.ID,
                    Callers.trackable(n)) instanceof TrackableDto;

            PlainClient plainClient = new PlainClient(simulator.baseUrl(), simulator.clientId(), simulator.clientSecret());
            ObjectMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
            Callers.Call plain = n -> {
                var response = plainClient.get("/trackables/" + Callers.trackable(n));
                return response.statusCode() == 200 && mapper.readValue(response.body(), TrackableDto.class) != null;
            };

            Map<String, Callers.Call> clients = new LinkedHashMap<>();
            clients.put("component", component);
            clients.put("plain", plain);
            System.out.printf("GET /trackables/{tid} on %s: %d callers, %d cores, warm-up %d s per client, %d round(s)"
                    + " of %d s per client%n", simulator.baseUrl(), plan.callers(),
                    Runtime.getRuntime().availableProcessors(), plan.warmup().toSeconds(), rounds,
                    plan.measured().toSeconds());
            for (var client : clients.entrySet()) {
                System.out.printf("warm-up %-9s %s%n", client.getKey(), Callers.run(plan.callers(), plan.warmup(), client.getValue()));
            }
            Map<String, Callers.Result> totals = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                // alternate the order: component first in even rounds, plain first in odd ones
                String[] order = round % 2 == 0 ? new String[] { "component", "plain" } : new String[] { "plain", "component" };
                for (String name : order) {
                    double load = loadAverage();
                    Callers.Result result = Callers.run(plan.callers(), plan.measured(), clients.get(name));
                    totals.merge(name, result, Callers.Result::plus);
                    System.out.printf("round %d %-9s %s (load average %.2f)%n", round + 1, name, result, load);
                }
            }
            Callers.Result c = totals.get("component");
            Callers.Result p = totals.get("plain");
            System.out.printf("%nTOTAL component %s%nTOTAL plain     %s%n", c, p);
            System.out.printf("ratio component/plain: throughput %.2f, mean latency %.2f%n", c.perSecond() / p.perSecond(),
                    c.meanLatencyMillis() / p.meanLatencyMillis());
            System.out.printf("simulator counted %,d requests of GET /trackables/{tid}, %d auth calls%n",
                    simulator.control().requests("GET /trackables/{tid}"), simulator.control().authCalls());
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
