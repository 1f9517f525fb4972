package dev.zohodelink.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.zohodelink.contract.ZohoError;
import dev.zohodelink.emulator.control.ControlKey;
import dev.zohodelink.emulator.control.ControlPlane;
import dev.zohodelink.emulator.control.EmulatorControl;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The thin HTTP adapter: JDK {@code HttpServer} in, {@link EmulatorRequest} to the core or the control plane,
 * {@link EmulatorResponse} out. Binds to loopback unless told otherwise.
 */
public final class EmulatorServer implements AutoCloseable {

    /** Bodies beyond this are refused with Zoho's malformed-body error rather than read. */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    /** How much of an oversized body is read and thrown away so the client sees the answer; beyond it the connection is closed. */
    static final long MAX_DISCARDED_BYTES = 64L * 1024 * 1024;

    /**
     * The JDK reads this once per JVM, when its first {@code HttpServer} is created, and offers no per-server
     * setting; without it, keep-alive clients wait ~40 ms per request for Nagle's algorithm.
     */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    /**
     * Handler threads for servers that live as long as one scenario: a pool of their own would start a thread for
     * each of their first requests (a new connection each, from REST Assured) and stop them all again. The pool
     * holds no scenario's data, only daemon threads, which end after a minute idle.
     */
    private static final ExecutorService SHARED_HANDLERS = Executors.newCachedThreadPool(daemonThreads());

    private final HttpServer server;
    /** The address asked for: a dual-stack socket bound to {@code 0.0.0.0} reports the IPv6 wildcard instead. */
    private final InetAddress requested;

    private final Optional<ExecutorService> ownExecutor;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private EmulatorServer(HttpServer server, InetAddress requested, Optional<ExecutorService> ownExecutor) {
        this.server = server;
        this.requested = requested;
        this.ownExecutor = ownExecutor;
    }

    public static EmulatorServer start(Emulator emulator, String host, int port) {
        return start(emulator, host, port, Optional.empty());
    }

    /** @param controlKey when present, every control-plane request must carry it */
    public static EmulatorServer start(Emulator emulator, String host, int port, Optional<ControlKey> controlKey) {
        return start(emulator, new ControlPlane(EmulatorControl.inProcess(emulator), controlKey), host, port);
    }

    public static EmulatorServer start(
            Function<EmulatorRequest, EmulatorResponse> zohoRoutes, ControlPlane controlPlane, String host, int port) {
        ExecutorService executor = Executors.newFixedThreadPool(
                Math.max(8, Runtime.getRuntime().availableProcessors() * 4), daemonThreads());
        return start(zohoRoutes, controlPlane, host, port, executor, Optional.of(executor));
    }

    /** A server for one scenario: its requests are handled on threads that every such server of this JVM shares. */
    public static EmulatorServer startOnSharedThreads(
            Function<EmulatorRequest, EmulatorResponse> zohoRoutes, ControlPlane controlPlane, String host, int port) {
        return start(zohoRoutes, controlPlane, host, port, SHARED_HANDLERS, Optional.empty());
    }

    private static EmulatorServer start(
            Function<EmulatorRequest, EmulatorResponse> zohoRoutes,
            ControlPlane controlPlane,
            String host,
            int port,
            ExecutorService handlers,
            Optional<ExecutorService> ownExecutor) {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (!address.isUnresolved() && !address.getAddress().isLoopbackAddress() && !controlPlane.requiresKey()) {
            ownExecutor.ifPresent(ExecutorService::shutdownNow);
            throw new IllegalArgumentException("cannot listen on " + host
                    + ": beyond loopback the control plane needs a key (a ControlPlane with a ControlKey)");
        }
        preferNoDelayUnlessConfigured();
        try {
            HttpServer server = HttpServer.create(address, 128);
            server.createContext(ControlPlane.PREFIX + "/", adapt(controlPlane));
            server.createContext("/", adapt(zohoRoutes));
            server.setExecutor(handlers);
            server.start();
            return new EmulatorServer(server, address.getAddress(), ownExecutor);
        } catch (IOException e) {
            ownExecutor.ifPresent(ExecutorService::shutdownNow);
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /** A value the embedding application set, {@code false} included, is left alone. */
    private static void preferNoDelayUnlessConfigured() {
        synchronized (System.getProperties()) {
            if (System.getProperty(NO_DELAY) == null) {
                System.setProperty(NO_DELAY, "true");
            }
        }
    }

    public static EmulatorServer startOnFreeLoopbackPort(Emulator emulator) {
        return start(emulator, "127.0.0.1", 0);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Where a client on this machine reaches the server: see {@link #baseUri(InetSocketAddress)}. */
    public URI baseUri() {
        return baseUri(new InetSocketAddress(requested, port()));
    }

    /** Bound to every interface ({@code 0.0.0.0}, {@code ::}), it is reached from other machines too. */
    public boolean listensOnEveryInterface() {
        return requested.isAnyLocalAddress();
    }

    /**
     * The URL of a server asked to bind {@code bound}, as a client on this machine can use it. The wildcard address is
     * not a destination, so the loopback address of its family stands in for it.
     */
    static URI baseUri(InetSocketAddress bound) {
        InetAddress address = bound.getAddress();
        String host = address.isAnyLocalAddress()
                ? (address instanceof Inet6Address ? "::1" : "127.0.0.1")
                : address.getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort());
    }

    /** Stops the server; closing it again does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        ownExecutor.ifPresent(executor -> {
            executor.shutdownNow();
            try {
                executor.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static HttpHandler adapt(Function<EmulatorRequest, EmulatorResponse> handler) {
        return exchange -> {
            try (exchange) {
                EmulatorResponse response = answer(handler, exchange);
                if (!response.dropConnection()) {
                    write(exchange, response);
                }
                // closing an exchange whose headers were never sent closes the connection: the client gets no answer
            } catch (IOException clientWentAway) {
                // nothing to answer: the connection is gone
            }
        };
    }

    private static EmulatorResponse answer(Function<EmulatorRequest, EmulatorResponse> handler, HttpExchange exchange)
            throws IOException {
        java.util.Optional<byte[]> body = readBody(exchange);
        if (body.isEmpty()) {
            return EmulatorResponse.json(400, ZohoError.INVALID_DATA_BODY.body());
        }
        try {
            return handler.apply(new EmulatorRequest(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders(),
                    body.get()));
        } catch (RuntimeException unexpected) {
            return EmulatorResponse.json(500, ZohoError.INTERNAL_ERROR.body());
        }
    }

    private static java.util.Optional<byte[]> readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                discardUpTo(in, MAX_DISCARDED_BYTES);
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(body);
        }
    }

    /** Answering while the client still sends closes the socket with unread data, which resets the connection and loses the answer. */
    private static void discardUpTo(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long discarded = 0;
        int read;
        while (discarded < limit && (read = in.read(buffer)) > 0) {
            discarded += read;
        }
    }

    /** A HEAD answer has the headers of the answer and no body, as HTTP says. */
    private static void write(HttpExchange exchange, EmulatorResponse response) throws IOException {
        response.headers()
                .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        boolean empty =
                response.body().length == 0 || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(response.status(), empty ? -1 : response.body().length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "zoho-emulator-http");
            thread.setDaemon(true);
            return thread;
        };
    }
}
