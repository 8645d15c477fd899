package io.camelnextome.reliability;

/**
 * The figures of one row of the matrix.
 *
 * @param handled         failures the routes' error handler saw (onException)
 * @param postsReceived   {@code POST /trackables} requests that reached the simulator, refused ones included
 * @param created         {@code POST /trackables} answered 201: trackables the simulator created
 * @param duplicated      trackables stored beyond the first with the same name
 * @param lostWrites      creates reported successful whose trackable is not in the store
 * @param authCalls       {@code POST /apps/auth} calls of the producer and consumer routes together
 * @param recovered       creates of the last quarter of the row that succeeded
 * @param injected        the simulator's evidence of the faults at work
 * @param history         positions generated before the row (the rest of {@code stored} came live)
 * @param stored          positions in the stream's range, in the store at the end
 * @param arrivedLate     of those, positions the simulator stored late (the late-positions fault)
 * @param distinct        distinct positions the consumer delivered in the stream's range
 * @param twice           deliveries beyond the first of the same position
 * @param late            positions delivered behind a later one
 * @param lateness        the consumer's lateness bound in milliseconds
 */
record RowResult(Fault fault, ProducerLoad.Outcome producer, long handled, long postsReceived, long created,
                 long duplicated, long lostWrites, long authCalls, long recovered, Injected injected, long history, long stored,
                 long arrivedLate, long delivered, long distinct, long twice, long late, long lateness) {

    /** Positions stored in the stream's range that the consumer never delivered. */
    long lost() {
        return Math.max(0, stored - distinct);
    }

    long failures() {
        return producer.createsFailed() + producer.getsFailed();
    }

    /** What the issue requires of the producer: nothing lost, nothing created twice, every failure handled. */
    boolean producerPasses() {
        return lostWrites == 0 && duplicated == 0 && handled == failures() && producer.silentFailures() == 0
               && fault.seen(injected) > 0 && producer.createsOk() > 0 && producer.getsOk() > 0
               && (recovered > 0 || fault == Fault.ALL);
    }

    /** What it requires of the consumer: nothing twice, nothing missed within the lateness bound. */
    boolean consumerPasses() {
        return lost() == 0 && twice == 0 && distinct <= stored && stored > history
               && (!fault.latePositions() || arrivedLate > 0);
    }
}
