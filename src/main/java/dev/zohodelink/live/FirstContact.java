package dev.zohodelink.live;

import dev.zohodelink.client.NoAnswer;
import dev.zohodelink.client.OAuthException;
import dev.zohodelink.client.RefreshTokenGrant;
import dev.zohodelink.config.ConfigurationException;
import dev.zohodelink.config.LiveConfiguration;
import dev.zohodelink.config.Settings;
import dev.zohodelink.contract.Scopes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;

/**
 * A live run's first contact with the org, before any scenario runs or any report is cleared: an access token from
 * every refresh token that is set, and an HTTP answer from the API domain. A wrong data centre, URL, port or scheme,
 * a wrong client, a revoked refresh token: one line naming what to fix, never a secret, rather than every scenario
 * failing alike. The tokens are the run's own (kept in its session and token cache), so this costs no refresh.
 */
public final class FirstContact {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);

    /** What README step 1 asks the administrator's grant code for: records, then the fields metadata and current user. */
    private static final List<String> REQUIRED_SCOPES =
            List.of(Scopes.ALL_MODULES, "ZohoCRM.settings.fields.READ", "ZohoCRM.users.READ");

    private final Settings settings;

    public FirstContact(Settings settings) {
        this.settings = settings;
    }

    /**
     * @throws ConfigurationException when the accounts server or the API domain gives no answer, a refresh token is
     *     refused, or the administrator's grant lacks {@code ZohoCRM.modules.ALL}
     */
    public void check(LiveSession session) {
        try {
            for (RefreshTokenGrant grant : session.grants()) {
                grant.accessToken();
            }
        } catch (OAuthException e) {
            throw refused(e);
        }
        requireAllModules(session.administrator());
        probe(session.apiDomain(), session.version().pathSegment());
    }

    /**
     * The accounts server's refusal, or its silence with the variable that made its URL; also for the constructor of
     * a production org's {@link LiveSession}, which asks for the token's {@code api_domain}.
     */
    public ConfigurationException refused(OAuthException e) {
        return ConfigurationException.of(e.getMessage() + (e.unreachable() ? ": check " + accountsVariable() : ""));
    }

    /**
     * Every scenario inserts and links its records with the administrator's token, so a grant without
     * {@code ZohoCRM.modules.ALL} would fail them all alike. Checked when the accounts server names the scopes.
     */
    private static void requireAllModules(RefreshTokenGrant administrator) {
        administrator
                .grantedScopes()
                .filter(scopes -> scopes.stream().noneMatch(Scopes.ALL_MODULES::equalsIgnoreCase))
                .ifPresent(scopes -> {
                    throw ConfigurationException.of(administrator.variable() + " was granted "
                            + String.join(",", new TreeSet<>(scopes)) + ", without " + Scopes.ALL_MODULES
                            + ", which the fixtures of every scenario need: generate its grant code with the scopes "
                            + String.join(",", REQUIRED_SCOPES) + " (README 'A Zoho client and refresh tokens')");
                });
    }

    /**
     * A request without a token: Zoho answers such requests AUTHENTICATION_FAILURE (seen on the wire), and no org is
     * billed for them (inferred: credits are counted per org, and the request names none). Any answer will do except a redirect, which the
     * suite's DELETE calls would not follow; no answer at all is the wrong host, port or scheme.
     */
    private void probe(URI apiDomain, String version) {
        URI org = apiDomain.resolve("/crm/" + version + "/org");
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(PROBE_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<Void> answer;
        try {
            answer = http.send(
                    HttpRequest.newBuilder(org).timeout(PROBE_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw ConfigurationException.of("cannot reach Zoho CRM's API at " + apiDomain + ": " + NoAnswer.describe(e)
                    + ": check " + apiDomainVariables());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ConfigurationException.of("interrupted while reaching Zoho CRM's API at " + apiDomain);
        }
        if (answer.statusCode() / 100 == 3) {
            throw ConfigurationException.of("Zoho CRM's API at " + apiDomain + " answered HTTP " + answer.statusCode()
                    + ", a redirect to "
                    + answer.headers().firstValue("Location").orElse("somewhere else") + ": check "
                    + apiDomainVariables());
        }
    }

    private String accountsVariable() {
        return settings.get(LiveConfiguration.ACCOUNTS_URL).isPresent()
                ? LiveConfiguration.ACCOUNTS_URL
                : LiveConfiguration.DC;
    }

    private String apiDomainVariables() {
        return settings.get(LiveConfiguration.API_DOMAIN).isPresent()
                ? LiveConfiguration.API_DOMAIN
                : LiveConfiguration.DC + " and " + LiveConfiguration.ENVIRONMENT;
    }
}
