package dev.zohodelink.emulator.core;

import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.json;
import static dev.zohodelink.emulator.core.ZohoEmulatorFixture.thenRejectedWith;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.ZohoError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The metadata official SDKs read before record calls: related lists, fields, the current user, the org. */
class MetadataRoutesTest {

    private final ZohoEmulatorFixture zoho = ZohoEmulatorFixture.bestEvidence();

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.get(field).asText()));
        return texts;
    }

    @Test
    void lists_the_related_lists_of_a_module_with_the_keys_sdks_read() {
        // WHEN the related lists of Campaigns are asked for
        EmulatorResponse response = zoho.send("GET", "/crm/v7/settings/related_lists?module=Campaigns");

        // THEN Leads and Contacts are listed, each with an href into the Zoho routes and its module
        then(response.status()).isEqualTo(200);
        JsonNode lists = json(response).get("related_lists");
        then(texts(lists, "api_name")).containsExactly("Leads", "Contacts");
        JsonNode contacts = lists.get(1);
        then(contacts.get("href").asText()).isEqualTo("Campaigns/{ENTITYID}/Contacts");
        then(contacts.at("/module/api_name").asText()).isEqualTo("Contacts");
        then(contacts.at("/module/id").asText()).matches("[0-9]{19}");
        then(contacts.get("id").asText()).matches("[0-9]{19}");
        then(contacts.get("name").asText()).isEqualTo("Contacts");
        then(contacts.get("display_label").asText()).isEqualTo("Contacts");
        then(contacts.get("type").asText()).isEqualTo("default");
        then(contacts.get("sequence_number").asText()).isEqualTo("2");
        then(contacts.get("status").asText()).isEqualTo("visible");
    }

    @ParameterizedTest
    @CsvSource({"v2.1, true", "v7, false", "v8, false"})
    void names_the_related_module_as_a_plain_string_on_v2_1_and_as_an_object_from_v7_on(
            String version, boolean plainString) {
        // WHEN the related lists of Campaigns are asked for on each version
        JsonNode contacts = json(zoho.send("GET", "/crm/" + version + "/settings/related_lists?module=Campaigns"))
                .at("/related_lists/1");

        // THEN v2.1 gives module as the API name (what the 2.1 SDKs read), later versions {"api_name","id"}
        then(contacts.get("api_name").asText()).isEqualTo("Contacts");
        if (plainString) {
            then(contacts.get("module").isTextual()).isTrue();
            then(contacts.get("module").asText()).isEqualTo("Contacts");
        } else {
            then(contacts.get("module").isObject()).isTrue();
            then(contacts.at("/module/api_name").asText()).isEqualTo("Contacts");
        }
    }

    @Test
    void lists_the_reverse_related_lists_and_labels_price_books_with_a_space() {
        // WHEN the related lists of Products and of Leads are asked for
        JsonNode products = json(zoho.send("GET", "/crm/v7/settings/related_lists?module=Products"))
                .get("related_lists");
        JsonNode leads = json(zoho.send("GET", "/crm/v7/settings/related_lists?module=leads"))
                .get("related_lists");

        // THEN each lists its supported relations
        then(texts(products, "api_name")).containsExactly("Leads", "Accounts", "Contacts", "Deals", "Price_Books");
        then(texts(products, "display_label")).contains("Price Books");
        then(texts(leads, "href")).containsExactly("Leads/{ENTITYID}/Campaigns", "Leads/{ENTITYID}/Products");
    }

    @Test
    void lists_the_fields_of_a_module_with_its_name_field_system_mandatory() {
        // WHEN the fields of Contacts are asked for
        EmulatorResponse response = zoho.send("GET", "/crm/v7/settings/fields?module=Contacts");

        // THEN Last_Name is a mandatory text field, and every field has the keys SDKs type values with
        then(response.status()).isEqualTo(200);
        JsonNode fields = json(response).get("fields");
        then(texts(fields, "api_name")).contains("Last_Name", "Email", "Created_Time");
        JsonNode lastName = fields.get(0);
        then(lastName.get("api_name").asText()).isEqualTo("Last_Name");
        then(lastName.get("data_type").asText()).isEqualTo("text");
        then(lastName.get("field_label").asText()).isEqualTo("Last Name");
        then(lastName.get("system_mandatory").asBoolean()).isTrue();
        fields.forEach(field -> {
            then(field.get("id").asText()).matches("[0-9]{19}");
            then(field.has("data_type") && field.has("json_type") && field.has("system_mandatory"))
                    .isTrue();
        });
        then(fields.get(1).get("system_mandatory").asBoolean()).isFalse();
    }

    @Test
    void answers_the_current_user_as_the_token_s_user() {
        // GIVEN a second user with a token
        User other = zoho.emulator.addUser("Jane Roe", true, Set.of());
        String otherToken = zoho.emulator.issueToken(other, List.of("ZohoCRM.users.READ"), Duration.ofHours(1));

        // WHEN each asks for the current user
        JsonNode admin = json(zoho.send("GET", "/crm/v7/users?type=CurrentUser"));
        JsonNode jane = json(zoho.sendAs(otherToken, "GET", "/crm/v7/users?type=CurrentUser", null));

        // THEN each gets itself, with an e-mail, a role and a profile
        then(admin.get("users")).hasSize(1);
        then(admin.at("/users/0/id").asText())
                .isEqualTo(zoho.emulator.administrator().id());
        then(admin.at("/users/0/profile/name").asText()).isEqualTo("Administrator");
        then(jane.at("/users/0/id").asText()).isEqualTo(other.id());
        then(jane.at("/users/0/full_name").asText()).isEqualTo("Jane Roe");
        then(jane.at("/users/0/email").asText()).isEqualTo("jane.roe." + other.id() + "@emulator.invalid");
        then(jane.at("/users/0/role/name").asText()).isNotBlank();
        then(jane.at("/users/0/role/id").isTextual()).isTrue();
    }

    @Test
    void lists_every_user_without_a_type_and_refuses_an_unknown_type() {
        // GIVEN a second user
        zoho.emulator.addUser("Jane Roe", true, Set.of());

        // WHEN users are listed without a type, and with an unknown type
        JsonNode all = json(zoho.send("GET", "/crm/v7/users"));
        EmulatorResponse unknown = zoho.send("GET", "/crm/v7/users?type=Everybody");

        // THEN both users are listed, and the unknown type cannot be parsed
        then(texts(all.get("users"), "full_name")).containsExactly("Emulator Administrator", "Jane Roe");
        then(all.at("/info/count").asInt()).isEqualTo(2);
        thenRejectedWith(unknown, ZohoError.UNABLE_TO_PARSE_DATA_TYPE);
    }

    @Test
    void answers_the_org_with_an_id_a_company_name_and_a_time_zone() {
        // WHEN the org is asked for
        EmulatorResponse response = zoho.send("GET", "/crm/v8/org");

        // THEN one org comes back
        then(response.status()).isEqualTo(200);
        JsonNode org = json(response).get("org");
        then(org).hasSize(1);
        then(org.at("/0/id").asText()).matches("[0-9]{19}");
        then(org.at("/0/company_name").asText()).isNotBlank();
        then(org.at("/0/time_zone").asText()).isEqualTo("UTC");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/crm/v7/settings/related_lists?module=Leads | ZohoCRM.settings.related_lists.READ",
                "/crm/v7/settings/related_lists?module=Leads | ZohoCRM.settings.related_lists.ALL",
                "/crm/v7/settings/related_lists?module=Leads | zohocrm.settings.all",
                "/crm/v7/settings/fields?module=Leads        | ZohoCRM.settings.fields.READ",
                "/crm/v7/settings/fields?module=Leads        | ZohoCRM.settings.READ",
                "/crm/v7/settings/fields?module=Leads        | ZohoCRM.modules.ALL",
                "/crm/v7/users?type=CurrentUser              | ZohoCRM.users.READ",
                "/crm/v7/users?type=CurrentUser              | ZohoCRM.modules.ALL",
                "/crm/v7/org                                 | ZohoCRM.org.READ",
                "/crm/v7/org                                 | ZohoCRM.org.ALL"
            })
    void opens_each_metadata_route_to_its_documented_scopes_and_to_modules_all(String path, String scope) {
        // GIVEN a token with only that scope
        String token = zoho.emulator.issueToken(zoho.emulator.administrator(), List.of(scope), Duration.ofHours(1));

        // WHEN the route is called
        EmulatorResponse response = zoho.sendAs(token, "GET", path, null);

        // THEN it answers
        then(response.status()).as(response.bodyText()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/crm/v7/settings/related_lists?module=Leads | ZohoCRM.settings.fields.ALL",
                "/crm/v7/settings/fields?module=Leads        | ZohoCRM.settings.related_lists.ALL",
                "/crm/v7/settings/fields?module=Leads        | ZohoCRM.modules.leads.READ",
                "/crm/v7/users?type=CurrentUser              | ZohoCRM.org.READ",
                "/crm/v7/org                                 | ZohoCRM.users.READ"
            })
    void refuses_a_metadata_route_to_a_token_without_its_scope(String path, String scope) {
        // GIVEN a token with another scope
        String token = zoho.emulator.issueToken(zoho.emulator.administrator(), List.of(scope), Duration.ofHours(1));

        // WHEN the route is called
        EmulatorResponse response = zoho.sendAs(token, "GET", path, null);

        // THEN it is OAUTH_SCOPE_MISMATCH
        thenRejectedWith(response, ZohoError.OAUTH_SCOPE_MISMATCH);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/crm/v7/settings/related_lists",
                "/crm/v7/settings/fields?module=",
                "/crm/v7/settings/fields?module=%20"
            })
    void names_the_missing_module_parameter(String path) {
        // WHEN a metadata route is called without a module
        EmulatorResponse response = zoho.send("GET", path);

        // THEN it is REQUIRED_PARAM_MISSING naming "module"
        then(thenRejectedWith(response, ZohoError.REQUIRED_PARAM_MISSING))
                .isEqualTo(json("{\"param_name\":\"module\"}"));
    }

    @Test
    void refuses_an_unknown_module_and_a_module_the_version_does_not_have() {
        // WHEN fields of an unknown module, and related lists of Services__s on v2.1, are asked for
        EmulatorResponse unknown = zoho.send("GET", "/crm/v7/settings/fields?module=Widgets");
        EmulatorResponse older =
                zoho.send("GET", "/crm/v2.1/settings/related_lists?module=" + Module.SERVICES.urlName());

        // THEN both are INVALID_MODULE naming the parameter
        then(thenRejectedWith(unknown, ZohoError.INVALID_MODULE)).isEqualTo(json("{\"param_name\":\"module\"}"));
        thenRejectedWith(older, ZohoError.INVALID_MODULE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE"})
    void refuses_other_methods_than_get_on_metadata(String method) {
        // WHEN the org is called with another method
        EmulatorResponse response =
                zoho.sendAs(zoho.token, method, "/crm/v7/org", method.equals("DELETE") ? null : "{}");

        // THEN it is INVALID_REQUEST_METHOD
        thenRejectedWith(response, ZohoError.INVALID_REQUEST_METHOD);
    }

    @Test
    void asks_for_a_token_before_serving_metadata() {
        // WHEN the current user is asked for without a token, and with an unknown one
        EmulatorResponse none = zoho.sendAs(null, "GET", "/crm/v7/users?type=CurrentUser", null);
        EmulatorResponse unknown =
                zoho.sendAs("1000.unknown.token", "GET", "/crm/v7/settings/fields?module=Leads", null);

        // THEN they are AUTHENTICATION_FAILURE and INVALID_TOKEN
        thenRejectedWith(none, ZohoError.AUTHENTICATION_FAILURE);
        thenRejectedWith(unknown, ZohoError.INVALID_TOKEN);
    }
}
