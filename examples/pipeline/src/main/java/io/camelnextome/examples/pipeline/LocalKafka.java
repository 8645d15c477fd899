package io.camelnextome.examples.pipeline;

import java.util.concurrent.CountDownLatch;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Kafka 4.1 broker for trying the pipeline out and for its tests: one KRaft node (broker and controller, no
 * ZooKeeper) on free loopback ports, its data in a temporary directory removed on close. As a program it prints
 * {@code Kafka listening on <bootstrap servers>} and runs until stopped.
 */
public final class LocalKafka implements AutoCloseable {

    private final KafkaClusterTestKit cluster;

    public LocalKafka() throws Exception {
        cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
                .setNumBrokerNodes(1).setNumControllerNodes(1).build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
    }

    public static void main(String[] args) throws Exception {
        LocalKafka kafka = new LocalKafka();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                kafka.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }));
        System.out.println("Kafka listening on " + kafka.bootstrapServers());
        new CountDownLatch(1).await();
    }

    /** What {@code PIPELINE_KAFKA_BROKERS} (and any Kafka client) connects to. */
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
