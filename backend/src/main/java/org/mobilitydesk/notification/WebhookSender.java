package org.mobilitydesk.notification;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javax.net.ssl.SSLException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** POSTs signed notifications to webhooks, with connect and request timeouts; a receiver's failure is an outcome, never an exception. */
@ApplicationScoped
public class WebhookSender {

    public static final String EVENT_HEADER = "X-Mobility-Desk-Event";
    public static final String DELIVERY_HEADER = "X-Mobility-Desk-Delivery";
    public static final String SIGNATURE_HEADER = "X-Mobility-Desk-Signature";

    /** One notification ready to send: the body bytes and their signature. */
    record Delivery(UUID id, String type, String url, byte[] body, String signature) {
    }

    /** How one attempt ended: delivered, or why not (e.g. "HTTP 500", "timeout"). */
    record Attempt(UUID id, boolean delivered, String error) {
    }

    private final HttpClient client;
    private final Duration requestTimeout;

    WebhookSender(@ConfigProperty(name = "mobility.outbox.connect-timeout") Duration connectTimeout,
            @ConfigProperty(name = "mobility.outbox.request-timeout") Duration requestTimeout) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = requestTimeout;
    }

    /** Sends every delivery at once and waits until each has an outcome (bounded by the timeouts). */
    List<Attempt> sendAll(List<Delivery> deliveries) {
        List<CompletableFuture<Attempt>> sending = deliveries.stream().map(this::send).toList();
        return sending.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<Attempt> send(Delivery delivery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "MobilityDesk-Webhooks/1")
                .header(EVENT_HEADER, delivery.type())
                .header(DELIVERY_HEADER, delivery.id().toString())
                .header(SIGNATURE_HEADER, delivery.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(delivery.body()))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
            if (failure != null) {
                return new Attempt(delivery.id(), false, describe(failure));
            }
            int status = response.statusCode();
            return new Attempt(delivery.id(), status >= 200 && status < 300, "HTTP " + status);
        });
    }

    /** A short reason for the coordinator, without addresses or secrets. */
    static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpConnectTimeoutException) {
            return "connect timeout";
        }
        if (cause instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        if (cause instanceof SSLException) {
            return "TLS handshake failed";
        }
        if (cause instanceof IOException) {
            return "I/O error";
        }
        return "delivery failed";
    }
}
