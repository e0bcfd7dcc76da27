package dev.dittosink.ditto;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;

/**
 * Carries out a {@link DittoRequest} through the typed {@link DittoClient}: the one place that knows which client
 * method serves which resource and verb.
 */
final class DittoCaller {

    private DittoCaller() {
    }

    static Uni<Response> call(final DittoClient ditto, final DittoRequest request) {
        final List<String> a = request.pathArguments();
        final Map<String, String> h = request.headers();
        final Map<String, String> q = request.query();
        final byte[] b = request.body();
        final String key = request.method() + " " + request.resource();
        return switch (key) {
            case "PUT THING" -> ditto.putThing(a.get(0), h, q, b);
            case "PATCH THING" -> ditto.patchThing(a.get(0), h, q, b);
            case "GET THING" -> ditto.getThing(a.get(0), h, q);
            case "DELETE THING" -> ditto.deleteThing(a.get(0), h, q);
            case "GET THINGS" -> ditto.getThings(h, q);
            case "POST MIGRATE_DEFINITION" -> ditto.postMigrateDefinition(a.get(0), h, q, b);
            case "PUT POLICY_ID" -> ditto.putPolicyId(a.get(0), h, q, b);
            case "PATCH POLICY_ID" -> ditto.patchPolicyId(a.get(0), h, q, b);
            case "GET POLICY_ID" -> ditto.getPolicyId(a.get(0), h, q);
            case "PUT DEFINITION" -> ditto.putDefinition(a.get(0), h, q, b);
            case "PATCH DEFINITION" -> ditto.patchDefinition(a.get(0), h, q, b);
            case "GET DEFINITION" -> ditto.getDefinition(a.get(0), h, q);
            case "DELETE DEFINITION" -> ditto.deleteDefinition(a.get(0), h, q);
            case "PUT ATTRIBUTES" -> ditto.putAttributes(a.get(0), h, q, b);
            case "PATCH ATTRIBUTES" -> ditto.patchAttributes(a.get(0), h, q, b);
            case "GET ATTRIBUTES" -> ditto.getAttributes(a.get(0), h, q);
            case "DELETE ATTRIBUTES" -> ditto.deleteAttributes(a.get(0), h, q);
            case "PUT ATTRIBUTE" -> ditto.putAttribute(a.get(0), a.get(1), h, q, b);
            case "PATCH ATTRIBUTE" -> ditto.patchAttribute(a.get(0), a.get(1), h, q, b);
            case "GET ATTRIBUTE" -> ditto.getAttribute(a.get(0), a.get(1), h, q);
            case "DELETE ATTRIBUTE" -> ditto.deleteAttribute(a.get(0), a.get(1), h, q);
            case "PUT FEATURES" -> ditto.putFeatures(a.get(0), h, q, b);
            case "PATCH FEATURES" -> ditto.patchFeatures(a.get(0), h, q, b);
            case "GET FEATURES" -> ditto.getFeatures(a.get(0), h, q);
            case "DELETE FEATURES" -> ditto.deleteFeatures(a.get(0), h, q);
            case "PUT FEATURE" -> ditto.putFeature(a.get(0), a.get(1), h, q, b);
            case "PATCH FEATURE" -> ditto.patchFeature(a.get(0), a.get(1), h, q, b);
            case "GET FEATURE" -> ditto.getFeature(a.get(0), a.get(1), h, q);
            case "DELETE FEATURE" -> ditto.deleteFeature(a.get(0), a.get(1), h, q);
            case "PUT FEATURE_DEFINITION" -> ditto.putFeatureDefinition(a.get(0), a.get(1), h, q, b);
            case "PATCH FEATURE_DEFINITION" -> ditto.patchFeatureDefinition(a.get(0), a.get(1), h, q, b);
            case "GET FEATURE_DEFINITION" -> ditto.getFeatureDefinition(a.get(0), a.get(1), h, q);
            case "DELETE FEATURE_DEFINITION" -> ditto.deleteFeatureDefinition(a.get(0), a.get(1), h, q);
            case "PUT FEATURE_PROPERTIES" -> ditto.putProperties(a.get(0), a.get(1), a.get(2), h, q, b);
            case "PATCH FEATURE_PROPERTIES" -> ditto.patchProperties(a.get(0), a.get(1), a.get(2), h, q, b);
            case "GET FEATURE_PROPERTIES" -> ditto.getProperties(a.get(0), a.get(1), a.get(2), h, q);
            case "DELETE FEATURE_PROPERTIES" -> ditto.deleteProperties(a.get(0), a.get(1), a.get(2), h, q);
            case "PUT FEATURE_PROPERTY" -> ditto.putProperty(a.get(0), a.get(1), a.get(2), a.get(3), h, q, b);
            case "PATCH FEATURE_PROPERTY" -> ditto.patchProperty(a.get(0), a.get(1), a.get(2), a.get(3), h, q, b);
            case "GET FEATURE_PROPERTY" -> ditto.getProperty(a.get(0), a.get(1), a.get(2), a.get(3), h, q);
            case "DELETE FEATURE_PROPERTY" -> ditto.deleteProperty(a.get(0), a.get(1), a.get(2), a.get(3), h, q);
            case "POST THING_MESSAGE" -> ditto.postThingMessage(a.get(0), a.get(1), a.get(2),
                    request.contentType(), h, q, b);
            case "POST FEATURE_MESSAGE" -> ditto.postFeatureMessage(a.get(0), a.get(1), a.get(2), a.get(3),
                    request.contentType(), h, q, b);
            case "POST CLAIM" -> ditto.postClaim(a.get(0), request.contentType(), h, q, b);
            case "PUT POLICY" -> ditto.putPolicy(a.get(0), h, q, b);
            case "GET POLICY" -> ditto.getPolicy(a.get(0), h, q);
            case "DELETE POLICY" -> ditto.deletePolicy(a.get(0), h, q);
            case "PUT POLICY_ENTRIES" -> ditto.putPolicyEntries(a.get(0), h, q, b);
            case "GET POLICY_ENTRIES" -> ditto.getPolicyEntries(a.get(0), h, q);
            case "PUT POLICY_ENTRY" -> ditto.putPolicyEntry(a.get(0), a.get(1), h, q, b);
            case "GET POLICY_ENTRY" -> ditto.getPolicyEntry(a.get(0), a.get(1), h, q);
            case "DELETE POLICY_ENTRY" -> ditto.deletePolicyEntry(a.get(0), a.get(1), h, q);
            case "PUT POLICY_SUBJECTS" -> ditto.putPolicySubjects(a.get(0), a.get(1), h, q, b);
            case "GET POLICY_SUBJECTS" -> ditto.getPolicySubjects(a.get(0), a.get(1), h, q);
            case "PUT POLICY_SUBJECT" -> ditto.putPolicySubject(a.get(0), a.get(1), a.get(2), h, q, b);
            case "GET POLICY_SUBJECT" -> ditto.getPolicySubject(a.get(0), a.get(1), a.get(2), h, q);
            case "DELETE POLICY_SUBJECT" -> ditto.deletePolicySubject(a.get(0), a.get(1), a.get(2), h, q);
            case "PUT POLICY_RESOURCES" -> ditto.putPolicyResources(a.get(0), a.get(1), h, q, b);
            case "GET POLICY_RESOURCES" -> ditto.getPolicyResources(a.get(0), a.get(1), h, q);
            case "PUT POLICY_RESOURCE" -> ditto.putPolicyResource(a.get(0), a.get(1), a.get(2), h, q, b);
            case "GET POLICY_RESOURCE" -> ditto.getPolicyResource(a.get(0), a.get(1), a.get(2), h, q);
            case "DELETE POLICY_RESOURCE" -> ditto.deletePolicyResource(a.get(0), a.get(1), a.get(2), h, q);
            case "PUT POLICY_IMPORTS" -> ditto.putPolicyImports(a.get(0), h, q, b);
            case "GET POLICY_IMPORTS" -> ditto.getPolicyImports(a.get(0), h, q);
            case "PUT POLICY_IMPORT" -> ditto.putPolicyImport(a.get(0), a.get(1), h, q, b);
            case "GET POLICY_IMPORT" -> ditto.getPolicyImport(a.get(0), a.get(1), h, q);
            case "DELETE POLICY_IMPORT" -> ditto.deletePolicyImport(a.get(0), a.get(1), h, q);
            default -> throw new IllegalArgumentException("Ditto's HTTP API has no " + key);
        };
    }
}
