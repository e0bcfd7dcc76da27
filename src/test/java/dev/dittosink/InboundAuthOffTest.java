package dev.dittosink;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import io.quarkus.test.junit.QuarkusTest;

/** By default no inbound token is asked for, and none that is sent is checked. */
@QuarkusTest
class InboundAuthOffTest extends DittoStandIn {

    @ParameterizedTest
    @EnumSource(Door.class)
    void relaysAnEventWhoseBearerTokenIsNoJwtWhenInboundAuthIsOff(final Door door) {
        Events.binary(Events.MODIFY_ATTRIBUTE)
                .header("Authorization", "Bearer not-a-jwt")
                .post(door.path())
                .then()
                .statusCode(202);

        ditto.verify(1, anyRequestedFor(anyUrl()));
    }
}
