package dev.dittosink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.dittosink.config.DittoConfig;
import io.fabric8.knative.duck.v1.DeliverySpec;
import io.fabric8.knative.duck.v1.KReference;
import io.fabric8.knative.eventing.v1.Trigger;
import io.fabric8.knative.flows.v1.Sequence;
import io.fabric8.knative.flows.v1.SequenceStep;
import io.fabric8.knative.serving.v1.RevisionSpec;
import io.fabric8.knative.serving.v1.Service;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.WithDefault;

/**
 * The manifests in {@code k8s/}, read with the typed Knative and Kubernetes models as the API server would read
 * them, meet the Knative serving and delivery contract the sink relies on.
 */
class KnativeManifestsTest {

    private static final Path K8S = Path.of("k8s");
    private static final String KUSTOMIZATION = "kustomization.yaml";
    private static final String SINK = "ditto-knative-sink";
    private static final String SERVING_V1 = "serving.knative.dev/v1";
    /** Knative Serving refuses a revision timeout above its max-revision-timeout-seconds, 600 by default. */
    private static final long KNATIVE_MAX_TIMEOUT_SECONDS = 600;

    static Stream<Path> manifests() throws IOException {
        try (Stream<Path> files = Files.list(K8S)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml"))
                    .filter(file -> !file.getFileName().toString().equals(KUSTOMIZATION))
                    .sorted()
                    .collect(Collectors.toList())
                    .stream();
        }
    }

    @Test
    void kustomizationAppliesEveryManifestInTheDirectory() throws IOException {
        // No Kustomization model is published for this fabric8 version; its one list is all that matters here.
        final Map<?, ?> kustomization = load(KUSTOMIZATION, Map.class);

        assertThat(kustomization.get("resources")).asList()
                .containsExactlyInAnyOrderElementsOf(manifests().map(file -> file.getFileName().toString())
                        .collect(Collectors.toList()));
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void everyManifestIsAKnownTypeWithoutUnknownFields(final Path manifest) throws IOException {
        final Object resource;
        try (InputStream in = Files.newInputStream(manifest)) {
            resource = Serialization.unmarshal(in);
        }

        // A misspelt apiVersion or kind would give a GenericKubernetesResource; a misspelt field lands in
        // additionalProperties, which the API server would drop or refuse.
        assertThat(resource).isInstanceOfAny(Service.class, Trigger.class, Sequence.class, Secret.class);
        assertThat(unknownFields(resource, "")).as("fields no model knows in %s", manifest).isEmpty();
    }

    @Test
    void servesTheSinkImageOnOneHttp1Port8080() {
        final Container sink = sinkContainer();

        // Knative resolves a tag to a digest per revision, so "latest" or no tag hides what runs.
        assertThat(sink.getImage()).startsWith("ghcr.io/example/" + SINK + ":")
                .doesNotEndWith(":latest");
        assertThat(sink.getPorts()).hasSize(1);
        final ContainerPort port = sink.getPorts().get(0);
        assertThat(port.getContainerPort()).isEqualTo(8080);
        assertThat(port.getName()).isEqualTo("http1");
    }

    @Test
    void probesTheHealthEndpointsOnTheServingPortThatKnativeFillsIn() {
        final Container sink = sinkContainer();

        assertHealthProbe(sink.getReadinessProbe().getHttpGet(), "/q/health/ready");
        assertHealthProbe(sink.getLivenessProbe().getHttpGet(), "/q/health/live");
    }

    @Test
    void takesItsConfigurationFromTheSecretThatShipsWithIt() {
        final Secret secret = load("secret.yaml", Secret.class);

        assertThat(secret.getMetadata().getName()).isEqualTo(SINK);
        assertThat(secret.getStringData()).containsKey("DITTO_URL");
        assertThat(sinkContainer().getEnvFrom()).extracting(EnvFromSource::getSecretRef)
                .extracting(ref -> ref.getName())
                .containsExactly(SINK);
    }

    @Test
    void boundsConcurrencyAndScale() {
        final Service service = service();
        final Map<String, String> annotations = service.getSpec().getTemplate().getMetadata().getAnnotations();
        final Long containerConcurrency = revision().getContainerConcurrency();

        assertThat(containerConcurrency).isNotNull().isPositive();
        final int minScale = Integer.parseInt(annotations.get("autoscaling.knative.dev/min-scale"));
        final int maxScale = Integer.parseInt(annotations.get("autoscaling.knative.dev/max-scale"));
        final int target = Integer.parseInt(annotations.get("autoscaling.knative.dev/target"));
        assertThat(minScale).isNotNegative().isLessThanOrEqualTo(maxScale);
        assertThat(maxScale).isPositive();
        // A soft target above the hard limit would never be reached.
        assertThat(target).isPositive().isLessThanOrEqualTo(containerConcurrency.intValue());
    }

    @Test
    void requestsAndLimitsCpuAndMemory() {
        final Map<String, Quantity> requests = sinkContainer().getResources().getRequests();
        final Map<String, Quantity> limits = sinkContainer().getResources().getLimits();

        for (final String resource : List.of("cpu", "memory")) {
            assertThat(requests).containsKey(resource);
            assertThat(limits).containsKey(resource);
            assertThat(Quantity.getAmountInBytes(requests.get(resource)))
                    .as("%s request within its limit", resource)
                    .isLessThanOrEqualTo(Quantity.getAmountInBytes(limits.get(resource)));
        }
    }

    @Test
    void letsEveryRelayEndBeforeKnativeGivesUpOnTheRequest() throws NoSuchMethodException {
        final Duration relayTimeout = effectiveRelayTimeout();

        // Otherwise Knative cuts the request first and retries an event whose relay may still succeed.
        assertThat(revision().getTimeoutSeconds())
                .isGreaterThan(relayTimeout.toSeconds())
                .isLessThanOrEqualTo(KNATIVE_MAX_TIMEOUT_SECONDS);
    }

    @Test
    void triggerDeliversToTheSinkWithRetriesBackoffAndADeadLetterSink() {
        final Trigger trigger = load("trigger.yaml", Trigger.class);

        assertRefersToTheSink(trigger.getSpec().getSubscriber().getRef());
        assertRetriesAndDeadLetters(trigger.getSpec().getDelivery());
    }

    @Test
    void sequenceEndsWithTheSinkWithRetriesBackoffAndADeadLetterSink() {
        final List<SequenceStep> steps = load("sequence.yaml", Sequence.class).getSpec().getSteps();
        final SequenceStep last = steps.get(steps.size() - 1);

        assertRefersToTheSink(last.getRef());
        assertRetriesAndDeadLetters(last.getDelivery());
    }

    private static void assertHealthProbe(final HTTPGetAction httpGet, final String path) {
        assertThat(httpGet.getPath()).isEqualTo(path);
        // Knative rejects a probe port other than the serving one and fills the serving port in itself.
        assertThat(httpGet.getPort()).isNull();
    }

    private static void assertRefersToTheSink(final KReference ref) {
        assertThat(ref.getApiVersion()).isEqualTo(SERVING_V1);
        assertThat(ref.getKind()).isEqualTo("Service");
        assertThat(ref.getName()).isEqualTo(service().getMetadata().getName());
    }

    private static void assertRetriesAndDeadLetters(final DeliverySpec delivery) {
        assertThat(delivery.getRetry()).isPositive();
        assertThat(delivery.getBackoffPolicy()).isIn("linear", "exponential");
        assertThat(Duration.parse(delivery.getBackoffDelay())).isPositive();
        final KReference deadLetters = delivery.getDeadLetterSink().getRef();
        assertThat(deadLetters.getName()).isNotBlank().isNotEqualTo(SINK);
    }

    /** The request timeout set in the manifest's env or Secret, else the sink's own default. */
    private static Duration effectiveRelayTimeout() throws NoSuchMethodException {
        final String key = "SINK_DITTO_REQUEST_TIMEOUT";
        final Optional<String> fromEnv = Optional.ofNullable(sinkContainer().getEnv()).orElse(List.of()).stream()
                .filter(env -> env.getName().equals(key))
                .map(EnvVar::getValue)
                .findFirst();
        final Optional<String> fromSecret = Optional.ofNullable(
                load("secret.yaml", Secret.class).getStringData().get(key));
        final String byDefault = DittoConfig.class.getMethod("requestTimeout").getAnnotation(WithDefault.class)
                .value();
        return DurationConverter.parseDuration(fromEnv.or(() -> fromSecret).orElse(byDefault));
    }

    private static Service service() {
        return load("service.yaml", Service.class);
    }

    private static RevisionSpec revision() {
        return service().getSpec().getTemplate().getSpec();
    }

    private static Container sinkContainer() {
        final List<Container> containers = revision().getContainers();
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static <T> T load(final String manifest, final Class<T> type) {
        try (InputStream in = Files.newInputStream(K8S.resolve(manifest))) {
            return Serialization.unmarshal(in, type);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Paths of every field that landed in a model's additionalProperties, walking the whole object graph. */
    private static List<String> unknownFields(final Object node, final String path) {
        final List<String> unknown = new ArrayList<>();
        if (node instanceof Collection<?> items) {
            int index = 0;
            for (final Object item : items) {
                unknown.addAll(unknownFields(item, path + "[" + index++ + "]"));
            }
        } else if (node instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> unknown.addAll(unknownFields(value, path + "." + key)));
        } else if (node != null && node.getClass().getPackageName().startsWith("io.fabric8")) {
            for (final Method getter : node.getClass().getMethods()) {
                if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
                        || getter.getDeclaringClass() == Object.class
                        || Modifier.isStatic(getter.getModifiers())) {
                    continue;
                }
                final Object value = invoke(getter, node);
                if (getter.getName().equals("getAdditionalProperties")) {
                    ((Map<?, ?>) value).keySet().forEach(key -> unknown.add(path + "." + key));
                } else {
                    final String field = getter.getName().substring(3);
                    unknown.addAll(unknownFields(value,
                            path + "." + Character.toLowerCase(field.charAt(0)) + field.substring(1)));
                }
            }
        }
        return unknown;
    }

    private static Object invoke(final Method getter, final Object target) {
        try {
            return getter.invoke(target);
        } catch (final IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter + " of " + target, e);
        }
    }
}
