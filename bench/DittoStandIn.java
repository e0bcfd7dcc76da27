import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;

/**
 * A Ditto that persists nothing: answers 204, as Ditto does for a persisted modify, to every request on a free
 * loopback port, and writes that port to the file given as the only argument.
 *
 * <p>Run with {@code java -cp 'target/quarkus-app/lib/main/*' bench/DittoStandIn.java FILE}: it takes Vert.x from
 * the sink's own build, so the benchmark installs no server, and an event-loop server keeps the baseline's own
 * latency tail small (the JDK's built-in server added milliseconds at p99 even at 1,000 requests/s).
 */
public final class DittoStandIn {

    private DittoStandIn() {
    }

    public static void main(final String[] args) {
        // One event loop: the stand-in shares the machine's cores with the sink and the load generator.
        final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        vertx.createHttpServer()
                .requestHandler(request -> request.response().setStatusCode(204).end())
                .listen(0, "127.0.0.1")
                .onSuccess(server -> vertx.fileSystem()
                        .writeFileBlocking(args[0], Buffer.buffer(
                                Integer.toString(server.actualPort()))))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }
}
