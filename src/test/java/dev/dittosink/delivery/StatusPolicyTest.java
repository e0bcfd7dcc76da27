package dev.dittosink.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.github.tomakehurst.wiremock.http.Fault;

import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The default status policy: which of Ditto's refusals Knative retries, and when it is told to back off.
 */
@QuarkusTest
class StatusPolicyTest extends DittoStandIn {

    static final String NOT_FOUND = "{\"status\":404,\"error\":\"things:thing.notfound\","
            + "\"message\":\"The Thing with ID 'org.acme:lamp' could not be found.\"}";
    static final String CONFLICT = "{\"status\":409,\"error\":\"things:thing.conflict\","
            + "\"message\":\"The Thing with ID 'org.acme:lamp' already exists.\"}";

    private void dittoAnswers(final int status, final String body) {
        ditto.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void passesDittosNotFoundOnForKnativeToRetryByDefault(final Door door) {
        dittoAnswers(404, NOT_FOUND);

        Events.binary(Events.MODIFY_ATTRIBUTE).post(door.path())
                .then()
                .statusCode(404)
                .body("error", equalTo("things:thing.notfound"));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void deadLettersDittosConflictWith422ByDefault(final Door door) {
        dittoAnswers(409, CONFLICT);

        Events.binary(Events.MODIFY_ATTRIBUTE).post(door.path())
                .then()
                .statusCode(422)
                .body("status", equalTo(422))
                .body("error", equalTo("things:thing.conflict"));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void addsTheConfiguredRetryAfterWhenDittoSaysTooManyRequestsWithoutOne(final Door door) {
        dittoAnswers(429, "{\"status\":429,\"error\":\"things:thing.toomanymodifyingrequests\"}");

        Events.binary(Events.MODIFY_ATTRIBUTE).post(door.path())
                .then()
                .statusCode(429)
                .header("Retry-After", equalTo("5"));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void keepsDittosOwnRetryAfter(final Door door) {
        ditto.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "30")
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":503,\"error\":\"gateway:service.unavailable\"}")));

        Events.binary(Events.MODIFY_ATTRIBUTE).post(door.path())
                .then()
                .statusCode(503)
                .header("Retry-After", equalTo("30"));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void answers503WithRetryAfterWhenDittoResetsTheConnectionMidResponse(final Door door) {
        ditto.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));

        Events.binary(Events.MODIFY_ATTRIBUTE).post(door.path())
                .then()
                .statusCode(503)
                .header("Retry-After", equalTo("5"))
                .body("error", equalTo("sink:ditto.unavailable"));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void answers412WhichKnativeDoesNotRetryWhenDittosPreconditionFails(final Door door) {
        dittoAnswers(412, "{\"status\":412,\"error\":\"things:precondition.failed\"}");

        Events.binary(Events.MODIFY_ATTRIBUTE).post(door.path())
                .then()
                .statusCode(412)
                .header("Retry-After", nullValue())
                .body("error", equalTo("things:precondition.failed"));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void cutsACommandTimeoutLongerThanTheRelaysToNinetyPercentOfIt(final Door door) {
        Events.binary(Events.command("org.acme/lamp/things/twin/commands/modify", "/attributes/on", "true",
                        "{\"timeout\":\"42s\"}"))
                .post(door.path()).then().statusCode(202);

        ditto.verify(putRequestedFor(urlPathEqualTo("/api/2/things/org.acme:lamp/attributes/on"))
                .withHeader("timeout", com.github.tomakehurst.wiremock.client.WireMock.equalTo("9000ms")));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void tellsDittoToGiveUpBeforeTheRelayDoesWhenTheCommandSetsNoTimeout(final Door door) {
        Events.binary(Events.MODIFY_ATTRIBUTE).post(door.path()).then().statusCode(202);

        // The tests run with a relay timeout of 10 s: Ditto is told 90 % of it.
        ditto.verify(putRequestedFor(urlPathEqualTo("/api/2/things/org.acme:lamp/attributes/on"))
                .withHeader("timeout", com.github.tomakehurst.wiremock.client.WireMock.equalTo("9000ms")));
        ditto.verify(1, anyRequestedFor(anyUrl()));
    }
}
