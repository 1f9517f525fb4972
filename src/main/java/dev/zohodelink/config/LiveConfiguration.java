package dev.zohodelink.config;

import dev.zohodelink.contract.Persona;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How to reach a real Zoho CRM org over OAuth. Built and validated by {@link RunConfiguration} when
 * {@code ZOHO_TARGET=live}.
 *
 * @param apiDomainOverridden true when {@code ZOHO_API_DOMAIN} was given; otherwise the token response's
 *                            {@code api_domain} is honoured for production orgs
 * @param personaRefreshTokens the refresh tokens of the personas other than the administrator that are set, by persona
 * @param scopeRefreshTokens  optional refresh tokens holding one module scope each, by scope ({@link ScopeRefreshTokens})
 * @param tokenCache          where access tokens are kept across runs; empty when {@code ZOHO_TOKEN_CACHE=off}
 */
public record LiveConfiguration(
        DataCenter dataCenter,
        ZohoEnvironment environment,
        URI accountsUrl,
        URI apiDomain,
        boolean apiDomainOverridden,
        String clientId,
        Secret clientSecret,
        Secret refreshToken,
        Map<Persona, Secret> personaRefreshTokens,
        int concurrency,
        OptionalLong maxCredits,
        Optional<String> runId,
        Map<String, Secret> scopeRefreshTokens,
        Optional<Path> tokenCache) {

    public static final String DC = "ZOHO_DC";
    public static final String ENVIRONMENT = "ZOHO_ENVIRONMENT";
    public static final String API_DOMAIN = "ZOHO_API_DOMAIN";
    public static final String ACCOUNTS_URL = "ZOHO_ACCOUNTS_URL";
    public static final String CLIENT_ID = "ZOHO_CLIENT_ID";
    public static final String CLIENT_SECRET = "ZOHO_CLIENT_SECRET";
    /** The administrator's, the one required refresh token. */
    public static final String REFRESH_TOKEN = Persona.ADMINISTRATOR.refreshTokenVariable();

    public static final String CONCURRENCY = "ZOHO_CONCURRENCY";
    public static final String MAX_CREDITS = "ZOHO_MAX_CREDITS";
    public static final String RUN_ID = "ZOHO_RUN_ID";
    public static final String TOKEN_CACHE = "ZOHO_TOKEN_CACHE";

    /** Zoho's concurrency limit for the Standard edition (Kaizen #203). */
    public static final int DEFAULT_CONCURRENCY = 10;

    /** The live settings alone, for commands that only talk to an org; every problem in one exception. */
    public static LiveConfiguration from(Settings settings) {
        return ConfigurationProblems.collect(problems -> from(settings, problems));
    }

    static LiveConfiguration from(Settings settings, ConfigurationProblems problems) {
        DataCenter dc =
                problems.check(DC, () -> DataCenter.parse(settings.get(DC).orElse("us")));
        ZohoEnvironment environment = problems.check(
                ENVIRONMENT,
                () -> ZohoEnvironment.parse(settings.get(ENVIRONMENT).orElse("sandbox")));
        URI accounts = settings.get(ACCOUNTS_URL)
                .map(url -> problems.check(ACCOUNTS_URL, () -> baseUrl(url, "https://accounts.zoho.com")))
                .orElse(dc == null ? null : dc.accountsUrl());
        Optional<String> apiDomainText = settings.get(API_DOMAIN);
        URI apiDomain = apiDomainText
                .map(url -> problems.check(API_DOMAIN, () -> baseUrl(url, "https://sandbox.zohoapis.com")))
                .orElse(dc == null || environment == null ? null : dc.apiDomain(environment));
        String clientId = required(settings, problems, CLIENT_ID);
        String clientSecret = required(settings, problems, CLIENT_SECRET);
        String refreshToken = required(settings, problems, REFRESH_TOKEN);
        Long concurrency = problems.check(
                CONCURRENCY,
                () -> positive(settings.get(CONCURRENCY).orElse(Integer.toString(DEFAULT_CONCURRENCY)), 1000));
        Optional<Path> tokenCache =
                problems.check(TOKEN_CACHE, () -> TokenCacheDirectory.from(settings.get(TOKEN_CACHE)));
        Long maxCredits = settings.get(MAX_CREDITS)
                .map(v -> problems.check(MAX_CREDITS, () -> positive(v, Long.MAX_VALUE)))
                .orElse(null);
        return new LiveConfiguration(
                dc,
                environment,
                accounts,
                apiDomain,
                apiDomainText.isPresent(),
                clientId,
                new Secret(CLIENT_SECRET, clientSecret),
                new Secret(REFRESH_TOKEN, refreshToken),
                personaRefreshTokens(settings),
                concurrency == null ? DEFAULT_CONCURRENCY : concurrency.intValue(),
                maxCredits == null ? OptionalLong.empty() : OptionalLong.of(maxCredits),
                settings.get(RUN_ID),
                ScopeRefreshTokens.from(settings),
                tokenCache == null ? Optional.empty() : tokenCache);
    }

    private static String required(Settings settings, ConfigurationProblems problems, String variable) {
        Optional<String> value = settings.get(variable);
        if (value.isEmpty()) {
            problems.add(variable, "is required when ZOHO_TARGET=live");
        }
        return value.orElse(null);
    }

    private static Map<Persona, Secret> personaRefreshTokens(Settings settings) {
        Map<Persona, Secret> tokens = new EnumMap<>(Persona.class);
        for (Persona persona : Persona.values()) {
            if (persona != Persona.ADMINISTRATOR) {
                settings.get(persona.refreshTokenVariable())
                        .ifPresent(value -> tokens.put(persona, new Secret(persona.refreshTokenVariable(), value)));
            }
        }
        return Collections.unmodifiableMap(tokens);
    }

    /** The persona's refresh token, when it is set; the administrator's always is. */
    public Optional<Secret> refreshToken(Persona persona) {
        return persona == Persona.ADMINISTRATOR
                ? Optional.of(refreshToken)
                : Optional.ofNullable(personaRefreshTokens.get(persona));
    }

    /** @param example a base URL of the same kind, for the message */
    private static URI baseUrl(String text, String example) {
        URI uri;
        try {
            uri = URI.create(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URL");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("'" + text + "' is not an http or https base URL");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("a base URL must carry neither credentials nor a fragment");
        }
        if (uri.getRawQuery() != null
                || (uri.getRawPath() != null
                        && !uri.getRawPath().isEmpty()
                        && !uri.getRawPath().equals("/"))) {
            throw new IllegalArgumentException(
                    "'" + text + "' must be a base URL without path or query, like " + example);
        }
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
    }

    private static long positive(String text, long max) {
        try {
            long value = Long.parseLong(text.strip());
            if (value < 1 || value > max) {
                throw new IllegalArgumentException("'" + text + "' must be between 1 and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
    }

    /** The same configuration, with no access token kept across runs ({@code --no-token-cache}). */
    public LiveConfiguration withoutTokenCache() {
        return new LiveConfiguration(
                dataCenter,
                environment,
                accountsUrl,
                apiDomain,
                apiDomainOverridden,
                clientId,
                clientSecret,
                refreshToken,
                personaRefreshTokens,
                concurrency,
                maxCredits,
                runId,
                scopeRefreshTokens,
                Optional.empty());
    }

    @Override
    public String toString() {
        return "LiveConfiguration[dc=" + dataCenter + ", environment=" + environment + ", accounts=" + accountsUrl
                + ", apiDomain=" + apiDomain + ", clientId=" + clientId + ", secrets redacted, concurrency="
                + concurrency + ", maxCredits=" + maxCredits + "]";
    }
}
