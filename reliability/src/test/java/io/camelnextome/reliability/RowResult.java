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
 * @param stored          positions in the stream's range, in the store at the end
 * @param arrivedLate     of those, positions the simulator stored late (the late-positions fault)
 * @param lost            of those, positions the consumer never delivered
 * @param twice           deliveries beyond the first of the same position
 * @param late            positions delivered behind a later one
 * @param lateness        the consumer's lateness bound in milliseconds, or -1 when the consumer has no such option
 */
record RowResult(Fault fault, ProducerLoad.Outcome producer, long handled, long postsReceived, long created,
                 long duplicated, long lostWrites, long authCalls, long stored, long arrivedLate, long delivered, long lost, long twice,
                 long late, long lateness) {

    long failures() {
        return producer.createsFailed() + producer.getsFailed();
    }

    /** What the issue requires of the producer: nothing lost, nothing created twice, every failure handled. */
    boolean producerPasses() {
        return lostWrites == 0 && duplicated == 0 && handled == failures() && producer.silentFailures() == 0;
    }

    /** What it requires of the consumer: nothing twice, nothing missed within the lateness bound. */
    boolean consumerPasses() {
        return lost == 0 && twice == 0;
    }
}
