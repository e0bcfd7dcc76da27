package dev.dittosink.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Events;
import io.quarkus.test.junit.QuarkusTest;

/** The dry run shows the Ditto request an event would become, and sends nothing. */
@QuarkusTest
class DryRunTest extends DittoStandIn {

    @Test
    void showsTheExactDittoRequestWithoutSendingIt() {
        Events.binary(Events.command("org.acme/lamp/things/twin/commands/merge", "/attributes",
                        "{\"on\":true}", "{\"content-type\":\"application/merge-patch+json\"}"))
                .header("x-correlation-id", "trace-me")
                .post("/dry-run")
                .then()
                .statusCode(200)
                .body("requests[0].method", equalTo("PATCH"))
                .body("requests[0].target", equalTo("/api/2/things/org.acme:lamp/attributes"))
                .body("requests[0].contentType", equalTo("application/merge-patch+json"))
                .body("requests[0].body.on", equalTo(true))
                .body("requests[0].headers", not(hasKey("authorization")))
                .body("requests[0].headers.response-required", equalTo("false"));

        ditto.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void refusesABadEventWithTheSameErrorAsTheDoors() {
        Events.binary("{\"path\":\"/\"}").post("/dry-run")
                .then()
                .statusCode(400)
                .body("error", equalTo("json.field.missing"));
    }
}
