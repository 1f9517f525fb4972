package dev.zohodelink.emulator.seed;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zohodelink.contract.BehaviourProfile;
import dev.zohodelink.emulator.core.Emulator;
import dev.zohodelink.emulator.core.EmulatorRequest;
import dev.zohodelink.emulator.core.EmulatorResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeedFileTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Emulator emulator = new Emulator(BehaviourProfile.bestEvidence());

    static byte[] exampleSeed() {
        try (InputStream in = SeedFileTest.class.getResourceAsStream("/emulator/example-seed.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EmulatorResponse call(String token, String method, String pathAndQuery) {
        return emulator.apply(EmulatorRequest.of(
                method, pathAndQuery, Map.of("Authorization", List.of("Zoho-oauthtoken " + token)), null));
    }

    private EmulatorResponse refresh(String clientId, String secret, String refreshToken) {
        return emulator.apply(EmulatorRequest.of(
                "POST",
                "/oauth/v2/token",
                Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
                "grant_type=refresh_token&client_id=" + clientId + "&client_secret=" + secret + "&refresh_token="
                        + refreshToken));
    }

    private static JsonNode json(EmulatorResponse response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(response.bodyText(), e);
        }
    }

    @Test
    void loads_the_example_seed_so_that_its_token_reads_the_seeded_relations() {
        // WHEN the example seed of the README is loaded
        SeedFile.Result result = SeedFile.load(exampleSeed(), emulator);

        // THEN it reports what it added and the ids of keyed records, given or assigned
        then(result.summary())
                .isEqualTo("4 records, 3 relations, 2 users, 1 OAuth clients, 2 refresh tokens, 1 access tokens");
        then(result.recordIds())
                .containsEntry("spring", "9100000000000000001")
                .containsEntry("doe", "9100000000000000002")
                .containsKeys("roe", "widget");
        then(result.userIds()).containsKeys("administrator", "restricted", "no-contacts");
        // AND its fixed access token reads the campaign's contacts with their fields, and the product's contact
        JsonNode contacts = json(call(
                "1000.test.token", "GET", "/crm/v7/Campaigns/9100000000000000001/Contacts?fields=Last_Name,Email"));
        then(contacts.at("/data/0/id").asText()).isEqualTo("9100000000000000002");
        then(contacts.at("/data/0/Email").asText()).isEqualTo("jane.doe@example.com");
        then(contacts.at("/data/1/id").asText()).isEqualTo(result.recordIds().get("roe"));
        then(emulator.areLinked(result.recordIds().get("widget"), "9100000000000000002"))
                .isTrue();
    }

    @Test
    void registers_the_seeded_clients_and_refresh_tokens_with_their_users() {
        // GIVEN the example seed
        SeedFile.Result result = SeedFile.load(exampleSeed(), emulator);

        // WHEN its restricted user's refresh token is exchanged and the token delinks
        JsonNode issued = json(refresh("my-app", "my-app-secret", "my-app-restricted-token"));
        EmulatorResponse delink = call(
                issued.get("access_token").asText(),
                "DELETE",
                "/crm/v7/Campaigns/9100000000000000001/Contacts/9100000000000000002");
        JsonNode currentUser = json(call(issued.get("access_token").asText(), "GET", "/crm/v7/users?type=CurrentUser"));

        // THEN the token is that user's, who may not delete related records
        then(currentUser.at("/users/0/id").asText()).isEqualTo(result.userIds().get("restricted"));
        then(delink.status()).isEqualTo(403);
        then(json(delink).get("code").asText()).isEqualTo("NO_PERMISSION");
        then(json(refresh("my-app", "my-app-secret", "my-app-refresh-token")).has("access_token"))
                .isTrue();
        then(json(refresh("my-app", "wrong", "my-app-refresh-token"))
                        .get("error")
                        .asText())
                .isEqualTo("invalid_client");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "not json                                                                  | not JSON",
                "[]                                                                        | must be a JSON object",
                "{\"record\":[]}                                                           | unknown key 'record'",
                "{\"records\":{}}                                                          | records: must be an array",
                "{\"records\":[7]}                                                         | records[0]: must be an object",
                "{\"records\":[{\"module\":\"Widgets\",\"fields\":{}}]}                    | records[0].module: unknown module 'Widgets'",
                "{\"records\":[{\"fields\":{}}]}                                           | records[0].module: is required",
                "{\"records\":[{\"module\":\"Leads\",\"fields\":{\"First_Name\":\"A\"}}]}  | records[0].fields: Last_Name is required",
                "{\"records\":[{\"module\":\"Leads\",\"fields\":{\"Last_Name\":[1]}}]}     | records[0].fields.Last_Name: must be a string, number or boolean",
                "{\"records\":[{\"module\":\"Leads\",\"id\":\"12ab\",\"fields\":{\"Last_Name\":\"A\"}}]} | records[0].id: a record id is 1 to 19 digits",
                "{\"records\":[{\"module\":\"Leads\",\"id\":12,\"fields\":{\"Last_Name\":\"A\"}}]}       | records[0].id: must be a string",
                "{\"records\":[{\"module\":\"Leads\",\"id\":\"1\",\"fields\":{\"Last_Name\":\"A\"}},{\"module\":\"Leads\",\"id\":\"1\",\"fields\":{\"Last_Name\":\"B\"}}]} | records[1].id: the id 1 is already taken",
                "{\"records\":[{\"key\":\"a\",\"module\":\"Leads\",\"fields\":{\"Last_Name\":\"A\"}},{\"key\":\"a\",\"module\":\"Leads\",\"fields\":{\"Last_Name\":\"B\"}}]} | records[1].key: 'a' is used twice",
                "{\"records\":[{\"key\":\"a\",\"module\":\"Leads\",\"fields\":{\"Last_Name\":\"A\"}},{\"key\":\"b\",\"module\":\"Contacts\",\"fields\":{\"Last_Name\":\"B\"}}],\"relations\":[{\"parent\":\"a\",\"related\":\"b\"}]} | relations[0]: Leads and Contacts cannot be related",
                "{\"relations\":[{\"parent\":\"nobody\",\"related\":\"x\"}]}                | relations[0].parent: no record has the key or id 'nobody'",
                "{\"users\":[{\"key\":\"administrator\"}]}                                 | users[0].key: 'administrator' is used twice",
                "{\"users\":[{\"without_access_to\":[\"Widgets\"]}]}                       | users[0].without_access_to: unknown module 'Widgets'",
                "{\"users\":[{\"may_delete_related_records\":\"no\"}]}                     | users[0].may_delete_related_records: must be true or false",
                "{\"oauth_clients\":[{\"client_id\":\"a\"}]}                               | oauth_clients[0].client_secret: is required",
                "{\"refresh_tokens\":[{\"client_id\":\"unknown\",\"refresh_token\":\"r\"}]} | refresh_tokens[0]: no OAuth client is registered with that client_id",
                "{\"access_tokens\":[{\"access_token\":\"t\",\"user\":\"ghost\"}]}         | access_tokens[0].user: no user has the key 'ghost'",
                "{\"access_tokens\":[{\"access_token\":\"t\",\"expires_in\":0}]}           | access_tokens[0].expires_in: must be a whole number of seconds",
                "{\"access_tokens\":[{\"access_token\":\"t\",\"scopes\":[\" \"]}]}         | access_tokens[0].scopes: scopes must be non-blank strings",
                "{\"access_tokens\":[{\"access_token\":\"t\",\"expires_in\":\"60\"}]}    | access_tokens[0].expires_in: must be a whole number",
                "{\"users\":[{\"may_delete_related_records\":\"true\"}]}                 | users[0].may_delete_related_records: must be true or false",
                "{\"users\":[{\"name\":7}]}                                             | users[0].name: must be a string",
                "{\"users\":[{\"without_access_to\":\"Contacts\"}]}                     | users[0].without_access_to: must be an array of strings",
                "{\"users\":[{\"without_access_to\":[1]}]}                             | users[0].without_access_to: must be an array of strings",
                "{\"records\":[null]}                                                    | records[0]: must be an object",
                "{\"records\":[{\"module\":\"Leads\",\"fields\":[]}]}                    | records[0].fields: must be an object",
                "{\"records\":[{\"modul\":\"Leads\"}]}                                  | records[0]: unknown key 'modul'; expected any of [fields, id, key, module]"
            })
    void refuses_a_bad_seed_naming_where_the_problem_is(String seed, String message) {
        // WHEN the seed is loaded THEN it is refused with a message that says where and what
        thenThrownBy(() -> SeedFile.load(seed.getBytes(StandardCharsets.UTF_8), emulator))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining(message);
    }

    @Test
    void does_not_repeat_a_secret_of_the_seed_in_a_message() {
        // WHEN a refresh token of an unknown client is refused
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> SeedFile.load(
                "{\"refresh_tokens\":[{\"client_id\":\"c\",\"refresh_token\":\"super-secret-refresh\"}]}"
                        .getBytes(StandardCharsets.UTF_8),
                emulator));

        // THEN the message does not contain the token
        then(refused).isInstanceOf(SeedException.class);
        then(refused.getMessage()).doesNotContain("super-secret-refresh");
    }
}
