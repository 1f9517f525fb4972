package dev.zohodelink.emulator.core;

import dev.zohodelink.contract.Module;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields {@code settings/fields} lists for a module: its system-mandatory name field and a few common ones.
 * Records accept other fields too; these are the ones an SDK needs to type the values it reads.
 */
final class ModuleFields {

    private record Field(String apiName, String dataType, String jsonType, boolean mandatory, boolean readOnly, Integer length) {
    }

    private ModuleFields() {
    }

    static List<Map<String, Object>> of(Module module) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(module.nameField(), "text", "string", true, false, 120));
        if (module == Module.LEADS || module == Module.CONTACTS) {
            fields.add(new Field("First_Name", "text", "string", false, false, 40));
            fields.add(new Field("Email", "email", "string", false, false, 100));
        }
        fields.add(new Field("Description", "textarea", "string", false, false, 32_000));
        fields.add(new Field("Created_Time", "datetime", "string", false, true, null));
        List<Map<String, Object>> json = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            json.add(toJson(module, i, fields.get(i)));
        }
        return json;
    }

    private static Map<String, Object> toJson(Module module, int index, Field field) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", MetadataIds.field(module, index));
        json.put("api_name", field.apiName());
        json.put("field_label", MetadataIds.fieldLabel(field.apiName()));
        json.put("display_label", MetadataIds.fieldLabel(field.apiName()));
        json.put("data_type", field.dataType());
        json.put("json_type", field.jsonType());
        json.put("system_mandatory", field.mandatory());
        json.put("read_only", field.readOnly());
        json.put("custom_field", false);
        json.put("visible", true);
        json.put("length", field.length());
        return json;
    }
}
