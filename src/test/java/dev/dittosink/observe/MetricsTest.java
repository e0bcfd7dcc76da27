package dev.dittosink.observe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import io.quarkus.test.junit.QuarkusTest;

/** The Prometheus metrics move exactly as a known sequence of events says they must. */
@QuarkusTest
class MetricsTest extends DittoStandIn {

    private static final String RECEIVED_KNATIVE =
            "sink_events_received_total{door=\"knative\",mode=\"binary\",type=\"org.acme.lamp.changed\"}";
    private static final String RECEIVED_REST_STRUCTURED =
            "sink_events_received_total{door=\"ditto-path\",mode=\"structured\",type=\"org.acme.lamp.changed\"}";
    private static final String ACCEPTED_KNATIVE = "sink_events_outcome_total{door=\"knative\",error=\"none\","
            + "status=\"202\"}";
    private static final String MISSING_PAYLOAD_REST = "sink_events_outcome_total{door=\"ditto-path\","
            + "error=\"cloudevent.payload.missing\",status=\"400\"}";
    private static final String NOT_FOUND_REST = "sink_events_outcome_total{door=\"ditto-path\","
            + "error=\"things:thing.notfound\",status=\"404\"}";
    private static final String DITTO_204 = "sink_ditto_responses_total{status=\"204\"}";
    private static final String DITTO_404 = "sink_ditto_responses_total{status=\"404\"}";
    private static final String RELAY_TIMER_204 = "sink_relay_duration_seconds_count{status=\"204\"}";

    private static Map<String, Double> scrape() {
        final String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        final Map<String, Double> series = new HashMap<>();
        for (final String line : text.split("\n")) {
            if (!line.startsWith("#") && line.startsWith("sink_")) {
                final int space = line.lastIndexOf(' ');
                series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            }
        }
        return series;
    }

    private static double delta(final Map<String, Double> before, final Map<String, Double> after,
            final String series) {
        return after.getOrDefault(series, 0.0) - before.getOrDefault(series, 0.0);
    }

    @Test
    void countsReceivedEventsOutcomesAndDittoAnswersExactly() {
        final Map<String, Double> before = scrape();

        Events.binary(Events.MODIFY_ATTRIBUTE).post(Door.KNATIVE.path()).then().statusCode(202);
        Events.binary(Events.MODIFY_ATTRIBUTE).post(Door.KNATIVE.path()).then().statusCode(202);
        Events.structured(Events.MODIFY_ATTRIBUTE).post(Door.DITTO_PATH.path()).then().statusCode(202);
        Events.binary("").post(Door.DITTO_PATH.path()).then().statusCode(400);
        ditto.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":404,\"error\":\"things:thing.notfound\",\"message\":\"gone\"}")));
        Events.binary(Events.MODIFY_ATTRIBUTE).post(Door.DITTO_PATH.path()).then().statusCode(404);

        final Map<String, Double> after = scrape();
        assertThat(delta(before, after, RECEIVED_KNATIVE)).isEqualTo(2.0);
        assertThat(delta(before, after, RECEIVED_REST_STRUCTURED)).isEqualTo(1.0);
        assertThat(delta(before, after, ACCEPTED_KNATIVE)).isEqualTo(2.0);
        assertThat(delta(before, after, MISSING_PAYLOAD_REST)).isEqualTo(1.0);
        assertThat(delta(before, after, NOT_FOUND_REST)).isEqualTo(1.0);
        assertThat(delta(before, after, DITTO_204)).isEqualTo(3.0);
        assertThat(delta(before, after, DITTO_404)).isEqualTo(1.0);
        assertThat(delta(before, after, RELAY_TIMER_204)).isEqualTo(3.0);
        assertThat(after.get("sink_relays_in_flight")).isEqualTo(0.0);
    }
}
