package dev.zohodelink.recording;

import dev.zohodelink.contract.ApiVersion;
import dev.zohodelink.contract.Module;
import dev.zohodelink.contract.Relation;
import dev.zohodelink.contract.SupportedRelations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the contract itself says differs between two versions: module API names and supported relations. */
public final class VocabularyDiff {

    private VocabularyDiff() {}

    public static List<String> lines(ApiVersion before, ApiVersion after) {
        List<String> lines = new ArrayList<>();
        for (Module module : Module.values()) {
            if (module.isAvailableIn(before) != module.isAvailableIn(after)) {
                lines.add("- Module " + module.urlName() + ": "
                        + (module.isAvailableIn(before)
                                ? "in " + before + ", not in " + after
                                : "not in " + before + ", added in " + after));
            }
        }
        Set<String> left = labels(before);
        Set<String> right = labels(after);
        right.stream()
                .filter(r -> !left.contains(r))
                .forEach(r -> lines.add("- Relation " + r + ": supported in " + after + " only"));
        left.stream()
                .filter(l -> !right.contains(l))
                .forEach(l -> lines.add("- Relation " + l + ": supported in " + before + " only"));
        if (lines.isEmpty()) {
            lines.add("- The contract's vocabulary (modules, API names, relations) is the same in " + before + " and "
                    + after + ".");
        } else {
            lines.add(0, "Contract vocabulary (from the delink pages):");
        }
        return lines;
    }

    private static Set<String> labels(ApiVersion version) {
        return SupportedRelations.forVersion(version).stream()
                .map(Relation::label)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
