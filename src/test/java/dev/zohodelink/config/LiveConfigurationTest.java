package dev.zohodelink.config;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenExceptionOfType;

import dev.zohodelink.contract.Persona;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LiveConfigurationTest {

    private static final String CLIENT_SECRET_VALUE = "cs-4f0c9a7e1b2d";
    private static final String REFRESH_TOKEN_VALUE = "1000.rt-9e8d7c6b5a";

    /** docs/evidence.md §5: accounts server, then production, sandbox and developer API domains. */
    private static final Map<DataCenter, String[]> TABLE = Map.of(
            DataCenter.US,
                    new String[] {
                        "https://accounts.zoho.com",
                        "https://www.zohoapis.com",
                        "https://sandbox.zohoapis.com",
                        "https://developer.zohoapis.com"
                    },
            DataCenter.EU,
                    new String[] {
                        "https://accounts.zoho.eu",
                        "https://www.zohoapis.eu",
                        "https://sandbox.zohoapis.eu",
                        "https://developer.zohoapis.eu"
                    },
            DataCenter.IN,
                    new String[] {
                        "https://accounts.zoho.in",
                        "https://www.zohoapis.in",
                        "https://sandbox.zohoapis.in",
                        "https://developer.zohoapis.in"
                    },
            DataCenter.AU,
                    new String[] {
                        "https://accounts.zoho.com.au",
                        "https://www.zohoapis.com.au",
                        "https://sandbox.zohoapis.com.au",
                        "https://developer.zohoapis.com.au"
                    },
            DataCenter.CN,
                    new String[] {
                        "https://accounts.zoho.com.cn",
                        "https://www.zohoapis.com.cn",
                        "https://sandbox.zohoapis.com.cn",
                        "https://developer.zohoapis.com.cn"
                    },
            DataCenter.JP,
                    new String[] {
                        "https://accounts.zoho.jp",
                        "https://www.zohoapis.jp",
                        "https://sandbox.zohoapis.jp",
                        "https://developer.zohoapis.jp"
                    },
            DataCenter.CA,
                    new String[] {
                        "https://accounts.zohocloud.ca",
                        "https://www.zohoapis.ca",
                        "https://sandbox.zohoapis.ca",
                        "https://developer.zohoapis.ca"
                    },
            DataCenter.SA,
                    new String[] {
                        "https://accounts.zoho.sa",
                        "https://www.zohoapis.sa",
                        "https://sandbox.zohoapis.sa",
                        "https://developer.zohoapis.sa"
                    });

    /** The three required variables, plus the given ones. */
    private static Map<String, String> live(String... keyValues) {
        Map<String, String> environment = new HashMap<>(Map.of(
                LiveConfiguration.CLIENT_ID, "1000.CLIENTID",
                LiveConfiguration.CLIENT_SECRET, CLIENT_SECRET_VALUE,
                LiveConfiguration.REFRESH_TOKEN, REFRESH_TOKEN_VALUE));
        for (int i = 0; i < keyValues.length; i += 2) {
            environment.put(keyValues[i], keyValues[i + 1]);
        }
        return environment;
    }

    private static LiveConfiguration configure(Map<String, String> environment) {
        return LiveConfiguration.from(Settings.of(environment));
    }

    private static String prefix(String variable) {
        return variable + " (or -D" + Settings.propertyName(variable) + "): ";
    }

    // --- data centres -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(DataCenter.class)
    void knows_the_accounts_server_and_api_domains_of_every_data_centre(DataCenter dc) {
        // GIVEN the table of docs/evidence.md §5
        String[] expected = TABLE.get(dc);
        then(expected).as("row for " + dc).isNotNull();

        // WHEN / THEN
        then(dc.accountsUrl()).isEqualTo(URI.create(expected[0]));
        then(dc.apiDomain(ZohoEnvironment.PRODUCTION)).isEqualTo(URI.create(expected[1]));
        then(dc.apiDomain(ZohoEnvironment.SANDBOX)).isEqualTo(URI.create(expected[2]));
        then(dc.apiDomain(ZohoEnvironment.DEVELOPER)).isEqualTo(URI.create(expected[3]));
    }

    @ParameterizedTest
    @EnumSource(DataCenter.class)
    void derives_both_urls_from_zoho_dc_and_zoho_environment(DataCenter dc) {
        // WHEN
        LiveConfiguration configuration = configure(
                live(LiveConfiguration.DC, dc.name().toLowerCase(), LiveConfiguration.ENVIRONMENT, "production"));

        // THEN
        then(configuration.dataCenter()).isEqualTo(dc);
        then(configuration.environment()).isEqualTo(ZohoEnvironment.PRODUCTION);
        then(configuration.accountsUrl()).isEqualTo(URI.create(TABLE.get(dc)[0]));
        then(configuration.apiDomain()).isEqualTo(URI.create(TABLE.get(dc)[1]));
        then(configuration.apiDomainOverridden()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"EU, EU, Developer, DEVELOPER", "' au ', AU, ' SANDBOX ', SANDBOX", "Ca, CA, production, PRODUCTION"})
    void reads_data_centres_and_environments_in_any_case(
            String dcText, DataCenter dc, String environmentText, ZohoEnvironment environment) {
        // WHEN
        LiveConfiguration configuration =
                configure(live(LiveConfiguration.DC, dcText, LiveConfiguration.ENVIRONMENT, environmentText));

        // THEN
        then(configuration.dataCenter()).isEqualTo(dc);
        then(configuration.environment()).isEqualTo(environment);
    }

    @Test
    void rejects_an_unknown_data_centre_listing_the_known_ones() {
        // WHEN / THEN
        thenExceptionOfType(ConfigurationException.class)
                .isThrownBy(() -> configure(live(LiveConfiguration.DC, "uk")))
                .withMessageStartingWith(prefix(LiveConfiguration.DC))
                .withMessageContaining("'uk'")
                .withMessageContaining("[us, eu, in, au, jp, cn, ca, sa]");
    }

    @Test
    void rejects_an_unknown_environment_listing_the_known_ones() {
        // WHEN / THEN
        thenExceptionOfType(ConfigurationException.class)
                .isThrownBy(() -> configure(live(LiveConfiguration.ENVIRONMENT, "staging")))
                .withMessageStartingWith(prefix(LiveConfiguration.ENVIRONMENT))
                .withMessageContaining("'staging'")
                .withMessageContaining("production, sandbox or developer");
    }

    // --- defaults ---------------------------------------------------------------------------------------------

    @Test
    void defaults_to_the_us_sandbox_ten_calls_at_once_and_no_credit_cap() {
        // WHEN only the credentials are given
        LiveConfiguration configuration = configure(live());

        // THEN
        then(configuration.dataCenter()).isEqualTo(DataCenter.US);
        then(configuration.environment()).isEqualTo(ZohoEnvironment.SANDBOX);
        then(configuration.accountsUrl()).isEqualTo(URI.create("https://accounts.zoho.com"));
        then(configuration.apiDomain()).isEqualTo(URI.create("https://sandbox.zohoapis.com"));
        then(configuration.apiDomainOverridden()).isFalse();
        then(configuration.concurrency()).isEqualTo(10).isEqualTo(LiveConfiguration.DEFAULT_CONCURRENCY);
        then(configuration.maxCredits()).isEmpty();
        then(configuration.refreshToken(Persona.LIMITED_SCOPE)).isEmpty();
        then(configuration.refreshToken(Persona.RESTRICTED_USER)).isEmpty();
        then(configuration.refreshToken(Persona.UNPRIVILEGED_USER)).isEmpty();
    }

    @Test
    void reads_the_credentials_and_the_optional_refresh_tokens() {
        // WHEN
        LiveConfiguration configuration = configure(live(
                Persona.LIMITED_SCOPE.refreshTokenVariable(), "rt-limited",
                Persona.RESTRICTED_USER.refreshTokenVariable(), "rt-restricted",
                Persona.UNPRIVILEGED_USER.refreshTokenVariable(), "rt-unprivileged"));

        // THEN each secret remembers the variable it came from
        then(configuration.clientId()).isEqualTo("1000.CLIENTID");
        then(configuration.clientSecret().reveal()).isEqualTo(CLIENT_SECRET_VALUE);
        then(configuration.clientSecret().variable()).isEqualTo(LiveConfiguration.CLIENT_SECRET);
        then(configuration.refreshToken().reveal()).isEqualTo(REFRESH_TOKEN_VALUE);
        then(configuration.refreshToken().variable()).isEqualTo(LiveConfiguration.REFRESH_TOKEN);
        then(configuration.refreshToken(Persona.LIMITED_SCOPE).orElseThrow().reveal())
                .isEqualTo("rt-limited");
        then(configuration.refreshToken(Persona.LIMITED_SCOPE).orElseThrow().variable())
                .isEqualTo(Persona.LIMITED_SCOPE.refreshTokenVariable());
        then(configuration.refreshToken(Persona.RESTRICTED_USER).orElseThrow().reveal())
                .isEqualTo("rt-restricted");
        then(configuration.refreshToken(Persona.UNPRIVILEGED_USER).orElseThrow().reveal())
                .isEqualTo("rt-unprivileged");
    }

    @Test
    void lets_system_properties_override_the_live_variables() {
        // GIVEN
        Properties properties = new Properties();
        properties.setProperty("zoho.dc", "eu");
        properties.setProperty("zoho.client.secret", "from-a-property");

        // WHEN
        LiveConfiguration configuration =
                LiveConfiguration.from(new Settings(live(LiveConfiguration.DC, "in"), properties));

        // THEN
        then(configuration.dataCenter()).isEqualTo(DataCenter.EU);
        then(configuration.clientSecret().reveal()).isEqualTo("from-a-property");
    }

    // --- URL overrides ----------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "http://127.0.0.1:8080,           http://127.0.0.1:8080",
        "https://sandbox.zohoapis.eu,     https://sandbox.zohoapis.eu",
        "https://sandbox.zohoapis.eu/,    https://sandbox.zohoapis.eu",
        "'  http://localhost:9090  ',     http://localhost:9090"
    })
    void accepts_an_api_domain_override(String value, String expected) {
        // WHEN
        LiveConfiguration configuration = configure(live(LiveConfiguration.API_DOMAIN, value));

        // THEN it replaces the data centre's domain, and the accounts server stays the data centre's
        then(configuration.apiDomain()).isEqualTo(URI.create(expected));
        then(configuration.apiDomainOverridden()).isTrue();
        then(configuration.accountsUrl()).isEqualTo(URI.create("https://accounts.zoho.com"));
    }

    @ParameterizedTest
    @CsvSource({
        "http://127.0.0.1:8080,       http://127.0.0.1:8080",
        "https://accounts.zoho.eu,    https://accounts.zoho.eu",
        "https://accounts.zoho.eu/,   https://accounts.zoho.eu"
    })
    void accepts_an_accounts_url_override(String value, String expected) {
        // WHEN
        LiveConfiguration configuration = configure(live(LiveConfiguration.ACCOUNTS_URL, value));

        // THEN
        then(configuration.accountsUrl()).isEqualTo(URI.create(expected));
        then(configuration.apiDomain()).isEqualTo(URI.create("https://sandbox.zohoapis.com"));
        then(configuration.apiDomainOverridden()).isFalse();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "ZOHO_API_DOMAIN,   ftp://sandbox.zohoapis.com,             http or https",
        "ZOHO_API_DOMAIN,   https://sandbox.zohoapis.com/crm/v7,    without path or query",
        "ZOHO_API_DOMAIN,   https://sandbox.zohoapis.com?x=1,       without path or query",
        "ZOHO_API_DOMAIN,   garbage,                                http or https",
        "ZOHO_API_DOMAIN,   not a url,                              is not a URL",
        "ZOHO_API_DOMAIN,   http://,                                is not a URL",
        "ZOHO_ACCOUNTS_URL, ftp://accounts.zoho.com,                http or https",
        "ZOHO_ACCOUNTS_URL, https://accounts.zoho.com/oauth/v2/token, without path or query",
        "ZOHO_ACCOUNTS_URL, https://accounts.zoho.com/?a=b,         without path or query",
        "ZOHO_ACCOUNTS_URL, accounts.zoho.com,                      http or https",
        "ZOHO_ACCOUNTS_URL, '%%%',                                  is not a URL"
    })
    void rejects_a_url_that_is_not_a_base_url_naming_the_variable(String variable, String value, String reason) {
        // WHEN / THEN
        thenExceptionOfType(ConfigurationException.class)
                .isThrownBy(() -> configure(live(variable, value)))
                .withMessageStartingWith(prefix(variable))
                .withMessageContaining("'" + value + "'")
                .withMessageContaining(reason);
    }

    @Test
    void a_token_url_given_as_the_accounts_url_is_refused_with_an_accounts_server_for_example() {
        // WHEN / THEN, as Zoho's SDKs take the whole token URL
        thenExceptionOfType(ConfigurationException.class)
                .isThrownBy(() ->
                        configure(live(LiveConfiguration.ACCOUNTS_URL, "https://accounts.zoho.eu/oauth/v2/token")))
                .withMessageEndingWith("must be a base URL without path or query, like https://accounts.zoho.com");
    }

    // --- numbers ----------------------------------------------------------------------------------------------

    @Test
    void reads_the_concurrency_and_the_credit_cap() {
        // WHEN
        LiveConfiguration configuration =
                configure(live(LiveConfiguration.CONCURRENCY, " 25 ", LiveConfiguration.MAX_CREDITS, "5000"));

        // THEN
        then(configuration.concurrency()).isEqualTo(25);
        then(configuration.maxCredits()).isEqualTo(OptionalLong.of(5000));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "ZOHO_CONCURRENCY, 0,    must be between 1 and",
        "ZOHO_CONCURRENCY, -3,   must be between 1 and",
        "ZOHO_CONCURRENCY, ten,  is not a whole number",
        "ZOHO_CONCURRENCY, 2.5,  is not a whole number",
        "ZOHO_CONCURRENCY, 1001, must be between 1 and 1000",
        "ZOHO_MAX_CREDITS, 0,    must be between 1 and",
        "ZOHO_MAX_CREDITS, -100, must be between 1 and",
        "ZOHO_MAX_CREDITS, lots, is not a whole number",
        "ZOHO_MAX_CREDITS, 1e6,  is not a whole number"
    })
    void rejects_a_count_that_is_not_a_positive_whole_number_naming_the_variable(
            String variable, String value, String reason) {
        // WHEN / THEN
        thenExceptionOfType(ConfigurationException.class)
                .isThrownBy(() -> configure(live(variable, value)))
                .withMessageStartingWith(prefix(variable))
                .withMessageContaining("'" + value + "'")
                .withMessageContaining(reason);
    }

    @Test
    void accepts_a_credit_cap_beyond_the_int_range() {
        // WHEN
        LiveConfiguration configuration = configure(live(LiveConfiguration.MAX_CREDITS, "3000000000"));

        // THEN
        then(configuration.maxCredits()).isEqualTo(OptionalLong.of(3_000_000_000L));
    }

    // --- everything at once -----------------------------------------------------------------------------------

    @Test
    void reports_every_missing_credential_in_one_message() {
        // WHEN / THEN
        thenExceptionOfType(ConfigurationException.class)
                .isThrownBy(() -> configure(Map.of()))
                .withMessageStartingWith("the configuration has 3 problems: ")
                .withMessageContaining(prefix(LiveConfiguration.CLIENT_ID) + "is required when ZOHO_TARGET=live")
                .withMessageContaining(prefix(LiveConfiguration.CLIENT_SECRET) + "is required when ZOHO_TARGET=live")
                .withMessageContaining(prefix(LiveConfiguration.REFRESH_TOKEN) + "is required when ZOHO_TARGET=live");
    }

    @Test
    void reports_several_bad_variables_together() {
        // GIVEN five bad variables and a missing client secret
        Map<String, String> environment = live(
                LiveConfiguration.DC, "uk",
                LiveConfiguration.ENVIRONMENT, "staging",
                LiveConfiguration.API_DOMAIN, "ftp://x",
                LiveConfiguration.CONCURRENCY, "0",
                LiveConfiguration.MAX_CREDITS, "many");
        environment.remove(LiveConfiguration.CLIENT_SECRET);

        // WHEN / THEN one message names all six
        thenExceptionOfType(ConfigurationException.class)
                .isThrownBy(() -> configure(environment))
                .withMessageStartingWith("the configuration has 6 problems: ")
                .withMessageContaining(prefix(LiveConfiguration.DC))
                .withMessageContaining(prefix(LiveConfiguration.ENVIRONMENT))
                .withMessageContaining(prefix(LiveConfiguration.API_DOMAIN))
                .withMessageContaining(prefix(LiveConfiguration.CONCURRENCY))
                .withMessageContaining(prefix(LiveConfiguration.MAX_CREDITS))
                .withMessageContaining(prefix(LiveConfiguration.CLIENT_SECRET))
                .withMessageNotContaining(REFRESH_TOKEN_VALUE);
    }

    @Test
    void does_not_let_a_bad_data_centre_hide_a_bad_url_override() {
        // WHEN / THEN both are reported
        thenExceptionOfType(ConfigurationException.class)
                .isThrownBy(
                        () -> configure(live(LiveConfiguration.DC, "mars", LiveConfiguration.ACCOUNTS_URL, "ftp://a")))
                .withMessageStartingWith("the configuration has 2 problems: ")
                .withMessageContaining(prefix(LiveConfiguration.DC))
                .withMessageContaining(prefix(LiveConfiguration.ACCOUNTS_URL));
    }

    // --- secrets ----------------------------------------------------------------------------------------------

    @Test
    void never_shows_a_secret_in_its_string_form() {
        // GIVEN every secret set
        LiveConfiguration configuration = configure(live(
                Persona.LIMITED_SCOPE.refreshTokenVariable(),
                "rt-limited-77",
                Persona.RESTRICTED_USER.refreshTokenVariable(),
                "rt-restricted-88",
                Persona.UNPRIVILEGED_USER.refreshTokenVariable(),
                "rt-unprivileged-99",
                LiveConfiguration.MAX_CREDITS,
                "300"));

        // WHEN
        String text = configuration.toString();

        // THEN the harmless settings show, the secrets do not
        then(text)
                .contains("1000.CLIENTID", "US", "SANDBOX", "https://sandbox.zohoapis.com", "concurrency=10", "300")
                .doesNotContain(
                        CLIENT_SECRET_VALUE,
                        REFRESH_TOKEN_VALUE,
                        "rt-limited-77",
                        "rt-restricted-88",
                        "rt-unprivileged-99");
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3cr3t", "1000.abcdef.123456"})
    void keeps_a_secret_out_of_its_string_form(String value) {
        // GIVEN
        Secret secret = new Secret(LiveConfiguration.REFRESH_TOKEN, value);

        // WHEN / THEN
        then(secret.toString()).isEqualTo("ZOHO_REFRESH_TOKEN=[redacted]").doesNotContain(value);
        then(secret.reveal()).isEqualTo(value);
        then(secret.variable()).isEqualTo(LiveConfiguration.REFRESH_TOKEN);
    }
}
