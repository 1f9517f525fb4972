package dev.zohodelink.live;

import dev.zohodelink.client.AccessToken;
import dev.zohodelink.client.ApiResponse;
import dev.zohodelink.client.ZohoCrmApi;
import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.Module;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds records that earlier runs left behind, by the {@code zdc-<run id>} prefix of their name, and deletes them.
 * Modules the org does not serve are reported, not fatal.
 */
public final class Sweeper {

    private final ZohoCrmApi api;
    private final AccessToken token;

    public Sweeper(ZohoCrmApi api, AccessToken token) {
        this.api = api;
        this.token = token;
    }

    /** @param prefix {@code zdc-} for every run, {@code zdc-<run id>} for one */
    public Result sweep(ApiVersion version, String prefix) {
        Map<Module, List<String>> found = new EnumMap<>(Module.class);
        Map<String, String> problems = new LinkedHashMap<>();
        for (Module module : Module.values()) {
            if (module.isAvailableIn(version)) {
                find(module, prefix, found, problems);
            }
        }
        FixtureLedger ledger = new FixtureLedger();
        found.forEach((module, ids) -> ids.forEach(id -> ledger.created(module, id)));
        long deleted = new FixtureCleaner(api, token, ledger).delete(found);
        return new Result(found.values().stream().mapToLong(List::size).sum(), deleted, problems);
    }

    private void find(Module module, String prefix, Map<Module, List<String>> found, Map<String, String> problems) {
        String criteria = "(" + module.nameField() + ":starts_with:" + prefix + ")";
        List<String> ids = new ArrayList<>();
        for (int page = 1; ; page++) {
            ApiResponse response = api.search(module, criteria, page, token);
            if (response.status() == 204) {
                break;
            }
            if (response.status() != 200) {
                problems.put(module.urlName(), response.summary());
                return;
            }
            ids.addAll(response.dataIds());
            if (!response.hasMoreRecords()) {
                break;
            }
        }
        if (!ids.isEmpty()) {
            found.put(module, ids);
        }
    }

    /** How many leftovers were found and deleted, and the modules that could not be searched. */
    public record Result(long found, long deleted, Map<String, String> problems) {}
}
