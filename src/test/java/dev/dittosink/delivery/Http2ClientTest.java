package dev.dittosink.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.dittosink.support.DittoStandIn;
import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A client that offers HTTP/2 (the JDK's does, by an h2c upgrade) is served HTTP/1.1 and gets the same answers on
 * both doors; over h2c the REST door used to answer 500 for a body the shared body handler had already read.
 */
@QuarkusTest
class Http2ClientTest extends DittoStandIn {

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest
    @EnumSource(Door.class)
    void relaysEventsFromAClientOfferingHttp2(final Door door) throws Exception {
        final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

        for (final String id : new String[] {"first", "second"}) {
            final HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(root.toString()).resolve(door.path()));
            Events.binaryHeaders().forEach(request::header);
            request.setHeader("ce-id", id).header("Content-Type", "application/json");

            final HttpResponse<String> response = client.send(
                    request.POST(HttpRequest.BodyPublishers.ofString(Events.MODIFY_ATTRIBUTE)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        }
    }
}
