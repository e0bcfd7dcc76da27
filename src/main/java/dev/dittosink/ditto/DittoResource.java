package dev.dittosink.ditto;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The resources of Ditto's HTTP API v2 that Ditto Protocol commands map to, with their path templates. */
public enum DittoResource {

    THING("/things/{thingId}"),
    THINGS("/things"),
    MIGRATE_DEFINITION("/things/{thingId}/migrateDefinition"),
    POLICY_ID("/things/{thingId}/policyId"),
    DEFINITION("/things/{thingId}/definition"),
    ATTRIBUTES("/things/{thingId}/attributes"),
    ATTRIBUTE("/things/{thingId}/attributes/{attributePath}"),
    FEATURES("/things/{thingId}/features"),
    FEATURE("/things/{thingId}/features/{featureId}"),
    FEATURE_DEFINITION("/things/{thingId}/features/{featureId}/definition"),
    FEATURE_PROPERTIES("/things/{thingId}/features/{featureId}/{kind}"),
    FEATURE_PROPERTY("/things/{thingId}/features/{featureId}/{kind}/{propertyPath}"),
    THING_MESSAGE("/things/{thingId}/{box}/messages/{messageSubject}"),
    FEATURE_MESSAGE("/things/{thingId}/features/{featureId}/{box}/messages/{messageSubject}"),
    CLAIM("/things/{thingId}/inbox/claim"),
    POLICY("/policies/{policyId}"),
    POLICY_ENTRIES("/policies/{policyId}/entries"),
    POLICY_ENTRY("/policies/{policyId}/entries/{label}"),
    POLICY_SUBJECTS("/policies/{policyId}/entries/{label}/subjects"),
    POLICY_SUBJECT("/policies/{policyId}/entries/{label}/subjects/{subjectId}"),
    POLICY_RESOURCES("/policies/{policyId}/entries/{label}/resources"),
    POLICY_RESOURCE("/policies/{policyId}/entries/{label}/resources/{resourcePath}"),
    POLICY_IMPORTS("/policies/{policyId}/imports"),
    POLICY_IMPORT("/policies/{policyId}/imports/{importedPolicyId}");

    /** Where the HTTP API v2 lives below Ditto's base URL. */
    public static final String API_ROOT = "/api/2";

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final String template;
    private final int parameterCount;

    DittoResource(final String template) {
        this.template = template;
        this.parameterCount = (int) template.chars().filter(c -> c == '{').count();
    }

    public String template() {
        return template;
    }

    public int parameterCount() {
        return parameterCount;
    }

    /**
     * @param encodedArguments the path parameter values, percent-encoded, in template order
     * @return the path below Ditto's base URL, for example {@code /api/2/things/org.acme:lamp}
     */
    public String render(final List<String> encodedArguments) {
        final Matcher matcher = PARAMETER.matcher(template);
        final StringBuilder path = new StringBuilder(API_ROOT);
        final List<String> arguments = new ArrayList<>(encodedArguments);
        int index = 0;
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(arguments.get(index++)));
        }
        matcher.appendTail(path);
        return path.toString();
    }
}
