package io.camelnextome.nextome.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The database commits a watermark and the connection drops before its answer arrives: the row holds what this
 * instance wrote, so its next write carries on instead of taking its own write for another instance's (which stops
 * the route). Against real PostgreSQL, through a loopback relay that drops the answer.
 */
class LostAnswerTest {

    private static AnswerDroppingProxy proxy;

    @BeforeAll
    static void relay() throws Exception {
        proxy = new AnswerDroppingProxy(SharedPostgres.port());
    }

    @AfterAll
    static void close() {
        proxy.close();
    }

    private static JdbcWatermarkRepository repository(String table) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] { "127.0.0.1" });
        dataSource.setPortNumbers(new int[] { proxy.port() });
        dataSource.setDatabaseName("postgres");
        dataSource.setUser("postgres");
        JdbcWatermarkRepository repository = new JdbcWatermarkRepository(dataSource, table);
        repository.start();
        return repository;
    }

    @Test
    void aWriteCommittedWithoutAnAnswerIsNoConflict() {
        JdbcWatermarkRepository repository = repository("lost_answer");
        JdbcWatermarkRepository reader = new JdbcWatermarkRepository(SharedPostgres.dataSource(), "lost_answer");
        repository.claim("k");
        repository.setState("k", "100");
        proxy.dropTheAnswerTo("UPDATE lost_answer");
        assertThrows(IllegalStateException.class, () -> repository.setState("k", "200"));
        assertEquals("200", reader.getState("k"), "the database committed it");

        repository.setState("k", "300");
        assertEquals("300", reader.getState("k"));
        repository.stop();
    }

    @Test
    void anotherInstancesWriteAfterALostAnswerIsStillAConflict() {
        otherWritesAfterALostAnswer("lost_answer_then_other", "250");
    }

    /**
     * The other instance moves the watermark to the very text of the write whose answer was lost (both read the same
     * records): the row is still the other's write, not this one's, and this instance's next write is a conflict.
     */
    @Test
    void anotherInstancesWriteOfTheSameTextAfterALostAnswerIsStillAConflict() {
        otherWritesAfterALostAnswer("lost_answer_same_text", "200");
    }

    /**
     * This instance's write of 200 is committed without an answer, then the other instance claims the key and
     * writes otherValue: this instance's next write is a conflict, and the other goes on.
     */
    private static void otherWritesAfterALostAnswer(String table, String otherValue) {
        JdbcWatermarkRepository repository = repository(table);
        JdbcWatermarkRepository other = repository(table);
        repository.claim("k");
        repository.setState("k", "100");
        proxy.dropTheAnswerTo("UPDATE " + table);
        assertThrows(IllegalStateException.class, () -> repository.setState("k", "200"));
        other.claim("k");
        other.setState("k", otherValue);

        assertThrows(WatermarkConflictException.class, () -> repository.setState("k", "300"));
        assertEquals(otherValue, other.getState("k"), "the other instance's watermark stays");
        other.setState("k", "400");
        assertEquals("400", other.getState("k"), "the other instance goes on");
        repository.stop();
        other.stop();
    }
}
