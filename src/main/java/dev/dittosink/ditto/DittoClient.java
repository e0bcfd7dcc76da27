package dev.dittosink.ditto;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;

/**
 * Ditto's HTTP API v2, one method per resource and verb (see Ditto's OpenAPI for API v2).
 *
 * <p>Path and query values arrive already percent-encoded, one path segment at a time ({@link PathSegments}), hence
 * {@link Encoded}: it is the sink, not the client, that decides where a {@code /} separates segments, so that no
 * id, key or subject can reach another resource. Headers and query parameters come as maps because Ditto Protocol
 * commands carry a variable set of them. Every method answers Ditto's raw response; statuses are judged by the
 * caller.
 */
@Path("/api/2")
@Encoded
@RegisterRestClient(configKey = "ditto")
@RegisterProvider(DittoAuthenticationFilter.class)
public interface DittoClient {

    String MERGE_PATCH_JSON = "application/merge-patch+json";

    // Things

    @PUT
    @Path("/things/{thingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putThing(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query, byte[] thing);

    @PATCH
    @Path("/things/{thingId}")
    @Consumes(MERGE_PATCH_JSON)
    Uni<Response> patchThing(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query, byte[] patch);

    @GET
    @Path("/things/{thingId}")
    Uni<Response> getThing(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query);

    @DELETE
    @Path("/things/{thingId}")
    Uni<Response> deleteThing(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query);

    @GET
    @Path("/things")
    Uni<Response> getThings(@RestHeader Map<String, String> headers, @RestQuery Map<String, String> query);

    @POST
    @Path("/things/{thingId}/migrateDefinition")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> postMigrateDefinition(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query, byte[] migration);

    // The thing's policy id and definition

    @PUT
    @Path("/things/{thingId}/policyId")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putPolicyId(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query, byte[] policyId);

    @PATCH
    @Path("/things/{thingId}/policyId")
    @Consumes(MERGE_PATCH_JSON)
    Uni<Response> patchPolicyId(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query, byte[] patch);

    @GET
    @Path("/things/{thingId}/policyId")
    Uni<Response> getPolicyId(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query);

    @PUT
    @Path("/things/{thingId}/definition")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putDefinition(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query, byte[] definition);

    @PATCH
    @Path("/things/{thingId}/definition")
    @Consumes(MERGE_PATCH_JSON)
    Uni<Response> patchDefinition(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query, byte[] patch);

    @GET
    @Path("/things/{thingId}/definition")
    Uni<Response> getDefinition(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query);

    @DELETE
    @Path("/things/{thingId}/definition")
    Uni<Response> deleteDefinition(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query);

    // Attributes

    @PUT
    @Path("/things/{thingId}/attributes")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putAttributes(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query, byte[] attributes);

    @PATCH
    @Path("/things/{thingId}/attributes")
    @Consumes(MERGE_PATCH_JSON)
    Uni<Response> patchAttributes(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query, byte[] patch);

    @GET
    @Path("/things/{thingId}/attributes")
    Uni<Response> getAttributes(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query);

    @DELETE
    @Path("/things/{thingId}/attributes")
    Uni<Response> deleteAttributes(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query);

    @PUT
    @Path("/things/{thingId}/attributes/{attributePath}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putAttribute(@RestPath String thingId, @RestPath String attributePath,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query, byte[] attribute);

    @PATCH
    @Path("/things/{thingId}/attributes/{attributePath}")
    @Consumes(MERGE_PATCH_JSON)
    Uni<Response> patchAttribute(@RestPath String thingId, @RestPath String attributePath,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query, byte[] patch);

    @GET
    @Path("/things/{thingId}/attributes/{attributePath}")
    Uni<Response> getAttribute(@RestPath String thingId, @RestPath String attributePath,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query);

    @DELETE
    @Path("/things/{thingId}/attributes/{attributePath}")
    Uni<Response> deleteAttribute(@RestPath String thingId, @RestPath String attributePath,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query);

    // Features

    @PUT
    @Path("/things/{thingId}/features")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putFeatures(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query, byte[] features);

    @PATCH
    @Path("/things/{thingId}/features")
    @Consumes(MERGE_PATCH_JSON)
    Uni<Response> patchFeatures(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query, byte[] patch);

    @GET
    @Path("/things/{thingId}/features")
    Uni<Response> getFeatures(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query);

    @DELETE
    @Path("/things/{thingId}/features")
    Uni<Response> deleteFeatures(@RestPath String thingId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query);

    @PUT
    @Path("/things/{thingId}/features/{featureId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putFeature(@RestPath String thingId, @RestPath String featureId,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query, byte[] feature);

    @PATCH
    @Path("/things/{thingId}/features/{featureId}")
    @Consumes(MERGE_PATCH_JSON)
    Uni<Response> patchFeature(@RestPath String thingId, @RestPath String featureId,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query, byte[] patch);

    @GET
    @Path("/things/{thingId}/features/{featureId}")
    Uni<Response> getFeature(@RestPath String thingId, @RestPath String featureId,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query);

    @DELETE
    @Path("/things/{thingId}/features/{featureId}")
    Uni<Response> deleteFeature(@RestPath String thingId, @RestPath String featureId,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query);

    @PUT
    @Path("/things/{thingId}/features/{featureId}/definition")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putFeatureDefinition(@RestPath String thingId, @RestPath String featureId,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query, byte[] definition);

    @PATCH
    @Path("/things/{thingId}/features/{featureId}/definition")
    @Consumes(MERGE_PATCH_JSON)
    Uni<Response> patchFeatureDefinition(@RestPath String thingId, @RestPath String featureId,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query, byte[] patch);

    @GET
    @Path("/things/{thingId}/features/{featureId}/definition")
    Uni<Response> getFeatureDefinition(@RestPath String thingId, @RestPath String featureId,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query);

    @DELETE
    @Path("/things/{thingId}/features/{featureId}/definition")
    Uni<Response> deleteFeatureDefinition(@RestPath String thingId, @RestPath String featureId,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query);

    // Feature properties and desired properties: the kind ("properties" or "desiredProperties") is a path value
    // restricted to those two words by the caller, since both resources behave alike.

    @PUT
    @Path("/things/{thingId}/features/{featureId}/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putProperties(@RestPath String thingId, @RestPath String featureId, @RestPath String kind,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query, byte[] properties);

    @PATCH
    @Path("/things/{thingId}/features/{featureId}/{kind}")
    @Consumes(MERGE_PATCH_JSON)
    Uni<Response> patchProperties(@RestPath String thingId, @RestPath String featureId, @RestPath String kind,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query, byte[] patch);

    @GET
    @Path("/things/{thingId}/features/{featureId}/{kind}")
    Uni<Response> getProperties(@RestPath String thingId, @RestPath String featureId, @RestPath String kind,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query);

    @DELETE
    @Path("/things/{thingId}/features/{featureId}/{kind}")
    Uni<Response> deleteProperties(@RestPath String thingId, @RestPath String featureId, @RestPath String kind,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query);

    @PUT
    @Path("/things/{thingId}/features/{featureId}/{kind}/{propertyPath}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putProperty(@RestPath String thingId, @RestPath String featureId, @RestPath String kind,
            @RestPath String propertyPath, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query, byte[] property);

    @PATCH
    @Path("/things/{thingId}/features/{featureId}/{kind}/{propertyPath}")
    @Consumes(MERGE_PATCH_JSON)
    Uni<Response> patchProperty(@RestPath String thingId, @RestPath String featureId, @RestPath String kind,
            @RestPath String propertyPath, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query, byte[] patch);

    @GET
    @Path("/things/{thingId}/features/{featureId}/{kind}/{propertyPath}")
    Uni<Response> getProperty(@RestPath String thingId, @RestPath String featureId, @RestPath String kind,
            @RestPath String propertyPath, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query);

    @DELETE
    @Path("/things/{thingId}/features/{featureId}/{kind}/{propertyPath}")
    Uni<Response> deleteProperty(@RestPath String thingId, @RestPath String featureId, @RestPath String kind,
            @RestPath String propertyPath, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query);

    // Live messages: the box ("inbox" or "outbox") is restricted to those two words by the caller.

    @POST
    @Path("/things/{thingId}/{box}/messages/{messageSubject}")
    @Consumes(MediaType.WILDCARD)
    Uni<Response> postThingMessage(@RestPath String thingId, @RestPath String box, @RestPath String messageSubject,
            @HeaderParam("Content-Type") String contentType, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query, byte[] payload);

    @POST
    @Path("/things/{thingId}/features/{featureId}/{box}/messages/{messageSubject}")
    @Consumes(MediaType.WILDCARD)
    Uni<Response> postFeatureMessage(@RestPath String thingId, @RestPath String featureId, @RestPath String box,
            @RestPath String messageSubject, @HeaderParam("Content-Type") String contentType,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query, byte[] payload);

    @POST
    @Path("/things/{thingId}/inbox/claim")
    @Consumes(MediaType.WILDCARD)
    Uni<Response> postClaim(@RestPath String thingId, @HeaderParam("Content-Type") String contentType,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query, byte[] payload);

    // Policies

    @PUT
    @Path("/policies/{policyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putPolicy(@RestPath String policyId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query, byte[] policy);

    @GET
    @Path("/policies/{policyId}")
    Uni<Response> getPolicy(@RestPath String policyId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query);

    @DELETE
    @Path("/policies/{policyId}")
    Uni<Response> deletePolicy(@RestPath String policyId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query);

    @PUT
    @Path("/policies/{policyId}/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putPolicyEntries(@RestPath String policyId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query, byte[] entries);

    @GET
    @Path("/policies/{policyId}/entries")
    Uni<Response> getPolicyEntries(@RestPath String policyId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query);

    @PUT
    @Path("/policies/{policyId}/entries/{label}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putPolicyEntry(@RestPath String policyId, @RestPath String label,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query, byte[] entry);

    @GET
    @Path("/policies/{policyId}/entries/{label}")
    Uni<Response> getPolicyEntry(@RestPath String policyId, @RestPath String label,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query);

    @DELETE
    @Path("/policies/{policyId}/entries/{label}")
    Uni<Response> deletePolicyEntry(@RestPath String policyId, @RestPath String label,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query);

    @PUT
    @Path("/policies/{policyId}/entries/{label}/subjects")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putPolicySubjects(@RestPath String policyId, @RestPath String label,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query, byte[] subjects);

    @GET
    @Path("/policies/{policyId}/entries/{label}/subjects")
    Uni<Response> getPolicySubjects(@RestPath String policyId, @RestPath String label,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query);

    @PUT
    @Path("/policies/{policyId}/entries/{label}/subjects/{subjectId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putPolicySubject(@RestPath String policyId, @RestPath String label, @RestPath String subjectId,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query, byte[] subject);

    @GET
    @Path("/policies/{policyId}/entries/{label}/subjects/{subjectId}")
    Uni<Response> getPolicySubject(@RestPath String policyId, @RestPath String label, @RestPath String subjectId,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query);

    @DELETE
    @Path("/policies/{policyId}/entries/{label}/subjects/{subjectId}")
    Uni<Response> deletePolicySubject(@RestPath String policyId, @RestPath String label,
            @RestPath String subjectId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query);

    @PUT
    @Path("/policies/{policyId}/entries/{label}/resources")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putPolicyResources(@RestPath String policyId, @RestPath String label,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query, byte[] resources);

    @GET
    @Path("/policies/{policyId}/entries/{label}/resources")
    Uni<Response> getPolicyResources(@RestPath String policyId, @RestPath String label,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query);

    @PUT
    @Path("/policies/{policyId}/entries/{label}/resources/{resourcePath}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putPolicyResource(@RestPath String policyId, @RestPath String label,
            @RestPath String resourcePath, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query, byte[] resource);

    @GET
    @Path("/policies/{policyId}/entries/{label}/resources/{resourcePath}")
    Uni<Response> getPolicyResource(@RestPath String policyId, @RestPath String label,
            @RestPath String resourcePath, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query);

    @DELETE
    @Path("/policies/{policyId}/entries/{label}/resources/{resourcePath}")
    Uni<Response> deletePolicyResource(@RestPath String policyId, @RestPath String label,
            @RestPath String resourcePath, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query);

    @PUT
    @Path("/policies/{policyId}/imports")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putPolicyImports(@RestPath String policyId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query, byte[] imports);

    @GET
    @Path("/policies/{policyId}/imports")
    Uni<Response> getPolicyImports(@RestPath String policyId, @RestHeader Map<String, String> headers,
            @RestQuery Map<String, String> query);

    @PUT
    @Path("/policies/{policyId}/imports/{importedPolicyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> putPolicyImport(@RestPath String policyId, @RestPath String importedPolicyId,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query, byte[] policyImport);

    @GET
    @Path("/policies/{policyId}/imports/{importedPolicyId}")
    Uni<Response> getPolicyImport(@RestPath String policyId, @RestPath String importedPolicyId,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query);

    @DELETE
    @Path("/policies/{policyId}/imports/{importedPolicyId}")
    Uni<Response> deletePolicyImport(@RestPath String policyId, @RestPath String importedPolicyId,
            @RestHeader Map<String, String> headers, @RestQuery Map<String, String> query);
}
