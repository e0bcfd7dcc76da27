package dev.dittosink;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.dittosink.support.Door;
import dev.dittosink.support.Events;
import dev.dittosink.support.RawHttp;
import dev.dittosink.support.TwoDoorTest;
import dev.dittosink.support.WireRequest;
import dev.dittosink.support.WireResponse;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Ids, keys, labels, subjects, headers and bodies crafted to escape their place. Each either reaches Ditto as exactly
 * the resource it names, on Ditto's own host and without internal headers, or is refused with a 4xx in Ditto's error
 * format before anything reaches Ditto.
 */
@QuarkusTest
class HostileInputTest extends TwoDoorTest {

    private static final String THING = "/api/2/things/org.acme:lamp";
    private static final String POLICY = "/api/2/policies/org.acme:lamp-policy";
    private static final String TWIN_MODIFY = "org.acme/lamp/things/twin/commands/modify";
    private static final String TWIN_RETRIEVE = "org.acme/lamp/things/twin/commands/retrieve";
    private static final String POLICY_MODIFY = "org.acme/lamp-policy/policies/commands/modify";
    private static final String LIVE_MESSAGE = "org.acme/lamp/things/live/messages/";
    private static final String SUBJECT = "{\"type\":\"generated\"}";
    private static final String RESOURCE = "{\"grant\":[\"READ\"],\"revoke\":[]}";
    private static final String EVIL_HOST = "evil.example";
    /** Header name prefixes and names that are Ditto's or the sink's own business, never the sender's. */
    private static final List<String> INTERNAL_PREFIXES = List.of("ditto-", "x-ditto-", "x-forwarded-");
    private static final Set<String> INTERNAL_NAMES = Set.of("authorization", "forwarded", "cookie",
            "x-ditto-sink-caller-authorization", "x-real-ip");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
    private static final AtomicInteger CASES = new AtomicInteger();

    /**
     * One hostile request and where it may land if relayed.
     *
     * @param name what is hostile about it
     * @param sender how it is posted
     * @param under the resource it names: a relayed call must address it or something below it
     * @param exact the exact URL (path and query) a relayed call must have, or {@code null} if any below
     *        {@code under} will do
     * @param mustRefuse whether relaying it at all is wrong
     * @param query the query parameters a relayed call may carry
     * @param byHttpServer whether it breaks HTTP/1.1 framing, so that Vert.x' decoder refuses it (400, 431) with an
     *        empty body before any handler of the sink runs; Knative's dispatchers never send such requests
     */
    record Hostile(String name, Sender sender, String under, String exact, boolean mustRefuse, Set<String> query,
            boolean byHttpServer) {

        Hostile exactly(final String url) {
            return new Hostile(name, sender, under, url, false, query, false);
        }

        Hostile refused() {
            return new Hostile(name, sender, under, null, true, query, false);
        }

        Hostile refusedByHttpServer() {
            return new Hostile(name, sender, under, null, true, query, true);
        }

        Hostile withQuery(final String... names) {
            return new Hostile(name, sender, under, exact, mustRefuse, Set.of(names), false);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Posts one request through a door. */
    @FunctionalInterface
    interface Sender {
        WireResponse post(URI root, Door door);
    }

    @AfterAll
    static void printCount() {
        System.out.println("HostileInputTest: " + CASES.get() + " hostile cases tried (door x case)");
    }

    static Stream<Arguments> hostileCases() {
        final List<Hostile> cases = new ArrayList<>();
        // Keys that try to climb, split or end the path.
        cases.add(attribute("%2e%2e").exactly(THING + "/attributes/%252e%252e"));
        cases.add(attribute("%2F").exactly(THING + "/attributes/%252F"));
        cases.add(attribute("..%2F..%2Fpolicies").exactly(THING + "/attributes/..%252F..%252Fpolicies"));
        cases.add(attribute(".").exactly(THING + "/attributes/%2E"));
        cases.add(attribute("./x", "/attributes/./x").exactly(THING + "/attributes/%2E/x"));
        cases.add(attribute("../../../policies/org.acme:lamp-policy", "/attributes/../../../policies/x")
                .exactly(THING + "/attributes/%2E%2E/%2E%2E/%2E%2E/policies/x"));
        cases.add(attribute("a//b", "/attributes/a//b"));
        cases.add(attribute("trailing //", "/attributes//"));
        cases.add(attribute("?channel=live&x").exactly(THING + "/attributes/%3Fchannel%3Dlive%26x"));
        cases.add(attribute("#../../other").exactly(THING + "/attributes/%23../%2E%2E/other"));
        cases.add(attribute("a\r\nHost: " + EVIL_HOST));
        cases.add(attribute("a\nX-Ditto-Pre-Authenticated: nginx:evil"));
        cases.add(attribute("\u0000"));
        cases.add(attribute("%00").exactly(THING + "/attributes/%2500"));
        cases.add(attribute("\\..\\").exactly(THING + "/attributes/%5C..%5C"));
        cases.add(attribute("\uff0e\uff0e").exactly(THING + "/attributes/%EF%BC%8E%EF%BC%8E"));
        cases.add(attribute("..\u2215..").exactly(THING + "/attributes/..%E2%88%95.."));
        cases.add(attribute("@" + EVIL_HOST).exactly(THING + "/attributes/@" + EVIL_HOST));
        cases.add(attribute("http://" + EVIL_HOST + "/x", "/attributes/http://" + EVIL_HOST + "/x"));
        cases.add(attribute("100 kB key", "/attributes/" + "k".repeat(100_000)));
        cases.add(modify("feature ..", TWIN_MODIFY, "/features/../properties/on", "1", THING)
                .exactly(THING + "/features/%2E%2E/properties/on"));
        cases.add(modify("feature %2F", TWIN_MODIFY, "/features/a%2F..%2F../properties/on", "1", THING)
                .exactly(THING + "/features/a%252F..%252F../properties/on"));

        // Thing ids that try to name another thing, a query or a host.
        cases.add(modify("thing name %2e%2e", "org.acme/%2e%2e/things/twin/commands/modify", "/attributes/on", "1",
                "/api/2/things/org.acme:%252e%252e"));
        // "org.acme:.." is no dot segment, so it may stay literal.
        cases.add(modify("thing name ..", "org.acme/../things/twin/commands/modify", "/attributes/on", "1",
                "/api/2/things/org.acme:.."));
        cases.add(modify("thing name with @host", "org.acme/lamp@" + EVIL_HOST + "/things/twin/commands/modify",
                "/attributes/on", "1", "/api/2/things/org.acme:lamp@" + EVIL_HOST));
        cases.add(modify("thing name with ?", "org.acme/lamp?x=/things/twin/commands/modify", "/attributes/on",
                "1", "/api/2/things/org.acme:lamp%3Fx%3D"));
        cases.add(modify("thing name with #", "org.acme/lamp#x/things/twin/commands/modify", "/attributes/on",
                "1", "/api/2/things/org.acme:lamp%23x"));
        cases.add(modify("thing name with CR LF", "org.acme/lamp\r\nHost: evil/things/twin/commands/modify",
                "/attributes/on", "1", THING).refused());
        cases.add(modify("thing name with NUL", "org.acme/lamp\u0000/things/twin/commands/modify",
                "/attributes/on", "1", THING).refused());
        cases.add(modify("namespace http:", "http:/" + "/" + EVIL_HOST + "/things/twin/commands/modify",
                "/attributes/on", "1", "/api/2/things/http:").refused());
        cases.add(modify("create with another thingId in the value", "org.acme/lamp/things/twin/commands/create",
                "/", "{\"thingId\":\"org.acme:other\"}", THING));
        cases.add(modify("retrieve with fields that add query parameters", TWIN_RETRIEVE, "/", null, THING,
                ",\"fields\":\"thingId&channel=live&ids=org.evil:x#y\"").withQuery("fields"));
        cases.add(modify("retrieve things with ids that add query parameters",
                "org.acme/_/things/twin/commands/retrieve", "/", null, "/api/2/things",
                ",\"value\":{\"thingIds\":[\"org.acme:a&channel=live\",\"org.acme:b#x\"]}").withQuery("ids"));

        // Policy labels, subjects, resources and imports.
        cases.add(modify("label ..", POLICY_MODIFY, "/entries/../subjects/nginx:x", SUBJECT, POLICY)
                .exactly(POLICY + "/entries/%2E%2E/subjects/nginx:x"));
        cases.add(modify("label %2e%2e%2f", POLICY_MODIFY, "/entries/%2e%2e%2fimports", "{}", POLICY)
                .exactly(POLICY + "/entries/%252e%252e%252fimports"));
        cases.add(modify("subject id climbing out", POLICY_MODIFY,
                "/entries/owner/subjects/nginx:../../../../things/org.acme:lamp", SUBJECT,
                POLICY + "/entries/owner/subjects"));
        // Found by FuzzTest: the subject's pointer is parsed only during translation, and "//" made it a 500.
        cases.add(modify("subject id with //", POLICY_MODIFY, "/entries/owner/subjects/nginx:a//b", SUBJECT,
                POLICY + "/entries/owner/subjects"));
        cases.add(modify("resource path climbing out", POLICY_MODIFY, "/entries/owner/resources/thing:/../../x",
                RESOURCE, POLICY + "/entries/owner/resources"));
        cases.add(modify("import id with %2F", POLICY_MODIFY, "/imports/org.evil:p%2F..%2F..", "{}",
                POLICY + "/imports"));

        // Message subjects.
        cases.add(message("../../../policies/x", THING + "/inbox/messages")
                .exactly(THING + "/inbox/messages/%2E%2E/%2E%2E/%2E%2E/policies/x"));
        cases.add(message("http://" + EVIL_HOST + "/steal", THING + "/inbox/messages"));
        cases.add(message("@" + EVIL_HOST, THING + "/inbox/messages").exactly(THING + "/inbox/messages/@" + EVIL_HOST));
        cases.add(message("a%2F..%2F..?x#y", THING + "/inbox/messages"));

        // Headers of the command that try to pick the host or speak for Ditto.
        for (final String header : List.of("host", "Host", "x-forwarded-host", "forwarded", "x-forwarded-proto",
                "ditto-originator", "x-ditto-pre-authenticated", "authorization", "x-ditto-sink-caller-authorization",
                "x-ditto-dummy-auth", "DITTO-AUTH-CONTEXT", "x-real-ip")) {
            cases.add(modify("protocol header " + header, TWIN_MODIFY, "/attributes/on", "1", THING,
                    ",\"headers\":{\"" + header + "\":\"" + EVIL_HOST + "\"}").exactly(THING + "/attributes/on"));
        }
        cases.add(modify("protocol header value with CR LF", TWIN_MODIFY, "/attributes/on", "1", THING,
                ",\"headers\":{\"myapp\":\"x\\r\\nHost: " + EVIL_HOST + "\"}").refused());
        cases.add(modify("protocol header value with NUL", TWIN_MODIFY, "/attributes/on", "1", THING,
                ",\"headers\":{\"myapp\":\"x\\u0000y\"}").refused());
        cases.add(modify("protocol header name with CR LF", TWIN_MODIFY, "/attributes/on", "1", THING,
                ",\"headers\":{\"a\\r\\nhost\":\"" + EVIL_HOST + "\"}").refused());
        cases.add(modify("protocol header value of 100 kB", TWIN_MODIFY, "/attributes/on", "1", THING,
                ",\"headers\":{\"myapp\":\"" + "v".repeat(100_000) + "\"}"));

        // Bodies.
        cases.add(body("value of 10,000 nested arrays", "[".repeat(10_000) + "]".repeat(10_000)));
        cases.add(body("value 1e400", "1e400"));
        cases.add(body("value -1e400", "-1e400"));
        cases.add(body("40-digit integer", "1234567890123456789012345678901234567890"));
        cases.add(body("number with 100,000 digits", "9".repeat(100_000)));
        cases.add(binary("duplicate topic naming two things", "{\"topic\":\"" + TWIN_MODIFY + "\","
                + "\"path\":\"/attributes/on\",\"value\":1,"
                + "\"topic\":\"org.acme/other/things/twin/commands/modify\"}", THING).refused());
        cases.add(binary("duplicate path naming two resources", "{\"topic\":\"" + TWIN_MODIFY + "\","
                + "\"path\":\"/attributes/on\",\"value\":1,\"path\":\"/policyId\"}", THING).refused());
        cases.add(structured("duplicate topic in structured data", "{\"topic\":\"" + TWIN_MODIFY + "\","
                + "\"path\":\"/attributes/on\",\"value\":1,"
                + "\"topic\":\"org.acme/other/things/twin/commands/modify\"}").refused());
        cases.add(structured("structured data of 10,000 nested arrays", "{\"topic\":\"" + TWIN_MODIFY + "\","
                + "\"path\":\"/attributes/on\",\"value\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}"));
        cases.add(structured("structured data with 1e400", "{\"topic\":\"" + TWIN_MODIFY + "\","
                + "\"path\":\"/attributes/on\",\"value\":1e400}"));
        cases.add(raw("invalid UTF-8 in the binary body", binaryHead(""), invalidUtf8Command()).refused());
        cases.add(raw("invalid UTF-8 in the structured body", "Content-Type: application/cloudevents+json\r\n",
                invalidUtf8Structured()).refused());
        cases.add(raw("structured body over 1 MiB", "Content-Type: application/cloudevents+json\r\n",
                Events.structuredEvent(Events.command(TWIN_MODIFY, "/attributes/big",
                        "\"" + "x".repeat(1024 * 1024) + "\""), Events.ID).getBytes(StandardCharsets.UTF_8))
                .refused());

        // ce- headers.
        cases.add(raw("raw invalid UTF-8 in ce-id", binaryHead("").replace("ce-id: " + Events.ID,
                "ce-id: evt\u00c3\u0028"), modifyOn()).refused());
        cases.add(raw("percent-encoded invalid UTF-8 in ce-source", binaryHead("")
                .replace("ce-source: " + Events.SOURCE, "ce-source: /devices/%FF%FE"), modifyOn()).refused());
        cases.add(raw("encoded NUL in ce-subject", binaryHead("ce-subject: a%00b\r\n"), modifyOn())
                .exactly(THING + "/attributes/on"));
        cases.add(raw("encoded CR LF in ce-subject", binaryHead("ce-subject: a%0D%0AHost: evil\r\n"), modifyOn())
                .exactly(THING + "/attributes/on"));
        cases.add(raw("raw NUL in ce-subject", binaryHead("ce-subject: a\u0000b\r\n"), modifyOn())
                .refusedByHttpServer());
        cases.add(raw("bare CR in ce-subject", binaryHead("ce-subject: a\rb\r\n"), modifyOn())
                .refusedByHttpServer());
        cases.add(raw("ce-subject naming another host and thing",
                binaryHead("ce-subject: http://" + EVIL_HOST + "/api/2/things/org.acme:other\r\n"), modifyOn())
                .exactly(THING + "/attributes/on"));
        cases.add(raw("ce- extension name of 100 kB", binaryHead("ce-" + "x".repeat(100_000) + ": 1\r\n"),
                modifyOn()).refusedByHttpServer());
        cases.add(raw("ce- extension value of 100 kB", binaryHead("ce-big: " + "x".repeat(100_000) + "\r\n"),
                modifyOn()).refusedByHttpServer());
        return Stream.of(Door.values()).flatMap(door -> cases.stream().map(c -> Arguments.of(door, c)));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("hostileCases")
    void reachesExactlyItsOwnResourceOrIsRefused(final Door door, final Hostile hostile) {
        CASES.incrementAndGet();
        final WireResponse response = hostile.sender().post(root, door);
        assertStaysInItsPlace(hostile, response, ditto);
    }

    /**
     * The event names Ditto's host in every way it could; a second server listens where it points, and must hear
     * nothing while the configured Ditto gets every call.
     */
    @ParameterizedTest
    @EnumSource(Door.class)
    void neverLetsTheEventChooseDittosHost(final Door door) {
        final WireMockServer elsewhere = new WireMockServer(options().dynamicPort());
        elsewhere.start();
        try {
            elsewhere.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
            final String evil = "localhost:" + elsewhere.port();
            final List<Hostile> cases = List.of(
                    modify("absolute URL as thing name", "org.acme/http:%2F%2F" + evil + "%2Fapi/things/twin/commands"
                            + "/modify", "/attributes/on", "1",
                            "/api/2/things/org.acme:http:%252F%252F" + evil + "%252Fapi"),
                    attribute("absolute URL as key", "/attributes/http:%2F%2F" + evil + "%2Fx"),
                    attribute("@host as key", "/attributes/@" + evil),
                    modify("@host as thing name", "org.acme/lamp@" + evil + "/things/twin/commands/modify",
                            "/attributes/on", "1", "/api/2/things/org.acme:lamp@" + evil),
                    message("http://" + evil + "/api/2/things/org.acme:lamp", THING + "/inbox/messages"),
                    modify("Host and x-forwarded-host in the protocol headers", TWIN_MODIFY, "/attributes/on", "1",
                            THING, ",\"headers\":{\"host\":\"" + evil + "\",\"x-forwarded-host\":\"" + evil
                                    + "\",\"forwarded\":\"host=" + evil + "\",\"location\":\"http://" + evil + "/\"}")
                            .exactly(THING + "/attributes/on"),
                    raw("Host, X-Forwarded-Host and Forwarded on the event request", "Host: " + evil + "\r\n"
                            + "X-Forwarded-Host: " + evil + "\r\nX-Forwarded-Proto: http\r\nForwarded: host=" + evil
                            + "\r\n" + binaryHead(""), modifyOn()).exactly(THING + "/attributes/on"));
            for (final Hostile hostile : cases) {
                CASES.incrementAndGet();
                ditto.resetRequests();
                assertStaysInItsPlace(hostile, hostile.sender().post(root, door), ditto);
                assertThat(elsewhere.findAll(anyRequestedFor(anyUrl()))).as("calls elsewhere for %s", hostile)
                        .isEmpty();
            }
        } finally {
            elsewhere.stop();
        }
    }

    private static void assertStaysInItsPlace(final Hostile hostile, final WireResponse response,
            final WireMockServer ditto) {
        final List<LoggedRequest> calls = ditto.findAll(anyRequestedFor(anyUrl()));
        if (hostile.byHttpServer()) {
            assertThat(response.status()).as("answer to %s", hostile).isIn(400, 431);
            assertThat(calls).as("calls to Ditto for refused %s", hostile).isEmpty();
            return;
        }
        if (response.status() != 202 || hostile.mustRefuse()) {
            response.assertDittoStyleClientError();
            assertThat(calls).as("calls to Ditto for refused %s", hostile).isEmpty();
            return;
        }
        assertThat(calls).as("calls to Ditto for %s", hostile).hasSize(1);
        final LoggedRequest call = calls.get(0);
        final String url = call.getUrl();
        if (hostile.exact() != null) {
            assertThat(url).as("URL for %s", hostile).isEqualTo(hostile.exact());
        }
        assertUnder(url, hostile);
        assertThat(call.getHeader("Host")).as("Host header for %s", hostile).isEqualTo("localhost:" + ditto.port());
        assertThat(call.getAbsoluteUrl()).as("absolute URL for %s", hostile).startsWith(ditto.baseUrl() + "/api/2/");
        for (final HttpHeader header : call.getHeaders().all()) {
            final String name = header.key().toLowerCase(Locale.ROOT);
            assertThat(INTERNAL_NAMES.contains(name) || INTERNAL_PREFIXES.stream().anyMatch(name::startsWith))
                    .as("internal header %s reached Ditto for %s", name, hostile).isFalse();
            assertThat(header.values()).as("header %s for %s", name, hostile)
                    .noneMatch(value -> value.contains(EVIL_HOST));
        }
        if (call.getBody().length > 0 && call.getHeader("Content-Type") != null
                && call.getHeader("Content-Type").contains("json")) {
            assertValidJson(call.getBodyAsString(), hostile);
        }
    }

    private static void assertUnder(final String url, final Hostile hostile) {
        assertThat(url).as("URL for %s", hostile).doesNotContain("#");
        final int question = url.indexOf('?');
        final String path = question < 0 ? url : url.substring(0, question);
        assertThat(path.equals(hostile.under()) || path.startsWith(hostile.under() + "/"))
                .as("%s stays under %s", url, hostile.under()).isTrue();
        assertThat(Arrays.asList(path.split("/", -1))).as("dot segments in %s", url)
                .doesNotContain(".", "..");
        // A proxy that merges "//" may change a message subject, but never the resource it belongs to.
        final String normalised = URI.create(path).normalize().getRawPath();
        assertThat(normalised.equals(hostile.under()) || normalised.startsWith(hostile.under() + "/"))
                .as("%s normalised to %s stays under %s", url, normalised, hostile.under()).isTrue();
        if (question >= 0) {
            final Set<String> names = new HashSet<>();
            for (final String parameter : url.substring(question + 1).split("&")) {
                final String name = parameter.split("=", 2)[0];
                assertThat(names.add(name)).as("query parameter %s once in %s", name, url).isTrue();
            }
            assertThat(hostile.query()).as("query parameters of %s", url).containsAll(names);
        }
    }

    private static void assertValidJson(final String body, final Hostile hostile) {
        try {
            assertThat(JSON.readTree(body)).as("body for %s", hostile).isNotNull();
        } catch (final JsonProcessingException e) {
            throw new AssertionError("Ditto got a body that is not JSON for " + hostile + ": "
                    + body.substring(0, Math.min(200, body.length())), e);
        }
    }

    // Case builders

    private static Hostile attribute(final String key) {
        return attribute(key, "/attributes/" + key);
    }

    private static Hostile attribute(final String name, final String path) {
        return modify("attribute key " + printable(name), TWIN_MODIFY, path, "1", THING + "/attributes");
    }

    private static Hostile message(final String subject, final String under) {
        return new Hostile("message subject " + subject, (root, door) -> WireRequest.binary(
                "{\"topic\":" + quote(LIVE_MESSAGE + subject) + ",\"path\":" + quote("/inbox/messages/" + subject)
                        + ",\"headers\":{\"content-type\":\"text/plain\"},\"value\":\"hi\"}").post(root, door),
                under, null, false, Set.of(), false);
    }

    private static Hostile modify(final String name, final String topic, final String path, final String value,
            final String under) {
        return modify(name, topic, path, value, under, "");
    }

    private static Hostile modify(final String name, final String topic, final String path, final String value,
            final String under, final String moreMembers) {
        final String json = "{\"topic\":" + quote(topic) + ",\"path\":" + quote(path)
                + (value == null ? "" : ",\"value\":" + value) + moreMembers + "}";
        return binary(name, json, under);
    }

    private static Hostile binary(final String name, final String json, final String under) {
        return new Hostile(name, (root, door) -> WireRequest.binary(json).post(root, door), under, null, false,
                Set.of(), false);
    }

    private static Hostile body(final String name, final String value) {
        return modify(name, TWIN_MODIFY, "/attributes/on", value, THING + "/attributes/on");
    }

    private static Hostile structured(final String name, final String data) {
        return new Hostile(name, (root, door) -> WireRequest.structured(Events.structuredEvent(data, Events.ID))
                .post(root, door), THING + "/attributes/on", null, false, Set.of(), false);
    }

    private static Hostile raw(final String name, final String headerBlock, final byte[] body) {
        return new Hostile(name, (root, door) -> RawHttp.post(root, door, headerBlock, body),
                THING + "/attributes/on", null, false, Set.of(), false);
    }

    private static String binaryHead(final String more) {
        final StringBuilder head = new StringBuilder();
        Events.binaryHeaders().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head + more + "Content-Type: application/json\r\n";
    }

    private static byte[] modifyOn() {
        return Events.MODIFY_ATTRIBUTE.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] invalidUtf8Command() {
        return withInvalidUtf8(Events.command(TWIN_MODIFY, "/attributes/on", "\"@\""));
    }

    private static byte[] invalidUtf8Structured() {
        return withInvalidUtf8(Events.structuredEvent(Events.command(TWIN_MODIFY, "/attributes/on", "\"@\""),
                Events.ID));
    }

    /** Replaces the one {@code @} with a lone continuation byte and an overlong encoding of {@code /}. */
    private static byte[] withInvalidUtf8(final String text) {
        final byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        final int at = text.indexOf('@');
        final byte[] changed = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, changed, 0, at);
        changed[at] = (byte) 0x80;
        changed[at + 1] = (byte) 0xC0;
        changed[at + 2] = (byte) 0xAF;
        System.arraycopy(bytes, at + 1, changed, at + 3, bytes.length - at - 1);
        return changed;
    }

    private static String quote(final String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (final JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String printable(final String text) {
        final String shown = text.length() > 60 ? text.substring(0, 60) + "..." : text;
        return shown.chars().mapToObj(c -> c < 0x20 || c > 0x7e ? String.format("\\u%04x", c)
                : String.valueOf((char) c)).reduce("", String::concat);
    }
}
