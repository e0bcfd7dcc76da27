package dev.dittosink;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BodyLimitTest extends DittoStandIn {

    private static final int ONE_MIB = 1024 * 1024;

    @ParameterizedTest
    @EnumSource(Door.class)
    void refusesAnEventOverOneMebibyteWith413AndADittoStyleError(final Door door) {
        final String padding = "x".repeat(ONE_MIB);
        final String command = Events.command("org.acme/lamp/things/twin/commands/modify", "/attributes/big",
                "\"" + padding + "\"");

        Events.binary(command)
                .post(door.path())
                .then()
                .statusCode(413)
                .contentType("application/json")
                .body("status", equalTo(413))
                .body("error", equalTo("cloudevent.payload.toolarge"));

        ditto.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void relaysAnEventJustUnderTheLimit(final Door door) {
        final String padding = "x".repeat(ONE_MIB - 200);
        final String command = Events.command("org.acme/lamp/things/twin/commands/modify", "/attributes/big",
                "\"" + padding + "\"");

        Events.binary(command)
                .post(door.path())
                .then()
                .statusCode(202);

        ditto.verify(1, anyRequestedFor(anyUrl()));
    }
}
