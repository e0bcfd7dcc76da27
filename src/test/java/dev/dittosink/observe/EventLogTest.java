package dev.dittosink.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import dev.dittosink.support.LogCapture;
import io.quarkus.test.junit.QuarkusTest;

/** What an operator reads about one event: a single line saying why it was refused, with the event's fields. */
@QuarkusTest
class EventLogTest extends DittoStandIn {

    private LogCapture log;

    @BeforeEach
    void capture() {
        log = LogCapture.start();
    }

    @AfterEach
    void release() {
        log.close();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void logsOneInfoLineWithTheEventsFieldsAndNoStackTraceForARefusedEvent(final Door door) {
        Events.binary("{\"topic\":\"org.acme/lamp/things/twin/commands/modify\"}").post(door.path())
                .then().statusCode(400);

        final List<LogCapture.Entry> aboutTheEvent = log.entries().stream()
                .filter(entry -> Events.ID.equals(entry.mdc().get(EventLog.ID)))
                .toList();
        assertThat(aboutTheEvent).hasSize(1);
        final LogCapture.Entry line = aboutTheEvent.get(0);
        assertThat(line.level()).isEqualTo("INFO");
        assertThat(line.message()).contains("json.field.missing");
        assertThat(line.mdc()).containsEntry(EventLog.SOURCE, Events.SOURCE).containsEntry(EventLog.TYPE, Events.TYPE);
        assertThat(line.hasThrowable()).isFalse();
        assertThat(log.entries()).noneMatch(LogCapture.Entry::hasThrowable);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void carriesTheCorrelationIdDittoSeesWhenDittoRefusesTheCommand(final Door door) {
        ditto.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(403)));

        Events.binary(Events.MODIFY_ATTRIBUTE).header("x-correlation-id", "corr-42").post(door.path())
                .then().statusCode(403);

        assertThat(log.entries())
                .filteredOn(entry -> "corr-42".equals(entry.mdc().get(EventLog.CORRELATION_ID)))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.mdc()).containsEntry(EventLog.ID, Events.ID);
                    assertThat(entry.message()).doesNotContain("\"on\"");
                });
    }
}
