package dev.dittosink.ingress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.ditto.base.model.exceptions.CloudEventNotParsableException;
import org.eclipse.ditto.json.JsonArray;
import org.eclipse.ditto.json.JsonArrayBuilder;
import org.eclipse.ditto.json.JsonFactory;
import org.eclipse.ditto.json.JsonObject;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.dittosink.cloudevent.IncomingRequest;
import dev.dittosink.config.BatchConfig;
import dev.dittosink.observe.SinkMetrics;
import dev.dittosink.outcome.BatchTooLargeException;
import dev.dittosink.outcome.ErrorReply;
import dev.dittosink.outcome.StatusPolicy;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Batch content mode on the REST door: a JSON array of structured events, each read, checked and relayed in order
 * exactly like a single event. The answer lists every event's id and status, with Ditto's error where there was
 * one; its own status is 200 when every event was accepted, else the status of the first failure Knative would
 * retry, else that of the first failure.
 */
@ApplicationScoped
public class BatchDelivery {

    static final String DOOR = "batch";
    static final String BATCH_MEDIA_TYPE = "application/cloudevents-batch+json";
    private static final String STRUCTURED_MEDIA_TYPE = "application/cloudevents+json";

    private final ObjectMapper reader = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final SinkPipeline pipeline;
    private final SinkMetrics metrics;
    private final StatusPolicy statusPolicy;
    private final int maxEvents;

    public BatchDelivery(final SinkPipeline pipeline, final StatusPolicy statusPolicy, final BatchConfig config,
            final SinkMetrics metrics) {
        this.pipeline = pipeline;
        this.metrics = metrics;
        this.statusPolicy = statusPolicy;
        this.maxEvents = config.maxEvents();
    }

    static boolean isBatch(final IncomingRequest request) {
        return request.header("Content-Type")
                .map(type -> type.trim().toLowerCase(Locale.ROOT).startsWith(BATCH_MEDIA_TYPE))
                .orElse(false);
    }

    /** One event's result in the batch answer. */
    private record Result(String id, int status, String errorJson) {
    }

    Uni<Response> deliver(final IncomingRequest request) {
        final List<byte[]> events;
        try {
            events = split(request.body());
        } catch (final RuntimeException e) {
            return Uni.createFrom().failure(e);
        }

        metrics.feature(DOOR);
        return Multi.createFrom().iterable(events)
                .onItem().transformToUniAndConcatenate(this::deliverOne)
                .collect().asList()
                .map(BatchDelivery::answer);
    }

    private List<byte[]> split(final byte[] body) {
        final JsonNode array;
        try {
            array = reader.readTree(body);
        } catch (final IOException e) {
            throw CloudEventNotParsableException.withDetailedInformationBuilder("The batch is not valid JSON").build();
        }
        if (array == null || !array.isArray()) {
            throw CloudEventNotParsableException.withDetailedInformationBuilder("A batch must be a JSON array")
                    .build();
        }
        if (array.size() > maxEvents) {
            throw new BatchTooLargeException(array.size(), maxEvents);
        }
        final List<byte[]> events = new ArrayList<>(array.size());
        for (final JsonNode event : array) {
            try {
                events.add(reader.writeValueAsBytes(event));
            } catch (final IOException e) {
                throw new IllegalStateException("a parsed JSON node could not be written", e);
            }
        }
        return events;
    }

    private Uni<Result> deliverOne(final byte[] event) {
        final IncomingRequest single = new IncomingRequest(Map.of("Content-Type", List.of(STRUCTURED_MEDIA_TYPE)),
                event);
        final String id = idOf(event);
        return Uni.createFrom().item(() -> pipeline.accept(single, DOOR))
                .flatMap(pipeline::deliver)
                .map(delivery -> new Result(id, 202, null))
                .onFailure().recoverWithItem(failure -> {
                    final ErrorReply reply = statusPolicy.answer(failure);
                    return new Result(id, reply.status(), reply.json());
                });
    }

    private String idOf(final byte[] event) {
        try {
            final JsonNode id = reader.readTree(event).get("id");
            return id != null && id.isTextual() ? id.textValue() : null;
        } catch (final IOException e) {
            return null;
        }
    }

    private static Response answer(final List<Result> results) {
        final JsonArrayBuilder events = JsonArray.newBuilder();
        int firstFailure = 0;
        int firstRetryable = 0;
        for (final Result result : results) {
            final var entry = JsonObject.newBuilder().set("status", result.status());
            if (result.id() != null) {
                entry.set("id", result.id());
            }
            if (result.errorJson() != null) {
                entry.set("error", JsonFactory.readFrom(result.errorJson()));
                firstFailure = firstFailure == 0 ? result.status() : firstFailure;
                if (firstRetryable == 0 && isRetriedByKnative(result.status())) {
                    firstRetryable = result.status();
                }
            }
            events.add(entry.build());
        }
        final int status = firstRetryable != 0 ? firstRetryable : firstFailure != 0 ? firstFailure : 200;
        return Response.status(status)
                .type(ErrorReply.CONTENT_TYPE)
                .entity(JsonObject.newBuilder().set("events", events.build()).build().toString())
                .build();
    }

    private static boolean isRetriedByKnative(final int status) {
        return status == 404 || status == 408 || status == 409 || status == 429 || status >= 500;
    }
}
