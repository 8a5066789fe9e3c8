package org.mobilitydesk.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's webhook receiver on 127.0.0.1 at a random port: answers with the given statuses in turn (200 once they
 * are used up) and keeps every request it received. A holding receiver answers only once released (or after 10 s).
 */
final class Receiver implements AutoCloseable {

    record Request(Headers headers, byte[] body) {
    }

    final BlockingQueue<Request> received = new LinkedBlockingQueue<>();
    private final Deque<Integer> statuses;
    private final CountDownLatch release;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    private Receiver(List<Integer> statuses, boolean holding) throws IOException {
        this.statuses = new ArrayDeque<>(statuses);
        this.release = new CountDownLatch(holding ? 1 : 0);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static Receiver answering(Integer... statuses) throws IOException {
        return new Receiver(List.of(statuses), false);
    }

    static Receiver holding() throws IOException {
        return new Receiver(List.of(), true);
    }

    /** A URL where nothing listens: the port was free a moment ago. */
    static String closedUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/hooks";
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    void release() {
        release.countDown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            received.add(new Request(exchange.getRequestHeaders(), in.readAllBytes()));
        }
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Integer status;
        synchronized (statuses) {
            status = statuses.isEmpty() ? 200 : statuses.poll();
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
