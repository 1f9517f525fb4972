package dev.zohodelink.client;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessTokenTest {

    private static final String SECRET = "1000.8cb99dxxxxxxxxxxxxx9be93.9b8xxxxxxxxxxxxxxxf";

    @Test
    void never_prints_the_secret() {
        // GIVEN
        AccessToken token = AccessToken.of(SECRET);

        // WHEN
        String printed = token.toString();

        // THEN
        then(printed).isEqualTo("AccessToken[redacted]").doesNotContain(SECRET).doesNotContain("9be93");
        then(String.valueOf(token)).doesNotContain(SECRET);
        then("token " + token).doesNotContain(SECRET);
    }

    @Test
    void sends_the_secret_in_zoho_s_authorization_header() {
        // WHEN / THEN
        then(AccessToken.of(SECRET).authorizationHeader()).contains("Zoho-oauthtoken " + SECRET);
        then(AccessToken.of(SECRET).secretValue()).contains(SECRET);
    }

    @Test
    void strips_surrounding_blanks() {
        // WHEN / THEN
        then(AccessToken.of("  " + SECRET + "\n").authorizationHeader()).contains("Zoho-oauthtoken " + SECRET);
    }

    @Test
    void sends_no_header_for_no_token() {
        // WHEN
        AccessToken none = AccessToken.none();

        // THEN
        then(none.authorizationHeader()).isEmpty();
        then(none.secretValue()).isEmpty();
        then(none).hasToString("AccessToken[none]");
        then(AccessToken.none()).isSameAs(none);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void rejects_a_blank_token(String value) {
        // WHEN / THEN
        thenIllegalArgumentException()
                .isThrownBy(() -> AccessToken.of(value))
                .withMessage("an access token cannot be blank");
    }
}
