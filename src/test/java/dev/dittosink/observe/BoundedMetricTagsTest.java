package dev.dittosink.observe;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Senders choose event types; the metrics must not grow a series per type without limit. Runs in an application of
 * its own (a profile), since it uses up the budget of distinct values on purpose.
 */
@QuarkusTest
@TestProfile(BoundedMetricTagsTest.OwnApplication.class)
class BoundedMetricTagsTest extends DittoStandIn {

    public static class OwnApplication implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sink.batch.max-events", "99");
        }
    }

    @Test
    void neverTurnsSenderChosenValuesIntoUnboundedSeries() {
        for (int i = 0; i < 80; i++) {
            final Map<String, String> headers = Events.binaryHeaders();
            headers.put("ce-type", "org.acme.type" + i);
            given().headers(headers).contentType("application/json").post(Door.KNATIVE.path())
                    .then().statusCode(400);
        }

        final Set<String> types = new HashSet<>();
        final Matcher matcher = Pattern.compile("sink_events_received_total\\{[^}]*type=\"([^\"]*)\"")
                .matcher(given().get("/q/metrics").asString());
        while (matcher.find()) {
            types.add(matcher.group(1));
        }
        assertThat(types).hasSizeLessThanOrEqualTo(51).contains("other");
        assertThat(given().get("/q/metrics").asString()).doesNotContain(Events.ID);
    }
}
